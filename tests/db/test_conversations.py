"""Conversation state in the database: start, compare-and-set advance, expiry, erasure (SQLite, PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from pydantic import BaseModel

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.conversations import Flow
from helpdesk_bot.people.service import TelegramProfile


class Draft(BaseModel):
    topic: str | None = None
    note: str = ""


FLOW = Flow("test.flow", Draft, steps=("topic", "note", "confirm"), restart_command="book")


async def _person(services: Services, telegram_id: int = 501) -> int:
    person = await services.people.ensure(TelegramProfile(telegram_id, "Ana", None, None, "en"))
    return person.id


async def test_a_flow_starts_advances_and_finishes(db_services: Services) -> None:
    store = db_services.conversations
    pid = await _person(db_services)
    assert await store.current(pid) is None
    conv = await FLOW.start(store, pid, "topic", Draft())
    assert (conv.flow, conv.step, conv.version) == ("test.flow", "topic", 1)
    moved = await FLOW.advance(store, conv, "note", Draft(topic="taxes"))
    assert moved is not None and moved.step == "note" and moved.version == 2
    read = await store.current(pid)
    assert read is not None and FLOW.draft(read) == Draft(topic="taxes") and read.version == 2
    assert await store.finish(pid) is True
    assert await store.current(pid) is None
    assert await store.finish(pid) is False


async def test_a_stale_snapshot_cannot_advance(db_services: Services) -> None:
    store = db_services.conversations
    pid = await _person(db_services)
    conv = await FLOW.start(store, pid, "topic", Draft())
    assert await FLOW.advance(store, conv, "note", Draft(topic="a")) is not None
    # the same button pressed again (or handled by another process) with the old snapshot
    assert await FLOW.advance(store, conv, "note", Draft(topic="b")) is None
    current = await store.current(pid)
    assert current is not None and FLOW.draft(current).topic == "a"


async def test_concurrent_advances_of_one_step_succeed_once(db_services: Services) -> None:
    store = db_services.conversations
    pid = await _person(db_services)
    conv = await FLOW.start(store, pid, "topic", Draft())
    results = await asyncio.gather(*(FLOW.advance(store, conv, "note", Draft(topic=str(i))) for i in range(20)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    current = await store.current(pid)
    assert current is not None and current.version == 2 and FLOW.draft(current).topic == winners[0].draft["topic"]


async def test_starting_a_flow_replaces_the_previous_one(db_services: Services) -> None:
    store = db_services.conversations
    pid = await _person(db_services)
    first = await FLOW.start(store, pid, "note", Draft(topic="x"))
    other = Flow("test.other", Draft, steps=("one",), restart_command="start")
    second = await other.start(store, pid, "one", Draft())
    assert second.flow == "test.other" and second.version > first.version
    assert await FLOW.advance(store, first, "confirm", Draft()) is None
    assert not FLOW.owns(await store.current(pid))


async def test_finishing_a_given_version_leaves_a_newer_one(db_services: Services) -> None:
    store = db_services.conversations
    pid = await _person(db_services)
    old = await FLOW.start(store, pid, "topic", Draft())
    await FLOW.advance(store, old, "note", Draft(topic="t"))
    assert await store.finish(pid, version=old.version) is False
    assert await store.current(pid) is not None


async def test_drafts_expire_after_the_time_to_live_and_are_purged_later(db_services: Services) -> None:
    store = db_services.conversations
    clock = db_services.clock
    assert isinstance(clock, ManualClock)
    pid = await _person(db_services)
    conv = await FLOW.start(store, pid, "topic", Draft())
    assert not conv.is_expired(clock.now())
    clock.advance(store.ttl + timedelta(seconds=1))
    current = await store.current(pid)
    assert current is not None and current.is_expired(clock.now())
    assert await store.purge_expired() == 0  # recently expired: kept to tell the person
    clock.advance(timedelta(days=8))
    assert await store.purge_expired() == 1
    assert await store.current(pid) is None


async def test_a_draft_is_exported_and_erased_with_the_persons_data(db_services: Services) -> None:
    pid = await _person(db_services, 777)
    await FLOW.start(db_services.conversations, pid, "note", Draft(topic="my secret plan"))
    exported = await db_services.privacy.export(777)
    assert "my secret plan" in str(exported)
    await db_services.privacy.erase(777)
    assert await db_services.conversations.current(pid) is None


def test_a_flow_refuses_unknown_steps() -> None:
    with pytest.raises(ValueError):
        FLOW._check_step("nope")
