"""Export (/mydata), erasure (/forget) and retention, across every domain's PersonalDataProvider.

What this service owns itself: the people row and roles, the person's interactions, their outbox
messages and their own staff actions. Every other domain plugs in through
:class:`~helpdesk_bot.privacy.providers.PersonalDataProvider`; all providers run inside the *same*
transaction as the rest, so an erasure happens completely or not at all.

Erasure anonymises rather than deletes the people row (other domains' rows may reference it): the
names, handle, consent and roles go, the Telegram id is replaced by ``-<row id>`` (Telegram user ids
are positive, so it can never match anyone), and the interactions lose their ``person_id``. The
interactions keep their random ``actor_ref``, which nothing links back to the Telegram id any more,
so every indicator total is unchanged. Someone who writes again after an erasure is a new person.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select, update

from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import AuditLog
from helpdesk_bot.indicators.models import AuditEntry, Interaction
from helpdesk_bot.people.models import Person, PersonRole, Role
from helpdesk_bot.privacy.providers import PersonalDataProvider
from helpdesk_bot.privacy.traces import erase_audit_traces, erase_interaction_subjects

log = logging.getLogger(__name__)

ProvidersSource = Callable[[], Sequence[PersonalDataProvider]]

# interaction kinds whose subject may name someone else (a staff member's /grant names the target)
_SUBJECT_OF_OTHERS = ("roles.", "staff.", "advisor.")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did."""

    person_id: int
    erased_at: datetime
    providers: tuple[str, ...]
    cancelled_messages: int


@dataclass(frozen=True)
class RetentionResult:
    """What a retention purge did: blanked texts per provider, and the cut-off used."""

    cutoff: datetime
    purged: dict[str, int]

    @property
    def total(self) -> int:
        """Texts blanked in all domains."""
        return sum(self.purged.values())


