"""Consultations end to end through the sandbox: booking, advisor acceptance, .ics files, a restart
between booking and reminder, /mybookings, cancellation, feedback, and forged callback data refused."""

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations.service import AdvisorSpec
from helpdesk_bot.consultations.slots import WeeklyWindow, parse_window
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.sandbox import SandboxMessage, SandboxServer, SandboxUser
from tests.e2e.conftest import STAFF_ID, TOKEN, Harness, HarnessFactory

ADVISOR_ID = 2001
OTHER_ADVISOR_ID = 2002


def _spec(telegram_id: int = ADVISOR_ID, *, auto_confirm: bool = False, name: str = "Tomas") -> AdvisorSpec:
    return AdvisorSpec(
        telegram_id=telegram_id, name=name, timezone="Europe/Warsaw", languages=("en", "pl"),
        expertise=("taxes", "starting"), modes={"online": "https://meet.example.org/t", "phone": "+48 1"},
        bios={"en": "Taxes for makers."}, auto_confirm=auto_confirm,
        hours=tuple(WeeklyWindow(d, parse_window("09:00-17:00")) for d in range(5)), exceptions=(),
    )


async def _advisor_user(h: Harness, telegram_id: int = ADVISOR_ID, *, auto_confirm: bool = False,
                        name: str = "Tomas") -> SandboxUser:
    user = h.user(telegram_id, name)
    await h.onboard(user)
    await h.services.consultations.upsert_advisor(_spec(telegram_id, auto_confirm=auto_confirm, name=name))
    await h.services.people.grant(telegram_id, Role.ADVISOR, by=CLI)
    return user


def _buttons(message: SandboxMessage, prefix: str) -> list[str]:
    return [b.value for b in message.flat_buttons if (b.value or "").startswith(prefix)]


async def _book(h: Harness, user: SandboxUser, *, description: str | None = "How do I pay <b>VAT</b>?",
                advisor: str | None = None, day_index: int = 0) -> SandboxMessage:
    """Walk /book to the confirmation; returns the bot's answer to Confirm."""
    await user.send_command("book")
    topics = await h.expect_button(user, "bk:topic:")
    await user.press(topics, callback_data="bk:topic:taxes")
    advisors = await h.expect_button(user, "bk:adv:")
    choice = advisor or _buttons(advisors, "bk:adv:")[1]  # [0] is "first available"
    await user.press(advisors, callback_data=choice)
    calendar = await h.expect_button(user, "bk:day:")
    assert "European Time" in calendar.text and "Europe/" not in calendar.text  # the zone by name, not id
    await user.press(calendar, callback_data=_buttons(calendar, "bk:day:")[day_index])
    times = await h.expect_button(user, "bk:time:")
    await user.press(times, callback_data=_buttons(times, "bk:time:")[0])
    modes = await h.expect_button(user, "bk:mode:")
    await user.press(modes, callback_data="bk:mode:online")
    prompt = await h.expect_button(user, "bk:skipdesc")
    if description is None:
        await user.press(prompt, callback_data="bk:skipdesc")
    else:
        await user.send_text(description)
    summary = await h.expect_button(user, "bk:confirm")
    assert re.search(r"Length: \d+ min", summary.text) and "How: " in summary.text  # length and mode
    if description:
        assert description in summary.text  # shown escaped: the person sees their text, not markup
    await user.press(summary, callback_data="bk:confirm")
    return await h.expect(user, lambda m: "request was sent" in m.text or "Booked:" in m.text)


@pytest.fixture
async def harness(harness_factory: HarnessFactory) -> AsyncIterator[Harness]:
    """A bot whose dispatcher does not hold back a second message to one chat (the test clock stands still)."""
    async with harness_factory(broadcast_per_chat_interval=0) as running:
        yield running


async def _interactions(h: Harness) -> list[Interaction]:
    async with h.services.uow() as uow:
        return list((await uow.session.execute(select(Interaction).order_by(Interaction.id))).scalars())


