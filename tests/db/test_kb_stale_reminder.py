"""The monthly reminder of stale entries to staff, on SQLite and PostgreSQL: due once a month, never twice,
also with two bot processes and two dispatchers sharing the database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.broadcasts.renderers import TRANSLATED, translated_renderer
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import TelegramProfile
from tests.conftest import make_settings
from tests.fakes import FakeSender
from tests.unit.test_kb_freshness import write_entry

STAFF_FROM_CONFIG = 9000
GRANTED_STAFF = 9001


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    write_entry(folder, "fresh", reviewed="2026-11-01")
    write_entry(folder, "sme-fund", "The 2026 window closed in early December 2026.",
                extra="valid_until: 2026-12-04\n", reviewed="2026-11-22")
    write_entry(folder, "old-entry", reviewed="2025-10-01")
    return folder


@pytest.fixture
async def make_services(empty_database_url: str, kb_dir: Path) -> AsyncIterator[Callable[[ManualClock], Services]]:
    """Build services (bot processes) on one migrated database; all are closed at the end."""
    await upgrade_async(empty_database_url)
    built: list[Services] = []

    def make(clock: ManualClock) -> Services:
        services = build_services(make_settings(empty_database_url, knowledge_dir=kb_dir), clock=clock)
        built.append(services)
        return services

    try:
        yield make
    finally:
        for services in built:
            await services.close()


async def _staff(services: Services) -> None:
    for telegram_id, language in ((STAFF_FROM_CONFIG, "de"), (GRANTED_STAFF, "pl")):
        profile = TelegramProfile(telegram_id, f"Staff {telegram_id}", None, None, language)
        await services.people.ensure(profile)
        await services.people.accept_notice(profile)
    await services.people.grant(GRANTED_STAFF, Role.STAFF, by=CLI)
    person = await services.people.ensure(TelegramProfile(101, "Ana", None, None, "en"))
    assert Role.STAFF not in person.roles


async def _reminders(services: Services) -> list[OutboxMessage]:
    async with services.uow() as uow:
        rows = await uow.session.execute(select(OutboxMessage).where(OutboxMessage.dedup_key.like("kb-stale:%"))
                                         .order_by(OutboxMessage.id))
        return list(rows.scalars())


async def test_due_once_a_month_not_twice(make_services: Callable[[ManualClock], Services]) -> None:
    clock = ManualClock(datetime(2026, 12, 7, 8, tzinfo=UTC))
    services = make_services(clock)
    await _staff(services)
    assert await services.knowledge.stale.send_monthly() == 2
    assert await services.knowledge.stale.send_monthly() == 0  # the hourly job again, same month
    clock.advance(timedelta(days=20))
    assert await services.knowledge.stale.send_monthly() == 0  # still December
    rows = await _reminders(services)
    assert sorted((r.recipient_telegram_id, r.dedup_key) for r in rows) == [
        (STAFF_FROM_CONFIG, f"kb-stale:2026-12:{STAFF_FROM_CONFIG}"), (GRANTED_STAFF, f"kb-stale:2026-12:{GRANTED_STAFF}"),
    ]
    args = rows[0].payload["args"]
    assert rows[0].payload["key"] == "kb-stale-report"
    assert args["count"] == 2 and args["expired"] == "• sme-fund (2026-12-04)"
    assert args["review"] == "• old-entry (2025-10-01)" and args["months"] == 12
    clock.set(datetime(2027, 1, 1, 7, tzinfo=UTC))  # 08:00 in Warsaw: January
    assert await services.knowledge.stale.send_monthly() == 2
    assert len(await _reminders(services)) == 4


async def test_month_is_the_centres_month(make_services: Callable[[ManualClock], Services]) -> None:
    clock = ManualClock(datetime(2026, 12, 31, 22, 30, tzinfo=UTC))  # 23:30 in Warsaw, still December
    services = make_services(clock)
    await _staff(services)
    assert await services.knowledge.stale.send_monthly() == 2
    clock.advance(timedelta(hours=1))  # 00:30 on 1 January in Warsaw
    assert await services.knowledge.stale.send_monthly() == 2
    assert sorted({r.dedup_key.split(":")[1] for r in await _reminders(services)}) == ["2026-12", "2027-01"]


async def test_nothing_stale_sends_nothing(make_services: Callable[[ManualClock], Services], kb_dir: Path) -> None:
    for name in ("sme-fund.yaml", "old-entry.yaml"):
        (kb_dir / name).unlink()
    services = make_services(ManualClock(datetime(2026, 12, 7, 8, tzinfo=UTC)))
    await _staff(services)
    assert services.knowledge.stale.list() == []
    assert await services.knowledge.stale.send_monthly() == 0
    assert await _reminders(services) == []


async def test_two_processes_and_two_dispatchers_send_each_reminder_once(
        make_services: Callable[[ManualClock], Services]) -> None:
    clock = ManualClock(datetime(2026, 12, 7, 8, tzinfo=UTC))
    first, second = make_services(clock), make_services(clock)
    await _staff(first)
    added = await asyncio.gather(first.knowledge.stale.send_monthly(), second.knowledge.stale.send_monthly(),
                                 first.knowledge.stale.send_monthly(), second.knowledge.stale.send_monthly())
    assert sum(added) == 2
    sender = FakeSender()

    def dispatcher(services: Services) -> Dispatcher:
        return Dispatcher(Outbox(services.uow, clock), sender, {TRANSLATED: translated_renderer(services.translator)},
                          services.uow, clock, interactions=services.interactions, rate=1000)

    await asyncio.gather(dispatcher(first).wake(), dispatcher(second).wake())
    await asyncio.gather(dispatcher(first).wake(), dispatcher(second).wake())
    assert sorted(tid for tid, _ in sender.sent) == [STAFF_FROM_CONFIG, GRANTED_STAFF]
    texts = {tid: message.text for tid, message in sender.sent}
    assert "Monatliche Prüfung der Wissensdatenbank" in texts[STAFF_FROM_CONFIG]  # in each person's language
    assert "Comiesięczny przegląd bazy wiedzy" in texts[GRANTED_STAFF]
    assert "sme-fund (2026-12-04)" in texts[GRANTED_STAFF] and "old-entry (2025-10-01)" in texts[GRANTED_STAFF]
    assert {r.state for r in await _reminders(first)} == {"sent"}
