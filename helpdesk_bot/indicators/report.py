"""The report engine: indicator values, targets, monthly trends and breakdowns, computed in SQL.

Indicators that add up over groups of rows (counts, shares of rows, averages) come from a small
pre-aggregated cube by month (kind, outcome, language, country, topic, month: rows, sum and number
of values) and conditional sums over it (``SUM(CASE WHEN <selection> THEN n END)``). On SQLite the
cube is a temporary table filled month by month (each statement reads only its month's slice of the
report index) and also yields the combinations the distinct counts need; on PostgreSQL it is a CTE.

Indicators that count *different* people or subjects do not add up over groups, and distinct counts
per month, language, country and topic were the report's main cost (one ``COUNT(DISTINCT ...)``
pass over the rows per grouping). They are computed in one pass per counted column instead
(:meth:`ReportService._masked_counts`):

1. the period's combinations of (kind, outcome, language, country, topic) are listed with, for each
   distinct measure, whether the combination is selected (a few thousand rows, grouped by the index);
2. one statement groups the rows by person (or subject) and keeps, per measure, bit masks of the
   months, languages, countries and topics in which the person was selected (``bit_or`` on
   PostgreSQL, ``SUM(DISTINCT <single bit>)`` on SQLite, which streams the persons in the order of
   the ``ix_interactions_actor_report`` index, or sorts a short period's rows), then counts the people
   per distinct mask;
3. Python adds each mask's count to the groups of its bits.

Rows never travel to Python; only aggregated rows do. The statements run concurrently on
PostgreSQL (one connection per counted column, one for the cube) and one after the other on SQLite.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    column,
    distinct,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import Label
from sqlalchemy.sql.expression import Join, TableClause

from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.definitions import (
    Aggregation,
    DefinitionsSource,
    Direction,
    IndicatorDefinition,
    IndicatorSet,
    Selector,
)
from helpdesk_bot.indicators.kinds import NOT_COUNTED_OUTCOMES
from helpdesk_bot.indicators.models import Interaction

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


# ---------------------------------------------------------------- SQL building
REPORT_INDEX = "ix_interactions_report"
"""Covering index (kind, outcome, language, country, topic, occurred_at, value, actor_ref, subject).

