"""Admitting incoming updates in group commits: each update id claimed once, its sender looked up.

Every update needs a write and a read before a handler may run: its ``update_id`` is claimed (so an
update delivered twice, to this process or another, is handled once) and the person who sent it is
read. One transaction per update made this the bottleneck of the bot under load: SQLite writes of a
process are serialised, and each transaction costs several hand-offs to the database driver's
thread. Here the updates that arrive while a transaction is under way wait for the next one, which
admits them all with one ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` for the ids and one
``SELECT`` for the people. With one update at a time nothing waits: the transaction starts at once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import InteractionLog
from helpdesk_bot.people.service import PeopleService, PersonView, TelegramProfile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Admission:
    """Whether this delivery of the update is the one to handle, and the sender when nothing about
    them needs writing (None for newcomers and changed people: the caller uses ``PeopleService.ensure``)."""

    claimed: bool
    person: PersonView | None = None


@dataclass
class _Waiting:
    update_id: int
    profile: TelegramProfile | None
    future: asyncio.Future[Admission]


class UpdateAdmission:
    """Claims update ids and reads their senders for many concurrent updates in shared transactions."""

    def __init__(self, uow: UnitOfWorkFactory, interactions: InteractionLog, people: PeopleService,
                 *, max_batch: int = 200) -> None:
        self._uow = uow
        self._interactions = interactions
        self._people = people
        self.max_batch = max_batch
        self._queue: list[_Waiting] = []
        self._worker: asyncio.Task[None] | None = None
        self.transactions = 0  # how many transactions admitted updates (tests, diagnostics)

    async def admit(self, update_id: int, profile: TelegramProfile | None) -> Admission:
        """Claim ``update_id`` and look up its sender; waits for the transaction that does it."""
        loop = asyncio.get_running_loop()
        waiting = _Waiting(update_id, profile, loop.create_future())
        self._queue.append(waiting)
        if self._worker is None or self._worker.done():
            self._worker = loop.create_task(self._work(), name="update-admission")
        return await waiting.future

    async def _work(self) -> None:
        batch: list[_Waiting] = []
        try:
            while self._queue:
                batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch:]
                try:
                    results = await self._admit(batch)
                except Exception:  # one bad update must not fail the others: each in its own transaction
                    log.warning("admitting %d updates together failed; admitting them one by one", len(batch),
                                exc_info=True)
                    await self._admit_one_by_one(batch)
                    continue
                for waiting, result in zip(batch, results, strict=True):
                    if not waiting.future.done():
                        waiting.future.set_result(result)
        finally:  # cancelled (shutdown): nobody may wait forever, neither queued nor in the batch
            for waiting in (*batch, *self._queue):
                if not waiting.future.done():
                    waiting.future.cancel()

    async def _admit_one_by_one(self, batch: list[_Waiting]) -> None:
        for waiting in batch:
            try:
                (result,) = await self._admit([waiting])
            except Exception as exc:
                if not waiting.future.done():
                    waiting.future.set_exception(exc)
                continue
            if not waiting.future.done():
                waiting.future.set_result(result)

    async def _admit(self, batch: list[_Waiting]) -> list[Admission]:
        async with self._uow() as uow:
            claimed = await self._interactions.claim_updates_in(uow.session, [w.update_id for w in batch])
            first: list[bool] = []
            for waiting in batch:  # the same id twice in one batch: only its first delivery is handled
                first.append(waiting.update_id in claimed)
                claimed.discard(waiting.update_id)
            lookups = [w.profile for w, is_first in zip(batch, first, strict=True) if is_first and w.profile is not None]
            people = iter(await self._people.known_many_in(uow.session, lookups))
            await uow.commit()
        self.transactions += 1
        return [
            Admission(True, next(people) if waiting.profile is not None else None) if is_first else Admission(False)
            for waiting, is_first in zip(batch, first, strict=True)
        ]
