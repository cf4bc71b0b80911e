"""Limits on what one person's questions cost the advisors (issue 10, item 8).

* **Cap.** A person may have at most ``max_open`` tickets waiting for the advisors (``open`` or
  ``taken``: an ``answered`` ticket waits for the person, not for the advisors). One more is refused
  with :class:`TicketLimitError`, which names the waiting ones so the person can be told how to follow
  them.
* **Batched notifications.** The advisors hear about one person's new questions at most once per
  ``notify_interval``: the first question is announced at once (``ticket-new``, one message per
  advisor as before); questions that follow within the interval are collected into one pending
  ``ticket-new-batch`` message per recipient, sent when the interval is over (the pending row's
  payload grows until the dispatcher claims it). ``kb_tickets.notified_at`` records when each
  ticket is (or will be) announced, which is what the interval is measured from.
* **Replies in a row.** The entrepreneur may add :data:`MAX_REPLIES_IN_A_ROW` messages to a ticket
  before the advisor answers; one more is refused (``too_many``) instead of relayed.
* **Reminders** of tickets nobody took go to the advisors' chat alone when there is one (every advisor
  is in it), else to each advisor, and a run sends one message per recipient for all the tickets due,
  not one per ticket.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState
from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED, intent_button, translated_message

from .models import Ticket, TicketMessage, TicketState

#: Messages the entrepreneur may add to a ticket before the advisor answers (each is relayed to them).
MAX_REPLIES_IN_A_ROW = 5
#: Ticket states that wait for the advisors (count against the cap).
WAITING_STATES = (TicketState.OPEN.value, TicketState.TAKEN.value)
#: Questions listed in one batched notification or reminder (more go into another message).
BATCH_SIZE = 5
#: Characters of each question shown in a batched message (the whole question is in the ticket).
BATCH_QUESTION_CHARS = 600


def batch_group_key(person_id: int) -> str:
    """Outbox group of the batched notifications about one person's questions."""
    return f"tickets-of:{person_id}:advisors"


class TicketLimitError(Exception):
    """The person already has ``len(waiting)`` questions waiting for the advisors."""

    reason = "too_many"

    def __init__(self, waiting: Sequence[int]) -> None:
        super().__init__(self.reason)
        self.waiting = tuple(waiting)


async def check_cap(session: AsyncSession, person_id: int, max_open: int) -> None:
    """Raise :class:`TicketLimitError` when the person has ``max_open`` tickets waiting already."""
    waiting = list((await session.execute(
        select(Ticket.id).where(Ticket.person_id == person_id, Ticket.state.in_(WAITING_STATES))
        .order_by(Ticket.id)
    )).scalars())
    if len(waiting) >= max_open:
        raise TicketLimitError(waiting)


async def replies_in_a_row(session: AsyncSession, ticket_id: int) -> int:
    """How many of the ticket's latest messages are the entrepreneur's (since the advisor last wrote)."""
    authors = (await session.execute(
        select(TicketMessage.author).where(TicketMessage.ticket_id == ticket_id)
        .order_by(TicketMessage.id.desc()).limit(MAX_REPLIES_IN_A_ROW)
    )).scalars().all()
    count = 0
    for author in authors:
        if author != "person":
            break
        count += 1
    return count


async def announce_at(session: AsyncSession, person_id: int, now: datetime, interval: timedelta) -> datetime:
    """When a new question of the person may be announced: with the batch already waiting, else now,
    or when the interval since the last announcement is over."""
    last = (await session.execute(
        select(func.max(Ticket.notified_at)).where(Ticket.person_id == person_id)
    )).scalar_one_or_none()
    if last is None:
        return now
    if last.tzinfo is None:  # SQLite aggregates come back naive (UTC)
        last = last.replace(tzinfo=UTC)
    if last > now:  # a batch is waiting for its time: join it
        return last
    return max(now, last + interval)


def _line(ticket: Ticket) -> str:
    question = (ticket.question or "").strip()
    if len(question) > BATCH_QUESTION_CHARS:
        question = question[: BATCH_QUESTION_CHARS - 1] + "…"
    return f"#{ticket.id} · {question}"


