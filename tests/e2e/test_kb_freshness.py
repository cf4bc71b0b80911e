"""Freshness end to end: an answer past its valid_until carries a translated "may have changed" line,
and /gaps shows the entries to review beside the gaps."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpdesk_bot.clock import ManualClock
from tests.e2e.conftest import STAFF_ID, Harness, HarnessFactory

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "kb" / "fixture"

SME_FUND = """id: sme-voucher
category: funding
reviewed: 2026-11-22
valid_until: 2026-12-04
sources:
  - {url: https://euipo.europa.eu/ohimportal/en/online-services/sme-fund, country: EU}
translations:
  en:
    question: How do I get the SME Fund voucher for my brand?
    alternatives:
      - SME Fund voucher for my trade mark
    answer: |
      The 2026 window closed in early December 2026; file without waiting for the next edition.
  pl:
    question: Jak dostać voucher z SME Fund na moją markę?
    alternatives:
      - voucher SME Fund na znak towarowy
    answer: |
      Nabór 2026 zakończył się na początku grudnia 2026 r.; zgłoś znak bez czekania na kolejną edycję.
"""

CALL = """id: makers-call
category: funding
reviewed: 2024-01-10
valid_until: 2027-06-30
sources: []
translations:
  en:
    question: Is there a call for makers open right now?
    answer: |
      The 2027 makers call runs from March to June 2027.
"""


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, folder)
    (folder / "sme-voucher.yaml").write_text(SME_FUND, encoding="utf-8")
    (folder / "makers-call.yaml").write_text(CALL, encoding="utf-8")
    return folder


@pytest.fixture
async def fresh_harness(harness_factory: HarnessFactory, kb_dir: Path) -> AsyncIterator[Harness]:
    clock = ManualClock(datetime(2026, 12, 7, 9, tzinfo=UTC))
    async with harness_factory(knowledge_dir=kb_dir, clock=clock, broadcast_per_chat_interval=0,
                               dispatcher_interval_seconds=0.2) as running:
        yield running


async def test_an_expired_answer_says_it_may_have_changed_in_the_persons_language(fresh_harness: Harness) -> None:
    h = fresh_harness
    ana = h.user(601, "Ana", language_code="pl")
    await h.onboard(ana, language="pl", country="PL")
    await ana.send_text("Jak dostać voucher z SME Fund na moją markę?")
    answer = await h.expect_button(ana, "kb:fb:")
    assert "Od 4 grudnia 2026 coś mogło się tu zmienić" in answer.text
    assert "Sprawdź na stronie euipo.europa.eu albo umów się na konsultację: /book" in answer.text
    assert any(e.get("url") == "https://euipo.europa.eu/ohimportal/en/online-services/sme-fund" for e in answer.entities)

    ben = h.user(602, "Ben")
    await h.onboard(ben, language="en", country="DE")
    await ben.send_text("How do I get the SME Fund voucher for my brand?")
    answer = await h.expect_button(ben, "kb:fb:")
    assert "This may have changed since December 4, 2026. Check euipo.europa.eu or book a consultation" in answer.text
    # an answer still within its valid_until has no such line
    await ben.send_text("Is there a call for makers open right now?")
    current = await h.expect(ben, lambda m: "makers call runs" in m.text)
    assert "may have changed" not in current.text


async def test_gaps_lists_the_entries_to_review(fresh_harness: Harness) -> None:
    h = fresh_harness
    staff = h.user(STAFF_ID, "Sofia")
    await h.onboard(staff)
    await staff.send_command("gaps")
    listing = await h.expect(staff, lambda m: "Entries to review" in m.text)
    assert "No open knowledge gaps" in listing.text
    assert "sme-voucher: may be out of date since December 4, 2026" in listing.text
    assert "makers-call: last reviewed January 10, 2024" in listing.text
    person = h.user(603, "Hana")
    await h.onboard(person)
    await person.send_text("How do I insure my pottery studio?")
    await person.wait_for_message()
    await staff.send_command("gaps")
    both = await h.expect_button(staff, "gap:close:")
    assert both.text.index("insure my pottery studio") < both.text.index("Entries to review (2)")
