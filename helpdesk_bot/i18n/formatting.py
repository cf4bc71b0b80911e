"""Locale-aware formatting of dates, times and numbers (Babel).

Times are shown without their zone (``Mon, 23 Nov 2026, 14:00``); a message names the zone once, the
way people say it (``Central European Time``, ``czas środkowoeuropejski``). The formatted time is a
:class:`LocalTime`, a string that remembers its zone: the translator adds the zone line to any message
that shows one (see :mod:`helpdesk_bot.i18n.catalog`), so a renderer cannot forget it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import get_global
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.dates import get_timezone_location, get_timezone_name
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


class LocalTime(str):
    """A time (or a span of times) as shown to a reader, remembering the zone it is shown in."""

    timezone: str

    def __new__(cls, text: str, timezone: str) -> LocalTime:
        """``text`` shown in ``timezone`` (an IANA zone id)."""
        value = super().__new__(cls, text)
        value.timezone = timezone
        return value


def local_span(start: LocalTime, end: LocalTime, separator: str = " – ") -> LocalTime:
    """``start – end`` as one :class:`LocalTime` (both in one zone)."""
    return LocalTime(f"{start}{separator}{end}", start.timezone)


_DAY_PATTERNS = {
    "de": "EEE, d. MMM y",   # Di., 8. Dez. 2026: German writes the day with its ordinal dot
    "sl": "EEE, d. MMM y",   # tor., 8. dec. 2026
    "cs": "EEE d. M. y",     # út 8. 12. 2026: Czech dates are written with numbers, not "pro"
    "lt": "y-MM-dd, EEE",    # 2026-12-08, an: the Lithuanian (and CLDR) form
}
"""A day as each language writes it, where ``EEE, d MMM y`` (pl, sv, en) is not how it is written."""


def _day_pattern(lang: str) -> str:
    return _DAY_PATTERNS.get(lang, "EEE, d MMM y")


def format_datetime(moment: datetime, lang: str, timezone: str) -> LocalTime:
    """E.g. ``Mon, 23 Nov 2026, 14:00`` in the person's language and zone (the zone is named once per message)."""
    zone = ZoneInfo(timezone)
    local = moment.astimezone(zone)
    return LocalTime(_babel_datetime(local, f"{_day_pattern(lang)}, HH:mm", tzinfo=zone, locale=lang), timezone)


def format_time(moment: datetime, lang: str, timezone: str) -> LocalTime:
    """The local time of day, e.g. ``14:00``."""
    zone = ZoneInfo(timezone)
    return LocalTime(_babel_time(moment.astimezone(zone), "HH:mm", tzinfo=zone, locale=lang), timezone)


_LOWER_CASE_ZONE_NAMES = frozenset({"sl"})
"""Languages whose CLDR zone names start with a capital that the language writes small inside a sentence."""


@lru_cache(maxsize=1024)
def zone_name(timezone: str, lang: str) -> str:
    """The zone as people say it: ``Central European Time``, ``czas środkowoeuropejski``, ``Mitteleuropäische Zeit``.

    The generic name of the zone's metazone (the same all year); a zone without one (``UTC``) by
    its standard name (``Coordinated Universal Time``).
    """
    zone = ZoneInfo(timezone)
    if get_global("meta_zones").get(timezone):
        name = get_timezone_name(zone, "long", locale=lang)
    else:
        name = get_timezone_name(datetime(2026, 1, 1, tzinfo=zone), "long", zone_variant="standard", locale=lang)
    if lang in _LOWER_CASE_ZONE_NAMES and name[:1].isupper() and not name[1:2].isupper():
        name = name[:1].lower() + name[1:]
    return name


@lru_cache(maxsize=512)
def is_zone_id(value: str) -> bool:
    """Whether ``value`` is an IANA zone id such as ``Europe/Warsaw`` or ``UTC``."""
    if not value or " " in value or (value != "UTC" and "/" not in value):
        return False
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@lru_cache(maxsize=1024)
def zone_place(timezone: str, lang: str) -> str:
    """The city a zone is named after, in ``lang`` (``Warszawa``, ``Wilno``); ``UTC`` for UTC."""
    if timezone in ("UTC", "Etc/UTC"):
        return "UTC"
    return get_timezone_location(ZoneInfo(timezone), locale=lang, return_city=True)


def zone_label(timezone: str, lang: str) -> str:
    """A zone for a settings screen or confirmation: ``czas środkowoeuropejski (Warszawa)``."""
    place = zone_place(timezone, lang)
    return zone_name(timezone, lang) if place == "UTC" else f"{zone_name(timezone, lang)} ({place})"


def same_local_time(first: str, second: str, moment: datetime) -> bool:
    """Whether two zones show ``moment`` as the same wall-clock time and call their zone the same."""
    return (moment.astimezone(ZoneInfo(first)).utcoffset() == moment.astimezone(ZoneInfo(second)).utcoffset()
            and get_global("meta_zones").get(first) == get_global("meta_zones").get(second))


def local_today(moment: datetime, timezone: str) -> date:
    """The calendar day ``moment`` falls on in ``timezone`` (what a person there calls today)."""
    return moment.astimezone(ZoneInfo(timezone)).date()


def local_stamp(moment: datetime, timezone: str, *, seconds: bool = False) -> str:
    """``2026-12-07 00:24`` in ``timezone``: a plain local time for command-line output (the centre's zone)."""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def format_date(day: date, lang: str) -> str:
    """E.g. ``Mon, 23 Nov 2026`` in the person's language."""
    return _babel_date(day, _day_pattern(lang), locale=lang)


def format_long_date(day: date, lang: str) -> str:
    """E.g. ``December 4, 2026`` / ``4. Dezember 2026`` in the person's language (no weekday)."""
    return _babel_date(day, "long", locale=lang)


def format_number(value: float, lang: str, digits: int = 1) -> str:
    """A number with the language's separators."""
    return format_decimal(round(value, digits), locale=lang)


def format_minutes(minutes: int, lang: str) -> str:
    """A length in minutes as the language writes it short, e.g. ``60 min`` / ``60 Min.``."""
    return format_unit(minutes, "duration-minute", length="short", locale=lang)
