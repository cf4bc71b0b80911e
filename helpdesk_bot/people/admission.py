"""Admitting incoming updates in group commits: each update id claimed once, its sender looked up.

Every update needs a write and a read before a handler may run: its ``update_id`` is claimed (so an
update delivered twice, to this process or another, is handled once) and the person who sent it is
read. One transaction per update made this the bottleneck of the bot under load: SQLite writes of a
process are serialised, and each transaction costs several hand-offs to the database driver's
thread. Here the updates that arrive while a transaction is under way wait for the next one
(:class:`~helpdesk_bot.db.group_commit.GroupCommit`), which admits them all with one ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` for the ids and one
``SELECT`` for the people. With one update at a time nothing waits: the transaction starts at once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy import select

from helpdesk_bot.conversations.models import ConversationState
from helpdesk_bot.conversations.store import Conversation
from helpdesk_bot.db.group_commit import GroupCommit
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
    conversation: Conversation | None = None
    """The sender's conversation in progress, read in the same transaction (only when ``person`` is set)."""


@dataclass
class _Waiting:
    update_id: int
    profile: TelegramProfile | None
    future: asyncio.Future[Admission]


def _cancel(abandoned: list[_Waiting]) -> None:
    for waiting in abandoned:
        if not waiting.future.done():
            waiting.future.cancel()


class UpdateAdmission:
    """Claims update ids and reads their senders for many concurrent updates in shared transactions."""

    def __init__(self, uow: UnitOfWorkFactory, interactions: InteractionLog, people: PeopleService,
                 *, max_batch: int = 200) -> None:
        self._uow = uow
        self._interactions = interactions
        self._people = people
        self._group: GroupCommit[_Waiting] = GroupCommit(self._admit_batch, name="update-admission",
                                                         max_batch=max_batch, abandon=_cancel)
        self.transactions = 0  # how many transactions admitted updates (tests, diagnostics)

    async def admit(self, update_id: int, profile: TelegramProfile | None) -> Admission:
        """Claim ``update_id`` and look up its sender; waits for the transaction that does it."""
        waiting = _Waiting(update_id, profile, asyncio.get_running_loop().create_future())
        self._group.submit(waiting)
        return await waiting.future

    async def _admit_batch(self, batch: list[_Waiting]) -> None:
        try:
            results = await self._admit(batch)
        except Exception:  # one bad update must not fail the others: each in its own transaction
            log.warning("admitting %d updates together failed; admitting them one by one", len(batch),
                        exc_info=True)
            await self._admit_one_by_one(batch)
            return
        for waiting, result in zip(batch, results, strict=True):
            if not waiting.future.done():
                waiting.future.set_result(result)

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
            known = await self._people.known_many_in(uow.session, lookups)
            ids = [p.id for p in known if p is not None]
            conversations: dict[int, Conversation] = {}
            if ids:  # the conversations of the senders, for the free-text router and flow buttons
                table = ConversationState.__table__
                rows = (await uow.session.execute(select(table).where(table.c.person_id.in_(ids)))).all()
                conversations = {row.person_id: Conversation(
                    row.person_id, row.flow, row.step, dict(row.draft or {}), row.version, row.updated_at,
                    row.expires_at) for row in rows}
            await uow.commit()
        self.transactions += 1
        people = iter(known)
        result: list[Admission] = []
        for waiting, is_first in zip(batch, first, strict=True):
            if not is_first:
                result.append(Admission(False))
                continue
            person = next(people) if waiting.profile is not None else None
            result.append(Admission(True, person, conversations.get(person.id) if person is not None else None))
        return result
