"""Personal data of the knowledge base: tickets (questions, conversations), collected gaps, feedback.

Feedback itself is an interaction row (anonymous through ``actor_ref``); the texts that go with a
"Not helpful" press are gap rows and are handled here with the other gaps.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState

from .feedback import erase_feedback_tokens, purge_feedback_tokens
from .models import Gap, ReloadRequest, Ticket, TicketMessage, TicketState
from .ticket_notices import batch_group_key
from .tickets import advisors_group_key, group_key


class KnowledgeBasePrivacy:
    """:class:`helpdesk_bot.privacy.providers.PersonalDataProvider` of the knowledge base."""

    name = "knowledge_base"

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The person's tickets with their conversation, and the questions collected for curation."""
        tickets = list((await session.execute(
            select(Ticket).where(Ticket.person_id == person_id).order_by(Ticket.id)
        )).scalars())
        messages: dict[int, list[dict[str, Any]]] = {}
        if tickets:
            rows = (await session.execute(
                select(TicketMessage).where(TicketMessage.ticket_id.in_([t.id for t in tickets]))
                .order_by(TicketMessage.id)
            )).scalars()
            for m in rows:
                messages.setdefault(m.ticket_id, []).append(
                    {"from": m.author, "text": m.text, "at": m.created_at.isoformat()}
                )
        gaps = (await session.execute(select(Gap).where(Gap.person_id == person_id).order_by(Gap.id))).scalars()
        return {
            "tickets": [
                {"id": t.id, "state": t.state, "question": t.question, "language": t.language,
                 "country": t.country, "created_at": t.created_at.isoformat(),
                 "closed_at": t.closed_at.isoformat() if t.closed_at else None,
                 "messages": messages.get(t.id, [])}
                for t in tickets
            ],
            "collected_questions": [
                {"kind": g.kind, "text": g.text, "language": g.language, "entry_id": g.entry_id,
                 "at": g.created_at.isoformat()}
                for g in gaps
            ],
        }

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Blank the person's texts, close their open tickets, cancel what is pending for them."""
        ticket_ids = list((await session.execute(
            select(Ticket.id).where(Ticket.person_id == person_id)
        )).scalars())
        if ticket_ids:
            await session.execute(
                update(Ticket).where(Ticket.id.in_(ticket_ids), Ticket.state != TicketState.CLOSED.value)
                .values(state=TicketState.CLOSED.value, closed_at=now, closed_by="erased", updated_at=now)
                .execution_options(synchronize_session=False)
            )
            await session.execute(
                update(Ticket).where(Ticket.id.in_(ticket_ids))
                .values(question=None, person_id=None, person_telegram_id=None, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            await session.execute(
                update(TicketMessage).where(TicketMessage.ticket_id.in_(ticket_ids)).values(text=None)
                .execution_options(synchronize_session=False)
            )
            groups = [k for tid in ticket_ids for k in (group_key(tid), advisors_group_key(tid))]
            groups.append(batch_group_key(person_id))
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.group_key.in_(groups),
                       OutboxMessage.state.in_([OutboxState.PENDING.value, OutboxState.SENDING.value]))
                .values(state=OutboxState.CANCELLED.value, last_error="erased")
                .execution_options(synchronize_session=False)
            )
            await session.execute(
                update(OutboxMessage).where(OutboxMessage.group_key.in_(groups)).values(payload={"erased": True})
                .execution_options(synchronize_session=False)
            )
        # as an advisor: keep the answers (they were written for others), forget who wrote them
        await session.execute(
            update(Ticket).where(Ticket.advisor_person_id == person_id)
            .values(advisor_person_id=None, advisor_telegram_id=None)
            .execution_options(synchronize_session=False)
        )
        await session.execute(
            update(TicketMessage).where(TicketMessage.author_person_id == person_id).values(author_person_id=None)
            .execution_options(synchronize_session=False)
        )
        await session.execute(
            update(Gap).where(Gap.person_id == person_id).values(text=None, person_id=None)
            .execution_options(synchronize_session=False)
        )
        await erase_feedback_tokens(session, person_id)
        # as staff: who closed gaps and asked for reloads (the audit log keeps staff actions)
        await session.execute(update(Gap).where(Gap.closed_by == telegram_id).values(closed_by=None)
                              .execution_options(synchronize_session=False))
        await session.execute(update(ReloadRequest).where(ReloadRequest.requested_by == telegram_id)
                              .values(requested_by=None).execution_options(synchronize_session=False))

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Blank questions, ticket messages and collected texts written before ``cutoff``."""
        count = 0
        result = await session.execute(
            update(Ticket).where(Ticket.created_at < cutoff, Ticket.question.is_not(None)).values(question=None)
            .execution_options(synchronize_session=False)
        )
        count += int(result.rowcount)  # type: ignore[attr-defined]
        result = await session.execute(
            update(TicketMessage).where(TicketMessage.created_at < cutoff, TicketMessage.text.is_not(None))
            .values(text=None).execution_options(synchronize_session=False)
        )
        count += int(result.rowcount)  # type: ignore[attr-defined]
        result = await session.execute(
            update(Gap).where(Gap.created_at < cutoff, Gap.text.is_not(None)).values(text=None)
            .execution_options(synchronize_session=False)
        )
        count += int(result.rowcount)  # type: ignore[attr-defined]
        await purge_feedback_tokens(session, cutoff)
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.created_at < cutoff,
                   or_(OutboxMessage.group_key.like("ticket:%"), OutboxMessage.group_key.like("tickets-of:%")),
                   OutboxMessage.state.not_in([OutboxState.PENDING.value, OutboxState.SENDING.value]))
            .values(payload={"purged": True}).execution_options(synchronize_session=False)
        )
        return count
