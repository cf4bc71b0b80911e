"""The privacy service's own contract, field by field (written to kill mutants mutmut found surviving):
every field of the /mydata export, what an erasure leaves in the people row, which messages it cancels,
and when the audit keeps an erased staff member's id. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.models import AuditEntry
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Person, Role
from helpdesk_bot.people.service import TelegramProfile
from helpdesk_bot.privacy.service import PrivacyService

EWA = TelegramProfile(7001, "Ewa", "Nowak", "ewa_ceramics", "pl")


async def _ewa(services: Services, clock: ManualClock) -> int:
    await services.people.ensure(EWA)
    clock.advance(timedelta(minutes=1))
    await services.people.accept_notice(EWA)
    clock.advance(timedelta(minutes=1))
    await services.people.set_country(EWA.telegram_id, "LT")
    await services.people.set_language(EWA.telegram_id, "de")
    await services.people.set_share_handle(EWA.telegram_id, True)
    view = await services.people.get(EWA.telegram_id)
    assert view is not None
    return view.id


async def _outbox(services: Services, telegram_id: int, *states: str) -> None:
    now = services.clock.now()
    async with services.uow() as uow:
        for n, state in enumerate(states):
            uow.session.add(OutboxMessage(
                kind="translated", dedup_key=f"m:{telegram_id}:{n}", recipient_telegram_id=telegram_id,
                payload={"n": n}, due_at=now + timedelta(hours=n), state=state, attempts=0, created_at=now,
                sent_at=now if state == OutboxState.SENT else None))
        await uow.commit()


async def test_mydata_exports_every_field_of_the_person(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    start = clock.now()
    person_id = await _ewa(db_services, clock)
    await db_services.people.grant(EWA.telegram_id, Role.ADVISOR, by=CLI)
    view = await db_services.people.get(EWA.telegram_id)
    assert view is not None
    first, second = start + timedelta(hours=1), start + timedelta(hours=2)
    await db_services.interactions.record(
        InteractionRecord(kind="kb.question", outcome="answered", actor_ref=view.actor_ref, person_id=person_id,
                          language="de", country="LT", subject="entry:4", topic="taxes", occurred_at=second),
        InteractionRecord(kind="roles.grant", actor_ref=view.actor_ref, subject="7002", occurred_at=first),
        InteractionRecord(kind="booking.feedback", person_id=person_id, value=4.0, occurred_at=first),
    )
    queued = clock.now()
    await _outbox(db_services, EWA.telegram_id, OutboxState.SENT, OutboxState.PENDING)
    await _outbox(db_services, 7002, OutboxState.SENT)
    clock.advance(timedelta(hours=3))
    await db_services.audit.add("role.grant", actor=EWA.telegram_id, target="7002")
    await db_services.audit.add("report.export", actor=9000, target="7001")
    clock.advance(timedelta(minutes=5))

    data = await db_services.privacy.export(EWA.telegram_id)
    assert data is not None
    iso = lambda d: d.isoformat()  # noqa: E731
    assert data["exported_at"] == iso(clock.now())
    assert data["person"] == {
        "telegram_id": 7001, "reference": view.actor_ref, "first_name": "Ewa", "last_name": "Nowak",
        "username": "ewa_ceramics", "language": "de", "country": "LT", "timezone": "Europe/Vilnius",
        "share_handle_with_advisors": True, "active": True, "privacy_notice_version": db_services.people.notice_version,
        "privacy_notice_accepted_at": iso(start + timedelta(minutes=1)), "first_contact": iso(start),
        "last_change": iso(start + timedelta(minutes=2)),
    }
    assert data["roles"] == [{"role": "advisor", "granted_at": iso(start + timedelta(minutes=2))}]
    assert data["interactions"] == [  # by time; the person's own rows found by reference or by person id
        {"at": iso(first), "kind": "roles.grant", "outcome": "ok", "subject": None,  # names someone else
         "topic": None, "value": None, "language": None, "country": None},
        {"at": iso(first), "kind": "booking.feedback", "outcome": "ok", "subject": None, "topic": None,
         "value": 4.0, "language": None, "country": None},
        {"at": iso(second), "kind": "kb.question", "outcome": "answered", "subject": "entry:4", "topic": "taxes",
         "value": None, "language": "de", "country": "LT"},
    ]
    assert data["messages_to_you"] == [
        {"kind": "translated", "state": "sent", "due_at": iso(queued), "sent_at": iso(queued)},
        {"kind": "translated", "state": "pending", "due_at": iso(queued + timedelta(hours=1)), "sent_at": None},
    ]
    assert data["your_staff_actions"] == [{"at": iso(queued + timedelta(hours=3)), "action": "role.grant"}]
    exported = await db_services.privacy.export_json(EWA.telegram_id)
    assert exported is not None and json.loads(exported.decode("utf-8")) == json.loads(json.dumps(data))
    assert "\n  " in exported.decode("utf-8")  # indented for a person to read
    assert await db_services.privacy.export_json(99999) is None


async def test_erasure_resets_every_field_and_cancels_only_unsent_messages(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    person_id = await _ewa(db_services, clock)
    await _outbox(db_services, EWA.telegram_id, OutboxState.PENDING, OutboxState.SENDING, OutboxState.SENT,
                  OutboxState.FAILED)
    await _outbox(db_services, 7002, OutboxState.PENDING)
    clock.advance(timedelta(hours=1))
    result = await db_services.privacy.erase(EWA.telegram_id)
    assert result is not None
    assert (result.person_id, result.erased_at, result.cancelled_messages) == (person_id, clock.now(), 2)
    assert result.providers == tuple(p.name for p in db_services.privacy.providers)
    settings = db_services.settings
    async with db_services.uow() as uow:
        person = await uow.session.get(Person, person_id)
        assert person is not None
        assert (person.telegram_id, person.first_name, person.last_name, person.username, person.country) == (
            -person_id, None, None, None, None)
        assert (person.language, person.timezone) == (settings.default_language, settings.timezone)
        assert (person.consent_version, person.consent_at, person.share_handle, person.is_active) == (
            None, None, False, False)
        assert person.updated_at == clock.now()
        messages = (await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars().all()
        assert [(m.recipient_telegram_id, m.state, m.last_error, m.dedup_key, m.payload) for m in messages] == [
            (0, "cancelled", "recipient erased their data", f"erased:{messages[0].id}", {}),
            (0, "cancelled", "recipient erased their data", f"erased:{messages[1].id}", {}),
            (0, "sent", None, f"erased:{messages[2].id}", {}),
            (0, "failed", None, f"erased:{messages[3].id}", {}),
            (7002, "pending", None, "m:7002:0", {"n": 0}),  # someone else's message is untouched
        ]


async def test_an_erased_staff_member_stays_the_actor_of_their_audit_rows_only_while_staff(
    db_services: Services,
) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    for tid in (7001, 7002, 9000):
        profile = TelegramProfile(tid, f"P{tid}", None, None, "pl")
        await db_services.people.ensure(profile)
        await db_services.people.accept_notice(profile)
    await db_services.people.grant(7001, Role.STAFF, by=CLI)  # staff by role
    await db_services.people.grant(7002, Role.ADVISOR, by=CLI)  # another role is not staff
    for actor in (7001, 7002, 9000):  # 9000: staff by configuration
        await db_services.audit.add("report.export", actor=actor, target="xlsx")
    clock.advance(timedelta(minutes=1))
    for tid in (7001, 7002, 9000):
        assert await db_services.privacy.erase(tid) is not None
    async with db_services.uow() as uow:
        actors = (await uow.session.execute(select(AuditEntry.actor_telegram_id)
                                            .where(AuditEntry.action == "report.export")
                                            .order_by(AuditEntry.id))).scalars().all()
    assert actors == [7001, None, 9000]


class _DatedProvider:
    """A provider whose export holds values JSON has no type for (a date) and whose texts can expire."""

    name = "dated"

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        return {"since": date(2026, 1, 2), "telegram_id": telegram_id}

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        return None

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        return 3


async def test_mydata_json_is_indented_utf8_with_dates_as_text(db_services: Services) -> None:
    db_services.personal_data.append(_DatedProvider())
    profile = TelegramProfile(7003, "Žofie", "Łukasiewicz", None, "cs")
    await db_services.people.ensure(profile)
    await db_services.people.accept_notice(profile)
    exported = await db_services.privacy.export_json(7003)
    assert exported is not None
    assert exported.startswith(b'{\n  "exported_at": ')  # two spaces per level
    assert "Žofie".encode() in exported and "Łukasiewicz".encode() in exported  # UTF-8, not \\u escapes
    assert b'"dated": {\n    "since": "2026-01-02",\n    "telegram_id": 7003\n  }' in exported


async def test_retention_and_erasure_say_what_they_did_in_the_log(
    db_services: Services, caplog: pytest.LogCaptureFixture,
) -> None:
    db_services.personal_data.append(_DatedProvider())
    await db_services.people.ensure(EWA)
    caplog.set_level(logging.INFO, logger="helpdesk_bot.privacy.service")
    result = await db_services.privacy.purge_expired()
    assert result.purged["dated"] == 3
    erased = await db_services.privacy.erase(EWA.telegram_id)
    assert erased is not None
    names = ", ".join(p.name for p in db_services.privacy.providers)
    assert [r.getMessage() for r in caplog.records if r.name == "helpdesk_bot.privacy.service"] == [
        f"retention: {result.total} texts older than {result.cutoff.date()} purged ({result.purged})",
        f"personal data of person {erased.person_id} erased ({names})",
    ]
    [entry] = await db_services.audit.entries(action="privacy.retention")
    assert (entry.actor_telegram_id, entry.target) == (None, None)
    assert entry.detail == {"cutoff": result.cutoff.isoformat(), "purged": result.purged}


async def test_an_erasure_with_no_provider_says_so_in_the_log(
    db_services: Services, caplog: pytest.LogCaptureFixture,
) -> None:
    bare = PrivacyService(db_services.uow, db_services.clock, lambda: [], audit=db_services.audit,
                          retention_days=365, default_language="en", default_timezone="Europe/Warsaw")
    await db_services.people.ensure(EWA)
    caplog.set_level(logging.INFO, logger="helpdesk_bot.privacy.service")
    result = await bare.erase(EWA.telegram_id)
    assert result is not None and result.providers == ()
    assert [r.getMessage() for r in caplog.records if r.name == "helpdesk_bot.privacy.service"] == [
        f"personal data of person {result.person_id} erased (no providers)"]