async def test_book_accept_restart_and_reminder_once(harness_factory: HarnessFactory, tmp_path: Path) -> None:
    clock = ManualClock()
    url = f"sqlite+aiosqlite:///{tmp_path / 'restart.sqlite3'}"
    sandbox = SandboxServer(token=TOKEN)  # Telegram stays up while the bot restarts (update ids go on)
    await sandbox.start()
    try:
        await _restart_scenario(harness_factory, sandbox, url, clock)
    finally:
        await sandbox.stop()


async def _restart_scenario(harness_factory: HarnessFactory, sandbox: SandboxServer, url: str,
                            clock: ManualClock) -> None:
    async with harness_factory(database_url=url, clock=clock, sandbox=sandbox, broadcast_per_chat_interval=0) as h:
        advisor = await _advisor_user(h)
        ewa = h.user(101, "Ewa")
        await h.onboard(ewa)
        await _book(h, ewa, day_index=1)
        bookings = await h.services.consultations.upcoming_for_person((await h.services.people.get(101)).id)  # type: ignore[union-attr]
        assert len(bookings) == 1 and bookings[0].state == "requested"
        booking = bookings[0]
        assert booking.description == "How do I pay <b>VAT</b>?"
        await h.services.dispatcher.wake()
        request = await h.expect_button(advisor, f"bk:acc:{booking.id}")
        assert "How do I pay <b>VAT</b>?" in request.text and "Time zone: Central European Time" in request.text
        await advisor.press(request, callback_data=f"bk:acc:{booking.id}")
        await h.expect(advisor, lambda m: m.text.startswith("✅ Accepted"))
        await h.services.dispatcher.wake()
        for user in (ewa, advisor):
            doc = await h.expect(user, lambda m: m.document is not None)
            calendar = icalendar.Calendar.from_ical(doc.document.data)  # type: ignore[union-attr]
            event = next(iter(calendar.walk("VEVENT")))
            assert event.decoded("dtstart") == booking.starts_at
            assert "https://meet.example.org/t" in doc.document.data.decode()  # type: ignore[union-attr]
        # /mybookings shows it with its calendar file
        await ewa.send_command("mybookings")
        listed = await h.expect(ewa, lambda m: m.document is not None and f"bk:cx:{booking.id}" in _buttons(m, "bk:cx:"))
        assert "confirmed" in listed.text and listed.document.filename.endswith(".ics")  # type: ignore[union-attr]
    # the bot stops and starts again on the same database; the clock goes on
    async with harness_factory(database_url=url, clock=clock, sandbox=sandbox, broadcast_per_chat_interval=0) as h:
        ewa = h.user(101, "Ewa")
        advisor = h.user(ADVISOR_ID, "Tomas")
        reminders_before = [m for m in ewa.messages if "Reminder" in m.text]
        assert reminders_before == []
        clock.set(booking.starts_at - timedelta(hours=24) + timedelta(seconds=5))
        await h.services.dispatcher.wake()
        reminder = await h.expect(ewa, lambda m: "Reminder" in m.text)
        assert "in 24 hours" in reminder.text and "https://meet.example.org/t" in reminder.text
        await h.expect(advisor, lambda m: "Reminder" in m.text)
        await h.outbox_settled()  # everything due has been sent: a second reminder would be here now
        assert len([m for m in ewa.messages if "Reminder" in m.text]) == 1
        assert len([m for m in advisor.messages if "Reminder" in m.text]) == 1
        # after the consultation: the advisor records it took place, the entrepreneur rates it
        clock.set(booking.ends_at + timedelta(hours=1, minutes=1))
        await h.services.dispatcher.wake()
        ask = await h.expect_button(advisor, f"bk:held:{booking.id}")
        await advisor.press(ask, callback_data=f"bk:held:{booking.id}")
        recorded = await h.expect_button(advisor, f"bk:note:{booking.id}")
        await advisor.press(recorded, callback_data=f"bk:note:{booking.id}")
        await h.expect(advisor, lambda m: "outcome note" in m.text and "one message" in m.text)
        await advisor.send_text("Will register in December.")
        await h.expect(advisor, lambda m: m.text == "Note saved.")
        rate = await h.expect_button(ewa, f"bk:rate:{booking.id}:")
        await ewa.press(rate, callback_data=f"bk:rate:{booking.id}:4")
        thanks = await h.expect_button(ewa, f"bk:cmt:{booking.id}")
        await ewa.press(thanks, callback_data=f"bk:cmt:{booking.id}")
        await h.expect(ewa, lambda m: "comment in one message" in m.text)
        await ewa.send_text("Clear and practical")
        await h.expect(ewa, lambda m: "comment was saved" in m.text)
        final = await h.services.consultations.get_booking(booking.id)
        assert final is not None and final.state == "held" and final.rating == 4
        assert final.outcome_note == "Will register in December." and final.feedback_comment == "Clear and practical"
        await h.sandbox.wait_for_idle()
        rows = await _interactions(h)
    kinds = [(r.kind, r.outcome) for r in rows if r.kind.startswith(("booking.", "advisor.booking"))]
    assert ("booking.requested", "ok") in kinds and ("advisor.booking_accept", "ok") in kinds
    assert ("booking.confirmed", "ok") in kinds and ("booking.held", "ok") in kinds
    feedback = [r for r in rows if r.kind == "booking.feedback"]
    assert len(feedback) == 1 and feedback[0].value == 4
    ewa_ref = next(r.actor_ref for r in rows if r.kind == "booking.requested")
    # business events are counted for the entrepreneur, not for the advisor who pressed the button
    assert next(r.actor_ref for r in rows if r.kind == "booking.confirmed") == ewa_ref
    assert next(r.actor_ref for r in rows if r.kind == "booking.held") == ewa_ref
    assert all(r.outcome != "error" for r in rows)


