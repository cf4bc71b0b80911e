"""The report export use case (staff only, one audit row per delivered export) with in-memory fakes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

import pytest

from helpdesk_bot.indicators.exporting import Export, ReportExports
from helpdesk_bot.indicators.results import Period, Report, ReportFilters
from helpdesk_bot.people.actor import CLI, Forbidden, Operator
from helpdesk_bot.people.models import Role
from tests.fakes import FakeAudit
from tests.unit.test_roles_policy import person

MONTH = Period(date(2026, 11, 1), date(2026, 11, 30))


@dataclass
class FakeReports:
    """Builds a marker report per call and counts what was read."""

    timezone: str = "Europe/Warsaw"
    built: list[tuple[Period, ReportFilters | None]] = field(default_factory=list)

    def named_period(self, name: str) -> Period:
        assert name == "month"
        return MONTH

    async def build(self, period: Period, filters: ReportFilters | None = None) -> Report:
        self.built.append((period, filters))
        return cast(Report, ("report", period))


@dataclass
class FakeDiagnosis:
    calls: list[tuple[datetime, datetime]] = field(default_factory=list)

    async def __call__(self, since: datetime, until: datetime) -> dict[str, Any]:
        self.calls.append((since, until))
        return {"sectors": {"ceramics": 2}}


def _exports() -> tuple[ReportExports, FakeReports, FakeAudit, FakeDiagnosis]:
    reports, audit, diagnosis = FakeReports(), FakeAudit(), FakeDiagnosis()
    return ReportExports(reports, audit, diagnosis), reports, audit, diagnosis


@pytest.mark.parametrize("actor", [person(), person(Role.ADVISOR), person(Role.PARTNER),
                                   person(Role.ADVISOR, Role.PARTNER), Operator(5, roles=frozenset())])
async def test_only_staff_export_and_a_refusal_reads_delivers_and_audits_nothing(actor: object) -> None:
    exports, reports, audit, diagnosis = _exports()
    delivered: list[Export] = []
    started: list[bool] = []

    async def deliver(export: Export) -> None:
        delivered.append(export)

    async def working() -> None:
        started.append(True)

    with pytest.raises(Forbidden) as refused:
        await exports.export(actor, "month", target="xlsx", deliver=deliver, started=working)  # type: ignore[arg-type]
    assert refused.value.role == Role.STAFF
    assert (reports.built, diagnosis.calls, delivered, started, audit.rows) == ([], [], [], [], [])


async def test_each_delivered_export_writes_one_audit_row_of_who_and_where() -> None:
    exports, reports, audit, diagnosis = _exports()
    delivered: list[Export] = []

    async def deliver(export: Export) -> None:
        assert len(audit.rows) == len(delivered)  # each export is audited after its delivery
        delivered.append(export)

    staff = person(Role.STAFF)
    first = await exports.export(staff, "month", target="xlsx", deliver=deliver)
    assert first.period == MONTH and first.diagnosis == {"sectors": {"ceramics": 2}}
    assert diagnosis.calls == [MONTH.bounds("Europe/Warsaw")]
    filters = ReportFilters(country="CZ")
    await exports.export(CLI, MONTH, target="csv", deliver=deliver, filters=filters, diagnosis=False,
                         output="r.csv")
    assert len(delivered) == 2 and delivered[1].diagnosis is None and len(diagnosis.calls) == 1
    assert reports.built == [(MONTH, None), (MONTH, filters)]
    assert audit.rows == [
        ("report.export", staff.telegram_id, "xlsx",
         {"via": "telegram", "period": "2026-11-01/2026-11-30", "name": "month"}),
        ("report.export", None, "csv",
         {"via": "cli", "period": "2026-11-01/2026-11-30", "filters": "country=CZ", "output": "r.csv"}),
    ]


async def test_an_export_that_could_not_be_delivered_is_not_audited() -> None:
    exports, _reports, audit, _diagnosis = _exports()

    async def deliver(_export: Export) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        await exports.export(CLI, MONTH, target="xlsx", deliver=deliver, output="/full/r.xlsx")
    assert audit.rows == []
