"""The report engine: indicator values, targets, monthly trends and breakdowns, computed in SQL.

Every indicator of the definitions file becomes a few conditional aggregates
(``COUNT(CASE WHEN <selection> THEN 1 END)``, ``COUNT(DISTINCT CASE WHEN ... THEN actor_ref END)``,
``AVG(CASE WHEN ... THEN value END)``), so one query computes *all* indicators at once:

* one query for the period's totals,
* one per month of the period (a range on ``occurred_at``, so each reads only its month),
* one ``GROUP BY language``, one ``GROUP BY country``, one ``GROUP BY topic``.

Rows never travel to Python; only a handful of aggregated rows do. The queries run concurrently
(one connection each), which PostgreSQL and SQLite in WAL mode both allow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    cast,
    column,
    distinct,
    func,
    literal,
    null,
    or_,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import Label
from sqlalchemy.sql.expression import TableClause

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
        """Value divided by target (1.0 = target reached), None without a value or with a zero target."""
        if self.value is None or not self.target:
            return None
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


class _ReportTable(TableClause):
    """The interactions table, read through the report index on SQLite (``INDEXED BY``)."""

    inherit_cache = True


@compiles(_ReportTable)
def _compile_report_table(element: _ReportTable, compiler: Any, **kw: Any) -> str:
    rendered = str(compiler.visit_table(element, **kw))
    if kw.get("asfrom") and compiler.dialect.name == "sqlite":
        rendered += f" INDEXED BY {REPORT_INDEX}"
    return rendered


T = _ReportTable("interactions", *[column(c.name, c.type) for c in Interaction.__table__.columns])
"""The table every report query reads."""

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
        return measure.of == "rows"
    return measure.aggregation in (Aggregation.COUNT, Aggregation.AVERAGE)


def _additive_aggregates(index: int, definition: IndicatorDefinition, home: str, cube: Any) -> list[Label[Any]]:
    """Sums over the cube (columns n, s, c: rows, sum of values, rows with a value)."""
    measure = definition.measure
    name = f"i{index}"
    if measure.aggregation == Aggregation.SHARE:
        assert measure.numerator is not None and measure.denominator is not None
        num = set_predicate(measure.numerator, home, cube.c)
        den = set_predicate(measure.denominator, home, cube.c)
        return [func.sum(case((num, cube.c.n), else_=0)).label(f"{name}_num"),
                func.sum(case((den, cube.c.n), else_=0)).label(f"{name}_den")]
    assert measure.select is not None
    pred = set_predicate(measure.select, home, cube.c)
    if measure.aggregation == Aggregation.COUNT:
        return [func.sum(case((pred, cube.c.n), else_=0)).label(f"{name}_num")]
    return [func.sum(case((pred, cube.c.s))).label(f"{name}_num"),
            func.sum(case((pred, cube.c.c), else_=0)).label(f"{name}_den")]


def _distinct_aggregates(index: int, definition: IndicatorDefinition, home: str) -> list[Label[Any]]:
    """COUNT(DISTINCT ...) over the rows themselves (people and subjects do not add up over groups)."""
    measure = definition.measure
    name = f"i{index}"
    if measure.aggregation == Aggregation.SHARE:
        assert measure.numerator is not None and measure.denominator is not None
        num = set_predicate(measure.numerator, home)
        den = set_predicate(measure.denominator, home)
        return [func.count(distinct(case((num, T.c.actor_ref)))).label(f"{name}_num"),
                func.count(distinct(case((den, T.c.actor_ref)))).label(f"{name}_den")]
    assert measure.select is not None
    pred = set_predicate(measure.select, home)
    target = T.c.subject if measure.aggregation == Aggregation.DISTINCT_SUBJECTS else T.c.actor_ref
    return [func.count(distinct(case((pred, target)))).label(f"{name}_num")]


def _distinct_parts(index: int, definition: IndicatorDefinition, home: str) -> list[tuple[str, Any, str]]:
    """``(label, predicate, counted column)`` of an indicator that counts different people or subjects."""
    measure = definition.measure
    name = f"i{index}"
    if measure.aggregation == Aggregation.SHARE:
        assert measure.numerator is not None and measure.denominator is not None
        return [(f"{name}_num", set_predicate(measure.numerator, home), "actor_ref"),
                (f"{name}_den", set_predicate(measure.denominator, home), "actor_ref")]
    assert measure.select is not None
    target = "subject" if measure.aggregation == Aggregation.DISTINCT_SUBJECTS else "actor_ref"
    return [(f"{name}_num", set_predicate(measure.select, home), target)]


_GROUPING_PLACES = {15: ("total", None), 7: ("month", None), 11: ("dim", "language"), 13: ("dim", "country"),
                    14: ("dim", "topic")}
"""GROUPING(month, language, country, topic) bit masks of the grouping sets (1 = not grouped by)."""


def _pair_statement(parts: list[tuple[str, Any]], key: Any, month_index: Any, where: list[Any]) -> Any:
    """One pass: distinct (group, key) pairs for every grouping set, flagged per indicator, then counted."""
    dims = [month_index, T.c.language, T.c.country, T.c.topic]
    inner = (
        select(func.grouping(*dims).label("g"), month_index.label("m"), T.c.language, T.c.country, T.c.topic,
               *[func.max(case((pred, 1), else_=0)).label(label) for label, pred in parts])
        .where(*where, key.is_not(None))
        .group_by(func.grouping_sets(tuple_(key), tuple_(month_index, key), tuple_(T.c.language, key),
                                     tuple_(T.c.country, key), tuple_(T.c.topic, key)))
        .subquery("pairs")
    )
    return (select(inner.c.g, inner.c.m, inner.c.language, inner.c.country, inner.c.topic,
                   *[func.sum(inner.c[label]).label(label) for label, _pred in parts])
            .group_by(inner.c.g, inner.c.m, inner.c.language, inner.c.country, inner.c.topic))


def _merge_pairs(rows: Sequence[Any], totals: dict[str, Any], months: list[Any], groups: dict[str, list[Any]]) -> None:
    """Spread the rows of a pair statement over totals, months and breakdowns (merging label columns)."""

    def merged(existing: Any, values: dict[str, Any]) -> SimpleNamespace:
        base = dict(vars(existing)) if existing is not None else {}
        base.update(values)
        return SimpleNamespace(**base)

    for row in rows:
        mapping = dict(row._mapping)
        place, dim = _GROUPING_PLACES[int(mapping.pop("g"))]
        month, language, country, topic = (mapping.pop(k) for k in ("m", "language", "country", "topic"))
        if place == "total":
            totals["exact"] = merged(totals.get("exact"), mapping)
        elif place == "month":
            months[int(month)] = merged(months[int(month)], mapping)
        else:
            assert dim is not None
            grp = {"language": language, "country": country, "topic": topic}[dim]
            bucket = groups.setdefault(dim, [])
            for n, existing in enumerate(bucket):
                if existing.grp == grp:
                    bucket[n] = merged(existing, mapping)
                    break
            else:
                bucket.append(merged(None, {"grp": grp, **mapping}))


def _figure(row: Any, index: int, definition: IndicatorDefinition) -> Figure:
    aggregation = definition.measure.aggregation
    num = getattr(row, f"i{index}_num", None) if row is not None else None
    if aggregation in (Aggregation.COUNT, Aggregation.DISTINCT_PEOPLE, Aggregation.DISTINCT_SUBJECTS):
        return Figure(float(num or 0))
    den = int(getattr(row, f"i{index}_den", 0) or 0) if row is not None else 0
    if not den:
        return Figure(None, 0)
    if aggregation == Aggregation.SHARE:
        return Figure(100.0 * float(num or 0) / den, den)
    return Figure(float(num or 0) / den, den)


def _kinds_of(definitions: Sequence[IndicatorDefinition]) -> list[str]:
    kinds: set[str] = set()
    for definition in definitions:
        for selectors in definition.measure.selector_sets():
            for selector in selectors:
                kinds.update(selector.kinds)
    return sorted(kinds)


class ReportService:
    """Builds reports from the interaction log and the indicator definitions."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, definitions: DefinitionsSource, *,
                 timezone: str, home_country: str, dialect: str = "sqlite", concurrency: int = 4) -> None:
        self._uow = uow
        self.dialect = dialect
        self.concurrency = concurrency
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

        def where(kinds: list[str], lower: datetime, upper: datetime) -> list[ColumnElement[bool]]:
            return [_kind_predicate(kinds, T.c), T.c.occurred_at >= lower, T.c.occurred_at < upper, *report_filters]

        # SQLite reads each month's slice of the index (skip-scan), so one statement per month costs one
        # pass in total; PostgreSQL has no skip-scan but hashes groups cheaply: it groups by month instead.
        grouped_months = self.dialect == "postgresql"
        month_index = case(*[(T.c.occurred_at < upper, n) for n, (_l, _lo, upper) in enumerate(months)],
                           else_=len(months) - 1)
        # (what, statement): "total", "month:<n>" or a breakdown dimension; one statement each
        jobs: list[tuple[str, Any]] = []
        if additive:
            kinds = _kinds_of([d for _i, d in additive])

            def cube(lower: datetime, upper: datetime, name: str) -> Any:
                dims = [T.c.kind, T.c.outcome, T.c.language, T.c.country, T.c.topic]
                return (select(*dims, func.count().label("n"), func.sum(T.c.value).label("s"),
                               func.count(T.c.value).label("c"))
                        .where(*where(kinds, lower, upper)).group_by(*dims)
                        .cte(name).prefix_with("MATERIALIZED"))

            whole = cube(start, end, "cube")
            sums = [agg for i, d in additive for agg in _additive_aggregates(i, d, home, whole)]
            parts = [select(literal("total").label("dim"), null().label("grp"), *sums)]
            parts.extend(select(literal(dim), getattr(whole.c, dim), *sums).group_by(getattr(whole.c, dim))
                         for dim in BREAKDOWNS)
            if grouped_months:
                # one pass: the cube also groups by month, the months are one more branch of the union
                dims = [T.c.kind, T.c.outcome, T.c.language, T.c.country, T.c.topic, month_index.label("m")]
                whole = (select(*dims, func.count().label("n"), func.sum(T.c.value).label("s"),
                                func.count(T.c.value).label("c"))
                         .where(*where(kinds, start, end)).group_by(*dims[:-1], month_index)
                         .cte("cube").prefix_with("MATERIALIZED"))
                sums = [agg for i, d in additive for agg in _additive_aggregates(i, d, home, whole)]
                parts = [select(literal("total").label("dim"), null().label("grp"), *sums)]
                parts.extend(select(literal(dim), getattr(whole.c, dim), *sums).group_by(getattr(whole.c, dim))
                             for dim in BREAKDOWNS)
                parts.append(select(literal("month"), cast(whole.c.m, String), *sums).group_by(whole.c.m))
            jobs.append(("additive", union_all(*parts)))
            if not grouped_months:
                for n, (_label, lower, upper) in enumerate(months):
                    part = cube(lower, upper, "month_cube")
                    jobs.append((f"additive-month:{n}", select(
                        *[agg for i, d in additive for agg in _additive_aggregates(i, d, home, part)])))
        if exact and grouped_months:
            # PostgreSQL: hash (group, person) pairs once with GROUPING SETS, then count the pairs; this
            # avoids a sort per COUNT(DISTINCT ...) aggregate
            for target in ("actor_ref", "subject"):
                users = [(i, d) for i, d in exact if any(on == target for _l, _p, on in _distinct_parts(i, d, home))]
                parts_for = [(label, pred) for i, d in users for label, pred, _on in _distinct_parts(i, d, home)]
                if parts_for:
                    jobs.append((f"pairs:{target}", _pair_statement(
                        parts_for, getattr(T.c, target), month_index,
                        where(_kinds_of([d for _i, d in users]), start, end))))
        elif exact:
            kinds = _kinds_of([d for _i, d in exact])
            counts = [agg for i, d in exact for agg in _distinct_aggregates(i, d, home)]
            jobs.append(("exact:total", select(*counts).where(*where(kinds, start, end))))
            if grouped_months:
                jobs.append(("exact:month", select(month_index.label("grp"), *counts)
                             .where(*where(kinds, start, end)).group_by(month_index)))
            else:
                for n, (_label, lower, upper) in enumerate(months):
                    jobs.append((f"exact-month:{n}", select(*counts).where(*where(kinds, lower, upper))))
            for dim in BREAKDOWNS:
                col = getattr(T.c, dim)
                jobs.append((f"exact:{dim}",
                             select(col.label("grp"), *counts).where(*where(kinds, start, end)).group_by(col)))
        # SQLite runs one statement at a time faster than several competing ones; PostgreSQL runs them in parallel
        limit = asyncio.Semaphore(self.concurrency if self.dialect != "sqlite" else 1)

        async def run(statement: Any) -> list[Any]:
            async with limit:
                return await self._fetch(statement)

        fetched = dict(zip([name for name, _ in jobs],
                           await asyncio.gather(*(run(statement) for _name, statement in jobs)), strict=True))

        # rows per place: ("total", None) / ("month", n) / (dimension, None) for breakdown rows
        totals: dict[str, Any] = {}
        month_rows: dict[str, list[Any]] = {"additive": [None] * len(months), "exact": [None] * len(months)}
        groups: dict[str, dict[str, list[Any]]] = {"additive": {}, "exact": {}}
        for name, rows in fetched.items():
            family, _, place = name.partition(":")
            if family == "pairs":
                _merge_pairs(rows, totals, month_rows["exact"], groups["exact"])
            elif family == "additive":
                for row in rows:
                    if row.dim == "total":
                        totals["additive"] = row
                    elif row.dim == "month":
                        month_rows["additive"][int(row.grp)] = row
                    else:
                        groups["additive"].setdefault(row.dim, []).append(row)
            elif family.endswith("-month"):
                month_rows[family.removesuffix("-month")][int(place)] = rows[0] if rows else None
            elif place == "total":
                totals["exact"] = rows[0] if rows else None
            elif place == "month":
                for row in rows:
                    month_rows["exact"][int(row.grp)] = row
            else:
                groups["exact"][place] = list(rows)

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

    async def _fetch(self, statement: Any) -> list[Any]:
        async with self._uow() as uow:
            session = uow.session
            dialect = session.bind.dialect.name if session.bind is not None else ""
            if dialect == "sqlite":
                # room to group in memory instead of temporary files (this connection only)
                await session.execute(text("PRAGMA temp_store=MEMORY"))
                await session.execute(text("PRAGMA cache_size=-65536"))
            elif dialect == "postgresql":
                # hash the groups in memory; compiling these short queries (JIT) costs more than it saves
                await session.execute(text("SET LOCAL work_mem = '256MB'"))
                await session.execute(text("SET LOCAL jit = off"))
            return list((await session.execute(statement)).all())
