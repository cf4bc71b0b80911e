"""Reading a moment staff type in their own words ("jutro 9:00", "zítra v 9", "jutri ob 9h", "morgen 9 Uhr",
"rytoj 9:00", "imorgon 9:00", "tomorrow 9am", weekday names, "in 2 hours"), in their time zone.

The dates are dateparser's (loaded on first use: its import is heavy); the time of day is read here, with
the markers and suffixes of each language as data, because dateparser misreads "v 9", "9 Uhr" or "9 val."
as a day or drops them. :data:`SUPPLEMENT` rewrites the few date words dateparser does not know into
English ones it does. ISO and ``DD.MM.YYYY HH:MM`` go through :func:`parse_local` first.

Rules: the moment must be in the future (relative to the injected clock); a date without a time of day
("jutro", "friday", "15 grudnia") is ambiguous and refused; a bare time ("9:00") is its next occurrence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from helpdesk_bot.events.timeparse import parse_local

Problem = Literal["unreadable", "past", "ambiguous"]

# Words that say "at" before an hour, and suffixes that say "o'clock" after it, per language.
TIME_MARKERS: dict[str, tuple[str, ...]] = {
    "pl": ("o godz.", "o godzinie", "godz.", "o"),
    "cs": ("ve", "v", "o"),
    "sl": ("ob",),
    "de": ("um",),
    "lt": (),
    "sv": ("klockan", "kl.", "kl"),
    "en": ("at",),
}
TIME_SUFFIXES: dict[str, tuple[str, ...]] = {
    "pl": ("h",),
    "cs": ("hodin", "hod.", "h"),
    "sl": ("h",),
    "de": ("uhr", "h"),
    "lt": ("val.", "val", "h"),
    "sv": ("h",),
    "en": ("o'clock", "h"),
}
# Prepositions before a weekday that dateparser does not expect ("am Freitag", "v petek").
LEADING_WORDS: dict[str, tuple[str, ...]] = {
    "pl": ("w", "we"), "cs": ("v", "ve"), "sl": ("v", "na"), "de": ("am", "nächsten", "nächster"),
    "lt": (), "sv": ("på", "nästa"), "en": ("on",),
}
# Date words dateparser (1.5) does not read, rewritten into English it does (whole words, lower case).
SUPPLEMENT: dict[str, dict[str, str]] = {
    "sl": {"pojutrišnjem": "in 2 days", "čez": "in", "uri": "hours", "ure": "hours", "ur": "hours", "uro": "hour",
           "minut": "minutes", "minuti": "minutes", "minute": "minutes", "dni": "days", "dan": "day",
           "ponedeljek": "monday", "torek": "tuesday", "sredo": "wednesday", "sreda": "wednesday",
           "četrtek": "thursday", "petek": "friday", "soboto": "saturday", "sobota": "saturday",
           "nedeljo": "sunday", "nedelja": "sunday"},
    "lt": {"poryt": "in 2 days", "pirmadienį": "monday", "antradienį": "tuesday", "trečiadienį": "wednesday",
           "ketvirtadienį": "thursday", "penktadienį": "friday", "šeštadienį": "saturday",
           "sekmadienį": "sunday"},
    "sv": {"övermorgon": "in 2 days", "i övermorgon": "in 2 days"},
}


@dataclass(frozen=True)
class ParsedMoment:
    """The result of :func:`parse_moment`: the moment (aware, in the person's zone) or why there is none."""

    moment: datetime | None
    problem: Problem | None = None


def _words(options: tuple[str, ...]) -> str:
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))


def _time_pattern(languages: tuple[str, ...]) -> re.Pattern[str]:
    markers = _words(tuple(m for lang in languages for m in TIME_MARKERS.get(lang, ())))
    suffixes = _words(tuple(s for lang in languages for s in TIME_SUFFIXES.get(lang, ())))
    return re.compile(
        rf"(?<![\w.:])(?:(?P<marker>{markers})\s*)?"
        r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
        rf"(?:\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?!\w)|\s*(?P<suffix>{suffixes})(?!\w))?"
        r"(?![\w.:])",
        re.IGNORECASE,
    )


class _BadTime(ValueError):
    """A time of day that does not exist ("25:00", "13pm")."""


def _extract_time(text: str, languages: tuple[str, ...]) -> tuple[time | None, str]:
    """The time of day written in ``text`` (None when there is none) and the text without it."""
    for match in _time_pattern(languages).finditer(text):
        if not (match["m"] or match["marker"] or match["suffix"] or match["ampm"]):
            continue  # a bare number is a day or a count ("w piątek 10", "in 2 hours"), not a time
        if match["marker"] and not (match["m"] or match["suffix"] or match["ampm"]):
            # "o 9", "v 9", "ob 9", "um 9", "at 9": a marker alone is enough unless a unit follows ("at 2 hours")
            rest = text[match.end():].lstrip()
            if rest[:1].isalpha() and not rest.lower().startswith(("uhr", "h ", "val")):
                continue
        hour, minute = int(match["h"]), int(match["m"] or 0)
        ampm = (match["ampm"] or "").lower().replace(".", "")
        if ampm:
            if not 1 <= hour <= 12:
                raise _BadTime(text)
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour > 23 or minute > 59:
            raise _BadTime(text)
        rest = (text[:match.start()] + " " + text[match.end():]).strip()
        return time(hour, minute), " ".join(rest.split())
    return None, text


