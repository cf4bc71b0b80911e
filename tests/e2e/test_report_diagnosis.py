"""Staff /report shows the sector diagnosis of the network: a summary in chat and a sheet in the workbook."""

import io

import pytest
from openpyxl import load_workbook

from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.catalogue.diagnosis import sector_diagnosis
from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import STAFF_ID, Harness

pytestmark = pytest.mark.e2e


async def test_report_shows_the_sector_diagnosis(harness: Harness) -> None:
    assert await import_file(harness.services, PROJECT_ROOT / "catalogue.sample.yaml") == 0
    data = await sector_diagnosis(harness.services.uow)
    profiles = data["profiles"]
    assert profiles >= 12
    staff = harness.user(STAFF_ID, "Sofia", language_code="sv")
    await harness.onboard(staff, language="sv")
    await staff.send_command("report")
    picker = await harness.expect_button(staff, "report:period:")
    await staff.press(picker, callback_data="report:period:project")
    summary = await harness.expect(staff, lambda m: "Branschdiagnos" in (m.text or ""), timeout=20)
    assert f"Profiler i katalogen: {profiles}." in summary.text
    assert "Etablerade kontakter: 0, varav gränsöverskridande: 0" in summary.text
    largest = next(iter(data["by_sector"]))
    assert harness.services.translator.plain("sv", f"sector-{largest}") in summary.text  # named in Swedish
    document = await harness.expect(staff, lambda m: m.document is not None, timeout=20)
    assert document.document is not None
    workbook = load_workbook(io.BytesIO(document.document.data))
    assert workbook.sheetnames[-1] == "Branschdiagnos"
    cells: dict[object, object] = {}
    for row in workbook["Branschdiagnos"].iter_rows(values_only=True):
        if row and row[0]:
            cells.setdefault(row[0], row[1])  # the first table naming it (figures, then sector, country, need)
    assert cells["Profiler i katalogen"] == profiles and cells["Polen"] >= 1
