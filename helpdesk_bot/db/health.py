"""A database that stops answering or accepting writes, told once a minute in one clear line.

When the database goes read-only or down while the bot runs, every update, every job tick and every
outbox round fails the same way; logging a traceback for each wrote 940 KB of log in 40 seconds.
:class:`DatabaseErrorThrottle` is a logging filter for the process's handlers: the first such error
of a minute becomes one line (no traceback) that names the problem and the number of similar errors
left out since the previous line; the others of that minute are dropped. Other errors pass unchanged.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

_UNAVAILABLE = (
    "readonly database", "read-only", "read only", "readonlysqltransaction",
    "disk i/o error", "unable to open database", "connection refused", "could not connect",
    "connection is closed", "connection was closed", "server closed the connection", "connection reset",
    "the database system is shutting down", "the database system is starting up", "no space left",
    "cannotconnectnow", "connectiondoesnotexist",
)


def is_database_unavailable(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what it wraps) says the database does not answer or does not accept writes."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        text = f"{type(exc).__name__} {exc}".lower()
        if isinstance(exc, ConnectionRefusedError) or any(marker in text for marker in _UNAVAILABLE):
            return True
        inner = getattr(exc, "orig", None)
        exc = inner if isinstance(inner, BaseException) else (exc.__cause__ or exc.__context__)
    return False


class DatabaseErrorThrottle(logging.Filter):
    """Turns database-unavailable errors into one line per ``interval`` seconds (see the module)."""

    def __init__(self, interval: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.interval = interval
        self._clock = clock
        self._last: float | None = None
        self._suppressed = 0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep other records; keep (rewritten) or drop a database-unavailable one."""
        exc = record.exc_info[1] if record.exc_info else None
        if not is_database_unavailable(exc):
            return True
        with self._lock:
            now = self._clock()
            if self._last is not None and now - self._last < self.interval:
                self._suppressed += 1
                return False
            suppressed, self._suppressed, self._last = self._suppressed, 0, now
        assert exc is not None
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        record.msg = ("the database does not answer or does not accept writes (%s); people get an apology, "
                      "nothing is processed until it is back; %d similar errors since the last such line")
        record.args = (reason[0][:300] if reason else type(exc).__name__, suppressed)
        record.levelno, record.levelname = logging.ERROR, "ERROR"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def install_database_error_throttle(logger: logging.Logger | None = None,
                                    interval: float = 60.0) -> DatabaseErrorThrottle:
    """Add one shared throttle to every handler of ``logger`` (the root logger by default)."""
    target = logger or logging.getLogger()
    throttle = DatabaseErrorThrottle(interval)
    for handler in target.handlers:
        if not any(isinstance(f, DatabaseErrorThrottle) for f in handler.filters):
            handler.addFilter(throttle)
    return throttle
