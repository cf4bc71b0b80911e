"""Slot computation: a pure function of availability, rules, busy times and now (zones and DST)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpdesk_bot.consultations.slots import (
    Busy,
    DatedException,
    SlotRules,
    WeeklyWindow,
    Window,
    compute_slots,
    group_by_day,
    local_to_utc,
    parse_window,
)

WARSAW = "Europe/Warsaw"
NO_NOTICE = SlotRules(slot_minutes=45, buffer_minutes=15, min_notice=timedelta(0), horizon=timedelta(days=30))


def _weekdays(window: str) -> list[WeeklyWindow]:
    return [WeeklyWindow(d, parse_window(window)) for d in range(7)]


def _local(slots: list[datetime], zone: str) -> list[str]:
    return [s.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M") for s in slots]


def test_slots_follow_each_other_with_the_buffer_and_end_inside_the_window() -> None:
    now = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # Monday
    slots = compute_slots(timezone=WARSAW, weekly=[WeeklyWindow(0, parse_window("09:00-12:00"))], rules=NO_NOTICE,
                          now=now)
    first_day = [s for s in _local(slots, WARSAW) if s.startswith("2026-11-23")]
    # 09:00, 10:00, 11:00 (11:00 + 45 min ends 11:45 <= 12:00); 12:00 would end after the window
    assert first_day == ["2026-11-23 09:00", "2026-11-23 10:00", "2026-11-23 11:00"]
    assert all(s.tzinfo is not None and s.utcoffset() == timedelta(0) for s in slots)


def test_minimum_notice_and_horizon() -> None:
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # 10:30 in Warsaw
    rules = SlotRules(slot_minutes=45, buffer_minutes=15, min_notice=timedelta(hours=24), horizon=timedelta(days=7))
    slots = compute_slots(timezone=WARSAW, weekly=_weekdays("09:00-17:00"), rules=rules, now=now)
    assert min(slots) >= now + timedelta(hours=24)
    assert _local(slots, WARSAW)[0] == "2026-11-24 11:00"  # 10:00 tomorrow is 23.5 h away
    assert max(slots) < now + timedelta(days=7)


def test_busy_times_block_their_slot_and_the_buffer_around_them() -> None:
    now = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
    rules = SlotRules(slot_minutes=45, buffer_minutes=30, min_notice=timedelta(0), horizon=timedelta(days=1))
    weekly = [WeeklyWindow(0, Window(9 * 60, 13 * 60))]
    free = compute_slots(timezone="UTC", weekly=weekly, rules=rules, now=now)
    assert _local(free, "UTC") == ["2026-11-23 09:00", "2026-11-23 10:15", "2026-11-23 11:30"]
    # a booking made on another grid (10:00-10:45) blocks 09:00 (needs 30 min after) and 10:15
    busy = [Busy(datetime(2026, 11, 23, 10, 0, tzinfo=UTC), datetime(2026, 11, 23, 10, 45, tzinfo=UTC))]
    free = compute_slots(timezone="UTC", weekly=weekly, rules=rules, now=now, busy=busy)
    assert _local(free, "UTC") == ["2026-11-23 11:30"]


def test_days_off_partial_off_and_extra_hours() -> None:
    now = datetime(2026, 12, 20, 0, 0, tzinfo=UTC)
    weekly = _weekdays("09:00-12:00")
    exceptions = [
        DatedException(date(2026, 12, 24), "off"),
        DatedException(date(2026, 12, 23), "off", parse_window("10:00-11:00")),
        DatedException(date(2026, 12, 27), "extra", parse_window("14:00-15:00")),
    ]
    slots = _local(compute_slots(timezone=WARSAW, weekly=weekly, exceptions=exceptions, rules=NO_NOTICE, now=now),
                   WARSAW)
    assert not [s for s in slots if s.startswith("2026-12-24")]
    assert [s for s in slots if s.startswith("2026-12-23")] == ["2026-12-23 09:00", "2026-12-23 11:00"]
    assert "2026-12-27 14:00" in slots and "2026-12-27 09:00" in slots


def test_local_hours_stay_local_across_the_spring_dst_change() -> None:
    # Europe/Warsaw switches to summer time on Sunday 2026-03-29: 10:00 local is 09:00 UTC before, 08:00 UTC after
    now = datetime(2026, 3, 26, 0, 0, tzinfo=UTC)
    slots = compute_slots(timezone=WARSAW, weekly=_weekdays("10:00-10:45"), rules=NO_NOTICE, now=now)
    by_day = {s.astimezone(ZoneInfo(WARSAW)).date(): s for s in slots}
    assert by_day[date(2026, 3, 28)] == datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    assert by_day[date(2026, 3, 30)] == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
    assert all(s.astimezone(ZoneInfo(WARSAW)).strftime("%H:%M") == "10:00" for s in slots)


def test_the_skipped_hour_is_never_offered_and_the_repeated_hour_only_once() -> None:
    # spring: 02:00-03:00 does not exist on 2026-03-29 in Warsaw
    now = datetime(2026, 3, 28, 0, 0, tzinfo=UTC)
    rules = SlotRules(slot_minutes=30, buffer_minutes=0, min_notice=timedelta(0), horizon=timedelta(days=1, hours=12))
    weekly = [WeeklyWindow(6, parse_window("01:00-04:00"))]
    slots = compute_slots(timezone=WARSAW, weekly=weekly, rules=rules, now=now)
    assert _local(slots, WARSAW) == ["2026-03-29 01:00", "2026-03-29 01:30", "2026-03-29 03:00", "2026-03-29 03:30"]
    assert local_to_utc(date(2026, 3, 29), 150, ZoneInfo(WARSAW)) is None
    # autumn: 02:00-03:00 happens twice on 2026-10-25; each wall-clock slot once, real times distinct
    now = datetime(2026, 10, 24, 0, 0, tzinfo=UTC)
    slots = compute_slots(timezone=WARSAW, weekly=weekly, rules=rules, now=now)
    assert len(slots) == len(set(slots)) == 6
    assert datetime(2026, 10, 25, 0, 0, tzinfo=UTC) in slots  # 02:00 CEST, the first occurrence


def test_slots_are_grouped_by_the_entrepreneurs_day_in_another_zone() -> None:
    # the advisor works 09:00-10:00 in Vilnius (UTC+2); for a person in New York that is the night before
    now = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
    slots = compute_slots(timezone="Europe/Vilnius", weekly=[WeeklyWindow(1, parse_window("09:00-10:00"))],
                          rules=NO_NOTICE, now=now)
    first = slots[0]
    assert first == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    grouped = group_by_day(slots, "America/New_York")
    assert first in grouped[date(2026, 11, 24)]
    assert first.astimezone(ZoneInfo("America/New_York")).hour == 2
    grouped = group_by_day(slots, "Pacific/Auckland")  # UTC+13: already the afternoon of the same day
    assert first in grouped[date(2026, 11, 24)]


def test_different_dst_dates_of_advisor_and_person() -> None:
    # the US changes on 2026-03-08, Europe on 2026-03-29: in between, Berlin 15:00 is 10:00 in New York, not 09:00
    now = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
    slots = compute_slots(timezone="Europe/Berlin", weekly=_weekdays("15:00-15:45"), rules=NO_NOTICE, now=now)
    ny = {s.astimezone(ZoneInfo("Europe/Berlin")).date(): s.astimezone(ZoneInfo("America/New_York")).hour
          for s in slots}
    assert ny[date(2026, 3, 5)] == 9 and ny[date(2026, 3, 16)] == 10 and ny[date(2026, 3, 30)] == 9


def test_invalid_input_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_window("12:00-09:00")
    with pytest.raises(ValueError):
        parse_window("25:00-26:00")
    with pytest.raises(ValueError):
        compute_slots(timezone=WARSAW, weekly=[], now=datetime(2026, 1, 1))


@settings(max_examples=60, deadline=None)
@given(
    start_hour=st.integers(0, 20), length=st.integers(1, 4), slot=st.integers(15, 90), buffer=st.integers(0, 30),
    zone=st.sampled_from(["Europe/Warsaw", "Europe/Vilnius", "America/New_York", "UTC", "Australia/Sydney"]),
    days=st.integers(0, 365), booked=st.lists(st.integers(0, 14 * 24 * 4), max_size=5),
)
def test_properties(start_hour: int, length: int, slot: int, buffer: int, zone: str, days: int,
                    booked: list[int]) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=days)
    rules = SlotRules(slot_minutes=slot, buffer_minutes=buffer, min_notice=timedelta(hours=24),
                      horizon=timedelta(days=14))
    window = Window(start_hour * 60, min(24 * 60, (start_hour + length) * 60))
    busy = [Busy(now + timedelta(minutes=15 * b), now + timedelta(minutes=15 * b + 45)) for b in booked]
    slots = compute_slots(timezone=zone, weekly=_weekdays(window.label()), rules=rules, busy=busy, now=now)
    assert slots == sorted(set(slots))
    for s in slots:
        assert now + rules.min_notice <= s < now + rules.horizon
        local = s.astimezone(ZoneInfo(zone))
        minute = local.hour * 60 + local.minute
        assert window.start_minute <= minute and minute + slot <= window.end_minute
        assert all(not (b.start < s + timedelta(minutes=slot + buffer) and s - timedelta(minutes=buffer) < b.end)
                   for b in busy)
