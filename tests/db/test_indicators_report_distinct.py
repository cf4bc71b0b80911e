"""Distinct people and subjects in reports, against a brute-force count of a random log (SQLite and PostgreSQL).

The report counts different people per month, language, country and topic with bit masks of the
groups (62 groups per mask): the log here has more than 62 topics and the period more than 62
months, people without a language or country, rows without a person, and a report filter.
"""

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.indicators.definitions_file import DefinitionsSource
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.report import UNKNOWN, Period, Report, ReportFilters, ReportService

ZONE = "Europe/Warsaw"
PERIOD = Period(date(2020, 1, 1), date(2026, 6, 30))  # 78 months: two masks of months
TOPICS = [f"topic{n:02d}" for n in range(70)] + [None]  # 71 groups: two masks of topics
KINDS = ["kb.question", "booking.requested", "booking.held", "ticket.answered", "command.start"]


def _names(text: str) -> dict[str, str]:
    return {lang: f"{text} ({lang})" for lang in LANGUAGES}


def _indicator(id: str, measure: dict[str, Any], unit: str = "people") -> dict[str, Any]:
    return {"id": id, "type": "output", "activity": "all", "name": _names(id), "description": _names(id),
            "unit": unit, "target": {"value": 10, "date": date(2027, 12, 31)}, "measure": measure}


DEFINITIONS = {
    "project_start": date(2020, 1, 1),
    "activities": {"all": _names("all")},
    "indicators": [
        _indicator("people", {"aggregation": "distinct_people",
                              "select": [{"kinds": ["kb.question"], "outcome": ["answered"]},
                                         {"kinds": ["booking.held"]}]}),
        _indicator("tickets", {"aggregation": "distinct_subjects", "select": {"kinds": ["ticket.answered"]}},
                   unit="count"),
        _indicator("booking_people", {"aggregation": "share", "of": "people",
                                      "numerator": {"kinds": ["booking.*"]},
                                      "denominator": {"kinds": ["kb.question", "booking.*"]}}, unit="percent"),
        _indicator("foreign", {"aggregation": "distinct_people",
                               "select": {"kinds": ["kb.question", "booking.requested"], "cross_border": True}}),
        _indicator("rows", {"aggregation": "count", "select": {"kinds": ["kb.question"]}}, unit="count"),
    ],
}


def _log(seed: int = 11, size: int = 700) -> list[InteractionRecord]:
    rng = random.Random(seed)
    start = datetime(2019, 12, 25, tzinfo=UTC)  # a few rows before the period, a few after it
    span = (datetime(2026, 7, 5, tzinfo=UTC) - start).total_seconds()
    records = []
    for _ in range(size):
        kind = rng.choice(KINDS)
        records.append(InteractionRecord(
            kind=kind,
            outcome=rng.choice(["answered", "unanswered"]) if kind == "kb.question" else "ok",
            actor_ref=None if rng.random() < 0.05 else f"p{rng.randrange(40)}",
            language=rng.choice(["pl", "en", "de", None]),
            country=rng.choice(["PL", "PL", "CZ", "DE", None]),
            topic=rng.choice(TOPICS),
            subject=f"ticket:{rng.randrange(60)}" if kind == "ticket.answered" else None,
            occurred_at=start + timedelta(seconds=rng.random() * span),
        ))
    return records


def _month(record: InteractionRecord) -> str:
    assert record.occurred_at is not None
    return f"{record.occurred_at.astimezone(ZoneInfo(ZONE)):%Y-%m}"


def _in_period(record: InteractionRecord) -> bool:
    lower, upper = PERIOD.bounds(ZONE)
    assert record.occurred_at is not None
    return lower <= record.occurred_at < upper


