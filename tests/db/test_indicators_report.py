"""The report engine on a hand-made interaction log with known answers (SQLite and PostgreSQL)."""

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.indicators.definitions_file import DefinitionsSource
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.report import UNKNOWN, Period, ReportFilters, ReportService


def _names(text: str) -> dict[str, str]:
    return {lang: f"{text} ({lang})" for lang in LANGUAGES}


def indicator(id: str, measure: dict[str, Any], unit: str = "count", target: float = 10,
              direction: str = "at_least") -> dict[str, Any]:
    return {"id": id, "type": "output", "activity": "all", "name": _names(id), "description": _names(id),
            "unit": unit, "target": {"value": target, "date": date(2027, 12, 31), "direction": direction},
            "measure": measure}


DEFINITIONS = {
    "project_start": date(2026, 1, 1),
    "activities": {"all": _names("all")},
    "indicators": [
        indicator("answers", {"aggregation": "count", "select": {"kinds": ["kb.question"], "outcome": ["answered"]}}),
        indicator("people", {"aggregation": "distinct_people",
                             "select": [{"kinds": ["kb.question"], "outcome": ["answered"]},
                                        {"kinds": ["booking.held"]}]}, unit="people", target=4),
        indicator("tickets", {"aggregation": "distinct_subjects", "select": {"kinds": ["ticket.answered"]}}),
        indicator("bot_share", {"aggregation": "share",
                                "numerator": {"kinds": ["kb.question"], "outcome": ["answered"]},
                                "denominator": {"kinds": ["kb.question"]}}, unit="percent", target=50),
        indicator("asking_people_share", {"aggregation": "share", "of": "people",
                                          "numerator": {"kinds": ["booking.*"]},
                                          "denominator": {"kinds": ["kb.question", "booking.*"]}},
                  unit="percent", target=50),
        indicator("rating", {"aggregation": "average", "select": {"kinds": ["booking.feedback"]}},
                  unit="rating", target=4.5),
        indicator("no_show", {"aggregation": "share", "numerator": {"kinds": ["booking.no_show"]},
                              "denominator": {"kinds": ["booking.held", "booking.no_show"]}},
                  unit="percent", target=10, direction="at_most"),
        indicator("foreign", {"aggregation": "distinct_people",
                              "select": {"kinds": ["kb.question"], "cross_border": True}}, unit="people"),
        indicator("polish_taxes", {"aggregation": "count",
                                   "select": {"kinds": ["kb.question"], "language": ["pl"], "topic": ["taxes"]}}),
        indicator("nothing", {"aggregation": "average", "select": {"kinds": ["event.feedback"]}}, unit="rating"),
    ],
}


def at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def q(actor: str, outcome: str, when: datetime, lang: str = "en", country: str | None = "PL",
      topic: str | None = "taxes") -> InteractionRecord:
    return InteractionRecord(kind="kb.question", outcome=outcome, actor_ref=actor, language=lang, country=country,
                             topic=topic, occurred_at=when)


def ev(kind: str, actor: str, when: datetime, **fields: Any) -> InteractionRecord:
    fields.setdefault("language", "en")
    fields.setdefault("country", "PL")
    return InteractionRecord(kind=kind, actor_ref=actor, occurred_at=when, **fields)


LOG = [
    # September: a answered twice (pl, taxes), b unanswered (de, from DE), c answered (en, from CZ)
    q("a", "answered", at(9, 3), lang="pl"), q("a", "answered", at(9, 20), lang="pl"),
    q("b", "unanswered", at(9, 4), lang="de", country="DE", topic="vat"),
    q("c", "answered", at(9, 5), country="CZ", topic=None),
    # October: d answered; a booked and held, gave 4; e held, gave 5; f did not come; tickets
    q("d", "answered", at(10, 2), lang="sv", country="SE", topic="vat"),
    ev("booking.requested", "a", at(10, 3)), ev("booking.held", "a", at(10, 10)),
    ev("booking.feedback", "a", at(10, 10), value=4.0),
    ev("booking.held", "e", at(10, 11)), ev("booking.feedback", "e", at(10, 11), value=5.0),
    ev("booking.no_show", "f", at(10, 12)),
    ev("ticket.answered", "b", at(10, 14), subject="ticket:1"),
    ev("ticket.answered", "b", at(10, 15), subject="ticket:1"),  # a second reply in the same ticket
    ev("ticket.answered", "c", at(10, 16), subject="ticket:2"),
    # noise that no indicator reads
    ev("command.start", "a", at(10, 1)), ev("menu.ask", "z", at(10, 1)),
    # the evening of 31 October in UTC is 1 November in Warsaw
    q("g", "answered", datetime(2026, 10, 31, 23, 30, tzinfo=UTC), country=None, topic=None),
    # outside the period
    q("h", "answered", at(8, 31)), q("h", "answered", at(12, 1)),
]


