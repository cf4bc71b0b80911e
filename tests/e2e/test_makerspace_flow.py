"""Makerspace end to end through the sandbox: booking a machine without an induction (refused with the
next induction session and its Register button), the induction recorded from the event's attendee
list, then booking with it (.ics, /mybookings); typed bad input; staff closing a machine for
maintenance (the maker is told and rebooks another unit); /induct by reply to a forwarded message;
forged callbacks refused."""

from collections.abc import AsyncIterator
from datetime import date, timedelta

import icalendar
import pytest
from sqlalchemy import select

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.events.models import RegistrationMode
from helpdesk_bot.events.views import EventDraft
from helpdesk_bot.makerspace.models import MakerBooking
from helpdesk_bot.makerspace.specs import load_makerspace
from helpdesk_bot.people.actor import Operator
from helpdesk_bot.sandbox import SandboxMessage, SandboxUser
from helpdesk_bot.scheduling.spans import local_start
from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import STAFF_ID, Harness, HarnessFactory

WARSAW = "Europe/Warsaw"
TUESDAY = date(2026, 11, 24)  # the test clock starts on Monday 2026-11-23 09:00 UTC


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def harness(harness_factory: HarnessFactory, clock: ManualClock) -> AsyncIterator[Harness]:
    """A bot whose dispatcher does not hold back a second message to one chat (the test clock stands still)."""
    async with harness_factory(clock=clock, broadcast_per_chat_interval=0) as running:
        inductions, resources = load_makerspace(PROJECT_ROOT / "makerspace.sample.yaml")
        await running.services.makerspace.workshop.import_specs(inductions, resources)
        yield running


def _buttons(message: SandboxMessage, prefix: str) -> list[str]:
    return [b.value for b in message.flat_buttons if (b.value or "").startswith(prefix)]


async def _resource_id(h: Harness, key: str) -> int:
    return (await h.services.makerspace.makers.resource(key)).id


async def _open(h: Harness, user: SandboxUser, key: str) -> SandboxMessage:
    """/makerspace, then the resource's button; returns the bot's answer (days, or a refusal)."""
    last = max((m.message_id for m in user.messages), default=0)
    await user.send_command("makerspace")
    overview = await h.expect(user, lambda m: m.message_id > last and bool(_buttons(m, "ms:res:")))
    assert "Central European Time" in overview.text and "Laser cutter" in overview.text
    user.consume_all()
    resource_id = await _resource_id(h, key)
    await user.press(overview, callback_data=f"ms:res:{resource_id}")
    # the overview turns into the days, or a new message refuses
    return await h.expect(user, lambda m: (m.message_id == overview.message_id and bool(_buttons(m, "ms:day:")))
                          or (m.message_id > overview.message_id and m.text.startswith("🔒")))


async def _book(h: Harness, user: SandboxUser, key: str, *, length_index: int = 0) -> SandboxMessage:
    days = await _open(h, user, key)
    day_buttons = _buttons(days, "ms:day:")
    assert day_buttons, days.text
    same = days.message_id  # every step edits the same message

    async def step(prefix: str) -> SandboxMessage:
        return await h.expect(user, lambda m: m.message_id == same and bool(_buttons(m, prefix)))

    await user.press(days, callback_data=day_buttons[0])
    starts = await step("ms:start:")
    await user.press(starts, callback_data=_buttons(starts, "ms:start:")[0])
    lengths = await step("ms:len:")
    await user.press(lengths, callback_data=_buttons(lengths, "ms:len:")[length_index])
    summary = await step("ms:ok")
    assert "Please check your booking" in summary.text
    await user.press(summary, callback_data="ms:ok")
    return await h.expect(user, lambda m: m.message_id == same and m.text.startswith("✅ Booked"))


async def _bookings(h: Harness) -> list[MakerBooking]:
    async with h.services.uow() as uow:
        return list((await uow.session.execute(select(MakerBooking).order_by(MakerBooking.id))).scalars())


