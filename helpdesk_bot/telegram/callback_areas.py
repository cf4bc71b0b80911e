"""The bot's callback areas: every button prefix with its actions (see :mod:`.callback_protocol`).

Argument kinds decide what a press may carry; the handlers still check that a value makes sense *now*
(the event exists, the step is the current one, the person may act). Values in vocabularies that change
with configuration (catalogue sectors, knowledge categories) are :class:`Token` here and checked by the
handler against the live vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from helpdesk_bot.broadcasts.delivery import ButtonIntent, ButtonSpec
from helpdesk_bot.catalogue.draft import CALL_FLOW, PROFILE_FLOW
from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.events.models import EVENT_KINDS
from helpdesk_bot.knowledge_base.validation import MAX_ID_LENGTH
from helpdesk_bot.telegram.callback_data import MAX_ID, MAX_TIMESTAMP
from helpdesk_bot.telegram.callback_protocol import Area, Const, Id, Num, OneOf, Token, act
from helpdesk_bot.telegram.callbacks import (
    BOOKING_VERBS,
    FLOW_VERBS,
    MODES,
    BackToAdvisors,
    BookingAction,
    BookingCallback,
    CalendarPage,
    FlowStep,
    PickAdvisor,
    PickDay,
    PickMode,
    PickTime,
    PickTopic,
    Rate,
    Rebook,
    decode_booking,
)
from helpdesk_bot.topics import TOPICS

_ZERO = Const("0")
_COUNTRY = OneOf((*COUNTRIES, OTHER_COUNTRY))
_ENTRY = Token(MAX_ID_LENGTH)  # a knowledge entry id (the validation keeps ids this short)
_STASH = Token(10)          # a stash or feedback token ("-" for none)
_WORD = Token(24)           # a catalogue value, a knowledge category


def _step_buttons(prefix: str, steps: tuple[str, ...], doc: str) -> Area:
    """The step buttons of a catalogue flow: ``t`` toggles a value of a multiple choice, ``v`` chooses one,
    ``d`` finishes a multiple choice, ``s`` skips an optional step, ``save`` submits (at ``confirm``).

    The step is one of the flow's steps; the value is checked by the handler against the step's vocabulary.
    """
    step = OneOf(steps)
    return Area(prefix, act("t", step, _WORD), act("v", step, _WORD), act("d", step), act("s", step),
                act("save", Const("1")), doc=doc)


EVENTS = Area("ev", act("list", Num(0, MAX_ID)), act("mine", Num(0, MAX_ID)), *(act(v, Id()) for v in (
    "show", "reg", "unreg", "ics", "share", "att", "mk", "edit", "cx", "cxy")),
    doc="event list pages (list, mine: a page) and an event's buttons (an event or registration id)")
SUBSCRIPTIONS = Area("sub", act("k", OneOf(EVENT_KINDS)), act("t", OneOf(TOPICS)), act("c", _COUNTRY), act("allk"),
                     act("stop"), act("menu"), doc="event subscriptions")
ONBOARDING_INTERESTS = Area("onb", act("k", OneOf(EVENT_KINDS)), act("t", OneOf(TOPICS)), act("c", _COUNTRY),
                            act("done", _ZERO), act("skip", _ZERO), doc="onboarding: the optional announcements step")
NEW_EVENT_BUTTONS = Area("evn", act("abort", _ZERO), act("kind", OneOf(EVENT_KINDS)), act("top", OneOf(TOPICS)),
                 act("cty", _COUNTRY), act("next", _ZERO), act("reg", OneOf(("bot", "external", "none"))),
                 act("skip", _ZERO), act("pub", OneOf(("now", "later"))), act("ef", Token(16)),
                 doc="/newevent and editing an event")
ANNOUNCE_BUTTONS = Area("ann", act("abort", _ZERO), act("preview", _ZERO), act("send", _ZERO), act("later", _ZERO),
                act("back", _ZERO), act("k", OneOf(EVENT_KINDS)), act("t", OneOf(TOPICS)), act("c", _COUNTRY),
                act("l", OneOf(LANGUAGES)), act("tr", _ZERO), act("tl", OneOf(LANGUAGES)), act("at", _ZERO),
                doc="/announce")
TICKETS = Area("tk", *(act(v, Id()) for v in ("take", "itake", "ans", "reply", "close", "cancel")),
               doc="questions to staff")
KNOWLEDGE = Area("kb", act("fb", OneOf(("y", "n")), _ENTRY, _STASH), act("s", _ENTRY, _STASH),
                 act("cc", _ENTRY, _STASH), act("none", _STASH), act("tk", _STASH), act("book", _STASH),
                 act("topics"), act("cat", _WORD, Num(0, 1000)), act("e", _ENTRY), doc="knowledge answers")
GAPS = Area("gap", act("close", Id()), doc="/gaps")
AVAILABILITY = Area("av", act("rmw", Id()), act("rmx", Id()), doc="an advisor's /availability")
ADVISORS = Area("adv", act("tg", Id()), doc="staff /advisors")
REPORTS = Area("report", act("period", OneOf(("month", "quarter", "year", "project"))), doc="staff /report")
LANGUAGE = Area("lang", act(None, OneOf(LANGUAGES)), doc="onboarding and settings: language")
CONSENT = Area("consent", act("yes"), act("no"), doc="onboarding: privacy consent")
COUNTRY = Area("country", act(None, _COUNTRY), doc="onboarding and settings: country")
MENU = Area("menu", *(act(v) for v in ("ask", "topics", "book", "events", "settings")), doc="main menu")
SETTINGS = Area("set", *(act(v) for v in ("lang", "country", "tz", "share")), doc="/settings")
TIMEZONE_BUTTONS = Area("tz", act(None, Token(40)), doc="/timezone (an IANA name)")
FORGET = Area("forget", act("yes"), act("no"), doc="/forget")
FLOW = Area("flow", act("cancel"), doc="the Cancel button of any conversation")
MAKERSPACE = Area(
    "ms", act("res", Id()), act("day", Id(), Num(1, date.max.toordinal())), act("start", Id(), Num(0, MAX_TIMESTAMP)),
    act("len", Num(1, 96)), act("ok"), act("list"), act("cx", Id()), act("cxy", Id()), act("rs", Id()),
    act("ru", Id()), act("rt", Id()), act("ws", Num(0, 1)), act("in", Id()), act("ns", Id()), act("mt", Id()),
    act("mtu", Id(), Num(0, 50), Num(1, 24 * 31)), doc="makerspace bookings and staff")
PROFILE_STEPS = _step_buttons("pf", PROFILE_FLOW.steps, "/profile steps")
CALL_STEPS = _step_buttons("cf", CALL_FLOW.steps, "/call steps")
PROFILE_MANAGE = Area("pm", *(act(v, _ZERO) for v in ("edit", "pause", "resume", "del", "delok")),
                      doc="managing one's profile")
MODERATE = Area("mod", act("a", Id()), act("r", Id()), doc="staff: profile review")
CALL_REVIEW = Area("cr", act("a", Id()), act("r", Id()), doc="staff: call review")
CALL_INTEREST = Area("ci", act(None, Id()), doc="a member interested in a call")
CALL_AGREED = Area("ca", act(None, Id()), doc="a poster agreeing to a response")
FIND = Area("fd", act("m", OneOf(("sector", "country", "language"))), act("p", Num(1, 10_000)),
            act("o", Const("1")), act("x", Const("1")), act("s", _WORD), act("c", _WORD), act("l", _WORD),
            doc="/find filters and pages (\"-\" = any)")
CONTACT = Area("ct", act(None, Id()), doc="asking a profile for contact")
CONTACT_ANSWER = Area("cc", act("a", Id()), act("b", Id()), act("d", Id()), doc="answering a contact request")
RELAY = Area("rl", act(None, Id()), doc="writing through the bot after an accepted contact")
DIGEST = Area("dg", act("w", Num(0, 6)), act("h", Num(0, 6), Num(0, 23)), act("c", Const("1")),
              act("u", Const("1")), doc="catalogue digest settings")


class _BookingArea:
    """``bk:`` in the protocol's terms, backed by the dataclasses of :mod:`helpdesk_bot.telegram.callbacks`."""

    prefix = "bk"
    doc = "consultations: booking steps and actions on a booking"
    pattern = r"^bk:"

    def decode(self, data: str | None) -> BookingCallback | None:
        """See :func:`~helpdesk_bot.telegram.callbacks.decode_booking`."""
        return decode_booking(data)

    def encode(self, verb: str | None, *values: int | str) -> str:
        """Callback data of an intent (``acc`` + booking id, ``rebook`` + id + time, ``rate`` + id + 1..5)."""
        if verb == "rebook" and len(values) == 2:
            return Rebook(int(values[0]), int(values[1])).encode()
        if verb == "rate" and len(values) == 2:
            return Rate(int(values[0]), int(values[1])).encode()
        if verb in BOOKING_VERBS and len(values) == 1 and isinstance(values[0], int):
            return BookingAction(verb, values[0]).encode()  # type: ignore[arg-type]
        raise ValueError(f"bk: no action {verb!r} with {values!r}")

    def examples(self) -> list[tuple[str, object]]:
        """Every ``bk:`` type with its longest values."""
        big = MAX_ID
        items: list[BookingCallback] = [BookingAction(v, big) for v in BOOKING_VERBS]  # type: ignore[arg-type]
        items += [FlowStep(v) for v in FLOW_VERBS]  # type: ignore[arg-type]
        items += [Rebook(big, MAX_TIMESTAMP), Rate(big, 5), PickAdvisor(big), PickAdvisor(None),
                  BackToAdvisors(), CalendarPage(CalendarPage.MAX_PAGE), PickDay(date(9999, 12, 31)),
                  PickTime(MAX_TIMESTAMP), PickTopic(max(TOPICS, key=len)), PickMode(max(MODES, key=len))]
        return [(item.encode(), item) for item in items]


