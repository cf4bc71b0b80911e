"""/help lists the commands that exist now (the menu's list) with one separator style, per role and language."""

from __future__ import annotations

import re

import pytest

from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.handlers.common import registry_of
from tests.e2e.conftest import STAFF_ID, Harness

pytestmark = pytest.mark.asyncio


def _names(harness: Harness, *roles: Role | None) -> list[str]:
    return [c.name for c in registry_of(harness.application).commands if c.role in roles and c.name not in ("start", "help")]


@pytest.mark.parametrize("language", ["pl", "en", "lt"])
async def test_help_lists_every_command_of_the_menu_once_with_one_separator(harness: Harness, language: str) -> None:
    user = harness.user(160 + len(language), language_code=language)
    await harness.onboard(user, language=language)
    await user.send_command("help")
    text = (await user.wait_for_message()).text
    lines = [line for line in text.splitlines() if line.startswith("/")]
    assert _names(harness, None) and [line.split(" ", 1)[0][1:] for line in lines] == _names(harness, None)
    assert all(re.match(r"^/\w+ – \S", line) for line in lines), lines
    assert "/announce" not in text and "/inbox" not in text  # no staff or advisor commands for entrepreneurs


async def test_staff_help_adds_the_advisor_and_staff_commands(harness: Harness) -> None:
    staff = harness.user(STAFF_ID)
    await harness.onboard(staff)
    await staff.send_command("help")
    text = (await staff.wait_for_message()).text
    listed = [line.split(" ", 1)[0][1:] for line in text.splitlines() if line.startswith("/")]
    assert listed == (_names(harness, None, Role.PARTNER) + _names(harness, Role.ADVISOR)
                      + _names(harness, Role.STAFF))
    assert "For staff" in text and "For advisors" in text