async def test_booking_without_and_with_induction(harness: Harness, clock: ManualClock) -> None:
    h = harness
    event = await h.services.events.catalog.create(EventDraft(
        kind="workshop", texts={"en": {"title": "Laser cutter safety induction", "description": "Closed shoes."}},
        default_language="en", starts_at=local_start(TUESDAY, 17 * 60, WARSAW),
        ends_at=local_start(TUESDAY, 18 * 60, WARSAW), timezone=WARSAW, venue="Makerspace",
        registration_mode=RegistrationMode.BOT, capacity=8, key="laser-induction-2026-11-24",
    ), created_by=Operator(STAFF_ID), announce=False)
    maker = h.user(101, "Ewa")
    staff = h.user(STAFF_ID, "Sofia")
    await h.onboard(maker)
    await h.onboard(staff)

    # without the induction: refused, with the next session and its Register button, and whom to ask
    refusal = await _open(h, maker, "laser-cutter")
    assert "Laser cutter safety induction" in refusal.text and "Workshop desk" in refusal.text
    assert _buttons(refusal, "ev:reg:") == [f"ev:reg:{event.id}"]
    await maker.press(refusal, callback_data=f"ev:reg:{event.id}")
    await h.expect(maker, lambda m: "You are registered" in m.text)
    assert await _bookings(h) == []

    # a machine without an induction can be booked at once
    booked = await _book(h, maker, "3d-printer", length_index=1)
    assert "3D printer" in booked.text and "no. 1" in booked.text

    # the session takes place; staff mark attendance in the event's attendee list: the induction is recorded
    clock.set(local_start(TUESDAY, 17 * 60 + 5, WARSAW))
    await staff.send_command("events")
    listing = await h.expect_button(staff, f"ev:show:{event.id}")
    await staff.press(listing, callback_data=f"ev:show:{event.id}")
    card = await h.expect_button(staff, f"ev:att:{event.id}")
    await staff.press(card, callback_data=f"ev:att:{event.id}")
    attendees = await h.expect_button(staff, "ev:mk:")
    await staff.press(attendees, callback_data=_buttons(attendees, "ev:mk:")[0])
    await h.expect(staff, lambda m: "✅ Ewa" in m.text)

    # now the laser cutter can be booked; confirmation with the calendar file through the outbox
    laser = await _book(h, maker, "laser-cutter", length_index=2)  # 90 minutes
    assert "Laser cutter" in laser.text
    await h.services.dispatcher.wake()
    calendar_doc = await h.expect(maker, lambda m: m.document is not None and "Laser cutter" in m.text)
    calendar = icalendar.Calendar.from_ical(calendar_doc.document.data)  # type: ignore[union-attr]
    event_ics = next(iter(calendar.walk("VEVENT")))
    bookings = await _bookings(h)
    assert len(bookings) == 2
    assert event_ics.decoded("dtend") - event_ics.decoded("dtstart") == timedelta(minutes=90)

    # /mybookings lists the machines beside the consultations, each with Reschedule and Cancel
    maker.consume_all()
    await maker.send_command("mybookings")
    mine = await h.expect_button(maker, "ms:cx:")
    assert mine.document is not None
    assert "Laser cutter" in mine.text  # the 3D printer booking of this morning is over
    await h.expect(maker, lambda m: "Your upcoming machine booking:" in m.text)


async def test_typed_bad_input_gets_clear_answers(harness: Harness) -> None:
    h = harness
    maker = h.user(102, "Jan")
    await h.onboard(maker)
    days = await _open(h, maker, "3d-printer")
    await maker.press(days, callback_data=_buttons(days, "ms:day:")[0])
    await h.expect_button(maker, "ms:start:")
    await maker.send_text("08:00")  # before opening
    await h.expect(maker, lambda m: "not open for that whole time" in m.text)
    await maker.send_text("quarter past")
    await h.expect(maker, lambda m: "type a start time" in m.text)
    await maker.send_text("10:00")
    await h.expect_button(maker, "ms:len:")
    await maker.send_text("600")  # 10 hours; the maximum is 8
    await h.expect(maker, lambda m: "too long" in m.text and "8 h" in m.text)
    await maker.send_text("2h")
    summary = await h.expect_button(maker, "ms:ok")
    assert "(2 h)" in summary.text
    assert await _bookings(h) == []  # nothing saved before Confirm