BOOKING_AREA = _BookingArea()

AREAS: tuple[Area, ...] = (
    EVENTS, SUBSCRIPTIONS, ONBOARDING_INTERESTS, NEW_EVENT_BUTTONS, ANNOUNCE_BUTTONS, TICKETS, KNOWLEDGE, GAPS, AVAILABILITY, ADVISORS, REPORTS,
    LANGUAGE, CONSENT, COUNTRY, MENU, SETTINGS, TIMEZONE_BUTTONS, FORGET, FLOW, MAKERSPACE, PROFILE_STEPS, CALL_STEPS,
    PROFILE_MANAGE, MODERATE, CALL_REVIEW, CALL_INTEREST, CALL_AGREED, FIND, CONTACT, CONTACT_ANSWER, RELAY,
    DIGEST,
)
"""Every area but ``bk`` (:data:`BOOKING_AREA`); prefixes are unique and none is a prefix of another's data."""

_BY_PREFIX: Mapping[str, Area | _BookingArea] = MappingProxyType(
    {**{a.prefix: a for a in AREAS}, BOOKING_AREA.prefix: BOOKING_AREA})


def intent_data(intent: ButtonIntent) -> str:
    """The callback data of a domain's button intent (ValueError for an unknown area or a bad value)."""
    area = _BY_PREFIX.get(intent.area)
    if area is None:
        raise ValueError(f"unknown button area {intent.area!r}")
    return area.encode(intent.verb, *intent.values)


def button_data(button: ButtonSpec) -> str | None:
    """The callback data of a rendered outbox button: its intent encoded, or old stored data as it was."""
    return intent_data(button.intent) if button.intent is not None else button.callback_data


__all__ = ["AREAS", "BOOKING_AREA", "button_data", "intent_data"]
