"""The report as table, CSV, JSON and XLSX, the PNG chart, and `helpdesk-bot report` end to end."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from matplotlib.image import imread
from openpyxl import load_workbook

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.cli import main
from helpdesk_bot.indicators.charts import progress_chart
from helpdesk_bot.indicators.exports import render, to_xlsx
from helpdesk_bot.indicators.report import Figure, Period, Report
from tests.db.test_indicators_report import LOG

PERIOD = Period(date(2026, 9, 1), date(2026, 11, 30))


@pytest.fixture
async def report(services: Services) -> Report:
    await services.interactions.record(*LOG)
    return await services.reports.build(PERIOD)


async def test_workbook_has_targets_and_one_sheet_per_breakdown(report: Report, services: Services) -> None:
    workbook = load_workbook(io.BytesIO(to_xlsx(report, services.translator, "en")))
    assert workbook.sheetnames == ["Indicators", "By language", "By country", "By topic"]
    rows = {r[0]: r for r in workbook["Indicators"].iter_rows(values_only=True) if r and r[0]}
    header = rows["Indicator"]
    assert header[:9] == ("Indicator", "Type", "Activity", "Unit", "Value", "Target", "Target date",
                          "Share of target", "Reached") and header[9:] == ("2026-09", "2026-10", "2026-11")
    held = rows["Consultations held"]
    assert held[4] == 2 and held[5] == 300 and held[6].date() == date(2027, 12, 31)
    assert held[7] == pytest.approx(2 / 300, abs=1e-4) and held[8] == "no" and held[9:] == (0, 2, 0)
    by_country = list(workbook["By country"].iter_rows(values_only=True))
    assert by_country[0][:3] == ("Indicator", "Unit", "Total") and "Czechia" in by_country[0]
    polish = load_workbook(io.BytesIO(to_xlsx(report, services.translator, "pl")))
    assert polish.sheetnames[0] == "Wskaźniki"


async def test_csv_json_and_table(report: Report, services: Services) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv", services.translator, "en").decode("utf-8-sig"))))
    held = next(r for r in rows if r["id"] == "consultations_held")
    assert held["value"] == "2.0" and held["target"] == "300.0" and held["2026-10"] == "2.0"
    data = json.loads(render(report, "json", services.translator, "en"))
    assert data["period"] == {"from": "2026-09-01", "to": "2026-11-30"}
    supported = next(i for i in data["indicators"] if i["id"] == "entrepreneurs_supported")
    assert supported["value"] == 6 and supported["share_of_target"] == pytest.approx(6 / 500)
    assert {g["group"] for g in supported["breakdowns"]["language"]} >= {"pl", "en", "sv"}
    table = render(report, "table", services.translator, "en").decode()
    assert "Consultations held" in table and "300" in table


async def test_chart_is_a_readable_png(report: Report, services: Services, tmp_path: Path) -> None:
    png = progress_chart(report, services.translator, "lt")
    assert png.startswith(b"\x89PNG")
    path = tmp_path / "chart.png"
    path.write_bytes(png)
    image = imread(path)
    assert image.shape[0] > 300 and image.shape[1] > 800


def test_cli_report_in_every_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HELPDESK_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "report.xlsx"
    assert main(["report", "--from", "2026-01-01", "--to", "2026-11-30", "--format", "xlsx", "--output", str(out)]) == 0
    assert load_workbook(out).sheetnames[0] == "Indicators"
    assert main(["report", "--from", "2026-01-01", "--to", "2026-11-30", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["period"]["to"] == "2026-11-30"
    assert main(["report", "--from", "2026-02-01", "--to", "2026-01-01"]) == 2
    assert main(["report", "--format", "xlsx"]) == 2
    assert main(["audit", "--action", "report."]) == 0
    assert capsys.readouterr().out.count("report.export") == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("project_start: 2026-01-01\nactivities: {}\nindicators: []\n", encoding="utf-8")
    assert main(["indicators", "validate", str(bad)]) == 1
    assert "activities" in capsys.readouterr().out
    assert main(["indicators", "validate"]) == 0


LANGUAGES = ("pl", "cs", "sl", "de", "lt", "sv", "en")


async def test_demo_history_by_topic_uses_the_topic_vocabulary_and_adds_up(services: Services) -> None:
    from helpdesk_bot.indicators.definitions import Aggregation
    from helpdesk_bot.indicators.demo import seed_report_history
    from helpdesk_bot.indicators.exports import group_label
    from helpdesk_bot.indicators.report import UNKNOWN
    from helpdesk_bot.topics import TOPICS, topic_name

    await seed_report_history(services)  # what `helpdesk-bot demo` seeds: project start until yesterday
    report = await services.reports.build(services.reports.named_period("project"))
    held = report.get("consultations_held")
    by_topic = dict(held.breakdowns["topic"])
    assert held.value and set(by_topic) <= {*TOPICS, UNKNOWN}
    assert sum(1 for t in TOPICS if (by_topic.get(t) or Figure(None)).value) >= 5  # not all in "unknown"
    for result in report.results:
        topics = [group for group, _f in result.breakdowns["topic"]]
        assert set(topics) <= {*TOPICS, UNKNOWN}, f"{result.definition.id}: {topics}"
        if result.definition.measure.aggregation in (Aggregation.COUNT, Aggregation.SUM):
            for dimension in ("language", "country", "topic"):
                parts = sum(f.value or 0 for _g, f in result.breakdowns[dimension])
                assert parts == pytest.approx(result.value or 0), (result.definition.id, dimension)

    for lang in LANGUAGES:
        workbook = load_workbook(io.BytesIO(to_xlsx(report, services.translator, lang)))
        sheet = list(workbook.worksheets[3].iter_rows(values_only=True))
        header = list(sheet[0][3:])
        named = [t for t in TOPICS if t in by_topic]
        expected = [topic_name(services.translator, lang, t) for t in named]
        if UNKNOWN in by_topic:
            expected.append(group_label(services.translator, lang, "topic", UNKNOWN))
        assert header == expected, lang
        assert not set(header) & set(TOPICS), f"{lang}: raw ids in {header}"
        row = next(r for r in sheet if r[0] == held.definition.label(lang))
        assert sum(v or 0 for v in row[3:]) == pytest.approx(row[2]), lang
        languages = next(workbook.worksheets[1].iter_rows(values_only=True))[3:]
        assert "pl" not in languages and all(name[:1].isupper() for name in languages), (lang, languages)
