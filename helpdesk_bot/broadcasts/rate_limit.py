"""Rate limiting for the dispatcher: a global rate and a minimum interval per chat."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class RateLimiter:
    """At most ``rate`` sends per second overall, and one per ``per_chat_interval`` seconds per chat.

    ``pause(seconds)`` stops every send for a while (Telegram's 429 ``retry_after`` applies to the bot).
    """

    def __init__(self, rate: float, per_chat_interval: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.per_chat_interval = per_chat_interval
        self._now = monotonic
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._chat_next: dict[int, float] = {}
        self._lock = asyncio.Lock()

    def chat_ready_in(self, chat_id: int) -> float:
        """Seconds until ``chat_id`` may receive another message (0 when it may now)."""
        return max(0.0, self._chat_next.get(chat_id, 0.0) - self._now())

    async def acquire(self, chat_id: int) -> None:
        """Wait for a global slot (and the chat's interval, when the caller did not check it), then take it.

        Callers that have other work should check :meth:`chat_ready_in` first and defer a message to a
        busy chat instead of waiting here, so one chat never holds up the others.
        """
        async with self._lock:
            now = self._now()
            start = max(now, self._next_slot, self._paused_until, self._chat_next.get(chat_id, 0.0))
            self._next_slot = start + 1.0 / self.rate
            self._chat_next[chat_id] = start + self.per_chat_interval
            if len(self._chat_next) > 50_000:
                self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
        delay = start - self._now()
        if delay > 0:
            await asyncio.sleep(delay)

    def pause(self, seconds: float) -> None:
        """Stop all sends for ``seconds`` (after a 429)."""
        self._paused_until = max(self._paused_until, self._now() + seconds)
