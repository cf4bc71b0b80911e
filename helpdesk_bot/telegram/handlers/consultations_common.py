"""Helpers shared by the consultation handlers (entrepreneurs' flow and actions, advisors' actions)."""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import InputFile, Update

from helpdesk_bot.consultations.ics import booking_ics
from helpdesk_bot.consultations.notifications import booking_args, person_zone_note, phone_for_advisor
from helpdesk_bot.consultations.views import BookingView
from helpdesk_bot.i18n.catalog import Markup
from helpdesk_bot.i18n.formatting import LocalTime, format_datetime
from helpdesk_bot.telegram.callback_data import MAX_ID, parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.replies import answer_query

log = logging.getLogger(__name__)

MAX_TEXT = 1000


def when(context: HelpdeskContext, moment: datetime) -> LocalTime:
    """A moment in the person's zone (the message it goes into names the zone)."""
    return format_datetime(moment, context.lang, context.person.timezone)


async def answer(update: Update, text: str | None = None, alert: bool = False) -> None:
    """Answer the callback query (if any, and not answered yet) so the button stops spinning."""
    await answer_query(update, text, alert=alert)


async def refuse(update: Update, context: HelpdeskContext) -> None:
    """Someone pressed a button about a booking that is not theirs (or does not exist): refuse, log."""
    context.record(outcome="forbidden")
    log.warning("refused %s to user %s", update.callback_query.data if update.callback_query else None,
                update.effective_user.id if update.effective_user else None)
    await answer(update, context.t("consult-not-found"), alert=True)
    context.request.replied = True


def int_arg(value: str) -> int | None:
    """An id or page number from a button (0..2**31-1, ASCII digits only), or None."""
    return parse_int(value, 0, MAX_ID)


def booking_text(context: HelpdeskContext, booking: BookingView, *, for_advisor: bool = False,
                 name_zone: bool = True) -> Markup:
    """A booking's details in the reader's language (advisor: in the advisor's zone, with the number to call
    for a phone consultation; the caller has checked the reader is the booking's advisor).

    The zone is named in a last line, unless ``name_zone`` is false (a list whose header names it).
    """
    tz = booking.advisor_timezone if for_advisor else context.person.timezone
    args = booking_args(booking, context.services.translator, context.lang, tz)
    if not name_zone:
        args["when"] = str(args["when"])  # a plain string: the translator adds no zone line
    args["state"] = context.t(f"consult-state-{booking.state}")
    text = context.t("consult-booking-advisor" if for_advisor else "consult-booking", **args)
    if for_advisor and booking.advisor_telegram_id == context.person.telegram_id:
        phone = phone_for_advisor(booking, context.services.translator, context.lang)
        if phone is not None:
            text = text + "\n" + phone
    note = person_zone_note(booking, context.services.translator, context.lang) if for_advisor else None
    return text + "\n" + note if note else text


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


def too_late_text(context: HelpdeskContext, booking: BookingView | None) -> Markup:
    """The refusal inside the change window, naming the advisor to contact."""
    hours = context.services.settings.consultation_change_window_hours
    if booking is None:
        return context.t("consult-too-late", hours=hours, advisor="—", contact="—")
    return context.t("consult-too-late", hours=hours, advisor=booking.advisor_name,
                     contact=booking.place or "—")


