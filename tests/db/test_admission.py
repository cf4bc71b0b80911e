"""Admitting updates in shared transactions: claimed once, senders read, failures reach every caller."""

import asyncio

import pytest

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.db.uow import UnitOfWork
from helpdesk_bot.people.actor import Operator
from helpdesk_bot.people.admission import UpdateAdmission
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import TelegramProfile


async def _consenting(services: Services, telegram_id: int, name: str) -> TelegramProfile:
    profile = TelegramProfile(telegram_id, name, None, None, "de")
    await services.people.ensure(profile)
    await services.people.accept_notice(profile)
    return profile


async def test_concurrent_updates_share_transactions_and_each_gets_its_sender(db_services: Services) -> None:
    profiles = [await _consenting(db_services, 700 + i, f"P{i}") for i in range(10)]
    await db_services.people.grant(703, Role.ADVISOR, by=Operator(9000))
    admission = db_services.admission
    before = admission.transactions
    results = await asyncio.gather(*(admission.admit(10_000 + n, profiles[n % 10]) for n in range(40)))
    assert all(r.claimed for r in results)
    assert [r.person.telegram_id for r in results if r.person] == [700 + n % 10 for n in range(40)]
    assert results[3].person is not None and Role.ADVISOR in results[3].person.roles
    assert admission.transactions - before < 40  # group commits, not one transaction per update
    again = await admission.admit(10_005, profiles[5])
    assert not again.claimed and again.person is None  # delivered before: skipped


async def test_the_same_update_twice_in_one_batch_is_admitted_once(db_services: Services) -> None:
    profile = await _consenting(db_services, 801, "Eve")
    results = await asyncio.gather(*(db_services.admission.admit(555, profile) for _ in range(5)))
    assert [r.claimed for r in results] == [True, False, False, False, False]
    assert results[0].person is not None and results[0].person.telegram_id == 801


async def test_newcomers_renamed_people_and_anonymous_updates(db_services: Services) -> None:
    await _consenting(db_services, 802, "Old")
    newcomer, renamed, anonymous = await asyncio.gather(
        db_services.admission.admit(1, TelegramProfile(803, "New")),
        db_services.admission.admit(2, TelegramProfile(802, "New name")),
        db_services.admission.admit(3, None),
    )
    assert (newcomer.claimed, newcomer.person) == (True, None)  # the caller creates them (ensure)
    assert (renamed.claimed, renamed.person) == (True, None)  # the caller stores the new name (ensure)
    assert (anonymous.claimed, anonymous.person) == (True, None)


async def test_a_failed_group_transaction_is_retried_update_by_update(db_services: Services) -> None:
    profile = await _consenting(db_services, 804, "Ann")
    failures = {"left": 1}

    class Failing(UnitOfWork):
        async def __aenter__(self) -> UnitOfWork:
            if failures["left"]:
                failures["left"] -= 1
                raise ConnectionError("database is down")
            return await super().__aenter__()

    real = db_services.uow()
    admission = UpdateAdmission(lambda: Failing(real._factory, real._lock), db_services.interactions,
                                db_services.people)
    # the shared transaction fails once: each update is then admitted in its own, and all get through
    results = await asyncio.gather(*(admission.admit(900 + n, profile) for n in range(3)))
    assert all(r.claimed and r.person is not None for r in results)
    # the database stays down: every caller gets the error (none waits forever), and later ones work
    failures["left"] = 4
    down = await asyncio.gather(*(admission.admit(910 + n, profile) for n in range(3)), return_exceptions=True)
    assert all(isinstance(r, ConnectionError) for r in down)
    later = await admission.admit(950, profile)
    assert later.claimed and later.person is not None


async def test_a_cancelled_caller_does_not_break_the_batch(db_services: Services) -> None:
    profile = await _consenting(db_services, 805, "Bo")
    cancelled = asyncio.ensure_future(db_services.admission.admit(960, profile))
    kept = asyncio.ensure_future(db_services.admission.admit(961, profile))
    await asyncio.sleep(0)
    cancelled.cancel()
    result = await kept
    assert result.claimed and result.person is not None
    with pytest.raises(asyncio.CancelledError):
        await cancelled


