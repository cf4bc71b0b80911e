"""Rate limiting for the dispatcher: a global rate and a minimum interval per chat.

The global limit is a token bucket refilled at ``rate`` tokens per second holding a small burst
(``burst``, about 20 ms of sends), so that workers returning late from a slow request catch up instead
of losing their slots, and a worker that has to wait sleeps for a few milliseconds at a time rather than
for one 2 ms slot per message. The hard cap is a sliding window: a send may start only while fewer than
``floor(rate)`` sends are in flight or finished within the last second. Telegram (or the sandbox) sees a
request somewhere between its start and its answer, so however requests are delayed on the way, no
1-second window of arrivals can hold more than ``rate`` of them.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable

#: a worker that has to wait sleeps at least this long (fewer, cheaper wake-ups at high rates)
MIN_SLEEP = 0.004


class RateLimiter:
    """At most ``rate`` sends in any 1-second window overall, and one per ``per_chat_interval`` s per chat.

    ``pause(seconds)`` stops every send for a while (Telegram's 429 ``retry_after`` applies to the bot).
    The clock is real (monotonic) time: per-chat spacing is a real-time matter even when the
    application's clock is a test's frozen manual clock.
    """

    def __init__(self, rate: float, per_chat_interval: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic, *, burst: float | None = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.per_chat_interval = per_chat_interval
        self._now = monotonic
        self.burst = max(1.0, burst if burst is not None else rate / 50)
        self._tokens = 1.0
        self._updated = monotonic()
        self._window_size = max(1, math.floor(rate))
        self._window_seconds = 1.0 if rate >= 1 else 1.0 / rate
        self._finished: deque[float] = deque()  # when the sends of the last window finished
        self._in_flight = 0
        self._paused_until = 0.0
        self._chat_next: dict[int, float] = {}

    def chat_ready_in(self, chat_id: int) -> float:
        """Seconds until ``chat_id`` may receive another message (0 when it may now)."""
        return max(0.0, self._chat_next.get(chat_id, 0.0) - self._now())

    def _global_wait(self, now: float) -> float:
        """Seconds until a global slot is free (0: free now); refills the bucket."""
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        wait = max(0.0, self._paused_until - now)
        if self._tokens < 1.0:
            wait = max(wait, (1.0 - self._tokens) / self.rate)
        finished = self._finished
        while finished and finished[0] <= now - self._window_seconds:
            finished.popleft()
        if self._in_flight + len(finished) >= self._window_size:
            wait = max(wait, finished[0] + self._window_seconds - now if finished else MIN_SLEEP)
        return wait

    def try_acquire(self, chat_id: int) -> float:
        """Take a slot for ``chat_id`` now and return 0, or return how long to wait (nothing taken).

        Every slot taken must be given back with :meth:`sent_to` when its request has finished.
        """
        now = self._now()
        wait = max(self._global_wait(now), self._chat_next.get(chat_id, 0.0) - now)
        if wait > 0:
            return wait
        self._tokens -= 1.0
        self._in_flight += 1
        if self.per_chat_interval > 0:
            self._chat_next[chat_id] = now + self.per_chat_interval
            if len(self._chat_next) > 50_000:
                self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
        return 0.0

    async def acquire(self, chat_id: int) -> None:
        """Wait for a global slot and the chat's interval, then take them (give back with :meth:`sent_to`).

        Callers that have other work should check :meth:`chat_ready_in` first and defer a message to a
        busy chat instead of waiting here, so one chat never holds up the others.
        """
        while True:
            wait = self.try_acquire(chat_id)
            if wait <= 0:
                return
            await asyncio.sleep(max(wait, MIN_SLEEP))

    def sent_to(self, chat_id: int, *, delivered: bool = True) -> None:
        """The request of a slot taken for ``chat_id`` finished (answered or failed).

        It stays in the global window for a second from now. The chat's interval counts from now too:
        the next request to the chat cannot overtake a slow previous one on the way to Telegram. A send
        that surely was not delivered (``delivered=False``: a 5xx answer, a refused connection) leaves the chat free at once;
        its retry is spaced by the dispatcher's backoff instead.
        """
        now = self._now()
        self._in_flight = max(0, self._in_flight - 1)
        self._finished.append(now)
        if self.per_chat_interval <= 0:
            return
        if delivered:
            self._chat_next[chat_id] = max(self._chat_next.get(chat_id, 0.0), now + self.per_chat_interval)
        elif self._chat_next.get(chat_id, 0.0) <= now + self.per_chat_interval:
            # only this send's own interval is given back (a 429 hold of the chat stays)
            self._chat_next[chat_id] = now

    def hold_chat(self, chat_id: int, seconds: float) -> None:
        """Send nothing to ``chat_id`` for ``seconds`` (e.g. after a 429 for it)."""
        self._chat_next[chat_id] = max(self._chat_next.get(chat_id, 0.0), self._now() + seconds)

    def pause(self, seconds: float) -> None:
        """Stop all sends for ``seconds`` (after a 429)."""
        self._paused_until = max(self._paused_until, self._now() + seconds)
