"""Tickets, gaps, reload requests and their personal data, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.models import Gap, GapKind, Ticket, TicketMessage
from helpdesk_bot.knowledge_base.privacy import KnowledgeBasePrivacy
from helpdesk_bot.knowledge_base.tickets import TicketError
from helpdesk_bot.people.actor import CLI, Operator
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView, TelegramProfile


async def _person(services: Services, telegram_id: int, name: str, *, role: Role | None = None,
                  username: str | None = None) -> PersonView:
    profile = TelegramProfile(telegram_id, name, None, username, "en")
    await services.people.ensure(profile)
    person = await services.people.accept_notice(profile)
    if role is not None:
        person = await services.people.grant(telegram_id, role, by=CLI)
    return person


async def _outbox(services: Services) -> list[OutboxMessage]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


async def test_ticket_round_trip_and_state_machine(db_services: Services) -> None:
    services = db_services
    tickets = services.knowledge.tickets
    ana = await _person(services, 101, "Ana", username="ana_makes")
    marek = await _person(services, 201, "Marek", role=Role.ADVISOR)
    jan = await _person(services, 202, "Jan", role=Role.ADVISOR)

    gap_id = await services.knowledge.gaps.add(GapKind.UNANSWERED, "Can I sell <b>jam</b>?", language="en",
                                               entry_id=None, person_id=ana.id)
    ticket = await tickets.open(ana, "Can I sell <b>jam</b>?", language="en", country="PL", gap_id=gap_id)
    assert ticket.state == "open" and ticket.question == "Can I sell <b>jam</b>?"
    rows = await _outbox(services)
    assert {r.recipient_telegram_id for r in rows} == {201, 202}
    assert all(r.payload["key"] == "ticket-new" for r in rows)
    assert rows[0].payload["args"]["who"] == "Ana"  # no handle without permission
    assert rows[0].payload["buttons"][0][0]["intent"] == {"area": "tk", "verb": "take",
                                                         "values": [ticket.id]}

    taken = await tickets.take(ticket.id, marek)
    assert taken.state == "taken" and taken.advisor_person_id == marek.id
    with pytest.raises(TicketError) as err:
        await tickets.take(ticket.id, jan)
    assert err.value.reason == "already_taken"
    with pytest.raises(TicketError) as err:
        await tickets.answer(ticket.id, jan, "me too")
    assert err.value.reason == "not_yours"
    with pytest.raises(TicketError):
        await tickets.reply(ticket.id, jan, "not my ticket")

    first = await tickets.answer(ticket.id, marek, "Yes, with a food registration.")
    assert first.first and first.ticket.state == "answered"
    again = await tickets.answer(ticket.id, marek, "And a label.")
    assert not again.first
    replied = await tickets.reply(ticket.id, ana, "Thanks! Which office?")
    assert replied.state == "taken"  # the advisor's turn again
    history = await tickets.messages(ticket.id)
    assert [m.author for m in history] == ["advisor", "advisor", "person"]

    relayed = [r for r in await _outbox(services) if r.payload.get("key") in ("ticket-answer", "ticket-reply")]
    assert [(r.recipient_telegram_id, r.payload["key"]) for r in relayed] == [
        (101, "ticket-answer"), (101, "ticket-answer"), (201, "ticket-reply")]

    async with services.uow() as uow:
        gap = await uow.session.get(Gap, gap_id)
        assert gap is not None and gap.kind == "advisor" and gap.ticket_id == ticket.id

    with pytest.raises(TicketError) as err:
        await tickets.close(ticket.id, jan)
    assert err.value.reason == "not_allowed"
    closed = await tickets.close(ticket.id, ana)
    assert closed.state == "closed" and closed.closed_by == "person"
    for action in (tickets.reply(ticket.id, ana, "one more"), tickets.answer(ticket.id, marek, "late"),
                   tickets.close(ticket.id, marek), tickets.take(ticket.id, jan)):
        with pytest.raises(TicketError) as err:
            await action
        assert err.value.reason == "closed"
    closing_note = [r for r in await _outbox(services) if r.payload.get("key") == "ticket-closed-by-person"]
    assert [r.recipient_telegram_id for r in closing_note] == [201]


async def test_only_one_advisor_wins_a_take_race(db_services: Services) -> None:
    services = db_services
    ana = await _person(services, 101, "Ana")
    advisors = [await _person(services, 300 + i, f"A{i}", role=Role.ADVISOR) for i in range(8)]
    ticket = await services.knowledge.tickets.open(ana, "Who takes me?", language="en", country=None)
    results = await asyncio.gather(
        *(services.knowledge.tickets.take(ticket.id, a) for a in advisors), return_exceptions=True
    )
    winners = [r for r in results if not isinstance(r, BaseException)]
    losers = [r for r in results if isinstance(r, TicketError)]
    assert len(winners) == 1 and len(losers) == 7
    assert all(e.reason == "already_taken" for e in losers)
    stored = await services.knowledge.tickets.get(ticket.id)
    assert stored is not None and stored.advisor_person_id == winners[0].advisor_person_id  # type: ignore[union-attr]


async def test_the_state_column_refuses_unknown_states(db_services: Services) -> None:
    from sqlalchemy.exc import IntegrityError

    ana = await _person(db_services, 101, "Ana")
    ticket = await db_services.knowledge.tickets.open(ana, "q", language="en", country=None)
    with pytest.raises(IntegrityError):
        async with db_services.uow() as uow:
            await uow.session.execute(update(Ticket).where(Ticket.id == ticket.id).values(state="lost"))
            await uow.commit()


async def test_handle_shown_only_with_permission_and_group_chat_notified(db_services: Services) -> None:
    services = db_services
    services.knowledge.tickets.advisors_chat_id = -100500
    await _person(services, 201, "Marek", role=Role.ADVISOR)
    ana = await _person(services, 101, "Ana", username="ana_makes")
    ana = await services.people.set_share_handle(101, True)
    await services.knowledge.tickets.open(ana, "Question", language="de", country="DE")
    rows = await _outbox(services)
    assert {r.recipient_telegram_id for r in rows} == {201, -100500}
    assert rows[0].payload["args"]["who"] == "Ana (@ana_makes)"
    assert rows[0].payload["args"]["language"] == "Deutsch"


async def test_untaken_tickets_remind_advisors_once(db_services: Services, clock: ManualClock) -> None:
    services = db_services
    tickets = services.knowledge.tickets
    ana = await _person(services, 101, "Ana")
    await _person(services, 201, "Marek", role=Role.ADVISOR)
    waiting = await tickets.open(ana, "Waiting", language="en", country="PL")
    taken = await tickets.open(ana, "Taken", language="en", country="PL")
    marek = await services.people.get(201)
    assert marek is not None
    await tickets.take(taken.id, marek)
    clock.advance(timedelta(minutes=30))
    assert await tickets.send_reminders() == 0
    clock.advance(timedelta(minutes=31))
    assert await tickets.send_reminders() == 1
    assert await tickets.send_reminders() == 0
    reminders = [r for r in await _outbox(services) if r.payload.get("key") == "ticket-reminder"]
    assert [(r.recipient_telegram_id, r.payload["args"]["id"]) for r in reminders] == [(201, waiting.id)]
    assert reminders[0].payload["args"]["minutes"] == 61


async def test_reply_lookup_through_the_outbox(db_services: Services) -> None:
    services = db_services
    ana = await _person(services, 101, "Ana")
    await _person(services, 201, "Marek", role=Role.ADVISOR)
    ticket = await services.knowledge.tickets.open(ana, "Q", language="en", country=None)
    async with services.uow() as uow:
        await uow.session.execute(update(OutboxMessage).where(OutboxMessage.recipient_telegram_id == 201)
                                  .values(state="sent", telegram_message_id=77))
        await uow.commit()
    assert await services.knowledge.tickets.ticket_for_message(201, 77) == ticket.id
    assert await services.knowledge.tickets.ticket_for_message(201, 78) is None
    assert await services.knowledge.tickets.ticket_for_message(101, 77) is None


async def test_personal_data_export_erase_and_purge(db_services: Services, clock: ManualClock) -> None:
    services = db_services
    provider = KnowledgeBasePrivacy()
    assert provider in services.personal_data or any(p.name == "knowledge_base" for p in services.personal_data)
    ana = await _person(services, 101, "Ana")
    marek = await _person(services, 201, "Marek", role=Role.ADVISOR)
    tickets = services.knowledge.tickets
    ticket = await tickets.open(ana, "My secret question", language="en", country="PL")
    await tickets.take(ticket.id, marek)
    await tickets.answer(ticket.id, marek, "An answer")
    await services.knowledge.gaps.add(GapKind.NOT_HELPFUL, "Another secret", language="en", entry_id="vat-pl",
                                      person_id=ana.id)
    async with services.uow() as uow:
        exported = await provider.export(uow.session, ana.id, ana.telegram_id)
    assert exported["tickets"][0]["question"] == "My secret question"
    assert exported["tickets"][0]["messages"][0]["text"] == "An answer"
    assert {q["text"] for q in exported["collected_questions"]} == {"My secret question", "Another secret"}

    async with services.uow() as uow:
        await provider.erase(uow.session, ana.id, ana.telegram_id, clock.now())
        await uow.commit()
    async with services.uow() as uow:
        stored = await uow.session.get(Ticket, ticket.id)
        assert stored is not None and stored.question is None and stored.person_id is None
        assert stored.state == "closed" and stored.closed_by == "erased"
        texts = list((await uow.session.execute(select(TicketMessage.text))).scalars())
        assert texts == [None]
        gaps = list((await uow.session.execute(select(Gap))).scalars())
        assert [(g.text, g.person_id) for g in gaps] == [(None, None), (None, None)]
        payloads = list((await uow.session.execute(
            select(OutboxMessage.payload, OutboxMessage.state).where(OutboxMessage.group_key.like("ticket:%"))
        )).all())
        assert payloads and all("secret" not in str(p) and "An answer" not in str(p) for p, _ in payloads)
        assert all(state == "cancelled" for _, state in payloads)

    # retention: texts older than the cutoff are blanked, newer ones stay
    bob = await _person(services, 102, "Bob")
    old = await tickets.open(bob, "Old question", language="en", country=None)
    clock.advance(timedelta(days=400))
    new = await tickets.open(bob, "New question", language="en", country=None)
    async with services.uow() as uow:
        count = await provider.purge_texts_before(uow.session, clock.now() - timedelta(days=365))
        await uow.commit()
    assert count == 1
    assert (await tickets.get(old.id)).question is None  # type: ignore[union-attr]
    assert (await tickets.get(new.id)).question == "New question"  # type: ignore[union-attr]


async def test_gaps_close_and_reload_requests(db_services: Services) -> None:
    services = db_services
    gaps = services.knowledge.gaps
    for text in ("How do I insure my studio?", "how to insure my studio", "Where is the nearest fair?"):
        await gaps.add(GapKind.UNANSWERED, text, language="en", entry_id=None, person_id=None)
    clusters = await gaps.clusters()
    assert [c.count for c in clusters] == [2, 1]
    closed = await gaps.close_cluster(clusters[0].first_id, by=Operator(9000))
    assert closed is not None and closed.count == 2
    assert [c.count for c in await gaps.clusters()] == [1]
    assert await gaps.close_cluster(clusters[0].first_id, by=Operator(9000)) is None

    reloads = services.knowledge.reloads
    assert await reloads.latest() is None
    assert await services.knowledge.follow_reload_requests() is None  # first look: remembers the state
    first = await reloads.add(by=None, via="cli")
    assert await reloads.latest() == first
    result = await services.knowledge.follow_reload_requests()
    assert result is not None and result.ok
    assert await services.knowledge.follow_reload_requests() is None  # already followed
