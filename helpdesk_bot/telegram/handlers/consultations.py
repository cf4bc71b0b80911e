"""Consultations for entrepreneurs: /book, the main-menu button, /mybookings, feedback; the ``bk:`` router.

Booking flow (a draft in ``user_data``; a restart only asks to start that step again):
topic -> advisor (filtered by topic and language, or "first available") -> day (calendar with only
days that have free slots) -> time -> mode -> short description -> summary -> confirm.
Times are shown in the person's time zone, always named.

For the knowledge base: :func:`start_booking_from_question` starts the flow with the question as
the booking's description; :func:`book_from_question_button` gives a ``bk:fromq`` button doing the same.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

from babel.dates import get_day_names, get_month_names
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from helpdesk_bot.consultations.ics import booking_ics
from helpdesk_bot.consultations.notifications import booking_args
from helpdesk_bot.consultations.slots import group_by_day
from helpdesk_bot.consultations.views import TOPICS, AdvisorView, BookingError, BookingView
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_date, format_datetime, format_time
from helpdesk_bot.indicators import kinds
from helpdesk_bot.telegram.callback_data import MAX_ID, parse_int, parse_timestamp
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import (
    command,
    deep_link,
    get_draft,
    menu_action,
    set_draft,
    stale_button,
)
from helpdesk_bot.telegram.render import utf16_len
from helpdesk_bot.telegram.replies import edit_or_reply, reply, send_file

log = logging.getLogger(__name__)

DRAFT = "bk_draft"
AWAIT = "bk_await"
FROM_QUESTION = "bk_fromq"
WEEKS_PER_PAGE = 5
MAX_TEXT = 1000


# ---------------------------------------------------------------- helpers
def _draft(context: HelpdeskContext) -> dict[str, Any] | None:
    return get_draft(context, DRAFT)


def _set_draft(context: HelpdeskContext, draft: dict[str, Any] | None) -> None:
    set_draft(context, DRAFT, draft)


def set_awaiting(context: HelpdeskContext, what: str | None, booking_id: int | None = None) -> None:
    """Expect the person's next text message as ``what`` (description, comment, decline, cancel, note)."""
    if context.user_data is None:
        return
    if what is None:
        context.user_data.pop(AWAIT, None)
    else:
        context.user_data[AWAIT] = {"what": what, "booking": booking_id}


def when(context: HelpdeskContext, moment: datetime) -> str:
    """A moment in the person's zone, zone named."""
    return format_datetime(moment, context.lang, context.person.timezone)


async def answer(update: Update, text: str | None = None, alert: bool = False) -> None:
    """Answer the callback query (if any) so the button stops spinning."""
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text, show_alert=alert)
        except Exception:  # too old a query; nothing to do
            pass


async def refuse(update: Update, context: HelpdeskContext) -> None:
    """Someone pressed a button about a booking that is not theirs (or does not exist): refuse, log."""
    context.record(outcome="forbidden")
    log.warning("refused %s to user %s", update.callback_query.data if update.callback_query else None,
                update.effective_user.id if update.effective_user else None)
    await answer(update, context.t("consult-not-found"), alert=True)
    context.request.replied = True


def _int(value: str) -> int | None:
    """An id or page number from a button (0..2**31-1, ASCII digits only), or None."""
    return parse_int(value, 0, MAX_ID)


def booking_text(context: HelpdeskContext, booking: BookingView, *, for_advisor: bool = False) -> Markup:
    """A booking's details in the reader's language (advisor: in the advisor's zone)."""
    tz = booking.advisor_timezone if for_advisor else context.person.timezone
    args = booking_args(booking, context.services.translator, context.lang, tz)
    args["state"] = context.t(f"consult-state-{booking.state}")
    return context.t("consult-booking-advisor" if for_advisor else "consult-booking", **args)


