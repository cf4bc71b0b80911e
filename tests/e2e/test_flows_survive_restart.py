"""Every multi-step flow survives a restart of the bot between two of its steps (issue 11 item 5a).

The sandbox outlives the bot (update ids continue) and the second bot opens the same database: the
person continues at the step they were in. Text typed inside a flow is never taken as a question:
after a restart during the booking's description step the text is the description, and nothing
lands among the knowledge gaps or in /gaps (issue 10 item 9).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.models import Gap, Ticket
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.sandbox import SandboxServer
from tests.e2e.conftest import STAFF_ID, TOKEN, Harness, HarnessFactory
from tests.e2e.test_consultations_flow import _advisor_user, _buttons
from tests.e2e.test_events_flow import _draft
from tests.e2e.test_knowledge import kb_dir  # noqa: F401  (fixture)

Start = Callable[..., AbstractAsyncContextManager[Harness]]


@pytest.fixture
async def bots(harness_factory: HarnessFactory, tmp_path: Path) -> AsyncIterator[Start]:
    """Start a bot (again and again) on one SQLite file and one sandbox that outlives it."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'restart.sqlite3'}"
    clock = ManualClock()
    async with SandboxServer(token=TOKEN) as sandbox:

        @asynccontextmanager
        async def start(**overrides: Any) -> AsyncIterator[Harness]:
            async with harness_factory(database_url=url, sandbox=sandbox, clock=clock, **overrides) as harness:
                yield harness

        yield start


async def _gap_texts(h: Harness) -> list[str]:
    async with h.services.uow() as uow:
        return [g or "" for g in (await uow.session.execute(select(Gap.text))).scalars()]


async def test_booking_description_after_a_restart_is_the_description_and_never_a_gap(bots: Start) -> None:
    description = "Where do I register my pottery studio for VAT?"
    async with bots() as first:
        await _advisor_user(first, auto_confirm=True)
        ewa = first.user(101, "Ewa")
        await first.onboard(ewa)
        await ewa.send_command("book")
        topics = await first.expect_button(ewa, "bk:topic:")
        await ewa.press(topics, callback_data="bk:topic:taxes")
        advisors = await first.expect_button(ewa, "bk:adv:")
        await ewa.press(advisors, callback_data=_buttons(advisors, "bk:adv:")[1])
        calendar = await first.expect_button(ewa, "bk:day:")
        await ewa.press(calendar, callback_data=_buttons(calendar, "bk:day:")[0])
        times = await first.expect_button(ewa, "bk:time:")
        await ewa.press(times, callback_data=_buttons(times, "bk:time:")[0])
        modes = await first.expect_button(ewa, "bk:mode:")
        await ewa.press(modes, callback_data="bk:mode:online")
        await first.expect_button(ewa, "bk:skipdesc")
    async with bots() as second:
        ewa.consume_all()
        await ewa.send_text(description)
        summary = await second.expect_button(ewa, "bk:confirm")
        assert description in summary.text
        await ewa.press(summary, callback_data="bk:confirm")
        await second.expect(ewa, lambda m: "Booked:" in m.text)
        booking = (await second.services.consultations.bookings_with_advisor_filter())[0]
        assert booking.description == description
        assert not any("pottery" in text for text in await _gap_texts(second))
        staff = second.user(STAFF_ID, "Sofia")
        await second.onboard(staff)
        await staff.send_command("gaps")
        listing = await second.expect(staff, lambda m: "gap" in m.text.lower())
        assert "pottery" not in listing.text


async def test_text_at_a_step_of_buttons_is_no_question(bots: Start) -> None:
    async with bots() as h:
        await _advisor_user(h, auto_confirm=True)
        ewa = h.user(102, "Ewa")
        await h.onboard(ewa)
        await ewa.send_command("book")
        await h.expect_button(ewa, "bk:topic:")
        await ewa.send_text("How do I register for VAT?")
        await h.expect(ewa, lambda m: "buttons above" in m.text)
        assert not any("register for VAT" in text for text in await _gap_texts(h))
        await ewa.send_command("cancel")
        await h.expect(ewa, lambda m: m.text.startswith("Cancelled."))


async def test_new_event_continues_after_a_restart(bots: Start) -> None:
    async with bots() as first:
        staff = first.user(STAFF_ID, "Sofia")
        await first.onboard(staff)
        await staff.send_command("newevent")
        kinds = await first.expect_button(staff, "evn:kind:")
        await staff.press(kinds, callback_data="evn:kind:webinar")
        await first.expect(staff, lambda m: "title" in m.text.lower())
        await staff.send_text("VAT for makers")
        await first.expect_button(staff, "evn:skip")
    async with bots() as second:
        clock = second.services.clock
        staff.consume_all()
        await staff.send_text("Thresholds and invoices")
        await second.expect(staff, lambda m: "When does it start" in m.text)
        start = (clock.now() + timedelta(days=10)).astimezone()
        await staff.send_text(f"{start:%Y-%m-%d} 10:00")
        await second.expect(staff, lambda m: "When does it end" in m.text)
        await staff.send_text("11:30")
        await second.expect(staff, lambda m: "venue" in m.text)
        await staff.send_text("https://example.org/webinar")
        topics = await second.expect_button(staff, "evn:top:")
        await staff.press(topics, callback_data="evn:next:0")
        countries = await second.expect_button(staff, "evn:cty:")
        await staff.press(countries, callback_data="evn:next:0")
        registration = await second.expect_button(staff, "evn:reg:")
        await staff.press(registration, callback_data="evn:reg:none")
        preview = await second.expect_button(staff, "evn:pub:now")
        assert "VAT for makers" in preview.text and "Thresholds and invoices" in preview.text
        await staff.press(preview, callback_data="evn:pub:now")
        await second.expect(staff, lambda m: "Published" in m.text)
        events = await second.services.events.catalog.all_events()
        assert [e.title("en") for e in events] == ["VAT for makers"]


