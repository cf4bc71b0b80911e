"""Events end to end: /events, registration, .ics, the share deep link, subscriptions, announcements
with one-tap unsubscribe, the waitlist promotion notice, and /newevent."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.events.views import EventDraft
from helpdesk_bot.people.actor import CLI, Operator
from tests.e2e.conftest import STAFF_ID, Harness


def _draft(h: Harness, **overrides: object) -> EventDraft:
    now = h.services.clock.now()
    values: dict[str, object] = dict(
        kind="workshop", texts={"en": {"title": "Pricing handmade work", "description": "Costs and margin"},
                                "pl": {"title": "Wycena rękodzieła", "description": "Koszty i marża"}},
        default_language="en", starts_at=now + timedelta(days=3), ends_at=now + timedelta(days=3, hours=2),
        timezone="Europe/Warsaw", venue="Kraków", topics=("sales-marketing",), registration_mode="bot", capacity=1,
    )
    values.update(overrides)
    return EventDraft(**values)  # type: ignore[arg-type]


async def test_list_register_calendar_and_share(harness: Harness) -> None:
    event = await harness.services.events.catalog.create(_draft(harness), created_by=CLI, announce=False)
    user = harness.user(501)
    await harness.onboard(user, language="pl")
    await user.send_command("events")
    listing = await harness.expect_button(user, f"ev:show:{event.id}")
    assert "Wycena rękodzieła" in listing.text
    await user.press(listing, callback_data=f"ev:show:{event.id}")
    card = await harness.expect_button(user, f"ev:reg:{event.id}")
    await user.press(card, callback_data=f"ev:reg:{event.id}")
    done = await harness.expect_button(user, f"ev:unreg:{event.id}")
    assert "Zapisano" in done.text
    await user.press(done, callback_data=f"ev:ics:{event.id}")
    ics = await harness.expect(user, lambda m: m.document is not None)
    assert ics.document is not None and b"BEGIN:VEVENT" in ics.document.data and b"Wycena" in ics.document.data
    await user.press(done, callback_data=f"ev:share:{event.id}")
    shared = await harness.expect(user, lambda m: "start=event-" in m.text)
    assert f"https://t.me/{harness.sandbox.bot_username}?start=event-{event.id}" in shared.text


async def test_deep_link_opens_the_event_even_for_a_newcomer(harness: Harness) -> None:
    event = await harness.services.events.catalog.create(_draft(harness), created_by=CLI, announce=False)
    known = harness.user(502)
    await harness.onboard(known)
    await known.send_command("start", f"event-{event.id}")
    card = await harness.expect_button(known, f"ev:reg:{event.id}")
    assert "Pricing handmade work" in card.text
    await known.send_command("start", "event-999999")
    await harness.expect(known, lambda m: "does not exist" in m.text)
    newcomer = harness.user(503)
    await newcomer.send_command("start", f"event-{event.id}")
    picker = await harness.expect_button(newcomer, "lang:")
    await newcomer.press(picker, callback_data="lang:en")
    notice = await harness.expect_button(newcomer, "consent:yes")
    await newcomer.press(notice, callback_data="consent:yes")
    countries = await harness.expect_button(newcomer, "country:")
    await newcomer.press(countries, callback_data="country:PL")
    await newcomer.press(await harness.expect_button(newcomer, "onb:skip:0"), callback_data="onb:skip:0")
    await harness.expect_button(newcomer, f"ev:reg:{event.id}")


async def test_subscribe_announce_unsubscribe_and_waitlist_promotion(harness: Harness) -> None:
    services = harness.services
    user, other = harness.user(504), harness.user(505)
    await harness.onboard(user)
    await harness.onboard(other)
    organiser = harness.user(STAFF_ID, "Sofia")  # the event's creator is told when its waitlist moves
    await harness.onboard(organiser)
    await user.send_command("subscribe")
    toggles = await harness.expect_button(user, "sub:k:workshop")
    await user.press(toggles, callback_data="sub:k:workshop")
    await harness.expect(user, lambda m: any(b.text == "✅ Workshop" for b in m.flat_buttons))
    event = await services.events.catalog.create(_draft(harness), created_by=Operator(STAFF_ID), announce=True)
    await services.dispatcher.wake()
    announcement = await harness.expect(user, lambda m: "New event" in m.text)
    assert "Pricing handmade work" in announcement.text
    assert any(b.value == "sub:stop" for b in announcement.flat_buttons)
    assert not [m for m in other.messages if m.from_bot and "Pricing" in m.text]  # not subscribed: nothing
    # the event has one place: the first takes it, the second waits, and moves up when it frees
    await user.press(announcement, callback_data=f"ev:reg:{event.id}")
    await harness.expect_button(user, f"ev:unreg:{event.id}")
    await other.send_command("start", f"event-{event.id}")
    card = await harness.expect_button(other, f"ev:reg:{event.id}")
    await other.press(card, callback_data=f"ev:reg:{event.id}")
    await harness.expect(other, lambda m: "waitlist" in m.text)
    await user.send_command("myevents")
    mine = await harness.expect_button(user, f"ev:show:{event.id}")
    await user.press(mine, callback_data=f"ev:show:{event.id}")
    own = await harness.expect_button(user, f"ev:unreg:{event.id}")
    await user.press(own, callback_data=f"ev:unreg:{event.id}")
    await harness.expect(user, lambda m: "is cancelled" in m.text)
    await services.dispatcher.wake()
    await harness.expect(other, lambda m: "A place has freed up" in m.text)
    # one tap on the announcement's button stops everything
    await user.press(announcement, callback_data="sub:stop")
    await harness.expect(user, lambda m: "not receive any more announcements" in m.text)
    assert not (await services.events.subscriptions.get((await services.people.get(504)).id)).any  # type: ignore[union-attr]


async def test_staff_creates_an_event_and_people_cannot_forge_staff_buttons(harness: Harness) -> None:
    clock: ManualClock = harness.services.clock  # type: ignore[assignment]
    staff, person = harness.user(STAFF_ID, "Sofia"), harness.user(506)
    await harness.onboard(staff)
    await harness.onboard(person)
    await harness.services.events.subscriptions.toggle((await harness.services.people.get(506)).id,  # type: ignore[union-attr]
                                                       "topic", "taxes")
    await staff.send_command("newevent")
    kinds = await harness.expect_button(staff, "evn:kind:")
    await staff.press(kinds, callback_data="evn:kind:webinar")
    await harness.expect(staff, lambda m: "title" in m.text.lower())
    await staff.send_text("VAT for makers")
    skip = await harness.expect_button(staff, "evn:skip")
    await staff.send_text("Thresholds and invoices")
    ask_start = await harness.expect(staff, lambda m: "When does it start" in m.text)
    tomorrow = (clock.now() + timedelta(days=1)).astimezone(ZoneInfo("Europe/Warsaw"))
    assert f"{tomorrow:%Y-%m-%d} 09:00" in ask_start.text  # the example is computed from now
    await staff.send_text("yesterday 10:00")  # the staff member's own words, refused with the reason
    await harness.expect(staff, lambda m: "already passed" in m.text)
    start = (clock.now() + timedelta(days=10)).astimezone()
    await staff.send_text(f"{start:%Y-%m-%d} 10:00")
    await harness.expect(staff, lambda m: "When does it end" in m.text)
    await staff.send_text("11:30")
    await harness.expect(staff, lambda m: "venue" in m.text)
    await staff.send_text("https://example.org/webinar")
    topics = await harness.expect_button(staff, "evn:top:")
    await staff.press(topics, callback_data="evn:top:taxes")
    topics = await harness.expect(staff, lambda m: any(b.text.startswith("✓") for b in m.flat_buttons))
    await staff.press(topics, callback_data="evn:next:0")
    countries = await harness.expect_button(staff, "evn:cty:")
    await staff.press(countries, callback_data="evn:next:0")
    registration = await harness.expect_button(staff, "evn:reg:")
    await staff.press(registration, callback_data="evn:reg:bot")
    await harness.expect(staff, lambda m: "How many places" in m.text)
    await staff.send_text("30")
    skip = await harness.expect_button(staff, "evn:skip")
    await staff.press(skip, callback_data="evn:skip:0")
    preview = await harness.expect_button(staff, "evn:pub:now")
    assert "VAT for makers" in preview.text and "30 places left" in preview.text
    await staff.press(preview, callback_data="evn:pub:now")
    published = await harness.expect(staff, lambda m: "Published" in m.text)
    assert "1 subscriber" in published.text
    await harness.services.dispatcher.wake()
    await harness.expect(person, lambda m: "VAT for makers" in m.text)
    events = await harness.services.events.catalog.all_events()
    event = next(e for e in events if e.title("en") == "VAT for makers")
    # an entrepreneur pressing a forged staff button is refused
    announcement = await harness.expect(person, lambda m: "New event" in m.text)
    forged = harness.sandbox.queue_callback_query(person, announcement, f"ev:cxy:{event.id}")
    [row] = await harness.outcomes_of(forged)  # processed, and refused for the role
    assert row.outcome == "forbidden", (row.kind, row.outcome)
    assert not (await harness.services.events.catalog.get(event.id)).is_cancelled  # type: ignore[union-attr]
    entries = await harness.services.audit.entries()
    assert any(e.action == "event.create" and e.target == f"event:{event.id}" for e in entries)