def booking_calendar_file(context: HelpdeskContext, booking: BookingView, *, for_advisor: bool = False) -> InputFile:
    """The .ics of a booking for the reader."""
    tz = booking.advisor_timezone if for_advisor else context.person.timezone
    args = booking_args(booking, context.services.translator, context.lang, tz)
    summary = context.t("consult-ics-summary", name=booking.person_name if for_advisor else booking.advisor_name)
    description = context.t("consult-ics-description", topic=args["topic"], mode=args["mode"],
                            place=args["place"], description=args["description"])
    from helpdesk_bot.consultations.notifications import _plain

    data = booking_ics(booking, timezone=tz, summary=_plain(summary), description=_plain(description),
                       location=booking.place if booking.mode != "online" else "", now=context.services.clock.now(),
                       url=booking.place if booking.mode == "online" else None)
    return InputFile(data, filename=f"consultation-{booking.id}.ics")


def wake_dispatcher(context: HelpdeskContext) -> None:
    """Send what was just enqueued without waiting for the next scheduler tick."""
    context.application.create_task(context.services.dispatcher.wake(), name="outbox-dispatcher")


# ---------------------------------------------------------------- the flow
async def start_booking(update: Update, context: HelpdeskContext, *, description: str | None = None,
                        topic: str | None = None) -> None:
    """Start a new booking (the topic step), optionally with a description or topic already known."""
    set_awaiting(context, None)
    draft: dict[str, Any] = {"description": (description or "").strip()[:MAX_TEXT] or None}
    _set_draft(context, draft)
    context.record(kind="booking.start", subject="fromq" if description else None)
    if topic in TOPICS:
        draft["topic"] = topic
        await show_advisors(update, context)
        return
    buttons = [InlineKeyboardButton(context.t(f"consult-topic-{t}"), callback_data=f"bk:topic:{t}") for t in TOPICS]
    rows = [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
    text = context.t("consult-choose-topic")
    if draft["description"]:
        text = context.t("consult-from-question", question=draft["description"]) + "\n\n" + text
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def start_booking_from_question(update: Update, context: HelpdeskContext, question_text: str,
                                      topic: str | None = None) -> None:
    """Public entry point for the knowledge base: book a consultation about ``question_text``.

    The question becomes the booking's description (the description step is skipped); with a
    known ``topic`` (a knowledge-base category) the topic step is skipped too.
    """
    await start_booking(update, context, description=question_text or None, topic=topic)


def book_from_question_button(context: HelpdeskContext, question_text: str) -> InlineKeyboardButton:
    """A "Book a consultation" button (``bk:fromq``) that starts the flow with ``question_text`` as description."""
    if context.user_data is not None:
        context.user_data[FROM_QUESTION] = question_text[:MAX_TEXT]
    return InlineKeyboardButton(context.t("consult-btn-book-about-question"), callback_data="bk:fromq")


async def book_command(update: Update, context: HelpdeskContext) -> None:
    """/book."""
    await start_booking(update, context)


async def book_menu(update: Update, context: HelpdeskContext) -> None:
    """The main-menu button ``menu:book``."""
    await start_booking(update, context)


async def book_deep_link(update: Update, context: HelpdeskContext, arg: str) -> None:
    """``/start book-<topic>``."""
    await start_booking(update, context, topic=arg if arg in TOPICS else None)


async def show_advisors(update: Update, context: HelpdeskContext) -> None:
    """Advisors for the draft's topic in the person's language, plus "first available"."""
    draft = _draft(context)
    assert draft is not None
    advisors, language_matched = await context.services.consultations.advisors_for(draft["topic"], context.lang)
    topic_name = context.t(f"consult-topic-{draft['topic']}")
    if not advisors:
        context.record(outcome="no_advisor", topic=draft["topic"])
        await edit_or_reply(update, context, context.t("consult-no-advisor", topic=topic_name),
                            InlineKeyboardMarkup([[InlineKeyboardButton(context.t("consult-btn-other-topic"),
                                                                        callback_data="bk:restart")]]))
        return
    draft["candidates"] = [a.id for a in advisors]
    lines = [context.t("consult-choose-advisor", topic=topic_name)]
    if not language_matched:
        lines.append(context.t("consult-no-advisor-in-language"))
    for a in advisors:
        lines.append(context.t("consult-advisor-line", name=a.name, languages=", ".join(a.languages).upper(),
                               bio=a.bio(context.lang)))
    rows = [[InlineKeyboardButton(context.t("consult-btn-first-available"), callback_data="bk:adv:any")]]
    rows += [[InlineKeyboardButton(a.name, callback_data=f"bk:adv:{a.id}")] for a in advisors]
    await edit_or_reply(update, context, html_join("\n\n", lines), InlineKeyboardMarkup(rows))


async def _draft_slots(context: HelpdeskContext, draft: dict[str, Any]) -> dict[datetime, list[int]]:
    ids = draft.get("advisor_ids") or []
    return await context.services.consultations.slots_for(ids, exclude_booking=draft.get("reschedule_of"))


def calendar_keyboard(context: HelpdeskContext, days: set[date], page: int) -> tuple[InlineKeyboardMarkup, int]:
    """A month-style grid: Mon..Sun columns, a button only on days with free slots; paged by weeks."""
    first = min(days)
    monday = first - timedelta(days=first.weekday())
    last = max(days)
    weeks = (last - monday).days // 7 + 1
    pages = max(1, -(-weeks // WEEKS_PER_PAGE))
    page = max(0, min(page, pages - 1))
    names = get_day_names("narrow", locale=context.lang)
    start = monday + timedelta(weeks=page * WEEKS_PER_PAGE)
    months = get_month_names("wide", context="stand-alone", locale=context.lang)
    end = start + timedelta(weeks=WEEKS_PER_PAGE, days=-1)
    title = months[start.month] if start.month == min(end, last).month else \
        f"{months[start.month]} – {months[min(end, last).month]}"
    rows: list[list[InlineKeyboardButton]] = [
        [InlineKeyboardButton(f"{title} {start.year}", callback_data="bk:noop")],
        [InlineKeyboardButton(names[i], callback_data="bk:noop") for i in range(7)],
    ]
    for week in range(WEEKS_PER_PAGE):
        week_start = start + timedelta(weeks=week)
        if week_start > last:
            break
        row = []
        for offset in range(7):
            day = week_start + timedelta(days=offset)
            if day in days:
                row.append(InlineKeyboardButton(str(day.day), callback_data=f"bk:day:{day:%Y%m%d}"))
            else:
                row.append(InlineKeyboardButton(" ", callback_data="bk:noop"))
        rows.append(row)
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("◀", callback_data=f"bk:cal:{page - 1}"))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("▶", callback_data=f"bk:cal:{page + 1}"))
    if nav:
        rows.append(nav)
    rows.append([InlineKeyboardButton(context.t("consult-btn-abort"), callback_data="bk:abort")])
    return InlineKeyboardMarkup(rows), page


async def show_calendar(update: Update, context: HelpdeskContext, page: int = 0) -> None:
    """The day step."""
    draft = _draft(context)
    assert draft is not None
    slots = await _draft_slots(context, draft)
    grouped = group_by_day(slots, context.person.timezone)
    if not grouped:
        context.record(outcome="no_slots")
        rows = [[InlineKeyboardButton(context.t("consult-btn-other-advisor"), callback_data="bk:back:adv")]] \
            if draft.get("topic") and not draft.get("reschedule_of") else []
        await edit_or_reply(update, context, context.t("consult-no-slots"), InlineKeyboardMarkup(rows) if rows else None)
        return
    keyboard, _page = calendar_keyboard(context, set(grouped), page)
    await edit_or_reply(update, context, context.t("consult-choose-day", timezone=context.person.timezone), keyboard)


async def show_times(update: Update, context: HelpdeskContext, day: date) -> None:
    """The time step: free slots of one day in the person's zone."""
    draft = _draft(context)
    assert draft is not None
    grouped = group_by_day(await _draft_slots(context, draft), context.person.timezone)
    slots = grouped.get(day, [])
    if not slots:
        await show_calendar(update, context)
        return
    tz = context.person.timezone
    buttons = [InlineKeyboardButton(format_time(s, context.lang, tz), callback_data=f"bk:time:{int(s.timestamp())}")
               for s in slots]
    rows = [buttons[i:i + 4] for i in range(0, len(buttons), 4)]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data="bk:cal:0")])
    await edit_or_reply(update, context, context.t("consult-choose-time", day=format_date(day, context.lang),
                                                   timezone=tz), InlineKeyboardMarkup(rows))


