"""The entrepreneur's phone number for a phone consultation: loosely checked, kept as the person wrote it.

A number is accepted when it is written with digits, spaces, dashes, dots and brackets, with an optional
leading ``+``, and has 7 to 15 digits (15 is the longest international number, E.164). Nothing is
looked up or reformatted beyond collapsing spaces: the advisor reads it as the person typed it.
"""

from __future__ import annotations

import re

MIN_DIGITS = 7
MAX_DIGITS = 15
MAX_LENGTH = 32
"""The longest stored form (the ``bookings.phone`` column)."""

_ALLOWED = re.compile(r"\+?[0-9 ()\-.]+")


def normalise_phone(text: str | None) -> str | None:
    """The number as it will be stored (spaces collapsed), or None when it does not look like one."""
    if not text:
        return None
    candidate = " ".join(text.split())
    if len(candidate) > MAX_LENGTH or not _ALLOWED.fullmatch(candidate):
        return None
    digits = sum(ch.isdigit() for ch in candidate)
    if not MIN_DIGITS <= digits <= MAX_DIGITS:
        return None
    if candidate.count("(") != candidate.count(")"):
        return None
    return candidate