@pytest.fixture
async def reports(db_services: Services, tmp_path: Path) -> ReportService:
    path = tmp_path / "indicators.yaml"
    path.write_text(yaml.safe_dump(DEFINITIONS, allow_unicode=True), encoding="utf-8")
    await db_services.interactions.record(*LOG)
    return ReportService(db_services.uow, db_services.clock, DefinitionsSource(path), timezone="Europe/Warsaw",
                         home_country="PL", dialect=db_services.engine.dialect.name)


PERIOD = Period(date(2026, 9, 1), date(2026, 11, 30))


async def test_each_aggregation_has_the_known_value(reports: ReportService) -> None:
    report = await reports.build(PERIOD)
    totals = report.totals()
    assert totals["answers"] == 5            # a, a, c, d, g (h is outside)
    assert totals["people"] == 5             # a c d g (answers) + a e (held)
    assert totals["tickets"] == 2            # ticket:1 counted once
    assert totals["bot_share"] == pytest.approx(100 * 5 / 6)
    assert totals["asking_people_share"] == pytest.approx(100 * 3 / 7)  # a e f among a b c d e f g
    assert totals["rating"] == pytest.approx(4.5)
    assert totals["no_show"] == pytest.approx(100 / 3)
    assert totals["foreign"] == 3            # b (DE), c (CZ), d (SE); g has no country
    assert totals["polish_taxes"] == 2
    assert totals["nothing"] is None
    rating = report.get("rating")
    assert rating.figure.base == 2 and rating.met is True and rating.share_of_target == pytest.approx(1.0)
    no_show = report.get("no_show")
    assert no_show.met is False and no_show.share_of_target == pytest.approx(10 / (100 / 3))  # a maximum exceeded: below 1
    assert report.get("people").met is True and report.get("answers").met is False


async def test_trend_by_month_in_the_centres_time_zone(reports: ReportService) -> None:
    report = await reports.build(PERIOD)
    answers = dict((m, f.value) for m, f in report.get("answers").trend)
    assert answers == {"2026-09": 3, "2026-10": 1, "2026-11": 1}
    people = dict((m, f.value) for m, f in report.get("people").trend)
    assert people == {"2026-09": 2, "2026-10": 3, "2026-11": 1}
    share = dict((m, f.value) for m, f in report.get("bot_share").trend)
    assert share["2026-09"] == pytest.approx(75.0) and share["2026-11"] == pytest.approx(100.0)
    assert dict(report.get("rating").trend)["2026-09"].value is None


async def test_breakdowns_by_language_country_and_topic(reports: ReportService) -> None:
    report = await reports.build(PERIOD)
    answers = report.get("answers").breakdowns
    assert dict((g, f.value) for g, f in answers["language"]) == {"en": 2, "pl": 2, "sv": 1, "de": 0}
    assert dict((g, f.value) for g, f in answers["topic"])[UNKNOWN] == 2
    people = report.get("people").breakdowns
    assert dict((g, f.value) for g, f in people["country"]) == {"PL": 2, "CZ": 1, "SE": 1, "DE": 0, UNKNOWN: 1}
    shares = dict((g, f.value) for g, f in report.get("bot_share").breakdowns["country"])
    assert shares["DE"] == 0 and shares["PL"] == 100
    assert [g for g, _f in answers["country"]][-1] == UNKNOWN  # unknown sorts last


async def test_report_filters_and_period_limits(reports: ReportService) -> None:
    polish = await reports.build(PERIOD, ReportFilters(language="pl"))
    assert polish.totals()["answers"] == 2 and polish.totals()["people"] == 1
    september = await reports.build(Period(date(2026, 9, 1), date(2026, 9, 30)))
    assert september.totals()["answers"] == 3 and [m for m, _f in september.get("answers").trend] == ["2026-09"]
    october = await reports.build(Period(date(2026, 10, 1), date(2026, 10, 31)))
    assert october.totals()["answers"] == 1  # the 23:30 UTC question of 31 October belongs to November
    empty = await reports.build(Period(date(2025, 1, 1), date(2025, 1, 31)))
    assert empty.totals()["answers"] == 0 and empty.totals()["bot_share"] is None


async def test_named_periods(reports: ReportService, db_services: Services) -> None:
    db_services.clock.set(datetime(2026, 11, 23, 9, tzinfo=UTC))  # type: ignore[attr-defined]
    assert reports.named_period("month") == Period(date(2026, 11, 1), date(2026, 11, 23))
    assert reports.named_period("quarter") == Period(date(2026, 10, 1), date(2026, 11, 23))
    assert reports.named_period("year") == Period(date(2026, 1, 1), date(2026, 11, 23))
    assert reports.named_period("project") == Period(date(2026, 1, 1), date(2026, 11, 23))
    with pytest.raises(ValueError):
        reports.named_period("decade")


async def test_the_default_definitions_run(db_services: Services) -> None:
    await db_services.interactions.record(*LOG)
    report = await db_services.reports.build(PERIOD)
    totals = report.totals()
    assert totals["consultations_held"] == 2 and totals["questions_answered_by_advisors"] == 2
    assert totals["entrepreneurs_supported"] == 6  # a c d g answered, a e held, b c got ticket answers
    assert totals["satisfaction_rating"] == pytest.approx(4.5)