class PrivacyService:
    """The person's rights (export, erasure) and the retention of free texts."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, providers: ProvidersSource, *, audit: AuditLog,
                 retention_days: int, default_language: str, default_timezone: str,
                 staff_ids: frozenset[int] = frozenset()) -> None:
        self._uow = uow
        self._clock = clock
        self._providers = providers
        self._audit = audit
        self.retention_days = retention_days
        self._default_language = default_language
        self._default_timezone = default_timezone
        self._staff_ids = staff_ids

    @property
    def providers(self) -> list[PersonalDataProvider]:
        """The providers of every domain (read each time: domains register theirs at start-up)."""
        return list(self._providers())

    # ------------------------------------------------------------ export
    async def export(self, telegram_id: int) -> dict[str, Any] | None:
        """Everything stored about the person with this Telegram id (None if unknown)."""
        async with self._uow() as uow:
            session = uow.session
            person = (await session.execute(select(Person).where(Person.telegram_id == telegram_id))).scalar_one_or_none()
            if person is None:
                return None
            roles = (await session.execute(select(PersonRole).where(PersonRole.person_id == person.id))).scalars()
            rows = (await session.execute(
                select(Interaction)
                .where(or_(Interaction.actor_ref == person.actor_ref, Interaction.person_id == person.id))
                .order_by(Interaction.occurred_at, Interaction.id)
            )).scalars()
            outbox = (await session.execute(
                select(OutboxMessage).where(OutboxMessage.recipient_telegram_id == telegram_id)
                .order_by(OutboxMessage.id)
            )).scalars()
            own_actions = (await session.execute(
                select(AuditEntry).where(AuditEntry.actor_telegram_id == telegram_id).order_by(AuditEntry.id)
            )).scalars()
            data: dict[str, Any] = {
                "exported_at": _iso(self._clock.now()),
                "person": {
                    "telegram_id": person.telegram_id,
                    "reference": person.actor_ref,
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "username": person.username,
                    "language": person.language,
                    "country": person.country,
                    "timezone": person.timezone,
                    "share_handle_with_advisors": person.share_handle,
                    "active": person.is_active,
                    "privacy_notice_version": person.consent_version,
                    "privacy_notice_accepted_at": _iso(person.consent_at),
                    "first_contact": _iso(person.created_at),
                    "last_change": _iso(person.updated_at),
                },
                "roles": [{"role": r.role, "granted_at": _iso(r.granted_at)} for r in roles],
                "interactions": [
                    {
                        "at": _iso(i.occurred_at),
                        "kind": i.kind,
                        "outcome": i.outcome,
                        "subject": None if i.kind.startswith(_SUBJECT_OF_OTHERS) else i.subject,
                        "topic": i.topic,
                        "value": i.value,
                        "language": i.language,
                        "country": i.country,
                    }
                    for i in rows
                ],
                "messages_to_you": [
                    {"kind": m.kind, "state": m.state, "due_at": _iso(m.due_at), "sent_at": _iso(m.sent_at)}
                    for m in outbox
                ],
                "your_staff_actions": [{"at": _iso(a.occurred_at), "action": a.action} for a in own_actions],
            }
            for provider in self.providers:
                data[provider.name] = await provider.export(session, person.id, telegram_id)
            return data

    async def export_json(self, telegram_id: int) -> bytes | None:
        """:meth:`export` as an indented UTF-8 JSON document."""
        data = await self.export(telegram_id)
        if data is None:
            return None
        return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")

    # ------------------------------------------------------------ erasure
    async def erase(self, telegram_id: int) -> ErasureResult | None:
        """Erase the person's personal data in every domain, in one transaction (None if unknown)."""
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            person = (await session.execute(
                select(Person).where(Person.telegram_id == telegram_id).with_for_update()
            )).scalar_one_or_none()
            if person is None:
                return None
            names = []
            for provider in self.providers:
                await provider.erase(session, person.id, telegram_id, now)
                names.append(provider.name)
            cancelled = await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.recipient_telegram_id == telegram_id,
                       OutboxMessage.state.in_([OutboxState.PENDING, OutboxState.SENDING]))
                .values(state=OutboxState.CANCELLED, last_error="recipient erased their data")
            )
            # the remaining rows (sent, failed...) keep their state for delivery reports, nothing else
            for message in (await session.execute(
                select(OutboxMessage).where(OutboxMessage.recipient_telegram_id == telegram_id)
            )).scalars():
                message.recipient_telegram_id = 0
                message.payload = {}
                message.dedup_key = f"erased:{message.id}"
            await session.execute(
                update(Interaction).where(Interaction.person_id == person.id).values(person_id=None)
            )
            await erase_interaction_subjects(session, person.actor_ref, telegram_id)
            is_staff = telegram_id in self._staff_ids or (await session.execute(select(PersonRole.role).where(
                PersonRole.person_id == person.id, PersonRole.role == Role.STAFF.value))).first() is not None
            await erase_audit_traces(session, telegram_id, keep_as_actor=is_staff)
            await session.execute(delete(PersonRole).where(PersonRole.person_id == person.id))
            person.telegram_id = -person.id
            person.first_name = None
            person.last_name = None
            person.username = None
            person.country = None
            person.language = self._default_language
            person.timezone = self._default_timezone
            person.consent_version = None
            person.consent_at = None
            person.share_handle = False
            person.is_active = False
            person.updated_at = now
            person_id = person.id
            await uow.commit()
        log.info("personal data of person %s erased (%s)", person_id, ", ".join(names) or "no providers")
        return ErasureResult(person_id, now, tuple(names), int(cancelled.rowcount))  # type: ignore[attr-defined]

    # ------------------------------------------------------------ retention
    def retention_cutoff(self) -> datetime:
        """Free texts written before this moment are purged."""
        return self._clock.now() - timedelta(days=self.retention_days)

    async def purge_expired(self) -> RetentionResult:
        """Blank question texts, descriptions and comments older than the retention period (counts stay)."""
        cutoff = self.retention_cutoff()
        purged: dict[str, int] = {}
        async with self._uow() as uow:
            for provider in self.providers:
                purged[provider.name] = int(await provider.purge_texts_before(uow.session, cutoff))
            await uow.commit()
        result = RetentionResult(cutoff, purged)
        if result.total:
            log.info("retention: %s texts older than %s purged (%s)", result.total, cutoff.date(), purged)
            await self._audit.add("privacy.retention", actor=None, target=None, cutoff=cutoff.isoformat(),
                                  purged=purged)
        return result
