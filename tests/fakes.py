"""Fakes for service tests (no I/O)."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field

from helpdesk_bot.broadcasts.delivery import (
    PermanentError,
    RateLimited,
    RecipientBlocked,
    RenderedMessage,
    TransientError,
)


@dataclass
class FakeSender:
    """Records sends; can fail per recipient: 'blocked', 'transient' (a 5xx, n times),
    'timeout' (n times; may have arrived), '429' (once), 'bad'."""

    sent: list[tuple[int, RenderedMessage]] = field(default_factory=list)
    behaviour: dict[int, str] = field(default_factory=dict)
    transient_failures: Counter[int] = field(default_factory=Counter)
    delay: float = 0.0

    async def send(self, telegram_id: int, message: RenderedMessage) -> int | None:
        if self.delay:
            await asyncio.sleep(self.delay)
        mode = self.behaviour.get(telegram_id)
        if mode == "blocked":
            raise RecipientBlocked("Forbidden: bot was blocked by the user")
        if mode == "bad":
            raise PermanentError("Bad Request: chat not found")
        if mode == "429":
            self.behaviour.pop(telegram_id)
            raise RateLimited(1)
        if mode and mode.startswith(("transient", "timeout")):
            limit = int(mode.split(":")[1]) if ":" in mode else 1
            if self.transient_failures[telegram_id] < limit:
                self.transient_failures[telegram_id] += 1
                if mode.startswith("timeout"):
                    raise TransientError("read timed out", may_have_arrived=True)
                raise TransientError("Bad Gateway")
        self.sent.append((telegram_id, message))
        return len(self.sent)

    def count(self, telegram_id: int) -> int:
        return sum(1 for tid, _ in self.sent if tid == telegram_id)