def _take_button(ticket_id: int) -> dict[str, Any]:
    return intent_button("ticket-btn-take-id", "tk", "take", ticket_id, args={"id": ticket_id})


async def add_to_batch(session: AsyncSession, outbox: Outbox, ticket: Ticket, who_text: str,
                       recipients: Sequence[int], due: datetime) -> None:
    """Add the ticket to the pending batched notification of its person due at ``due`` (one per recipient)."""
    assert ticket.person_id is not None
    window = int(due.timestamp())
    for rid in recipients:
        key = f"tickets-of:{ticket.person_id}:{window}:{rid}"
        pending = (await session.execute(
            select(OutboxMessage).where(OutboxMessage.dedup_key.like(f"{key}%"),
                                        OutboxMessage.state == OutboxState.PENDING.value)
            .order_by(OutboxMessage.id.desc()).limit(1)
        )).scalar_one_or_none()
        payload: dict[str, Any] = dict(pending.payload) if pending is not None else {}
        listed: list[int] = list(payload.get("tickets") or [])
        if pending is not None and len(listed) < BATCH_SIZE:
            tickets = [*listed, ticket.id]
            args: dict[str, Any] = dict(payload["args"])
            args["count"] = len(tickets)
            args["questions"] = f"{args['questions']}\n\n{_line(ticket)}"
            payload.update(args=args, tickets=tickets,
                           buttons=[*(payload.get("buttons") or []), [_take_button(ticket.id)]])
            # only while nobody has claimed it; otherwise this ticket starts a message of its own
            changed = await session.execute(
                update(OutboxMessage).where(OutboxMessage.id == pending.id,
                                            OutboxMessage.state == OutboxState.PENDING.value)
                .values(payload=payload).execution_options(synchronize_session=False))
            if changed.rowcount:  # type: ignore[attr-defined]
                continue
        message = translated_message("ticket-new-batch", {"count": 1, "who": who_text, "questions": _line(ticket)},
                                     [[_take_button(ticket.id)]])
        message["tickets"] = [ticket.id]
        await outbox.add(session, [OutgoingMessage(
            recipient_telegram_id=rid, kind=TRANSLATED, dedup_key=f"{key}:{ticket.id}", args=message, due_at=due,
            group_key=batch_group_key(ticket.person_id))])


def reminder_messages(due: Sequence[tuple[Ticket, dict[str, Any]]], recipients: Sequence[int]) -> list[OutgoingMessage]:
    """Reminders of untaken tickets: per person, one message per recipient for up to :data:`BATCH_SIZE`
    of their tickets (``ticket-reminder`` when it is one ticket)."""
    by_person: dict[int | None, list[tuple[Ticket, dict[str, Any]]]] = {}
    for ticket, args in due:
        by_person.setdefault(ticket.person_id, []).append((ticket, args))
    messages: list[OutgoingMessage] = []
    for person_id, tickets in by_person.items():
        chunks = [tickets[i:i + BATCH_SIZE] for i in range(0, len(tickets), BATCH_SIZE)] if person_id is not None \
            else [[t] for t in tickets]
        for chunk in chunks:
            if len(chunk) == 1:
                ticket, args = chunk[0]
                payload = translated_message("ticket-reminder", args, [[
                    intent_button("ticket-btn-take", "tk", "take", ticket.id)]])
                group, key = f"ticket:{ticket.id}:advisors", f"ticket:{ticket.id}:remind"
            else:
                assert person_id is not None
                payload = translated_message(
                    "ticket-reminder-batch",
                    {"count": len(chunk), "minutes": max(args["minutes"] for _t, args in chunk),
                     "questions": "\n\n".join(_line(t) for t, _a in chunk)},
                    [[_take_button(t.id)] for t, _a in chunk])
                group, key = batch_group_key(person_id), f"tickets-of:{person_id}:remind:{chunk[0][0].id}"
            messages.extend(OutgoingMessage(recipient_telegram_id=rid, kind=TRANSLATED, dedup_key=f"{key}:{rid}",
                                            args=payload, group_key=group) for rid in recipients)
    return messages