async def test_maintenance_closing_tells_the_maker_who_rebooks_another_unit(harness: Harness) -> None:
    h = harness
    maker = h.user(103, "Ola")
    staff = h.user(STAFF_ID, "Sofia")
    await h.onboard(maker)
    await h.onboard(staff)
    await _book(h, maker, "3d-printer")
    (booking,) = await _bookings(h)
    assert booking.unit == 1

    await staff.send_command("workshop")
    schedule = await h.expect_button(staff, "ms:mt:")
    printer = await _resource_id(h, "3d-printer")
    await staff.press(schedule, callback_data=f"ms:mt:{printer}")
    choices = await h.expect_button(staff, f"ms:mtu:{printer}:1:")
    await staff.press(choices, callback_data=f"ms:mtu:{printer}:1:72")
    await h.expect(staff, lambda m: "One booking was cancelled" in m.text)

    await h.services.dispatcher.wake()
    notice = await h.expect_button(maker, f"ms:ru:{booking.id}")
    assert "closed for maintenance" in notice.text and _buttons(notice, "ms:rt:")
    await maker.press(notice, callback_data=f"ms:ru:{booking.id}")
    await h.expect(maker, lambda m: m.text.startswith("✅ Booked") and "no. 2" in m.text)
    states = [(b.state, b.unit, b.cancelled_by) for b in await _bookings(h)]
    assert states == [("cancelled", 1, "maintenance"), ("confirmed", 2, None)]


async def test_induct_by_reply_and_forged_callbacks_refused(harness: Harness) -> None:
    from helpdesk_bot.sandbox.users import detect_entities

    h = harness
    maker = h.user(104, "Lina")
    staff = h.user(STAFF_ID, "Sofia")
    await h.onboard(maker)
    await h.onboard(staff)
    await staff.send_forwarded(from_user=maker, text="Hi, I did the woodwork induction today")
    await h.sandbox.wait_for_idle(quiet=0.05)
    forwarded = [m for m in staff.history if not m.from_bot][-1]
    command = staff._new_message("text", "/induct woodworking-bench", detect_entities("/induct woodworking-bench"))
    command.extra["reply_to_message"] = forwarded.to_api(with_reply=False)
    command.reply_to_message_id = forwarded.message_id
    staff._queue(command)
    await h.expect(staff, lambda m: "Lina completed the Woodworking safety induction" in m.text)
    await h.expect(maker, lambda m: "Woodworking safety induction is recorded" in m.text)
    await staff.send_command("induct", "laser-safety 55555")
    await h.expect(staff, lambda m: "has not started the bot" in m.text)

    # the maker may now book the bench; a forged staff button and someone else's booking id are refused
    await _book(h, maker, "woodworking-bench")
    (booking,) = await _bookings(h)
    other = h.user(105, "Mara")
    await h.onboard(other)
    await other.send_command("makerspace")
    overview = await h.expect_button(other, "ms:res:")
    presses = []
    for forged in (f"ms:in:{booking.id}", f"ms:cxy:{booking.id}", "ms:res:99999", "ms:day:1:x", "ms:len:007"):
        overview.reply_markup = {"inline_keyboard": [[{"text": "x", "callback_data": forged}]]}
        presses.append(await other.press(overview, callback_data=forged))
    outcomes = await h.outcomes_of(*presses)
    assert [o.outcome for o in outcomes] == ["forbidden", "forbidden", "invalid", "invalid", "invalid"]
    assert [b.state for b in await _bookings(h)] == ["confirmed"]
    answers = [a.text or "" for a in other.answered_callbacks]
    assert any("not found" in a for a in answers) and any("no longer valid" in a for a in answers)


