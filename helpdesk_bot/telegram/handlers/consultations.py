"""Consultations for entrepreneurs: /book, the main-menu button, /mybookings, cancel, reschedule, feedback;
the ``bk:`` router (the booking flow itself is :mod:`helpdesk_bot.telegram.handlers.booking_flow`).

For the knowledge base: :func:`start_booking_from_question` starts the flow with the question as
the booking's description.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.consultations.views import BookingError, BookingView
from helpdesk_bot.indicators import kinds
from helpdesk_bot.telegram.callback_areas import BOOKING_AREA
from helpdesk_bot.telegram.callbacks import BookingAction, FlowStep, Rate, Rebook, decode_booking
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button, register_flow
from helpdesk_bot.telegram.handlers.booking_flow import BOOKING, BookingDraft
from helpdesk_bot.telegram.handlers.booking_notes import (
    ADVISOR_NOTE,
    FEEDBACK_COMMENT,
    on_booking_note_text,
    set_awaiting,
)
from helpdesk_bot.telegram.handlers.booking_steps import (
    on_booking_text,
    on_flow_button,
    start_booking,
    start_booking_from_question,
    start_from_booking,
)
from helpdesk_bot.telegram.handlers.common import command, deep_link, menu_action, stale_button
from helpdesk_bot.telegram.handlers.consultations_common import (
    answer,
    booking_calendar_file,
    booking_text,
    refuse,
    too_late_text,
    when,
)
from helpdesk_bot.telegram.render import utf16_len
from helpdesk_bot.telegram.replies import edit_or_reply, reply, send_file
from helpdesk_bot.topics import TOPICS

log = logging.getLogger(__name__)

__all__ = ["start_booking", "start_booking_from_question"]


async def book_command(update: Update, context: HelpdeskContext) -> None:
    """/book."""
    await start_booking(update, context)


async def book_menu(update: Update, context: HelpdeskContext) -> None:
    """The main-menu button ``menu:book``."""
    await start_booking(update, context)


async def book_deep_link(update: Update, context: HelpdeskContext, arg: str) -> None:
    """``/start book-<topic>``."""
    await start_booking(update, context, topic=arg if arg in TOPICS else None)


# ---------------------------------------------------------------- /mybookings and actions on one booking
async def my_bookings(update: Update, context: HelpdeskContext) -> None:
    """/mybookings: upcoming bookings, each with Reschedule and Cancel; confirmed ones with their .ics file."""
    from helpdesk_bot.telegram.handlers.makerspace_bookings import my_makerspace_bookings

    bookings = await context.services.consultations.upcoming_for_person(context.person.id)
    machines = await context.services.makerspace.makers.upcoming_for_person(context.person.id)
    context.record(kind="booking.list", value=float(len(bookings) + len(machines)))
    if not bookings and not machines:
        await reply(update, context, context.t("consult-my-none"), InlineKeyboardMarkup(
            [[InlineKeyboardButton(context.t("consult-btn-book"), callback_data=FlowStep("restart").encode())]]))
        return
    if machines:  # the makerspace's machines beside the consultations
        await my_makerspace_bookings(update, context)
    if not bookings:
        return
    await reply(update, context, context.t("consult-my-title", count=len(bookings)))
    chat = update.effective_chat
    assert chat is not None
    for booking in bookings:
        keyboard = InlineKeyboardMarkup([[
            InlineKeyboardButton(context.t("consult-btn-reschedule"), callback_data=BookingAction("rs", booking.id).encode()),
            InlineKeyboardButton(context.t("consult-btn-cancel"), callback_data=BookingAction("cx", booking.id).encode()),
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
        [[InlineKeyboardButton(context.t("consult-btn-cancel-yes"), callback_data=BookingAction("cxy", booking.id).encode()),
          InlineKeyboardButton(context.t("consult-btn-keep"), callback_data=FlowStep("noop").encode())]]))


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
        text = too_late_text(context, exc.booking) if exc.reason == "too_late" else context.t("consult-no-longer")
        await edit_or_reply(update, context, text)
        return
    context.record(outcome="by_person")
    await edit_or_reply(update, context, context.t("consult-cancelled", when=when(context, booking.starts_at)))


async def start_reschedule(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:rs:<id>``: pick a new time with the same advisor."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    try:
        context.services.consultations.ensure_changeable(booking)
    except BookingError as exc:
        if exc.reason != "too_late":
            await reply(update, context, context.t("consult-no-longer"))
            return
        context.record(kind=kinds.BOOKING_RESCHEDULED, outcome="too_late", subject=f"booking:{booking.id}")
        await reply(update, context, too_late_text(context, booking))
        return
    await start_from_booking(update, context, BookingDraft(
        reschedule_of=booking.id, topic=booking.topic, mode=booking.mode, description=booking.description,
        phone=booking.phone, advisor_id=booking.advisor_id, advisor_ids=[booking.advisor_id]))


async def again(update: Update, context: HelpdeskContext, booking_id: int | None, start: int | None = None) -> None:
    """``bk:again:<id>`` / ``bk:rebook:<id>:<ts>``: a new booking like a fallen-through one (same advisor)."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    await start_from_booking(update, context, BookingDraft(
        topic=booking.topic, mode=booking.mode, description=booking.description, phone=booking.phone,
        advisor_id=booking.advisor_id, advisor_ids=[booking.advisor_id]), start)


