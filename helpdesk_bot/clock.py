"""Clocks: services take a clock instead of calling ``datetime.now`` so tests can control time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current time in UTC."""
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to (tests, benchmarks, the demo's time travel)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = (start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)).astimezone(UTC)

    def now(self) -> datetime:
        """The time the clock was last set to."""
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock forward by ``delta`` and return the new time."""
        self._now += delta
        return self._now

    def set(self, moment: datetime) -> None:
        """Set the clock to ``moment`` (must be timezone-aware)."""
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = moment.astimezone(UTC)
