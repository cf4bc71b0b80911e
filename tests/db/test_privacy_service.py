"""Export, erasure and retention across the providers (SQLite and PostgreSQL)."""

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.indicators.report import Period
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Person, Role
from helpdesk_bot.people.service import TelegramProfile


class RecordingProvider:
    """A provider keeping texts in memory; it can fail to show that an erasure is all or nothing."""

    name = "notes"

    def __init__(self) -> None:
        self.notes: dict[int, list[tuple[datetime, str]]] = {}
        self.erased: list[tuple[int, int]] = []
        self.sessions: list[AsyncSession] = []
        self.fail = False
        self.cutoffs: list[datetime] = []

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        self.sessions.append(session)
        return [text for _at, text in self.notes.get(person_id, [])]

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        self.sessions.append(session)
        if self.fail:
            raise RuntimeError("provider failed")
        self.erased.append((person_id, telegram_id))
        self.notes.pop(person_id, None)

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        self.cutoffs.append(cutoff)
        count = 0
        for person_id, notes in self.notes.items():
            count += sum(1 for at, text in notes if at < cutoff and text)
            self.notes[person_id] = [(at, "" if at < cutoff else text) for at, text in notes]
        return count


async def _person(services: Services, telegram_id: int, first_name: str, username: str) -> Any:
    profile = TelegramProfile(telegram_id, first_name, "Nowak", username, "pl")
    await services.people.ensure(profile)
    person = await services.people.accept_notice(profile)
    return await services.people.set_country(telegram_id, "CZ") or person


async def _activity(services: Services, person: Any, when: datetime) -> None:
    await services.interactions.record(
        InteractionRecord(kind="kb.question", outcome="answered", actor_ref=person.actor_ref, person_id=person.id,
                          language="pl", country="CZ", topic="taxes", occurred_at=when),
        InteractionRecord(kind="booking.held", actor_ref=person.actor_ref, person_id=person.id, language="pl",
                          country="CZ", subject="booking:1", occurred_at=when),
        InteractionRecord(kind="booking.feedback", actor_ref=person.actor_ref, person_id=person.id, value=5.0,
                          language="pl", country="CZ", occurred_at=when),
    )


@pytest.fixture
def provider(db_services: Services) -> RecordingProvider:
    recording = RecordingProvider()
    db_services.personal_data.append(recording)
    return recording


async def test_mydata_contains_exactly_the_persons_data(db_services: Services, provider: RecordingProvider) -> None:
    now = db_services.clock.now()
    ewa = await _person(db_services, 7001, "Ewa", "ewa_ceramics")
    jan = await _person(db_services, 7002, "Janek", "janek_glass")
    await db_services.people.grant(7001, Role.ADVISOR, by=CLI)
    await _activity(db_services, ewa, now - timedelta(days=3))
    await _activity(db_services, jan, now - timedelta(days=2))
    provider.notes = {ewa.id: [(now, "my question about VAT")], jan.id: [(now, "Janek's secret question")]}
    async with db_services.uow() as uow:
        for tid in (7001, 7002):
            uow.session.add(OutboxMessage(kind="translated", dedup_key=f"note:{tid}", recipient_telegram_id=tid,
                                          payload={"key": "x"}, due_at=now, state=OutboxState.SENT, attempts=1,
                                          created_at=now))
        await uow.commit()

    data = await db_services.privacy.export_json(7001)
    assert data is not None
    exported = json.loads(data)
    assert exported["person"]["first_name"] == "Ewa" and exported["person"]["username"] == "ewa_ceramics"
    assert exported["person"]["telegram_id"] == 7001 and exported["person"]["reference"] == ewa.actor_ref
    assert [r["role"] for r in exported["roles"]] == ["advisor"]
    assert [i["kind"] for i in exported["interactions"]] == ["kb.question", "booking.held", "booking.feedback"]
    assert exported["notes"] == ["my question about VAT"]
    assert [m["state"] for m in exported["messages_to_you"]] == ["sent"]
    for provider_name in (p.name for p in db_services.personal_data):
        assert provider_name in exported
    text = data.decode("utf-8")
    for foreign in ("Janek", "janek_glass", "7002", jan.actor_ref, "secret"):
        assert foreign not in text
    assert await db_services.privacy.export(99999) is None