async def _advisors_by_id(context: HelpdeskContext, ids: list[int]) -> dict[int, AdvisorView]:
    result = {}
    for advisor_id in ids:
        advisor = await context.services.consultations.get_advisor(advisor_id)
        if advisor is not None:
            result[advisor_id] = advisor
    return result


async def show_modes(update: Update, context: HelpdeskContext) -> None:
    """The mode step: the modes the advisor(s) free at the chosen time offer."""
    draft = _draft(context)
    assert draft is not None
    advisors = await _advisors_by_id(context, draft.get("slot_advisors") or draft.get("advisor_ids") or [])
    modes = [m for m in ("online", "in_person", "phone") if any(m in a.modes for a in advisors.values())]
    rows = [[InlineKeyboardButton(context.t(f"consult-mode-{m}"), callback_data=f"bk:mode:{m}")] for m in modes]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data="bk:cal:0")])
    await edit_or_reply(update, context, context.t("consult-choose-mode", when=when(context, _start(draft))),
                        InlineKeyboardMarkup(rows))


def _start(draft: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(int(draft["start"]), UTC)


async def ask_description(update: Update, context: HelpdeskContext) -> None:
    """The description step (free text, or skip)."""
    set_awaiting(context, "description")
    await edit_or_reply(update, context, context.t("consult-ask-description"), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-skip"), callback_data="bk:skipdesc")]]))


async def show_summary(update: Update, context: HelpdeskContext, *, new_message: bool = False) -> None:
    """The summary with Confirm."""
    draft = _draft(context)
    assert draft is not None
    set_awaiting(context, None)
    advisors = await _advisors_by_id(context, draft.get("advisor_ids") or [])
    if draft.get("advisor_id"):
        advisor_name = advisors[draft["advisor_id"]].name if draft["advisor_id"] in advisors else "?"
    else:
        advisor_name = context.t("consult-first-available-advisor")
    text = context.t(
        "consult-summary-reschedule" if draft.get("reschedule_of") else "consult-summary",
        topic=context.t(f"consult-topic-{draft['topic']}"), advisor=advisor_name, when=when(context, _start(draft)),
        mode=context.t(f"consult-mode-{draft['mode']}"), description=draft.get("description") or "—",
    )
    keyboard = InlineKeyboardMarkup([
        [InlineKeyboardButton(context.t("consult-btn-confirm"), callback_data="bk:confirm")],
        [InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data="bk:cal:0"),
         InlineKeyboardButton(context.t("consult-btn-abort"), callback_data="bk:abort")],
    ])
    if new_message:
        await reply(update, context, text, keyboard)
    else:
        await edit_or_reply(update, context, text, keyboard)


def _alternatives_keyboard(context: HelpdeskContext, slots: tuple[datetime, ...]) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(when(context, s), callback_data=f"bk:time:{int(s.timestamp())}")] for s in slots]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data="bk:cal:0")])
    return InlineKeyboardMarkup(rows)


