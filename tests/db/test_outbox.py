"""The outbox and dispatcher on a real database: once-only, retries, blocked people, expiry, two dispatchers."""

import asyncio
import time
from datetime import timedelta

import pytest
from markupsafe import Markup
from sqlalchemy import func, select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.delivery import Recipient, RenderedMessage
from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.service import TelegramProfile
from tests.fakes import FakeSender


async def _echo(args: dict, recipient: Recipient) -> RenderedMessage:
    return RenderedMessage(text=Markup("{} ({})").format(args.get('text', ''), recipient.language))


def _dispatcher(services: Services, sender: FakeSender, **kwargs: object) -> Dispatcher:
    outbox = Outbox(services.uow, services.clock)
    return Dispatcher(outbox, sender, {"echo": _echo}, services.uow, services.clock,
                      interactions=services.interactions, rate=1000, **kwargs)  # type: ignore[arg-type]


async def _states(services: Services) -> dict[str, int]:
    async with services.uow() as uow:
        rows = await uow.session.execute(select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state))
        return dict(rows.all())  # type: ignore[arg-type]


async def test_same_message_is_enqueued_and_sent_once(db_services: Services) -> None:
    sender = FakeSender()
    dispatcher = _dispatcher(db_services, sender)
    message = OutgoingMessage(100, "echo", "greeting:100", {"text": "hi"})
    assert await dispatcher.outbox.enqueue(message) == 1
    assert await dispatcher.outbox.enqueue(message) == 0
    await dispatcher.wake()
    await dispatcher.wake()
    assert sender.count(100) == 1
    assert await _states(db_services) == {"sent": 1}


