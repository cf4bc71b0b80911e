"""Personal data of the consultations domain: bookings (descriptions, phone numbers, feedback, notes)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState
from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.consultations.models import ACTIVE_STATES, Advisor, Booking, BookingState
from helpdesk_bot.consultations.service import CONSULTATION, _payload, group_key
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


class ConsultationsPersonalData:
    """Export, erase and purge bookings (implements ``PersonalDataProvider``)."""

    name = "consultations"

    def __init__(self, outbox: Outbox) -> None:
        self._outbox = outbox

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The person's bookings (without the advisor's outcome notes) and their advisor profile, if any."""
        rows = (await session.execute(
            select(Booking, Advisor.name).join(Advisor, Advisor.id == Booking.advisor_id)
            .where(Booking.person_id == person_id).order_by(Booking.starts_at))).all()
        bookings = [
            {
                "id": b.id, "advisor": name, "starts_at": _iso(b.starts_at), "ends_at": _iso(b.ends_at),
                "state": b.state, "topic": b.topic, "mode": b.mode, "description": b.description,
                "phone": b.phone,
                "created_at": _iso(b.created_at), "cancelled_by": b.cancelled_by, "rating": b.rating,
                "feedback_comment": b.feedback_comment,
            }
            for b, name in rows
        ]
        advisor = (await session.execute(select(Advisor).where(Advisor.telegram_id == telegram_id))).scalar_one_or_none()
        result: dict[str, Any] = {"bookings": bookings}
        if advisor is not None:
            result["advisor_profile"] = {
                "name": advisor.name, "bios": advisor.bios, "languages": advisor.languages,
                "expertise": advisor.expertise, "modes": advisor.modes, "timezone": advisor.timezone,
            }
        return result

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Blank the person's texts, cancel their future bookings (advisor told), drop their pending messages."""
        future = (await session.execute(select(Booking).where(
            Booking.person_id == person_id, Booking.state.in_(ACTIVE_STATES), Booking.starts_at > now))).scalars().all()
        for booking in future:
            booking.state = BookingState.CANCELLED.value
            booking.cancelled_at = now
            booking.cancelled_by = "erasure"
            await self._outbox.cancel_group(group_key(booking.id), session)
            advisor = await session.get(Advisor, booking.advisor_id)
            if advisor is not None:
                await self._outbox.add(session, [OutgoingMessage(
                    advisor.telegram_id, CONSULTATION, f"booking:{booking.id}:erased",
                    _payload("consult-n-cancelled-erased", booking, "advisor"))])
        await session.execute(
            update(Booking).where(Booking.person_id == person_id)
            .values(description=None, phone=None, feedback_comment=None, outcome_note=None)
            .execution_options(synchronize_session=False))
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.recipient_telegram_id == telegram_id,
                                        OutboxMessage.kind == CONSULTATION,
                                        OutboxMessage.state == OutboxState.PENDING.value)
            .values(state=OutboxState.CANCELLED.value, last_error="erased")
            .execution_options(synchronize_session=False))
        advisor = (await session.execute(select(Advisor).where(Advisor.telegram_id == telegram_id))).scalar_one_or_none()
        if advisor is not None:
            await self._erase_advisor(session, advisor, now)

    async def _erase_advisor(self, session: AsyncSession, advisor: Advisor, now: datetime) -> None:
        """An advisor erases their data: their upcoming consultations are cancelled (each entrepreneur is
        told), the profile stays only as an anonymous, inactive row that past bookings point to."""
        upcoming = (await session.execute(select(Booking).where(
            Booking.advisor_id == advisor.id, Booking.state.in_(ACTIVE_STATES), Booking.starts_at > now))).scalars().all()
        for booking in upcoming:
            booking.state = BookingState.CANCELLED.value
            booking.cancelled_at = now
            booking.cancelled_by = "advisor"
            await self._outbox.cancel_group(group_key(booking.id), session)
            person = await session.get(Person, booking.person_id)
            if person is not None and person.telegram_id > 0:
                await self._outbox.add(session, [OutgoingMessage(
                    person.telegram_id, CONSULTATION, f"booking:{booking.id}:advisor-erased",
                    _payload("consult-n-cancelled-advisor-gone", booking, "person"), group_key=group_key(booking.id))])
            session.add(Interaction(
                occurred_at=now, kind=kinds.BOOKING_CANCELLED, outcome="by_advisor",
                actor_ref=person.actor_ref if person else None, person_id=booking.person_id,
                language=person.language if person else None, country=person.country if person else None,
                subject=f"booking:{booking.id}", topic=booking.topic))
        advisor.telegram_id = -advisor.id
        advisor.name = "—"
        advisor.bios = {}
        advisor.modes = {}
        advisor.active = False
        advisor.updated_at = now

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Blank descriptions, phone numbers, outcome notes and feedback comments of bookings that ended before
        ``cutoff``."""
        result = await session.execute(
            update(Booking).where(Booking.ends_at < cutoff, or_(Booking.description.is_not(None),
                                                                Booking.phone.is_not(None),
                                                                Booking.feedback_comment.is_not(None),
                                                                Booking.outcome_note.is_not(None)))
            .values(description=None, phone=None, feedback_comment=None, outcome_note=None)
            .execution_options(synchronize_session=False))
        return int(result.rowcount)  # type: ignore[attr-defined]