async def test_forged_callback_data_is_refused(harness: Harness) -> None:
    h = harness
    advisor = await _advisor_user(h, auto_confirm=True)
    other_advisor = await _advisor_user(h, OTHER_ADVISOR_ID, name="Greta")
    ewa = h.user(101, "Ewa")
    eve = h.user(666, "Eve")
    await h.onboard(ewa)
    menu = await h.onboard(eve)
    tomas = await h.services.consultations.advisor_by_telegram(ADVISOR_ID)
    assert tomas is not None
    answer = await _book(h, ewa, description=None, advisor=f"bk:adv:{tomas.id}")
    assert "Booked:" in answer.text
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    forged = [f"bk:cx:{booking.id}", f"bk:cxy:{booking.id}", f"bk:rs:{booking.id}", f"bk:rate:{booking.id}:1",
              f"bk:cmt:{booking.id}", f"bk:again:{booking.id}", f"bk:rebook:{booking.id}:1",
              f"bk:acc:{booking.id}", f"bk:dec:{booking.id}", f"bk:decn:{booking.id}", f"bk:acx:{booking.id}",
              f"bk:acxn:{booking.id}", f"bk:held:{booking.id}", f"bk:noshow:{booking.id}", f"bk:note:{booking.id}"]
    update_ids = [h.sandbox.queue_callback_query(eve, menu, data) for data in forged]
    # an advisor action on another advisor's booking is refused as well
    other_menu = [m for m in other_advisor.messages if m.has_inline_keyboard][-1]
    update_ids += [h.sandbox.queue_callback_query(other_advisor, other_menu, data)
                   for data in (f"bk:acxn:{booking.id}", f"bk:held:{booking.id}")]
    update_ids += [h.sandbox.queue_callback_query(eve, menu, data)
                   for data in ("adv:tg:1", "av:rmw:1", "bk:acc:x", "bk:cx:99999999", "bk:time:1:2", "bk:",
                                "bk:rate:1:9")]
    for update_id in update_ids:
        await h.processed(update_id)
    rows = [r for r in await _interactions(h) if r.update_id in set(update_ids)]
    assert len(rows) == len(forged) + 2 + 7, [(r.kind, r.outcome, r.subject) for r in rows]
    outcomes = [r.outcome for r in rows]
    assert set(outcomes) <= {"forbidden", "invalid", "expired_draft"}, outcomes
    # + adv:tg (not staff), av:rmw (not an advisor), bk:cx:99999999 (an id, not hers); "bk:acc:x" is no id: invalid
    assert outcomes.count("forbidden") == len(forged) + 2 + 3
    after = await h.services.consultations.get_booking(booking.id)
    assert after is not None and after.state == "confirmed" and after.rating is None
    assert all("not for you" in a.text for a in eve.answered_callbacks[-len(forged) - 7:][: len(forged)]
               if a.text)
    # the real owner still can, and the real advisor's agenda lists it
    await advisor.send_command("agenda")
    agenda = await h.expect(advisor, lambda m: "Next 7 days" in m.text)
    upcoming = agenda.text.split("Next 7 days", 1)[1]
    assert "Ewa" in upcoming and f"#{booking.id} (confirmed)" in upcoming
    eve.consume_all()
    await eve.send_command("agenda")
    assert "advisor" in (await eve.wait_for_message()).text.lower()
    await eve.send_command("advisors")
    assert "staff" in (await eve.wait_for_message()).text.lower()


