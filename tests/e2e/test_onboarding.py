"""Onboarding, menus, settings, roles and robustness, end to end through the sandbox."""

import asyncio

import pytest
from sqlalchemy import func, select

from helpdesk_bot.events.views import Audience
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person
from tests.e2e.conftest import STAFF_ID, Harness, HarnessFactory


async def _interactions(h: Harness) -> list[Interaction]:
    async with h.services.uow() as uow:
        return list((await uow.session.execute(select(Interaction).order_by(Interaction.id))).scalars())


async def test_start_onboards_in_the_telegram_language(harness: Harness) -> None:
    user = harness.user(101, "Jana", language_code="cs")
    await user.send_command("start")
    picker = await user.wait_for_message()
    assert "Čeština" in [b.text.lstrip("✓ ") for b in picker.flat_buttons]
    assert any(b.text.startswith("✓") and "Čeština" in b.text for b in picker.flat_buttons)
    async with harness.services.uow() as uow:
        person = (await uow.session.execute(select(Person).where(Person.telegram_id == 101))).scalar_one()
        assert person.first_name is None and person.language == "cs"  # nothing but id + language yet
    await user.press(picker, callback_data="lang:cs")
    notice = await harness.expect_button(user, "consent:")
    assert "2026-11" in notice.text and "Privacy notice" not in notice.text  # in Czech
    await user.press(notice, callback_data="consent:yes")
    countries = await harness.expect_button(user, "country:")
    await user.press(countries, callback_data="country:CZ")
    offer = await harness.expect_button(user, "onb:skip:0")  # the optional announcements step, in Czech
    assert "Oznámení" in offer.text and any(b.text == "Přeskočit" for b in offer.flat_buttons)
    await user.press(offer, callback_data="onb:skip:0")
    menu = await harness.expect_button(user, "menu:")
    assert {b.value for b in menu.flat_buttons} >= {"menu:ask", "menu:book", "menu:events", "menu:settings"}
    person_view = await harness.services.people.get(101)
    assert person_view is not None
    assert person_view.first_name == "Jana" and person_view.country == "CZ"
    assert person_view.timezone == "Europe/Prague" and person_view.has_consented


async def test_nothing_is_kept_before_consent(harness: Harness) -> None:
    user = harness.user(102)
    await user.send_command("start")
    await user.wait_for_message()
    update_id = await user.send_text("How do I register my secret business idea?")
    reply = await user.wait_for_message()
    assert "privacy" in reply.text.lower()
    [row] = await harness.outcomes_of(update_id)
    assert row.outcome == "consent_required" and row.subject is None
    async with harness.services.uow() as uow:
        person = (await uow.session.execute(select(Person).where(Person.telegram_id == 102))).scalar_one()
        assert person.first_name is None


async def test_declining_explains_and_can_be_revisited(harness: Harness) -> None:
    user = harness.user(103)
    await user.send_command("start")
    picker = await user.wait_for_message()
    await user.press(picker, callback_data="lang:en")
    notice = await harness.expect_button(user, "consent:")
    await user.press(notice, callback_data="consent:no")
    await harness.expect(user, lambda m: "No problem" in m.text)
    person = await harness.services.people.get(103)
    assert person is not None and not person.has_consented


async def test_menu_buttons_never_crash(harness: Harness) -> None:
    user = harness.user(104)
    menu = await harness.onboard(user)
    since = harness.mark()
    update_ids = []
    for button in menu.flat_buttons:
        answers = len(user.answered_callbacks)
        update_ids.append(await user.press(menu, callback_data=button.value))
        await harness.assert_no_errors(update_ids[-1])
        assert len(user.answered_callbacks) == answers + 1, button  # the spinner stops
    rows = await harness.assert_no_errors(*update_ids)
    assert [r.kind for r in rows] != [] and all(r.outcome not in ("invalid", "forbidden") for r in rows), \
        [(r.kind, r.outcome) for r in rows]
    # each menu button led somewhere: a new or edited bot message, all within Telegram's limits
    assert len(harness.assert_replies_within_limits(user, since=since)) >= 1


