"""The rules of booking a consultation, over an in-memory calendar and a manual clock (no database).

The clock starts on Monday 2026-11-23 09:00 UTC; the advisor works Monday to Friday 09:00-12:00 in
Warsaw (UTC+1), 45-minute slots with a 15-minute buffer, 24 h notice, a 30-day horizon.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations import rules
from helpdesk_bot.consultations.slots import DatedException, SlotRules, WeeklyWindow, Window
from helpdesk_bot.consultations.views import AdvisorView, BookingError, BookingView
from tests.fakes import FakeAdvisorCalendar, FakeBooking

WED_10_LOCAL = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _advisor(*, active: bool = True, modes: dict[str, str] | None = None) -> AdvisorView:
    return AdvisorView(id=1, telegram_id=2001, name="Tomas", bios={}, languages=("en",), expertise=("taxes",),
                       modes=modes if modes is not None else {"online": "https://meet.example/x"},
                       timezone="Europe/Warsaw", auto_confirm=False, active=active, rules=SlotRules())


def _calendar(**advisor: bool) -> FakeAdvisorCalendar:
    calendar = FakeAdvisorCalendar()
    calendar.advisors[1] = _advisor(**advisor)
    calendar.hours[1] = [WeeklyWindow(day, Window(9 * 60, 12 * 60)) for day in range(5)]
    return calendar


async def _check(calendar: FakeAdvisorCalendar, starts_at: datetime, *, mode: str = "online",
                 clock: ManualClock | None = None, exclude: int | None = None) -> str | None:
    try:
        await rules.check_slot(calendar, 1, starts_at=starts_at, mode=mode, now=(clock or ManualClock()).now(),
                               exclude_booking=exclude)
    except BookingError as refused:
        return refused.reason
    return None


async def test_a_free_slot_inside_the_hours_is_bookable() -> None:
    assert await _check(_calendar(), WED_10_LOCAL) is None
    assert await _check(_calendar(), WED_10_LOCAL + timedelta(hours=1)) is None


@pytest.mark.parametrize(("starts_at", "why"), [
    (datetime(2026, 11, 25, 14, 0, tzinfo=UTC), "after the hours"),
    (datetime(2026, 11, 28, 9, 0, tzinfo=UTC), "a Saturday"),
    (datetime(2026, 11, 25, 9, 15, tzinfo=UTC), "off the slot grid"),
    (datetime(2026, 11, 23, 10, 0, tzinfo=UTC), "today, inside the 24 h notice"),
    (datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "in the past"),
    (datetime(2026, 12, 28, 9, 0, tzinfo=UTC), "beyond the 30-day horizon"),
])
async def test_a_slot_outside_the_hours_notice_or_horizon_is_unavailable(starts_at: datetime, why: str) -> None:
    assert await _check(_calendar(), starts_at) == "slot_unavailable", why


async def test_the_horizon_moves_with_the_clock() -> None:
    late = datetime(2026, 12, 28, 9, 0, tzinfo=UTC)
    clock = ManualClock()
    assert await _check(_calendar(), late, clock=clock) == "slot_unavailable"
    clock.advance(timedelta(days=7))
    assert await _check(_calendar(), late, clock=clock) is None


async def test_a_slot_overlapping_a_booking_or_its_buffer_is_unavailable_until_the_booking_ends() -> None:
    calendar = _calendar()
    calendar.bookings.append(FakeBooking(7, 1, 50, WED_10_LOCAL, WED_10_LOCAL + timedelta(minutes=45)))
    assert await _check(calendar, WED_10_LOCAL) == "slot_unavailable"
    assert await _check(calendar, WED_10_LOCAL, exclude=7) is None  # rescheduling this very booking
    assert await _check(calendar, WED_10_LOCAL + timedelta(hours=1)) is None
    # a booking on another grid (after a change of slot length) blocks both neighbours with the buffer
    calendar.bookings.append(FakeBooking(8, 1, 51, WED_10_LOCAL + timedelta(minutes=80),
                                         WED_10_LOCAL + timedelta(minutes=125)))
    assert await _check(calendar, WED_10_LOCAL + timedelta(hours=1)) == "slot_unavailable"
    assert await _check(calendar, WED_10_LOCAL + timedelta(hours=2)) == "slot_unavailable"
    for booking in calendar.bookings:
        booking.state = "cancelled"
    assert await _check(calendar, WED_10_LOCAL) is None


async def test_a_day_off_closes_the_day_and_extra_hours_open_one() -> None:
    calendar = _calendar()
    calendar.days[1] = [DatedException(date(2026, 11, 25), "off", None),
                        DatedException(date(2026, 11, 28), "extra", Window(10 * 60, 11 * 60))]
    assert await _check(calendar, WED_10_LOCAL) == "slot_unavailable"
    assert await _check(calendar, datetime(2026, 11, 28, 9, 0, tzinfo=UTC)) is None  # Saturday 10:00 local


async def test_an_inactive_or_unknown_advisor_and_a_mode_not_offered_are_refused() -> None:
    assert await _check(_calendar(active=False), WED_10_LOCAL) == "no_advisor"
    calendar = _calendar()
    del calendar.advisors[1]
    assert await _check(calendar, WED_10_LOCAL) == "no_advisor"
    assert await _check(_calendar(), WED_10_LOCAL, mode="in_person") == "invalid_mode"
    assert await _check(_calendar(), WED_10_LOCAL, mode="carrier-pigeon") == "invalid_mode"


async def test_a_request_needs_a_known_topic_an_advisor_and_room_under_the_limit() -> None:
    calendar = _calendar()
    now = ManualClock().now()
    for n in range(3):
        start = WED_10_LOCAL + timedelta(days=n)
        calendar.bookings.append(FakeBooking(n, 1, 50, start, start + timedelta(minutes=45)))
    calendar.bookings.append(FakeBooking(9, 1, 50, now - timedelta(days=2), now - timedelta(days=2, minutes=-45)))
    upcoming = await calendar.upcoming_count(50, now)
    assert upcoming == 3  # the one that ended does not count
    rules.check_request(topic="taxes", candidates=[1], upcoming=2, max_upcoming=3)
    for kwargs, reason in (({"topic": "astrology", "candidates": [1], "upcoming": 0}, "invalid_topic"),
                           ({"topic": "taxes", "candidates": [], "upcoming": 0}, "no_advisor"),
                           ({"topic": "taxes", "candidates": [1], "upcoming": upcoming}, "too_many")):
        with pytest.raises(BookingError) as refused:
            rules.check_request(max_upcoming=3, **kwargs)  # type: ignore[arg-type]
        assert refused.value.reason == reason


def _booking(*, state: str = "requested", hours_ahead: float = 48) -> BookingView:
    starts = ManualClock().now() + timedelta(hours=hours_ahead)
    return BookingView(id=5, state=state, starts_at=starts, ends_at=starts + timedelta(minutes=45), topic="taxes",
                       mode="online", place="", description=None, advisor_id=1, advisor_name="Tomas",
                       advisor_telegram_id=2001, advisor_timezone="Europe/Warsaw", person_id=50,
                       person_telegram_id=101, person_name="Ewa", person_timezone="Europe/Warsaw",
                       person_language="en")


def test_only_the_bookings_advisor_decides_and_only_about_a_request() -> None:
    booking = _booking()
    assert rules.check_advisor_of(booking, 2001) is booking
    for stranger in (2002, 101):  # another advisor, the person who booked
        with pytest.raises(BookingError) as refused:
            rules.check_advisor_of(booking, stranger)
        assert refused.value.reason == "not_found"
    with pytest.raises(BookingError, match="not_found"):
        rules.check_advisor_of(None, 2001)
    rules.check_decidable(booking)
    for state in ("confirmed", "declined", "expired", "cancelled"):
        with pytest.raises(BookingError) as refused:
            rules.check_decidable(_booking(state=state))
        assert refused.value.reason == "invalid_state"


@pytest.mark.parametrize(("hours", "state", "reason"), [
    (13, "confirmed", None), (13, "requested", None), (12, "confirmed", None), (11.9, "confirmed", "too_late"),
    (0, "confirmed", "invalid_state"), (-1, "requested", "invalid_state"), (48, "held", "invalid_state"),
])
def test_only_the_owner_changes_a_booking_and_only_outside_the_change_window(hours: float, state: str,
                                                                          reason: str | None) -> None:
    booking = _booking(state=state, hours_ahead=hours)
    with pytest.raises(BookingError, match="not_found"):
        rules.check_owner(booking, 51)
    assert rules.check_owner(booking, 50) is booking
    now = ManualClock().now()
    if reason is None:
        rules.check_changeable(booking, now, timedelta(hours=12))
        return
    with pytest.raises(BookingError) as refused:
        rules.check_changeable(booking, now, timedelta(hours=12))
    assert refused.value.reason == reason
