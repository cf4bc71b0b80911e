"""Staff /report through the sandbox: period buttons, summary, PNG chart and XLSX workbook."""

import io
from datetime import UTC, datetime, timedelta

from openpyxl import load_workbook

from helpdesk_bot.indicators.log import InteractionRecord
from tests.e2e.conftest import STAFF_ID, Harness


async def test_staff_get_summary_chart_and_spreadsheet(harness: Harness) -> None:
    staff = harness.user(STAFF_ID, "Sofia")
    await harness.onboard(staff)
    now = harness.services.clock.now()
    await harness.services.interactions.record(
        *[InteractionRecord(kind="booking.held", actor_ref=f"p{n}", language="pl", country="PL",
                            occurred_at=now - timedelta(days=n)) for n in range(3)],
        InteractionRecord(kind="kb.question", outcome="answered", actor_ref="p9", language="de", country="DE",
                          topic="taxes", occurred_at=now - timedelta(days=1)),
    )
    await staff.send_command("report")
    picker = await harness.expect_button(staff, "report:period:")
    assert {b.value for b in picker.flat_buttons} == {"report:period:month", "report:period:quarter",
                                                      "report:period:year", "report:period:project"}
    press = await staff.press(picker, callback_data="report:period:project")
    summary = await harness.expect(staff, lambda m: "Consultations held: 3 / 300" in m.text, timeout=20)
    assert "Entrepreneurs supported: 4 / 500" in summary.text and "2026-01-01" in summary.text
    chart = await harness.expect(staff, lambda m: m.photo is not None, timeout=20)
    assert chart.photo is not None and chart.photo.data.startswith(b"\x89PNG")
    document = await harness.expect(staff, lambda m: m.document is not None, timeout=20)
    assert document.document is not None and (document.document.filename or "").endswith(".xlsx")
    workbook = load_workbook(io.BytesIO(document.document.data))
    assert workbook.sheetnames == ["Indicators", "By language", "By country", "By topic", "Sector diagnosis"]
    rows = {row[0]: row for row in workbook["Indicators"].iter_rows(values_only=True) if row and row[0]}
    assert rows["Consultations held"][4] == 3 and rows["Consultations held"][5] == 300
    await harness.processed(press, timeout=20)
    audit = await harness.services.audit.entries(action="report.")
    assert audit and audit[0].actor_telegram_id == STAFF_ID and audit[0].target == "xlsx"


async def test_entrepreneurs_cannot_get_reports_or_forge_the_button(harness: Harness) -> None:
    user = harness.user(301, "Eve")
    menu = await harness.onboard(user)
    await user.send_command("report")
    assert "only for the help-desk staff" in (await user.wait_for_message()).text
    harness.sandbox.queue_callback_query(user, menu, "report:period:project")
    assert "only for the help-desk staff" in (await user.wait_for_message()).text
    staff = harness.user(STAFF_ID, "Sofia")
    await harness.onboard(staff)
    await staff.send_command("report")
    picker = await harness.expect_button(staff, "report:period:")
    for forged in ("report:period:century", "report:period", "report:x:month"):
        harness.sandbox.queue_callback_query(staff, picker, forged)
    await harness.sandbox.wait_for_idle()
    assert await harness.services.audit.entries(action="report.") == []


async def test_report_in_the_staff_language(harness: Harness) -> None:
    staff = harness.user(STAFF_ID, "Sofia", language_code="de")
    await harness.onboard(staff, language="de")
    await staff.send_command("report")
    picker = await harness.expect_button(staff, "report:period:")
    assert "Dieser Monat" in [b.text for b in picker.flat_buttons]
    await staff.press(picker, callback_data="report:period:month")
    summary = await harness.expect(staff, lambda m: "Durchgeführte Beratungen" in m.text, timeout=20)
    assert datetime(2026, 11, 1, tzinfo=UTC).date().isoformat() in summary.text
