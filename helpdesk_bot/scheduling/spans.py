"""Units and lengths on top of the slot grid: resources with several identical units, bookings of
several consecutive slots.

A booking of ``n`` slots takes one unit for ``n`` slots of the grid that follow each other without a
gap, both on the wall clock and in real time. A span that would run past a window's end is
``outside_hours``; a span whose local times are skipped or repeated by a daylight-saving change (the
wall clock and real time disagree) is ``dst``. ``taken`` maps a slot start (UTC) to the units taken
then; a unit is free for a span when it is free in every slot of it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from helpdesk_bot.scheduling.slots import GridSlot, local_to_utc

Taken = Mapping[datetime, Collection[int]]


class SpanError(ValueError):
    """A span that cannot be booked; ``reason`` is one of :data:`SPAN_REASONS`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


SPAN_REASONS: tuple[str, ...] = ("outside_hours", "too_long", "too_short", "dst", "too_soon", "too_far")


@dataclass(frozen=True)
class SpanRules:
    """Slot length, the allowed booking lengths (in slots), notice and horizon of a resource."""

    slot_minutes: int
    min_slots: int = 1
    max_slots: int = 1
    min_notice: timedelta = timedelta(0)
    horizon: timedelta = timedelta(days=14)

    def __post_init__(self) -> None:
        if self.slot_minutes <= 0 or not 1 <= self.min_slots <= self.max_slots:
            raise ValueError("invalid span rules")


def local_start(day: date, minute: int, timezone: str) -> datetime:
    """The UTC start of local ``day`` + ``minute``; ``SpanError('dst')`` when the clocks skip that time."""
    moment = local_to_utc(day, minute, ZoneInfo(timezone))
    if moment is None:
        raise SpanError("dst")
    return moment


def span_at(grid: Sequence[GridSlot], start: datetime, slots: int, rules: SpanRules, *, timezone: str,
            now: datetime | None = None) -> tuple[GridSlot, ...]:
    """The ``slots`` consecutive grid slots from ``start``, or :class:`SpanError` saying why not."""
    if slots > rules.max_slots:
        raise SpanError("too_long")
    if slots < rules.min_slots:
        raise SpanError("too_short")
    if now is not None:
        if start < now + rules.min_notice:
            raise SpanError("too_soon")
        if start >= now + rules.horizon:
            raise SpanError("too_far")
    by_start = {g.start: g for g in grid}
    first = by_start.get(start)
    if first is None:
        raise SpanError("outside_hours")
    zone = ZoneInfo(timezone)
    span = [first]
    while len(span) < slots:
        prev = span[-1]
        day, minute = prev.day, prev.minute + rules.slot_minutes
        if minute >= 24 * 60:
            day, minute = day + timedelta(days=1), minute - 24 * 60
        wall = local_to_utc(day, minute, zone)
        if wall is None or wall != prev.end:
            raise SpanError("dst")  # the wall clock jumps (or repeats) within the span
        nxt = by_start.get(prev.end)
        if nxt is None or (nxt.day, nxt.minute) != (day, minute):
            raise SpanError("outside_hours")
        span.append(nxt)
    return tuple(span)


def free_units(starts: Sequence[datetime], units: int, taken: Taken) -> list[int]:
    """The units (1 .. ``units``) free in every slot of ``starts``."""
    return [u for u in range(1, units + 1) if all(u not in taken.get(s, ()) for s in starts)]


def lengths_at(grid: Sequence[GridSlot], start: datetime, rules: SpanRules, *, units: int, taken: Taken,
               timezone: str, now: datetime | None = None) -> list[int]:
    """The booking lengths (in slots, ascending) for which one unit is free from ``start`` on."""
    found = []
    for n in range(rules.min_slots, rules.max_slots + 1):
        try:
            span = span_at(grid, start, n, rules, timezone=timezone, now=now)
        except SpanError:
            break
        if not free_units([g.start for g in span], units, taken):
            break
        found.append(n)
    return found


def bookable_starts(grid: Sequence[GridSlot], rules: SpanRules, *, units: int, taken: Taken, timezone: str,
                    now: datetime) -> list[GridSlot]:
    """The grid slots where a booking of the minimum length can start on a free unit."""
    found = []
    for g in grid:
        try:
            span = span_at(grid, g.start, rules.min_slots, rules, timezone=timezone, now=now)
        except SpanError:
            continue
        if free_units([s.start for s in span], units, taken):
            found.append(g)
    return found


def free_unit_minutes(grid: Sequence[GridSlot], *, units: int, taken: Taken, after: datetime) -> dict[date, int]:
    """Free unit-minutes per local day among the slots starting at or after ``after``."""
    free: dict[date, int] = {}
    for g in grid:
        if g.start < after:
            continue
        minutes = int((g.end - g.start).total_seconds() // 60)
        count = units - len([u for u in taken.get(g.start, ()) if 1 <= u <= units])
        free[g.day] = free.get(g.day, 0) + max(0, count) * minutes
    return free


def open_unit_minutes(grid: Sequence[GridSlot], units: int) -> dict[date, int]:
    """Open unit-minutes per local day (every slot of the grid times the units)."""
    result: dict[date, int] = {}
    for g in grid:
        result[g.day] = result.get(g.day, 0) + units * int((g.end - g.start).total_seconds() // 60)
    return result