async def confirm(update: Update, context: HelpdeskContext) -> None:
    """Create (or move) the booking."""
    draft = _draft(context)
    assert draft is not None
    service = context.services.consultations
    start = _start(draft)
    reschedule_of = draft.get("reschedule_of")
    kind = kinds.BOOKING_RESCHEDULED if reschedule_of else kinds.BOOKING_REQUESTED
    context.record(kind=kind, topic=draft["topic"])
    try:
        if reschedule_of:
            booking = await service.reschedule(int(reschedule_of), context.person.id, start)
        else:
            booking = await service.request_booking(
                person_id=context.person.id, advisor_id=draft.get("advisor_id"), starts_at=start,
                topic=draft["topic"], mode=draft["mode"], description=draft.get("description"),
                advisor_ids=draft.get("slot_advisors") or draft.get("advisor_ids") or [],
            )
    except BookingError as exc:
        context.record(outcome=exc.reason, subject=f"booking:{reschedule_of}" if reschedule_of else None)
        if exc.reason in ("slot_taken", "slot_unavailable"):
            if exc.booking is None and not draft.get("advisor_id") and exc.alternatives:
                pass  # "first available": the alternatives are of the last advisor tried; any free advisor is taken
            await edit_or_reply(update, context, context.t("consult-slot-taken"),
                                _alternatives_keyboard(context, exc.alternatives))
            return
        if exc.reason == "too_many":
            _set_draft(context, None)
            await edit_or_reply(update, context, context.t("consult-too-many", limit=exc.limit or 0))
            return
        if exc.reason == "too_late":
            _set_draft(context, None)
            await edit_or_reply(update, context, _too_late_text(context, exc.booking))
            return
        _set_draft(context, None)
        await edit_or_reply(update, context, context.t("consult-cannot-book"))
        return
    _set_draft(context, None)
    context.record(outcome="ok", subject=f"booking:{booking.id}")
    wake_dispatcher(context)
    key = "consult-booked-confirmed" if booking.state == "confirmed" else "consult-booked-requested"
    if reschedule_of:
        key = "consult-rescheduled-confirmed" if booking.state == "confirmed" else "consult-rescheduled-requested"
    await edit_or_reply(update, context, context.t(key, advisor=booking.advisor_name,
                                                   when=when(context, booking.starts_at)))


