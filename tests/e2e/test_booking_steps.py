"""The booking flow's Back and Cancel on every step, and the number for a phone consultation (issue 12),
end to end through the sandbox: walking back from the summary to the topic and forward again to a booking,
the phone step's refusal and acceptance, who sees the number (the booking's advisor only: not the
entrepreneur's other views, not another advisor, not a group), /mydata, and rescheduling keeping it."""

import json
import re
from collections.abc import AsyncIterator

import pytest

from helpdesk_bot.sandbox import SandboxMessage, SandboxUser
from tests.e2e.conftest import Harness, HarnessFactory
from tests.e2e.test_consultations_flow import ADVISOR_ID, OTHER_ADVISOR_ID, _advisor_user, _buttons

NUMBER = "+48 600-100-200"
GROUP_ID = -100777


@pytest.fixture
async def harness(harness_factory: HarnessFactory) -> AsyncIterator[Harness]:
    """A bot whose dispatcher does not hold back a second message to one chat (the test clock stands still)."""
    async with harness_factory(broadcast_per_chat_interval=0) as running:
        yield running


async def _step(h: Harness, user: SandboxUser) -> str | None:
    person = await h.services.people.get(user.user_id)
    assert person is not None
    conversation = await h.services.conversations.current(person.id)
    return conversation.step if conversation is not None else None


async def _back(h: Harness, user: SandboxUser, screen: SandboxMessage, prefix: str, step: str) -> SandboxMessage:
    """Press Back on ``screen``; the previous screen (with a ``prefix`` button) is shown, the draft at ``step``."""
    assert "bk:back" in _buttons(screen, "bk:back") and "bk:abort" in _buttons(screen, "bk:abort"), screen.text
    await user.press(screen, callback_data="bk:back")
    shown = await h.expect_button(user, prefix)
    assert await _step(h, user) == step
    return shown


async def _to_phone_step(h: Harness, user: SandboxUser, advisor: str | None = None) -> SandboxMessage:
    """/book up to the phone step: taxes, the first advisor listed (or ``advisor``), the first day and time,
    by phone, a question."""
    await user.send_command("book")
    topics = await h.expect_button(user, "bk:topic:")
    assert not _buttons(topics, "bk:back") and _buttons(topics, "bk:abort")  # the first screen: Cancel only
    await user.press(topics, callback_data="bk:topic:taxes")
    advisors = await h.expect_button(user, "bk:adv:")
    await user.press(advisors, callback_data=advisor or _buttons(advisors, "bk:adv:")[1])
    calendar = await h.expect_button(user, "bk:day:")
    await user.press(calendar, callback_data=_buttons(calendar, "bk:day:")[0])
    times = await h.expect_button(user, "bk:time:")
    await user.press(times, callback_data=_buttons(times, "bk:time:")[0])
    modes = await h.expect_button(user, "bk:mode:")
    await user.press(modes, callback_data="bk:mode:phone")
    await h.expect_button(user, "bk:skipdesc")
    await user.send_text("Can I deduct my kiln?")
    return await h.expect(user, lambda m: "Which number can the advisor call you on?" in m.text)


async def test_back_through_every_step_and_forward_again_to_a_booking(harness: Harness) -> None:
    h = harness
    await _advisor_user(h)
    ewa = h.user(101, "Ewa")
    await h.onboard(ewa)
    phone_step = await _to_phone_step(h, ewa)
    assert await _step(h, ewa) == "phone" and not _buttons(phone_step, "bk:keepphone")
    # not a number: refused in words, the step stays, Back and Cancel are at hand
    for typed in ("call me tomorrow", "12345", "+48 600 100 200 <b>"):
        await ewa.send_text(typed)
        refused = await h.expect(ewa, lambda m: "does not look like a phone number" in m.text)
        assert _buttons(refused, "bk:back") and _buttons(refused, "bk:abort")
        assert await _step(h, ewa) == "phone"
    await ewa.send_text(f"  {NUMBER} ")
    summary = await h.expect_button(ewa, "bk:confirm")
    assert f"How: 📞 Phone (your number: {NUMBER})" in summary.text
    assert re.search(r"Length: \d+ min", summary.text) and "Can I deduct my kiln?" in summary.text

    # Back, screen by screen, to the first one; the draft is kept all the way
    phone_again = await _back(h, ewa, summary, "bk:keepphone", "phone")
    assert f"Your number: {NUMBER}" in phone_again.text
    description = await _back(h, ewa, phone_again, "bk:skipdesc", "description")
    assert "Can I deduct my kiln?" in description.text
    assert next(b.text for b in description.flat_buttons) == "✅ Keep as it is"
    modes = await _back(h, ewa, description, "bk:mode:", "mode")
    assert any(b.text == "✓ 📞 Phone" for b in modes.flat_buttons)  # the mode chosen before
    times = await _back(h, ewa, modes, "bk:time:", "time")
    calendar = await _back(h, ewa, times, "bk:day:", "day")
    advisors = await _back(h, ewa, calendar, "bk:adv:", "advisor")
    topics = await _back(h, ewa, advisors, "bk:topic:", "topic")
    assert not _buttons(topics, "bk:back")
    # a Back pressed on an old copy of a screen, at the first step: nothing to go back to
    old_press = h.sandbox.queue_callback_query(ewa, topics, "bk:back")
    assert [r.outcome for r in await h.outcomes_of(old_press)] == ["invalid"]
    assert await _step(h, ewa) == "topic"

    # forward again: other choices where wanted, the rest kept
    await ewa.press(topics, callback_data="bk:topic:taxes")
    advisors = await h.expect_button(ewa, "bk:adv:")
    await ewa.press(advisors, callback_data=_buttons(advisors, "bk:adv:")[1])
    calendar = await h.expect_button(ewa, "bk:day:")
    await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[1])
    times = await h.expect_button(ewa, "bk:time:")
    chosen = _buttons(times, "bk:time:")[1]
    await ewa.press(times, callback_data=chosen)
    modes = await h.expect_button(ewa, "bk:mode:")
    await ewa.press(modes, callback_data="bk:mode:phone")
    description = await h.expect_button(ewa, "bk:skipdesc")
    await ewa.press(description, callback_data="bk:skipdesc")  # keep the question
    phone_again = await h.expect_button(ewa, "bk:keepphone")
    await ewa.press(phone_again, callback_data="bk:keepphone")
    summary = await h.expect_button(ewa, "bk:confirm")
    assert f"(your number: {NUMBER})" in summary.text and "Can I deduct my kiln?" in summary.text
    await ewa.press(summary, callback_data="bk:confirm")
    await h.expect(ewa, lambda m: "request was sent" in m.text)
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    assert booking.phone == NUMBER and booking.mode == "phone" and booking.description == "Can I deduct my kiln?"
    assert int(booking.starts_at.timestamp()) == int(chosen.rsplit(":", 1)[1])
    assert await _step(h, ewa) is None


