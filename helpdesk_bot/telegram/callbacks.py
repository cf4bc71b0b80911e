"""Callback data as a typed protocol: one type per button action, encoded and decoded strictly.

Built on the strict primitives of :mod:`helpdesk_bot.telegram.callback_data` (ASCII digits, bounded
numbers, at most 64 bytes). A handler decodes the pressed data into one of these types (or None: a
forged, broken or old button, answered as stale) and builds its buttons only through ``encode()``, so
no module writes ``f"bk:acc:{id}"`` by hand. ``tests/unit/test_callbacks.py`` encodes the longest value
of every type and checks it fits Telegram's 64 bytes, and that decoding inverts encoding.

Only the consultations' ``bk:`` buttons use it so far; the other areas follow the same pattern.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from helpdesk_bot.telegram.callback_data import (
    MAX_CALLBACK_BYTES,
    parse_callback,
    parse_id,
    parse_int,
    parse_timestamp,
)
from helpdesk_bot.topics import TOPICS

MODES = ("online", "in_person", "phone")

BookingVerb = Literal["cx", "cxy", "rs", "cmt", "acc", "dec", "decn", "held", "noshow", "note", "acx", "acxn",
                      "again"]
BOOKING_VERBS: tuple[str, ...] = ("cx", "cxy", "rs", "cmt", "acc", "dec", "decn", "held", "noshow", "note", "acx",
                                  "acxn", "again")
"""Actions on one booking: cancel (ask, yes), reschedule, comment, accept, decline (ask, no reason),
held, no-show, note, advisor cancel (ask, no reason), book again."""

FlowVerb = Literal["noop", "restart", "abort", "back", "skipdesc", "keepphone", "confirm"]
FLOW_VERBS: tuple[str, ...] = ("noop", "restart", "abort", "back", "skipdesc", "keepphone", "confirm")


def _fits(data: str) -> str:
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data longer than {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


@dataclass(frozen=True)
class BookingAction:
    """``bk:<verb>:<booking id>``: an action on one booking."""

    verb: BookingVerb
    booking_id: int

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:{self.verb}:{self.booking_id}")


@dataclass(frozen=True)
class Rebook:
    """``bk:rebook:<booking id>:<unix time>``: a new booking like a fallen-through one, at that time."""

    booking_id: int
    start: int

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:rebook:{self.booking_id}:{self.start}")


@dataclass(frozen=True)
class Rate:
    """``bk:rate:<booking id>:<1-5>``: feedback on a consultation."""

    booking_id: int
    rating: int

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:rate:{self.booking_id}:{self.rating}")


@dataclass(frozen=True)
class FlowStep:
    """``bk:<verb>`` without arguments: noop, restart, abort, back (to the previous step), skip (or keep)
    the description, keep the phone number, confirm."""

    verb: FlowVerb

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:{self.verb}")


@dataclass(frozen=True)
class PickTopic:
    """``bk:topic:<topic>``."""

    topic: str

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:topic:{self.topic}")


@dataclass(frozen=True)
class PickAdvisor:
    """``bk:adv:<advisor id>``, or ``bk:adv:any`` (first available) with ``advisor_id`` None."""

    advisor_id: int | None

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:adv:{'any' if self.advisor_id is None else self.advisor_id}")


@dataclass(frozen=True)
class BackToAdvisors:
    """``bk:back:adv``: choose another advisor."""

    def encode(self) -> str:
        """The callback data."""
        return "bk:back:adv"


@dataclass(frozen=True)
class CalendarPage:
    """``bk:cal:<page>``: a page of the calendar (0 is the first)."""

    MAX_PAGE: ClassVar[int] = 1000
    page: int

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:cal:{self.page}")


@dataclass(frozen=True)
class PickDay:
    """``bk:day:<YYYYMMDD>``."""

    day: date

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:day:{self.day:%Y%m%d}")


@dataclass(frozen=True)
class PickTime:
    """``bk:time:<unix time>``: a slot's start."""

    start: int

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:time:{self.start}")


@dataclass(frozen=True)
class PickMode:
    """``bk:mode:<online|in_person|phone>``."""

    mode: str

    def encode(self) -> str:
        """The callback data."""
        return _fits(f"bk:mode:{self.mode}")


BookingCallback = (BookingAction | Rebook | Rate | FlowStep | PickTopic | PickAdvisor | BackToAdvisors
                   | CalendarPage | PickDay | PickTime | PickMode)


def _day(value: str) -> date | None:
    ymd = parse_int(value, 10000101, 99991231)
    if ymd is None:
        return None
    try:
        return date(ymd // 10000, ymd // 100 % 100, ymd % 100)
    except ValueError:
        return None


def decode_booking(data: str | None) -> BookingCallback | None:
    """The typed ``bk:`` button, or None for anything that is not exactly one of ours."""
    if not data or len(data.encode("utf-8", "surrogatepass")) > MAX_CALLBACK_BYTES:
        return None
    for parts in (1, 2, 3):
        args = parse_callback(data, "bk", parts)
        if args is not None:
            break
    else:
        return None
    verb, rest = args[0], args[1:]
    if not rest:
        return FlowStep(verb) if verb in FLOW_VERBS else None  # type: ignore[arg-type]
    if len(rest) == 2:
        booking_id = parse_id(rest[0])
        if booking_id is None:
            return None
        if verb == "rebook":
            start = parse_timestamp(rest[1])
            return Rebook(booking_id, start) if start is not None else None
        if verb == "rate":
            rating = parse_int(rest[1], 1, 5)
            return Rate(booking_id, rating) if rating is not None else None
        return None
    arg = rest[0]
    if verb in BOOKING_VERBS:
        booking_id = parse_id(arg)
        return BookingAction(verb, booking_id) if booking_id is not None else None  # type: ignore[arg-type]
    if verb == "topic":
        return PickTopic(arg) if arg in TOPICS else None
    if verb == "adv":
        if arg == "any":
            return PickAdvisor(None)
        advisor_id = parse_id(arg)
        return PickAdvisor(advisor_id) if advisor_id is not None else None
    if verb == "back":
        return BackToAdvisors() if arg == "adv" else None
    if verb == "cal":
        page = parse_int(arg, 0, CalendarPage.MAX_PAGE)
        return CalendarPage(page) if page is not None else None
    if verb == "day":
        day = _day(arg)
        return PickDay(day) if day is not None else None
    if verb == "time":
        start = parse_timestamp(arg)
        return PickTime(start) if start is not None else None
    if verb == "mode":
        return PickMode(arg) if arg in MODES else None
    return None
