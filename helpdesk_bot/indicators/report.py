"""The report engine: indicator values, targets, monthly trends and breakdowns, computed in SQL.

Indicators that add up over groups of rows (counts, shares of rows, averages) come from a small
pre-aggregated cube by month (kind, outcome, language, country, topic, month: rows, sum and number
of values) and conditional sums over it (``SUM(CASE WHEN <selection> THEN n END)``). On SQLite the
cube is a temporary table filled month by month (each statement reads only its month's slice of the
report index) and also yields the combinations the distinct counts need; on PostgreSQL it is a CTE.
Indicators that count *different* people or subjects are counted in one pass per counted column
(:mod:`helpdesk_bot.indicators.report_distinct`); the SQL pieces both share are in
:mod:`helpdesk_bot.indicators.report_sql`, the values a report is made of in
:mod:`helpdesk_bot.indicators.results` (re-exported here, the report's public face).

Rows never travel to Python; only aggregated rows do. The statements run concurrently on
PostgreSQL (one connection per counted column, one for the cube) and one after the other on SQLite.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    String,
    column,
    func,
    insert,
    literal,
    select,
    table,
    text,
)

from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.definitions import IndicatorDefinition, IndicatorSet
from helpdesk_bot.indicators.definitions_file import DefinitionsSource
from helpdesk_bot.indicators.report_distinct import masked_counts
from helpdesk_bot.indicators.report_sql import (
    COMBINATION,
    CUBE_TABLE,
    T,
    additive_statement,
    combinations,
    exact_parts,
    figure_of,
    is_additive,
    merge_exact,
    month_number,
    scope_of,
    target_of,
    tune,
)
from helpdesk_bot.indicators.results import (
    BREAKDOWNS,
    UNKNOWN,
    Figure,
    IndicatorResult,
    Period,
    Report,
    ReportFilters,
)

__all__ = ["BREAKDOWNS", "UNKNOWN", "Figure", "IndicatorResult", "Period", "Report", "ReportFilters",
           "ReportService"]


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
            trend = tuple((label, figure_of(row, index, definition))
                          for (label, _l, _u), row in zip(months, month_rows[family], strict=True))
            breakdowns: dict[str, tuple[tuple[str, Figure], ...]] = {}
            for dim in BREAKDOWNS:
                pairs = [(row.grp if row.grp is not None else UNKNOWN, figure_of(row, index, definition))
                         for row in groups[family].get(dim, [])]
                breakdowns[dim] = tuple(sorted(pairs, key=lambda item: (item[0] == UNKNOWN, item[0])))
            built.append(IndicatorResult(definition, figure_of(totals.get(family), index, definition), trend,
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
        month_index = month_number(T.c.occurred_at, months)

        async def additive_rows() -> list[Any]:
            if not additive:
                return []
            scope = scope_of([d for _i, d in additive], T.c)
            dims = [T.c.kind, T.c.outcome, T.c.language, T.c.country, T.c.topic, month_index.label("m")]
            cube = (select(*dims, func.count().label("n"), func.sum(T.c.value).label("s"),
                           func.count(T.c.value).label("c"))
                    .where(scope, T.c.occurred_at >= start, T.c.occurred_at < end, *filters)
                    .group_by(*dims[:-1], month_index)
                    .cte("cube").prefix_with("MATERIALIZED"))
            return await self._fetch(additive_statement(additive, home, cube, None))

        # one job per counted column (people, subjects), each on a connection of its own
        by_target: dict[str, list[tuple[int, IndicatorDefinition]]] = {}
        for index, definition in exact:
            by_target.setdefault(target_of(definition), []).append((index, definition))
        jobs = [self._distinct_counts(mine, start, end, months, filters) for mine in by_target.values()]
        results: list[Any]
        if self.concurrency < 2:
            results = [await job for job in [*jobs, additive_rows()]]
        else:
            # the distinct counts take longest: started first
            results = list(await asyncio.gather(*jobs, additive_rows()))
        return results[-1], merge_exact(results[:-1]) if jobs else None

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
        scope = scope_of([d for _i, d in [*additive, *exact]], T.c)
        cube = table(CUBE_TABLE, column("m", Integer), *[column(name, String) for name in COMBINATION],
                     column("n", Integer), column("s", Float), column("c", Integer), schema="temp")
        combination = [getattr(T.c, name) for name in COMBINATION]
        async with self._uow() as uow:
            session = uow.session
            await tune(session)
            await session.execute(text(f"DROP TABLE IF EXISTS temp.{CUBE_TABLE}"))
            await session.execute(text(f"CREATE TEMP TABLE {CUBE_TABLE} (m INTEGER, kind TEXT, outcome TEXT, "
                                       "language TEXT, country TEXT, topic TEXT, n INTEGER, s REAL, c INTEGER)"))
            for n, (_label, lower, upper) in enumerate(months):
                await session.execute(insert(cube).from_select(
                    ["m", *COMBINATION, "n", "s", "c"],
                    select(literal(n), *combination, func.count(), func.sum(T.c.value), func.count(T.c.value))
                    .where(scope, T.c.occurred_at >= lower, T.c.occurred_at < upper, *filters)
                    .group_by(*combination)))
            additive_rows: list[Any] = []
            if additive:
                additive_rows = list((await session.execute(additive_statement(
                    additive, home, cube, scope_of([d for _i, d in additive], cube.c)))).all())
            exact_rows = None
            if exact:
                parts = exact_parts(exact, home, cube.c)
                combos = await combinations(session, cube, parts, [scope_of([d for _i, d in exact], cube.c)])
                exact_rows = await masked_counts(session, parts, combos, start, end, months,
                                                 scope_of([d for _i, d in exact], T.c), filters,
                                                 dialect=self.dialect, sort_limit=self.sort_limit)
            await session.execute(text(f"DROP TABLE IF EXISTS temp.{CUBE_TABLE}"))
        return additive_rows, exact_rows

    async def _fetch(self, statement: Any) -> list[Any]:
        async with self._uow() as uow:
            await tune(uow.session)
            return list((await uow.session.execute(statement)).all())

    async def _distinct_counts(
        self, exact: Sequence[tuple[int, IndicatorDefinition]], start: datetime, end: datetime,
        months: Sequence[tuple[str, datetime, datetime]], filters: Sequence[ColumnElement[bool]],
    ) -> tuple[Any, list[Any], dict[str, list[Any]]]:
        """Distinct people and subjects of every exact indicator (PostgreSQL: a connection of their own)."""
        parts = exact_parts(exact, self.home_country, T.c)
        scope = scope_of([d for _i, d in exact], T.c)
        async with self._uow() as uow:
            await tune(uow.session)
            # the groups of the breakdowns (every part counts as selecting them: the predicates are
            # evaluated on the rows themselves, and grouping by fewer columns costs less)
            dims = [getattr(T.c, dim) for dim in BREAKDOWNS]
            groups = (await uow.session.execute(
                select(*dims).where(scope, T.c.occurred_at >= start, T.c.occurred_at < end,
                                    *filters).group_by(*dims))).all()
            combos = [{**row._mapping, **{f"f{n}": 1 for n in range(len(parts))}} for row in groups]
            return await masked_counts(uow.session, parts, combos, start, end, months, scope, filters,
                                       dialect=self.dialect, sort_limit=self.sort_limit)