async def test_each_admitting_transaction_is_counted_once(db_services: Services) -> None:
    profile = await _consenting(db_services, 806, "Cy")
    fresh = UpdateAdmission(db_services.uow, db_services.interactions, db_services.people)
    assert fresh.transactions == 0
    await fresh.admit(970, profile)
    await fresh.admit(971, profile)
    assert fresh.transactions == 2  # one after the other: nothing to share, one transaction each


async def test_a_failed_shared_admission_is_logged_with_its_cause(
    db_services: Services, caplog: pytest.LogCaptureFixture,
) -> None:
    profile = await _consenting(db_services, 807, "Di")
    admission = db_services.admission
    real = admission._admit

    async def fail_when_shared(batch: list) -> list:  # type: ignore[type-arg]
        if len(batch) > 1:
            raise ConnectionError("shared transaction refused")
        return await real(batch)

    admission._admit = fail_when_shared  # type: ignore[method-assign]
    with caplog.at_level("WARNING", logger="helpdesk_bot.people.admission"):
        results = await asyncio.gather(*(admission.admit(980 + n, profile) for n in range(4)))  # one batch
    assert all(r.claimed for r in results)  # admitted one by one after the shared attempt failed
    [record] = [r for r in caplog.records if "together failed" in r.getMessage()]
    assert record.getMessage() == "admitting 4 updates together failed; admitting them one by one"
    assert record.exc_info is not None and isinstance(record.exc_info[1], ConnectionError)


async def test_updates_waiting_when_the_admission_worker_stops_are_cancelled_not_left_hanging(
    db_services: Services,
) -> None:
    profile = await _consenting(db_services, 808, "Ed")
    admission = db_services.admission
    stuck = asyncio.Event()

    async def hang(batch: list) -> list:  # type: ignore[type-arg]
        stuck.set()
        await asyncio.Event().wait()  # a transaction that never ends
        return []

    admission._admit = hang  # type: ignore[method-assign]
    waiting = asyncio.ensure_future(admission.admit(990, profile))
    await asyncio.wait_for(stuck.wait(), 5)
    worker = admission._group._worker
    assert worker is not None and worker.get_name() == "update-admission"
    worker.cancel()  # shutdown: the worker is cancelled mid-transaction
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(waiting, 5)  # the caller is told at once (no TimeoutError: nothing hangs)


async def test_each_sender_is_admitted_with_their_own_conversation(db_services: Services) -> None:
    talking = await _consenting(db_services, 809, "Fe")
    quiet = await _consenting(db_services, 810, "Gi")
    fe = await db_services.people.get(809)
    assert fe is not None
    started = await db_services.conversations.start(fe.id, "booking", "time", {"topic": "taxes", "day": 3})
    results = await asyncio.gather(db_services.admission.admit(995, talking), db_services.admission.admit(996, quiet))
    assert results[0].conversation == started  # every field: person, flow, step, draft, version, times
    assert results[1].claimed and results[1].conversation is None
    again = await db_services.admission.admit(995, talking)
    assert not again.claimed and again.conversation is None


@pytest.mark.parametrize(("max_batch", "updates", "sizes"), [(None, 401, [200, 200, 1]), (3, 7, [3, 3, 1])])
async def test_updates_arriving_together_are_admitted_in_transactions_of_at_most_max_batch(
    db_services: Services, max_batch: int | None, updates: int, sizes: list[int],
) -> None:
    profile = await _consenting(db_services, 811, "Hu")
    fresh = (UpdateAdmission(db_services.uow, db_services.interactions, db_services.people) if max_batch is None
             else UpdateAdmission(db_services.uow, db_services.interactions, db_services.people, max_batch=max_batch))
    real = fresh._admit
    seen: list[int] = []

    async def counting(batch: list) -> list:  # type: ignore[type-arg]
        seen.append(len(batch))
        return await real(batch)

    fresh._admit = counting  # type: ignore[method-assign]
    results = await asyncio.gather(*(fresh.admit(20_000 + n, profile) for n in range(updates)))  # all queued at once
    assert all(r.claimed and r.person is not None and r.person.telegram_id == 811 for r in results)
    assert seen == sizes and fresh.transactions == len(sizes)  # the default is 200 updates per transaction
