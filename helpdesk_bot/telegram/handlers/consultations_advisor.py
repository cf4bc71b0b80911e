"""Consultations for advisors and staff: accept/decline, /agenda, cancel with a reason, attendance and
outcome notes. Times in the advisor's zone. This module registers also /availability
(:mod:`.consultations_availability`) and the staff's /advisors (list, show/hide;
:mod:`.consultations_staff`), which live in their own modules."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.consultations.views import BookingError, BookingView
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import LocalTime, format_date, format_datetime
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import ADVISORS, AVAILABILITY
from helpdesk_bot.telegram.callbacks import BookingAction
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button
from helpdesk_bot.telegram.handlers.booking_notes import set_awaiting
from helpdesk_bot.telegram.handlers.common import command, requires_role
from helpdesk_bot.telegram.handlers.consultations_availability import (
    availability,
    current_advisor,
    on_availability_button,
)
from helpdesk_bot.telegram.handlers.consultations_common import (
    answer,
    booking_text,
    refuse,
)
from helpdesk_bot.telegram.handlers.consultations_staff import advisors_command, on_advisors_button
from helpdesk_bot.telegram.replies import edit_or_reply, reply


async def _advisor_booking(update: Update, context: HelpdeskContext, booking_id: int | None) -> BookingView | None:
    """The booking if the presser is its advisor; anyone else is refused."""
    if booking_id is None:
        await refuse(update, context)
        return None
    try:
        return await context.services.consultations.booking_for_advisor(booking_id, context.person.telegram_id)
    except BookingError:
        await refuse(update, context)
        return None


def _at(booking: BookingView, lang: str) -> LocalTime:
    return format_datetime(booking.starts_at, lang, booking.advisor_timezone)


async def accept(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:acc:<id>``."""
    booking = await _advisor_booking(update, context, booking_id)
    if booking is None:
        return
    context.record(kind="advisor.booking_accept", topic=booking.topic)
    try:
        booking = await context.services.consultations.decide(booking.id, context.person.telegram_id, accept=True)
    except BookingError as exc:
        await _not_open(update, context, exc)
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-accepted", person=booking.person_name,
                                                   when=_at(booking, context.lang)))


async def _not_open(update: Update, context: HelpdeskContext, exc: BookingError) -> None:
    context.record(outcome=exc.reason)
    state = exc.booking.state if exc.booking is not None else "unknown"
    await answer(update, context.t("consult-request-closed", state=context.t(f"consult-state-{state}")), alert=True)
    context.request.replied = True


async def ask_decline_reason(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:dec:<id>``: the reason is optional: type it, or decline without one."""
    booking = await _advisor_booking(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    if booking.state != "requested":
        await reply(update, context, context.t("consult-request-closed",
                                               state=context.t(f"consult-state-{booking.state}")))
        return
    await set_awaiting(context, "decline", booking.id)
    await reply(update, context, context.t("consult-ask-decline-reason"), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-decline-no-reason"), callback_data=BookingAction("decn", booking.id).encode())],
         [cancel_button(context)]]))


async def _decline(update: Update, context: HelpdeskContext, booking_id: int, reason: str | None) -> None:
    context.record(kind="advisor.booking_decline", subject=f"booking:{booking_id}")
    await set_awaiting(context, None)
    try:
        booking = await context.services.consultations.decide(booking_id, context.person.telegram_id, accept=False,
                                                              reason=reason)
    except BookingError as exc:
        if exc.reason == "not_found":
            await refuse(update, context)
            return
        await _not_open(update, context, exc)
        if update.callback_query is None:
            await reply(update, context, context.t("consult-no-longer"))
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-declined", person=booking.person_name,
                                                   when=_at(booking, context.lang)))


async def decline_without_reason(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:decn:<id>``."""
    if await _advisor_booking(update, context, booking_id) is None:
        return
    assert booking_id is not None
    await _decline(update, context, booking_id, None)


async def ask_cancel_reason(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:acx:<id>``: the advisor cancels; the reason goes to the entrepreneur."""
    booking = await _advisor_booking(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    await set_awaiting(context, "cancel", booking.id)
    await reply(update, context, context.t("consult-ask-cancel-reason", person=booking.person_name,
                                           when=_at(booking, context.lang)), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-cancel-no-reason"), callback_data=BookingAction("acxn", booking.id).encode())],
         [cancel_button(context)]]))


async def _advisor_cancel(update: Update, context: HelpdeskContext, booking_id: int, reason: str | None) -> None:
    context.record(kind="advisor.booking_cancel", subject=f"booking:{booking_id}")
    await set_awaiting(context, None)
    try:
        booking = await context.services.consultations.cancel_by_advisor(booking_id, context.person.telegram_id,
                                                                         reason)
    except BookingError as exc:
        if exc.reason == "not_found":
            await refuse(update, context)
            return
        context.record(outcome=exc.reason)
        await answer(update)
        await reply(update, context, context.t("consult-no-longer"))
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-advisor-cancelled", person=booking.person_name,
                                                   when=_at(booking, context.lang)))


async def cancel_without_reason(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:acxn:<id>``."""
    if await _advisor_booking(update, context, booking_id) is None:
        return
    assert booking_id is not None
    await _advisor_cancel(update, context, booking_id, None)


async def _attendance(update: Update, context: HelpdeskContext, booking_id: int | None, held: bool) -> None:
    booking = await _advisor_booking(update, context, booking_id)
    if booking is None:
        return
    context.record(kind="advisor.booking_attendance", topic=booking.topic, outcome="held" if held else "no_show")
    try:
        booking = await context.services.consultations.record_attendance(booking.id, context.person.telegram_id,
                                                                         held=held)
    except BookingError as exc:
        context.record(outcome=exc.reason)
        key = "consult-too-early" if exc.reason == "too_early" else "consult-no-longer"
        await answer(update, context.t(key), alert=True)
        context.request.replied = True
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-attendance-recorded", person=booking.person_name,
                                                   when=_at(booking, context.lang),
                                                   state=context.t(f"consult-state-{booking.state}")),
                        InlineKeyboardMarkup([[InlineKeyboardButton(context.t("consult-btn-note"),
                                                                    callback_data=BookingAction("note", booking.id).encode())]]))


