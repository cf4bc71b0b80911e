"""The rules of the consultation use cases, over a small port for the data they need.

The use cases (:mod:`~helpdesk_bot.consultations.booking`, ``decisions``, ``changes``) load through
:class:`AdvisorCalendar` (SQL: :class:`~helpdesk_bot.consultations.calendar.SqlAdvisorCalendar`) and
decide here, so the rules are tested with an in-memory calendar and a clock (``tests/unit``); the
database tests keep testing the SQL side and the guarantees only the database gives (the unique
index on a slot, the advisor's row lock).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Protocol

from helpdesk_bot.consultations.models import ACTIVE_STATES, BookingState
from helpdesk_bot.consultations.slots import Busy, DatedException, WeeklyWindow, compute_slots
from helpdesk_bot.consultations.views import MODES, AdvisorView, BookingError, BookingView
from helpdesk_bot.topics import TOPICS


class AdvisorCalendar(Protocol):
    """What the booking rules read: an advisor, their hours, exceptions, busy times, a person's bookings."""

    async def advisor(self, advisor_id: int) -> AdvisorView | None:
        """The advisor (with their slot rules), or None."""

    async def weekly_hours(self, advisor_id: int) -> Sequence[WeeklyWindow]:
        """The advisor's recurring windows."""

    async def exceptions(self, advisor_id: int, since: date) -> Sequence[DatedException]:
        """The advisor's days off and extra hours from ``since`` on."""

    async def busy(self, advisor_id: int, since: datetime, *, exclude_booking: int | None = None) -> Sequence[Busy]:
        """Spans of the advisor's active bookings ending after ``since`` (except ``exclude_booking``)."""

    async def upcoming_count(self, person_id: int, now: datetime) -> int:
        """How many active bookings of the person have not ended."""


async def free_slots(calendar: AdvisorCalendar, advisor: AdvisorView, now: datetime, *,
                     exclude_booking: int | None = None) -> list[datetime]:
    """Free slot starts (UTC) of an advisor: inside their hours and not off, after the minimum notice,
    within the horizon, and not overlapping a booking (with the buffer)."""
    return compute_slots(
        timezone=advisor.timezone,
        weekly=await calendar.weekly_hours(advisor.id),
        exceptions=await calendar.exceptions(advisor.id, now.date() - timedelta(days=2)),
        rules=advisor.rules,
        busy=await calendar.busy(advisor.id, now - timedelta(days=1), exclude_booking=exclude_booking),
        now=now,
    )


def check_request(*, topic: str, candidates: Sequence[int], upcoming: int, max_upcoming: int) -> None:
    """A booking request: a known topic, at least one advisor, fewer upcoming bookings than the limit."""
    if topic not in TOPICS:
        raise BookingError("invalid_topic")
    if not candidates:
        raise BookingError("no_advisor")
    if upcoming >= max_upcoming:
        raise BookingError("too_many", limit=max_upcoming)


async def check_slot(calendar: AdvisorCalendar, advisor_id: int, *, starts_at: datetime, mode: str, now: datetime,
                     exclude_booking: int | None = None) -> AdvisorView:
    """The advisor is active and offers ``mode``, and ``starts_at`` is one of their free slots; returns
    the advisor, else :class:`BookingError` ``no_advisor``, ``invalid_mode`` or ``slot_unavailable``."""
    advisor = await calendar.advisor(advisor_id)
    if advisor is None or not advisor.active:
        raise BookingError("no_advisor")
    if mode not in MODES or mode not in advisor.modes:
        raise BookingError("invalid_mode")
    if starts_at not in await free_slots(calendar, advisor, now, exclude_booking=exclude_booking):
        raise BookingError("slot_unavailable")
    return advisor


def check_advisor_of(booking: BookingView | None, advisor_telegram_id: int) -> BookingView:
    """Only the booking's advisor decides about it; anyone else gets ``not_found`` (a forged id looks
    like an unknown one)."""
    if booking is None or booking.advisor_telegram_id != advisor_telegram_id:
        raise BookingError("not_found")
    return booking


def check_owner(booking: BookingView | None, person_id: int) -> BookingView:
    """Only the person who booked changes a booking; anyone else gets ``not_found``."""
    if booking is None or booking.person_id != person_id:
        raise BookingError("not_found")
    return booking


def check_changeable(booking: BookingView, now: datetime, change_window: timedelta) -> None:
    """A person's change (cancel, reschedule): an upcoming active booking outside the change window;
    else ``invalid_state`` or ``too_late``."""
    if booking.state not in ACTIVE_STATES or booking.starts_at <= now:
        raise BookingError("invalid_state", booking=booking)
    if booking.starts_at - now < change_window:
        raise BookingError("too_late", booking=booking)


def check_decidable(booking: BookingView) -> None:
    """An advisor accepts or declines only a request (``invalid_state`` otherwise)."""
    if booking.state != BookingState.REQUESTED:
        raise BookingError("invalid_state", booking=booking)
