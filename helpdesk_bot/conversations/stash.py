"""Short-lived values a person's buttons refer to by a token (e.g. the question behind "did you mean"
and the feedback buttons of an answer), kept in the database so that any bot process can take the
press and a restart loses nothing.

Writes are group-committed (the questions arriving while one write is under way are stored together)
and awaited, so the token exists before the message carrying it is sent. Values older than the
store's time to live are not returned and are purged.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select

from helpdesk_bot.clock import Clock
from helpdesk_bot.conversations.models import StashedValue
from helpdesk_bot.db.group_commit import GroupCommit
from helpdesk_bot.db.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass
class _Put:
    person_id: int
    token: str
    payload: dict[str, Any]
    created_at: datetime
    future: asyncio.Future[None]


def _abandon(items: list[_Put]) -> None:
    for item in items:
        if not item.future.done():
            item.future.cancel()


class Stash:
    """Per-person values under short random tokens, expiring after ``ttl``."""

    TOKEN_BYTES = 3

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, ttl: timedelta) -> None:
        self._uow = uow
        self._clock = clock
        self.ttl = ttl
        self._group: GroupCommit[_Put] = GroupCommit(self._write, name="conversation-stash", max_batch=200,
                                                     abandon=_abandon)

    async def put(self, person_id: int, payload: dict[str, Any]) -> str:
        """Store ``payload`` for the person; returns its token (once the row is committed)."""
        item = _Put(person_id, secrets.token_hex(self.TOKEN_BYTES), payload, self._clock.now(),
                    asyncio.get_running_loop().create_future())
        self._group.submit(item)
        await item.future
        return item.token

    async def _write(self, batch: list[_Put]) -> None:
        try:
            await self._insert(batch)
        except Exception:  # e.g. a token drawn twice: each on its own, a clash with a new token
            for item in batch:
                error = await self._insert_alone(item)
                if item.future.done():
                    continue
                if error is None:
                    item.future.set_result(None)
                else:
                    item.future.set_exception(error)
            return
        for item in batch:
            if not item.future.done():
                item.future.set_result(None)

    async def _insert_alone(self, item: _Put) -> Exception | None:
        error: Exception | None = None
        for _attempt in range(3):
            try:
                await self._insert([item])
            except Exception as exc:
                item.token, error = secrets.token_hex(self.TOKEN_BYTES), exc
                continue
            return None
        return error

    async def _insert(self, batch: list[_Put]) -> None:
        async with self._uow() as uow:
            await uow.session.execute(insert(StashedValue), [
                {"person_id": i.person_id, "token": i.token, "payload": i.payload, "created_at": i.created_at}
                for i in batch])
            await uow.commit()

    async def get(self, person_id: int, token: str) -> dict[str, Any] | None:
        """The person's value under ``token``; None when unknown or expired."""
        if not token or len(token) > 16:
            return None
        async with self._uow() as uow:
            row = (await uow.session.execute(
                select(StashedValue.payload, StashedValue.created_at)
                .where(StashedValue.person_id == person_id, StashedValue.token == token))).first()
        if row is None or row.created_at + self.ttl <= self._clock.now():
            return None
        return dict(row.payload)

    async def update(self, person_id: int, token: str, changes: dict[str, Any]) -> None:
        """Merge ``changes`` into the value under ``token`` (nothing when it is gone)."""
        async with self._uow() as uow:
            row = await uow.session.get(StashedValue, (person_id, token), with_for_update=True)
            if row is None:
                return
            row.payload = {**row.payload, **changes}
            await uow.commit()

    async def purge_expired(self) -> int:
        """Delete values older than the time to live."""
        async with self._uow() as uow:
            result = await uow.session.execute(
                delete(StashedValue).where(StashedValue.created_at < self._clock.now() - self.ttl)
                .execution_options(synchronize_session=False))
            await uow.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