async def test_staff_check_in_and_no_show_from_the_workshop_schedule(harness: Harness, clock: ManualClock) -> None:
    h = harness
    first, second = h.user(106, "Iga"), h.user(107, "Olek")
    staff = h.user(STAFF_ID, "Sofia")
    for user in (first, second, staff):
        await h.onboard(user)
    await _book(h, first, "sewing-machine")
    await _book(h, second, "sewing-machine")
    one, two = await _bookings(h)
    clock.set(one.starts_at + timedelta(minutes=5))
    await staff.send_command("workshop")
    schedule = await h.expect_button(staff, f"ms:in:{one.id}")
    assert "Iga" in schedule.text and "Olek" in schedule.text and "Central European Time" in schedule.text
    await staff.press(schedule, callback_data=f"ms:in:{one.id}")
    schedule = await h.expect(staff, lambda m: "✅" in m.text and bool(_buttons(m, f"ms:ns:{two.id}")))
    await staff.press(schedule, callback_data=f"ms:ns:{two.id}")
    await h.expect(staff, lambda m: "🚫" in m.text and not _buttons(m, "ms:ns:"))
    states = {b.id: b.state for b in await _bookings(h)}
    assert states == {one.id: "checked_in", two.id: "no_show"}
    # a maker cannot press staff buttons
    second.consume_all()
    await second.send_command("makerspace")
    overview = await h.expect_button(second, "ms:res:")
    overview.reply_markup = {"inline_keyboard": [[{"text": "x", "callback_data": f"ms:mtu:{one.resource_id}:0:24"}]]}
    await second.press(overview, callback_data=f"ms:mtu:{one.resource_id}:0:24")
    await h.expect(second, lambda m: "staff" in m.text.lower())


async def test_reschedule_and_cancel_from_mybookings(harness: Harness) -> None:
    h = harness
    maker = h.user(108, "Nina")
    await h.onboard(maker)
    await _book(h, maker, "sewing-machine")
    (booking,) = await _bookings(h)
    await maker.send_command("mybookings")
    mine = await h.expect_button(maker, f"ms:rs:{booking.id}")
    await maker.press(mine, callback_data=f"ms:rs:{booking.id}")
    days = await h.expect_button(maker, "ms:day:")
    same = days.message_id

    async def step(prefix: str) -> SandboxMessage:
        return await h.expect(maker, lambda m: m.message_id == same and bool(_buttons(m, prefix)))

    await maker.press(days, callback_data=_buttons(days, "ms:day:")[0])
    starts = await step("ms:start:")
    await maker.press(starts, callback_data=_buttons(starts, "ms:start:")[2])  # two hours later
    lengths = await step("ms:len:")
    await maker.press(lengths, callback_data=_buttons(lengths, "ms:len:")[1])
    summary = await step("ms:ok")
    await maker.press(summary, callback_data="ms:ok")
    await h.expect(maker, lambda m: m.message_id == same and m.text.startswith("✅ Moved"))
    (moved,) = await _bookings(h)
    assert moved.id == booking.id and moved.version == 1 and moved.slots == 2
    assert moved.starts_at == booking.starts_at + timedelta(hours=2)

    await maker.send_command("mybookings")
    mine = await h.expect_button(maker, f"ms:cx:{booking.id}")
    await maker.press(mine, callback_data=f"ms:cx:{booking.id}")
    ask = await h.expect_button(maker, f"ms:cxy:{booking.id}")
    await maker.press(ask, callback_data=f"ms:cxy:{booking.id}")
    await h.expect(maker, lambda m: "is cancelled" in m.text)
    assert [b.state for b in await _bookings(h)] == ["cancelled"]
