"""Unit of work: one transaction around a piece of service logic."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


class UnitOfWork:
    """An async context manager owning one session; commit explicitly, roll back on error or exit."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._factory = session_factory
        self._session: AsyncSession | None = None

    @property
    def session(self) -> AsyncSession:
        """The session of this unit of work (only inside ``async with``)."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside 'async with'")
        return self._session

    async def __aenter__(self) -> UnitOfWork:
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
            await self._session.close()
            self._session = None

    async def commit(self) -> None:
        """Commit the work done so far."""
        await self.session.commit()

    async def rollback(self) -> None:
        """Throw away the work done so far."""
        await self.session.rollback()


UnitOfWorkFactory = Callable[[], UnitOfWork]


def uow_factory(session_factory: async_sessionmaker[AsyncSession]) -> UnitOfWorkFactory:
    """A factory of fresh units of work sharing one session factory."""
    return lambda: UnitOfWork(session_factory)