async def test_settings_change_language_country_and_timezone(harness: Harness) -> None:
    user = harness.user(105)
    await harness.onboard(user)
    await user.send_command("settings")
    settings = await user.wait_for_message()
    assert "Central European Time (Warsaw)" in settings.text and "Europe/" not in settings.text
    await user.press(settings, callback_data="set:tz")
    zones = await user.wait_for_message()
    assert "Vilnius" in [b.text for b in zones.flat_buttons]  # the city, not the zone id
    await user.press(zones, callback_data="tz:Europe/Vilnius")
    confirmed = await harness.expect(user, lambda m: "Time zone set" in m.text)
    assert "Eastern European Time (Vilnius)" in confirmed.text and "Europe/" not in confirmed.text
    await user.send_command("timezone", "Mars/Olympus")
    assert "Mars/Olympus" in (await user.wait_for_message()).text
    await user.send_command("language")
    picker = await user.wait_for_message()
    await user.press(picker, callback_data="lang:de")
    await harness.expect(user, lambda m: "Deutsch" in m.text and not m.has_inline_keyboard)
    person = await harness.services.people.get(105)
    assert person is not None and person.language == "de" and person.timezone == "Europe/Vilnius"


async def test_every_update_logs_exactly_one_interaction_and_duplicates_once(harness: Harness) -> None:
    user = harness.user(106)
    await harness.onboard(user)
    before = len(await _interactions(harness))
    update_id = await user.send_command("help")
    await user.wait_for_message()
    await harness.processed(update_id)
    since = harness.mark()
    await harness.sandbox.redeliver(update_id)
    # proof that the redelivery was handled: the same chat's updates are processed in order, so once
    # the next update's row is written the duplicate has been admitted (and skipped) before it
    sentinel = await user.send_command("privacy")
    await harness.processed(sentinel)
    rows = await _interactions(harness)
    assert len(rows) == before + 2
    [row] = [r for r in rows if r.update_id == update_id]
    assert row.kind == "command.help"
    assert row.actor_ref and row.language == "en" and row.country == "PL"
    # the duplicate was not answered again: after the redelivery, only the sentinel's answer came
    helps = [m for m in user.messages if m.from_bot and m.seq > since and "How I can help" in m.text]
    assert helps == []
    assert len([m for m in user.messages if m.from_bot and "How I can help" in m.text]) == 1


async def test_unsupported_content_and_unknown_input_get_polite_answers(harness: Harness) -> None:
    user = harness.user(107)
    await harness.onboard(user)
    for send in (user.send_sticker(), user.send_voice(), user.send_photo(), user.send_document(b"%PDF", "cv.pdf")):
        await send
        reply = await user.wait_for_message()
        assert "text" in reply.text.lower()
    await user.send_command("nosuchcommand")
    assert "/help" in (await user.wait_for_message()).text
    last_menu = [m for m in user.messages if m.has_inline_keyboard][-1]
    forged = [harness.sandbox.queue_callback_query(user, last_menu, data)
              for data in ("menu:../../etc", "lang:xx", "garbage", "tz:Mars/Base", "set:", "country:XX:1")]
    rows = await harness.outcomes_of(*forged)
    assert [r.outcome for r in rows] == ["invalid"] * 6
    assert len(user.answered_callbacks) >= 6


