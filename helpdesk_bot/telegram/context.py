"""Per-update state and the custom CallbackContext every handler receives."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from helpdesk_bot.conversations.store import Conversation
from helpdesk_bot.i18n.catalog import ArgValue, Markup
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.people.service import PersonView
from helpdesk_bot.telegram.adapter_state import services_of

if TYPE_CHECKING:
    from helpdesk_bot.services import Services


@dataclass
class RequestState:
    """What the bot knows while it processes one update: the person and the interaction to log."""

    record: InteractionRecord
    person: PersonView | None = None
    replied: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    conversation: Conversation | None = None
    """The person's conversation as last read or written while handling this update."""
    conversation_known: bool = False
    """True once :attr:`conversation` was read (at admission, with the person) or written."""


current_request: ContextVar[RequestState | None] = ContextVar("current_request", default=None)


class HelpdeskContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext with the services, the current person and translation at hand."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any], chat_id: int | None = None,
                 user_id: int | None = None) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def services(self) -> Services:
        """The services built by the composition root."""
        return services_of(self.application)

    @property
    def request(self) -> RequestState:
        """The state of the update being processed."""
        state = current_request.get()
        if state is None:
            raise RuntimeError("no update is being processed")
        return state

    @property
    def person(self) -> PersonView:
        """The person who sent the update (every user-facing handler has one)."""
        person = self.request.person
        if person is None:
            raise RuntimeError("update without a person")
        return person

    @person.setter
    def person(self, value: PersonView) -> None:
        self.request.person = value

    @property
    def lang(self) -> str:
        """The language to answer in."""
        state = current_request.get()
        if state is not None and state.person is not None:
            return state.person.language
        return self.services.settings.default_language

    def t(self, key: str, **args: ArgValue) -> Markup:
        """``key`` translated into the person's language (string arguments HTML-escaped)."""
        return self.services.translator.format(self.lang, key, args)

    def record(self, kind: str | None = None, outcome: str | None = None, **fields: Any) -> None:
        """Describe the interaction this update is logged as (kind, outcome, subject, topic, value)."""
        rec = self.request.record
        if kind is not None:
            rec.kind = kind
        if outcome is not None:
            rec.outcome = outcome
        for key, value in fields.items():
            setattr(rec, key, value)