async def test_cancel_window_reschedule_and_advisor_cancel(harness: Harness) -> None:
    h = harness
    clock: ManualClock = h.services.clock  # type: ignore[assignment]
    advisor = await _advisor_user(h, auto_confirm=True)
    ewa = h.user(101, "Ewa")
    await h.onboard(ewa)
    await _book(h, ewa)
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    # reschedule to another slot via /mybookings
    await ewa.send_command("mybookings")
    mine = await h.expect_button(ewa, f"bk:rs:{booking.id}")
    await ewa.press(mine, callback_data=f"bk:rs:{booking.id}")
    calendar = await h.expect_button(ewa, "bk:day:")
    await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[-1])
    times = await h.expect_button(ewa, "bk:time:")
    await ewa.press(times, callback_data=_buttons(times, "bk:time:")[-1])
    summary = await h.expect_button(ewa, "bk:confirm")
    assert "Move your consultation" in summary.text
    await ewa.press(summary, callback_data="bk:confirm")
    await h.expect(ewa, lambda m: m.text.startswith("✅ Moved to"))
    moved = await h.services.consultations.get_booking(booking.id)
    assert moved is not None and moved.starts_at > booking.starts_at and moved.version == 1
    # inside the 12-hour window the person is refused and pointed to the advisor
    clock.set(moved.starts_at - timedelta(hours=6))
    await ewa.send_command("mybookings")
    mine = await h.expect_button(ewa, f"bk:cx:{booking.id}")
    await ewa.press(mine, callback_data=f"bk:cx:{booking.id}")
    sure = await h.expect_button(ewa, f"bk:cxy:{booking.id}")
    await ewa.press(sure, callback_data=f"bk:cxy:{booking.id}")
    refused = await h.expect(ewa, lambda m: "can no longer be changed here" in m.text)
    assert "Tomas" in refused.text
    # the advisor cancels with a reason; the entrepreneur is told and offered new slots
    await advisor.send_command("agenda")
    agenda = await h.expect_button(advisor, f"bk:acx:{booking.id}")
    await advisor.press(agenda, callback_data=f"bk:acx:{booking.id}")
    await h.expect_button(advisor, f"bk:acxn:{booking.id}")
    await advisor.send_text("I am ill, sorry")
    await h.expect(advisor, lambda m: m.text.startswith("Cancelled:"))
    await h.services.dispatcher.wake()
    told = await h.expect(ewa, lambda m: "had to cancel" in m.text)
    assert "I am ill, sorry" in told.text and _buttons(told, "bk:rebook:") and _buttons(told, "bk:again:")
    await ewa.press(told, callback_data=_buttons(told, "bk:rebook:")[0])
    summary = await h.expect_button(ewa, "bk:confirm")
    await ewa.press(summary, callback_data="bk:confirm")
    await h.expect(ewa, lambda m: m.text.startswith("✅ Booked"))


