"""/announce end to end: a photo announcement to an audience through the outbox, a scheduled one,
/broadcasts, and people without the staff role refused (command and forged buttons)."""

from datetime import timedelta
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
    await harness.expect(staff, lambda m: "could not read that date" in m.text and "Central European Time" in m.text)
    when = (clock.now() + timedelta(days=1)).astimezone(ZoneInfo("Europe/Warsaw"))
    await staff.send_text(f"{when:%Y-%m-%d %H:%M}")
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
