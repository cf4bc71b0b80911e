"""What the dispatcher needs from the outside: rendering a message and sending it (no Telegram imports)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from markupsafe import Markup


@dataclass(frozen=True)
class ButtonIntent:
    """What a button does, as the domain says it: an area, a verb and ids or words (``ev``, ``reg``, ``(12,)``).

    The Telegram adapter turns it into callback data (:func:`helpdesk_bot.telegram.callback_areas.intent_data`);
    domain code never writes ``"ev:reg:12"`` itself.
    """

    area: str
    verb: str | None
    values: tuple[int | str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The form stored in an outbox payload."""
        return {"area": self.area, "verb": self.verb, "values": list(self.values)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ButtonIntent:
        """Inverse of :meth:`to_json`."""
        return cls(str(data["area"]), None if data.get("verb") is None else str(data["verb"]),
                   tuple(v if isinstance(v, int) else str(v) for v in data.get("values", ())))


@dataclass(frozen=True)
class ButtonSpec:
    """An inline button: an intent, a link, or (outbox rows written before intents) raw callback data."""

    text: str
    callback_data: str | None = None
    url: str | None = None
    intent: ButtonIntent | None = None


@dataclass(frozen=True)
class Attachment:
    """A file sent with (or instead of) the text."""

    filename: str
    content: bytes
    kind: str = "document"  # or "photo"
    file_id: str | None = None


@dataclass(frozen=True)
class RenderedMessage:
    """A message ready to send: HTML text (``Markup`` only: escaped), button rows, an optional attachment."""

    text: Markup
    buttons: list[list[ButtonSpec]] = field(default_factory=list)
    attachment: Attachment | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, Markup):
            raise TypeError(f"RenderedMessage.text must be Markup (escaped), not {type(self.text).__name__}")


@dataclass(frozen=True)
class Recipient:
    """Who a message goes to, as far as rendering needs to know."""

    telegram_id: int
    language: str
    timezone: str
    country: str | None = None
    is_active: bool = True
    actor_ref: str | None = None
    person_id: int | None = None


Renderer = Callable[[dict[str, Any], Recipient], Awaitable[RenderedMessage | None]]
"""Turns an outbox payload into a message for one recipient; None means 'no longer relevant'."""


class SendError(Exception):
    """Base of the failures a sender reports."""


class RecipientBlocked(SendError):
    """403: the person blocked the bot (or deleted their account)."""


class RateLimited(SendError):
    """429: wait ``retry_after`` seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


class TransientError(SendError):
    """5xx, time-outs, network errors: try again later.

    ``may_have_arrived`` is True when the request may have reached Telegram before it failed (a read
    time-out, a dropped connection): the chat then counts as written to for its per-chat interval.
    """

    def __init__(self, description: str, *, may_have_arrived: bool = False) -> None:
        super().__init__(description)
        self.may_have_arrived = may_have_arrived


class PermanentError(SendError):
    """400-type errors: the message can never be delivered as it is."""


class Sender(Protocol):
    """Sends one rendered message; returns Telegram's message id or raises a :class:`SendError`."""

    async def send(self, telegram_id: int, message: RenderedMessage) -> int | None:
        """Deliver ``message`` to ``telegram_id``."""
        ...
