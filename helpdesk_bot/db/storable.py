"""Characters a database text column cannot store, removed in one place for every statement.

PostgreSQL ``text`` refuses NUL (``invalid byte sequence for encoding "UTF8": 0x00``), and neither
database driver can encode a lone UTF-16 surrogate (``'\\ud800'``, which a JSON update from Telegram
may carry) as UTF-8. Instead of cleaning at every call site, :func:`install` hooks the engine: every
string parameter of every statement (ORM, Core, multi-row inserts, raw SQL) and every string inside a
JSON value is cleaned just before it reaches the driver, on SQLite and PostgreSQL alike, so what is
stored is the same on both.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable_text(value: str) -> str:
    """``value`` without NUL characters and lone surrogates (unchanged, same object, when clean)."""
    if value.isascii():
        return value.replace("\x00", "") if "\x00" in value else value
    return _UNSTORABLE.sub("", value)


def _dirty(value: str) -> bool:
    if value.isascii():
        return "\x00" in value
    return _UNSTORABLE.search(value) is not None


def storable(value: Any) -> Any:
    """``value`` with every string in it (also inside lists, tuples and dicts) made storable."""
    if isinstance(value, str):
        return storable_text(value) if _dirty(value) else value
    if isinstance(value, tuple):
        return tuple(storable(v) for v in value) if _needs_cleaning(value) else value
    if isinstance(value, list):
        return [storable(v) for v in value] if _needs_cleaning(value) else value
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()} if _needs_cleaning(value) else value
    return value


def _needs_cleaning(value: Any) -> bool:
    if isinstance(value, str):
        return _dirty(value)
    if isinstance(value, tuple | list):
        return any(_needs_cleaning(v) for v in value)
    if isinstance(value, dict):
        return any(_needs_cleaning(k) or _needs_cleaning(v) for k, v in value.items())
    return False


def json_serializer(value: Any) -> str:
    """JSON for JSON columns, with every string in it storable (no ``\\u0000`` escapes reach PostgreSQL)."""
    return json.dumps(storable(value))


def _clean_parameters(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                      executemany: bool) -> tuple[str, Any]:
    if parameters and _needs_cleaning(parameters):
        parameters = storable(parameters)
    return statement, parameters


def install(engine: Engine) -> None:
    """Clean the parameters of every statement ``engine`` executes (a ``before_cursor_execute`` hook)."""
    event.listen(engine, "before_cursor_execute", _clean_parameters, retval=True)