def _expected(log: list[InteractionRecord], keep: Callable[[InteractionRecord], bool]) -> dict[str, Any]:
    """Brute force: every distinct indicator's total, trend and breakdowns from the records themselves."""
    rows = [r for r in log if _in_period(r) and keep(r)]
    exact_kinds = {"kb.question", "booking.requested", "booking.held", "ticket.answered"}
    universe = {dim: {getattr(r, dim) for r in rows if r.kind in exact_kinds} for dim in ("language", "country", "topic")}
    sets: dict[str, Callable[[InteractionRecord], bool]] = {
        "people": lambda r: (r.kind == "kb.question" and r.outcome == "answered") or r.kind == "booking.held",
        "tickets": lambda r: r.kind == "ticket.answered",
        "booking_num": lambda r: r.kind.startswith("booking."),
        "booking_den": lambda r: r.kind == "kb.question" or r.kind.startswith("booking."),
        "foreign": lambda r: r.kind in ("kb.question", "booking.requested") and r.country not in (None, "PL"),
    }

    def count(name: str, group: Callable[[InteractionRecord], bool]) -> int:
        key = "subject" if name == "tickets" else "actor_ref"
        return len({getattr(r, key) for r in rows if sets[name](r) and group(r) and getattr(r, key) is not None})

    def value(indicator: str, group: Callable[[InteractionRecord], bool]) -> float | None:
        if indicator == "booking_people":
            den = count("booking_den", group)
            return 100.0 * count("booking_num", group) / den if den else None
        return float(count(indicator, group))

    months = [label for label, _lower, _upper in PERIOD.months(ZONE)]
    expected: dict[str, Any] = {}
    for indicator in ("people", "tickets", "booking_people", "foreign"):
        expected[indicator] = {
            "total": value(indicator, lambda r: True),
            "trend": {m: value(indicator, lambda r, m=m: _month(r) == m) for m in months},
            **{dim: {UNKNOWN if g is None else g: value(indicator, lambda r, d=dim, g=g: getattr(r, d) == g)
                     for g in universe[dim]} for dim in ("language", "country", "topic")},
        }
    return expected


def _rounded(value: Any) -> Any:
    """Nested dicts with their floats rounded (shares are divisions; pytest.approx does not nest)."""
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    return round(value, 9) if isinstance(value, float) else value


def _actual(report: Report) -> dict[str, Any]:
    actual: dict[str, Any] = {}
    for indicator in ("people", "tickets", "booking_people", "foreign"):
        result = report.get(indicator)
        actual[indicator] = {
            "total": result.value,
            "trend": {m: f.value for m, f in result.trend},
            **{dim: {g: f.value for g, f in result.breakdowns[dim]} for dim in ("language", "country", "topic")},
        }
    return actual


@pytest.fixture
async def reports(db_services: Services, tmp_path: Path) -> tuple[ReportService, list[InteractionRecord]]:
    path = tmp_path / "indicators.yaml"
    path.write_text(yaml.safe_dump(DEFINITIONS, allow_unicode=True), encoding="utf-8")
    log = _log()
    await db_services.interactions.record(*log)
    service = ReportService(db_services.uow, db_services.clock, DefinitionsSource(path), timezone=ZONE,
                            home_country="PL", dialect=db_services.engine.dialect.name)
    return service, log


@pytest.mark.parametrize("sort_limit", [0, 10**9], ids=["person-index", "sorted-rows"])
async def test_distinct_counts_match_a_brute_force_count(
    reports: tuple[ReportService, list[InteractionRecord]], sort_limit: int,
) -> None:
    service, log = reports
    service.sort_limit = sort_limit  # SQLite: both ways of grouping by person
    report = await service.build(PERIOD)
    assert len(report.get("people").trend) == 78
    expected = _expected(log, lambda r: True)
    assert len(expected["people"]["topic"]) > 62
    assert _rounded(_actual(report)) == _rounded(expected)
    assert report.get("rows").value == len([r for r in log if _in_period(r) and r.kind == "kb.question"])


async def test_distinct_counts_with_a_report_filter(reports: tuple[ReportService, list[InteractionRecord]]) -> None:
    service, log = reports
    report = await service.build(PERIOD, ReportFilters(country="PL"))
    assert _rounded(_actual(report)) == _rounded(_expected(log, lambda r: r.country == "PL"))
    assert report.get("foreign").value == 0