async def rate(update: Update, context: HelpdeskContext, booking_id: int | None, rating: int | None) -> None:
    """``bk:rate:<id>:<n>``: feedback 1-5."""
    if booking_id is None or rating is None or not 1 <= rating <= 5:
        await stale_button(update, context)
        return
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    # the press itself is logged as the button it is; the rating (one per booking) is the use case's fact
    context.record(subject=f"booking:{booking.id}", topic=booking.topic, value=float(rating))
    try:
        await context.services.consultations.record_feedback(booking.id, context.person.id, rating)
    except BookingError:
        context.record(outcome=kinds.REFUSED)
        await answer(update, context.t("consult-no-longer"), alert=True)
        context.request.replied = True
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-feedback-thanks", rating=rating), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-comment"), callback_data=BookingAction("cmt", booking.id).encode())]]))


async def ask_comment(update: Update, context: HelpdeskContext, booking_id: int | None) -> None:
    """``bk:cmt:<id>``: the next message is a comment on the consultation."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    await set_awaiting(context, "comment", booking.id)
    await reply(update, context, context.t("consult-ask-comment"), InlineKeyboardMarkup([[cancel_button(context)]]))


# ---------------------------------------------------------------- routing
async def on_button(update: Update, context: HelpdeskContext) -> None:
    """Every ``bk:`` button: decoded strictly (:mod:`helpdesk_bot.telegram.callbacks`), then checked against
    the database and the presser."""
    from helpdesk_bot.telegram.handlers import consultations_advisor as adv

    query = update.callback_query
    assert query is not None
    pressed = decode_booking(query.data)
    if pressed is None:  # a crafted, broken or outdated button
        await stale_button(update, context)
        return
    booking_actions = {
        "cx": ask_cancel, "cxy": do_cancel, "rs": start_reschedule, "cmt": ask_comment,
        "acc": adv.accept, "dec": adv.ask_decline_reason, "decn": adv.decline_without_reason,
        "held": adv.held, "noshow": adv.no_show, "note": adv.ask_note, "acx": adv.ask_cancel_reason,
        "acxn": adv.cancel_without_reason, "again": again,
    }
    if isinstance(pressed, BookingAction):
        context.record(subject=f"booking:{pressed.booking_id}")
        await booking_actions[pressed.verb](update, context, pressed.booking_id)
    elif isinstance(pressed, Rebook):
        await again(update, context, pressed.booking_id, pressed.start)
    elif isinstance(pressed, Rate):
        await rate(update, context, pressed.booking_id, pressed.rating)
    elif pressed == FlowStep("noop"):
        await answer(update)
        context.request.replied = True
    elif pressed == FlowStep("restart"):
        await answer(update)
        await start_booking(update, context)
    else:
        await on_flow_button(update, context, pressed)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /book, /mybookings, the menu button, the deep link, the ``bk:`` router and the flows' text steps."""
    register_flow(application, BOOKING, on_booking_text)
    register_flow(application, FEEDBACK_COMMENT, on_booking_note_text)
    register_flow(application, ADVISOR_NOTE, on_booking_note_text)
    application.add_handler(CommandHandler("book", book_command))
    application.add_handler(CommandHandler("mybookings", my_bookings))
    application.add_handler(CallbackQueryHandler(on_button, pattern=BOOKING_AREA.pattern))
    command(application, "book")
    command(application, "mybookings")
    menu_action(application, "book", book_menu)
    deep_link(application, "book", book_deep_link)