async def test_due_time_and_not_after(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    sender = FakeSender()
    dispatcher = _dispatcher(db_services, sender)
    now = clock.now()
    await dispatcher.outbox.enqueue(
        OutgoingMessage(1, "echo", "later", {"text": "later"}, due_at=now + timedelta(hours=1)),
        OutgoingMessage(2, "echo", "stale", {"text": "stale"}, due_at=now + timedelta(hours=1),
                        not_after=now + timedelta(minutes=30)),
    )
    await dispatcher.wake()
    assert sender.sent == []
    clock.advance(timedelta(hours=2))
    await dispatcher.wake()
    assert [tid for tid, _ in sender.sent] == [1]
    assert await _states(db_services) == {"sent": 1, "cancelled": 1}


async def test_blocked_recipient_is_marked_and_skipped(db_services: Services) -> None:
    await db_services.people.ensure(TelegramProfile(7))
    sender = FakeSender(behaviour={7: "blocked"})
    dispatcher = _dispatcher(db_services, sender, on_blocked=db_services.people.mark_inactive)
    await dispatcher.outbox.enqueue(*(OutgoingMessage(7, "echo", f"m{i}", {"text": str(i)}) for i in range(3)))
    stats = await dispatcher.wake()
    assert stats is not None and stats.sent == 0
    assert await _states(db_services) == {"blocked": 3}
    person = await db_services.people.get(7)
    assert person is not None and not person.is_active


async def test_transient_errors_are_retried_with_backoff_then_given_up(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    sender = FakeSender(behaviour={1: "transient:2", 2: "transient:99"})
    dispatcher = _dispatcher(db_services, sender, max_attempts=3, per_chat_interval=0.0)
    await dispatcher.outbox.enqueue(OutgoingMessage(1, "echo", "a"), OutgoingMessage(2, "echo", "b"))
    for _ in range(6):
        await dispatcher.wake()
        clock.advance(timedelta(minutes=10))
    assert sender.count(1) == 1 and sender.count(2) == 0
    assert await _states(db_services) == {"sent": 1, "failed": 1}


async def test_429_pauses_and_retries_without_losing_the_message(db_services: Services) -> None:
    # retry_after is waited in real time within the drain: the test's frozen clock does not hold it back
    sender = FakeSender(behaviour={5: "429"})
    dispatcher = _dispatcher(db_services, sender)
    await dispatcher.outbox.enqueue(OutgoingMessage(5, "echo", "x"))
    started = time.monotonic()
    stats = await dispatcher.wake()
    assert stats is not None and (stats.retried, stats.sent) == (1, 1)
    assert time.monotonic() - started >= 1.0
    assert sender.count(5) == 1
    assert await _states(db_services) == {"sent": 1}


async def test_broadcast_progress_report_and_interactions(db_services: Services) -> None:
    reports = []

    async def on_finished(progress: object) -> None:
        reports.append(progress)

    sender = FakeSender(behaviour={3: "blocked"})
    dispatcher = _dispatcher(db_services, sender, on_broadcast_finished=on_finished)
    bid = await dispatcher.outbox.create_broadcast(
        kind="announcement", title="Fair", created_by=9000,
        messages=[OutgoingMessage(i, "echo", f"b1:{i}", {"text": "fair"}) for i in range(1, 6)],
    )
    await dispatcher.wake()
    assert len(reports) == 1
    report = reports[0]
    assert (report.broadcast_id, report.total, report.sent, report.blocked) == (bid, 5, 4, 1)
    async with db_services.uow() as uow:
        kinds = (await uow.session.execute(
            select(Interaction.outcome, func.count()).where(Interaction.kind == "outbox.echo")
            .group_by(Interaction.outcome))).all()
    assert dict(kinds) == {"delivered": 4, "blocked": 1}  # type: ignore[arg-type]


async def test_two_dispatchers_share_work_without_duplicates(db_services: Services) -> None:
    # a rate of 400/s claims batches of 400: each dispatcher's first claim takes part of the work
    senders = (FakeSender(delay=0.001), FakeSender(delay=0.001))
    first, second = (
        Dispatcher(Outbox(db_services.uow, db_services.clock), sender, {"echo": _echo}, db_services.uow,
                   db_services.clock, interactions=db_services.interactions, rate=400)
        for sender in senders)
    await first.outbox.enqueue(*(OutgoingMessage(i, "echo", f"m:{i}") for i in range(1, 801)))
    await asyncio.gather(first.wake(), second.wake())
    by_first = [tid for tid, _ in senders[0].sent]
    by_second = [tid for tid, _ in senders[1].sent]
    assert by_first and by_second, (len(by_first), len(by_second))  # both dispatchers worked
    assert sorted(by_first + by_second) == list(range(1, 801))  # every message once, none twice
    assert await _states(db_services) == {"sent": 800}


async def test_stale_claims_are_released_after_a_crash(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = Outbox(db_services.uow, clock)
    await outbox.enqueue(*(OutgoingMessage(i, "echo", f"c:{i}") for i in range(10)))
    claimed = await outbox.claim_due("crashed-worker", 4)
    assert len(claimed) == 4
    sender = FakeSender()
    dispatcher = _dispatcher(db_services, sender, lease=timedelta(seconds=30))
    await dispatcher.wake()
    assert len(sender.sent) == 6  # the crashed worker's claims are still leased
    clock.advance(timedelta(seconds=31))
    await dispatcher.wake()
    assert sorted(tid for tid, _ in sender.sent) == list(range(10))


async def test_outcomes_the_database_refused_are_written_later_not_lost(db_services: Services) -> None:
    # the first writes of outcomes fail (a locked database, a dropped connection): the outcomes stay in
    # memory and are written by a later flush, so no message is left claimed to be sent again
    sender = FakeSender()
    dispatcher = _dispatcher(db_services, sender)
    await dispatcher.outbox.enqueue(*(OutgoingMessage(i, "echo", f"r:{i}", {"text": "x"}) for i in range(1, 301)))
    real_record = dispatcher.outbox.record_results
    refusals = 0

    async def flaky_record(**kwargs: object) -> None:
        nonlocal refusals
        if refusals < 3:
            refusals += 1
            raise OSError("database is locked")
        await real_record(**kwargs)  # type: ignore[arg-type]

    dispatcher.outbox.record_results = flaky_record  # type: ignore[method-assign]
    await dispatcher.wake()
    assert refusals == 3
    assert sorted(tid for tid, _ in sender.sent) == list(range(1, 301))
    assert await _states(db_services) == {"sent": 300}
    await dispatcher.wake()  # nothing left to send: nothing is sent twice
    assert len(sender.sent) == 300
    async with db_services.uow() as uow:
        logged = (await uow.session.execute(
            select(func.count()).select_from(Interaction).where(Interaction.kind == "outbox.echo"))).scalar_one()
    assert logged == 300  # one "delivered" interaction per message, none lost with the refused writes


async def test_the_outbox_calls_its_wake_up_after_a_commit_that_enqueued_and_never_after_a_rollback(
        db_services: Services) -> None:
    outbox = Outbox(db_services.uow, db_services.clock)
    woken: list[int] = []
    outbox.wake_after_commit(lambda: woken.append(1))
    async with db_services.uow() as uow:  # enqueued, then rolled back: nothing to send, no wake-up
        await outbox.add(uow.session, [OutgoingMessage(100, "echo", "wake:rolled-back", {})])
        await uow.rollback()
    assert woken == []
    async with db_services.uow() as uow:  # two additions in one transaction: one wake-up, after the commit
        await outbox.add(uow.session, [OutgoingMessage(100, "echo", "wake:a", {})])
        await outbox.add(uow.session, [OutgoingMessage(101, "echo", "wake:b", {})])
        assert woken == []
        await uow.commit()
    assert woken == [1]
    assert await outbox.enqueue(OutgoingMessage(102, "echo", "wake:c", {})) == 1
    assert woken == [1, 1]


async def test_an_enqueue_undone_by_an_error_or_left_uncommitted_never_wakes_the_dispatcher(
        db_services: Services) -> None:
    outbox = Outbox(db_services.uow, db_services.clock)
    woken: list[int] = []
    outbox.wake_after_commit(lambda: woken.append(1))
    with pytest.raises(RuntimeError):
        async with db_services.uow() as uow:  # the use case failed after enqueueing: rolled back on exit
            await outbox.add(uow.session, [OutgoingMessage(100, "echo", "wake:failed", {})])
            raise RuntimeError("refused after the enqueue")
    async with db_services.uow() as uow:  # never committed: closed with the unit of work
        await outbox.add(uow.session, [OutgoingMessage(100, "echo", "wake:abandoned", {})])
    assert woken == []
    async with db_services.uow() as uow:  # a later commit that enqueued nothing wakes nobody
        await uow.commit()
    assert woken == []
    assert await outbox.enqueue(OutgoingMessage(100, "echo", "wake:kept", {})) == 1
    assert woken == [1]
