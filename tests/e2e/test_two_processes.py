"""Two bots in webhook mode on one database behind a round-robin proxy (issue 11 item 5b, 5c).

The two bots are two Applications in this test process, each with its own Services (own engine,
connection pool, admission queue, dispatcher and scheduler): they share nothing but the database and
the sandbox Bot API, as two OS processes would. Every update goes to the other bot than the one
before it (the proxy has no stickiness), so each step of a conversation is taken by the bot that did
not see the step before. Runs on SQLite and, when ``HELPDESK_TEST_POSTGRES_URL`` is set, PostgreSQL.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.models import Ticket
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.sandbox import SandboxServer, SandboxUser
from tests.e2e.conftest import STAFF_ID, TOKEN, Harness, HarnessFactory, free_port
from tests.e2e.proxy import RoundRobinProxy
from tests.e2e.test_consultations_flow import _book, _buttons, _spec
from tests.e2e.test_knowledge import kb_dir  # noqa: F401  (fixture)


@dataclass
class Pair:
    """Two bots, one database, one sandbox, one proxy."""

    first: Harness
    second: Harness
    proxy: RoundRobinProxy

    @property
    def sandbox(self) -> SandboxServer:
        return self.first.sandbox


@pytest.fixture
async def pair(harness_factory: HarnessFactory, empty_database_url: str,
               kb_dir: Path) -> AsyncIterator[Pair]:  # noqa: F811
    ports = [free_port(), free_port()]
    proxy = RoundRobinProxy([f"http://127.0.0.1:{p}/telegram" for p in ports], free_port())
    await proxy.start()
    clock = ManualClock()
    common = dict(database_url=empty_database_url, clock=clock, mode="webhook", webhook_url=proxy.url,
                  knowledge_dir=kb_dir, broadcast_per_chat_interval=0, dispatcher_interval_seconds=0.2)
    try:
        async with SandboxServer(token=TOKEN) as sandbox:
            async with harness_factory(sandbox=sandbox, webhook_port=ports[0], **common) as first:
                async with harness_factory(sandbox=sandbox, webhook_port=ports[1], **common) as second:
                    yield Pair(first, second, proxy)
    finally:
        await proxy.stop()


def _alternates(pair: Pair, since: int) -> None:
    log = pair.proxy.log[since:]
    assert len(log) >= 2 and all(f.status == 200 for f in log)
    assert all(a.backend != b.backend for a, b in itertools.pairwise(log))
    assert {f.backend for f in log} == {0, 1}


async def test_every_flow_completes_with_updates_alternating_between_two_bots(pair: Pair) -> None:
    h = pair.first
    start = len(pair.proxy.log)
    # onboarding: language, notice, country, each press taken by the other bot
    staff, ewa = h.user(STAFF_ID, "Sofia"), h.user(101, "Ewa")
    advisor = h.user(2001, "Tomas")
    for user in (staff, ewa, advisor):
        await h.onboard(user)
    await h.services.consultations.upsert_advisor(_spec(auto_confirm=True))
    await h.services.people.grant(2001, Role.ADVISOR, by=CLI)
    for person in (ewa, staff, advisor):
        stored = await h.services.people.get(person.user_id)
        assert stored is not None and stored.country == "PL" and stored.consent_version is not None

    # a whole booking, with a typed description
    booked = await _book(h, ewa, description="Invoices for <b>fairs</b>")
    assert "Booked:" in booked.text
    booking = (await h.services.consultations.bookings_with_advisor_filter())[0]
    assert booking.description == "Invoices for <b>fairs</b>"

    # /newevent
    await staff.send_command("newevent")
    kinds = await h.expect_button(staff, "evn:kind:")
    await staff.press(kinds, callback_data="evn:kind:webinar")
    await h.expect(staff, lambda m: "title" in m.text.lower())
    await staff.send_text("VAT for makers")
    await h.expect_button(staff, "evn:skip")
    await staff.send_text("Thresholds and invoices")
    await h.expect(staff, lambda m: "When does it start" in m.text)
    moment = (h.services.clock.now() + timedelta(days=10)).astimezone()
    await staff.send_text(f"{moment:%Y-%m-%d} 10:00")
    await h.expect(staff, lambda m: "When does it end" in m.text)
    await staff.send_text("11:30")
    await h.expect(staff, lambda m: "venue" in m.text)
    await staff.send_text("https://example.org/webinar")
    topics = await h.expect_button(staff, "evn:top:")
    await staff.press(topics, callback_data="evn:top:taxes")
    topics = await h.expect(staff, lambda m: any(b.text.startswith("✓") for b in m.flat_buttons))
    await staff.press(topics, callback_data="evn:next:0")
    countries = await h.expect_button(staff, "evn:cty:")
    await staff.press(countries, callback_data="evn:next:0")
    registration = await h.expect_button(staff, "evn:reg:")
    await staff.press(registration, callback_data="evn:reg:none")
    preview = await h.expect_button(staff, "evn:pub:now")
    await staff.press(preview, callback_data="evn:pub:now")
    await h.expect(staff, lambda m: "Published" in m.text)
    assert [e.title("en") for e in await h.services.events.catalog.all_events()] == ["VAT for makers"]

    # /announce
    staff.consume_all()
    person = await h.services.people.get(STAFF_ID)
    assert person is not None
    await h.services.events.subscriptions.toggle(person.id, "kind", "workshop")  # one recipient
    await staff.send_command("announce")
    await h.expect(staff, lambda m: "New announcement" in m.text)
    await staff.send_text("Open studio day on Friday")
    audience = await h.expect_button(staff, "ann:c:PL")
    await staff.press(audience, callback_data="ann:c:PL")
    narrowed = await h.expect(staff, lambda m: any(b.text.startswith("✓ ") and "Poland" in b.text
                                                   for b in m.flat_buttons))
    await staff.press(narrowed, callback_data="ann:preview:0")
    confirm = await h.expect_button(staff, "ann:send:0")
    await staff.press(confirm, callback_data="ann:send:0")
    await h.expect(staff, lambda m: "Sending to" in m.text)
    assert [p.title for p in await h.services.outbox.progress()].count("Open studio day on Friday") == 1

    # a ticket round trip: question, take, answer, reply, close
    await _ticket_round_trip(pair, ewa, advisor)
    _alternates(pair, start)


async def _ticket_round_trip(pair: Pair, person: SandboxUser, advisor: SandboxUser) -> None:
    h = pair.first
    person.consume_all()
    await person.send_text("Can I sell homemade jam at the weekly market?")
    fallback = await h.expect_button(person, "kb:tk:")
    await person.press(fallback, callback_data=next(b.value for b in fallback.flat_buttons if "kb:tk:" in b.value))
    await h.expect(person, lambda m: "passed your question" in m.text)
    async with h.services.uow() as uow:
        ticket = (await uow.session.execute(select(Ticket))).scalar_one()
    await advisor.send_command("inbox")
    inbox = await h.expect_button(advisor, f"tk:itake:{ticket.id}")
    await advisor.press(inbox, callback_data=f"tk:itake:{ticket.id}")
    mine = await h.expect_button(advisor, "tk:ans:")
    await advisor.press(mine, callback_data=f"tk:ans:{ticket.id}")
    await h.expect(advisor, lambda m: "Type your answer" in m.text)
    await advisor.send_text("Register with the veterinary office first.")
    await h.expect(advisor, lambda m: "on its way" in m.text)
    answer = await h.expect_button(person, "tk:reply:", timeout=10)
    assert "veterinary office" in answer.text
    await person.press(answer, callback_data=f"tk:reply:{ticket.id}")
    await h.expect_button(person, "tk:cancel:")
    await person.send_text("Thank you! Which form do I need?")
    await h.expect(person, lambda m: "has been added" in m.text)
    back = await h.expect(advisor, lambda m: "Which form" in m.text, timeout=10)
    await advisor.press(back, callback_data=f"tk:close:{ticket.id}")
    await h.expect(person, lambda m: "has been closed" in m.text, timeout=10)
    async with h.services.uow() as uow:
        closed = (await uow.session.execute(select(Ticket))).scalar_one()
    assert closed.state == "closed"


async def test_the_same_button_pressed_twice_at_once_in_two_bots_moves_the_flow_once(pair: Pair) -> None:
    h = pair.first
    ewa = h.user(102, "Ewa")
    await h.onboard(ewa)
    await h.services.consultations.upsert_advisor(_spec(auto_confirm=True))
    await ewa.send_command("book")
    topics = await h.expect_button(ewa, "bk:topic:")
    person = await h.services.people.get(102)
    assert person is not None
    before = await h.services.conversations.current(person.id)
    assert before is not None and before.step == "topic"
    ewa.consume_all()
    start, answered = len(pair.proxy.log), len(ewa.answered_callbacks)
    for _ in range(2):  # two taps before any answer: each goes to another bot
        pair.sandbox.queue_callback_query(ewa, topics, "bk:topic:taxes")
    await h.sandbox.wait_until(lambda: len(ewa.answered_callbacks) >= answered + 2, 10.0, "two callback answers")
    await h.sandbox.wait_for_idle(quiet=0.2)
    assert {f.backend for f in pair.proxy.log[start:]} == {0, 1}
    after = await h.services.conversations.current(person.id)
    assert after is not None and after.step == "advisor" and after.version == before.version + 1
    answers = ewa.answered_callbacks[-2:]
    assert sum(1 for a in answers if a.text and "no longer valid" in a.text) == 1, answers
    advisors = [m for m in ewa.messages if m.from_bot and _buttons(m, "bk:adv:")]
    assert len(advisors) == 1  # the advisor step was shown once
    # and the flow goes on from there in either bot
    await ewa.press(advisors[0], callback_data=_buttons(advisors[0], "bk:adv:")[1])
    await h.expect_button(ewa, "bk:day:")
    await asyncio.sleep(0)
