"""The SQL implementation of :class:`~helpdesk_bot.consultations.rules.AdvisorCalendar`, inside the
caller's transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.consultations.models import ACTIVE_STATES, Advisor, AdvisorException, AdvisorHours, Booking
from helpdesk_bot.consultations.slots import Busy, DatedException, WeeklyWindow, Window
from helpdesk_bot.consultations.views import AdvisorView


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class SqlAdvisorCalendar:
    """Reads what the booking rules need from the session of the running unit of work."""

    def __init__(self, session: AsyncSession, view: Callable[[Advisor], AdvisorView]) -> None:
        self._s = session
        self._view = view

    async def advisor(self, advisor_id: int) -> AdvisorView | None:
        """The advisor (with their slot rules), or None."""
        advisor = await self._s.get(Advisor, advisor_id)
        return self._view(advisor) if advisor is not None else None

    async def weekly_hours(self, advisor_id: int) -> list[WeeklyWindow]:
        """The advisor's recurring windows."""
        rows = (await self._s.execute(select(AdvisorHours).where(AdvisorHours.advisor_id == advisor_id))).scalars()
        return [WeeklyWindow(h.weekday, Window(h.start_minute, h.end_minute)) for h in rows]

    async def exceptions(self, advisor_id: int, since: date) -> list[DatedException]:
        """The advisor's days off and extra hours from ``since`` on."""
        rows = (await self._s.execute(select(AdvisorException).where(
            AdvisorException.advisor_id == advisor_id, AdvisorException.day >= since))).scalars()
        return [DatedException(e.day, e.kind, Window(e.start_minute, e.end_minute)
                               if e.start_minute is not None and e.end_minute is not None else None) for e in rows]

    async def busy(self, advisor_id: int, since: datetime, *, exclude_booking: int | None = None) -> list[Busy]:
        """Spans of the advisor's active bookings ending after ``since`` (except ``exclude_booking``)."""
        rows = (await self._s.execute(select(Booking.id, Booking.starts_at, Booking.ends_at).where(
            Booking.advisor_id == advisor_id, Booking.state.in_(ACTIVE_STATES), Booking.ends_at > since))).all()
        return [Busy(_aware(r[1]), _aware(r[2])) for r in rows if r[0] != exclude_booking]

    async def upcoming_count(self, person_id: int, now: datetime) -> int:
        """How many active bookings of the person have not ended."""
        return int((await self._s.execute(select(func.count()).select_from(Booking).where(
            Booking.person_id == person_id, Booking.state.in_(ACTIVE_STATES), Booking.ends_at > now))).scalar_one())
