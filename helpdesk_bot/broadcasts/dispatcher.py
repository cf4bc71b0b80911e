"""The dispatcher: claims due outbox rows and sends them within Telegram's limits.

Woken by the scheduler (and right after something urgent is enqueued), it drains what is due:
- a global rate (default 30 messages/s) and at most one message per second per chat;
- 429: every send pauses for ``retry_after``, the message goes back to the queue (no attempt lost);
- 5xx and network errors: retried with exponential backoff up to ``max_attempts``, then failed;
- 403: the person blocked the bot: marked inactive, their pending messages marked blocked;
- results are written in small batches (at least every ``flush_interval`` seconds); a crash leaves at
  most the in-flight sends (sent, outcome not yet written) to be repeated after the lease, or at once
  when the restarted process has the same ``worker_id`` (it releases its own old claims first).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

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
        max_attempts: int = 5,
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

        With ``linger`` > 0 the drain also waits for messages that fall due within ``linger`` seconds
        (retries, per-chat deferrals) instead of leaving them to the next wake-up.
        """
        started = time.monotonic()
        stats = DispatchStats()
        if self._stable_id and not self._released_own:
            # a restarted process with the same id: its old claims are certainly dead
            self._released_own = True
            released = await self.outbox.release_worker(self.worker_id)
            if released:
                log.warning("released %d messages claimed by this worker before a restart", released)
        await self.outbox.release_stale(self.lease)
        batch_size = max(10, min(500, int(self.limiter.rate)))
        while not self._stopping:
            claimed = await self.outbox.claim_due(self.worker_id, batch_size)
            if not claimed:
                if self.linger > 0 and await self._wait_for_due(started):
                    continue
                break
            stats.claimed += len(claimed)
            await self._send_batch(claimed, stats)
            if max_seconds is not None and time.monotonic() - started > max_seconds:
                break
        for progress in await self.outbox.finish_broadcasts():
            if self._on_broadcast_finished is not None:
                try:
                    await self._on_broadcast_finished(progress)
                except Exception:
                    log.exception("delivery report for broadcast %s failed", progress.broadcast_id)
        stats.seconds = time.monotonic() - started
        return stats

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

    async def _send_batch(self, claimed: list[ClaimedMessage], stats: DispatchStats) -> None:
        recipients = await self._recipients(claimed)
        results = _Results()
        queue: asyncio.Queue[ClaimedMessage] = asyncio.Queue()
        for message in claimed:
            queue.put_nowait(message)
        flush_lock = asyncio.Lock()

        async def flush() -> None:
            async with flush_lock:
                if not len(results) and not results.interactions:
                    return
                pending = _Results(results.sent[:], results.retry[:], results.requeued[:], results.failed[:],
                                   results.blocked[:], results.cancelled[:], results.interactions[:])
                for bucket in (results.sent, results.retry, results.requeued, results.failed, results.blocked,
                               results.cancelled, results.interactions):
                    bucket.clear()
                await self.outbox.record_results(
                    sent=pending.sent, retry=pending.retry,  # type: ignore[arg-type]
                    failed=pending.failed, blocked_recipients=pending.blocked, cancelled=pending.cancelled,
                    requeued=pending.requeued,  # type: ignore[arg-type]
                )
                if pending.interactions and self._interactions is not None:
                    await self._interactions.record(*pending.interactions)

        done = asyncio.Event()

        async def flusher() -> None:
            # outcomes reach the database within flush_interval: a crash repeats only in-flight sends
            while not done.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(done.wait(), self.flush_interval)
                if len(results) or results.interactions:
                    await flush()

        async def worker() -> None:
            while True:
                try:
                    message = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                await self._send_one(message, recipients.get(message.recipient_telegram_id), results, stats)
                if len(results) >= 200:
                    await flush()

        flush_task = asyncio.create_task(flusher())
        workers = [asyncio.create_task(worker()) for _ in range(min(self.concurrency, len(claimed)))]
        try:
            await asyncio.gather(*workers)
        finally:
            done.set()
            await flush_task
            await flush()

    async def _send_one(self, message: ClaimedMessage, recipient: Recipient | None,
                        results: _Results, stats: DispatchStats) -> None:
        chat = message.recipient_telegram_id
        if recipient is None:
            recipient = Recipient(chat, self._default_language, self._default_timezone)
        elif not recipient.is_active:
            results.blocked.append(chat)
            stats.blocked += 1
            return
        renderer = self.renderers.get(message.kind)
        if renderer is None:
            results.failed.append((message.id, f"no renderer for {message.kind}"))
            stats.failed += 1
            log.error("no renderer for outbox kind %s", message.kind)
            return
        try:
            rendered = await renderer(message.args, recipient)
        except Exception as exc:
            log.exception("rendering outbox message %s failed", message.id)
            results.failed.append((message.id, f"render: {exc}"))
            stats.failed += 1
            return
        if rendered is None:
            results.cancelled.append((message.id, "no longer relevant"))
            stats.cancelled += 1
            return
        wait = self.limiter.chat_ready_in(chat)
        if wait > 0:
            results.requeued.append((message.id, self._clock.now() + timedelta(seconds=wait), "chat rate"))
            stats.deferred += 1
            return
        await self.limiter.acquire(chat)
        self.in_flight += 1
        try:
            telegram_message_id = await self.sender.send(chat, rendered)
        except RateLimited as exc:
            self.limiter.pause(exc.retry_after)
            results.requeued.append((message.id, self._clock.now() + timedelta(seconds=exc.retry_after), "429"))
            stats.retried += 1
            return
        except RecipientBlocked:
            results.blocked.append(chat)
            stats.blocked += 1
            results.interactions.append(self._record(message, recipient, "blocked"))
            if self._on_blocked is not None:
                try:
                    await self._on_blocked(chat)
                except Exception:
                    log.exception("marking %s inactive failed", chat)
            return
        except PermanentError as exc:
            results.failed.append((message.id, str(exc)))
            stats.failed += 1
            results.interactions.append(self._record(message, recipient, "failed"))
            return
        except (TransientError, Exception) as exc:
            if message.attempts >= self.max_attempts:
                results.failed.append((message.id, f"gave up: {exc}"))
                stats.failed += 1
                results.interactions.append(self._record(message, recipient, "failed"))
            else:
                backoff = min(2 ** (message.attempts - 1), 300)
                results.retry.append((message.id, self._clock.now() + timedelta(seconds=backoff),
                                      str(exc)[:200] or "error"))
                stats.retried += 1
            return
        finally:
            self.in_flight -= 1
        results.sent.append((message.id, telegram_message_id))
        stats.sent += 1
        results.interactions.append(self._record(message, recipient, "delivered"))

    @staticmethod
    def _record(message: ClaimedMessage, recipient: Recipient, outcome: str) -> InteractionRecord:
        return InteractionRecord(
            kind=f"outbox.{message.kind}"[:64], outcome=outcome, subject=message.dedup_key[:128],
            actor_ref=recipient.actor_ref, person_id=recipient.person_id, language=recipient.language,
            country=recipient.country,
        )
