"""The outbox's own contract, row by row (written to kill mutants mutmut found surviving): which rows a
claim takes and in what order, expiry, whose claims are released, group cancellation, counts per broadcast."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Update, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.db.uow import UnitOfWork


def _outbox(services: Services) -> Outbox:
    return Outbox(services.uow, services.clock)


async def _rows(services: Services) -> dict[str, OutboxMessage]:
    async with services.uow() as uow:
        return {r.dedup_key: r for r in (await uow.session.execute(select(OutboxMessage))).scalars()}


async def test_a_claim_takes_the_earliest_due_first_and_records_its_worker(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    now = clock.now()
    await outbox.enqueue(
        OutgoingMessage(1, "echo", "late", {"n": 1}, due_at=now - timedelta(minutes=1)),
        OutgoingMessage(2, "echo", "early", {"n": 2}, due_at=now - timedelta(minutes=5)),
        OutgoingMessage(3, "echo", "tie-b", {"n": 3}, due_at=now - timedelta(minutes=3)),
        OutgoingMessage(4, "echo", "tie-a", {"n": 4}, due_at=now - timedelta(minutes=3)),
        OutgoingMessage(5, "echo", "future", {"n": 5}, due_at=now + timedelta(minutes=1)),
    )
    first = await outbox.claim_due("w1", 1)
    assert [(c.dedup_key, c.args, c.attempts, c.broadcast_id) for c in first] == [("early", {"n": 2}, 1, None)]
    second = await outbox.claim_due("w2", 2)  # the same due time: the older row first
    assert [c.dedup_key for c in second] == ["tie-b", "tie-a"]
    rest = await outbox.claim_due("w1", 10)
    assert [c.dedup_key for c in rest] == ["late"]  # not the future one
    rows = await _rows(db_services)
    assert {k: (r.state, r.claimed_by) for k, r in rows.items() if r.state == "sending"} == {
        "early": ("sending", "w1"), "tie-b": ("sending", "w2"), "tie-a": ("sending", "w2"), "late": ("sending", "w1")}
    # a worker that restarts releases its own claims, not the others'
    assert sorted(await outbox.release_worker("w1")) == [1, 2]
    rows = await _rows(db_services)
    assert (rows["early"].state, rows["early"].claimed_by) == ("pending", None)
    assert (rows["tie-a"].state, rows["tie-a"].claimed_by) == ("sending", "w2")
    assert await outbox.next_due_at() == now - timedelta(minutes=5)


async def test_expired_messages_are_cancelled_only_while_pending_and_only_after_not_after(
    db_services: Services,
) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    now = clock.now()
    await outbox.enqueue(
        OutgoingMessage(1, "echo", "expired", due_at=now - timedelta(hours=1), not_after=now - timedelta(seconds=1)),
        OutgoingMessage(2, "echo", "at-the-edge", due_at=now - timedelta(hours=1), not_after=now),
        OutgoingMessage(3, "echo", "sent-long-ago", due_at=now - timedelta(hours=2), not_after=now - timedelta(hours=1)),
        OutgoingMessage(4, "echo", "open-ended", due_at=now - timedelta(hours=1)),
    )
    async with db_services.uow() as uow:
        await uow.session.execute(update(OutboxMessage).where(OutboxMessage.dedup_key == "sent-long-ago")
                                  .values(state="sent"))
        await uow.commit()
    claimed = await outbox.claim_due("w", 10)
    assert sorted(c.dedup_key for c in claimed) == ["at-the-edge", "open-ended"]
    rows = await _rows(db_services)
    assert (rows["expired"].state, rows["expired"].last_error) == ("cancelled", "expired")
    assert rows["sent-long-ago"].state == "sent"  # a message already sent is never "cancelled" afterwards


async def test_adding_counts_new_rows_across_chunks_and_clips_long_keys(db_services: Services) -> None:
    outbox = _outbox(db_services)
    async with db_services.uow() as uow:
        assert await outbox.add(uow.session, []) == 0
    many = [OutgoingMessage(i, "echo", f"bulk:{i}") for i in range(1, 1102)]  # more than one chunk of 1000
    assert await outbox.enqueue(*many) == 1101
    assert await outbox.enqueue(*many[:5], OutgoingMessage(9, "echo", "bulk:new")) == 1
    long_key = "k" * 300
    assert await outbox.enqueue(OutgoingMessage(1, "echo", long_key)) == 1
    assert await outbox.enqueue(OutgoingMessage(1, "echo", long_key[:191] + "different tail")) == 0
    async with db_services.uow() as uow:
        stored = (await uow.session.execute(select(OutboxMessage.dedup_key).where(
            OutboxMessage.dedup_key.like("kkk%")))).scalar_one()
    assert len(stored) == 191


async def test_cancelling_a_group_touches_only_its_pending_messages(db_services: Services) -> None:
    outbox = _outbox(db_services)
    await outbox.enqueue(
        OutgoingMessage(1, "echo", "a1", group_key="booking:1"), OutgoingMessage(1, "echo", "a2", group_key="booking:1"),
        OutgoingMessage(1, "echo", "b1", group_key="booking:2"), OutgoingMessage(1, "echo", "none"),
    )
    async with db_services.uow() as uow:
        await uow.session.execute(update(OutboxMessage).where(OutboxMessage.dedup_key == "a2").values(state="sent"))
        await uow.commit()
    assert await outbox.cancel_group("booking:1") == 1
    async with db_services.uow() as uow:
        assert await outbox.cancel_group("booking:2", uow.session) == 1
        await uow.commit()
    rows = await _rows(db_services)
    assert {k: (r.state, r.last_error) for k, r in rows.items()} == {
        "a1": ("cancelled", "cancelled"), "a2": ("sent", None), "b1": ("cancelled", "cancelled"), "none": ("pending", None)}
    assert await outbox.cancel_group("booking:1") == 0


async def test_cancelling_a_group_leaves_every_other_group_pending(db_services: Services) -> None:
    outbox = _outbox(db_services)
    await outbox.enqueue(*(OutgoingMessage(1, "echo", f"{g}:{i}", group_key=g)
                           for g in ("booking:1", "booking:2", "booking:3") for i in range(2)))
    assert await outbox.cancel_group("booking:2") == 2
    rows = await _rows(db_services)
    assert {k: r.state for k, r in rows.items()} == {
        "booking:1:0": "pending", "booking:1:1": "pending", "booking:2:0": "cancelled", "booking:2:1": "cancelled",
        "booking:3:0": "pending", "booking:3:1": "pending"}


async def test_progress_counts_each_broadcast_by_state(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    assert await outbox.progress() == []
    first = await outbox.create_broadcast(kind="news", title="T" * 300, created_by=9000, messages=[
        OutgoingMessage(i, "echo", f"n:{i}") for i in range(1, 7)])
    later = clock.now() + timedelta(hours=2)
    second = await outbox.create_broadcast(kind="event", title="Second", created_by=None, scheduled_for=later,
                                           messages=[OutgoingMessage(i, "echo", f"e:{i}") for i in range(1, 3)])
    states = {"n:1": "sent", "n:2": "sent", "n:3": "failed", "n:4": "blocked", "n:5": "cancelled", "n:6": "sending"}
    async with db_services.uow() as uow:
        for key, state in states.items():
            await uow.session.execute(update(OutboxMessage).where(OutboxMessage.dedup_key == key).values(state=state))
        await uow.commit()
    report = await outbox.progress()
    assert [p.broadcast_id for p in report] == [second, first]  # newest first
    news = report[1]
    assert (news.title, news.kind, news.created_by, news.total) == ("T" * 256, "news", 9000, 6)
    assert (news.pending, news.sent, news.failed, news.blocked, news.cancelled) == (1, 2, 1, 1, 1)
    assert news.scheduled_for == news.created_at == clock.now() and news.finished_at is None
    event = report[0]
    assert (event.total, event.pending, event.sent, event.scheduled_for) == (2, 2, 0, later)
    assert [p.broadcast_id for p in await outbox.progress([first])] == [first]
    async with db_services.uow() as uow:
        from helpdesk_bot.broadcasts.models import Broadcast

        await uow.session.execute(update(Broadcast).where(Broadcast.id == first).values(finished_at=clock.now()))
        await uow.commit()
    assert [p.broadcast_id for p in await outbox.progress(unfinished_only=True)] == [second]
    assert [(p.broadcast_id, p.finished_at) for p in await outbox.progress()] == [
        (second, None), (first, clock.now())]


async def test_recording_results_writes_each_outcome_row_by_row(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    now = clock.now()
    keys = ["sent", "retry", "failed", "cancelled", "requeued", "blocked-a", "blocked-b", "other"]
    await outbox.enqueue(*(OutgoingMessage(50 if k.startswith("blocked") else 10 + i, "echo", k)
                           for i, k in enumerate(keys)))
    claimed = {c.dedup_key: c for c in await outbox.claim_due("w", 20)}
    assert all(c.attempts == 1 for c in claimed.values())
    later = now + timedelta(minutes=5)
    clock.advance(timedelta(seconds=30))
    await outbox.record_results(
        sent=[(claimed["sent"].id, 777)],
        retry=[(claimed["retry"].id, later, "E" * 300)],
        failed=[(claimed["failed"].id, "chat not found " + "F" * 300)],
        cancelled=[(claimed["cancelled"].id, "booking cancelled " + "C" * 300)],
        requeued=[(claimed["requeued"].id, later, "per-chat limit " + "R" * 300)],
        blocked_recipients=[50],
    )
    rows = await _rows(db_services)
    assert (rows["sent"].state, rows["sent"].telegram_message_id, rows["sent"].last_error) == ("sent", 777, None)
    assert rows["sent"].sent_at == clock.now()
    assert (rows["retry"].state, rows["retry"].due_at, rows["retry"].attempts) == ("pending", later, 1)
    assert rows["retry"].last_error == "E" * 256
    # every error is clipped to the column's 256 characters
    assert (rows["failed"].state, rows["failed"].last_error) == ("failed", ("chat not found " + "F" * 300)[:256])
    assert (rows["cancelled"].state, rows["cancelled"].last_error) == (
        "cancelled", ("booking cancelled " + "C" * 300)[:256])
    requeued = rows["requeued"]
    assert (requeued.state, requeued.due_at, requeued.claimed_by, requeued.attempts, requeued.last_error) == (
        "pending", later, None, 0, ("per-chat limit " + "R" * 300)[:256])  # deferred before sending: no try
    assert {rows["blocked-a"].state, rows["blocked-b"].state} == {"blocked"}
    assert rows["blocked-a"].last_error == "blocked by the user"
    assert (rows["other"].state, rows["other"].claimed_by) == ("sending", "w")  # untouched
    await outbox.record_results()  # nothing to write: nothing changes
    assert {k: r.state for k, r in (await _rows(db_services)).items()} == {k: r.state for k, r in rows.items()}


async def test_progress_counts_broadcasts_apart_and_shows_the_newest_fifty(db_services: Services) -> None:
    outbox = _outbox(db_services)
    empty = await outbox.create_broadcast(kind="news", title="Nobody", created_by=None, messages=[])
    one = await outbox.create_broadcast(kind="news", title="One", created_by=None, messages=[
        OutgoingMessage(i, "echo", f"one:{i}") for i in range(1, 4)])
    two = await outbox.create_broadcast(kind="news", title="Two", created_by=None, messages=[
        OutgoingMessage(i, "echo", f"two:{i}") for i in range(1, 3)])
    report = {p.broadcast_id: p for p in await outbox.progress()}
    # the same state in two broadcasts is counted per broadcast; a broadcast with no message counts zeros
    assert [(report[b].total, report[b].pending, report[b].done) for b in (empty, one, two)] == [
        (0, 0, 0), (3, 3, 0), (2, 2, 0)]
    for n in range(48):
        await outbox.create_broadcast(kind="news", title=f"More {n}", created_by=None, messages=[])
    newest = await outbox.progress()
    assert len(newest) == 50 and empty not in [p.broadcast_id for p in newest]  # 51 broadcasts: the oldest is left out
    assert newest[-1].broadcast_id == one


async def test_a_broadcast_finishes_once_none_of_its_messages_is_pending_or_being_sent(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    assert await outbox.finish_broadcasts() == []  # no broadcast at all
    ids = {}
    for name in ("done", "pending", "sending", "empty"):
        ids[name] = await outbox.create_broadcast(kind="news", title=name, created_by=None, messages=[
            OutgoingMessage(i, "echo", f"{name}:{i}") for i in (range(1, 3) if name != "empty" else ())])
    await outbox.enqueue(OutgoingMessage(5, "echo", "no-broadcast"))  # pending, in no broadcast
    states = {"done:1": "sent", "done:2": "failed", "pending:1": "sent", "sending:1": "sending",
              "sending:2": "blocked"}
    async with db_services.uow() as uow:
        for key, state in states.items():
            await uow.session.execute(update(OutboxMessage).where(OutboxMessage.dedup_key == key).values(state=state))
        await uow.commit()
    clock.advance(timedelta(minutes=7))
    finished = await outbox.finish_broadcasts()
    assert sorted(p.broadcast_id for p in finished) == sorted([ids["done"], ids["empty"]])
    assert all(p.finished_at == clock.now() for p in finished)
    report = {p.broadcast_id: p.finished_at for p in await outbox.progress()}
    assert report == {ids["done"]: clock.now(), ids["empty"]: clock.now(), ids["pending"]: None, ids["sending"]: None}
    assert await outbox.finish_broadcasts() == []  # each broadcast finishes once


async def test_a_claim_is_stale_only_when_older_than_the_limit(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    await outbox.enqueue(OutgoingMessage(1, "echo", "old"))
    await outbox.claim_due("w1", 10)
    clock.advance(timedelta(minutes=1))
    await outbox.enqueue(OutgoingMessage(2, "echo", "new"))
    await outbox.claim_due("w2", 10)
    clock.advance(timedelta(minutes=4))
    assert await outbox.release_stale(timedelta(minutes=5)) == []  # exactly five minutes old: not yet
    assert await outbox.release_stale(timedelta(minutes=4, seconds=59)) == [1]
    rows = await _rows(db_services)
    assert {k: (r.state, r.claimed_by) for k, r in rows.items()} == {"old": ("pending", None), "new": ("sending", "w2")}


async def test_a_message_sent_after_a_failed_try_loses_its_error_and_blocking_spares_what_was_sent(
    db_services: Services,
) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    await outbox.enqueue(OutgoingMessage(60, "echo", "flaky"), OutgoingMessage(61, "echo", "done"))
    claimed = {c.dedup_key: c for c in await outbox.claim_due("w", 10)}
    await outbox.record_results(retry=[(claimed["flaky"].id, clock.now(), "timed out")],
                                sent=[(claimed["done"].id, 1)])
    [again] = await outbox.claim_due("w", 10)
    assert (again.dedup_key, again.attempts) == ("flaky", 2)
    await outbox.record_results(sent=[(again.id, 2)])
    rows = await _rows(db_services)
    assert (rows["flaky"].state, rows["flaky"].last_error, rows["flaky"].telegram_message_id) == ("sent", None, 2)
    await outbox.enqueue(OutgoingMessage(61, "echo", "next"))
    await outbox.record_results(blocked_recipients=[61])  # the person blocked the bot after the first message
    rows = await _rows(db_services)
    assert {k: rows[k].state for k in ("done", "next")} == {"done": "sent", "next": "blocked"}


async def test_a_claimed_broadcast_message_names_its_broadcast(db_services: Services) -> None:
    outbox = _outbox(db_services)
    broadcast = await outbox.create_broadcast(kind="news", title="News", created_by=None,
                                              messages=[OutgoingMessage(1, "echo", "news:1", {"text": "hi"})])
    [claimed] = await outbox.claim_due("w", 10)
    assert (claimed.broadcast_id, claimed.kind, claimed.recipient_telegram_id, claimed.args) == (
        broadcast, "echo", 1, {"text": "hi"})


async def test_one_unit_of_work_wakes_after_each_commit_that_enqueued_and_only_then(db_services: Services) -> None:
    outbox = _outbox(db_services)
    woken: list[int] = []
    outbox.wake_after_commit(lambda: woken.append(1))
    async with db_services.uow() as uow:  # several transactions on one session
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "same:2")])
        await uow.commit()
        assert woken == [1]
        await uow.commit()  # nothing enqueued in this one
        assert woken == [1]
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "same:3")])
        await uow.commit()
        assert woken == [1, 1]


async def test_a_rollback_in_a_unit_of_work_leaves_no_wake_up_behind_for_its_next_transactions(
        db_services: Services) -> None:
    outbox = _outbox(db_services)
    woken: list[int] = []
    outbox.wake_after_commit(lambda: woken.append(1))
    async with db_services.uow() as uow:  # one session, one transaction after another
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "undone:1")])
        await uow.rollback()
        assert woken == []
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "kept:1")])
        await uow.commit()
        assert woken == [1]  # once for the commit that enqueued, nothing for the rolled-back enqueue
        await uow.commit()  # nothing enqueued in this one
        assert woken == [1]
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "undone:2")])
        await uow.rollback()
        await uow.rollback()  # a second rollback, of a transaction that enqueued nothing
        await uow.commit()
        assert woken == [1]
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "kept:2")])
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "kept:3")])
        await uow.commit()
        assert woken == [1, 1]
    assert sorted(await _rows(db_services)) == ["kept:1", "kept:2", "kept:3"]


async def test_a_savepoint_neither_wakes_the_dispatcher_nor_forgets_the_enqueue_of_its_transaction(
        db_services: Services) -> None:
    outbox = _outbox(db_services)
    woken: list[int] = []
    outbox.wake_after_commit(lambda: woken.append(1))
    async with db_services.uow() as uow:
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "outer:1")])
        async with uow.session.begin_nested():  # released: nothing is durable yet
            await outbox.add(uow.session, [OutgoingMessage(1, "echo", "inner:1")])
        assert woken == []
        savepoint = await uow.session.begin_nested()
        await savepoint.rollback()  # rolled back: the outer transaction's enqueue still counts
        await uow.commit()
        assert woken == [1]
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "outer:2")])
        savepoint = await uow.session.begin_nested()
        await outbox.add(uow.session, [OutgoingMessage(1, "echo", "undone")])
        await savepoint.rollback()
        await uow.commit()
        assert woken == [1, 1]
    assert sorted(await _rows(db_services)) == ["inner:1", "outer:1", "outer:2"]


async def test_a_broadcast_another_finisher_finished_meanwhile_is_neither_reported_nor_moved(
        db_services: Services) -> None:
    """Two finishers: the rival commits between this one's reads and its update (made deterministic by
    running the rival from this one's session just before the update is sent)."""
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    rival = _outbox(db_services)
    broadcast = await rival.create_broadcast(kind="news", title="News", created_by=None, messages=[])
    started = clock.now()
    rival_finished: list[Any] = []

    class RivalFinishesFirst(AsyncSession):
        async def execute(self, statement: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(statement, Update) and statement.table.name == "broadcasts" and not rival_finished:
                clock.advance(timedelta(minutes=1))
                rival_finished.extend(await rival.finish_broadcasts())
            return await super().execute(statement, *args, **kwargs)

    factory = async_sessionmaker(db_services.engine, class_=RivalFinishesFirst, expire_on_commit=False)
    late = Outbox(lambda: UnitOfWork(factory), clock)  # no process-wide lock: the rival runs in between
    assert await late.finish_broadcasts() == []  # read it open, but the rival finished it first
    assert [(p.broadcast_id, p.finished_at) for p in rival_finished] == [(broadcast, started + timedelta(minutes=1))]
    [report] = await rival.progress()
    assert report.finished_at == started + timedelta(minutes=1)  # the first finish time stays


async def test_of_two_messages_due_together_the_older_is_claimed_first_even_when_its_row_moved(
        db_services: Services) -> None:
    """Updating a row's indexed column writes a new row version behind the other's (PostgreSQL): then a
    scan meets the newer message first, and only the id tie-break keeps the order of enqueueing."""
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    outbox = _outbox(db_services)
    due = clock.now() - timedelta(minutes=1)
    await outbox.enqueue(OutgoingMessage(1, "echo", "older", due_at=due), OutgoingMessage(2, "echo", "newer", due_at=due))
    async with db_services.uow() as uow:
        for moved_to in (due - timedelta(minutes=1), due):  # moved away and back: same due time, new row version
            await uow.session.execute(update(OutboxMessage).where(OutboxMessage.dedup_key == "older")
                                      .values(due_at=moved_to))
        await uow.commit()
    assert [c.dedup_key for c in await outbox.claim_due("w", 1)] == ["older"]
    assert [c.dedup_key for c in await outbox.claim_due("w", 1)] == ["newer"]


async def test_a_second_dispatcher_skips_the_rows_another_is_claiming_instead_of_waiting_for_them(
        db_services: Services) -> None:
    """PostgreSQL (SQLite has one writer): the rival claims while this claim's row locks are held, just
    before its commit; waiting for those locks instead of skipping them would wait for ever."""
    if db_services.engine.dialect.name != "postgresql":
        pytest.skip("row locks: PostgreSQL only")
    rival = _outbox(db_services)
    await rival.enqueue(*(OutgoingMessage(n, "echo", f"m{n}") for n in (1, 2, 3)))
    rival_claimed: list[str] = []

    class RivalClaimsBeforeThisCommits(AsyncSession):
        async def commit(self) -> None:
            if not rival_claimed:
                rival_claimed.extend(c.dedup_key for c in await asyncio.wait_for(rival.claim_due("w2", 10), 10))
            await super().commit()

    factory = async_sessionmaker(db_services.engine, class_=RivalClaimsBeforeThisCommits, expire_on_commit=False)
    first = Outbox(lambda: UnitOfWork(factory), db_services.clock)
    assert [c.dedup_key for c in await first.claim_due("w1", 2)] == ["m1", "m2"]
    assert rival_claimed == ["m3"]  # at once, and none of the rows being claimed
