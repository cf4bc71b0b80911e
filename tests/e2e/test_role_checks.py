"""The one role check of the adapter (``ensure_role``/``requires_role``) through the sandbox.

Whoever lacks the role gets the refusal of that role in their language, a spinner that stops, a
``forbidden`` interaction row and a warning in the log; staff borrow the advisor's role, nobody else
borrows one (benchmarks/MUTATION.md, module "roles").
"""

from __future__ import annotations

import logging

import pytest

from helpdesk_bot.people.actor import Operator
from helpdesk_bot.people.models import Role
from tests.e2e.conftest import STAFF_ID, Harness

ONLY_ADVISORS = "Sorry, this is only for advisors of the help desk."
ONLY_STAFF = "Sorry, this is only for the help-desk staff."
PARTNER_ID = 4101


def _refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "helpdesk_bot.telegram.handlers.common" and r.levelno == logging.WARNING]


async def test_a_command_of_another_role_is_refused_with_that_roles_words(
        harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="helpdesk_bot.telegram.handlers.common")
    eve = harness.user(301, "Eve")
    await harness.onboard(eve)
    agenda = await eve.send_command("agenda")
    assert (await harness.expect(eve, lambda m: "only for" in m.text)).text == ONLY_ADVISORS
    report = await eve.send_command("report")
    assert (await harness.expect(eve, lambda m: "only for" in m.text)).text == ONLY_STAFF
    assert [r.outcome for r in await harness.outcomes_of(agenda, report)] == ["forbidden", "forbidden"]
    assert _refusals(caplog) == ["refused command.agenda to user 301 (needs advisor)",
                                 "refused command.report to user 301 (needs staff)"]


async def test_a_forged_staff_button_is_answered_and_refused(harness: Harness) -> None:
    eve = harness.user(302, "Eve", language_code="de")
    menu = await harness.onboard(eve, language="de")
    press = harness.sandbox.queue_callback_query(eve, menu, "report:period:project")
    answer = await eve.wait_for_callback_answer()  # the spinner on Eve's button stops
    assert answer.data == "report:period:project"
    refusal = await harness.expect(eve, lambda m: m.text != "")
    assert refusal.text == str(harness.services.translator("de", "not-allowed-staff"))
    assert [r.outcome for r in await harness.outcomes_of(press)] == ["forbidden"]
    assert await harness.services.audit.entries(action="report.") == []


async def test_staff_may_act_as_advisors_and_partners_may_not(
        harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="helpdesk_bot.telegram.handlers.common")
    staff = harness.user(STAFF_ID, "Sofia")
    await harness.onboard(staff)
    as_staff = await staff.send_command("inbox")  # the advisors' ticket inbox
    inbox = await harness.expect(staff, lambda m: m.text != "")
    partner = harness.user(PARTNER_ID, "Pia")
    await harness.onboard(partner)
    await harness.services.people.grant(PARTNER_ID, Role.PARTNER, by=Operator(STAFF_ID))
    as_partner = await partner.send_command("inbox")
    assert (await harness.expect(partner, lambda m: "only for" in m.text)).text == ONLY_ADVISORS
    rows = await harness.assert_no_errors(as_staff, as_partner)
    assert [r.outcome for r in rows][1] == "forbidden"
    assert rows[0].outcome != "forbidden" and "only for" not in inbox.text
    assert _refusals(caplog) == [f"refused command.inbox to user {PARTNER_ID} (needs advisor)"]
