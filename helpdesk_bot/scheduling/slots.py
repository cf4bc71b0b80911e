"""The slot engine: a pure function of opening windows, rules, busy times and "now".

One engine serves every bookable resource (advisors' consultations, makerspace machines: see
:mod:`helpdesk_bot.scheduling.spans` for units and multi-slot lengths).
Availability is in the resource's local wall-clock time (weekly windows plus dated exceptions);
slots are returned as aware UTC datetimes. Local times that do not exist (the hour skipped when
daylight-saving time starts) are never offered; a local time that occurs twice (when it ends) is
taken at its first occurrence. A slot occupies ``[start, start + slot)`` in real time, and two
consultations keep ``buffer`` minutes between them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Window:
    """A span of local wall-clock time within one day, in minutes after midnight (end exclusive)."""

    start_minute: int
    end_minute: int

    def __post_init__(self) -> None:
        if not 0 <= self.start_minute < self.end_minute <= 24 * 60:
            raise ValueError(f"invalid window {self.start_minute}-{self.end_minute}")

    def label(self) -> str:
        """E.g. ``09:00-12:30``."""
        return f"{minutes_label(self.start_minute)}-{minutes_label(self.end_minute)}"


@dataclass(frozen=True)
class WeeklyWindow:
    """A recurring window on one weekday (0 = Monday)."""

    weekday: int
    window: Window


@dataclass(frozen=True)
class DatedException:
    """On ``day``: ``off`` (the whole day when ``window`` is None, else that part) or ``extra`` hours."""

    day: date
    kind: str  # "off" | "extra"
    window: Window | None = None


@dataclass(frozen=True)
class SlotRules:
    """Slot length, buffer, minimum notice and horizon of one advisor."""

    slot_minutes: int = 45
    buffer_minutes: int = 15
    min_notice: timedelta = timedelta(hours=24)
    horizon: timedelta = timedelta(days=30)


@dataclass(frozen=True)
class Busy:
    """A time the advisor is taken (an active booking), in UTC."""

    start: datetime
    end: datetime


def minutes_label(minutes: int) -> str:
    """``570`` -> ``09:30`` (``1440`` -> ``24:00``)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hhmm(text: str) -> int:
    """``9:30`` or ``09:30`` -> minutes after midnight (``24:00`` allowed)."""
    hours, sep, minutes = text.strip().partition(":")
    if (not sep or not (hours + minutes).isascii() or not hours.isdigit() or not minutes.isdigit()
            or len(minutes) != 2 or len(hours) > 2):
        raise ValueError(f"not a time: {text!r}")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) >= 60 or value > 24 * 60:
        raise ValueError(f"not a time: {text!r}")
    return value


def parse_window(text: str) -> Window:
    """``09:00-12:00`` -> Window."""
    start, sep, end = text.replace("–", "-").partition("-")
    if not sep:
        raise ValueError(f"not a time range: {text!r}")
    return Window(parse_hhmm(start), parse_hhmm(end))


def _subtract(windows: list[Window], cut: Window) -> list[Window]:
    result = []
    for w in windows:
        if cut.end_minute <= w.start_minute or cut.start_minute >= w.end_minute:
            result.append(w)
            continue
        if w.start_minute < cut.start_minute:
            result.append(Window(w.start_minute, cut.start_minute))
        if cut.end_minute < w.end_minute:
            result.append(Window(cut.end_minute, w.end_minute))
    return result


def windows_on(day: date, weekly: Sequence[WeeklyWindow], exceptions: Sequence[DatedException]) -> list[Window]:
    """The local windows of ``day`` after applying its exceptions (sorted, possibly overlapping)."""
    windows = [w.window for w in weekly if w.weekday == day.weekday()]
    todays = [e for e in exceptions if e.day == day]
    for e in todays:
        if e.kind == "extra" and e.window is not None:
            windows.append(e.window)
    for e in todays:
        if e.kind == "off":
            windows = [] if e.window is None else _subtract(windows, e.window)
    return sorted(windows, key=lambda w: (w.start_minute, w.end_minute))


