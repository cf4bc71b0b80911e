"""Group commit: items queued while a write is under way go into the next write, together.

Under load, one transaction per item is the bottleneck (each costs a commit and several hand-offs to
the database driver's thread); with one item at a time nothing waits, the write starts at once. Used
for admitting updates (``people/admission.py``) and for writing interaction rows
(``indicators/log.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class GroupCommit(Generic[T]):
    """Queues items and hands them to ``write`` in batches of at most ``max_batch``, one batch at a time.

    ``write`` owns its errors and should settle every item of its batch itself. Should it raise anyway,
    or the worker task be cancelled (shutdown), the items of the batch under way and those still
    queued go to ``abandon``, so that nothing waits for them forever.
    """

    def __init__(self, write: Callable[[list[T]], Awaitable[None]], *, name: str, max_batch: int = 500,
                 abandon: Callable[[list[T]], None] | None = None) -> None:
        self._write = write
        self._abandon = abandon
        self.name = name
        self.max_batch = max_batch
        self._queue: list[T] = []
        self._worker: asyncio.Task[None] | None = None
        self.batches = 0  # how many writes ran (tests, diagnostics)

    def submit(self, item: T) -> None:
        """Queue ``item``; it is written with the next batch (at once when nothing is under way)."""
        self._queue.append(item)
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._work(), name=self.name)

    async def drain(self) -> None:
        """Wait until every item queued so far has been handed to ``write`` and written."""
        while self._worker is not None and not self._worker.done():
            await asyncio.shield(self._worker)

    async def _work(self) -> None:
        batch: list[T] = []
        try:
            while self._queue:
                batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch:]
                await self._write(batch)
                self.batches += 1
                batch = []
        finally:
            left, self._queue = [*batch, *self._queue], []
            if left and self._abandon is not None:
                self._abandon(left)
