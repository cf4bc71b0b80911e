"""Open tickets per person are capped and advisors are not flooded (issue 10, item 8), SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.models import GapKind
from helpdesk_bot.knowledge_base.ticket_notices import TicketLimitError
from helpdesk_bot.knowledge_base.tickets import TicketError
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView
from helpdesk_bot.telegram.callback_areas import button_data
from tests.db.test_tickets import _person
from tests.fakes import FakeSender

ADVISORS = (201, 202, 203)


async def _outbox(services: Services) -> list[OutboxMessage]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


async def _advisors(services: Services) -> list[PersonView]:
    return [await _person(services, tid, f"Adv{tid}", role=Role.ADVISOR) for tid in ADVISORS]


async def test_at_most_max_open_questions_wait_for_the_advisors(db_services: Services) -> None:
    tickets = db_services.knowledge.tickets
    assert tickets.max_open == 3  # HELPDESK_TICKET_MAX_OPEN's default
    ana = await _person(db_services, 101, "Ana")
    advisor = (await _advisors(db_services))[0]
    opened = [await tickets.open(ana, f"nonsense {n}", language="en", country="PL") for n in range(3)]
    with pytest.raises(TicketLimitError) as refused:
        await tickets.open(ana, "one more", language="en", country="PL")
    assert refused.value.waiting == tuple(t.id for t in opened) and refused.value.reason == "too_many"
    # someone else is not affected
    bob = await _person(db_services, 102, "Bob")
    await tickets.open(bob, "my own question", language="en", country="PL")
    # a taken question still waits for the advisors; an answered or closed one does not
    await tickets.take(opened[0].id, advisor)
    with pytest.raises(TicketLimitError):
        await tickets.open(ana, "one more", language="en", country="PL")
    await tickets.answer(opened[0].id, advisor, "Here you are.")
    fourth = await tickets.open(ana, "one more", language="en", country="PL")
    with pytest.raises(TicketLimitError):
        await tickets.open(ana, "and another", language="en", country="PL")
    await tickets.close(opened[1].id, ana)
    await tickets.open(ana, "and another", language="en", country="PL")
    assert fourth.state == "open"


async def test_one_persons_new_questions_reach_the_advisors_batched(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    tickets = db_services.knowledge.tickets
    tickets.max_open = 25
    assert tickets.notify_interval == timedelta(minutes=10)
    ana = await _person(db_services, 101, "Ana")
    await _advisors(db_services)
    start = clock.now()
    # twenty questions in twenty minutes: before, 60 notifications to three advisors
    opened = []
    for n in range(20):
        opened.append(await tickets.open(ana, f"nonsense {n}", language="en", country="PL"))
        clock.advance(timedelta(minutes=1))
    rows = await _outbox(db_services)
    new = [r for r in rows if r.payload["key"] == "ticket-new"]
    batches = [r for r in rows if r.payload["key"] == "ticket-new-batch"]
    assert sorted(r.recipient_telegram_id for r in new) == list(ADVISORS)
    assert all(r.payload["args"]["id"] == opened[0].id for r in new)
    # one batch per advisor per ten minutes (at most five questions each): at 10 and 20 minutes
    due = sorted({r.due_at for r in batches})
    assert due == [start + timedelta(minutes=10), start + timedelta(minutes=20)]
    for rid in ADVISORS:
        mine = [r for r in batches if r.recipient_telegram_id == rid]
        listed = [t for r in mine for t in r.payload["tickets"]]
        assert listed == [t.id for t in opened[1:]]
        assert all(len(r.payload["tickets"]) <= 5 for r in mine)
        assert all(r.payload["args"]["count"] == len(r.payload["tickets"]) for r in mine)
    assert len(new) + len(batches) == 3 + 3 * 4  # 15 messages instead of 60
    # rendered for the advisor: every question, a Take button per question
    sender = FakeSender()
    db_services.dispatcher.sender = sender
    db_services.dispatcher.limiter.per_chat_interval = 0  # type: ignore[attr-defined]
    clock.set(start + timedelta(minutes=10))
    await db_services.dispatcher.wake()
    first_batch = sorted((m for tid, m in sender.sent if tid == ADVISORS[0] and "new questions" in m.text),
                         key=lambda m: len(m.text.split("·")), reverse=True)
    assert len(first_batch) == 2  # nine questions of the first window: messages of five and four
    assert first_batch[0].text.startswith("<b>5 new questions</b>\nFrom: Ana")
    assert all(f"#{t.id} · nonsense {n}" in first_batch[0].text for n, t in enumerate(opened[1:6], 1))
    labels = [b.text for row in first_batch[0].buttons for b in row]
    assert labels == [f"✋ Take #{t.id}" for t in opened[1:6]]
    assert button_data(first_batch[0].buttons[0][0]) == f"tk:take:{opened[1].id}"
    assert first_batch[1].text.startswith("<b>4 new questions</b>")


async def test_a_batch_already_claimed_is_not_changed(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    tickets = db_services.knowledge.tickets
    ana = await _person(db_services, 101, "Ana")
    await _person(db_services, 201, "Marek", role=Role.ADVISOR)
    await tickets.open(ana, "first", language="en", country="PL")
    second = await tickets.open(ana, "second", language="en", country="PL")
    async with db_services.uow() as uow:
        await uow.session.execute(update(OutboxMessage).where(OutboxMessage.payload.is_not(None))
                                  .values(state="sending"))
        await uow.commit()
    clock.advance(timedelta(minutes=1))
    third = await tickets.open(ana, "third", language="en", country="PL")
    batches = [r for r in await _outbox(db_services) if r.payload["key"] == "ticket-new-batch"]
    assert [r.payload["tickets"] for r in batches] == [[second.id], [third.id]]
    assert batches[0].due_at == batches[1].due_at


async def test_reminders_are_one_message_per_recipient_and_person(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    tickets = db_services.knowledge.tickets
    ana = await _person(db_services, 101, "Ana")
    bob = await _person(db_services, 102, "Bob")
    await _person(db_services, 201, "Marek", role=Role.ADVISOR)
    await _person(db_services, 202, "Jan", role=Role.ADVISOR)
    anas = [await tickets.open(ana, f"question {n}", language="en", country="PL") for n in range(3)]
    bobs = await tickets.open(bob, "bob's question", language="en", country="PL")
    clock.advance(timedelta(minutes=61))
    assert await tickets.send_reminders() == 4
    assert await tickets.send_reminders() == 0
    reminders = [r for r in await _outbox(db_services) if r.payload["key"].startswith("ticket-reminder")]
    # per advisor: one message for Ana's three questions, one for Bob's (was one per question: 8)
    assert sorted((r.recipient_telegram_id, r.payload["key"]) for r in reminders) == [
        (201, "ticket-reminder"), (201, "ticket-reminder-batch"), (202, "ticket-reminder"),
        (202, "ticket-reminder-batch")]
    batch = next(r for r in reminders if r.payload["key"] == "ticket-reminder-batch")
    assert [b[0]["intent"] for b in batch.payload["buttons"]] == [
        {"area": "tk", "verb": "take", "values": [t.id]} for t in anas]
    assert next(r for r in reminders if r.payload["key"] == "ticket-reminder").payload["args"]["id"] == bobs.id
    # with an advisors' chat, the reminder goes to the chat only
    tickets.advisors_chat_id = -100500
    await tickets.open(bob, "later question", language="en", country="PL")
    clock.advance(timedelta(minutes=61))
    assert await tickets.send_reminders() == 1
    later = [r for r in await _outbox(db_services) if r.payload["key"].startswith("ticket-reminder")][len(reminders):]
    assert [r.recipient_telegram_id for r in later] == [-100500]


async def test_erasure_cancels_and_blanks_the_batched_notifications(db_services: Services) -> None:
    tickets = db_services.knowledge.tickets
    ana = await _person(db_services, 101, "Anastazja")
    await _person(db_services, 201, "Marek", role=Role.ADVISOR)
    await tickets.open(ana, "first question", language="en", country="PL")
    await tickets.open(ana, "second question zzyzx", language="en", country="PL")
    await db_services.privacy.erase(101)
    rows = await _outbox(db_services)
    assert rows and all(r.state in ("cancelled", "sent", "failed") or r.payload == {"erased": True} for r in rows)
    assert not any("zzyzx" in str(r.payload) or "Anastazja" in str(r.payload) for r in rows)


async def test_replies_in_a_row_are_capped_until_the_advisor_answers(db_services: Services) -> None:
    tickets = db_services.knowledge.tickets
    ana = await _person(db_services, 101, "Ana")
    marek = await _person(db_services, 201, "Marek", role=Role.ADVISOR)
    ticket = await tickets.open(ana, "question", language="en", country="PL")
    await tickets.take(ticket.id, marek)
    for n in range(5):
        await tickets.reply(ticket.id, ana, f"more {n}")
    with pytest.raises(TicketError) as refused:
        await tickets.reply(ticket.id, ana, "and more")
    assert refused.value.reason == "too_many"
    relayed = [r for r in await _outbox(db_services) if r.payload.get("key") == "ticket-reply"]
    assert len(relayed) == 5
    await tickets.answer(ticket.id, marek, "Answer.")
    await tickets.reply(ticket.id, ana, "thanks")


async def test_one_person_cannot_flood_the_curation_list(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    gaps = db_services.knowledge.gaps
    assert gaps.per_person_per_day == 20
    ana = await _person(db_services, 101, "Ana")
    bob = await _person(db_services, 102, "Bob")
    ids = [await gaps.add(GapKind.UNANSWERED, f"nonsense {n}", language="en", entry_id=None, person_id=ana.id)
           for n in range(25)]
    assert all(ids[:20]) and ids[20:] == [None] * 5
    assert await gaps.add(GapKind.UNANSWERED, "bob asks", language="en", entry_id=None, person_id=bob.id)
    assert len(await gaps.open_items()) == 21
    clock.advance(timedelta(hours=24, minutes=1))
    assert await gaps.add(GapKind.NOT_HELPFUL, "next day", language="en", entry_id="vat-pl", person_id=ana.id)