async def test_announcement_continues_after_a_restart(bots: Start) -> None:
    async with bots() as first:
        staff = first.user(STAFF_ID, "Sofia")
        await first.onboard(staff)
        person = await first.services.people.get(STAFF_ID)
        assert person is not None
        await first.services.events.subscriptions.toggle(person.id, "kind", "workshop")  # one recipient
        await staff.send_command("announce")
        await first.expect(staff, lambda m: "New announcement" in m.text)
        await staff.send_text("Open studio day on Friday")
        await first.expect_button(staff, "ann:c:PL")
    async with bots() as second:
        staff.consume_all()
        audience = [m for m in staff.messages if m.from_bot and _buttons(m, "ann:c:PL")][-1]
        await staff.press(audience, callback_data="ann:c:PL")
        narrowed = await second.expect(staff, lambda m: any(b.text.startswith("✓ ") and "Poland" in b.text
                                                            for b in m.flat_buttons))
        await staff.press(narrowed, callback_data="ann:preview:0")
        confirm = await second.expect_button(staff, "ann:send:0")
        await staff.press(confirm, callback_data="ann:send:0")
        await second.expect(staff, lambda m: "Sending to" in m.text)
        progress = await second.services.outbox.progress()
        assert len(progress) == 1


async def test_ticket_answer_continues_after_a_restart(bots: Start, kb_dir: Path) -> None:  # noqa: F811
    async with bots(knowledge_dir=kb_dir) as first:
        person, advisor = first.user(506, "Fay"), first.user(601, "Marek")
        await first.onboard(person)
        await first.onboard(advisor)
        await first.services.people.grant(601, Role.ADVISOR, by=CLI)
        me = await first.services.people.get(506)
        assert me is not None
        ticket = await first.services.knowledge.tickets.open(me, "Where do I find a bookkeeper?", language="en",
                                                              country="PL")
        await advisor.send_command("inbox")
        inbox = await first.expect_button(advisor, "tk:itake:")
        await advisor.press(inbox, callback_data=f"tk:itake:{ticket.id}")
        mine = await first.expect_button(advisor, "tk:ans:")
        await advisor.press(mine, callback_data=f"tk:ans:{ticket.id}")
        await first.expect(advisor, lambda m: "Type your answer" in m.text)
    async with bots(knowledge_dir=kb_dir) as second:
        await advisor.send_text("Ask the chamber of commerce.")
        await second.expect(advisor, lambda m: "on its way" in m.text)
        await second.services.dispatcher.wake()
        await second.expect(person, lambda m: "chamber of commerce" in m.text)


async def test_question_behind_the_buttons_survives_a_restart(bots: Start, kb_dir: Path) -> None:  # noqa: F811
    async with bots(knowledge_dir=kb_dir) as first:
        person = first.user(507, "Gus")
        await first.onboard(person)
        await person.send_text("Can I sell homemade jam at the weekly market?")
        fallback = await first.expect_button(person, "kb:tk:")
    async with bots(knowledge_dir=kb_dir) as second:
        await person.press(fallback, callback_data=next(b.value for b in fallback.flat_buttons if "kb:tk:" in b.value))
        await second.expect(person, lambda m: "passed your question" in m.text)
        async with second.services.uow() as uow:
            ticket = (await uow.session.execute(select(Ticket))).scalar_one()
        assert "homemade jam" in (ticket.question or "")


async def test_timezone_and_deep_link_through_onboarding_continue_after_a_restart(bots: Start) -> None:
    async with bots() as first:
        event = await first.services.events.catalog.create(_draft(first), created_by=CLI, announce=False)
        newcomer = first.user(503)
        await newcomer.send_command("start", f"event-{event.id}")
        picker = await first.expect_button(newcomer, "lang:")
        await newcomer.press(picker, callback_data="lang:en")
        notice = await first.expect_button(newcomer, "consent:yes")
        known = first.user(504)
        await first.onboard(known)
        await known.send_command("timezone")
        await first.expect_button(known, "tz:")
    async with bots() as second:
        await newcomer.press(notice, callback_data="consent:yes")
        countries = await second.expect_button(newcomer, "country:")
        await newcomer.press(countries, callback_data="country:PL")
        await newcomer.press(await second.expect_button(newcomer, "onb:skip:0"), callback_data="onb:skip:0")
        await second.expect_button(newcomer, f"ev:reg:{event.id}")  # the link followed before the restart
        await known.send_text("America/Montevideo")
        await second.expect(known, lambda m: "Time zone set to Uruguay Time (Montevideo)" in m.text)
