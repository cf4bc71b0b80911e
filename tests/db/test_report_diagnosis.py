"""The sector diagnosis as a section of the indicator report (table, CSV, JSON, XLSX) on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

from openpyxl import load_workbook

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.catalogue.contacts import ContactService
from helpdesk_bot.catalogue.diagnosis import sector_diagnosis
from helpdesk_bot.indicators.diagnosis_export import summary
from helpdesk_bot.indicators.exports import render
from helpdesk_bot.indicators.report import Period
from tests.conftest import PROJECT_ROOT
from tests.db.test_catalogue import person

SAMPLE = PROJECT_ROOT / "catalogue.sample.yaml"


async def _catalogue_with_contacts(services: Services) -> list[int]:
    assert await import_file(services, SAMPLE) == 0
    views = await services.catalogue.profiles.all_profiles()
    contacts = ContactService(services.uow, services.clock, services.outbox, per_day=5)
    sender = replace(person(950), country="DE")
    owners = [v for v in views if v.country != "DE"][:2]
    made = [await contacts.request(sender, v.id, "hello", owner_payload=lambda i: {"key": "x", "args": {}})
            for v in owners]
    owner = person(owners[0].telegram_id)
    await contacts.answer(owner, made[0].id, accept=True, sender_payload=lambda v, p: {"key": "x", "args": {}})
    return [v.id for v in views]


async def test_report_has_the_sector_diagnosis_in_every_format(db_services: Services) -> None:
    ids = await _catalogue_with_contacts(db_services)
    today = db_services.reports.today()
    period = Period(date(2026, 1, 1), today)
    report = await db_services.reports.build(period)
    data = await sector_diagnosis(db_services.uow, *period.bounds(db_services.reports.timezone))
    assert data["profiles"] == len(ids) and sum(data["by_country"].values()) == len(ids)
    assert data["contacts"] == {"requested": 2, "accepted": 1, "cross_border": 2, "cross_border_accepted": 1}
    assert data["calls"]["posted"] == 0
    # a period before the contacts were made counts the profiles but none of the contacts
    earlier = Period(date(2026, 1, 1), date(2026, 1, 31))
    before = await sector_diagnosis(db_services.uow, *earlier.bounds(db_services.reports.timezone))
    assert before["profiles"] == len(ids) and before["contacts"]["requested"] == 0
    t = db_services.translator

    table = render(report, "table", t, "en", data).decode()
    assert "Sector diagnosis" in table and "Cross-border contacts made" in table and "Ceramics" in table
    assert "Sector diagnosis" not in render(report, "table", t, "en").decode()

    rows = list(csv.DictReader(io.StringIO(render(report, "csv", t, "en", data).decode("utf-8-sig"))))
    by_id = {r["id"]: r for r in rows}
    assert by_id["diagnosis.contacts.accepted"]["value"] == "1"
    assert by_id["diagnosis.profiles"]["value"] == str(len(ids)) and by_id["diagnosis.profiles"]["type"] == "diagnosis"
    assert by_id["diagnosis.by_country.PL"]["name"].startswith("Profiles by country: ")
    assert any(r["type"] != "diagnosis" for r in rows)  # the indicators are still there, same columns

    parsed = json.loads(render(report, "json", t, "en", data))
    assert parsed["sector_diagnosis"]["contacts"]["cross_border_accepted"] == 1 and parsed["indicators"]

    workbook = load_workbook(io.BytesIO(render(report, "xlsx", t, "pl", data)))
    assert workbook.sheetnames[-1] == "Diagnoza sektora"
    cells: dict[object, object] = {}
    for row in workbook["Diagnoza sektora"].iter_rows(values_only=True):
        if row and row[0]:
            cells.setdefault(row[0], row[1])  # the first table naming it (figures, then sector, country, need)
    assert cells["Profile w katalogu"] == len(ids) and cells["Nawiązane kontakty międzynarodowe"] == 1
    assert cells["Ceramika"] == 2  # sector names in the reader's language
    plain = load_workbook(io.BytesIO(render(report, "xlsx", t, "en")))
    assert "Sector diagnosis" not in plain.sheetnames

    for lang in ("pl", "cs", "sl", "de", "lt", "sv", "en"):
        text = str(summary(data, t, lang))
        assert f": {len(ids)}." in text and "{" not in text and text.startswith("<b>")


async def test_an_empty_catalogue_reads_plainly(db_services: Services) -> None:
    data = await sector_diagnosis(db_services.uow)
    assert data["profiles"] == 0 and data["by_sector"] == {} and data["calls"]["answered"] == 0
    text = str(summary(data, db_services.translator, "de"))
    assert "Profile im Katalog: 0." in text and "Größte Branchen: –." in text
