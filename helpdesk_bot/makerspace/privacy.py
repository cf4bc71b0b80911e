"""Personal data of the makerspace: a person's bookings and inductions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState
from helpdesk_bot.makerspace.models import (
    Induction,
    MakerBooking,
    MakerBookingState,
    PersonInduction,
    Resource,
)
from helpdesk_bot.makerspace.service import MakerspaceService, cancel_in
from helpdesk_bot.makerspace.store import MAKERSPACE, aware


class MakerspacePersonalData:
    """Export and erase makerspace data (implements ``PersonalDataProvider``; no free texts to purge)."""

    name = "makerspace"

    def __init__(self, makers: MakerspaceService) -> None:
        self._makers = makers

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The person's machine bookings and inductions."""
        bookings = (await session.execute(select(MakerBooking, Resource.key).join(
            Resource, Resource.id == MakerBooking.resource_id).where(MakerBooking.person_id == person_id)
            .order_by(MakerBooking.starts_at))).all()
        inductions = (await session.execute(select(PersonInduction, Induction.key).join(
            Induction, Induction.id == PersonInduction.induction_id).where(PersonInduction.person_id == person_id))).all()
        return {
            "bookings": [{"id": b.id, "resource": key, "unit": b.unit, "starts_at": aware(b.starts_at).isoformat(),
                          "ends_at": aware(b.ends_at).isoformat(), "state": b.state, "cancelled_by": b.cancelled_by}
                         for b, key in bookings],
            "inductions": [{"induction": key, "completed_at": aware(i.completed_at).isoformat(),
                            "expires_at": aware(i.expires_at).isoformat(), "source": i.source}
                           for i, key in inductions],
        }

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Cancel the person's future bookings (their machines are free again), forget their inductions and
        drop pending messages; past bookings stay as anonymous rows (the indicators count them)."""
        future = (await session.execute(select(MakerBooking).where(
            MakerBooking.person_id == person_id, MakerBooking.state == MakerBookingState.CONFIRMED.value,
            MakerBooking.starts_at > now))).scalars().all()
        outbox = self._makers.outbox
        for booking in future:
            await cancel_in(session, outbox, booking, now, by="erasure")
        await session.execute(delete(PersonInduction).where(PersonInduction.person_id == person_id))
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.recipient_telegram_id == telegram_id,
                                        OutboxMessage.kind == MAKERSPACE,
                                        OutboxMessage.state == OutboxState.PENDING.value)
            .values(state=OutboxState.CANCELLED.value, last_error="erased")
            .execution_options(synchronize_session=False))

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """The makerspace keeps no free texts."""
        return 0
