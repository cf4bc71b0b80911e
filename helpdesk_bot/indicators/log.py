"""Writing the interaction log and the staff audit log."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.clock import Clock
from helpdesk_bot.db.group_commit import GroupCommit
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.models import AuditEntry, Interaction, ProcessedUpdate

log = logging.getLogger(__name__)

PROCESSED_UPDATE_RETENTION = timedelta(days=2)
"""How long a processed update id is kept: Telegram redelivers an unconfirmed update for up to a day."""


@dataclass
class InteractionRecord:
    """An interaction about to be logged. Handlers and services fill in what they know."""

    kind: str
    outcome: str = "ok"
    actor_ref: str | None = None
    person_id: int | None = None
    language: str | None = None
    country: str | None = None
    subject: str | None = None
    topic: str | None = None
    value: float | None = None
    update_id: int | None = None
    occurred_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class InteractionLog:
    """Appends interactions and guards against handling one update twice."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        self._group: GroupCommit[InteractionRecord] = GroupCommit(self._write_batch, name="interaction-log",
                                                                  max_batch=1000)

    async def record(self, *records: InteractionRecord) -> None:
        """Append interactions (one transaction)."""
        if not records:
            return
        async with self._uow() as uow:
            await self.record_in(uow.session, records)
            await uow.commit()

    async def record_in(self, session: AsyncSession, records: Sequence[InteractionRecord]) -> None:
        """Append interactions inside the caller's transaction: one multi-row Core insert, no ORM objects."""
        if not records:
            return
        now = self._clock.now()
        await session.execute(
            insert(Interaction.__table__),  # type: ignore[arg-type]
            [
                {
                    "occurred_at": r.occurred_at or now,
                    "kind": r.kind[:64],
                    "outcome": r.outcome[:32],
                    "actor_ref": r.actor_ref,
                    "person_id": r.person_id,
                    "language": r.language,
                    "country": r.country,
                    "subject": r.subject[:128] if r.subject else None,
                    "topic": r.topic,
                    "value": r.value,
                    "update_id": r.update_id,
                }
                for r in records
            ],
        )


    async def claim_updates_in(self, session: AsyncSession, update_ids: Sequence[int]) -> set[int]:
        """Take several update ids in one statement (caller's transaction); returns those taken now.

        An id delivered before, or twice in ``update_ids``, is taken at most once.
        """
        unique = list(dict.fromkeys(update_ids))
        if not unique:
            return set()
        dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
        dialect_insert = pg_insert if dialect == "postgresql" else sqlite_insert
        now = self._clock.now()
        stmt = (
            dialect_insert(ProcessedUpdate)
            .values([{"update_id": update_id, "processed_at": now} for update_id in unique])
            .on_conflict_do_nothing(index_elements=["update_id"])
            .returning(ProcessedUpdate.update_id)
        )
        return set((await session.execute(stmt)).scalars())

    def record_soon(self, record: InteractionRecord) -> None:
        """Queue ``record`` for a group commit: rows queued while a write is under way go in the next one.

        With nothing else pending the row is written at once (in a task of its own); under load many
        updates share one transaction instead of one commit each. :meth:`flush` waits for the queue.
        """
        if record.occurred_at is None:
            record.occurred_at = self._clock.now()
        self._group.submit(record)

    async def _write_batch(self, batch: list[InteractionRecord]) -> None:
        for attempt in range(4):  # a locked or briefly unreachable database: the rows wait, then go in
            try:
                await self.record(*batch)
                return
            except Exception:
                log.warning("could not write %d interaction rows (attempt %d of 4)", len(batch), attempt + 1,
                            exc_info=True)
                if attempt < 3:
                    await asyncio.sleep(0.25 * 2 ** attempt)
        log.error("gave up writing %d interaction rows", len(batch))

    async def flush(self) -> None:
        """Wait until every queued interaction has been written."""
        await self._group.drain()

    async def purge_processed_updates(self) -> int:
        """Drop the update ids processed more than :data:`PROCESSED_UPDATE_RETENTION` ago (younger ones
        are kept: a redelivery within the window must still be recognised). Returns how many went."""
        return await self.forget_processed_updates_before(self._clock.now() - PROCESSED_UPDATE_RETENTION)

    async def forget_processed_updates_before(self, moment: datetime) -> int:
        """Drop old update ids (Telegram never redelivers after a day)."""
        async with self._uow() as uow:
            result = await uow.session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < moment))
            await uow.commit()
            return int(result.rowcount)  # type: ignore[attr-defined]

    async def recent(self, limit: int = 100) -> list[Interaction]:
        """The latest interactions, newest first (CLI, tests)."""
        async with self._uow() as uow:
            rows = await uow.session.execute(select(Interaction).order_by(Interaction.id.desc()).limit(limit))
            return list(rows.scalars())


def add_audit(session: AsyncSession, now: datetime, action: str, *, actor: int | None, target: str | None = None,
              **detail: Any) -> None:
    """Record a staff action in the caller's transaction (a use case writes it with the change itself)."""
    session.add(AuditEntry(occurred_at=now, actor_telegram_id=actor, action=action, target=target,
                           detail=detail or None))


class AuditLog:
    """Staff actions, kept for accountability."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def add(self, action: str, *, actor: int | None, target: str | None = None, **detail: Any) -> None:
        """Record that ``actor`` (a Telegram id, or None for the CLI) did ``action`` on ``target``."""
        async with self._uow() as uow:
            add_audit(uow.session, self._clock.now(), action, actor=actor, target=target, **detail)
            await uow.commit()

    async def entries(self, limit: int = 200, *, action: str | None = None, actor: int | None = None,
                      since: date | None = None, timezone: str = "UTC") -> list[AuditEntry]:
        """The latest audit entries, newest first; optionally only actions starting with ``action``,
        of one ``actor`` (Telegram id), or from the start of the day ``since`` in ``timezone`` on."""
        query = select(AuditEntry)
        if action:
            query = query.where(AuditEntry.action.startswith(action, autoescape=True))
        if actor is not None:
            query = query.where(AuditEntry.actor_telegram_id == actor)
        if since is not None:
            query = query.where(AuditEntry.occurred_at >= datetime.combine(since, time(0), ZoneInfo(timezone)))
        async with self._uow() as uow:
            rows = await uow.session.execute(query.order_by(AuditEntry.id.desc()).limit(limit))
            return list(rows.scalars())
