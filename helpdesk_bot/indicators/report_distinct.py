"""Distinct people and subjects per month, language, country and topic in one pass per counted column.

Indicators that count *different* people or subjects do not add up over groups, and distinct counts
per month, language, country and topic were the report's main cost (one ``COUNT(DISTINCT ...)``
pass over the rows per grouping). They are computed in one pass per counted column instead
(:func:`masked_counts`):

1. the period's combinations of (kind, outcome, language, country, topic) are listed with, for each
   distinct measure, whether the combination is selected (a few thousand rows, grouped by the index);
2. one statement groups the rows by person (or subject) and keeps, per measure, bit masks of the
   months, languages, countries and topics in which the person was selected (``bit_or`` on
   PostgreSQL, ``SUM(DISTINCT <single bit>)`` on SQLite, which streams the persons in the order of
   the ``ix_interactions_actor_report`` index, or sorts a short period's rows), then counts the people
   per distinct mask;
3. Python adds each mask's count to the groups of its bits.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    column,
    distinct,
    func,
    literal,
    null,
    or_,
    select,
    table,
    text,
    union_all,
)

from helpdesk_bot.indicators.report_sql import COMBINATION, COMBOS_TABLE, TA, OrderedJoin, T
from helpdesk_bot.indicators.results import BREAKDOWNS

MASK_BITS = 62
"""Groups per bit mask: a mask (or a sum of its distinct bits) stays a positive 64-bit integer."""

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


def _code(col: Any, codes: dict[Any, int], chunk: int) -> Any:
    """The bit of a row's group of one breakdown inside ``chunk`` (NULL outside it)."""
    whens = [(col.is_(None) if value is None else col == value, literal(1 << (n % MASK_BITS), BigInteger))
             for value, n in codes.items() if n // MASK_BITS == chunk]
    return case(*whens) if whens else null()


async def masked_counts(
    session: Any, parts: list[tuple[str, Any, str]], combos: list[Any], start: datetime, end: datetime,
    months: Sequence[tuple[str, datetime, datetime]], scope: ColumnElement[bool],
    filters: Sequence[ColumnElement[bool]], *, dialect: str, sort_limit: int,
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
        if dialect == "sqlite":
            statement = await _sqlite_masks(session, target, mine, masks, selected, codes, months,
                                            start, end, sort_limit)
        else:
            statement = _inline_masks(target, mine, parts, masks, codes, months, scope, start, end, filters)
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
    if dialect == "sqlite":
        await session.execute(text(f"DROP TABLE IF EXISTS temp.{COMBOS_TABLE}"))

    def row(place: tuple[str, Any], **extra: Any) -> SimpleNamespace:
        return SimpleNamespace(**extra, **{label: counts[label].get(place, 0) for label in counts})

    return (row(("total", None)), [row(("month", n)) for n in range(len(months))],
            {dim: [row((dim, value), grp=value) for value in values] for dim, values in groups.items()})

async def _sqlite_masks(session: Any, target: str, mine: list[int], masks: list[_Mask],
                        selected: list[Any], codes: dict[str, dict[Any, int]],
                        months: Sequence[tuple[str, datetime, datetime]], start: datetime, end: datetime,
                        sort_limit: int) -> Any:
    """SQLite: the selected combinations go into a temporary table, joined to each row by the index.

    Each row then costs a lookup instead of evaluating every selection; people are read in index
    order (no sort) and each mask is ``SUM(DISTINCT <single bit>)``, i.e. a bitwise OR.
    """
    chunks = {dim: list(_chunks(len(values))) for dim, values in codes.items()}
    code_columns = [f"{dim}{chunk}" for dim in BREAKDOWNS for chunk in chunks[dim]]
    flag_columns = [f"f{n}" for n in mine]
    await session.execute(text(f"DROP TABLE IF EXISTS temp.{COMBOS_TABLE}"))
    await session.execute(text(
        f"CREATE TEMP TABLE {COMBOS_TABLE} (kind TEXT, outcome TEXT, language TEXT, country TEXT, topic TEXT, "
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
    await session.execute(text(f"INSERT INTO temp.{COMBOS_TABLE} ({', '.join(names)}) "
                               f"VALUES ({', '.join(':' + name for name in names)})"), values)
    # covering: each row's lookup reads the index only
    await session.execute(text(f"CREATE INDEX temp.{COMBOS_TABLE}_key ON {COMBOS_TABLE} ({', '.join(names)})"))
    # without statistics SQLite takes the table for a million rows and builds a Bloom filter of the
    # interactions for the join (a scan of the whole table)
    await session.execute(text("ANALYZE temp"))
    combos = table(COMBOS_TABLE, *[column(name, Integer if name not in COMBINATION else String) for name in names])
    # many rows: read them person by person (actor index, no sort) and look each one's combination
    # up; few rows (subjects, short periods): read the selected combinations' slices of the report
    # index and sort them by person
    by_person = target == "actor_ref" and sum(combo["size"] for combo in selected) >= sort_limit
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
    source = OrderedJoin(rows, combos, on) if by_person else OrderedJoin(combos, rows, on)
    per = (select(key.label("k"), *columns).select_from(source)
           .where(rows.c.occurred_at >= start, rows.c.occurred_at < end, key.is_not(None))
           .group_by(key).cte("per").prefix_with("MATERIALIZED"))
    return union_all(*[select(literal(str(n)).label("name"), per.c[f"a{n}"].label("mask"),
                              func.count().label("n")).group_by(per.c[f"a{n}"]) for n in range(len(masks))])

def _inline_masks(target: str, mine: list[int], parts: list[tuple[str, Any, str]], masks: list[_Mask],
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