def _too_late_text(context: HelpdeskContext, booking: BookingView | None) -> Markup:
    hours = context.services.settings.consultation_change_window_hours
    if booking is None:
        return context.t("consult-too-late", hours=hours, advisor="—", contact="—")
    return context.t("consult-too-late", hours=hours, advisor=booking.advisor_name,
                     contact=booking.place or "—")


# ---------------------------------------------------------------- /mybookings and actions on one booking
async def my_bookings(update: Update, context: HelpdeskContext) -> None:
    """/mybookings: upcoming bookings, each with Reschedule and Cancel; confirmed ones with their .ics file."""
    bookings = await context.services.consultations.upcoming_for_person(context.person.id)
    context.record(kind="booking.list", value=float(len(bookings)))
    if not bookings:
        await reply(update, context, context.t("consult-my-none"), InlineKeyboardMarkup(
            [[InlineKeyboardButton(context.t("consult-btn-book"), callback_data="bk:restart")]]))
        return
    await reply(update, context, context.t("consult-my-title", count=len(bookings)))
    chat = update.effective_chat
    assert chat is not None
    for booking in bookings:
        keyboard = InlineKeyboardMarkup([[
            InlineKeyboardButton(context.t("consult-btn-reschedule"), callback_data=f"bk:rs:{booking.id}"),
            InlineKeyboardButton(context.t("consult-btn-cancel"), callback_data=f"bk:cx:{booking.id}"),
        ]])
        text = booking_text(context, booking)
        if booking.state == "confirmed" and utf16_len(text) <= 1024:
            await send_file(context, chat.id, booking_calendar_file(context, booking), text, keyboard)
        else:
            await reply(update, context, text, keyboard)


