"""/mydata, /forget and a new privacy notice version, end to end through the sandbox."""

import json
from pathlib import Path

from sqlalchemy import select

from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.indicators.report import Period
from helpdesk_bot.people.models import Person
from helpdesk_bot.sandbox import SandboxServer, SandboxUser
from tests.e2e.conftest import TOKEN, Harness, HarnessFactory


def _all_values(node: object) -> list[object]:
    """Every scalar value in a JSON document, however deeply nested."""
    if isinstance(node, dict):
        return [value for child in node.values() for value in _all_values(child)]
    if isinstance(node, list):
        return [value for child in node for value in _all_values(child)]
    return [node]


async def test_mydata_sends_a_json_file_of_the_persons_data(harness: Harness) -> None:
    ewa = harness.user(401, "Ewa", language_code="pl")
    jan = harness.user(402, "Janek")
    await harness.onboard(ewa, language="pl", country="CZ")
    await harness.onboard(jan)
    await ewa.send_command("mydata")
    message = await harness.expect(ewa, lambda m: m.document is not None)
    assert message.document is not None and (message.document.filename or "").endswith(".json")
    data = json.loads(message.document.data)
    assert data["person"]["telegram_id"] == 401 and data["person"]["first_name"] == "Ewa"
    assert data["person"]["country"] == "CZ" and data["interactions"]
    exported = message.document.data.decode()
    assert "Janek" not in exported
    # Janek's Telegram id appears nowhere as a value (random hex references may contain the digits).
    assert 402 not in _all_values(data) and "402" not in _all_values(data)
    assert "Wszystko" in message.text  # caption in Polish


async def test_forget_asks_then_erases_and_totals_stay(harness: Harness) -> None:
    user = harness.user(403, "Ewa")
    await harness.onboard(user)
    services = harness.services
    period = Period(services.reports.named_period("project").start, services.reports.today())
    before = (await services.reports.build(period)).totals()
    await user.send_command("forget")
    confirm = await harness.expect_button(user, "forget:yes")
    await user.press(confirm, callback_data="forget:no")
    await harness.expect(user, lambda m: "Nothing was erased" in m.text)
    assert (await services.people.get(403)) is not None
    await user.send_command("forget")
    confirm = await harness.expect_button(user, "forget:yes")
    erase = await user.press(confirm, callback_data="forget:yes")
    await harness.expect(user, lambda m: "has been erased" in m.text)
    await harness.processed(erase)
    assert await services.people.get(403) is None
    async with services.uow() as uow:
        names = (await uow.session.execute(select(Person.first_name))).scalars().all()
        assert "Ewa" not in names
        kinds = (await uow.session.execute(select(Interaction.kind).where(Interaction.person_id.is_(None)))).scalars()
        assert "privacy.erasure" in list(kinds)
    assert (await services.reports.build(period)).totals() == before
    await user.send_command("start")  # a new person now: onboarding again
    await harness.expect_button(user, "lang:")


async def test_a_new_notice_version_asks_for_consent_again(harness_factory: HarnessFactory, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'notice.sqlite3'}"
    sandbox = SandboxServer(token=TOKEN)  # Telegram stays up while the bot restarts (update ids go on)
    await sandbox.start()
    try:
        async with harness_factory(database_url=url, sandbox=sandbox, privacy_notice_version="2026-11") as first:
            user = first.user(404, "Ewa")
            await first.onboard(user)
        async with harness_factory(database_url=url, sandbox=sandbox, privacy_notice_version="2027-03") as second:
            await _asks_for_consent_again(second, user)
    finally:
        await sandbox.stop()


async def _asks_for_consent_again(second: Harness, user: SandboxUser) -> None:
    await user.send_command("settings")
    changed = await second.expect(user, lambda m: "changed" in m.text)
    assert "changed" in changed.text
    notice = await second.expect_button(user, "consent:yes")
    assert "2027-03" in notice.text
    await user.send_command("mydata")  # rights work even before agreeing again
    await second.expect(user, lambda m: m.document is not None)
    await second.processed(await user.press(notice, callback_data="consent:yes"))
    person = await second.services.people.get(404)
    assert person is not None and person.consent_version == "2027-03"