def _supplement(text: str, language: str) -> str:
    table = SUPPLEMENT.get(language, {})
    words = text.split()
    leading = LEADING_WORDS.get(language, ())
    if len(words) > 1 and words[0] in leading:
        words = words[1:]
    joined = " ".join(words)
    for phrase, english in table.items():
        if " " in phrase and phrase in joined:
            joined = joined.replace(phrase, english)
    return " ".join(table.get(w, w) for w in joined.split())


def _dateparser(text: str, language: str, now_local: datetime) -> datetime | None:
    from dateparser.date import DateDataParser  # heavy: loaded on first use only

    settings: dict[str, Any] = {"RELATIVE_BASE": now_local.replace(tzinfo=None), "PREFER_DATES_FROM": "future",
                                "RETURN_AS_TIMEZONE_AWARE": False}
    languages = [language] if language == "en" else [language, "en"]
    parser = DateDataParser(languages=languages, settings=settings)
    result = parser.get_date_data(text).date_obj
    return result if isinstance(result, datetime) else None


def _date_of(text: str, language: str, now_local: datetime) -> tuple[datetime | None, bool]:
    """dateparser's reading of ``text`` and whether it moved with "now" (a relative phrase like "in 2 hours")."""
    cleaned = _supplement(text.lower(), language)
    first = _dateparser(cleaned, language, now_local)
    if first is None:
        return None, False
    shifted = now_local + timedelta(minutes=37)
    if shifted.date() != now_local.date():
        shifted = now_local - timedelta(minutes=37)
    second = _dateparser(cleaned, language, shifted)
    relative = second is not None and second - first == shifted.replace(tzinfo=None) - now_local.replace(tzinfo=None)
    return first, relative


def parse_moment(text: str, *, language: str, timezone: str, now: datetime) -> ParsedMoment:
    """Read ``text`` as a future moment in ``timezone``, in ``language`` or English, with ``now`` as "now"."""
    zone = ZoneInfo(timezone)
    now_local = now.astimezone(zone)
    value = " ".join(text.strip().split())
    if not value:
        return ParsedMoment(None, "unreadable")
    strict = parse_local(value, timezone)
    if strict is not None:
        return ParsedMoment(strict) if strict > now else ParsedMoment(None, "past")
    languages = (language, "en") if language != "en" else ("en",)
    try:
        clock_time, rest = _extract_time(value, languages)
    except _BadTime:
        return ParsedMoment(None, "unreadable")
    if clock_time is not None:
        if not rest:  # a bare time: its next occurrence
            day = now_local.date()
            moment = _at(day, clock_time, zone)
            return ParsedMoment(moment if moment > now else _at(day + timedelta(days=1), clock_time, zone))
        parsed, _relative = _date_of(rest, language, now_local)
        if parsed is None:
            return ParsedMoment(None, "unreadable")
        moment = _at(parsed.date(), clock_time, zone)
        return ParsedMoment(moment) if moment > now else ParsedMoment(None, "past")
    parsed, relative = _date_of(value, language, now_local)
    if parsed is None:
        return ParsedMoment(None, "unreadable")
    moment = parsed.replace(tzinfo=zone)
    if relative:
        # "in 2 hours" moves with now; "tomorrow" or "friday" without a time of day does too, but says no time
        delta = parsed - now_local.replace(tzinfo=None)  # on the wall clock
        if delta.total_seconds() % 86400 == 0 and not re.search(r"\d", value):
            return ParsedMoment(None, "ambiguous")
        if delta < timedelta(days=1):  # hours and minutes are elapsed time, also across a change of clocks
            moment = (now + delta).astimezone(zone)
    elif parsed.time() == time(0):
        return ParsedMoment(None, "ambiguous")  # a day without a time ("15 grudnia", "friday")
    moment = moment.replace(second=0, microsecond=0)
    return ParsedMoment(moment) if moment > now else ParsedMoment(None, "past")


def _at(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, clock_time, tzinfo=zone)


def example_moment(now: datetime, timezone: str) -> datetime:
    """The moment shown as an example: tomorrow at 09:00 in ``timezone``."""
    local = now.astimezone(ZoneInfo(timezone))
    return datetime.combine(local.date() + timedelta(days=1), time(9, 0), tzinfo=ZoneInfo(timezone))
