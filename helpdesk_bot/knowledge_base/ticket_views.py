"""Tickets as the rest of the bot sees them: views, errors, outbox groups and the rules of taking one
(plain values, tested in ``tests/unit`` without a database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_bot.people.service import PersonView

from .models import Ticket, TicketState

#: Longest text relayed in one ticket message (Telegram allows 4096 with the bot's header).
MAX_TICKET_TEXT = 3500


class TicketError(Exception):
    """A ticket action that is not possible; ``reason`` is a stable code for translation."""

    def __init__(self, reason: str, ticket: TicketView | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.ticket = ticket


@dataclass(frozen=True)
class TicketView:
    """A ticket, detached from the database."""

    id: int
    state: str
    question: str | None
    language: str
    country: str | None
    entry_id: str | None
    person_id: int | None
    person_telegram_id: int | None
    actor_ref: str | None
    advisor_person_id: int | None
    advisor_telegram_id: int | None
    created_at: datetime
    taken_at: datetime | None
    answered_at: datetime | None
    closed_at: datetime | None
    closed_by: str | None

    @property
    def is_closed(self) -> bool:
        """Whether the ticket is closed."""
        return self.state == TicketState.CLOSED


@dataclass(frozen=True)
class TicketMessageView:
    """One message of a ticket's conversation."""

    author: str
    text: str | None
    created_at: datetime


@dataclass(frozen=True)
class AnswerResult:
    """An advisor's message relayed; ``first`` when it is the ticket's first answer."""

    ticket: TicketView
    first: bool


def _view(t: Ticket) -> TicketView:
    return TicketView(
        id=t.id, state=t.state, question=t.question, language=t.language, country=t.country,
        entry_id=t.entry_id, person_id=t.person_id, person_telegram_id=t.person_telegram_id,
        actor_ref=t.actor_ref, advisor_person_id=t.advisor_person_id, advisor_telegram_id=t.advisor_telegram_id,
        created_at=t.created_at, taken_at=t.taken_at, answered_at=t.answered_at, closed_at=t.closed_at,
        closed_by=t.closed_by,
    )


def group_key(ticket_id: int) -> str:
    """Outbox group of the messages to the entrepreneur and the assigned advisor."""
    return f"ticket:{ticket_id}"


def advisors_group_key(ticket_id: int) -> str:
    """Outbox group of the notifications and reminders to all advisors."""
    return f"ticket:{ticket_id}:advisors"


def clip(text: str, limit: int = MAX_TICKET_TEXT) -> str:
    """``text`` stripped and cut to ``limit`` characters (marked with an ellipsis)."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def who(person: PersonView) -> str:
    """How advisors see the entrepreneur: first name, the handle only when the person allowed it."""
    name = person.first_name or "—"
    if person.share_handle and person.username:
        return f"{name} (@{person.username})"
    return name


def take_refusal(ticket: TicketView, advisor_person_id: int) -> str:
    """Why an advisor cannot take ``ticket`` (it is no longer open): ``closed``, ``already_yours`` (they
    have it: the adapter shows it to them again) or ``already_taken`` (another advisor was faster)."""
    if ticket.is_closed:
        return "closed"
    if ticket.advisor_person_id == advisor_person_id:
        return "already_yours"
    return "already_taken"