async def test_staff_grants_and_revokes_roles_and_others_are_refused(harness: Harness) -> None:
    staff = harness.user(STAFF_ID, "Sofia")
    advisor = harness.user(201, "Marek")
    stranger = harness.user(202, "Eve")
    await harness.onboard(staff)
    await harness.onboard(advisor)
    await harness.onboard(stranger)
    await stranger.send_command("grant", "staff 202")
    assert "only for the help-desk staff" in (await stranger.wait_for_message()).text
    await staff.send_command("grant", "advisor 201")
    assert "Marek now has the advisor role" in (await staff.wait_for_message()).text
    assert "You now have the advisor role" in (await advisor.wait_for_message()).text
    await staff.send_command("grant", "advisor 201")
    assert "already" in (await staff.wait_for_message()).text
    await staff.send_command("roles")
    roles = await staff.wait_for_message()
    assert "Marek" in roles.text and "Sofia" in roles.text
    await staff.send_command("revoke", "advisor 201")
    assert "no longer has the advisor role" in (await staff.wait_for_message()).text
    await staff.send_command("revoke", f"staff {STAFF_ID}")
    assert "configuration" in (await staff.wait_for_message()).text
    async with harness.services.uow() as uow:
        refused = (await uow.session.execute(
            select(func.count()).select_from(Interaction).where(Interaction.outcome == "forbidden"))).scalar_one()
    assert refused == 1
    audit = await harness.services.audit.entries()
    assert [a.action for a in audit][:2] == ["role.revoke", "role.grant"]


async def test_command_menus_are_registered_per_language(harness: Harness) -> None:
    for lang in ("pl", "cs", "sl", "de", "lt", "sv", "en"):
        commands = harness.sandbox.commands(language_code=lang)
        names = [c["command"] for c in commands]
        assert "start" in names and "help" in names and "grant" not in names


async def test_deep_link_is_kept_through_onboarding(harness: Harness) -> None:
    user = harness.user(108)
    await user.send_command("start", "nosuch-42")
    picker = await harness.expect_button(user, "lang:")
    await user.press(picker, callback_data="lang:en")
    notice = await harness.expect_button(user, "consent:")
    await user.press(notice, callback_data="consent:yes")
    countries = await harness.expect_button(user, "country:")
    await user.press(countries, callback_data="country:DE")
    await user.press(await harness.expect_button(user, "onb:skip:0"), callback_data="onb:skip:0")
    assert "not valid" in (await harness.expect(user, lambda m: "link" in m.text)).text


async def test_staff_grants_a_role_by_replying_to_a_forwarded_message(harness: Harness) -> None:
    from helpdesk_bot.sandbox.users import detect_entities

    staff = harness.user(STAFF_ID, "Sofia")
    future_advisor = harness.user(203, "Lina")
    await harness.onboard(staff)
    await harness.onboard(future_advisor)
    await staff.send_forwarded(from_user=future_advisor, text="Hi, I am the new advisor")
    await harness.sandbox.wait_for_idle(quiet=0.05)
    forwarded = [m for m in staff.history if not m.from_bot][-1]
    command = staff._new_message("text", "/grant advisor", detect_entities("/grant advisor"))
    command.extra["reply_to_message"] = forwarded.to_api(with_reply=False)
    command.reply_to_message_id = forwarded.message_id
    staff._queue(command)
    assert "Lina now has the advisor role" in (await harness.expect(staff, lambda m: "Lina" in m.text)).text
    person = await harness.services.people.get(203)
    assert person is not None and person.is_advisor


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_both_transports_answer_many_people_through_a_small_pool(
    harness_factory: HarnessFactory, transport: str
) -> None:
    # One connection for 20 people writing at once: handlers wait for it in turn, none fails.
    async with harness_factory(telegram_transport=transport, telegram_pool_size=1) as h:
        people = [h.user(700 + i, f"P{i}") for i in range(20)]
        await asyncio.gather(*(person.send_command("start") for person in people))
        pickers = await asyncio.gather(*(person.wait_for_message() for person in people))
        assert all(any(b.text.lstrip("✓ ") == "English" for b in p.flat_buttons) for p in pickers)
        await h.sandbox.wait_for_idle()
        await h.services.interactions.flush()
        async with h.services.uow() as uow:
            outcomes = list((await uow.session.execute(select(Interaction.outcome))).scalars())
        assert len(outcomes) == 20 and "error" not in outcomes


