"""Indicators count facts, not button presses (issue 10, item 2), end to end through the sandbox.

Forged, replayed, other people's and double-tapped "Helpful"/"Not helpful" presses and ratings of a
booking that cannot be rated leave the indicator report (its JSON export) exactly as it was.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.exports import to_json_data
from helpdesk_bot.knowledge_base.models import Ticket
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.sandbox import SandboxMessage, SandboxUser
from tests.db.test_consultations_service import ADVISOR_TG, advisor_spec
from tests.db.test_erasure_complete import scan
from tests.e2e.conftest import Harness

QUESTION = "How do I write a business plan?"


async def _report(h: Harness) -> list[dict[str, Any]]:
    await h.services.interactions.flush()
    report = await h.services.reports.build(h.services.reports.named_period("project"))
    return to_json_data(report)["indicators"]  # type: ignore[no-any-return]


def _value(indicators: list[dict[str, Any]], indicator_id: str) -> tuple[Any, Any]:
    found = next(i for i in indicators if i["id"] == indicator_id)
    return found["value"], found["base"]


async def _answer(h: Harness, user: SandboxUser) -> tuple[SandboxMessage, str, str]:
    """Ask the question; the answer message and its Helpful / Not helpful callback data."""
    await user.send_text(QUESTION)
    answer = await h.expect_button(user, "kb:fb:y:")
    data = [b.value or "" for b in answer.flat_buttons]
    return answer, next(d for d in data if d.startswith("kb:fb:y:")), next(d for d in data if d.startswith("kb:fb:n:"))


async def test_forged_replayed_and_double_tapped_presses_leave_the_report_unchanged(harness: Harness) -> None:
    h = harness
    ewa = h.user(3101, "Ewa")
    jan = h.user(3102, "Jan")
    await h.onboard(ewa)
    jan_menu = await h.onboard(jan)
    first, first_yes, _first_no = await _answer(h, ewa)
    second, _second_yes, second_no = await _answer(h, ewa)
    jan_answer, _jan_yes, _jan_no = await _answer(h, jan)

    # legitimate: Helpful on the first answer; a double tap of Not helpful on the second (one counts)
    legit = [h.sandbox.queue_callback_query(ewa, first, first_yes)]
    legit += [h.sandbox.queue_callback_query(ewa, second, second_no) for _ in range(2)]
    rows = await h.outcomes_of(*legit)
    assert sorted(r.outcome for r in rows if r.kind == kinds.KB_FEEDBACK) == ["helpful", "not_helpful", kinds.REFUSED]
    counted = await _report(h)
    assert _value(counted, "helpful_answers") == (50.0, 2)

    # a booking still requested (the advisor has not answered) cannot be rated
    h.user(ADVISOR_TG, "Tomas")  # the advisor's chat, where the request is announced
    advisor = await h.services.consultations.upsert_advisor(advisor_spec())
    slot = (await h.services.consultations.free_slots(advisor.id))[0]
    person = await h.services.people.get(ewa.user_id)
    assert person is not None
    booking = await h.services.consultations.request_booking(person_id=person.id, advisor_id=advisor.id,
                                                             starts_at=slot, topic="taxes", mode="online",
                                                             description=None)
    assert booking.state == "requested"
    before = await _report(h)

    entry = first_yes.split(":")[3]
    refused = [
        h.sandbox.queue_callback_query(ewa, first, first_yes),            # replayed
        h.sandbox.queue_callback_query(ewa, second, second_no),           # replayed again
        h.sandbox.queue_callback_query(ewa, first, f"kb:fb:y:{entry}:0123456789"),  # forged token
        h.sandbox.queue_callback_query(ewa, first, f"kb:fb:y:{entry}:-"),  # no token at all
        h.sandbox.queue_callback_query(jan, jan_answer, first_yes),       # Ewa's token pressed by Jan
        h.sandbox.queue_callback_query(jan, jan_menu, second_no),
        *[h.sandbox.queue_callback_query(ewa, first, f"bk:rate:{booking.id}:1") for _ in range(5)],
    ]
    rows = await h.outcomes_of(*refused)
    assert all(r.outcome in kinds.NOT_COUNTED_OUTCOMES for r in rows), [(r.kind, r.outcome) for r in rows]
    feedback_rows = [r for r in rows if r.kind == kinds.KB_FEEDBACK]
    assert len(feedback_rows) == 6 and all(r.outcome == kinds.REFUSED for r in feedback_rows)
    after = await _report(h)
    assert after == before
    assert _value(after, "satisfaction_rating") == (None, 0)
    # Jan's own answer still takes his verdict (his token is his)
    jan_press = h.sandbox.queue_callback_query(jan, jan_answer, _jan_yes)
    (row,) = await h.outcomes_of(jan_press)
    assert row.outcome == "helpful"
    assert _value(await _report(h), "helpful_answers") == (66.6667, 3)


async def test_a_fourth_waiting_question_is_refused_with_the_ones_waiting_named(harness: Harness) -> None:
    """Issue 10, item 8: the cap of open tickets, end to end, and the advisor hears once per interval."""
    h = harness
    advisor = h.user(3201, "Marek")
    await h.onboard(advisor)
    await h.services.people.grant(3201, Role.ADVISOR, by=CLI)
    zed = h.user(3202, "Zed")
    await h.onboard(zed)
    opened: list[int] = []
    for n in range(4):
        await zed.send_text(f"blorp vrek zqx {n}")
        fallback = await h.expect_button(zed, "kb:tk:")
        await zed.press(fallback, callback_data=next(b.value or "" for b in fallback.flat_buttons
                                                     if (b.value or "").startswith("kb:tk:")))
        reply = await h.expect(zed, lambda m: "passed your question" in m.text or "waiting for our advisors" in m.text)
        if n < 3:
            assert "passed your question" in reply.text
            async with h.services.uow() as uow:
                opened = list((await uow.session.execute(select(Ticket.id).order_by(Ticket.id))).scalars())
    assert reply.text.startswith("You already have 3 questions waiting for our advisors")
    assert ", ".join(f"#{i}" for i in opened) in reply.text and "here in this chat" in reply.text
    async with h.services.uow() as uow:
        assert len(list((await uow.session.execute(select(Ticket.id))).scalars())) == 3
    # the advisor got the first question at once; the other two wait in one batch
    first = await h.expect(advisor, lambda m: f"New question #{opened[0]}" in m.text)
    assert "blorp vrek zqx 0" in first.text
    rows = await h.services.knowledge.tickets.open_tickets()
    assert [t.id for t in rows] == opened
    async with h.services.uow() as uow:
        pending = list((await uow.session.execute(
            select(OutboxMessage).where(OutboxMessage.recipient_telegram_id == 3201,
                                        OutboxMessage.kind == "translated"))).scalars())
    batches = [m for m in pending if m.payload.get("key") == "ticket-new-batch"]
    assert [(m.state, m.payload["tickets"]) for m in batches] == [("pending", opened[1:])]


async def test_forget_in_the_chat_leaves_no_trace_of_the_person(harness: Harness) -> None:
    """Issue 10, item 3 through the sandbox: a deep link, a question left for an advisor, feedback; after
    /forget no column of any table holds the id, names, username, deep-link payload or question."""
    h = harness
    advisor = h.user(3301, "Marek")
    await h.onboard(advisor)
    await h.services.people.grant(3301, Role.ADVISOR, by=CLI)
    user = h.sandbox.user(5_550_009_999, "Quirinella", last_name="Vandemoort", username="quiri_pluff")
    await user.send_command("start", "ref-ZyxwqCampaign")
    picker = await h.expect_button(user, "lang:")
    await user.press(picker, callback_data="lang:en")
    notice = await h.expect_button(user, "consent:yes")
    await user.press(notice, callback_data="consent:yes")
    countries = await h.expect_button(user, "country:")
    await user.press(countries, callback_data="country:DE")
    await user.press(await h.expect_button(user, "onb:skip:0"), callback_data="onb:skip:0")
    await h.expect_button(user, "menu:ask")
    await user.send_text("blorp gnarfle sprockets")
    fallback = await h.expect_button(user, "kb:tk:")
    await user.press(fallback, callback_data=next(b.value or "" for b in fallback.flat_buttons
                                                  if (b.value or "").startswith("kb:tk:")))
    await h.expect(user, lambda m: "passed your question" in m.text)
    _answer_message, yes, _no = await _answer(h, user)
    (row,) = await h.outcomes_of(h.sandbox.queue_callback_query(user, _answer_message, yes))
    assert row.outcome == "helpful"
    await h.expect(advisor, lambda m: "blorp gnarfle sprockets" in m.text)
    needles: dict[str, list[str | int]] = {
        "Quirinella": [user.user_id, "Quirinella", "Vandemoort", "quiri_pluff", "ref-ZyxwqCampaign", "gnarfle"]}
    assert len(await scan(h.services, needles)) >= 6
    before = await _report(h)

    await user.send_command("forget")
    confirm = await h.expect_button(user, "forget:yes")
    (row,) = await h.outcomes_of(await user.press(confirm, callback_data="forget:yes"))
    assert row.outcome == "ok"
    assert await _report(h) == before
    assert await scan(h.services, needles) == []