async def test_availability_and_staff_advisors(harness: Harness) -> None:
    h = harness
    advisor = await _advisor_user(h)
    await advisor.send_command("availability")
    shown = await h.expect(advisor, lambda m: "Your hours" in m.text)
    assert "Mon 09:00-17:00" in shown.text and len(_buttons(shown, "av:rmw:")) == 5
    await advisor.send_command("availability", "add sat 10:00-12:00")
    await h.expect(advisor, lambda m: "Sat 10:00-12:00" in m.text)
    await advisor.send_command("availability", "off 2026-12-24")
    updated = await h.expect(advisor, lambda m: "whole day" in m.text)
    await advisor.press(updated, callback_data=_buttons(updated, "av:rmw:")[0])
    await h.expect(advisor, lambda m: "Your hours" in m.text and "Mon 09:00-17:00" not in m.text)
    await advisor.send_command("availability", "add someday 9-5")
    await h.expect(advisor, lambda m: "did not understand" in m.text)
    staff = h.user(STAFF_ID, "Sofia")
    await h.onboard(staff)
    await staff.send_command("advisors")
    listing = await h.expect_button(staff, "adv:tg:")
    assert "Tomas" in listing.text and "bookable" in listing.text
    await staff.press(listing, callback_data=_buttons(listing, "adv:tg:")[0])
    await h.expect(staff, lambda m: "hidden" in m.text)
    assert (await h.services.consultations.list_advisors(active_only=True)) == []


async def test_booking_from_a_knowledge_base_question_carries_the_question(harness: Harness) -> None:
    from telegram.ext import CommandHandler

    from helpdesk_bot.telegram.handlers.consultations import start_booking_from_question

    h = harness

    async def fallback_offer(update: object, context: object) -> None:  # what the knowledge base does
        await start_booking_from_question(update, context, "Can I sell <prints> in Germany?")  # type: ignore[arg-type]

    async def direct(update: object, context: object) -> None:
        await start_booking_from_question(update, context, "How do I invoice abroad?", topic="taxes")  # type: ignore[arg-type]

    h.application.add_handler(CommandHandler("kbfallback", fallback_offer), group=-5)
    h.application.add_handler(CommandHandler("kbdirect", direct), group=-5)
    await _advisor_user(h, auto_confirm=True)
    ewa = h.user(101, "Ewa")
    await h.onboard(ewa)
    await ewa.send_command("kbfallback")
    topics = await h.expect_button(ewa, "bk:topic:")
    assert "Can I sell <prints> in Germany?" in topics.text
    await ewa.send_command("kbdirect")
    advisors = await h.expect_button(ewa, "bk:adv:")  # the topic step is skipped
    await ewa.press(advisors, callback_data=_buttons(advisors, "bk:adv:")[1])
    calendar = await h.expect_button(ewa, "bk:day:")
    await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[0])
    times = await h.expect_button(ewa, "bk:time:")
    await ewa.press(times, callback_data=_buttons(times, "bk:time:")[0])
    modes = await h.expect_button(ewa, "bk:mode:")
    await ewa.press(modes, callback_data="bk:mode:phone")
    # no description step (the question is the description): the number to call comes next
    phone_step = await h.expect(ewa, lambda m: "Which number can the advisor call you on?" in m.text)
    await ewa.press(phone_step, callback_data="bk:back")  # Back leads to the mode, not to a description step
    modes = await h.expect_button(ewa, "bk:mode:")
    await ewa.press(modes, callback_data="bk:mode:phone")
    await h.expect(ewa, lambda m: "Which number can the advisor call you on?" in m.text)
    await ewa.send_text("+48 600 100 200")
    summary = await h.expect_button(ewa, "bk:confirm")
    assert "How do I invoice abroad?" in summary.text
    await ewa.press(summary, callback_data="bk:confirm")
    await h.expect(ewa, lambda m: "Booked:" in m.text)
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    assert booking.description == "How do I invoice abroad?" and booking.mode == "phone"
    assert booking.phone == "+48 600 100 200"
