"""Fault injection for the sandbox Bot API: rate limits, blocked users, 5xx answers, latency."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

__all__ = [
    "FaultConfig",
    "FaultDecision",
    "FaultInjector",
    "is_message_method",
]

# Lower-case names of methods that deliver a new message to a chat.
_EXTRA_MESSAGE_METHODS = frozenset({"copymessage", "forwardmessage", "copymessages", "forwardmessages"})


def is_message_method(method: str) -> bool:
    """True for methods that deliver a message (``send*`` except chat actions, copy, forward)."""
    name = method.lower()
    if name in _EXTRA_MESSAGE_METHODS:
        return True
    return name.startswith("send") and name != "sendchataction"


@dataclass
class FaultConfig:
    """What the sandbox does wrong on purpose.  Fields may be changed while the server runs.

    Attributes:
        global_rate_limit: messages per second accepted across all chats for message methods
            (``send*``, ``copyMessage``, ``forwardMessage``); ``None`` disables the limit.  A burst
            of up to ``max(1, rate)`` messages is allowed, then the rate is enforced.
        per_chat_limit: when true, each chat accepts ``per_chat_rate`` messages per second.
        per_chat_rate: the per-chat rate used when ``per_chat_limit`` is on (default 1/s).
        blocked_user_ids: users who blocked the bot; sending to them gives 403.
        error_rate: share (0..1) of calls to ``error_methods`` answered with 502 Bad Gateway.
        error_methods: method names (any case) that may fail with 502; ``None`` (default) means
            the message methods, and a set containing ``"*"`` means every method except
            ``getUpdates``.
        seed: seed of the random generator that picks the failing calls.
        latency: seconds added before every Bot API answer.
    """

    global_rate_limit: float | None = None
    per_chat_limit: bool = False
    per_chat_rate: float = 1.0
    blocked_user_ids: set[int] = field(default_factory=set)
    error_rate: float = 0.0
    error_methods: frozenset[str] | None = None
    seed: int = 0
    latency: float = 0.0


@dataclass(frozen=True)
class FaultDecision:
    """An injected error answer."""

    status: int
    description: str
    retry_after: int | None = None


class _Bucket:
    """Token bucket: capacity ``max(1, rate)``, refilled at ``rate`` tokens per second."""

    __slots__ = ("tokens", "updated")

    def __init__(self, now: float) -> None:
        self.tokens: float | None = None
        self.updated = now

    def _refill(self, rate: float, now: float) -> float:
        capacity = max(1.0, rate)
        if self.tokens is None:
            self.tokens = capacity
        else:
            self.tokens = min(capacity, self.tokens + (now - self.updated) * rate)
        self.updated = now
        return self.tokens

    def wait_time(self, rate: float, now: float) -> float:
        """Seconds until one token is available (0 if available now)."""
        tokens = self._refill(rate, now)
        if tokens >= 1.0:
            return 0.0
        return (1.0 - tokens) / rate

    def take(self) -> None:
        """Consume one token (call after :meth:`wait_time` returned 0)."""
        if self.tokens is not None:
            self.tokens -= 1.0


class FaultInjector:
    """Applies a :class:`FaultConfig` to incoming calls.  Not thread-safe (one event loop)."""

    def __init__(self, config: FaultConfig) -> None:
        self._config = config
        self.rng = random.Random(config.seed)
        self._global = _Bucket(0.0)
        self._per_chat: dict[int, _Bucket] = {}

    @property
    def config(self) -> FaultConfig:
        """The active configuration."""
        return self._config

    @config.setter
    def config(self, value: FaultConfig) -> None:
        self._config = value
        self.rng = random.Random(value.seed)
        self._global = _Bucket(0.0)
        self._per_chat.clear()

    def blocked(self, chat_id: int | None) -> FaultDecision | None:
        """403 when ``chat_id`` belongs to a user who blocked the bot."""
        if chat_id is not None and chat_id in self._config.blocked_user_ids:
            return FaultDecision(403, "Forbidden: bot was blocked by the user")
        return None

    def server_error(self, method: str) -> FaultDecision | None:
        """A random 502 for a share ``error_rate`` of the calls to the faulty methods."""
        cfg = self._config
        if cfg.error_rate <= 0:
            return None
        name = method.lower()
        if name == "getupdates":
            return None
        if cfg.error_methods is None:
            applies = is_message_method(name)
        else:
            methods = {m.lower() for m in cfg.error_methods}
            applies = "*" in methods or name in methods
        if applies and self.rng.random() < cfg.error_rate:
            return FaultDecision(502, "Bad Gateway")
        return None

    def rate_limit(self, method: str, chat_id: int | None, now: float) -> FaultDecision | None:
        """429 when a message method exceeds the global or the per-chat rate; else consumes tokens."""
        if not is_message_method(method):
            return None
        cfg = self._config
        waits: list[float] = []
        global_rate = cfg.global_rate_limit
        if global_rate is not None and global_rate > 0:
            waits.append(self._global.wait_time(global_rate, now))
        chat_bucket: _Bucket | None = None
        if cfg.per_chat_limit and chat_id is not None and cfg.per_chat_rate > 0:
            chat_bucket = self._per_chat.setdefault(chat_id, _Bucket(now))
            waits.append(chat_bucket.wait_time(cfg.per_chat_rate, now))
        wait = max(waits, default=0.0)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            return FaultDecision(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        if global_rate is not None and global_rate > 0:
            self._global.take()
        if chat_bucket is not None:
            chat_bucket.take()
        return None
