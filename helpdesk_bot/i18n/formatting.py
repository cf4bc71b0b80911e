"""Locale-aware formatting of dates, times and numbers (Babel). Times always name their zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.numbers import format_decimal
from babel.units import format_unit

LANGUAGE_NAMES: dict[str, str] = {
    "pl": "Polski",
    "cs": "Čeština",
    "sl": "Slovenščina",
    "de": "Deutsch",
    "lt": "Lietuvių",
    "sv": "Svenska",
    "en": "English",
}
"""Languages in their own names (endonyms), shown in the language picker."""

COUNTRY_FLAGS: dict[str, str] = {
    "PL": "🇵🇱",
    "CZ": "🇨🇿",
    "SI": "🇸🇮",
    "DE": "🇩🇪",
    "LT": "🇱🇹",
    "SE": "🇸🇪",
    "OTHER": "🌍",
}


def format_datetime(moment: datetime, lang: str, timezone: str) -> str:
    """E.g. ``Mon, 23 Nov 2026, 14:00 (Europe/Warsaw)`` in the person's language and zone."""
    zone = ZoneInfo(timezone)
    local = moment.astimezone(zone)
    return f"{_babel_datetime(local, 'EEE, d MMM y, HH:mm', tzinfo=zone, locale=lang)} ({timezone})"


def format_time(moment: datetime, lang: str, timezone: str) -> str:
    """The local time of day, e.g. ``14:00``."""
    zone = ZoneInfo(timezone)
    return _babel_time(moment.astimezone(zone), "HH:mm", tzinfo=zone, locale=lang)


def format_date(day: date, lang: str) -> str:
    """E.g. ``Mon, 23 Nov 2026`` in the person's language."""
    return _babel_date(day, "EEE, d MMM y", locale=lang)


def format_long_date(day: date, lang: str) -> str:
    """E.g. ``December 4, 2026`` / ``4. Dezember 2026`` in the person's language (no weekday)."""
    return _babel_date(day, "long", locale=lang)


def format_number(value: float, lang: str, digits: int = 1) -> str:
    """A number with the language's separators."""
    return format_decimal(round(value, digits), locale=lang)


def format_minutes(minutes: int, lang: str) -> str:
    """A length in minutes as the language writes it short, e.g. ``60 min`` / ``60 Min.``."""
    return format_unit(minutes, "duration-minute", length="short", locale=lang)
