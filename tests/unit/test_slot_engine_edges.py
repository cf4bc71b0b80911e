"""Edges of the slot engine (:mod:`helpdesk_bot.scheduling.slots`) that mutation testing found unchecked.

Each test pins one boundary a booking guarantee rests on: which times parse, where a day off cuts the
opening hours, the exact edges of notice, horizon and buffer, and that the machine's own time zone
never changes which slots exist or how they are grouped (benchmarks/MUTATION.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from helpdesk_bot.scheduling.slots import (
    Busy,
    DatedException,
    SlotRules,
    WeeklyWindow,
    Window,
    compute_slots,
    group_by_day,
    local_to_utc,
    parse_hhmm,
    parse_window,
    slot_grid,
    windows_on,
)

MONDAY = date(2026, 11, 23)


@pytest.fixture
def process_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets the process's local time zone (``TZ``) for one test, so code that wrongly used the machine's zone
    (``astimezone()`` without an argument) gives a different answer than the zone it was given."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


# ---------------------------------------------------------------- parsing
@pytest.mark.parametrize(("text", "minutes"), [("9:30", 570), ("09:30", 570), (" 07:05 ", 425), ("24:00", 1440),
                                               ("0:00", 0)])
def test_times_that_parse(text: str, minutes: int) -> None:
    assert parse_hhmm(text) == minutes


@pytest.mark.parametrize("text", ["009:30", "9:5", "9:60", "9:99", "24:15", "24:30", "+9:30", "٩:30", "9", "9:30:00",
                                  "a:30", "9:3a", ""])
def test_times_that_do_not_parse(text: str) -> None:
    with pytest.raises(ValueError, match="not a time"):
        parse_hhmm(text)


def test_windows_parse_with_a_hyphen_or_an_en_dash_and_may_end_at_midnight() -> None:
    assert parse_window("09:00-12:30") == Window(540, 750)
    assert parse_window("09:00–12:30") == Window(540, 750)  # an en dash, as people type it in YAML
    assert parse_window("22:00-24:00") == Window(1320, 1440)
    with pytest.raises(ValueError, match="not a time range"):
        parse_window("09:00 12:00")


def test_a_window_is_non_empty_and_within_one_day() -> None:
    assert Window(0, 1440).label() == "00:00-24:00"
    for start, end in ((600, 600), (600, 540), (-1, 60), (0, 1441)):
        with pytest.raises(ValueError, match="invalid window"):
            Window(start, end)


# ---------------------------------------------------------------- days off and extra hours
def _hours(*spans: str) -> list[WeeklyWindow]:
    return [WeeklyWindow(MONDAY.weekday(), parse_window(s)) for s in spans]


@pytest.mark.parametrize(("off", "left"), [
    ("09:00-10:00", ["10:00-12:00", "14:00-17:00"]),  # cut at a window's start
    ("11:00-12:00", ["09:00-11:00", "14:00-17:00"]),  # cut at a window's end
    ("15:00-16:00", ["09:00-12:00", "14:00-15:00", "16:00-17:00"]),  # inside the second window only
    ("09:00-12:00", ["14:00-17:00"]),  # exactly the first window
    ("12:00-14:00", ["09:00-12:00", "14:00-17:00"]),  # the lunch break: touches both, removes nothing
    ("11:00-15:00", ["09:00-11:00", "15:00-17:00"]),  # across the break
])
def test_a_partial_day_off_cuts_exactly_its_hours(off: str, left: list[str]) -> None:
    windows = windows_on(MONDAY, _hours("09:00-12:00", "14:00-17:00"), [DatedException(MONDAY, "off", parse_window(off))])
    assert [w.label() for w in windows] == left


def test_extra_hours_and_a_day_off_on_other_days_do_not_apply() -> None:
    exceptions = [DatedException(MONDAY, "extra", parse_window("18:00-19:00")),
                  DatedException(MONDAY + timedelta(days=7), "off")]
    assert [w.label() for w in windows_on(MONDAY, _hours("09:00-12:00"), exceptions)] == ["09:00-12:00",
                                                                                           "18:00-19:00"]
    assert windows_on(MONDAY + timedelta(days=7), _hours("09:00-12:00"), exceptions) == []


# ---------------------------------------------------------------- the grid
def test_the_grid_refuses_empty_slots_and_steps_but_takes_one_minute() -> None:
    kwargs = {"timezone": "UTC", "weekly": _hours("09:00-09:03"), "first_day": MONDAY, "last_day": MONDAY}
    for slot, step in ((0, 30), (-5, None), (30, 0), (30, -1)):
        with pytest.raises(ValueError, match=r"^slot and step must be positive$"):
            slot_grid(slot_minutes=slot, step_minutes=step, **kwargs)  # type: ignore[arg-type]
    grid = slot_grid(slot_minutes=1, step_minutes=1, **kwargs)  # type: ignore[arg-type]
    assert [(g.minute, g.end - g.start) for g in grid] == [(540, timedelta(minutes=1)), (541, timedelta(minutes=1)),
                                                          (542, timedelta(minutes=1))]
    assert {g.window for g in grid} == {Window(540, 543)}  # each slot knows the opening window it lies in


# ---------------------------------------------------------------- notice, horizon and buffer edges
RULES = SlotRules(slot_minutes=45, buffer_minutes=15, min_notice=timedelta(hours=2), horizon=timedelta(days=1))


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, tzinfo=UTC)


def test_a_slot_exactly_at_the_minimum_notice_is_offered_and_one_at_the_horizon_is_not() -> None:
    now = _at(7)  # 09:00 is exactly two hours away; the horizon is 07:00 tomorrow
    weekly = [WeeklyWindow(d, parse_window("06:00-10:00")) for d in range(7)]
    slots = compute_slots(timezone="UTC", weekly=weekly, rules=RULES, now=now)
    assert slots[0] == _at(9)
    assert slots[-1] == _at(6) + timedelta(days=1)  # 06:00 tomorrow; 07:00 tomorrow would be the horizon itself
    assert _at(7) + timedelta(days=1) not in slots


def test_a_booking_exactly_one_buffer_away_leaves_the_slot_free() -> None:
    now = _at(0)
    rules = SlotRules(slot_minutes=45, buffer_minutes=15, min_notice=timedelta(0), horizon=timedelta(days=1))
    weekly = _hours("09:00-09:45")
    assert compute_slots(timezone="UTC", weekly=weekly, rules=rules, now=now) == [_at(9)]
    # 09:00-09:45 keeps 15 min to a booking from 10:00 and to one that ended at 08:45: still free
    touching = [Busy(_at(10), _at(10, 45)), Busy(_at(8), _at(8, 45))]
    assert compute_slots(timezone="UTC", weekly=weekly, rules=rules, now=now, busy=touching) == [_at(9)]
    # one minute closer on either side and the slot is gone
    for busy in (Busy(_at(9, 59), _at(10, 44)), Busy(_at(8, 1), _at(8, 46))):
        assert compute_slots(timezone="UTC", weekly=weekly, rules=rules, now=now, busy=[busy]) == []


def test_now_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^now must be timezone-aware$"):
        compute_slots(timezone="UTC", weekly=[], now=datetime(2026, 1, 1))


# ---------------------------------------------------------------- the machine's zone never matters
def test_midnight_at_the_end_of_a_window_is_the_next_days_midnight() -> None:
    warsaw = ZoneInfo("Europe/Warsaw")
    assert local_to_utc(date(2026, 11, 23), 24 * 60, warsaw) == datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
    assert local_to_utc(date(2026, 12, 31), 24 * 60, warsaw) == datetime(2026, 12, 31, 23, 0, tzinfo=UTC)


def test_slots_are_utc_and_grouped_by_the_persons_day_whatever_the_machines_zone(process_zone: Callable[[str], None]) -> None:
    process_zone("Asia/Kolkata")
    moment = local_to_utc(date(2026, 11, 23), 9 * 60, ZoneInfo("Europe/Warsaw"))
    assert moment == _at(8) and moment is not None and moment.utcoffset() == timedelta(0)
    late = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 22:00 on the 23rd in New York, 08:30 on the 24th in Kolkata
    assert group_by_day([late, _at(15)], "America/New_York") == {date(2026, 11, 23): [_at(15), late]}


def test_the_first_local_day_is_taken_in_the_advisors_zone_not_the_machines(process_zone: Callable[[str], None]) -> None:
    # at 10:30 UTC it is still 23:30 on 31 Dec in Pago Pago (UTC-11) but already 2 Jan on Kiritimati (UTC+14)
    process_zone("Pacific/Kiritimati")
    rules = SlotRules(slot_minutes=15, buffer_minutes=0, min_notice=timedelta(0), horizon=timedelta(hours=1))
    weekly = [WeeklyWindow(d, parse_window("23:30-24:00")) for d in range(7)]
    now = datetime(2026, 1, 1, 10, 30, tzinfo=UTC)
    slots = compute_slots(timezone="Pacific/Pago_Pago", weekly=weekly, rules=rules, now=now)
    assert slots == [now, now + timedelta(minutes=15)]


def test_the_last_local_day_is_taken_in_the_advisors_zone_not_the_machines(process_zone: Callable[[str], None]) -> None:
    # the horizon ends at 00:30 on 3 Jan on Kiritimati, while it is still 1 Jan in Pago Pago (the machine)
    process_zone("Pacific/Pago_Pago")
    rules = SlotRules(slot_minutes=15, buffer_minutes=0, min_notice=timedelta(0), horizon=timedelta(days=1))
    weekly = [WeeklyWindow(d, parse_window("00:00-01:00")) for d in range(7)]
    now = datetime(2026, 1, 1, 10, 30, tzinfo=UTC)  # 00:30 on 2 Jan on Kiritimati
    slots = compute_slots(timezone="Pacific/Kiritimati", weekly=weekly, rules=rules, now=now)
    assert slots == [now, now + timedelta(minutes=15), now + timedelta(hours=23, minutes=30),
                     now + timedelta(hours=23, minutes=45)]
