"""Reading tickets: one ticket and its conversation, the open tickets, an advisor's tickets, and which
ticket a bot message belongs to (:class:`TicketReader`, the base of
:class:`~helpdesk_bot.knowledge_base.tickets.TicketService`, which changes them)."""

from __future__ import annotations

from sqlalchemy import select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.db.uow import UnitOfWorkFactory

from .models import Ticket, TicketMessage, TicketState
from .ticket_views import TicketMessageView, TicketView, _view


class TicketReader:
    """Read-only queries of tickets (no state changes, no messages)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def get(self, ticket_id: int) -> TicketView | None:
        """The ticket, or None."""
        async with self._uow() as uow:
            ticket = await uow.session.get(Ticket, ticket_id)
            return _view(ticket) if ticket else None

    async def messages(self, ticket_id: int) -> list[TicketMessageView]:
        """The conversation of a ticket, oldest first."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(
                select(TicketMessage).where(TicketMessage.ticket_id == ticket_id).order_by(TicketMessage.id)
            )).scalars()
            return [TicketMessageView(m.author, m.text, m.created_at) for m in rows]

    async def open_tickets(self, limit: int = 20) -> list[TicketView]:
        """Tickets nobody has taken yet, oldest first."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(
                select(Ticket).where(Ticket.state == TicketState.OPEN.value)
                .order_by(Ticket.created_at, Ticket.id).limit(limit)
            )).scalars()
            return [_view(t) for t in rows]

    async def tickets_of_advisor(self, advisor_person_id: int, limit: int = 20) -> list[TicketView]:
        """Tickets an advisor has taken and that are not closed, those waiting for them first."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(
                select(Ticket).where(Ticket.advisor_person_id == advisor_person_id,
                                     Ticket.state.in_([TicketState.TAKEN.value, TicketState.ANSWERED.value]))
                .order_by(Ticket.state.desc(), Ticket.updated_at).limit(limit)
            )).scalars()
            return [_view(t) for t in rows]

    async def ticket_for_message(self, chat_id: int, message_id: int) -> int | None:
        """The ticket a bot message sent through the outbox to ``chat_id`` belongs to."""
        async with self._uow() as uow:
            key = (await uow.session.execute(
                select(OutboxMessage.group_key).where(
                    OutboxMessage.recipient_telegram_id == chat_id,
                    OutboxMessage.telegram_message_id == message_id,
                    OutboxMessage.group_key.like("ticket:%"),
                ).limit(1)
            )).scalar_one_or_none()
        if not key:
            return None
        try:
            return int(key.split(":")[1])
        except (IndexError, ValueError):
            return None
