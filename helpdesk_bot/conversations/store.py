"""Storage of conversation state with compare-and-set advancing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from helpdesk_bot.clock import Clock
from helpdesk_bot.conversations.models import ConversationState
from helpdesk_bot.conversations.stash import Stash
from helpdesk_bot.db.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class Conversation:
    """A snapshot of one person's conversation in progress."""

    person_id: int
    flow: str
    step: str
    draft: dict[str, Any]
    version: int
    updated_at: datetime
    expires_at: datetime

    def is_expired(self, now: datetime) -> bool:
        """True when the draft is older than the store's time to live."""
        return now >= self.expires_at


def snapshot(row: ConversationState) -> Conversation:
    """The immutable snapshot of a stored row."""
    return Conversation(row.person_id, row.flow, row.step, dict(row.draft or {}), row.version, row.updated_at,
                        row.expires_at)


class ConversationStore:
    """One conversation per person in the database; every change bumps its version."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, ttl: timedelta = timedelta(hours=24)) -> None:
        self._uow = uow
        self._clock = clock
        self.ttl = ttl
        self.stash = Stash(uow, clock, ttl)
        """Short-lived values behind buttons (a question behind its feedback and suggestion buttons)."""

    async def current(self, person_id: int) -> Conversation | None:
        """The person's conversation, expired or not (the caller says what an expired one means)."""
        async with self._uow() as uow:
            row = await uow.session.get(ConversationState, person_id)
            return snapshot(row) if row is not None else None

    async def start(self, person_id: int, flow: str, step: str, draft: dict[str, Any]) -> Conversation:
        """Begin ``flow`` at ``step``, replacing whatever conversation the person had."""
        now = self._clock.now()
        for _attempt in range(3):
            async with self._uow() as uow:
                row = await uow.session.get(ConversationState, person_id, with_for_update=True)
                if row is None:
                    row = ConversationState(person_id=person_id, version=0)
                    uow.session.add(row)
                row.flow, row.step, row.draft = flow, step, draft
                row.version = (row.version or 0) + 1
                row.updated_at, row.expires_at = now, now + self.ttl
                try:
                    await uow.commit()
                except IntegrityError:  # another process inserted the row first: replace it
                    continue
                return snapshot(row)
        raise RuntimeError(f"could not start conversation {flow} for person {person_id}")

    async def advance(self, conversation: Conversation, step: str, draft: dict[str, Any]) -> Conversation | None:
        """Move ``conversation`` to ``step`` with ``draft`` if nobody changed it since it was read.

        Returns the new snapshot, or None when another process advanced or ended it first
        (two presses of the same button advance the step once).
        """
        now = self._clock.now()
        version = conversation.version + 1
        async with self._uow() as uow:
            result = await uow.session.execute(
                update(ConversationState)
                .where(ConversationState.person_id == conversation.person_id,
                       ConversationState.version == conversation.version)
                .values(step=step, draft=draft, version=version, updated_at=now, expires_at=now + self.ttl)
                .execution_options(synchronize_session=False)
            )
            await uow.commit()
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        return Conversation(conversation.person_id, conversation.flow, step, draft, version, now, now + self.ttl)

    async def finish(self, person_id: int, *, version: int | None = None, flow: str | None = None) -> bool:
        """End the person's conversation (only that version / that flow when given); True if one ended."""
        statement = delete(ConversationState).where(ConversationState.person_id == person_id)
        if version is not None:
            statement = statement.where(ConversationState.version == version)
        if flow is not None:
            statement = statement.where(ConversationState.flow == flow)
        async with self._uow() as uow:
            result = await uow.session.execute(statement.execution_options(synchronize_session=False))
            await uow.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def purge_expired(self, *, grace: timedelta = timedelta(days=7)) -> int:
        """Delete conversations expired more than ``grace`` ago (recently expired ones still get a notice),
        and expired values of the stash."""
        await self.stash.purge_expired()
        async with self._uow() as uow:
            result = await uow.session.execute(
                delete(ConversationState).where(ConversationState.expires_at < self._clock.now() - grace)
                .execution_options(synchronize_session=False)
            )
            await uow.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
