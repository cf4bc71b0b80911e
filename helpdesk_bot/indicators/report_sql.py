"""The SQL of the report: the tables read through covering indexes, the selections as predicates,
the additive cube's sums and the helpers both databases share (see :mod:`helpdesk_bot.indicators.report`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    null,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import Label
from sqlalchemy.sql.expression import Join, TableClause

from helpdesk_bot.indicators.definitions import Aggregation, IndicatorDefinition, Selector
from helpdesk_bot.indicators.kinds import NOT_COUNTED_OUTCOMES
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.indicators.results import BREAKDOWNS, Figure

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


class OrderedJoin(Join):
    """A join whose left side SQLite must read first (``CROSS JOIN ... ON``: the planner keeps the order)."""

    inherit_cache = True


@compiles(OrderedJoin)
def _compile_ordered_join(element: OrderedJoin, compiler: Any, **kw: Any) -> str:
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


def distinct_parts(index: int, definition: IndicatorDefinition, home: str,
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


COMBINATION = ("kind", "outcome", "language", "country", "topic")
"""The columns every selection and every breakdown reads: a row's combination decides all but its month."""



def month_number(occurred_at: Any, months: Sequence[tuple[str, datetime, datetime]]) -> Any:
    """A row's month number in the period (rows limited to the period), by binary search over the month ends."""
    ends = [upper for _label, _lower, upper in months]

    def search(lo: int, hi: int) -> Any:  # months lo .. hi - 1
        if hi - lo == 1:
            return literal(lo, Integer)
        mid = (lo + hi) // 2
        return case((occurred_at < ends[mid - 1], search(lo, mid)), else_=search(mid, hi))

    return search(0, len(months))


def figure_of(row: Any, index: int, definition: IndicatorDefinition) -> Figure:
    """Indicator ``index``'s figure from an aggregated row (``i<n>_num``/``i<n>_den``; None: nothing counted)."""
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


def scope_of(definitions: Sequence[IndicatorDefinition], cols: Columns) -> ColumnElement[bool]:
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


def additive_statement(additive: Sequence[tuple[int, IndicatorDefinition]], home: str, cube: Any,
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


def target_of(definition: IndicatorDefinition) -> str:
    """The column an exact indicator counts different values of."""
    return "subject" if definition.measure.aggregation == Aggregation.DISTINCT_SUBJECTS else "actor_ref"


def merge_exact(
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


def exact_parts(exact: Sequence[tuple[int, IndicatorDefinition]], home: str,
                 cols: Columns) -> list[tuple[str, Any, str]]:
    """``(label, predicate on cols, counted column)`` of every exact indicator's sets."""
    return [(label, predicate, target) for i, d in exact
            for label, predicate, target in distinct_parts(i, d, home, cols)]


async def combinations(session: Any, source: Any, parts: list[tuple[str, Any, str]],
                        where: Sequence[ColumnElement[bool]]) -> list[Any]:
    """The combinations of :data:`COMBINATION` in ``source`` (rows or a cube), flagged per part (``f<n>``)."""
    combination = [getattr(source.c, name) for name in COMBINATION]
    flags = [case((predicate, 1), else_=0).label(f"f{n}") for n, (_l, predicate, _t) in enumerate(parts)]
    size = (func.sum(source.c.n) if "n" in source.c else func.count()).label("size")
    result = await session.execute(select(*combination, *flags, size).where(*where).group_by(*combination))
    return [row._mapping for row in result.all()]

CUBE_TABLE = "report_cube"
"""SQLite's temporary cube by month (private to the connection)."""

COMBOS_TABLE = "report_combinations"
"""SQLite's temporary table of the selected combinations (private to the connection)."""


async def tune(session: Any) -> None:
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
