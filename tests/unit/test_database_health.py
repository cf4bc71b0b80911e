"""A database that stops answering or accepting writes is logged once a minute in one line (issue 10, item 7)."""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import OperationalError

from helpdesk_bot.db.health import DatabaseErrorThrottle, is_database_unavailable


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _record(exc: BaseException | None, msg: str = "update %s could not be admitted") -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord("helpdesk_bot", logging.ERROR, __file__, 1, msg, (1,), exc_info)


def _readonly() -> OperationalError:
    return OperationalError("INSERT INTO x", {}, sqlite3.OperationalError("attempt to write a readonly database"))


def test_database_errors_are_recognised_through_wrappers() -> None:
    assert is_database_unavailable(_readonly())
    try:
        try:
            raise ConnectionRefusedError(111, "Connect call failed")
        except ConnectionRefusedError as inner:
            raise RuntimeError("admission failed") from inner
    except RuntimeError as outer:
        assert is_database_unavailable(outer)
    assert not is_database_unavailable(ValueError("invalid literal for int()"))
    assert not is_database_unavailable(None)


def test_one_clear_line_a_minute() -> None:
    clock = Clock()
    throttle = DatabaseErrorThrottle(60.0, clock)
    first = _record(_readonly())
    assert throttle.filter(first)
    assert first.exc_info is None and "does not accept writes" in first.getMessage()
    assert "attempt to write a readonly database" in first.getMessage()
    for second in range(1, 60, 5):  # the same failure for every update and tick of that minute: dropped
        clock.now = float(second)
        assert not throttle.filter(_record(_readonly()))
    clock.now = 61.0
    later = _record(_readonly())
    assert throttle.filter(later)
    assert "12 similar errors" in later.getMessage()


def test_other_errors_pass_unchanged() -> None:
    throttle = DatabaseErrorThrottle(60.0, Clock())
    record = _record(ValueError("boom"), "handler %s failed")
    assert throttle.filter(record) and record.exc_info is not None and record.getMessage() == "handler 1 failed"