def local_to_utc(day: date, minute: int, zone: ZoneInfo) -> datetime | None:
    """The UTC instant of local wall-clock ``day`` + ``minute`` in ``zone``; None if that time does not exist."""
    if minute >= 24 * 60:
        day, minute = day + timedelta(days=1), minute - 24 * 60
    naive = datetime.combine(day, time(minute // 60, minute % 60))
    aware = naive.replace(tzinfo=zone, fold=0)
    moment = aware.astimezone(UTC)
    if moment.astimezone(zone).replace(tzinfo=None) != naive:  # skipped by a DST change
        return None
    return moment


@dataclass(frozen=True)
class GridSlot:
    """One slot of the grid: its real start and end (UTC) and its local day and minute."""

    start: datetime
    end: datetime
    day: date
    minute: int
    window: Window


def slot_grid(
    *,
    timezone: str,
    weekly: Sequence[WeeklyWindow],
    exceptions: Sequence[DatedException] = (),
    slot_minutes: int,
    step_minutes: int | None = None,
    first_day: date,
    last_day: date,
) -> list[GridSlot]:
    """Every slot of the local days ``first_day`` .. ``last_day`` (UTC start order, no duplicates).

    Slots start at each window's start and follow each other every ``step_minutes`` (default: the
    slot length) of local time; a slot ends within its window. A local start time skipped by a DST
    change is left out; a repeated one is taken at its first occurrence. A slot lasts
    ``slot_minutes`` of real time.
    """
    if slot_minutes <= 0 or (step_minutes is not None and step_minutes <= 0):
        raise ValueError("slot and step must be positive")
    zone = ZoneInfo(timezone)
    step = step_minutes or slot_minutes
    length = timedelta(minutes=slot_minutes)
    found: dict[datetime, GridSlot] = {}
    day = first_day
    while day <= last_day:
        for window in windows_on(day, weekly, exceptions):
            minute = window.start_minute
            while minute + slot_minutes <= window.end_minute:
                start = local_to_utc(day, minute, zone)
                if start is not None and start not in found:
                    found[start] = GridSlot(start, start + length, day, minute, window)
                minute += step
        day += timedelta(days=1)
    return [found[k] for k in sorted(found)]


def compute_slots(
    *,
    timezone: str,
    weekly: Sequence[WeeklyWindow],
    exceptions: Sequence[DatedException] = (),
    rules: SlotRules = SlotRules(),
    busy: Iterable[Busy] = (),
    now: datetime,
) -> list[datetime]:
    """Free slot starts (UTC, ascending) between ``now + min_notice`` and ``now + horizon``.

    Slots start at each window's start and follow each other every ``slot + buffer`` minutes of
    local time; a slot must end within its window. A slot is dropped when it, widened by the buffer
    on both sides, overlaps a busy time.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    zone = ZoneInfo(timezone)
    buffer = timedelta(minutes=rules.buffer_minutes)
    earliest = now + rules.min_notice
    latest = now + rules.horizon
    taken = sorted(busy, key=lambda b: b.start)
    grid = slot_grid(timezone=timezone, weekly=weekly, exceptions=exceptions, slot_minutes=rules.slot_minutes,
                     step_minutes=rules.slot_minutes + rules.buffer_minutes,
                     first_day=now.astimezone(zone).date() - timedelta(days=1),
                     last_day=latest.astimezone(zone).date() + timedelta(days=1))
    return [
        g.start for g in grid
        if earliest <= g.start < latest
        and not any(b.start < g.end + buffer and g.start - buffer < b.end for b in taken)
    ]


def group_by_day(slots: Iterable[datetime], timezone: str) -> dict[date, list[datetime]]:
    """Slots grouped by their local date in ``timezone`` (the person's zone), in order."""
    zone = ZoneInfo(timezone)
    grouped: dict[date, list[datetime]] = {}
    for slot in sorted(slots):
        grouped.setdefault(slot.astimezone(zone).date(), []).append(slot)
    return grouped
