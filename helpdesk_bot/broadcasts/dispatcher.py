"""The dispatcher: claims due outbox rows and sends them within Telegram's limits.

Woken by the scheduler (and right after something urgent is enqueued), it drains what is due:
- a global rate (default 30 messages/s) and at most one message per second per chat;
- 429: every send pauses for ``retry_after`` and the message is tried again after it (no attempt lost);
- per-chat spacing and 429 waits are kept in memory in real time (never as a due time on the application
  clock, which may be a test's frozen clock);
- 5xx and network errors: retried with exponential backoff (``retry_base`` seconds, doubling, with
  jitter) up to ``max_attempts``, then failed; a failed send does not count against its chat's interval;
- 403: the person blocked the bot: marked inactive, their pending messages marked blocked;
- results are written in small batches (at least every ``flush_interval`` seconds); a crash leaves at
  most the in-flight sends (sent, outcome not yet written) to be repeated after the lease, or at once
  when the restarted process has the same ``worker_id`` (it releases its own old claims first).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from helpdesk_bot.broadcasts.delivery import (
    PermanentError,
    RateLimited,
    Recipient,
    RecipientBlocked,
    Renderer,
    Sender,
    TransientError,
)
from helpdesk_bot.broadcasts.outbox import BroadcastProgress, ClaimedMessage, Outbox
from helpdesk_bot.broadcasts.rate_limit import RateLimiter
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import InteractionLog, InteractionRecord
from helpdesk_bot.people.models import Person

log = logging.getLogger(__name__)


@dataclass
class DispatchStats:
    """What one drain did."""

    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    cancelled: int = 0
    deferred: int = 0
    seconds: float = 0.0


@dataclass
class _Results:
    sent: list[tuple[int, int | None]] = field(default_factory=list)
    retry: list[tuple[int, object, str]] = field(default_factory=list)
    requeued: list[tuple[int, object, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    blocked: list[int] = field(default_factory=list)
    cancelled: list[tuple[int, str]] = field(default_factory=list)
    interactions: list[InteractionRecord] = field(default_factory=list)

    def __len__(self) -> int:
        return (len(self.sent) + len(self.retry) + len(self.requeued) + len(self.failed) + len(self.blocked)
                + len(self.cancelled))

    def buckets(self) -> tuple[list[Any], ...]:
        """The lists of outcomes, in a fixed order."""
        return (self.sent, self.retry, self.requeued, self.failed, self.blocked, self.cancelled, self.interactions)

    def take(self) -> _Results:
        """Move every outcome noted so far into a new object (this one is left empty)."""
        taken = _Results(*(bucket[:] for bucket in self.buckets()))
        for bucket in self.buckets():
            bucket.clear()
        return taken

    def put_back(self, taken: _Results, *, only_interactions: bool = False) -> None:
        """Return outcomes that could not be written, ahead of those noted since."""
        pairs = zip(self.buckets(), taken.buckets(), strict=True)
        for mine, theirs in list(pairs)[-1:] if only_interactions else pairs:
            mine[:0] = theirs


class Dispatcher:
    """Sends due outbox messages. Several dispatchers (processes) may share one PostgreSQL database."""

    def __init__(
        self,
        outbox: Outbox,
        sender: Sender,
        renderers: dict[str, Renderer],
        uow: UnitOfWorkFactory,
        clock: Clock,
        *,
        interactions: InteractionLog | None = None,
        rate: float = 30.0,
        per_chat_interval: float = 1.0,
        max_attempts: int = 8,
        retry_base: float = 0.5,
        concurrency: int = 64,
        lease: timedelta = timedelta(seconds=60),
        default_timezone: str = "Europe/Warsaw",
        default_language: str = "en",
        on_blocked: Callable[[int], Awaitable[None]] | None = None,
        on_broadcast_finished: Callable[[BroadcastProgress], Awaitable[None]] | None = None,
        worker_id: str | None = None,
        linger: float = 0.0,
        flush_interval: float = 0.1,
    ) -> None:
        self.outbox = outbox
        self.sender = sender
        self.renderers = renderers
        self._uow = uow
        self._clock = clock
        self._interactions = interactions
        self.limiter = RateLimiter(rate, per_chat_interval)
        self.max_attempts = max_attempts
        self.retry_base = retry_base
        self.concurrency = concurrency
        self.lease = lease
        self.linger = linger
        self.flush_interval = flush_interval
        self._default_timezone = default_timezone
        self._default_language = default_language
        self._on_blocked = on_blocked
        self._on_broadcast_finished = on_broadcast_finished
        self._stable_id = worker_id is not None
        self.worker_id = worker_id or f"dispatcher-{uuid.uuid4().hex[:10]}"
        self._running = asyncio.Lock()
        self._wake_again = False
        self._stopping = False
        self._stop_event = asyncio.Event()
        self._released_own = False
        self.in_flight = 0

    def register(self, kind: str, renderer: Renderer) -> None:
        """Add the renderer of outbox messages of ``kind``."""
        self.renderers[kind] = renderer

    def stop(self) -> None:
        """Ask a running drain to stop after its current batch."""
        self._stopping = True
        self._stop_event.set()

    async def wake(self) -> DispatchStats | None:
        """Drain due messages unless a drain is already running (then it goes round once more)."""
        if self._running.locked():
            self._wake_again = True
            return None
        async with self._running:
            total = DispatchStats()
            while True:
                self._wake_again = False
                stats = await self.drain()
                for name in ("claimed", "sent", "retried", "failed", "blocked", "cancelled", "deferred"):
                    setattr(total, name, getattr(total, name) + getattr(stats, name))
                total.seconds += stats.seconds
                if not self._wake_again or self._stopping:
                    return total

    async def drain(self, max_seconds: float | None = None) -> DispatchStats:
        """Send everything due now (claiming in batches) until nothing is due or time is up.

        Claiming is pipelined: the next batch is claimed while the workers still have a quarter of the
        current one queued, so the send rate does not drop between batches. With ``linger`` > 0 the drain
        also waits for messages that fall due within ``linger`` seconds (retries) instead of leaving them
        to the next wake-up.
        """
        started = time.monotonic()
        stats = DispatchStats()
        if self._stable_id and not self._released_own:
            # a restarted process with the same id: its old claims are certainly dead
            self._released_own = True
            released = await self.outbox.release_worker(self.worker_id)
            if released:
                log.warning("released %d messages claimed by this worker before a restart", len(released))
            self._hold_released(released)
        self._hold_released(await self.outbox.release_stale(self.lease))
        run = _Run(self, stats)
        await run.execute(started, max_seconds)
        for progress in await self.outbox.finish_broadcasts():
            if self._on_broadcast_finished is not None:
                try:
                    await self._on_broadcast_finished(progress)
                except Exception:
                    log.exception("delivery report for broadcast %s failed", progress.broadcast_id)
        stats.seconds = time.monotonic() - started
        return stats

    def _hold_released(self, chats: list[int]) -> None:
        """Space the chats of released claims: a dead process may have sent to them a moment ago."""
        for chat in chats:
            self.limiter.hold_chat(chat, self.limiter.per_chat_interval)

    async def _wait_for_due(self, started: float) -> bool:
        """Sleep until the next pending message is due when that is within ``linger``; False otherwise.

        Only while the clock follows real time (a test's manual clock would never make it due).
        """
        next_due = await self.outbox.next_due_at()
        if next_due is None:
            return False
        wait = (next_due - self._clock.now()).total_seconds()
        if wait > self.linger:
            return False
        if wait <= 0:
            return True
        before_clock, before_real = self._clock.now(), time.monotonic()
        probe = min(wait, 0.05)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), probe)
        if self._stopping:
            return False
        advanced = (self._clock.now() - before_clock).total_seconds()
        if advanced < (time.monotonic() - before_real) / 2:
            return False  # a manual clock
        remaining = wait - probe
        if remaining > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_event.wait(), remaining)
        return not self._stopping

    async def _recipients(self, claimed: list[ClaimedMessage]) -> dict[int, Recipient]:
        ids = list({c.recipient_telegram_id for c in claimed})
        async with self._uow() as uow:
            rows = (
                await uow.session.execute(
                    select(Person.telegram_id, Person.language, Person.timezone, Person.country, Person.is_active,
                           Person.actor_ref, Person.id)
                    .where(Person.telegram_id.in_(ids))
                )
            ).all()
        return {r[0]: Recipient(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows}

    async def _send_one(self, message: ClaimedMessage, recipient: Recipient | None,
                        results: _Results, stats: DispatchStats) -> bool:
        """Send one message and note its outcome; False when its chat is busy (the caller defers it)."""
        chat = message.recipient_telegram_id
        if recipient is None:
            recipient = Recipient(chat, self._default_language, self._default_timezone)
        elif not recipient.is_active:
            results.blocked.append(chat)
            stats.blocked += 1
            return True
        if self.limiter.chat_ready_in(chat) > 0:
            return False
        renderer = self.renderers.get(message.kind)
        if renderer is None:
            results.failed.append((message.id, f"no renderer for {message.kind}"))
            stats.failed += 1
            log.error("no renderer for outbox kind %s", message.kind)
            return True
        try:
            rendered = await renderer(message.args, recipient)
        except Exception as exc:
            log.exception("rendering outbox message %s failed", message.id)
            results.failed.append((message.id, f"render: {exc}"))
            stats.failed += 1
            return True
        if rendered is None:
            results.cancelled.append((message.id, "no longer relevant"))
            stats.cancelled += 1
            return True
        await self.limiter.acquire(chat)
        self.in_flight += 1
        delivered = True
        try:
            telegram_message_id = await self.sender.send(chat, rendered)
        except RateLimited as exc:
            # every send pauses; this message waits in memory (real time) for the chat to be free again
            self.limiter.pause(exc.retry_after)
            self.limiter.hold_chat(chat, exc.retry_after)
            stats.retried += 1
            return False
        except RecipientBlocked:
            results.blocked.append(chat)
            stats.blocked += 1
            results.interactions.append(self._record(message, recipient, "blocked"))
            if self._on_blocked is not None:
                try:
                    await self._on_blocked(chat)
                except Exception:
                    log.exception("marking %s inactive failed", chat)
            return True
        except PermanentError as exc:
            results.failed.append((message.id, str(exc)))
            stats.failed += 1
            results.interactions.append(self._record(message, recipient, "failed"))
            return True
        except (TransientError, Exception) as exc:
            # a 5xx answer or a refused connection leaves the chat free at once; a time-out (or a bug)
            # may have delivered it, so the chat keeps its interval
            delivered = not isinstance(exc, TransientError) or exc.may_have_arrived
            if message.attempts >= self.max_attempts:
                results.failed.append((message.id, f"gave up: {exc}"))
                stats.failed += 1
                results.interactions.append(self._record(message, recipient, "failed"))
            else:
                results.retry.append((message.id, self._clock.now() + timedelta(seconds=self.backoff(message.attempts)),
                                      str(exc)[:200] or "error"))
                stats.retried += 1
            return True
        finally:
            self.in_flight -= 1
            self.limiter.sent_to(chat, delivered=delivered)
        results.sent.append((message.id, telegram_message_id))
        stats.sent += 1
        results.interactions.append(self._record(message, recipient, "delivered"))
        return True

    def backoff(self, attempts: int) -> float:
        """Seconds before retry number ``attempts`` of a failed send: doubling from ``retry_base``, ±20 %
        jitter (so that the retries after an outage do not arrive all at once), at most five minutes."""
        return min(self.retry_base * 2 ** (attempts - 1) * random.uniform(0.8, 1.2), 300.0)

    @staticmethod
    def _record(message: ClaimedMessage, recipient: Recipient, outcome: str) -> InteractionRecord:
        return InteractionRecord(
            kind=f"outbox.{message.kind}"[:64], outcome=outcome, subject=message.dedup_key[:128],
            actor_ref=recipient.actor_ref, person_id=recipient.person_id, language=recipient.language,
            country=recipient.country,
        )


class _Run:
    """One drain: a feeder claiming batches ahead, workers sending, a flusher writing outcomes.

    A message whose chat got a message less than ``per_chat_interval`` ago waits in memory (in real
    time, a timer per busy chat) instead of going back to the database with a due time: the
    application clock may be a test's frozen clock, and the wait is under a second anyway. Only when a
    single chat has more messages waiting than the lease could cover are the extra ones put back.
    """

    def __init__(self, dispatcher: Dispatcher, stats: DispatchStats) -> None:
        self.d = dispatcher
        self.stats = stats
        self.results = _Results()
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
