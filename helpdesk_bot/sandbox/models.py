"""Data objects of the sandbox: stored messages, files, callback answers and logs."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "ApiCall",
    "Button",
    "CallbackAnswer",
    "SandboxFile",
    "SandboxMessage",
    "SandboxTimeout",
    "SendStats",
    "SentRecord",
    "Signal",
]


class Signal:
    """An edge notification: :meth:`fire` wakes everyone waiting on the current event."""

    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = asyncio.Event()

    def fire(self) -> None:
        """Wake the current waiters; later waiters wait for the next :meth:`fire`."""
        event, self.event = self.event, asyncio.Event()
        event.set()

    @staticmethod
    async def wait_event(event: asyncio.Event, timeout: float) -> None:
        """Wait for ``event`` at most ``timeout`` seconds (no error on timeout)."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await event.wait()


class SandboxTimeout(TimeoutError):
    """Raised when a ``wait_for_*`` helper of the sandbox gives up."""


class Button(NamedTuple):
    """One keyboard button as seen by a user: its text and its callback data or URL."""

    text: str
    value: str | None


class SentRecord(NamedTuple):
    """One successfully delivered bot message: ``(monotonic time, chat_id, method, message_id)``."""

    time: float
    chat_id: int
    method: str
    message_id: int


@dataclass(frozen=True)
class SandboxFile:
    """A file kept by the sandbox (uploaded by the bot or sent by a user)."""

    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    filename: str | None
    mime_type: str | None
    file_path: str
    url: str | None = None

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)

    def save(self, directory: Path, prefix: str = "") -> Path:
        """Write the bytes into ``directory`` and return the path."""
        directory.mkdir(parents=True, exist_ok=True)
        name = Path(self.filename or Path(self.file_path).name).name or "file"
        target = directory / f"{prefix}{name}"
        target.write_bytes(self.data)
        return target


@dataclass(eq=False)
class SandboxMessage:
    """A message in a sandbox chat, with the bot's later edits applied.

    ``text`` is what a user reads: the text of a text message or the caption of a media
    message (``""`` if there is none), with HTML already turned into plain text + ``entities``.
    """

    message_id: int
    chat: dict[str, Any]
    sender: dict[str, Any]
    date: int
    from_bot: bool
    kind: str = "text"
    text: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    source_text: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    file: SandboxFile | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    method: str = ""
    sent_at: float = 0.0
    edited: int = 0
    edit_date: int | None = None
    deleted: bool = False
    reply_to_message_id: int | None = None
    seq: int = 0
    """The sandbox's change counter when this message was last sent, edited or deleted."""

    @property
    def chat_id(self) -> int:
        """Id of the chat the message is in."""
        return int(self.chat["id"])

    @property
    def caption(self) -> str | None:
        """The caption of a media message (``None`` for text messages)."""
        return None if self.kind == "text" else self.text

    @property
    def document(self) -> SandboxFile | None:
        """The document (``filename``, ``data``) of a document message."""
        return self.file if self.kind == "document" else None

    @property
    def photo(self) -> SandboxFile | None:
        """The photo of a photo message (the largest size, as uploaded)."""
        return self.file if self.kind == "photo" else None

    @property
    def buttons(self) -> list[list[Button]]:
        """Keyboard rows: ``(text, callback_data or url)``; reply keyboards give ``(text, None)``."""
        markup = self.reply_markup or {}
        rows: list[list[Button]] = []
        if "inline_keyboard" in markup:
            for row in markup["inline_keyboard"]:
                rows.append(
                    [Button(str(b.get("text", "")), b.get("callback_data", b.get("url"))) for b in row]
                )
        elif "keyboard" in markup:
            for row in markup["keyboard"]:
                rows.append([Button(b if isinstance(b, str) else str(b.get("text", "")), None) for b in row])
        return rows

    @property
    def flat_buttons(self) -> list[Button]:
        """All buttons, row by row."""
        return [button for row in self.buttons for button in row]

    @property
    def has_inline_keyboard(self) -> bool:
        """True when the message carries an inline keyboard."""
        return bool((self.reply_markup or {}).get("inline_keyboard"))

    def to_api(self, *, with_reply: bool = True) -> dict[str, Any]:
        """The Bot API ``Message`` object for this message."""
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.sender,
            "chat": self.chat,
            "date": self.date,
        }
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if self.kind == "text":
            data["text"] = self.text
            if self.entities:
                data["entities"] = self.entities
        else:
            if self.text:
                data["caption"] = self.text
            if self.entities:
                data["caption_entities"] = self.entities
        for key, value in self.extra.items():
            if key == "reply_to_message" and not with_reply:
                continue
            data[key] = value
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = {"inline_keyboard": self.reply_markup["inline_keyboard"]}
        return data

    def to_json(self) -> dict[str, Any]:
        """A JSON summary for the control API and logs."""
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "chat_id": self.chat_id,
            "from_bot": self.from_bot,
            "kind": self.kind,
            "text": self.text,
            "entities": self.entities,
            "buttons": [[list(b) for b in row] for row in self.buttons],
            "edited": self.edited,
            "deleted": self.deleted,
            "date": self.date,
            "sent_at": self.sent_at,
            "method": self.method,
        }
        if self.file is not None:
            data["file"] = {
                "file_id": self.file.file_id,
                "filename": self.file.filename,
                "mime_type": self.file.mime_type,
                "size": self.file.size,
            }
        return data

    def __repr__(self) -> str:
        flags = "".join(
            [
                " deleted" if self.deleted else "",
                f" edited={self.edited}" if self.edited else "",
                f" buttons={[b.text for b in self.flat_buttons]}" if self.flat_buttons else "",
                f" file={self.file.filename!r}" if self.file else "",
            ]
        )
        who = "bot" if self.from_bot else "user"
        return f"<SandboxMessage #{self.message_id} {who} {self.kind} {self.text[:60]!r}{flags}>"


@dataclass
class CallbackAnswer:
    """The bot's ``answerCallbackQuery`` for a button press."""

    query_id: str
    data: str | None
    message_id: int | None
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int | None = None


@dataclass
class ApiCall:
    """One Bot API call received by the sandbox."""

    time: float
    method: str
    params: dict[str, Any]
    status: int
    description: str | None = None
    injected: bool = False
    """True for a fault the test injected (429, 5xx, blocked user), not an answer to a wrong request."""


@dataclass
class SendStats:
    """Summary of :attr:`SandboxServer.sent_log` for benchmarks."""

    total: int
    per_chat: dict[int, int]
    duplicates: int
    first: float | None
    last: float | None
    duration: float
    rate: float
    max_global_per_second: int
    max_chat_per_second: int
    errors: dict[int, int]

    def to_json(self) -> dict[str, Any]:
        """JSON-friendly dict (chat ids become strings)."""
        return {
            "total": self.total,
            "per_chat": {str(k): v for k, v in self.per_chat.items()},
            "chats": len(self.per_chat),
            "duplicates": self.duplicates,
            "first": self.first,
            "last": self.last,
            "duration": self.duration,
            "rate": self.rate,
            "max_global_per_second": self.max_global_per_second,
            "max_chat_per_second": self.max_chat_per_second,
            "errors": {str(k): v for k, v in self.errors.items()},
        }