async def test_erasure_keeps_every_indicator_total(db_services: Services, provider: RecordingProvider) -> None:
    now = db_services.clock.now()
    ewa = await _person(db_services, 7001, "Ewa", "ewa_ceramics")
    jan = await _person(db_services, 7002, "Janek", "janek_glass")
    await db_services.people.grant(7001, Role.ADVISOR, by=CLI)
    await _activity(db_services, ewa, now - timedelta(days=3))
    await _activity(db_services, jan, now - timedelta(days=2))
    provider.notes = {ewa.id: [(now, "my question")]}
    period = Period(date(2026, 1, 1), now.date())
    before = await db_services.reports.build(period)

    result = await db_services.privacy.erase(7001)
    assert result is not None and "notes" in result.providers
    assert provider.erased == [(ewa.id, 7001)]
    after = await db_services.reports.build(period)
    assert after.totals() == before.totals()
    for b, a in zip(before.results, after.results, strict=True):
        assert a.trend == b.trend and a.breakdowns == b.breakdowns
    assert before.totals()["entrepreneurs_supported"] == 2

    async with db_services.uow() as uow:
        session = uow.session
        assert (await session.execute(select(Person).where(Person.telegram_id == 7001))).scalar_one_or_none() is None
        erased = await session.get(Person, ewa.id)
        assert erased is not None and erased.telegram_id < 0
        assert erased.first_name is None and erased.last_name is None and erased.username is None
        assert erased.consent_version is None and erased.country is None and not erased.roles
        rows = (await session.execute(select(Interaction).where(Interaction.actor_ref == ewa.actor_ref))).scalars().all()
        assert len(rows) == 3 and all(r.person_id is None for r in rows)
        assert (await session.execute(select(func.count()).select_from(Interaction)
                                      .where(Interaction.person_id == jan.id))).scalar_one() == 3
    assert await db_services.privacy.export(7001) is None
    assert await db_services.privacy.erase(7001) is None
    again = await db_services.people.ensure(TelegramProfile(7001, "Ewa", None, None, "pl"))
    assert again.id != ewa.id and again.actor_ref != ewa.actor_ref and not again.has_consented


async def test_erasure_cancels_pending_messages_and_forgets_the_recipient(db_services: Services,
                                                                           provider: RecordingProvider) -> None:
    await _person(db_services, 7001, "Ewa", "ewa_ceramics")
    now = db_services.clock.now()
    async with db_services.uow() as uow:
        for n, state in enumerate((OutboxState.PENDING, OutboxState.SENT)):
            uow.session.add(OutboxMessage(kind="translated", dedup_key=f"reminder:7001:{n}", group_key="booking:1",
                                          recipient_telegram_id=7001, payload={"key": "x", "args": {"name": "Ewa"}},
                                          due_at=now + timedelta(hours=n), state=state, attempts=0, created_at=now))
        await uow.commit()
    result = await db_services.privacy.erase(7001)
    assert result is not None and result.cancelled_messages == 1
    async with db_services.uow() as uow:
        messages = (await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars().all()
        assert [m.state for m in messages] == [OutboxState.CANCELLED, OutboxState.SENT]
        assert all(m.recipient_telegram_id == 0 and m.payload == {} and "7001" not in m.dedup_key for m in messages)


async def test_a_failing_provider_leaves_everything_as_it_was(db_services: Services,
                                                              provider: RecordingProvider) -> None:
    ewa = await _person(db_services, 7001, "Ewa", "ewa_ceramics")
    provider.fail = True
    with pytest.raises(RuntimeError):
        await db_services.privacy.erase(7001)
    person = await db_services.people.get(7001)
    assert person is not None and person.first_name == "Ewa" and person.id == ewa.id


async def test_retention_purges_old_texts_and_keeps_counts(db_services: Services, provider: RecordingProvider) -> None:
    now = db_services.clock.now()
    ewa = await _person(db_services, 7001, "Ewa", "ewa_ceramics")
    await _activity(db_services, ewa, now - timedelta(days=400))
    await _activity(db_services, ewa, now - timedelta(days=10))
    provider.notes = {ewa.id: [(now - timedelta(days=400), "old question"), (now - timedelta(days=10), "new one")]}
    period = Period(date(2025, 1, 1), now.date())
    before = await db_services.reports.build(period)
    result = await db_services.privacy.purge_expired()
    assert result.cutoff == now - timedelta(days=365) and provider.cutoffs == [result.cutoff]
    assert result.purged["notes"] == 1
    assert sorted(text for _at, text in provider.notes[ewa.id]) == ["", "new one"]
    after = await db_services.reports.build(period)
    assert after.totals() == before.totals()
    assert [a.action for a in await db_services.audit.entries(action="privacy.")] == ["privacy.retention"]
    assert (await db_services.privacy.purge_expired()).total == 0
    assert len(await db_services.audit.entries(action="privacy.")) == 1


async def test_audit_filters(db_services: Services) -> None:
    await db_services.audit.add("role.grant", actor=9000, target="1")
    await db_services.audit.add("report.export", actor=9001, target="xlsx")
    assert [e.action for e in await db_services.audit.entries(action="report.")] == ["report.export"]
    assert [e.action for e in await db_services.audit.entries(actor=9000)] == ["role.grant"]
    tomorrow = (db_services.clock.now() + timedelta(days=1)).astimezone(UTC).date()
    assert await db_services.audit.entries(since=tomorrow) == []