async def held(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:held:<id>``."""
    await _attendance(update, context, booking_id, True)


async def no_show(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:noshow:<id>``."""
    await _attendance(update, context, booking_id, False)


async def ask_note(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:note:<id>``: the next message is the outcome note (advisors and staff only see it)."""
    booking = await _advisor_booking(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    await set_awaiting(context, "note", booking.id)
    await reply(update, context, context.t("consult-ask-note"), InlineKeyboardMarkup([[cancel_button(context)]]))


async def on_reason_text(update: Update, context: HelpdeskContext, what: str, booking_id: int, text: str) -> None:
    """The typed reason of a decline or cancellation, or an outcome note."""
    if what == "decline":
        await _decline(update, context, booking_id, text)
    elif what == "cancel":
        await _advisor_cancel(update, context, booking_id, text)
    else:
        context.record(kind="advisor.booking_note", subject=f"booking:{booking_id}")
        try:
            await context.services.consultations.set_outcome_note(booking_id, context.person.telegram_id, text)
        except BookingError as exc:
            context.record(outcome=exc.reason)
            await reply(update, context, context.t("consult-no-longer"))
            return
        await reply(update, context, context.t("consult-note-saved"))


# ---------------------------------------------------------------- /agenda
def _agenda_lines(context: HelpdeskContext, bookings: list[BookingView]) -> list[Markup]:
    lines = []
    for b in bookings:
        lines.append(booking_text(context, b, for_advisor=True, name_zone=False))  # the header names it
        if b.outcome_note:
            lines.append(context.t("consult-note-line", note=b.outcome_note))
    return lines


def _agenda_buttons(context: HelpdeskContext, bookings: list[BookingView], now: datetime) -> list[list[InlineKeyboardButton]]:
    rows = []
    for b in bookings[:15]:
        label = f"#{b.id}"
        if b.state == "requested":
            rows.append([InlineKeyboardButton(f"{label} {context.t('consult-btn-accept')}", callback_data=BookingAction("acc", b.id).encode()),
                         InlineKeyboardButton(context.t("consult-btn-decline"), callback_data=BookingAction("dec", b.id).encode())])
        elif b.state == "confirmed" and b.starts_at > now:
            rows.append([InlineKeyboardButton(f"{label} {context.t('consult-btn-cancel')}", callback_data=BookingAction("acx", b.id).encode())])
        elif b.state == "confirmed":
            rows.append([InlineKeyboardButton(f"{label} {context.t('consult-btn-held')}", callback_data=BookingAction("held", b.id).encode()),
                         InlineKeyboardButton(context.t("consult-btn-noshow"), callback_data=BookingAction("noshow", b.id).encode())])
        else:
            rows.append([InlineKeyboardButton(f"{label} {context.t('consult-btn-note')}", callback_data=BookingAction("note", b.id).encode())])
    return rows


@requires_role(Role.ADVISOR)
async def agenda(update: Update, context: HelpdeskContext) -> None:
    """/agenda: today and the next seven days, in the advisor's zone."""
    advisor = await current_advisor(update, context)
    if advisor is None:
        return
    zone = ZoneInfo(advisor.timezone)
    now = context.services.clock.now()
    today = now.astimezone(zone).date()
    start_today = datetime.combine(today, datetime.min.time(), zone)
    tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), zone)
    week_end = datetime.combine(today + timedelta(days=8), datetime.min.time(), zone)
    service = context.services.consultations
    todays = await service.agenda(advisor.telegram_id, start_today, tomorrow)
    week = await service.agenda(advisor.telegram_id, tomorrow, week_end)
    context.record(kind="advisor.agenda", value=float(len(todays) + len(week)))
    parts = [context.t("consult-agenda-today", date=format_date(today, context.lang), timezone=advisor.timezone)]
    parts += _agenda_lines(context, todays) or [context.t("consult-agenda-empty")]
    parts.append(context.t("consult-agenda-week"))
    parts += _agenda_lines(context, week) or [context.t("consult-agenda-empty")]
    rows = _agenda_buttons(context, todays + week, now)
    await reply(update, context, html_join("\n\n", parts), InlineKeyboardMarkup(rows) if rows else None)



def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /agenda, /availability, /advisors and their buttons."""
    application.add_handler(CommandHandler("agenda", agenda))
    application.add_handler(CommandHandler("availability", availability))
    application.add_handler(CommandHandler("advisors", advisors_command))
    application.add_handler(CallbackQueryHandler(on_availability_button, pattern=AVAILABILITY.pattern))
    application.add_handler(CallbackQueryHandler(on_advisors_button, pattern=ADVISORS.pattern))
    command(application, "agenda", Role.ADVISOR)
    command(application, "availability", Role.ADVISOR)
    command(application, "advisors", Role.STAFF)