async def test_cancel_on_any_step_and_the_slash_command(harness: Harness) -> None:
    h = harness
    await _advisor_user(h)
    ewa = h.user(101, "Ewa")
    await h.onboard(ewa)
    phone_step = await _to_phone_step(h, ewa)
    await ewa.press(phone_step, callback_data="bk:abort")
    await h.expect(ewa, lambda m: "Nothing was booked" in m.text)
    assert await _step(h, ewa) is None
    await _to_phone_step(h, ewa)
    await ewa.send_command("cancel")
    await h.expect(ewa, lambda m: m.text.startswith("Cancelled") or "cancelled" in m.text.lower())
    assert await _step(h, ewa) is None
    assert await h.services.consultations.bookings_with_advisor_filter() == []


async def test_the_number_is_for_the_bookings_advisor_only(harness_factory: HarnessFactory) -> None:
    async with harness_factory(broadcast_per_chat_interval=0, advisors_chat_id=GROUP_ID) as h:
        advisor = await _advisor_user(h)
        other = await _advisor_user(h, OTHER_ADVISOR_ID, name="Greta")
        ewa = h.user(101, "Ewa")
        await h.onboard(ewa)
        tomas = await h.services.consultations.advisor_by_telegram(ADVISOR_ID)
        assert tomas is not None
        await _to_phone_step(h, ewa, f"bk:adv:{tomas.id}")
        await ewa.send_text(NUMBER)
        summary = await h.expect_button(ewa, "bk:confirm")
        await ewa.press(summary, callback_data="bk:confirm")
        await h.expect(ewa, lambda m: "request was sent" in m.text)
        booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
        seen_by_ewa = ewa.mark  # what the entrepreneur sees from here on never carries the number
        await h.services.dispatcher.wake()
        request = await h.expect_button(advisor, f"bk:acc:{booking.id}")
        assert f"Number to call: {NUMBER}" in request.text and "Can I deduct my kiln?" in request.text
        await advisor.press(request, callback_data=f"bk:acc:{booking.id}")
        await h.expect(advisor, lambda m: m.text.startswith("✅ Accepted"))
        await h.services.dispatcher.wake()
        confirmed = await h.expect(advisor, lambda m: "Consultation confirmed" in m.text)
        assert f"Number to call: {NUMBER}" in confirmed.text
        await h.expect(ewa, lambda m: "Your consultation is confirmed" in m.text)
        await advisor.send_command("agenda")
        agenda = await h.expect(advisor, lambda m: "Next 7 days" in m.text)
        assert f"Number to call: {NUMBER}" in agenda.text
        await other.send_command("agenda")
        assert NUMBER not in (await h.expect(other, lambda m: "Next 7 days" in m.text)).text
        await ewa.send_command("mybookings")
        await h.expect_button(ewa, f"bk:rs:{booking.id}")
        group = h.sandbox.group(GROUP_ID, "Advisors")
        for who in (advisor, ewa):
            for command in ("agenda", "mybookings"):
                before = len(group.messages)
                await group.member(who).send_command(command)
                await h.sandbox.wait_until(lambda b=before: len(group.messages) > b, 5, "the group answer")
        # /mydata carries it for the person it belongs to
        await ewa.send_command("mydata")
        export = await h.expect(ewa, lambda m: m.document is not None)
        assert export.document is not None
        data = json.loads(export.document.data)
        assert [b["phone"] for b in data["consultations"]["bookings"]] == [NUMBER]
        await h.sandbox.wait_for_idle()
        for chat_id, chat in h.sandbox.users.items():
            carrying = [m for m in chat.messages if m.from_bot and NUMBER in (m.text or "")]
            if chat_id == ADVISOR_ID:
                assert len(carrying) == 2  # the confirmation and the agenda (the request became "Accepted")
            elif chat_id == ewa.user_id:  # only her own steps of the flow, before confirming
                assert all(m.seq <= seen_by_ewa for m in carrying), [m.text for m in carrying]
            else:
                assert not carrying, (chat_id, [m.text for m in carrying])


