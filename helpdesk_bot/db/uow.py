"""Unit of work: one transaction around a piece of service logic."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


class TaskReentrantLock:
    """An asyncio lock that the task holding it may take again (nested units of work).

    SQLite allows one writer at a time and makes the others sleep-and-retry in its busy handler
    (sleeps of up to 100 ms), which under load costs far more than waiting in line. Serialising the
    units of work of one process in an asyncio queue removes that contention.
    """

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[object] | None = None
        self._depth = 0

    async def acquire(self) -> None:
        """Take the lock (immediately when the current task already holds it)."""
        task = asyncio.current_task()
        if self._owner is task and task is not None:
            self._depth += 1
            return
        await self._lock.acquire()
        self._owner = task
        self._depth = 1

    def release(self) -> None:
        """Give the lock back (the last release of the owning task frees it)."""
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._lock.release()


class UnitOfWork:
    """An async context manager owning one session; commit explicitly, roll back on error or exit."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession],
                 lock: TaskReentrantLock | None = None) -> None:
        self._factory = session_factory
        self._session: AsyncSession | None = None
        self._lock = lock

    @property
    def session(self) -> AsyncSession:
        """The session of this unit of work (only inside ``async with``)."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside 'async with'")
        return self._session

    async def __aenter__(self) -> UnitOfWork:
        if self._lock is not None:
            await self._lock.acquire()
        self._session = self._factory()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            if exc_type is not None and self._session.in_transaction():
                await self._session.rollback()
            # close() also ends an uncommitted transaction, but leaves loaded objects readable
        finally:
            try:
                await self._session.close()
            finally:
                self._session = None
                if self._lock is not None:
                    self._lock.release()

    async def commit(self) -> None:
        """Commit the work done so far."""
        await self.session.commit()

    async def rollback(self) -> None:
        """Throw away the work done so far."""
        await self.session.rollback()


UnitOfWorkFactory = Callable[[], UnitOfWork]


def uow_factory(session_factory: async_sessionmaker[AsyncSession], *, serialize: bool = False) -> UnitOfWorkFactory:
    """A factory of fresh units of work sharing one session factory.

    ``serialize`` (used for SQLite) runs the units of work of this process one at a time.
    """
    lock = TaskReentrantLock() if serialize else None
    return lambda: UnitOfWork(session_factory, lock)
