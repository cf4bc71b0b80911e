"""Questions, answers, suggestions, the fallback, topics, tickets, gaps and reloads, end to end."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.knowledge_base.models import Gap, Ticket
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.sandbox import SandboxMessage, SandboxUser
from tests.e2e.conftest import STAFF_ID, Harness, HarnessFactory

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "kb" / "fixture"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """The fixture knowledge base plus six more sales entries (so that a category has two pages)."""
    folder = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, folder)
    for n in ("one", "two", "three", "four", "five", "six"):
        (folder / f"stall-{n}.yaml").write_text(
            f"id: stall-{n}\ncategory: sales-marketing\nreviewed: 2026-11-01\nsources: [https://example.org/]\n"
            f"translations:\n  en:\n    question: Market stall tip {n}?\n    answer: Tip {n} for your stall.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
async def kb_harness(harness_factory: HarnessFactory, kb_dir: Path) -> AsyncIterator[Harness]:
    async with harness_factory(knowledge_dir=kb_dir, broadcast_per_chat_interval=0,
                               dispatcher_interval_seconds=0.2) as running:
        yield running


async def _interactions(h: Harness, kind_prefix: str = "") -> list[Interaction]:
    await h.all_processed()  # every update sent so far has its row
    async with h.services.uow() as uow:
        rows = (await uow.session.execute(select(Interaction).order_by(Interaction.id))).scalars()
        return [r for r in rows if r.kind.startswith(kind_prefix)]


async def _reply_to(user: SandboxUser, target: SandboxMessage, text: str) -> int:
    """The user replies (Telegram's reply_to_message) to a bot message."""
    message = user._new_message("text", text)
    message.extra["reply_to_message"] = target.to_api(with_reply=False)
    message.reply_to_message_id = target.message_id
    return user._queue(message)


def _has(prefix: str) -> object:
    return lambda m: any((b.value or "").startswith(prefix) for b in m.flat_buttons)


async def test_answer_with_sources_disclaimer_and_feedback(kb_harness: Harness) -> None:
    h = kb_harness
    user = h.user(501, "Ana")
    await h.onboard(user, country="PL")
    await user.send_text("When do I have to register for VAT?")
    answer = await h.expect_button(user, "kb:fb:")
    assert "When do I have to register for VAT in Poland?" in answer.text
    assert "podatki.gov.pl" in answer.text and "not legal advice" in answer.text
    feedback = [b for b in answer.flat_buttons if b.value.startswith("kb:fb:")]
    assert [b.value.split(":")[2] for b in feedback] == ["y", "n"]
    await user.press(answer, callback_data=next(b.value for b in answer.flat_buttons if ":n:" in b.value))
    sorry = await h.expect_button(user, "kb:tk:")
    assert {b.value.split(":")[1] for b in sorry.flat_buttons} == {"book", "tk", "topics"}
    rows = await _interactions(h, "kb.")
    assert [(r.kind, r.outcome, r.subject) for r in rows] == [
        ("kb.question", "answered", "vat-pl"), ("kb.feedback", "not_helpful", "vat-pl")]
    assert rows[0].topic == "taxes" and rows[0].language == "en"
    async with h.services.uow() as uow:
        gap = (await uow.session.execute(select(Gap))).scalar_one()
    assert gap.kind == "not_helpful" and gap.text == "When do I have to register for VAT?"
    assert gap.entry_id == "vat-pl"


async def test_suggestions_then_the_chosen_answer(kb_harness: Harness) -> None:
    h = kb_harness
    user = h.user(502, "Ben")
    await h.onboard(user, country="PL")
    await user.send_text("illustrations price")
    suggestions = await h.expect_button(user, "kb:s:")
    candidates = [b for b in suggestions.flat_buttons if b.value.startswith("kb:s:")]
    assert 1 <= len(candidates) <= 3 and any(b.value.startswith("kb:none:") for b in suggestions.flat_buttons)
    await user.press(suggestions, callback_data=candidates[0].value)
    answer = await h.expect_button(user, "kb:fb:")
    assert candidates[0].text.rstrip("…") in answer.text
    rows = await _interactions(h, "kb.")
    assert [(r.kind, r.outcome) for r in rows] == [("kb.question", "suggested"), ("kb.suggestion", "answered")]
    assert rows[1].subject == candidates[0].value.split(":")[2]
    # "none of these" on a new question leads to the fallback and collects it
    await user.send_text("illustrations price")
    again = await h.expect(user, lambda m: m.message_id != suggestions.message_id and bool(_has("kb:none:")(m)))
    await user.press(again, callback_data=next(b.value for b in again.flat_buttons if b.value.startswith("kb:none")))
    await h.expect_button(user, "kb:tk:")


async def test_fallback_offers_consultation_advisor_and_topics(kb_harness: Harness) -> None:
    h = kb_harness
    user = h.user(503, "Cleo")
    await h.onboard(user, country="PL")
    await user.send_text("What will the weather be tomorrow in the mountains?")
    fallback = await h.expect_button(user, "kb:tk:")
    assert "could not find" in fallback.text
    pressed = await user.press(fallback, callback_data=next(b.value for b in fallback.flat_buttons if "book" in b.value))
    [started] = await h.outcomes_of(pressed)
    assert started.kind in ("booking.start", "kb.book") and started.outcome != "error"
    if started.kind == "kb.book":  # no booking flow in this build: a pointer to /book
        await h.expect(user, lambda m: "/book" in m.text)
    await user.press(fallback, callback_data="kb:topics")
    await h.expect_button(user, "kb:cat:")
    rows = await _interactions(h, "kb.question")
    assert [(r.outcome, r.subject) for r in rows] == [("unanswered", None)]
    async with h.services.uow() as uow:
        gap = (await uow.session.execute(select(Gap))).scalar_one()
    assert gap.kind == "unanswered" and "weather" in (gap.text or "")


async def test_the_country_is_asked_when_unknown(kb_harness: Harness) -> None:
    h = kb_harness
    user = h.user(504, "Dana")
    await h.onboard(user, country="OTHER")
    await user.send_command("ask", "When do I have to register for VAT?")
    asking = await h.expect_button(user, "kb:cc:")
    assert "country" in asking.text
    assert {b.value.split(":")[2] for b in asking.flat_buttons} == {"vat-pl", "vat-de", "vat-se"}
    await user.press(asking, callback_data=next(b.value for b in asking.flat_buttons if "vat-de" in b.value))
    answer = await h.expect_button(user, "kb:fb:")
    assert "Germany" in answer.text and "elster.de" in answer.text
    rows = await _interactions(h, "kb.")
    assert [(r.kind, r.outcome, r.subject) for r in rows] == [
        ("kb.question", "ask_country", rows[0].subject), ("kb.suggestion", "answered", "vat-de")]


async def test_topics_browse_with_pages(kb_harness: Harness) -> None:
    h = kb_harness
    user = h.user(505, "Eva")
    await h.onboard(user, country="PL")
    await user.send_command("topics")
    categories = await h.expect_button(user, "kb:cat:")
    assert "Sales and marketing" in [b.text for b in categories.flat_buttons]
    await user.press(categories, callback_data="kb:cat:sales-marketing:0")
    page1 = await h.expect(user, lambda m: "page 1 of 2" in m.text)
    entries = [b for b in page1.flat_buttons if b.value.startswith("kb:e:")]
    assert len(entries) == 6
    await user.press(page1, callback_data="kb:cat:sales-marketing:1")
    page2 = await h.expect(user, lambda m: "page 2 of 2" in m.text)
    assert len([b for b in page2.flat_buttons if b.value.startswith("kb:e:")]) == 1
    entry = next(b for b in page2.flat_buttons if b.value.startswith("kb:e:"))
    await user.press(page2, callback_data=entry.value)
    answer = await h.expect_button(user, "kb:fb:")
    assert entry.text.rstrip("…") in answer.text
    harness_rows = await _interactions(h, "kb.topic")
    assert harness_rows[-1].outcome == "answered" and harness_rows[-1].subject == entry.value.split(":")[2]
    # the main menu button opens the same browser; forged data is refused
    await user.send_command("start")
    menu = await h.expect_button(user, "menu:topics")
    await user.press(menu, callback_data="menu:topics")
    await h.expect(user, lambda m: "choose a category" in m.text and m.message_id > menu.message_id)
    forged = [h.sandbox.queue_callback_query(user, page2, data)
              for data in ("kb:cat:nonsense:0", "kb:e:no-such", "kb:s:vat-pl", "kb:fb:x:vat-pl:-", "kb:cat:taxes:x")]
    rows = await h.outcomes_of(*forged)
    assert [r.outcome for r in rows] == ["invalid"] * 5


async def test_ticket_round_trip(kb_harness: Harness) -> None:
    h = kb_harness
    person = h.user(506, "Fay")
    advisor = h.user(601, "Marek", language_code="pl")
    other = h.user(602, "Jan")
    for u in (person, advisor, other):
        await h.onboard(u, country="PL", language="pl" if u is advisor else "en")
    await h.services.people.grant(601, Role.ADVISOR, by=CLI)
    await h.services.people.grant(602, Role.ADVISOR, by=CLI)

    await person.send_text("Can I sell <b>homemade</b> jam at the weekly market?")
    fallback = await h.expect_button(person, "kb:tk:")
    await person.press(fallback, callback_data=next(b.value for b in fallback.flat_buttons if "kb:tk:" in b.value))
    await h.expect(person, lambda m: "passed your question" in m.text)

    note = await h.expect_button(advisor, "tk:take:")
    assert "homemade" in note.text and "Fay" in note.text
    assert "&lt;b&gt;" in (note.source_text or "")  # user text escaped in the HTML sent
    assert "@" not in note.text  # no handle without permission
    other_note = await h.expect_button(other, "tk:take:")

    await advisor.press(note, callback_data=next(b.value for b in note.flat_buttons if b.value.startswith("tk:take")))
    await h.expect_button(advisor, "tk:ans:")
    await h.expect(person, lambda m: "advisor is now looking" in m.text)
    await other.press(other_note, callback_data=next(b.value for b in other_note.flat_buttons))
    refused = await other.wait_for_callback_answer()
    assert "already taken" in (refused.text or "")

    await _reply_to(advisor, note, "Yes: register with the veterinary office first.")
    answer = await h.expect_button(person, "tk:reply:")
    assert "veterinary office" in answer.text and "answered your question" in answer.text
    await _reply_to(person, answer, "Thank you! Which form do I need?")
    await h.expect(person, lambda m: "has been added" in m.text)
    back = await h.expect(advisor, lambda m: "Which form" in m.text)
    assert any(b.value.startswith("tk:close:") for b in back.flat_buttons)
    await advisor.press(back, callback_data=next(b.value for b in back.flat_buttons if b.value.startswith("tk:close")))
    await h.expect(person, lambda m: "has been closed" in m.text)

    async with h.services.uow() as uow:
        ticket = (await uow.session.execute(select(Ticket))).scalar_one()
    assert ticket.state == "closed" and ticket.closed_by == "advisor"
    rows = await _interactions(h, "ticket.")
    fay = await h.services.people.get(506)
    assert fay is not None
    kinds_seen = [(r.kind, r.outcome) for r in rows]
    assert ("ticket.opened", "ok") in kinds_seen and ("ticket.taken", "ok") in kinds_seen
    assert ("ticket.taken", "already_taken") in kinds_seen
    assert ("ticket.reply", "ok") in kinds_seen and ("ticket.closed", "ok") in kinds_seen
    answered = [r for r in rows if r.kind == "ticket.answered"]
    assert len(answered) == 1 and answered[0].actor_ref == fay.actor_ref  # the beneficiary is the actor
    assert [r.outcome for r in await _interactions(h, "advisor.ticket_answer")] == ["ok"]


async def test_inbox_for_advisors_only_and_answer_button(kb_harness: Harness) -> None:
    h = kb_harness
    person = h.user(507, "Gus")
    advisor = h.user(603, "Olga")
    await h.onboard(person)
    await h.onboard(advisor)
    await h.services.people.grant(603, Role.ADVISOR, by=CLI)
    me = await h.services.people.get(507)
    assert me is not None
    ticket = await h.services.knowledge.tickets.open(me, "Where do I find a bookkeeper?", language="en", country="PL")
    await person.send_command("inbox")
    assert "only for advisors" in (await person.wait_for_message()).text
    await advisor.send_command("inbox")
    inbox = await h.expect_button(advisor, "tk:itake:")
    assert f"#{ticket.id}" in inbox.text and "bookkeeper" in inbox.text
    await advisor.press(inbox, callback_data=f"tk:itake:{ticket.id}")
    mine = await h.expect_button(advisor, "tk:ans:")
    # the inbox message now shows the list as it is: the taken question no longer waits there
    refreshed = await h.expect(advisor, lambda m: m.message_id == inbox.message_id)
    assert "bookkeeper" in refreshed.text and not any(b.value == f"tk:itake:{ticket.id}" for b in refreshed.flat_buttons)
    waiting_part = refreshed.text.split("\n\n")[1] if "\n\n" in refreshed.text else refreshed.text
    assert f"#{ticket.id}" not in waiting_part
    await advisor.press(mine, callback_data=f"tk:ans:{ticket.id}")
    await h.expect(advisor, lambda m: "Type your answer" in m.text)
    await advisor.send_text("Ask the chamber of commerce.")
    await h.expect(advisor, lambda m: "on its way" in m.text)
    await h.expect(person, lambda m: "chamber of commerce" in m.text)
    # a forged ticket id and someone else's ticket are refused
    forged = h.sandbox.queue_callback_query(person, (await h.expect_button(person, "tk:reply:")), "tk:close:999")
    [row] = await h.outcomes_of(forged)
    assert row.outcome == "invalid"


async def test_gaps_and_reload_for_staff_only(kb_harness: Harness, kb_dir: Path) -> None:
    h = kb_harness
    staff = h.user(STAFF_ID, "Sofia")
    person = h.user(508, "Hana")
    await h.onboard(staff)
    await h.onboard(person)
    since = h.mark()
    for text in ("How do I insure my pottery studio?", "how to insure my pottery studio"):
        await person.send_text(text)
        assert (await person.wait_for_message()).has_inline_keyboard
    refused = [await person.send_command("gaps")]
    assert "only for the help-desk staff" in (await person.wait_for_message()).text
    refused.append(await person.send_command("reload"))
    assert "only for the help-desk staff" in (await person.wait_for_message()).text
    assert [r.outcome for r in await h.outcomes_of(*refused)] == ["forbidden", "forbidden"]

    await staff.send_command("gaps")
    gaps = await h.expect_button(staff, "gap:close:")
    assert "asked 2 times" in gaps.text and "insure my pottery studio" in gaps.text
    await staff.press(gaps, callback_data=gaps.flat_buttons[0].value)
    await h.expect(staff, lambda m: "2 questions marked as covered" in m.text)
    closed = await _interactions(h, "kb.gap_closed")
    assert [(r.outcome, r.value) for r in closed] == [("ok", 2.0)]

    await staff.send_command("reload")
    assert "reloaded: 12 entries" in (await h.expect(staff, lambda m: "reloaded" in m.text)).text
    (kb_dir / "broken.yaml").write_text("id: broken\ncategory: [\n", encoding="utf-8")
    await staff.send_command("reload")
    refused = await h.expect(staff, lambda m: "invalid" in m.text)
    assert "broken.yaml" in refused.text
    await person.send_text("When do I have to register for VAT?")
    await h.expect_button(person, "kb:fb:")  # the current knowledge base stayed live
    actions = [e.action for e in await h.services.audit.entries()]
    assert actions.count("kb.reload") == 2 and "kb.gap_closed" in actions
    # outcomes, not just replies: no update ended in an error, every reply within Telegram's limits
    await h.all_processed()
    await h.assert_no_errors(*h.sandbox.issued_update_ids())
    h.assert_replies_within_limits(staff, since=since)
    h.assert_replies_within_limits(person, since=since)


async def test_a_question_typed_at_the_optional_announcements_step_is_answered(kb_harness: Harness) -> None:
    """The announcements step at the end of onboarding is optional: a newcomer who types a question
    instead of pressing Skip gets the answer (not "press a button"), and nothing is subscribed."""
    h = kb_harness
    user = h.user(520, "Ola")
    await user.send_command("start")
    await user.press(await h.expect_button(user, "lang:"), callback_data="lang:en")
    await user.press(await h.expect_button(user, "consent:yes"), callback_data="consent:yes")
    await user.press(await h.expect_button(user, "country:"), callback_data="country:PL")
    offer = await h.expect_button(user, "onb:skip:0")
    asked = await user.send_text("When do I have to register for VAT?")
    answer = await h.expect_button(user, "kb:fb:")
    assert "When do I have to register for VAT in Poland?" in answer.text
    [row] = await h.outcomes_of(asked)
    assert (row.kind, row.outcome, row.subject) == ("kb.question", "answered", "vat-pl")
    assert await h.services.conversations.current((await h.services.people.get(520)).id) is None  # type: ignore[union-attr]
    # the offer's buttons are stale now: a late Subscribe changes nothing
    stale = await user.press(offer, callback_data="onb:t:taxes")
    await h.processed(stale)
    person = await h.services.people.get(520)
    assert person is not None and not (await h.services.events.subscriptions.get(person.id)).any
