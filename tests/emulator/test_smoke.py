"""A smoke subset of the end-to-end tests against telegram-test-api (npm), so that a bug in our own sandbox
cannot hide a bug of the bot: onboarding, a question, a booking, an event registration and /report.

What the emulator cannot do (it has no sendDocument, sendPhoto, setMyCommands and other methods; see
``shim.py`` for the protocol departures repaired) is left to the sandbox tests: the .ics files of bookings
and events, the chart and the spreadsheet of /report, the command menus.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from helpdesk_bot.consultations.models import Booking
from helpdesk_bot.events.views import EventDraft
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from tests.e2e.conftest import STAFF_ID
from tests.e2e.test_consultations_flow import ADVISOR_ID, _spec
from tests.emulator.conftest import EmulatorBot

pytestmark = pytest.mark.emulator


async def _outcomes(bot: EmulatorBot, kind_prefix: str) -> list[tuple[str, str]]:
    await bot.services.interactions.flush()
    async with bot.services.uow() as uow:
        rows = (await uow.session.execute(select(Interaction).order_by(Interaction.id))).scalars()
        return [(r.kind, r.outcome) for r in rows if r.kind.startswith(kind_prefix)]


async def _until(bot: EmulatorBot, check: Callable[[list[tuple[str, str]]], bool], kind_prefix: str) -> None:
    """Poll the interaction log until ``check`` holds for its rows (the effect of the last action)."""
    for _ in range(200):
        if check(await _outcomes(bot, kind_prefix)):
            return
        await asyncio.sleep(0.05)  # polling the database
    raise AssertionError(f"interaction rows never matched: {await _outcomes(bot, kind_prefix)}")


async def test_onboarding(emulator_bot: EmulatorBot) -> None:
    user = emulator_bot.user(101, "Jana")
    menu = await emulator_bot.onboard(user, language="en", country="CZ")
    assert {"menu:ask", "menu:book", "menu:events"} <= set(menu.buttons)
    person = await emulator_bot.services.people.get(101)
    assert person is not None and person.has_consented and person.country == "CZ" and person.language == "en"


async def test_a_question_is_answered_from_the_knowledge_base(emulator_bot: EmulatorBot) -> None:
    user = emulator_bot.user(102, "Ana")
    await emulator_bot.onboard(user, country="PL")
    await user.send_text("When do I have to register for VAT?")
    answer = await user.expect_button("kb:fb:")
    assert "VAT" in answer.text and "not legal advice" in answer.text
    await user.press(answer, next(b for b in answer.buttons if ":y:" in b))
    await _until(emulator_bot, lambda rows: any(kind == "kb.feedback" for kind, _ in rows), "kb.")
    outcomes = await _outcomes(emulator_bot, "kb.")
    assert outcomes[0] == ("kb.question", "answered") and outcomes[1][0] == "kb.feedback", outcomes
    assert outcomes[1][1] != "not_helpful"


async def test_a_booking_with_an_advisor(emulator_bot: EmulatorBot) -> None:
    services = emulator_bot.services
    advisor = await services.consultations.upsert_advisor(_spec(ADVISOR_ID, auto_confirm=True))
    user = emulator_bot.user(103, "Ewa")
    await emulator_bot.onboard(user)
    await user.send_command("book")
    await user.press(await user.expect_button("bk:topic:"), "bk:topic:taxes")
    await user.press(await user.expect_button("bk:adv:"), f"bk:adv:{advisor.id}")
    calendar = await user.expect_button("bk:day:")
    await user.press(calendar, next(b for b in calendar.buttons if b.startswith("bk:day:")))
    times = await user.expect_button("bk:time:")
    first_time = next(b for b in times.buttons if b.startswith("bk:time:"))
    await user.press(times, first_time)
    await user.press(await user.expect_button("bk:mode:"), "bk:mode:online")
    await user.press(await user.expect_button("bk:skipdesc"), "bk:skipdesc")
    await user.press(await user.expect_button("bk:confirm"), "bk:confirm")
    booked = await user.expect(lambda m: "Booked:" in m.text)
    assert "Central European Time" in booked.text and "Europe/Warsaw" not in booked.text  # the zone as people say it
    async with services.uow() as uow:
        bookings = (await uow.session.execute(select(Booking))).scalars().all()
    assert [(b.advisor_id, b.state, b.mode) for b in bookings] == [(advisor.id, "confirmed", "online")]


async def test_an_event_registration(emulator_bot: EmulatorBot) -> None:
    services = emulator_bot.services
    now = services.clock.now()
    event = await services.events.catalog.create(EventDraft(
        kind="workshop", texts={"en": {"title": "Pricing handmade work", "description": "Costs and margin"}},
        default_language="en", starts_at=now + timedelta(days=3), ends_at=now + timedelta(days=3, hours=2),
        timezone="Europe/Warsaw", venue="Kraków", topics=("sales-marketing",), registration_mode="bot", capacity=5,
    ), created_by=CLI, announce=False)
    user = emulator_bot.user(104, "Ola")
    await emulator_bot.onboard(user)
    await user.send_command("events")
    listing = await user.expect_button(f"ev:show:{event.id}")
    assert "Pricing handmade work" in listing.text
    await user.press(listing, f"ev:show:{event.id}")
    await user.press(await user.expect_button(f"ev:reg:{event.id}"), f"ev:reg:{event.id}")
    await user.expect_button(f"ev:unreg:{event.id}")
    view = await services.events.catalog.get(event.id)
    assert view is not None and view.registered == 1


async def test_report_for_staff(emulator_bot: EmulatorBot) -> None:
    from helpdesk_bot.indicators.log import InteractionRecord

    services = emulator_bot.services
    now = services.clock.now()
    await services.interactions.record(*[
        InteractionRecord(kind="booking.held", actor_ref=f"p{n}", language="pl", country="PL",
                          occurred_at=now - timedelta(days=n)) for n in range(3)])
    staff = emulator_bot.user(STAFF_ID, "Sofia")
    await emulator_bot.onboard(staff)
    person = emulator_bot.user(105, "Eve")
    await emulator_bot.onboard(person)
    await person.send_command("report")
    assert "only for the help-desk staff" in (await person.expect(lambda m: True)).text
    await staff.send_command("report")
    picker = await staff.expect_button("report:period:")
    await staff.press(picker, "report:period:project")
    summary = await staff.expect(lambda m: "Consultations held: 3 / 300" in m.text, timeout=20)
    assert "Entrepreneurs supported: 3 / 500" in summary.text
    assert (await services.people.get(STAFF_ID)) is not None and Role.ADVISOR not in (
        await services.people.get(STAFF_ID)).roles  # type: ignore[union-attr]
