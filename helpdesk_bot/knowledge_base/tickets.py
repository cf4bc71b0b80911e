"""Tickets: questions handed over to the advisors, and the conversation that follows.

States (enforced by conditional ``UPDATE ... WHERE state ...`` statements, so two advisors pressing
"Take" at once cannot both get the ticket, and a closed ticket stays closed)::

    open --take--> taken --answer--> answered --reply--> taken ... --close--> closed
    open --close--> closed (the entrepreneur withdraws it, or staff)

Every message to someone other than the sender of the update goes through the outbox, rendered in
the recipient's language at send time. Messages of a ticket share the group key ``ticket:<id>``
(advisor notifications ``ticket:<id>:advisors``), so erasing a person cancels what is still pending,
and the outbox row's ``telegram_message_id`` lets an advisor answer by replying to the notification.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED, intent_button, translated_message
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, LANGUAGE_NAMES
from helpdesk_bot.people.actor import require
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PeopleService, PersonView

from .models import Gap, GapKind, Ticket, TicketMessage, TicketState
from .ticket_notices import (
    MAX_REPLIES_IN_A_ROW,
    add_to_batch,
    announce_at,
    check_cap,
    reminder_messages,
    replies_in_a_row,
)
from .ticket_queries import TicketReader
from .ticket_views import (
    MAX_TICKET_TEXT,
    AnswerResult,
    TicketError,
    TicketMessageView,
    TicketView,
    _view,
    advisors_group_key,
    clip,
    group_key,
    take_refusal,
    who,
)

#: Callback prefix of ticket buttons.
PREFIX = "tk"


class TicketService(TicketReader):
    """Opens tickets, moves them through their states and relays the conversation (the reading is
    inherited from :class:`~.ticket_queries.TicketReader`)."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox, people: PeopleService, *,
                 advisors_chat_id: int | None = None, reminder_after: timedelta = timedelta(minutes=60),
                 max_open: int = 3, notify_interval: timedelta = timedelta(minutes=10)) -> None:
        super().__init__(uow)
        self._clock = clock
        self._outbox = outbox
        self._people = people
        self.advisors_chat_id = advisors_chat_id
        self.reminder_after = reminder_after
        self.max_open = max_open
        self.notify_interval = notify_interval

    # ------------------------------------------------------------------ notifications

    async def _advisor_recipients(self) -> list[int]:
        advisors = await self._people.with_role(Role.ADVISOR)
        if not advisors and self.advisors_chat_id is None:
            advisors = await self._people.with_role(Role.STAFF)  # nobody else would see the ticket
        ids = [p.telegram_id for p in advisors]
        if self.advisors_chat_id is not None:
            ids.append(self.advisors_chat_id)
        return list(dict.fromkeys(ids))

    @staticmethod
    def _ticket_args(ticket: Ticket, who_text: str) -> dict[str, Any]:
        country = ticket.country or ""
        flag = COUNTRY_FLAGS.get(country, "")
        return {
            "id": ticket.id,
            "question": ticket.question or "",
            "language": LANGUAGE_NAMES.get(ticket.language, ticket.language),
            "country": f"{flag} {country}".strip() if country else "—",
            "who": who_text,
        }

    # ------------------------------------------------------------------ changes

    async def open(self, person: PersonView, question: str, *, language: str, country: str | None,
                   entry_id: str | None = None, gap_id: int | None = None) -> TicketView:
        """Open a ticket for ``person`` and notify the advisors (and the advisors' chat).

        Refused with :class:`~helpdesk_bot.knowledge_base.ticket_notices.TicketLimitError` when the person
        has :attr:`max_open` questions waiting already; the advisors hear about one person's questions at
        most once per :attr:`notify_interval` (later ones are batched, see :mod:`.ticket_notices`).
        """
        text = clip(question)
        if not text:
            raise TicketError("empty")
        recipients = await self._advisor_recipients()
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            await check_cap(session, person.id, self.max_open)
            notify_at = await announce_at(session, person.id, now, self.notify_interval)
            ticket = Ticket(
                person_id=person.id, person_telegram_id=person.telegram_id, actor_ref=person.actor_ref,
                question=text, language=language, country=country, entry_id=entry_id,
                state=TicketState.OPEN.value, created_at=now, updated_at=now, notified_at=notify_at,
            )
            session.add(ticket)
            await session.flush()
            if gap_id is not None:
                await session.execute(
                    update(Gap).where(Gap.id == gap_id, Gap.person_id == person.id).values(ticket_id=ticket.id)
                )
            if notify_at > now:  # the person's last question was announced less than the interval ago
                await add_to_batch(session, self._outbox, ticket, who(person), recipients, notify_at)
                await uow.commit()
                return _view(ticket)
            args = self._ticket_args(ticket, who(person))
            await self._outbox.add(session, [
                OutgoingMessage(
                    recipient_telegram_id=rid, kind=TRANSLATED, dedup_key=f"ticket:{ticket.id}:new:{rid}",
                    group_key=advisors_group_key(ticket.id),
                    args=translated_message("ticket-new", args, [[
                        intent_button("ticket-btn-take", PREFIX, "take", ticket.id),
                    ]]),
                )
                for rid in recipients
            ])
            await uow.commit()
            return _view(ticket)

    async def _diagnose(self, session: AsyncSession, ticket_id: int) -> Ticket:
        ticket = await session.get(Ticket, ticket_id, populate_existing=True)
        if ticket is None:
            raise TicketError("not_found")
        return ticket

    async def take(self, ticket_id: int, advisor: PersonView) -> TicketView:
        """Give the open ticket to ``advisor`` (advisors and staff only:
        :class:`~helpdesk_bot.people.actor.Forbidden`); exactly one advisor can win a race for it."""
        require(advisor, Role.ADVISOR)
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            result = await session.execute(
                update(Ticket)
                .where(Ticket.id == ticket_id, Ticket.state == TicketState.OPEN.value)
                .values(state=TicketState.TAKEN.value, advisor_person_id=advisor.id,
                        advisor_telegram_id=advisor.telegram_id, taken_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                await uow.rollback()
                view = _view(await self._diagnose(session, ticket_id))
                raise TicketError(take_refusal(view, advisor.id), view)
            ticket = await self._diagnose(session, ticket_id)
            if ticket.person_telegram_id is not None:
                await self._outbox.add(session, [OutgoingMessage(
                    recipient_telegram_id=ticket.person_telegram_id, kind=TRANSLATED,
                    dedup_key=f"ticket:{ticket.id}:taken", group_key=group_key(ticket.id),
                    args=translated_message("ticket-taken-you", {"id": ticket.id}),
                )])
            await self._outbox.cancel_group(advisors_group_key(ticket.id), session)
            await uow.commit()
            return _view(ticket)

    async def answer(self, ticket_id: int, advisor: PersonView, text: str) -> AnswerResult:
        """Relay an advisor's message to the entrepreneur (an open ticket is taken first); advisors and
        staff only."""
        require(advisor, Role.ADVISOR)
        body = clip(text)
        if not body:
            raise TicketError("empty")
        current = await self.get(ticket_id)
        if current is None:
            raise TicketError("not_found")
        if current.state == TicketState.OPEN:
            try:
                await self.take(ticket_id, advisor)
            except TicketError as exc:
                if exc.reason != "already_yours":
                    raise
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            result = await session.execute(
                update(Ticket)
                .where(Ticket.id == ticket_id, Ticket.advisor_person_id == advisor.id,
                       Ticket.state.in_([TicketState.TAKEN.value, TicketState.ANSWERED.value]))
                .values(state=TicketState.ANSWERED.value, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                await uow.rollback()
                ticket = await self._diagnose(session, ticket_id)
                raise TicketError("closed" if ticket.state == TicketState.CLOSED else "not_yours", _view(ticket))
            first = (await session.execute(
                update(Ticket).where(Ticket.id == ticket_id, Ticket.answered_at.is_(None))
                .values(answered_at=now).execution_options(synchronize_session=False)
            )).rowcount > 0  # type: ignore[attr-defined]
            ticket = await self._diagnose(session, ticket_id)
            message = TicketMessage(ticket_id=ticket_id, author="advisor", author_person_id=advisor.id,
                                    text=body, created_at=now)
            session.add(message)
            await session.flush()
            if ticket.person_telegram_id is not None:
                await self._outbox.add(session, [OutgoingMessage(
                    recipient_telegram_id=ticket.person_telegram_id, kind=TRANSLATED,
                    dedup_key=f"ticket:{ticket_id}:msg:{message.id}", group_key=group_key(ticket_id),
                    args=translated_message("ticket-answer", {"id": ticket_id, "text": body}, [[
                        intent_button("ticket-btn-reply", PREFIX, "reply", ticket_id),
                        intent_button("ticket-btn-close", PREFIX, "close", ticket_id),
                    ]]),
                )])
            if first:
                await self._collect_advisor_gap(session, ticket, now)
            await uow.commit()
            return AnswerResult(_view(ticket), first)

    async def _collect_advisor_gap(self, session: AsyncSession, ticket: Ticket, now: datetime) -> None:
        """The question an advisor answered joins the curation loop (its unanswered gap is re-labelled)."""
        relabelled = await session.execute(
            update(Gap).where(Gap.ticket_id == ticket.id).values(kind=GapKind.ADVISOR.value)
            .execution_options(synchronize_session=False)
        )
        if not relabelled.rowcount:  # type: ignore[attr-defined]
            session.add(Gap(kind=GapKind.ADVISOR.value, text=ticket.question, language=ticket.language,
                            entry_id=ticket.entry_id, person_id=ticket.person_id, ticket_id=ticket.id,
                            created_at=now))

    async def reply(self, ticket_id: int, person: PersonView, text: str) -> TicketView:
        """The entrepreneur writes again in their ticket; relayed to the advisor who has it."""
        body = clip(text)
        if not body:
            raise TicketError("empty")
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            result = await session.execute(
                update(Ticket)
                .where(Ticket.id == ticket_id, Ticket.person_id == person.id,
                       Ticket.state != TicketState.CLOSED.value)
                .values(state=_state_after_reply(), updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                await uow.rollback()
                ticket = await self._diagnose(session, ticket_id)
                if ticket.person_id != person.id:
                    raise TicketError("not_found")
                raise TicketError("closed", _view(ticket))
            ticket = await self._diagnose(session, ticket_id)
            if await replies_in_a_row(session, ticket_id) >= MAX_REPLIES_IN_A_ROW:
                view = _view(ticket)
                await uow.rollback()
                raise TicketError("too_many", view)
            message = TicketMessage(ticket_id=ticket_id, author="person", author_person_id=person.id,
                                    text=body, created_at=now)
            session.add(message)
            await session.flush()
            if ticket.advisor_telegram_id is not None:
                await self._outbox.add(session, [OutgoingMessage(
                    recipient_telegram_id=ticket.advisor_telegram_id, kind=TRANSLATED,
                    dedup_key=f"ticket:{ticket_id}:msg:{message.id}", group_key=group_key(ticket_id),
                    args=translated_message("ticket-reply", {"id": ticket_id, "text": body}, [[
                        intent_button("ticket-btn-answer", PREFIX, "ans", ticket_id),
                        intent_button("ticket-btn-close", PREFIX, "close", ticket_id),
                    ]]),
                )])
            await uow.commit()
            return _view(ticket)

    async def close(self, ticket_id: int, by: PersonView) -> TicketView:
        """Close the ticket (the entrepreneur, the advisor who has it, or staff); tells the other side."""
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            ticket = await session.get(Ticket, ticket_id)
            if ticket is None:
                raise TicketError("not_found")
            if ticket.person_id == by.id:
                closer = "person"
            elif ticket.advisor_person_id == by.id:
                closer = "advisor"
            elif by.is_staff or (by.is_advisor and ticket.advisor_person_id is None):
                closer = "staff" if by.is_staff else "advisor"
            else:
                raise TicketError("not_allowed")
            result = await session.execute(
                update(Ticket).where(Ticket.id == ticket_id, Ticket.state != TicketState.CLOSED.value)
                .values(state=TicketState.CLOSED.value, closed_at=now, closed_by=closer, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                await uow.rollback()
                raise TicketError("closed", _view(await self._diagnose(session, ticket_id)))
            ticket = await self._diagnose(session, ticket_id)
            messages: list[OutgoingMessage] = []
            if closer == "person" and ticket.advisor_telegram_id is not None:
                messages.append(OutgoingMessage(
                    recipient_telegram_id=ticket.advisor_telegram_id, kind=TRANSLATED,
                    dedup_key=f"ticket:{ticket_id}:closed", group_key=group_key(ticket_id),
                    args=translated_message("ticket-closed-by-person", {"id": ticket_id}),
                ))
            elif closer != "person" and ticket.person_telegram_id is not None:
                messages.append(OutgoingMessage(
                    recipient_telegram_id=ticket.person_telegram_id, kind=TRANSLATED,
                    dedup_key=f"ticket:{ticket_id}:closed", group_key=group_key(ticket_id),
                    args=translated_message("ticket-closed-by-advisor", {"id": ticket_id}),
                ))
            await self._outbox.add(session, messages)
            await self._outbox.cancel_group(advisors_group_key(ticket_id), session)
            await uow.commit()
            return _view(ticket)

    async def send_reminders(self) -> int:
        """Remind the advisors (once) of tickets nobody has taken after :attr:`reminder_after`."""
        now = self._clock.now()
        cutoff = now - self.reminder_after
        async with self._uow() as uow:
            due = list((await uow.session.execute(
                select(Ticket.id).where(Ticket.state == TicketState.OPEN.value, Ticket.reminded_at.is_(None),
                                        Ticket.created_at <= cutoff).order_by(Ticket.id).limit(100)
            )).scalars())
        if not due:
            return 0
        # the advisors' chat alone when there is one (every advisor is in it), else each advisor
        recipients = [self.advisors_chat_id] if self.advisors_chat_id is not None \
            else await self._advisor_recipients()
        reminded: list[tuple[Ticket, dict[str, Any]]] = []
        async with self._uow() as uow:
            session = uow.session
            for ticket_id in due:
                claimed = await session.execute(
                    update(Ticket).where(Ticket.id == ticket_id, Ticket.reminded_at.is_(None),
                                         Ticket.state == TicketState.OPEN.value)
                    .values(reminded_at=now).execution_options(synchronize_session=False)
                )
                if not claimed.rowcount:  # type: ignore[attr-defined]
                    continue  # another process reminded, or it was taken meanwhile
                ticket = await self._diagnose(session, ticket_id)
                args = self._ticket_args(ticket, "—")
                args["minutes"] = int((now - ticket.created_at).total_seconds() // 60)
                reminded.append((ticket, args))
            await self._outbox.add(session, reminder_messages(reminded, recipients))
            await uow.commit()
        return len(reminded)


def _state_after_reply() -> Any:
    """``answered`` goes back to ``taken`` (the advisor's turn); ``open``/``taken`` stay as they are."""
    return case((Ticket.state == TicketState.ANSWERED.value, TicketState.TAKEN.value), else_=Ticket.state)


__all__ = [
    "MAX_TICKET_TEXT",
    "AnswerResult",
    "TicketError",
    "TicketMessageView",
    "TicketService",
    "TicketView",
    "advisors_group_key",
    "group_key",
    "who",
]

