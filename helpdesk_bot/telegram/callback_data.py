"""The one strict parser of what a button or a link hands back to the bot: callback data and ``/start`` payloads.

Both come from the client and can be anything (Telegram forwards whatever a modified client sends). Every
number in them is read here, never with ``int()``/``str.isdigit()`` in a handler: ``"²".isdigit()`` is true
and ``int("²")`` raises; ``int("99999999999999999999999")`` overflows the database's integer.

* :func:`parse_id` — a database id: ASCII digits only, no sign, no leading zero, 1..:data:`MAX_ID`.
* :func:`parse_int` — any other bounded number (page, rating, timestamp, ``YYYYMMDD``).
* :func:`parse_callback` — ``prefix:a:b`` split into a fixed number of non-empty parts, within 64 bytes.
* :func:`split_payload` — ``/start <prefix>-<arg>`` within Telegram's 64 characters of ``[A-Za-z0-9_-]``.

Handlers that meet an invalid value answer with :func:`~helpdesk_bot.telegram.handlers.common.stale_button`
(or :class:`InvalidInput`, which the error handler turns into the same answer with outcome ``invalid``):
"this button or link is no longer valid", never a traceback. The typed per-action protocol of callback
data is meant to be built on these primitives.
"""

from __future__ import annotations

import re

MAX_ID = 2**31 - 1
"""The largest id the bot accepts from a client (the range of a 32-bit INTEGER column)."""

MAX_TELEGRAM_ID = 2**53 - 1
"""Telegram user and chat ids fit in 52 bits (a double); a typed id beyond this is not a person."""

MAX_TIMESTAMP = 4_102_444_800
"""2100-01-01 in Unix seconds: the latest time a button may carry."""

MAX_CALLBACK_BYTES = 64
"""Telegram's limit on ``callback_data``; anything longer did not come from one of our buttons."""

MAX_PAYLOAD_CHARS = 64
"""Telegram's limit on a ``/start`` deep-link parameter."""

_ASCII_DIGITS = re.compile(r"[0-9]{1,20}", re.ASCII)
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}", re.ASCII)


class InvalidInput(ValueError):
    """Callback data or a payload that is malformed or out of range (answered as a stale button or link)."""


def parse_int(value: str | None, low: int, high: int) -> int | None:
    """``value`` as an int when it is plain ASCII digits (no sign, no spaces) within ``low..high``; else None."""
    if value is None or not _ASCII_DIGITS.fullmatch(value):
        return None
    if len(value) > 1 and value[0] == "0":
        return None  # one spelling per number: "007" is not our button
    number = int(value)
    return number if low <= number <= high else None


def parse_id(value: str | None) -> int | None:
    """A database id (1..:data:`MAX_ID`) written in ASCII digits, or None."""
    return parse_int(value, 1, MAX_ID)


def parse_timestamp(value: str | None) -> int | None:
    """Unix seconds (0..:data:`MAX_TIMESTAMP`) written in ASCII digits, or None."""
    return parse_int(value, 0, MAX_TIMESTAMP)


def require_id(value: str | None) -> int:
    """Like :func:`parse_id`, raising :class:`InvalidInput` instead of returning None."""
    number = parse_id(value)
    if number is None:
        raise InvalidInput(f"not an id: {value!r}"[:80])
    return number


def parse_callback(data: str | None, prefix: str, parts: int) -> list[str] | None:
    """Split ``prefix:a:b`` into ``parts`` non-empty arguments; None for any other shape or an oversized value."""
    if not data or len(data.encode("utf-8", "surrogatepass")) > MAX_CALLBACK_BYTES:
        return None
    if not data.startswith(prefix + ":"):
        return None
    args = data[len(prefix) + 1 :].split(":")
    if len(args) != parts or any(a == "" for a in args):
        return None
    return args


def split_payload(payload: str | None) -> tuple[str, str] | None:
    """``prefix-arg`` of a ``/start`` payload as ``(prefix, arg)`` (``arg`` may be empty); None when malformed."""
    if payload is None or not _PAYLOAD.fullmatch(payload):
        return None
    prefix, _, arg = payload.partition("-")
    return prefix, arg