async def test_rescheduling_keeps_the_number(harness: Harness) -> None:
    h = harness
    await _advisor_user(h, auto_confirm=True)
    ewa = h.user(101, "Ewa")
    await h.onboard(ewa)
    await _to_phone_step(h, ewa)
    await ewa.send_text(NUMBER)
    await ewa.press(await h.expect_button(ewa, "bk:confirm"), callback_data="bk:confirm")
    await h.expect(ewa, lambda m: "Booked:" in m.text)
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    await ewa.send_command("mybookings")
    mine = await h.expect_button(ewa, f"bk:rs:{booking.id}")
    assert NUMBER not in mine.text
    await ewa.press(mine, callback_data=f"bk:rs:{booking.id}")
    calendar = await h.expect_button(ewa, "bk:day:")
    assert not _buttons(calendar, "bk:back") and _buttons(calendar, "bk:abort")  # the first screen of a move
    await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[-1])
    times = await h.expect_button(ewa, "bk:time:")
    calendar = await _back(h, ewa, times, "bk:day:", "day")
    await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[-1])
    times = await h.expect_button(ewa, "bk:time:")
    await ewa.press(times, callback_data=_buttons(times, "bk:time:")[-1])
    summary = await h.expect_button(ewa, "bk:confirm")  # no phone step: the booking keeps its number
    assert "Move your consultation" in summary.text and f"(your number: {NUMBER})" in summary.text
    times = await _back(h, ewa, summary, "bk:time:", "time")
    await ewa.press(times, callback_data=_buttons(times, "bk:time:")[-1])
    summary = await h.expect_button(ewa, "bk:confirm")
    await ewa.press(summary, callback_data="bk:confirm")
    await h.expect(ewa, lambda m: m.text.startswith("✅ Moved to"))
    moved = await h.services.consultations.get_booking(booking.id)
    assert moved is not None and moved.starts_at > booking.starts_at and moved.phone == NUMBER


async def test_declined_with_a_reason_offers_other_times_not_the_declined_one(harness: Harness) -> None:
    h = harness
    advisor = await _advisor_user(h)
    ewa = h.user(101, "Ewa")
    await h.onboard(ewa)
    await ewa.send_command("book")
    await ewa.press(await h.expect_button(ewa, "bk:topic:"), callback_data="bk:topic:taxes")
    advisors = await h.expect_button(ewa, "bk:adv:")
    await ewa.press(advisors, callback_data=_buttons(advisors, "bk:adv:")[1])
    calendar = await h.expect_button(ewa, "bk:day:")
    await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[0])
    times = await h.expect_button(ewa, "bk:time:")
    await ewa.press(times, callback_data=_buttons(times, "bk:time:")[0])  # the earliest free time
    await ewa.press(await h.expect_button(ewa, "bk:mode:"), callback_data="bk:mode:online")
    await ewa.press(await h.expect_button(ewa, "bk:skipdesc"), callback_data="bk:skipdesc")
    summary = await h.expect_button(ewa, "bk:confirm")
    assert re.search(r"Length: \d+ min", summary.text) and "How: 💻 Online" in summary.text
    await ewa.press(summary, callback_data="bk:confirm")
    await h.expect(ewa, lambda m: "request was sent" in m.text)
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    await h.services.dispatcher.wake()
    request = await h.expect_button(advisor, f"bk:dec:{booking.id}")
    await advisor.press(request, callback_data=f"bk:dec:{booking.id}")
    await h.expect_button(advisor, f"bk:decn:{booking.id}")
    await advisor.send_text("Fully booked that morning")
    await h.expect(advisor, lambda m: m.text.startswith("Declined:"))
    await h.services.dispatcher.wake()
    told = await h.expect(ewa, lambda m: "cannot take your consultation" in m.text)
    assert "Fully booked that morning" in told.text
    offered = _buttons(told, "bk:rebook:")
    declined = f"bk:rebook:{booking.id}:{int(booking.starts_at.timestamp())}"
    # the declined time is free again and the earliest one, yet it is not offered back
    free = await h.services.consultations.next_free_slots(booking.advisor_id, 4)
    assert free[0] == booking.starts_at
    assert declined not in offered
    assert offered == [f"bk:rebook:{booking.id}:{int(s.timestamp())}" for s in free[1:4]]
