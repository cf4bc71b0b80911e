"""One drain of the outbox (used by :class:`~helpdesk_bot.broadcasts.dispatcher.Dispatcher`): a feeder
claiming due batches ahead, workers sending them, messages held in memory while their chat is busy, and
a flusher writing the outcomes in small batches (tried again when the database refuses)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from datetime import timedelta
from typing import TYPE_CHECKING

from helpdesk_bot.broadcasts.delivery import Recipient
from helpdesk_bot.broadcasts.dispatch_outcomes import DispatchStats, SendOutcomes
from helpdesk_bot.broadcasts.outbox import ClaimedMessage

if TYPE_CHECKING:
    from helpdesk_bot.broadcasts.dispatcher import Dispatcher

log = logging.getLogger("helpdesk_bot.broadcasts.dispatcher")  # the same logger as before the split


class DrainRun:
    """One drain: a feeder claiming batches ahead, workers sending, a flusher writing outcomes.

    A message whose chat got a message less than ``per_chat_interval`` ago waits in memory (in real
    time, a timer per busy chat) instead of going back to the database with a due time: the
    application clock may be a test's frozen clock, and the wait is under a second anyway. Only when a
    single chat has more messages waiting than the lease could cover are the extra ones put back.
    """

    def __init__(self, dispatcher: Dispatcher, stats: DispatchStats) -> None:
        self.d = dispatcher
        self.stats = stats
        self.results = SendOutcomes()
        self.queue: asyncio.Queue[tuple[ClaimedMessage, Recipient | None] | None] = asyncio.Queue()
        self.outstanding = 0  # claimed by this run and not finished (queued, in a worker or waiting)
        self.idle = asyncio.Event()
        self.idle.set()
        self.hungry = asyncio.Event()  # the queue ran low: claim the next batch
        self.hungry.set()
        self.batch_size = max(10, min(500, int(dispatcher.limiter.rate)))
        self.low_water = max(2 * dispatcher.concurrency, self.batch_size // 2)
        self.waiting: dict[int, deque[tuple[ClaimedMessage, Recipient | None]]] = {}
        interval = dispatcher.limiter.per_chat_interval
        self.max_waiting = max(1, int(dispatcher.lease.total_seconds() / 2 / interval)) if interval > 0 else 1
        self.flush_lock = asyncio.Lock()
        self.flush_soon = asyncio.Event()  # many outcomes are waiting: write them before the interval ends
        self.done = asyncio.Event()

    async def execute(self, started: float, max_seconds: float | None) -> None:
        """Claim and send until nothing is due (or ``max_seconds`` passed, or the dispatcher stops)."""
        d = self.d
        flusher = asyncio.create_task(self._flusher())
        workers = [asyncio.create_task(self._worker()) for _ in range(d.concurrency)]
        try:
            await self._feed(started, max_seconds)
            await self.idle.wait()
        finally:
            for _ in workers:
                self.queue.put_nowait(None)
            results = await asyncio.gather(*workers, return_exceptions=True)
            self.done.set()
            self.flush_soon.set()
            await flusher
            if not await self.flush_with_retries():
                log.error("the outcomes of %d outbox messages could not be written: they stay claimed and are "
                          "sent again once their lease ends", len(self.results))
            for result in results:
                if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                    log.error("dispatcher worker failed", exc_info=result)

    async def _feed(self, started: float, max_seconds: float | None) -> None:
        d = self.d
        while not d._stopping:
            if max_seconds is not None and time.monotonic() - started > max_seconds:
                return
            await self.hungry.wait()
            claimed = await d.outbox.claim_due(d.worker_id, self.batch_size)
            if not claimed:
                if self.outstanding:
                    # what is still in memory may produce retries falling due soon: write them first
                    await self.idle.wait()
                    await self.flush_with_retries()
                    continue
                await self.flush_with_retries()
                if d.linger > 0 and await d._wait_for_due(started):
                    continue
                return
            self.stats.claimed += len(claimed)
            recipients = await d._recipients(claimed)
            self.outstanding += len(claimed)
            self.idle.clear()
            for message in claimed:
                self.queue.put_nowait((message, recipients.get(message.recipient_telegram_id)))
            if self.queue.qsize() > self.low_water:
                self.hungry.clear()

    async def _worker(self) -> None:
        d = self.d
        while True:
            item = await self.queue.get()
            if item is None:
                return
            if self.queue.qsize() <= self.low_water:
                self.hungry.set()
            message, recipient = item
            try:
                handled = await d._send_one(message, recipient, self.results, self.stats)
            except Exception as exc:  # a bug, not a send error: the message goes back, the run goes on
                log.exception("sending outbox message %s failed", message.id)
                self.results.requeued.append((message.id, d._clock.now(), f"dispatcher: {exc}"[:200]))
                handled = True
            if handled:
                self._finished()
            else:
                self._wait_for_chat(message, recipient)
            if len(self.results) >= 200:
                self.flush_soon.set()  # the flusher writes them; this worker goes on sending

    def _finished(self) -> None:
        self.outstanding -= 1
        if self.outstanding == 0:
            self.idle.set()

    def _wait_for_chat(self, message: ClaimedMessage, recipient: Recipient | None) -> None:
        """Hold ``message`` until its chat may receive again (real time, not the application clock)."""
        d = self.d
        chat = message.recipient_telegram_id
        self.stats.deferred += 1
        waiting = self.waiting.get(chat)
        if waiting is None:
            self.waiting[chat] = deque([(message, recipient)])
            asyncio.get_running_loop().call_later(d.limiter.chat_ready_in(chat), self._release_chat, chat)
        elif len(waiting) < self.max_waiting and not d._stopping:
            waiting.append((message, recipient))
        else:
            wait = d.limiter.chat_ready_in(chat) + len(waiting) * d.limiter.per_chat_interval
            self.results.requeued.append((message.id, d._clock.now() + timedelta(seconds=wait), "chat rate"))
            self._finished()

    def _release_chat(self, chat: int) -> None:
        waiting = self.waiting.get(chat)
        if not waiting:
            self.waiting.pop(chat, None)
            return
        self.queue.put_nowait(waiting.popleft())
        if waiting:
            delay = max(self.d.limiter.chat_ready_in(chat), self.d.limiter.per_chat_interval)
            asyncio.get_running_loop().call_later(delay, self._release_chat, chat)
        else:
            del self.waiting[chat]

    async def flush(self) -> None:
        """Write the outcomes noted so far in one transaction.

        When the write fails the outcomes stay in memory for the next flush (and the error is raised):
        a message whose outcome is not written stays claimed and would be sent again after the lease.
        """
        d = self.d
        async with self.flush_lock:
            if not len(self.results) and not self.results.interactions:
                return
            pending = self.results.take()
            try:
                await d.outbox.record_results(
                    sent=pending.sent, retry=pending.retry,  # type: ignore[arg-type]
                    failed=pending.failed, blocked_recipients=pending.blocked, cancelled=pending.cancelled,
                    requeued=pending.requeued,  # type: ignore[arg-type]
                )
            except BaseException:
                self.results.put_back(pending)
                raise
            if pending.interactions and d._interactions is not None:
                try:
                    await d._interactions.record(*pending.interactions)
                except BaseException:
                    self.results.put_back(pending, only_interactions=True)
                    raise

    async def flush_with_retries(self, attempts: int = 6) -> bool:
        """:meth:`flush`, tried again after a growing pause when the database refuses; False if it never took."""
        for attempt in range(attempts):
            try:
                await self.flush()
                return True
            except Exception:
                log.exception("writing the outcomes of %d outbox messages failed (attempt %d of %d); kept for "
                              "the next try", len(self.results), attempt + 1, attempts)
                if attempt + 1 < attempts:
                    await asyncio.sleep(min(5.0, 0.1 * 2 ** attempt))
        return False

    async def _flusher(self) -> None:
        # outcomes reach the database within flush_interval (sooner when many are waiting): a crash
        # repeats only in-flight sends. Workers never wait for a write: a slow commit (a WAL checkpoint,
        # another process's transaction) must not stop the sending. A failed write is tried again.
        while not self.done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.flush_soon.wait(), self.d.flush_interval)
            self.flush_soon.clear()
            if (len(self.results) or self.results.interactions) and not await self.flush_with_retries(attempts=1):
                await asyncio.sleep(0.5)  # the database refused: kept, tried again shortly