async def _own(update: Update, context: HelpdeskContext, booking_id: int | None) -> BookingView | None:
    if booking_id is None:
        await refuse(update, context)
        return None
    try:
        return await context.services.consultations.booking_for_person(booking_id, context.person.id)
    except BookingError:
        await refuse(update, context)
        return None


async def ask_cancel(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:cx:<id>``: are you sure?"""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    await reply(update, context, context.t("consult-cancel-sure", when=when(context, booking.starts_at),
                                           advisor=booking.advisor_name), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-cancel-yes"), callback_data=f"bk:cxy:{booking.id}"),
          InlineKeyboardButton(context.t("consult-btn-keep"), callback_data="bk:noop")]]))


async def do_cancel(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:cxy:<id>``: cancel (refused inside the change window)."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    context.record(kind=kinds.BOOKING_CANCELLED, subject=f"booking:{booking.id}", topic=booking.topic)
    try:
        await context.services.consultations.cancel_by_person(booking.id, context.person.id)
    except BookingError as exc:
        context.record(outcome=exc.reason)
        text = _too_late_text(context, exc.booking) if exc.reason == "too_late" else context.t("consult-no-longer")
        await edit_or_reply(update, context, text)
        return
    context.record(outcome="by_person")
    wake_dispatcher(context)
    await edit_or_reply(update, context, context.t("consult-cancelled", when=when(context, booking.starts_at)))


async def start_reschedule(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:rs:<id>``: pick a new time with the same advisor."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    if booking.state not in ("requested", "confirmed"):
        await reply(update, context, context.t("consult-no-longer"))
        return
    if booking.starts_at - context.services.clock.now() < timedelta(
            hours=context.services.settings.consultation_change_window_hours):
        context.record(kind=kinds.BOOKING_RESCHEDULED, outcome="too_late", subject=f"booking:{booking.id}")
        await reply(update, context, _too_late_text(context, booking))
        return
    _set_draft(context, {"reschedule_of": booking.id, "topic": booking.topic, "mode": booking.mode,
                         "description": booking.description, "advisor_id": booking.advisor_id,
                         "advisor_ids": [booking.advisor_id]})
    await show_calendar(update, context)


async def again(update: Update, context: HelpdeskContext, booking_id: int | None, start: int | None = None) -> None:
    """``bk:again:<id>`` / ``bk:rebook:<id>:<ts>``: a new booking like a fallen-through one (same advisor)."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    draft: dict[str, Any] = {"topic": booking.topic, "mode": booking.mode, "description": booking.description,
                             "advisor_id": booking.advisor_id, "advisor_ids": [booking.advisor_id]}
    _set_draft(context, draft)
    if start is not None:
        slots = await _draft_slots(context, draft)
        chosen = datetime.fromtimestamp(start, UTC)
        if chosen in slots:
            draft["start"] = start
            await show_summary(update, context, new_message=True)
            return
    await show_calendar(update, context)


async def rate(update: Update, context: HelpdeskContext, booking_id: int | None, rating: int | None) -> None:
    """``bk:rate:<id>:<n>``: feedback 1-5."""
    if booking_id is None or rating is None or not 1 <= rating <= 5:
        await stale_button(update, context)
        return
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    context.record(kind=kinds.BOOKING_FEEDBACK, subject=f"booking:{booking.id}", topic=booking.topic,
                   value=float(rating))
    try:
        await context.services.consultations.record_feedback(booking.id, context.person.id, rating)
    except BookingError as exc:
        context.record(outcome=exc.reason)
        await answer(update, context.t("consult-no-longer"), alert=True)
        context.request.replied = True
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-feedback-thanks", rating=rating), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-comment"), callback_data=f"bk:cmt:{booking.id}")]]))