async def test_onboarding_offers_announcements_and_subscribing_there_works(harness: Harness) -> None:
    user = harness.user(109, "Mira")
    await user.send_command("start")
    await user.press(await harness.expect_button(user, "lang:"), callback_data="lang:pl")
    await user.press(await harness.expect_button(user, "consent:yes"), callback_data="consent:yes")
    await user.press(await harness.expect_button(user, "country:"), callback_data="country:PL")
    offer = await harness.expect_button(user, "onb:done:0")
    assert "Ogłoszenia" in offer.text and any(b.text == "Pomiń" for b in offer.flat_buttons)
    await user.press(offer, callback_data="onb:k:trade_fair")
    toggled = await harness.expect(user, lambda m: any(b.value == "onb:k:trade_fair" and b.text.startswith("✅")
                                                        for b in m.flat_buttons))
    person = await harness.services.people.get(109)
    assert person is not None
    assert not (await harness.services.events.subscriptions.get(person.id)).any  # kept in the draft until confirmed
    await user.press(toggled, callback_data="onb:t:funding")
    both = await harness.expect(user, lambda m: any(b.value == "onb:t:funding" and b.text.startswith("✅")
                                                     for b in m.flat_buttons))
    assert not any(b.value == "onb:c:PL" for b in both.flat_buttons)  # the person's own country goes without saying
    await user.press(both, callback_data="onb:c:DE")  # German trade fairs interest her too
    with_country = await harness.expect(user, lambda m: any(b.value == "onb:c:DE" and b.text.startswith("✅")
                                                             for b in m.flat_buttons))
    await user.press(with_country, callback_data="onb:done:0")
    await harness.expect_button(user, "menu:ask")
    subscriptions = await harness.services.events.subscriptions.get(person.id)
    assert subscriptions.kinds == {"trade_fair"} and subscriptions.topics == {"funding"}
    assert subscriptions.countries == {"DE"}
    announcements = harness.services.events.announcements
    assert await announcements.count(Audience(countries=("DE",))) == 1  # reached in Germany too
    assert await announcements.count(Audience(countries=("CZ",))) == 0
    # the same subscriptions /subscribe shows and changes
    await user.send_command("subscribe")
    listing = await harness.expect_button(user, "sub:k:trade_fair")
    assert next(b.text for b in listing.flat_buttons if b.value == "sub:k:trade_fair").startswith("✅")
    assert await harness.services.events.announcements.count(Audience(kinds=("trade_fair",))) == 1


async def test_skipping_the_announcements_step_takes_one_tap_and_subscribes_to_nothing(harness: Harness) -> None:
    user = harness.user(110, "Ida")
    await user.send_command("start")
    await user.press(await harness.expect_button(user, "lang:"), callback_data="lang:sv")
    await user.press(await harness.expect_button(user, "consent:yes"), callback_data="consent:yes")
    await user.press(await harness.expect_button(user, "country:"), callback_data="country:SE")
    offer = await harness.expect_button(user, "onb:skip:0")
    await user.press(offer, callback_data="onb:t:taxes")  # chosen, then skipped: nothing is kept
    chosen = await harness.expect(user, lambda m: any(b.text.startswith("✅") for b in m.flat_buttons))
    await user.press(chosen, callback_data="onb:skip:0")
    await harness.expect(user, lambda m: "/subscribe" in m.text and "Inga utskick" in m.text)
    await harness.expect_button(user, "menu:ask")
    person = await harness.services.people.get(110)
    assert person is not None and not (await harness.services.events.subscriptions.get(person.id)).any
    # a stale press of the step after it ended changes nothing
    harness.sandbox.queue_callback_query(user, chosen, "onb:done:0")
    await harness.sandbox.wait_for_idle()
    assert not (await harness.services.events.subscriptions.get(person.id)).any
