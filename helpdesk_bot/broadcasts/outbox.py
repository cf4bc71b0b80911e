"""The outbox service: enqueue messages (idempotently), claim due ones, record how sending went.

Its records (:class:`OutgoingMessage`, :class:`ClaimedMessage`, :class:`BroadcastProgress`) live in
:mod:`.outbox_records` and are importable from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, event, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.sql.elements import ColumnElement

from helpdesk_bot.broadcasts.models import Broadcast, OutboxMessage, OutboxState
from helpdesk_bot.broadcasts.outbox_records import BroadcastProgress, ClaimedMessage, OutgoingMessage
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory

__all__ = ["BroadcastProgress", "ClaimedMessage", "Outbox", "OutgoingMessage"]


def _insert(session: AsyncSession) -> Any:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    return pg_insert if dialect == "postgresql" else sqlite_insert


_WAKE_KEY = "outbox_wake_after_commit"  # in Session.info: the transaction whose commit wakes the dispatcher


def _forget_uncommitted(session: Session, transaction: SessionTransaction) -> None:
    """A transaction ended: if it is the marked one, it was not committed (a commit unmarks it first)."""
    if session.info.get(_WAKE_KEY) is transaction:
        del session.info[_WAKE_KEY]


class Outbox:
    """Rows in ``outbox_messages``; the database is the only place this state lives."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        self._after_commit: Callable[[], None] | None = None

    def wake_after_commit(self, callback: Callable[[], None] | None) -> None:
        """Call ``callback`` after every commit of a transaction that enqueued messages (the running bot
        wakes its dispatcher with it, so no caller has to; a command-line process sets none)."""
        self._after_commit = callback

    def _notify_on_commit(self, session: AsyncSession) -> None:
        """Wake the dispatcher once after the commit of the transaction ``session`` is in (it has begun:
        ``add`` calls this after its first insert).

        The mark is the outermost transaction itself, forgotten when that transaction ends without a commit
        (rollback, or the session closed), so a later transaction of the same session starts unmarked; the
        two listeners stay registered for the session's life (once: listening again adds nothing), and
        they act only on the mark, so no rollback can leave a wake-up behind."""
        if self._after_commit is None:
            return
        sync = session.sync_session
        sync.info[_WAKE_KEY] = sync.get_transaction()
        event.listen(sync, "after_commit", self._committed)  # SQLAlchemy registers a listener once per session
        event.listen(sync, "after_transaction_end", _forget_uncommitted)

    def _committed(self, session: Session) -> None:
        # also called when a savepoint is released: only the outermost transaction's commit is durable
        if session.in_nested_transaction() or session.info.pop(_WAKE_KEY, None) is None:
            return
        callback = self._after_commit
        if callback is not None:
            callback()

    async def add(self, session: AsyncSession, messages: Iterable[OutgoingMessage],
                  *, broadcast_id: int | None = None) -> int:
        """Enqueue ``messages`` in the caller's transaction; returns how many were new."""
        now = self._clock.now()
        rows = [
            {
                "kind": m.kind,
                "dedup_key": m.dedup_key[:191],
                "group_key": m.group_key,
                "broadcast_id": broadcast_id,
                "recipient_telegram_id": m.recipient_telegram_id,
                "payload": m.args,
                "due_at": m.due_at or now,
                "not_after": m.not_after,
                "state": OutboxState.PENDING.value,
                "attempts": 0,
                "created_at": now,
            }
            for m in messages
        ]
        if not rows:
            return 0
        inserted = 0
        insert = _insert(session)
        for start in range(0, len(rows), 1000):
            stmt = insert(OutboxMessage).values(rows[start : start + 1000]).on_conflict_do_nothing(
                index_elements=["dedup_key"]
            )
            result = await session.execute(stmt)
            inserted += int(result.rowcount or 0)  # type: ignore[attr-defined]
        self._notify_on_commit(session)
        return inserted

    async def enqueue(self, *messages: OutgoingMessage) -> int:
        """Enqueue ``messages`` in a transaction of their own; returns how many were new."""
        async with self._uow() as uow:
            count = await self.add(uow.session, messages)
            await uow.commit()
            return count

    async def create_broadcast(
        self, *, kind: str, title: str, created_by: int | None, messages: Sequence[OutgoingMessage],
        scheduled_for: datetime | None = None,
    ) -> int:
        """A broadcast with one outbox row per recipient, all in one transaction; returns its id."""
        async with self._uow() as uow:
            broadcast_id = await self.add_broadcast(uow.session, kind=kind, title=title, created_by=created_by,
                                                    messages=messages, scheduled_for=scheduled_for)
            await uow.commit()
            return broadcast_id

    async def add_broadcast(
        self, session: AsyncSession, *, kind: str, title: str, created_by: int | None,
        messages: Sequence[OutgoingMessage], scheduled_for: datetime | None = None,
    ) -> int:
        """Like :meth:`create_broadcast`, in the caller's transaction (e.g. with the event it announces)."""
        now = self._clock.now()
        broadcast = Broadcast(kind=kind, title=title[:256], created_by=created_by, created_at=now,
                              scheduled_for=scheduled_for or now, total=0)
        session.add(broadcast)
        await session.flush()
        broadcast.total = await self.add(session, messages, broadcast_id=broadcast.id)
        await session.flush()
        return broadcast.id

    async def cancel_group(self, group_key: str, session: AsyncSession | None = None) -> int:
        """Cancel the pending messages of ``group_key`` (e.g. the reminders of a cancelled booking)."""
        stmt = (
            update(OutboxMessage)
            .where(OutboxMessage.group_key == group_key, OutboxMessage.state == OutboxState.PENDING.value)
            .values(state=OutboxState.CANCELLED.value, last_error="cancelled")
        )
        if session is not None:
            return int((await session.execute(stmt)).rowcount)  # type: ignore[attr-defined]
        async with self._uow() as uow:
            count = int((await uow.session.execute(stmt)).rowcount)  # type: ignore[attr-defined]
            await uow.commit()
            return count

    async def claim_due(self, worker: str, limit: int) -> list[ClaimedMessage]:
        """Claim up to ``limit`` due messages for ``worker``.

        On PostgreSQL rows are locked with ``FOR UPDATE SKIP LOCKED`` so several processes share the
        work without taking the same row; SQLite serialises writers, which gives the same guarantee.
        Messages whose ``not_after`` has passed are cancelled instead of claimed.
        """
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.state == OutboxState.PENDING.value, OutboxMessage.not_after.is_not(None),
                       OutboxMessage.not_after < now)
                .values(state=OutboxState.CANCELLED.value, last_error="expired")
            )
            due = (
                select(OutboxMessage.id)
                .where(OutboxMessage.state == OutboxState.PENDING.value, OutboxMessage.due_at <= now)
                .order_by(OutboxMessage.due_at, OutboxMessage.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            rows = (
                await session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_(due.scalar_subquery()))
                    .values(state=OutboxState.SENDING.value, claimed_at=now, claimed_by=worker,
                            attempts=OutboxMessage.attempts + 1)
                    .returning(OutboxMessage.id, OutboxMessage.kind, OutboxMessage.recipient_telegram_id,
                               OutboxMessage.payload, OutboxMessage.attempts, OutboxMessage.broadcast_id,
                               OutboxMessage.dedup_key)
                    .execution_options(synchronize_session=False)
                )
            ).all()
            await uow.commit()
        claimed = [ClaimedMessage(r[0], r[1], r[2], dict(r[3] or {}), r[4], r[5], r[6]) for r in rows]
        claimed.sort(key=lambda c: c.id)
        return claimed

    async def record_results(
        self,
        sent: Sequence[tuple[int, int | None]] = (),
        retry: Sequence[tuple[int, datetime, str]] = (),
        failed: Sequence[tuple[int, str]] = (),
        blocked_recipients: Sequence[int] = (),
        cancelled: Sequence[tuple[int, str]] = (),
        requeued: Sequence[tuple[int, datetime, str]] = (),
    ) -> None:
        """Write the outcome of a batch of sends in one transaction.

        ``retry`` puts a message back after a failed try (the try counts); ``requeued`` puts it back
        without counting a try (it was deferred for the per-chat limit or a 429 before being sent).
        """
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            if requeued:
                table = OutboxMessage.__table__  # Core: one statement, many rows
                await session.execute(
                    update(table)  # type: ignore[arg-type]
                    .where(table.c.id == bindparam("mid"))
                    .values(state=OutboxState.PENDING.value, due_at=bindparam("due", type_=table.c.due_at.type),
                            claimed_by=None, last_error=bindparam("err"), attempts=table.c.attempts - 1),
                    [{"mid": mid, "due": due, "err": err[:256]} for mid, due, err in requeued],
                )
            if sent:
                await session.execute(
                    update(OutboxMessage),
                    [{"id": mid, "state": OutboxState.SENT.value, "sent_at": now, "telegram_message_id": tid,
                      "last_error": None} for mid, tid in sent],
                )
            if retry:
                await session.execute(
                    update(OutboxMessage),
                    [{"id": mid, "state": OutboxState.PENDING.value, "due_at": due, "last_error": err[:256]}
                     for mid, due, err in retry],
                )
            if failed:
                await session.execute(
                    update(OutboxMessage),
                    [{"id": mid, "state": OutboxState.FAILED.value, "last_error": err[:256]} for mid, err in failed],
                )
            if cancelled:
                await session.execute(
                    update(OutboxMessage),
                    [{"id": mid, "state": OutboxState.CANCELLED.value, "last_error": err[:256]}
                     for mid, err in cancelled],
                )
            if blocked_recipients:
                await session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.recipient_telegram_id.in_(list(blocked_recipients)),
                           OutboxMessage.state.in_([OutboxState.PENDING.value, OutboxState.SENDING.value]))
                    .values(state=OutboxState.BLOCKED.value, last_error="blocked by the user")
                    .execution_options(synchronize_session=False)
                )
            await uow.commit()

    async def release_stale(self, older_than: timedelta) -> list[int]:
        """Put back messages claimed longer ago than ``older_than`` by a dispatcher that died.

        A message whose send was in flight when its process was killed may be sent again: at most one
        duplicate per in-flight send, never a lost message. Returns the chats of the released messages
        (one of them may have just received its message: the caller spaces the next one).
        """
        cutoff = self._clock.now() - older_than
        return await self._release(OutboxMessage.claimed_at < cutoff)

    async def release_worker(self, worker: str) -> list[int]:
        """Put back every message still claimed by ``worker`` (a clean shutdown, or a restart under the
        same worker id after a crash); returns their chats."""
        return await self._release(OutboxMessage.claimed_by == worker)

    async def _release(self, condition: ColumnElement[bool]) -> list[int]:
        async with self._uow() as uow:
            result = await uow.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.state == OutboxState.SENDING.value, condition)
                .values(state=OutboxState.PENDING.value, claimed_by=None)
                .returning(OutboxMessage.recipient_telegram_id)
            )
            chats = list(result.scalars())
            await uow.commit()
            return chats

    async def next_due_at(self) -> datetime | None:
        """When the next pending message is due (None when nothing is pending)."""
        async with self._uow() as uow:
            return (
                await uow.session.execute(
                    select(func.min(OutboxMessage.due_at)).where(OutboxMessage.state == OutboxState.PENDING.value)
                )
            ).scalar_one_or_none()

    async def progress(self, broadcast_ids: Sequence[int] | None = None, *,
                       unfinished_only: bool = False) -> list[BroadcastProgress]:
        """Delivery counts per broadcast (all, the given ones, or the unfinished ones)."""
        async with self._uow() as uow:
            query = select(Broadcast).order_by(Broadcast.id.desc())
            if broadcast_ids is not None:
                query = query.where(Broadcast.id.in_(list(broadcast_ids)))
            if unfinished_only:
                query = query.where(Broadcast.finished_at.is_(None))
            broadcasts = list((await uow.session.execute(query.limit(50))).scalars())
            if not broadcasts:
                return []
            counts = (
                await uow.session.execute(
                    select(OutboxMessage.broadcast_id, OutboxMessage.state, func.count())
                    .where(OutboxMessage.broadcast_id.in_([b.id for b in broadcasts]))
                    .group_by(OutboxMessage.broadcast_id, OutboxMessage.state)
                )
            ).all()
        by_id: dict[int, dict[str, int]] = {}
        for bid, state, count in counts:
            if bid is not None:
                by_id.setdefault(bid, {})[state] = count
        result = []
        for b in broadcasts:
            c = by_id.get(b.id, {})
            result.append(
                BroadcastProgress(
                    broadcast_id=b.id, title=b.title, kind=b.kind, created_by=b.created_by, total=b.total,
                    pending=c.get("pending", 0) + c.get("sending", 0), sent=c.get("sent", 0),
                    failed=c.get("failed", 0), blocked=c.get("blocked", 0), cancelled=c.get("cancelled", 0),
                    created_at=b.created_at, scheduled_for=b.scheduled_for, finished_at=b.finished_at,
                )
            )
        return result

    async def finish_broadcasts(self) -> list[BroadcastProgress]:
        """Mark broadcasts with no message left to send as finished; returns those just finished."""
        now = self._clock.now()
        async with self._uow() as uow:
            open_ids = list(
                (await uow.session.execute(select(Broadcast.id).where(Broadcast.finished_at.is_(None)))).scalars()
            )
            if not open_ids:
                return []
            busy = set(
                (
                    await uow.session.execute(
                        select(OutboxMessage.broadcast_id)
                        .where(OutboxMessage.broadcast_id.in_(open_ids),
                               or_(OutboxMessage.state == OutboxState.PENDING.value,
                                   OutboxMessage.state == OutboxState.SENDING.value))
                        .distinct()
                    )
                ).scalars()
            )
            done = [bid for bid in open_ids if bid not in busy]
            if not done:
                return []
            result = await uow.session.execute(
                update(Broadcast)
                .where(and_(Broadcast.id.in_(done), Broadcast.finished_at.is_(None)))
                .values(finished_at=now)
                .returning(Broadcast.id)
            )
            finished = [r[0] for r in result.all()]
            await uow.commit()
        return await self.progress(finished) if finished else []
