"""The shared slot engine with units and lengths (makerspace machines): consecutive slots, free units, DST."""

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpdesk_bot.scheduling.slots import DatedException, WeeklyWindow, parse_window, slot_grid
from helpdesk_bot.scheduling.spans import (
    SpanError,
    SpanRules,
    bookable_starts,
    free_unit_minutes,
    free_units,
    lengths_at,
    local_start,
    open_unit_minutes,
    span_at,
)

WARSAW = "Europe/Warsaw"
RULES = SpanRules(slot_minutes=60, min_slots=1, max_slots=3)


def _grid(window: str, first: date, last: date, *, weekdays: range = range(7), slot: int = 60,
          exceptions: tuple[DatedException, ...] = ()) -> list:
    weekly = [WeeklyWindow(d, parse_window(window)) for d in weekdays]
    return slot_grid(timezone=WARSAW, weekly=weekly, exceptions=exceptions, slot_minutes=slot, first_day=first,
                     last_day=last)


def _at(day: date, hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return local_start(day, int(h) * 60 + int(m), WARSAW)


DAY = date(2026, 12, 8)  # a Tuesday


def test_grid_slots_follow_each_other_and_end_inside_the_window() -> None:
    grid = _grid("09:00-12:30", DAY, DAY)
    local = [g.start.astimezone(ZoneInfo(WARSAW)).strftime("%H:%M") for g in grid]
    assert local == ["09:00", "10:00", "11:00"]  # 12:00 + 60 min would end after 12:30
    assert all(g.end - g.start == timedelta(minutes=60) for g in grid)


def test_a_span_is_consecutive_slots_up_to_the_maximum() -> None:
    grid = _grid("09:00-13:00", DAY, DAY)
    span = span_at(grid, _at(DAY, "09:00"), 3, RULES, timezone=WARSAW)
    assert [g.minute for g in span] == [540, 600, 660]
    with pytest.raises(SpanError) as too_long:
        span_at(grid, _at(DAY, "09:00"), 4, RULES, timezone=WARSAW)
    assert too_long.value.reason == "too_long"
    with pytest.raises(SpanError) as past_closing:
        span_at(grid, _at(DAY, "11:00"), 3, RULES, timezone=WARSAW)  # 11-14, the workshop closes at 13
    assert past_closing.value.reason == "outside_hours"
    with pytest.raises(SpanError) as off_grid:
        span_at(grid, _at(DAY, "08:00"), 1, RULES, timezone=WARSAW)
    assert off_grid.value.reason == "outside_hours"
    with pytest.raises(SpanError) as short:
        span_at(grid, _at(DAY, "09:00"), 1, SpanRules(60, min_slots=2, max_slots=4), timezone=WARSAW)
    assert short.value.reason == "too_short"


def test_a_span_does_not_jump_over_a_lunch_break() -> None:
    weekly = [WeeklyWindow(DAY.weekday(), parse_window("09:00-11:00")),
              WeeklyWindow(DAY.weekday(), parse_window("12:00-14:00"))]
    grid = slot_grid(timezone=WARSAW, weekly=weekly, slot_minutes=60, first_day=DAY, last_day=DAY)
    assert len(span_at(grid, _at(DAY, "12:00"), 2, RULES, timezone=WARSAW)) == 2
    with pytest.raises(SpanError) as gap:
        span_at(grid, _at(DAY, "10:00"), 2, RULES, timezone=WARSAW)
    assert gap.value.reason == "outside_hours"


def test_units_are_free_only_when_free_in_every_slot_of_the_span() -> None:
    grid = _grid("09:00-13:00", DAY, DAY)
    nine, ten, eleven = (_at(DAY, t) for t in ("09:00", "10:00", "11:00"))
    taken = {ten: {1}, eleven: {2}}
    assert free_units([nine], 2, taken) == [1, 2]
    assert free_units([nine, ten], 2, taken) == [2]
    assert free_units([nine, ten, eleven], 2, taken) == []  # no single unit is free for all three hours
    # lengths stop at the first length no unit can take
    assert lengths_at(grid, nine, RULES, units=2, taken=taken, timezone=WARSAW) == [1, 2]
    assert lengths_at(grid, nine, RULES, units=3, taken=taken, timezone=WARSAW) == [1, 2, 3]
    both = {ten: {1, 2}}
    assert lengths_at(grid, ten, RULES, units=2, taken=both, timezone=WARSAW) == []
    starts = bookable_starts(grid, RULES, units=2, taken=both, timezone=WARSAW, now=nine - timedelta(hours=1))
    assert [g.start for g in starts] == [nine, eleven, _at(DAY, "12:00")]


def test_notice_and_horizon() -> None:
    grid = _grid("09:00-13:00", DAY, DAY + timedelta(days=3))
    rules = SpanRules(60, max_slots=2, min_notice=timedelta(hours=1), horizon=timedelta(days=2))
    now = _at(DAY, "09:30")
    with pytest.raises(SpanError) as soon:
        span_at(grid, _at(DAY, "10:00"), 1, rules, timezone=WARSAW, now=now)
    assert soon.value.reason == "too_soon"
    assert span_at(grid, _at(DAY, "11:00"), 1, rules, timezone=WARSAW, now=now)
    with pytest.raises(SpanError) as far:
        span_at(grid, _at(DAY + timedelta(days=3), "09:00"), 1, rules, timezone=WARSAW, now=now)
    assert far.value.reason == "too_far"


def test_free_and_open_minutes_per_day() -> None:
    grid = _grid("09:00-12:00", DAY, DAY + timedelta(days=1))
    taken = {_at(DAY, "09:00"): {1, 2}, _at(DAY, "10:00"): {1}}
    assert open_unit_minutes(grid, 2) == {DAY: 360, DAY + timedelta(days=1): 360}
    free = free_unit_minutes(grid, units=2, taken=taken, after=_at(DAY, "08:00"))
    assert free == {DAY: 360 - 120 - 60, DAY + timedelta(days=1): 360}
    assert free_unit_minutes(grid, units=2, taken=taken, after=_at(DAY, "11:00"))[DAY] == 120


def test_closed_days_have_no_slots() -> None:
    grid = _grid("09:00-12:00", DAY, DAY + timedelta(days=1), exceptions=(DatedException(DAY, "off"),))
    assert {g.day for g in grid} == {DAY + timedelta(days=1)}


def test_spring_dst_change_a_span_across_the_skipped_hour_is_refused() -> None:
    # Europe/Warsaw: on Sunday 2026-03-29 the clocks jump from 02:00 to 03:00
    sunday = date(2026, 3, 29)
    grid = _grid("00:00-06:00", sunday, sunday)
    local = [g.start.astimezone(ZoneInfo(WARSAW)).strftime("%H:%M") for g in grid]
    assert local == ["00:00", "01:00", "03:00", "04:00", "05:00"]
    with pytest.raises(SpanError) as skipped:
        local_start(sunday, 2 * 60 + 30, WARSAW)
    assert skipped.value.reason == "dst"
    with pytest.raises(SpanError) as across:
        span_at(grid, _at(sunday, "01:00"), 2, RULES, timezone=WARSAW)
    assert across.value.reason == "dst"
    assert len(span_at(grid, _at(sunday, "03:00"), 3, RULES, timezone=WARSAW)) == 3


def test_autumn_dst_change_a_span_across_the_repeated_hour_is_refused() -> None:
    # on Sunday 2026-10-25 the clocks go back from 03:00 to 02:00: 02:00-03:00 happens twice
    sunday = date(2026, 10, 25)
    grid = _grid("00:00-06:00", sunday, sunday)
    assert len(grid) == 6 and len({g.start for g in grid}) == 6
    with pytest.raises(SpanError) as across:
        span_at(grid, _at(sunday, "02:00"), 2, RULES, timezone=WARSAW)
    assert across.value.reason == "dst"
    assert len(span_at(grid, _at(sunday, "03:00"), 3, RULES, timezone=WARSAW)) == 3


def test_local_hours_stay_local_across_the_change() -> None:
    before, after = date(2026, 3, 28), date(2026, 3, 30)
    grid = _grid("10:00-11:00", before, after)
    assert [g.start for g in grid] == [datetime(2026, 3, 28, 9, tzinfo=UTC), datetime(2026, 3, 29, 8, tzinfo=UTC),
                                       datetime(2026, 3, 30, 8, tzinfo=UTC)]


@settings(max_examples=60, deadline=None)
@given(units=st.integers(1, 4), slot=st.sampled_from([30, 45, 60]), max_slots=st.integers(1, 4),
       taken_cells=st.lists(st.tuples(st.integers(0, 11), st.integers(1, 4)), max_size=20),
       days=st.integers(0, 365))
def test_properties(units: int, slot: int, max_slots: int, taken_cells: list[tuple[int, int]], days: int) -> None:
    day = date(2026, 1, 1) + timedelta(days=days)
    grid = _grid("08:00-20:00", day, day, slot=slot)
    rules = SpanRules(slot, 1, max_slots)
    taken: dict[datetime, set[int]] = {}
    for index, unit in taken_cells:
        if index < len(grid):
            taken.setdefault(grid[index].start, set()).add(unit)
    for g in grid:
        for n in lengths_at(grid, g.start, rules, units=units, taken=taken, timezone=WARSAW):
            span = span_at(grid, g.start, n, rules, timezone=WARSAW)
            assert len(span) == n <= max_slots
            assert all(a.end == b.start for a, b in itertools.pairwise(span))
            assert span[-1].minute + slot <= 20 * 60
            free = free_units([s.start for s in span], units, taken)
            assert free and all(u not in taken.get(s.start, ()) for u in free for s in span)
