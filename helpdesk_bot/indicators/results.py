"""What a report is made of: the period, the filters, each indicator's figures and its progress to target."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from helpdesk_bot.indicators.definitions import Direction, IndicatorDefinition, IndicatorSet

BREAKDOWNS: tuple[str, ...] = ("language", "country", "topic")
"""The dimensions every indicator is broken down by."""

UNKNOWN = "-"
"""The group of rows whose language, country or topic is not known."""


@dataclass(frozen=True)
class ReportFilters:
    """Optional restrictions of a whole report (on top of each indicator's own selection)."""

    language: str | None = None
    country: str | None = None
    topic: str | None = None

    def describe(self) -> str:
        """``language=pl, country=CZ`` (empty when there is no filter)."""
        parts = [f"{name}={value}" for name, value in
                 (("language", self.language), ("country", self.country), ("topic", self.topic)) if value]
        return ", ".join(parts)


@dataclass(frozen=True)
class Period:
    """Calendar days ``start`` to ``end`` inclusive, in the centre's time zone."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    def bounds(self, timezone: str) -> tuple[datetime, datetime]:
        """The period as a half-open UTC interval ``[from, to)``."""
        zone = ZoneInfo(timezone)
        start = datetime.combine(self.start, time(0), zone).astimezone(UTC)
        end = datetime.combine(self.end + timedelta(days=1), time(0), zone).astimezone(UTC)
        return start, end

    def months(self, timezone: str) -> list[tuple[str, datetime, datetime]]:
        """``(YYYY-MM, from, to)`` for each calendar month the period touches, clipped to the period."""
        zone = ZoneInfo(timezone)
        result: list[tuple[str, datetime, datetime]] = []
        first = self.start.replace(day=1)
        while first <= self.end:
            following = (first + timedelta(days=32)).replace(day=1)
            lower = max(first, self.start)
            upper = min(following, self.end + timedelta(days=1))
            result.append((
                f"{first:%Y-%m}",
                datetime.combine(lower, time(0), zone).astimezone(UTC),
                datetime.combine(upper, time(0), zone).astimezone(UTC),
            ))
            first = following
        return result


@dataclass(frozen=True)
class Figure:
    """One indicator's value in one group; ``base`` is the denominator of a share or the number of ratings."""

    value: float | None
    base: int | None = None


@dataclass(frozen=True)
class IndicatorResult:
    """An indicator over the report's period."""

    definition: IndicatorDefinition
    figure: Figure
    trend: tuple[tuple[str, Figure], ...]
    breakdowns: dict[str, tuple[tuple[str, Figure], ...]] = field(default_factory=dict)

    @property
    def value(self) -> float | None:
        """The value reached (None when there is nothing to divide by)."""
        return self.figure.value

    @property
    def target(self) -> float:
        """The target value."""
        return self.definition.target.value

    @property
    def share_of_target(self) -> float | None:
        """Progress towards the target: 1.0 = exactly on target, above 1.0 = better than the target.

        For ``at_least`` targets value / target; for ``at_most`` targets (a maximum, e.g. a no-show rate
        of at most 10 %) target / value, so 14.3 % against ≤ 10 % is 0.7 (missed), never 1.43 read as
        over-achievement. None without a value, with a zero target, or for a maximum with a zero value
        (met, with nothing to divide by).
        """
        if self.value is None or not self.target:
            return None
        if self.definition.target.direction == Direction.AT_MOST:
            return self.target / self.value if self.value else None
        return self.value / self.target

    @property
    def met(self) -> bool | None:
        """Whether the target is reached (for ``at_most`` targets: not exceeded)."""
        if self.value is None:
            return None
        if self.definition.target.direction == Direction.AT_MOST:
            return self.value <= self.target
        return self.value >= self.target


@dataclass(frozen=True)
class Report:
    """Every indicator for one period."""

    period: Period
    filters: ReportFilters
    timezone: str
    home_country: str
    generated_at: datetime
    definitions: IndicatorSet
    results: tuple[IndicatorResult, ...]

    def get(self, indicator_id: str) -> IndicatorResult:
        """The result of one indicator."""
        for result in self.results:
            if result.definition.id == indicator_id:
                return result
        raise KeyError(indicator_id)

    def totals(self) -> dict[str, float | None]:
        """``{indicator id: value}`` (what an erasure or a retention purge must not change)."""
        return {r.definition.id: r.value for r in self.results}