async def ask_comment(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:cmt:<id>``: the next message is a comment on the consultation."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    set_awaiting(context, "comment", booking.id)
    await reply(update, context, context.t("consult-ask-comment"))


# ---------------------------------------------------------------- routing
async def on_button(update: Update, context: HelpdeskContext) -> None:
    """Every ``bk:`` button: parsed strictly, then checked against the database and the presser."""
    from helpdesk_bot.telegram.handlers import consultations_advisor as adv

    query = update.callback_query
    assert query is not None
    data = query.data or ""
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != "bk" or len(data) > 64 or any(p == "" for p in parts):
        await stale_button(update, context)
        return
    action, args = parts[1], parts[2:]
    arg = _int(args[0]) if args else None
    one = len(args) == 1
    if action == "noop" and not args:
        await answer(update)
        context.request.replied = True
        return
    booking_actions = {
        "cx": ask_cancel, "cxy": do_cancel, "rs": start_reschedule, "cmt": ask_comment,
        "acc": adv.accept, "dec": adv.ask_decline_reason, "decn": adv.decline_without_reason,
        "held": adv.held, "noshow": adv.no_show, "note": adv.ask_note, "acx": adv.ask_cancel_reason,
        "acxn": adv.cancel_without_reason,
    }
    if action in (*booking_actions, "again", "rebook", "rate") and arg is None:
        await stale_button(update, context)  # not a booking id: a crafted or broken button
        return
    if action in booking_actions and one:
        context.record(subject=f"booking:{args[0][:20]}")
        await booking_actions[action](update, context, arg)
        return
    if action == "again" and one:
        await again(update, context, arg)
        return
    if action == "rebook" and len(args) == 2:
        await again(update, context, arg, parse_timestamp(args[1]))
        return
    if action == "rate" and len(args) == 2:
        await rate(update, context, arg, parse_int(args[1], 1, 5))
        return
    if action in ("restart", "fromq") and not args:
        await answer(update)
        question = context.user_data.pop(FROM_QUESTION, None) if action == "fromq" and context.user_data else None
        await start_booking(update, context, description=question)
        return
    await _flow_step(update, context, action, args)


async def _flow_step(update: Update, context: HelpdeskContext, action: str, args: list[str]) -> None:
    draft = _draft(context)
    if draft is None:
        context.record(outcome="expired_draft")
        await answer(update)
        await reply(update, context, context.t("consult-draft-expired"), InlineKeyboardMarkup(
            [[InlineKeyboardButton(context.t("consult-btn-book"), callback_data="bk:restart")]]))
        return
    service = context.services.consultations
    if action == "abort" and not args:
        _set_draft(context, None)
        set_awaiting(context, None)
        await answer(update)
        context.record(kind="booking.abort")
        await edit_or_reply(update, context, context.t("consult-aborted"))
        return
    if action == "topic" and len(args) == 1 and args[0] in TOPICS and not draft.get("reschedule_of"):
        await answer(update)
        draft.update({"topic": args[0], "advisor_id": None, "advisor_ids": [], "start": None})
        context.record(topic=args[0])
        await show_advisors(update, context)
        return
    if action == "back" and args == ["adv"] and draft.get("topic") and not draft.get("reschedule_of"):
        await answer(update)
        await show_advisors(update, context)
        return
    if action == "adv" and len(args) == 1 and draft.get("topic") and not draft.get("reschedule_of"):
        candidates = draft.get("candidates") or []
        if args[0] == "any":
            draft.update({"advisor_id": None, "advisor_ids": list(candidates)})
        else:
            advisor_id = _int(args[0])
            if advisor_id not in candidates:
                await stale_button(update, context)
                return
            advisor = await service.get_advisor(advisor_id)  # type: ignore[arg-type]
            if advisor is None or not advisor.active:
                await stale_button(update, context)
                return
            draft.update({"advisor_id": advisor_id, "advisor_ids": [advisor_id]})
        await answer(update)
        await show_calendar(update, context)
        return
    if not draft.get("advisor_ids"):
        await stale_button(update, context)
        return
    if action == "cal" and len(args) == 1 and (page := parse_int(args[0], 0, 1000)) is not None:
        await answer(update)
        await show_calendar(update, context, page)
        return
    if action == "day" and len(args) == 1 and (ymd := parse_int(args[0], 10000101, 99991231)) is not None:
        try:
            day = date(ymd // 10000, ymd // 100 % 100, ymd % 100)
        except ValueError:
            await stale_button(update, context)
            return
        await answer(update)
        await show_times(update, context, day)
        return
    if action == "time" and len(args) == 1 and (ts := parse_timestamp(args[0])) is not None:
        slots = await _draft_slots(context, draft)
        chosen = datetime.fromtimestamp(ts, UTC)
        if chosen not in slots:
            await answer(update, context.t("consult-slot-gone"), alert=True)
            context.request.replied = True
            context.record(outcome="slot_gone")
            await show_calendar(update, context)
            return
        await answer(update)
        draft["start"] = ts
        draft["slot_advisors"] = slots[chosen]
        if draft.get("reschedule_of") or draft.get("mode"):
            advisors = await _advisors_by_id(context, slots[chosen])
            if draft.get("mode") and any(draft["mode"] in a.modes for a in advisors.values()):
                await show_summary(update, context)
                return
        await show_modes(update, context)
        return
    if not draft.get("start"):
        await stale_button(update, context)
        return
    if action == "mode" and len(args) == 1 and args[0] in ("online", "in_person", "phone"):
        await answer(update)
        draft["mode"] = args[0]
        if draft.get("description"):
            await show_summary(update, context)
        else:
            await ask_description(update, context)
        return
    if not draft.get("mode"):
        await stale_button(update, context)
        return
    if action == "skipdesc" and not args:
        await answer(update)
        draft["description"] = None
        await show_summary(update, context)
        return
    if action == "confirm" and not args:
        await answer(update)
        await confirm(update, context)
        return
    await stale_button(update, context)


async def on_text(update: Update, context: HelpdeskContext) -> None:
    """Text the bot asked for (a description, a comment, a reason, a note); otherwise let others handle it."""
    from helpdesk_bot.telegram.handlers import consultations_advisor as adv

    pending = context.user_data.get(AWAIT) if context.user_data is not None else None
    message = update.effective_message
    if not pending or message is None or not message.text:
        return
    set_awaiting(context, None)
    text = message.text.strip()[:MAX_TEXT]
    what = pending.get("what")
    booking_id = pending.get("booking")
    if what == "description":
        draft = _draft(context)
        if draft is not None and draft.get("mode"):
            draft["description"] = text
            context.record(kind="booking.description")
            await show_summary(update, context, new_message=True)
            raise ApplicationHandlerStop
        return
    if what == "comment" and booking_id:
        context.record(kind="booking.feedback_comment", subject=f"booking:{booking_id}")
        try:
            await context.services.consultations.set_feedback_comment(int(booking_id), context.person.id, text)
        except BookingError as exc:
            context.record(outcome=exc.reason)
            await reply(update, context, context.t("consult-no-longer"))
            raise ApplicationHandlerStop from None
        await reply(update, context, context.t("consult-comment-thanks"))
        raise ApplicationHandlerStop
    if what in ("decline", "cancel", "note") and booking_id:
        await adv.on_reason_text(update, context, what, int(booking_id), text)
        raise ApplicationHandlerStop


async def forget_pending_input(update: Update, context: HelpdeskContext) -> None:
    """A command ends any pending text input (the next free text is a question again)."""
    set_awaiting(context, None)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /book, /mybookings, the menu button, the deep link, the ``bk:`` router and pending-input text."""
    application.add_handler(MessageHandler(filters.COMMAND, forget_pending_input), group=-2)
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text), group=-1)
    application.add_handler(CommandHandler("book", book_command))
    application.add_handler(CommandHandler("mybookings", my_bookings))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^bk:"))
    command("book")
    command("mybookings")
    menu_action("book", book_menu)
    deep_link("book", book_deep_link)
