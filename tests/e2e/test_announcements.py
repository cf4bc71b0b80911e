"""/announce end to end: a photo announcement to an audience through the outbox, a scheduled one,
/broadcasts, and people without the staff role refused (command and forged buttons)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.clock import ManualClock
from tests.e2e.conftest import STAFF_ID, Harness


async def _subscribe(h: Harness, telegram_id: int, kind: str = "workshop") -> None:
    person = await h.services.people.get(telegram_id)
    assert person is not None
    await h.services.events.subscriptions.toggle(person.id, "kind", kind)


async def test_staff_announces_a_photo_to_one_country_and_it_arrives_escaped(harness: Harness) -> None:
    staff = harness.user(STAFF_ID, "Sofia")
    polish, czech, unsubscribed = harness.user(801, "Ola"), harness.user(802, "Jana"), harness.user(803, "Ida")
    await harness.onboard(staff)
    await harness.onboard(polish, country="PL")
    await harness.onboard(czech, country="CZ")
    await harness.onboard(unsubscribed, country="PL")
    await _subscribe(harness, 801)
    await _subscribe(harness, 802)

    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_photo(caption="Open <b>studio</b> day & fair")
    audience = await harness.expect_button(staff, "ann:c:PL")
    assert "Who should receive it" in audience.text
    await staff.press(audience, callback_data="ann:c:PL")
    narrowed = await harness.expect(staff, lambda m: any(b.text.startswith("✓ ") and "Poland" in b.text
                                                         for b in m.flat_buttons))
    await staff.press(narrowed, callback_data="ann:preview:0")
    preview = await harness.expect(staff, lambda m: m.kind == "photo")
    assert "Open <b>studio</b> day & fair" in preview.text  # shown as typed, not as markup
    confirm = await harness.expect_button(staff, "ann:send:0")
    assert "1" in confirm.text  # one recipient: the Polish subscriber
    await staff.press(confirm, callback_data="ann:send:0")
    await harness.expect(staff, lambda m: "Sending to" in m.text)
    await harness.services.dispatcher.wake()

    received = await harness.expect(polish, lambda m: m.kind == "photo")
    assert "Open <b>studio</b> day & fair" in received.text
    assert any(b.value == "sub:stop" for b in received.flat_buttons)  # one tap to unsubscribe
    await harness.sandbox.wait_for_idle()
    assert not [m for m in czech.messages + unsubscribed.messages if m.from_bot and m.kind == "photo"]

    await harness.expect(staff, lambda m: "Delivery report" in m.text and "Sent: 1" in m.text)
    await staff.send_command("broadcasts")
    listing = await harness.expect(staff, lambda m: "Broadcasts" in m.text and "Finished recently" in m.text)
    assert "sent 1" in listing.text


async def test_zero_recipients_are_announced_with_the_reason_and_a_way_back(harness: Harness) -> None:
    staff = harness.user(STAFF_ID, "Sofia")
    await harness.onboard(staff)
    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_text("Fair on Friday")
    audience = await harness.expect_button(staff, "ann:l:de")
    buttons = {b.value: b.text for b in audience.flat_buttons}
    assert buttons["ann:l:de"] == "🗣 Deutsch" and "Germany" in buttons["ann:c:DE"]  # language vs country
    assert "🗣 is the language" in audience.text
    await staff.press(audience, callback_data="ann:preview:0")
    warning = await harness.expect_button(staff, "ann:back:0")
    assert "Nobody would receive it" in warning.text and "/subscribe" in warning.text
    assert not [b for b in warning.flat_buttons if b.value in ("ann:send:0", "ann:later:0")]
    await staff.press(warning, callback_data="ann:back:0")
    again = await harness.expect(staff, lambda m: "Who should receive it" in m.text and m is not audience)
    assert any(b.value == "ann:preview:0" for b in again.flat_buttons)
    await harness.sandbox.wait_for_idle()
    async with harness.services.uow() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


async def test_a_scheduled_announcement_waits_for_its_time(harness: Harness) -> None:
    clock: ManualClock = harness.services.clock  # type: ignore[assignment]
    staff, subscriber = harness.user(STAFF_ID, "Sofia"), harness.user(811, "Ola")
    await harness.onboard(staff)
    await harness.onboard(subscriber)
    await _subscribe(harness, 811, "trade_fair")

    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_text("Stands at the spring fair are open for booking")
    audience = await harness.expect_button(staff, "ann:preview:0")
    await staff.press(audience, callback_data="ann:preview:0")
    later = await harness.expect_button(staff, "ann:later:0")
    await staff.press(later, callback_data="ann:later:0")
    await harness.expect(staff, lambda m: "When should it be sent" in m.text)
    await staff.send_text("yesterday at noon")
    await harness.expect(staff, lambda m: "already passed" in m.text and "Central European Time" in m.text)
    await staff.send_text("tomorrow")  # a day without a time of day is not guessed
    await harness.expect(staff, lambda m: "add the time of day" in m.text)
    when = (clock.now() + timedelta(days=1)).astimezone(ZoneInfo("Europe/Warsaw"))
    await staff.send_text(f"{when:%Y-%m-%d %H:%M}")  # ISO keeps working
    confirm = await harness.expect_button(staff, "ann:at:0")
    assert f"{when:%H:%M}" in confirm.text and "Central European Time" in confirm.text and "1 person" in confirm.text
    await staff.press(confirm, callback_data="ann:at:0")
    scheduled = await harness.expect(staff, lambda m: "Scheduled for" in m.text)
    assert f"{when:%H:%M}" in scheduled.text and "Central European Time" in scheduled.text  # the staff member's zone, named

    await staff.send_command("broadcasts")
    await harness.expect(staff, lambda m: "Stands at the spring fair" in m.text and "0/1" in m.text)
    await harness.services.dispatcher.wake()
    await harness.sandbox.wait_for_idle()
    assert not [m for m in subscriber.messages if m.from_bot and "spring fair" in m.text]  # not yet

    clock.advance(timedelta(days=1, minutes=1))
    await harness.services.dispatcher.wake()
    await harness.expect(subscriber, lambda m: "spring fair" in m.text)


async def test_people_without_the_staff_role_cannot_announce(harness: Harness) -> None:
    person = harness.user(821, "Ola")
    menu = await harness.onboard(person)
    await person.send_command("announce")
    await harness.expect(person, lambda m: "only for the help-desk staff" in m.text)
    # a forged button of the announcement flow is refused the same way, and nothing is sent
    harness.sandbox.queue_callback_query(person, menu, "ann:send:0")
    await harness.expect(person, lambda m: len([x for x in person.messages
                                                if x.from_bot and "only for the help-desk staff" in x.text]) == 2)
    async with harness.services.uow() as uow:
        count = (await uow.session.execute(select(func.count()).select_from(OutboxMessage))).scalar_one()
    assert count == 0


async def test_send_later_in_polish_words_is_echoed_with_its_zone_and_goes_out_then(harness: Harness) -> None:
    clock: ManualClock = harness.services.clock  # type: ignore[assignment]
    clock.set(datetime(2026, 12, 7, 13, 30, tzinfo=UTC))  # Monday 14:30 in Warsaw
    staff, subscriber = harness.user(STAFF_ID, "Zofia"), harness.user(812, "Ola")
    await harness.onboard(staff, language="pl")
    await harness.onboard(subscriber, language="pl")
    await _subscribe(harness, 812, "trade_fair")

    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "Nowe ogłoszenie" in m.text)
    await staff.send_text("Targi wiosenne: zapisy na stoiska")
    audience = await harness.expect_button(staff, "ann:preview:0")
    await staff.press(audience, callback_data="ann:preview:0")
    later = await harness.expect_button(staff, "ann:later:0")
    await staff.press(later, callback_data="ann:later:0")
    ask = await harness.expect(staff, lambda m: "Kiedy je wysłać" in m.text)
    assert "2026-12-08 09:00" in ask.text and "jutro 9:00" in ask.text  # the example is tomorrow
    await staff.send_text("jutro 9:00")
    confirm = await harness.expect_button(staff, "ann:at:0")
    assert "09:00" in confirm.text and "8 gru 2026" in confirm.text and "czas środkowoeuropejski" in confirm.text
    assert "1 osoby" in confirm.text
    await staff.press(confirm, callback_data="ann:at:0")
    await harness.expect(staff, lambda m: "Zaplanowano" in m.text)

    clock.set(datetime(2026, 12, 8, 7, 59, tzinfo=UTC))  # 08:59 in Warsaw
    await harness.services.dispatcher.wake()
    await harness.sandbox.wait_for_idle()
    assert not [m for m in subscriber.messages if m.from_bot and "Targi wiosenne" in m.text]
    clock.set(datetime(2026, 12, 8, 8, 0, tzinfo=UTC))  # 09:00 in Warsaw
    await harness.services.dispatcher.wake()
    await harness.expect(subscriber, lambda m: "Targi wiosenne" in m.text)


async def test_each_recipient_gets_the_text_in_their_language_else_the_main_text(harness: Harness) -> None:
    staff = harness.user(STAFF_ID, "Sofia")
    german, czech, swede = harness.user(831, "Jonas"), harness.user(832, "Jana"), harness.user(833, "Ida")
    await harness.onboard(staff)
    await harness.onboard(german, language="de", country="DE")
    await harness.onboard(czech, language="cs", country="CZ")
    await harness.onboard(swede, language="sv", country="SE")
    for tid in (831, 832, 833):
        await _subscribe(harness, tid)

    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_text("Open studio day on Friday")
    audience = await harness.expect_button(staff, "ann:preview:0")
    await staff.press(audience, callback_data="ann:preview:0")
    preview = await harness.expect_button(staff, "ann:tr:0")
    await staff.press(preview, callback_data="ann:tr:0")
    languages = await harness.expect_button(staff, "ann:tl:de")
    names = {b.value: b.text for b in languages.flat_buttons}
    assert names["ann:tl:de"] == "Deutsch" and names["ann:tl:cs"] == "Čeština"  # languages by name
    await staff.press(languages, callback_data="ann:tl:de")
    await harness.expect(staff, lambda m: "Send the text in this language: Deutsch" in m.text)
    await staff.send_text("Tag des offenen Ateliers am Freitag")
    again = await harness.expect(staff, lambda m: any(b.text == "✓ Deutsch" for b in m.flat_buttons))
    await staff.press(again, callback_data="ann:tl:cs")
    await harness.expect(staff, lambda m: "Čeština" in m.text and "Send the text" in m.text)
    await staff.send_text("Den otevřených ateliérů v pátek")
    chosen = await harness.expect(staff, lambda m: any(b.text == "✓ Čeština" for b in m.flat_buttons))
    await staff.press(chosen, callback_data="ann:preview:0")
    confirm = await harness.expect_button(staff, "ann:send:0")
    assert "Own texts: Čeština, Deutsch" in confirm.text and "3 people" in confirm.text
    await staff.press(confirm, callback_data="ann:send:0")
    await harness.expect(staff, lambda m: "Sending to" in m.text)
    await harness.services.dispatcher.wake()

    await harness.expect(german, lambda m: "Tag des offenen Ateliers am Freitag" in m.text)
    await harness.expect(czech, lambda m: "Den otevřených ateliérů v pátek" in m.text)
    await harness.expect(swede, lambda m: "Open studio day on Friday" in m.text)
    await harness.sandbox.wait_for_idle()
    for user, foreign in ((german, ("Open studio", "Den otevřených")), (czech, ("Open studio", "Tag des")),
                          (swede, ("Tag des", "Den otevřených"))):
        assert not [m for m in user.messages if m.from_bot and any(f in m.text for f in foreign)]


async def test_send_after_the_last_subscriber_left_is_refused_with_the_reason_and_a_way_back(
        harness: Harness) -> None:
    staff, reader = harness.user(STAFF_ID, "Sofia"), harness.user(841, "Lena")
    await harness.onboard(staff)
    await harness.onboard(reader)
    await _subscribe(harness, 841)
    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_text("Fair on Friday")
    audience = await harness.expect_button(staff, "ann:preview:0")
    await staff.press(audience, callback_data="ann:preview:0")
    confirm = await harness.expect_button(staff, "ann:send:0")
    await _subscribe(harness, 841)  # toggled off: the only subscriber left between the preview and the press
    await staff.press(confirm, callback_data="ann:send:0")
    warning = await harness.expect_button(staff, "ann:back:0")
    assert "Nobody would receive it" in warning.text
    await staff.press(warning, callback_data="ann:back:0")  # the flow goes on at the preview
    await harness.expect(staff, lambda m: "Who should receive it" in m.text and m is not audience)
    async with harness.services.uow() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    assert await harness.services.audit.entries(action="announcement.") == []


async def test_a_moment_that_passed_long_before_the_confirmation_is_refused_and_asked_again(
        harness: Harness) -> None:
    clock: ManualClock = harness.services.clock  # type: ignore[assignment]
    staff, subscriber = harness.user(STAFF_ID, "Sofia"), harness.user(842, "Ola")
    await harness.onboard(staff)
    await harness.onboard(subscriber)
    await _subscribe(harness, 842)
    await staff.send_command("announce")
    await harness.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_text("Open studio day")
    audience = await harness.expect_button(staff, "ann:preview:0")
    await staff.press(audience, callback_data="ann:preview:0")
    later = await harness.expect_button(staff, "ann:later:0")
    await staff.press(later, callback_data="ann:later:0")
    await harness.expect(staff, lambda m: "When should it be sent" in m.text)
    when = (clock.now() + timedelta(hours=1)).astimezone(ZoneInfo("Europe/Warsaw"))
    await staff.send_text(f"{when:%Y-%m-%d %H:%M}")
    confirm = await harness.expect_button(staff, "ann:at:0")
    clock.advance(timedelta(hours=2))  # the draft lay there: the moment passed an hour ago
    await staff.press(confirm, callback_data="ann:at:0")
    await harness.expect(staff, lambda m: "already passed" in m.text)
    assert await harness.services.audit.entries(action="announcement.") == []
    later_still = (clock.now() + timedelta(hours=1)).astimezone(ZoneInfo("Europe/Warsaw"))
    await staff.send_text(f"{later_still:%Y-%m-%d %H:%M}")  # the flow waits for another moment
    confirm = await harness.expect_button(staff, "ann:at:0")
    await staff.press(confirm, callback_data="ann:at:0")
    await harness.expect(staff, lambda m: "Scheduled for" in m.text)
    rows = await harness.services.audit.entries(action="announcement.")
    assert len(rows) == 1 and rows[0].actor_telegram_id == STAFF_ID