Every report query reads only this index: per kind it seeks the outcome/language/country/topic
prefixes and then the time range (SQLite's skip-scan), and groups without sorting.
"""


ACTOR_INDEX = "ix_interactions_actor_report"
"""Covering index (actor_ref, kind, outcome, language, country, topic, occurred_at).

SQLite reads the rows person by person from it, so the distinct-people statement groups by person
without sorting (it also serves the privacy export's lookups by ``actor_ref``).
"""


class _ReportTable(TableClause):
    """The interactions table, read through the report index on SQLite (``INDEXED BY``)."""

    inherit_cache = True
    sqlite_index = REPORT_INDEX


class _ActorTable(_ReportTable):
    """The interactions table, read person by person through the actor index on SQLite."""

    inherit_cache = True
    sqlite_index = ACTOR_INDEX


class _OrderedJoin(Join):
    """A join whose left side SQLite must read first (``CROSS JOIN ... ON``: the planner keeps the order)."""

    inherit_cache = True


@compiles(_OrderedJoin)
def _compile_ordered_join(element: _OrderedJoin, compiler: Any, **kw: Any) -> str:
    rendered = str(compiler.visit_join(element, **kw))
    if compiler.dialect.name == "sqlite":
        rendered = rendered.replace(" JOIN ", " CROSS JOIN ", 1)
    return rendered


@compiles(_ReportTable)
@compiles(_ActorTable)
def _compile_report_table(element: _ReportTable, compiler: Any, **kw: Any) -> str:
    rendered = str(compiler.visit_table(element, **kw))
    if kw.get("asfrom") and compiler.dialect.name == "sqlite":
        rendered += f" INDEXED BY {element.sqlite_index}"
    return rendered


T = _ReportTable("interactions", *[column(c.name, c.type) for c in Interaction.__table__.columns])
"""The table every report query reads."""

TA = _ActorTable("interactions", *[column(c.name, c.type) for c in Interaction.__table__.columns])
"""The same table, read in the order of people (SQLite's distinct-people statement)."""

Columns = Any  # a column collection with kind, outcome, language, country, topic (the table's or a CTE's)


def _kind_predicate(kinds: Sequence[str], cols: Columns) -> ColumnElement[bool]:
    exact = [k for k in kinds if not k.endswith(".*")]
    prefixes = [k[:-1] for k in kinds if k.endswith(".*")]
    parts: list[ColumnElement[bool]] = []
    if exact:
        parts.append(cols.kind.in_(exact) if len(exact) > 1 else cols.kind == exact[0])
    parts.extend(cols.kind.startswith(prefix, autoescape=True) for prefix in prefixes)
    return or_(*parts) if len(parts) > 1 else parts[0]


def selector_predicate(selector: Selector, home_country: str, cols: Columns = T.c) -> ColumnElement[bool]:
    """The SQL condition of one selection (on the table, or on a pre-aggregated CTE with the same columns)."""
    parts = [_kind_predicate(selector.kinds, cols)]
    if selector.outcome is None:  # refused and failed actions are logged, never counted
        parts.append(cols.outcome.not_in(sorted(NOT_COUNTED_OUTCOMES)))
    for name, values in (("outcome", selector.outcome), ("language", selector.language),
                         ("country", selector.country), ("topic", selector.topic)):
        if values is not None:
            col = getattr(cols, name)
            parts.append(col.in_(values) if len(values) > 1 else col == values[0])
    if selector.cross_border:
        parts.append(and_(cols.country.is_not(None), cols.country != home_country))
    return and_(*parts) if len(parts) > 1 else parts[0]


def set_predicate(selectors: Sequence[Selector], home_country: str, cols: Columns = T.c) -> ColumnElement[bool]:
    """The union of selections."""
    preds = [selector_predicate(s, home_country, cols) for s in selectors]
    return or_(*preds) if len(preds) > 1 else preds[0]


def is_additive(definition: IndicatorDefinition) -> bool:
    """Whether the indicator adds up over groups of rows (counts, sums), so a pre-aggregated cube serves it."""
    measure = definition.measure
    if measure.aggregation == Aggregation.SHARE:
        return measure.of in ("rows", "values")
    return measure.aggregation in (Aggregation.COUNT, Aggregation.AVERAGE, Aggregation.SUM)


def _additive_aggregates(index: int, definition: IndicatorDefinition, home: str, cube: Any) -> list[Label[Any]]:
    """Sums over the cube (columns n, s, c: rows, sum of values, rows with a value)."""
    measure = definition.measure
    name = f"i{index}"
    if measure.aggregation == Aggregation.SHARE:
        assert measure.numerator is not None and measure.denominator is not None
        num = set_predicate(measure.numerator, home, cube.c)
        den = set_predicate(measure.denominator, home, cube.c)
        column = cube.c.s if measure.of == "values" else cube.c.n
        return [func.sum(case((num, column), else_=0)).label(f"{name}_num"),
                func.sum(case((den, column), else_=0)).label(f"{name}_den")]
    assert measure.select is not None
    pred = set_predicate(measure.select, home, cube.c)
    if measure.aggregation == Aggregation.COUNT:
        return [func.sum(case((pred, cube.c.n), else_=0)).label(f"{name}_num")]
    if measure.aggregation == Aggregation.SUM:
        return [func.sum(case((pred, cube.c.s), else_=0)).label(f"{name}_num")]
    return [func.sum(case((pred, cube.c.s))).label(f"{name}_num"),
            func.sum(case((pred, cube.c.c), else_=0)).label(f"{name}_den")]


def _distinct_parts(index: int, definition: IndicatorDefinition, home: str,
                    cols: Columns = T.c) -> list[tuple[str, Any, str]]:
    """``(label, predicate, counted column)`` of an indicator that counts different people or subjects."""
    measure = definition.measure
    name = f"i{index}"
    if measure.aggregation == Aggregation.SHARE:
        assert measure.numerator is not None and measure.denominator is not None
        return [(f"{name}_num", set_predicate(measure.numerator, home, cols), "actor_ref"),
                (f"{name}_den", set_predicate(measure.denominator, home, cols), "actor_ref")]
    assert measure.select is not None
    target = "subject" if measure.aggregation == Aggregation.DISTINCT_SUBJECTS else "actor_ref"
    return [(f"{name}_num", set_predicate(measure.select, home, cols), target)]


MASK_BITS = 62
"""Groups per bit mask: a mask (or a sum of its distinct bits) stays a positive 64-bit integer."""

COMBINATION = ("kind", "outcome", "language", "country", "topic")
"""The columns every selection and every breakdown reads: a row's combination decides all but its month."""


@dataclass(frozen=True)
class _Mask:
    """One aggregated column of the distinct statement: the groups of ``dim`` where ``label`` selected a key."""

    part: int  # index of the selection (flag column ``f<part>``)
    label: str
    dim: str  # "total", "month" or a breakdown dimension
    chunk: int  # groups chunk * MASK_BITS ... chunk * MASK_BITS + MASK_BITS - 1


def _chunks(count: int) -> range:
    return range(max(1, -(-count // MASK_BITS)))


def _bits(value: int) -> Iterator[int]:
    """The positions of the set bits of ``value``."""
    while value:
        low = value & -value
        yield low.bit_length() - 1
        value ^= low


def _month_bit(occurred_at: Any, months: Sequence[tuple[str, datetime, datetime]], chunk: int) -> Any:
    """The bit of a row's month inside ``chunk`` (NULL outside it), by binary search over the month ends.

    The rows are already limited to the period, so month ``n`` is ``ends[n - 1] <= occurred_at < ends[n]``.
    """
    ends = [upper for _label, _lower, upper in months]
    first, last = chunk * MASK_BITS, min(len(months), (chunk + 1) * MASK_BITS)

    def search(lo: int, hi: int) -> Any:  # months lo .. hi - 1
        if hi - lo == 1:
            return literal(1 << (lo - first), BigInteger)
        mid = (lo + hi) // 2
        return case((occurred_at < ends[mid - 1], search(lo, mid)), else_=search(mid, hi))

    bounds = ([occurred_at >= ends[first - 1]] if first else []) + ([occurred_at < ends[last - 1]]
                                                                    if last < len(months) else [])
    return case((and_(*bounds), search(first, last))) if bounds else search(first, last)


def _month_number(occurred_at: Any, months: Sequence[tuple[str, datetime, datetime]]) -> Any:
    """A row's month number in the period (rows limited to the period), by binary search over the month ends."""
    ends = [upper for _label, _lower, upper in months]

    def search(lo: int, hi: int) -> Any:  # months lo .. hi - 1
        if hi - lo == 1:
            return literal(lo, Integer)
        mid = (lo + hi) // 2
        return case((occurred_at < ends[mid - 1], search(lo, mid)), else_=search(mid, hi))

    return search(0, len(months))


def _code(col: Any, codes: dict[Any, int], chunk: int) -> Any:
    """The bit of a row's group of one breakdown inside ``chunk`` (NULL outside it)."""
    whens = [(col.is_(None) if value is None else col == value, literal(1 << (n % MASK_BITS), BigInteger))
             for value, n in codes.items() if n // MASK_BITS == chunk]
    return case(*whens) if whens else null()


def _figure(row: Any, index: int, definition: IndicatorDefinition) -> Figure:
    aggregation = definition.measure.aggregation
    num = getattr(row, f"i{index}_num", None) if row is not None else None
    if aggregation in (Aggregation.COUNT, Aggregation.DISTINCT_PEOPLE, Aggregation.DISTINCT_SUBJECTS,
                       Aggregation.SUM):
        return Figure(float(num or 0))
    den = float(getattr(row, f"i{index}_den", 0) or 0) if row is not None else 0
    if not den:
        return Figure(None, 0)
    if aggregation == Aggregation.SHARE:
        return Figure(100.0 * float(num or 0) / den, int(den))
    return Figure(float(num or 0) / den, int(den))


def _scope(definitions: Sequence[IndicatorDefinition], cols: Columns) -> ColumnElement[bool]:
    """The rows any of ``definitions`` may count: their kinds, without refused or failed outcomes
    (unless a selection names such an outcome), so a refused press adds no breakdown group either."""
    named = {o for d in definitions for selectors in d.measure.selector_sets() for s in selectors
             for o in (s.outcome or ())}
    excluded = sorted(NOT_COUNTED_OUTCOMES - named)
    kinds = _kind_predicate(_kinds_of(definitions), cols)
    return and_(kinds, cols.outcome.not_in(excluded)) if excluded else kinds


def _kinds_of(definitions: Sequence[IndicatorDefinition]) -> list[str]:
    kinds: set[str] = set()
    for definition in definitions:
        for selectors in definition.measure.selector_sets():
            for selector in selectors:
                kinds.update(selector.kinds)
    return sorted(kinds)


def _additive_statement(additive: Sequence[tuple[int, IndicatorDefinition]], home: str, cube: Any,
                        keep: ColumnElement[bool] | None) -> Any:
    """Totals, breakdowns and months of the additive indicators from a cube with a month column ``m``.

    Rows ``(dim, grp, i<n>_num, i<n>_den ...)`` with dim ``total``, a breakdown, or ``month`` (grp = n).
    ``keep`` limits the cube to the indicators' kinds (the groups listed are those among these rows).
    """
    where = [keep] if keep is not None else []
    sums = [agg for i, d in additive for agg in _additive_aggregates(i, d, home, cube)]
    parts = [select(literal("total").label("dim"), null().label("grp"), *sums).where(*where)]
    parts.extend(select(literal(dim), getattr(cube.c, dim), *sums).where(*where).group_by(getattr(cube.c, dim))
                 for dim in BREAKDOWNS)
    parts.append(select(literal("month"), cast(cube.c.m, String), *sums).where(*where).group_by(cube.c.m))
    return union_all(*parts)


def _target_of(definition: IndicatorDefinition) -> str:
    """The column an exact indicator counts different values of."""
    return "subject" if definition.measure.aggregation == Aggregation.DISTINCT_SUBJECTS else "actor_ref"


def _merge_exact(
    results: Sequence[tuple[Any, list[Any], dict[str, list[Any]]]],
) -> tuple[Any, list[Any], dict[str, list[Any]]]:
    """Put together the exact rows of several jobs (each with its own indicators and groups)."""
    labels = {label: 0 for total, _months, _groups in results for label in vars(total)}
    total = SimpleNamespace(**labels)
    months = [SimpleNamespace(**labels) for _ in results[0][1]]
    groups: dict[str, dict[Any, SimpleNamespace]] = {dim: {} for dim in BREAKDOWNS}
    for job_total, job_months, job_groups in results:
        vars(total).update(vars(job_total))
        for merged, row in zip(months, job_months, strict=True):
            vars(merged).update(vars(row))
        for dim, rows in job_groups.items():
            for row in rows:
                vars(groups[dim].setdefault(row.grp, SimpleNamespace(grp=row.grp, **labels))).update(vars(row))
    return total, months, {dim: list(rows.values()) for dim, rows in groups.items()}


def _exact_parts(exact: Sequence[tuple[int, IndicatorDefinition]], home: str,
                 cols: Columns) -> list[tuple[str, Any, str]]:
    """``(label, predicate on cols, counted column)`` of every exact indicator's sets."""
    return [(label, predicate, target) for i, d in exact
            for label, predicate, target in _distinct_parts(i, d, home, cols)]


async def _combinations(session: Any, source: Any, parts: list[tuple[str, Any, str]],
                        where: Sequence[ColumnElement[bool]]) -> list[Any]:
    """The combinations of :data:`COMBINATION` in ``source`` (rows or a cube), flagged per part (``f<n>``)."""
    combination = [getattr(source.c, name) for name in COMBINATION]
    flags = [case((predicate, 1), else_=0).label(f"f{n}") for n, (_l, predicate, _t) in enumerate(parts)]
    size = (func.sum(source.c.n) if "n" in source.c else func.count()).label("size")
    result = await session.execute(select(*combination, *flags, size).where(*where).group_by(*combination))
    return [row._mapping for row in result.all()]


class ReportService:
    """Builds reports from the interaction log and the indicator definitions."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, definitions: DefinitionsSource, *,
                 timezone: str, home_country: str, dialect: str = "sqlite", concurrency: int = 4) -> None:
        self._uow = uow
        self.dialect = dialect
        self.concurrency = concurrency
        self.sort_limit = 50_000
        """SQLite: up to this many selected rows, distinct people are counted from the period's rows sorted
        by person rather than from a pass over the whole actor index."""
        self._clock = clock
        self.source = definitions
        self.timezone = timezone
        self.home_country = home_country

    def definitions(self) -> IndicatorSet:
        """The current definitions (raises DefinitionError when the file is invalid)."""
        return self.source.get()

    def today(self) -> date:
        """Today in the centre's time zone."""
        return self._clock.now().astimezone(ZoneInfo(self.timezone)).date()

    def named_period(self, name: str) -> Period:
        """``month``, ``quarter``, ``year`` (so far) or ``project`` (start of the project to today)."""
        today = self.today()
        if name == "month":
            return Period(today.replace(day=1), today)
        if name == "quarter":
            return Period(date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today)
        if name == "year":
            return Period(date(today.year, 1, 1), today)
        if name == "project":
            start = self.definitions().project_start
            return Period(min(start, today), today)
        raise ValueError(f"unknown period {name!r}")

    async def build(self, period: Period, filters: ReportFilters | None = None) -> Report:
        """Every indicator's value, trend by month and breakdowns for ``period``."""
        filters = filters or ReportFilters()
        definitions = self.definitions()
        home = self.home_country
        indicators = list(enumerate(definitions.indicators))
        additive = [(i, d) for i, d in indicators if is_additive(d)]
        exact = [(i, d) for i, d in indicators if not is_additive(d)]
        start, end = period.bounds(self.timezone)
        months = period.months(self.timezone)
        report_filters: list[ColumnElement[bool]] = []
        for name in ("language", "country", "topic"):
            value = getattr(filters, name)
            if value:
                report_filters.append(getattr(T.c, name) == value)

        # rows per place: ("total", None) / ("month", n) / (dimension, None) for breakdown rows
        totals: dict[str, Any] = {}
        month_rows: dict[str, list[Any]] = {"additive": [None] * len(months), "exact": [None] * len(months)}
        groups: dict[str, dict[str, list[Any]]] = {"additive": {}, "exact": {}}
        if self.dialect == "sqlite":
            additive_rows, exact_rows = await self._sqlite_rows(additive, exact, start, end, months, report_filters)
        else:
            additive_rows, exact_rows = await self._postgresql_rows(additive, exact, start, end, months,
                                                                    report_filters)
        for row in additive_rows:
            if row.dim == "total":
                totals["additive"] = row
            elif row.dim == "month":
                month_rows["additive"][int(row.grp)] = row
            else:
                groups["additive"].setdefault(row.dim, []).append(row)
        if exact_rows is not None:
            totals["exact"], month_rows["exact"], groups["exact"] = exact_rows

        built = []
        for index, definition in indicators:
            family = "additive" if is_additive(definition) else "exact"
            trend = tuple((label, _figure(row, index, definition))
                          for (label, _l, _u), row in zip(months, month_rows[family], strict=True))
            breakdowns: dict[str, tuple[tuple[str, Figure], ...]] = {}
            for dim in BREAKDOWNS:
                pairs = [(row.grp if row.grp is not None else UNKNOWN, _figure(row, index, definition))
                         for row in groups[family].get(dim, [])]
                breakdowns[dim] = tuple(sorted(pairs, key=lambda item: (item[0] == UNKNOWN, item[0])))
            built.append(IndicatorResult(definition, _figure(totals.get(family), index, definition), trend,
                                         breakdowns))
        return Report(period=period, filters=filters, timezone=self.timezone, home_country=home,
                      generated_at=self._clock.now(), definitions=definitions, results=tuple(built))

    async def _postgresql_rows(
        self, additive: Sequence[tuple[int, IndicatorDefinition]], exact: Sequence[tuple[int, IndicatorDefinition]],
        start: datetime, end: datetime, months: Sequence[tuple[str, datetime, datetime]],
        filters: Sequence[ColumnElement[bool]],
    ) -> tuple[list[Any], tuple[Any, list[Any], dict[str, list[Any]]] | None]:
        """PostgreSQL: the additive cube (grouped by month too) and the distinct counts, concurrently."""
        home = self.home_country
        month_index = _month_number(T.c.occurred_at, months)

        async def additive_rows() -> list[Any]:
            if not additive:
                return []
            scope = _scope([d for _i, d in additive], T.c)
            dims = [T.c.kind, T.c.outcome, T.c.language, T.c.country, T.c.topic, month_index.label("m")]
            cube = (select(*dims, func.count().label("n"), func.sum(T.c.value).label("s"),
                           func.count(T.c.value).label("c"))
                    .where(scope, T.c.occurred_at >= start, T.c.occurred_at < end, *filters)
                    .group_by(*dims[:-1], month_index)
                    .cte("cube").prefix_with("MATERIALIZED"))
            return await self._fetch(_additive_statement(additive, home, cube, None))

        # one job per counted column (people, subjects), each on a connection of its own
        by_target: dict[str, list[tuple[int, IndicatorDefinition]]] = {}
        for index, definition in exact:
            by_target.setdefault(_target_of(definition), []).append((index, definition))
        jobs = [self._distinct_counts(mine, start, end, months, filters) for mine in by_target.values()]
        results: list[Any]
        if self.concurrency < 2:
            results = [await job for job in [*jobs, additive_rows()]]
        else:
            # the distinct counts take longest: started first
            results = list(await asyncio.gather(*jobs, additive_rows()))
        return results[-1], _merge_exact(results[:-1]) if jobs else None

    async def _sqlite_rows(
        self, additive: Sequence[tuple[int, IndicatorDefinition]], exact: Sequence[tuple[int, IndicatorDefinition]],
        start: datetime, end: datetime, months: Sequence[tuple[str, datetime, datetime]],
        filters: Sequence[ColumnElement[bool]],
    ) -> tuple[list[Any], tuple[Any, list[Any], dict[str, list[Any]]] | None]:
        """SQLite: one pass over the report index fills a cube by month, which serves everything else.

        The cube (month, kind, outcome, language, country, topic: rows, sum and number of values) is
        filled month by month, each statement reading only its month's slice of the index (skip-scan);
        the additive indicators and the combinations of the distinct counts are read from it.
        """
        home = self.home_country
        scope = _scope([d for _i, d in [*additive, *exact]], T.c)
        cube = table(_CUBE, column("m", Integer), *[column(name, String) for name in COMBINATION],
                     column("n", Integer), column("s", Float), column("c", Integer), schema="temp")
        combination = [getattr(T.c, name) for name in COMBINATION]
        async with self._uow() as uow:
            session = uow.session
            await _tune(session)
            await session.execute(text(f"DROP TABLE IF EXISTS temp.{_CUBE}"))
            await session.execute(text(f"CREATE TEMP TABLE {_CUBE} (m INTEGER, kind TEXT, outcome TEXT, "
                                       "language TEXT, country TEXT, topic TEXT, n INTEGER, s REAL, c INTEGER)"))
            for n, (_label, lower, upper) in enumerate(months):
                await session.execute(insert(cube).from_select(
                    ["m", *COMBINATION, "n", "s", "c"],
                    select(literal(n), *combination, func.count(), func.sum(T.c.value), func.count(T.c.value))
                    .where(scope, T.c.occurred_at >= lower, T.c.occurred_at < upper, *filters)
                    .group_by(*combination)))
            additive_rows: list[Any] = []
            if additive:
                additive_rows = list((await session.execute(_additive_statement(
                    additive, home, cube, _scope([d for _i, d in additive], cube.c)))).all())
            exact_rows = None
            if exact:
                parts = _exact_parts(exact, home, cube.c)
                combos = await _combinations(session, cube, parts, [_scope([d for _i, d in exact], cube.c)])
                exact_rows = await self._masked_counts(session, parts, combos, start, end, months,
                                                       _scope([d for _i, d in exact], T.c),
                                                       filters)
            await session.execute(text(f"DROP TABLE IF EXISTS temp.{_CUBE}"))
        return additive_rows, exact_rows

    async def _fetch(self, statement: Any) -> list[Any]:
        async with self._uow() as uow:
            await _tune(uow.session)
            return list((await uow.session.execute(statement)).all())

    async def _distinct_counts(
        self, exact: Sequence[tuple[int, IndicatorDefinition]], start: datetime, end: datetime,
        months: Sequence[tuple[str, datetime, datetime]], filters: Sequence[ColumnElement[bool]],
    ) -> tuple[Any, list[Any], dict[str, list[Any]]]:
        """Distinct people and subjects of every exact indicator (PostgreSQL: a connection of their own)."""
        parts = _exact_parts(exact, self.home_country, T.c)
        scope = _scope([d for _i, d in exact], T.c)
        async with self._uow() as uow:
            await _tune(uow.session)
            # the groups of the breakdowns (every part counts as selecting them: the predicates are
            # evaluated on the rows themselves, and grouping by fewer columns costs less)
            dims = [getattr(T.c, dim) for dim in BREAKDOWNS]
            groups = (await uow.session.execute(
                select(*dims).where(scope, T.c.occurred_at >= start, T.c.occurred_at < end,
                                    *filters).group_by(*dims))).all()
            combos = [{**row._mapping, **{f"f{n}": 1 for n in range(len(parts))}} for row in groups]
            return await self._masked_counts(uow.session, parts, combos, start, end, months, scope, filters)

    async def _masked_counts(
        self, session: Any, parts: list[tuple[str, Any, str]], combos: list[Any], start: datetime, end: datetime,
        months: Sequence[tuple[str, datetime, datetime]], scope: ColumnElement[bool],
        filters: Sequence[ColumnElement[bool]],
    ) -> tuple[Any, list[Any], dict[str, list[Any]]]:
        """Distinct people and subjects of every exact indicator: totals, months and breakdowns.

        ``combos`` are the period's combinations of :data:`COMBINATION` among the rows of the
        indicators' kinds, each with flags ``f<n>`` telling whether part ``n`` selects it. Returns rows
        shaped like the additive ones (attributes ``i<n>_num``/``i<n>_den``; breakdown rows also
        ``grp``): a total row, one row per month, and per breakdown one row per group that occurs in
        ``combos`` (a group where nobody was selected counts 0).
        """
        counts: dict[str, dict[tuple[str, Any], int]] = {label: {} for label, _p, _t in parts}
        groups = {dim: sorted({row[dim] for row in combos}, key=lambda v: (v is None, v or ""))
                  for dim in BREAKDOWNS}
        codes = {dim: {value: n for n, value in enumerate(values)} for dim, values in groups.items()}
        # per counted column: one pass grouping the rows by person (subject), masks of their groups
        for target in dict.fromkeys(target for _l, _p, target in parts):
            mine = [n for n, (_l, _p, t) in enumerate(parts) if t == target]
            selected = [row for row in combos if any(row[f"f{n}"] for n in mine)]
            if not selected:
                continue
            masks = [_Mask(n, parts[n][0], "total", 0) for n in mine]
            masks += [_Mask(n, parts[n][0], "month", chunk) for n in mine for chunk in _chunks(len(months))]
            masks += [_Mask(n, parts[n][0], dim, chunk) for n in mine for dim in BREAKDOWNS
                      for chunk in _chunks(len(groups[dim]))]
            if self.dialect == "sqlite":
                statement = await self._sqlite_masks(session, target, mine, masks, selected, codes, months,
                                                     start, end)
            else:
                statement = self._inline_masks(target, mine, parts, masks, codes, months, scope, start, end,
                                               filters)
            # each distinct mask's number of people, added to the groups of its bits
            for name, mask, number in (await session.execute(statement)).all():
                spec = masks[int(name)]
                if mask is None:
                    continue
                bucket = counts[spec.label]
                if spec.dim == "total":
                    if mask:
                        bucket[("total", None)] = bucket.get(("total", None), 0) + number
                    continue
                for bit in _bits(int(mask)):
                    place = spec.chunk * MASK_BITS + bit
                    key = (spec.dim, place if spec.dim == "month" else groups[spec.dim][place])
                    bucket[key] = bucket.get(key, 0) + number
        if self.dialect == "sqlite":
            await session.execute(text(f"DROP TABLE IF EXISTS temp.{_COMBOS}"))

        def row(place: tuple[str, Any], **extra: Any) -> SimpleNamespace:
            return SimpleNamespace(**extra, **{label: counts[label].get(place, 0) for label in counts})

        return (row(("total", None)), [row(("month", n)) for n in range(len(months))],
                {dim: [row((dim, value), grp=value) for value in values] for dim, values in groups.items()})

    async def _sqlite_masks(self, session: Any, target: str, mine: list[int], masks: list[_Mask],
                            selected: list[Any], codes: dict[str, dict[Any, int]],
                            months: Sequence[tuple[str, datetime, datetime]], start: datetime, end: datetime) -> Any:
        """SQLite: the selected combinations go into a temporary table, joined to each row by the index.

        Each row then costs a lookup instead of evaluating every selection; people are read in index
        order (no sort) and each mask is ``SUM(DISTINCT <single bit>)``, i.e. a bitwise OR.
        """
        chunks = {dim: list(_chunks(len(values))) for dim, values in codes.items()}
        code_columns = [f"{dim}{chunk}" for dim in BREAKDOWNS for chunk in chunks[dim]]
        flag_columns = [f"f{n}" for n in mine]
        await session.execute(text(f"DROP TABLE IF EXISTS temp.{_COMBOS}"))
        await session.execute(text(
            f"CREATE TEMP TABLE {_COMBOS} (kind TEXT, outcome TEXT, language TEXT, country TEXT, topic TEXT, "
            + ", ".join(f"{name} INTEGER" for name in flag_columns + code_columns) + ")"))
        values = []
        for combo in selected:
            entry = {name: combo[name] for name in COMBINATION}
            entry.update({name: combo[name] for name in flag_columns})
            for dim in BREAKDOWNS:
                n = codes[dim][combo[dim]]
                entry.update({f"{dim}{chunk}": (1 << (n % MASK_BITS)) if n // MASK_BITS == chunk else None
                              for chunk in chunks[dim]})
            values.append(entry)
        names = [*COMBINATION, *flag_columns, *code_columns]
        await session.execute(text(f"INSERT INTO temp.{_COMBOS} ({', '.join(names)}) "
                                   f"VALUES ({', '.join(':' + name for name in names)})"), values)
        # covering: each row's lookup reads the index only
        await session.execute(text(f"CREATE INDEX temp.{_COMBOS}_key ON {_COMBOS} ({', '.join(names)})"))
        # without statistics SQLite takes the table for a million rows and builds a Bloom filter of the
        # interactions for the join (a scan of the whole table)
        await session.execute(text("ANALYZE temp"))
        combos = table(_COMBOS, *[column(name, Integer if name not in COMBINATION else String) for name in names])
        # many rows: read them person by person (actor index, no sort) and look each one's combination
        # up; few rows (subjects, short periods): read the selected combinations' slices of the report
        # index and sort them by person
        by_person = target == "actor_ref" and sum(combo["size"] for combo in selected) >= self.sort_limit
        rows = TA if by_person else T
        on = and_(*[getattr(combos.c, name).is_not_distinct_from(getattr(rows.c, name)) if name != "kind" and
                    name != "outcome" else getattr(combos.c, name) == getattr(rows.c, name)
                    for name in COMBINATION])
        key = getattr(rows.c, target)
        columns = []
        for number, spec in enumerate(masks):
            flag = getattr(combos.c, f"f{spec.part}")
            if spec.dim == "total":
                value: Any = func.max(flag)
            elif spec.dim == "month":
                value = func.sum(distinct(case((flag == 1, _month_bit(rows.c.occurred_at, months, spec.chunk)))))
            else:
                value = func.sum(distinct(case((flag == 1, getattr(combos.c, f"{spec.dim}{spec.chunk}")))))
            columns.append(value.label(f"a{number}"))
        source = _OrderedJoin(rows, combos, on) if by_person else _OrderedJoin(combos, rows, on)
        per = (select(key.label("k"), *columns).select_from(source)
               .where(rows.c.occurred_at >= start, rows.c.occurred_at < end, key.is_not(None))
               .group_by(key).cte("per").prefix_with("MATERIALIZED"))
        return union_all(*[select(literal(str(n)).label("name"), per.c[f"a{n}"].label("mask"),
                                  func.count().label("n")).group_by(per.c[f"a{n}"]) for n in range(len(masks))])

    def _inline_masks(self, target: str, mine: list[int], parts: list[tuple[str, Any, str]], masks: list[_Mask],
                      codes: dict[str, dict[Any, int]], months: Sequence[tuple[str, datetime, datetime]],
                      scope: ColumnElement[bool], start: datetime, end: datetime,
                      filters: Sequence[ColumnElement[bool]]) -> Any:
        """PostgreSQL: each row's selections and group bits computed once (a subquery that is not pulled
        up), then ``bit_or`` per person in one hash aggregate."""
        key = getattr(T.c, target)
        inner_columns = [key.label("k")]
        inner_columns += [case((parts[n][1], 1), else_=0).label(f"f{n}") for n in mine]
        needed = {(spec.dim, spec.chunk) for spec in masks if spec.dim != "total"}
        for dim, chunk in sorted(needed):
            bits = (_month_bit(T.c.occurred_at, months, chunk) if dim == "month"
                    else _code(getattr(T.c, dim), codes[dim], chunk))
            inner_columns.append(bits.label(f"{dim}{chunk}"))
        # rows no part selects change no mask: leaving them out halves what the aggregate hashes
        inner = (select(*inner_columns)
                 .where(scope, or_(*[parts[n][1] for n in mine]), T.c.occurred_at >= start,
                        T.c.occurred_at < end, key.is_not(None), *filters)
                 .offset(0).subquery("selected"))
        columns = []
        for number, spec in enumerate(masks):
            flag = inner.c[f"f{spec.part}"]
            if spec.dim == "total":
                value: Any = func.max(flag)
            else:
                value = func.bit_or(case((flag == 1, inner.c[f"{spec.dim}{spec.chunk}"])))
            columns.append(value.label(f"a{number}"))
        per = select(inner.c.k, *columns).group_by(inner.c.k).cte("per").prefix_with("MATERIALIZED")
        return union_all(*[select(literal(str(n)).label("name"), per.c[f"a{n}"].label("mask"),
                                  func.count().label("n")).group_by(per.c[f"a{n}"]) for n in range(len(masks))])


_CUBE = "report_cube"
"""SQLite's temporary cube by month (private to the connection)."""

_COMBOS = "report_combinations"
"""SQLite's temporary table of the selected combinations (private to the connection)."""


async def _tune(session: Any) -> None:
    """Per-connection settings of the report statements."""
    dialect = session.bind.dialect.name if session.bind is not None else ""
    if dialect == "sqlite":
        # room to group in memory instead of temporary files (this connection only)
        await session.execute(text("PRAGMA temp_store=MEMORY"))
        await session.execute(text("PRAGMA cache_size=-65536"))
    elif dialect == "postgresql":
        # hash the groups in memory; compiling these short queries (JIT) costs more than it saves
        await session.execute(text("SET LOCAL work_mem = '256MB'"))
        await session.execute(text("SET LOCAL jit = off"))
