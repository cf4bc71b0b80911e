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

This module holds the sending of one message (outcome by error kind, backoff); one drain's claiming,
worker and flushing loop is :class:`~helpdesk_bot.broadcasts.dispatch_run.DrainRun`, its counts and
pending outcomes are in :mod:`helpdesk_bot.broadcasts.dispatch_outcomes` (``DispatchStats`` is
re-exported here).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable
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
from helpdesk_bot.broadcasts.dispatch_outcomes import DispatchStats, SendOutcomes
from helpdesk_bot.broadcasts.dispatch_run import DrainRun
from helpdesk_bot.broadcasts.outbox import BroadcastProgress, ClaimedMessage, Outbox
from helpdesk_bot.broadcasts.rate_limit import RateLimiter
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import InteractionLog, InteractionRecord
from helpdesk_bot.people.models import Person

log = logging.getLogger(__name__)


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
        run = DrainRun(self, stats)
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
                        results: SendOutcomes, stats: DispatchStats) -> bool:
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


__all__ = ["DispatchStats", "Dispatcher", "SendOutcomes"]
