"""The makerspace part of /mybookings and the actions on one machine booking: cancel, reschedule, and after
a maintenance closure the same time on another unit or another time."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ParseMode

from helpdesk_bot.makerspace.notifications import booking_args, calendar_file
from helpdesk_bot.makerspace.views import MakerBookingView, MakerError
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.makerspace_common import answer, error_text
from helpdesk_bot.telegram.makerspace_callbacks import encode
from helpdesk_bot.telegram.replies import edit_or_reply, reply


async def my_makerspace_bookings(update: Update, context: HelpdeskContext) -> int:
    """The makerspace part of /mybookings: each booking with its .ics, Reschedule and Cancel. Returns how many."""
    bookings = await context.services.makerspace.makers.upcoming_for_person(context.person.id)
    chat = update.effective_chat
    if chat is None or not bookings:
        return 0
    await reply(update, context, context.t("ms-my-title", count=len(bookings)))
    for booking in bookings:
        await send_booking(update, context, booking)
    return len(bookings)


async def send_booking(update: Update, context: HelpdeskContext, booking: MakerBookingView) -> None:
    """One booking as a calendar file with its text and buttons."""
    chat = update.effective_chat
    assert chat is not None
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(context.t("ms-btn-reschedule"), callback_data=encode("rs", booking.id)),
        InlineKeyboardButton(context.t("ms-btn-cancel"), callback_data=encode("cx", booking.id)),
    ]])
    text = context.t("ms-booking", **booking_args(booking, context.lang, context.person.timezone))
    attachment = calendar_file(booking, context.services.translator, context.lang, context.person.timezone,
                               context.services.clock)
    await context.bot.send_document(chat.id, InputFile(attachment.content, filename=attachment.filename),
                                    caption=text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    context.request.replied = True


async def _own(update: Update, context: HelpdeskContext, booking_id: int) -> MakerBookingView | None:
    try:
        return await context.services.makerspace.makers.booking_for_person(booking_id, context.person.id)
    except MakerError:
        context.record(outcome="forbidden")
        await answer(update, context.t("ms-error-not_found"), alert=True)
        context.request.replied = True
        return None


async def ask_cancel(update: Update, context: HelpdeskContext, booking_id: int) -> None:
    """Cancel? (Yes / No)."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    await reply(update, context, context.t("ms-cancel-ask", **booking_args(booking, context.lang,
                                                                            context.person.timezone)),
                InlineKeyboardMarkup([[InlineKeyboardButton(context.t("ms-btn-cancel-yes"),
                                                            callback_data=encode("cxy", booking.id))]]))


async def do_cancel(update: Update, context: HelpdeskContext, booking_id: int) -> None:
    """Cancel the booking (its unit is free again at once)."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    try:
        cancelled = await context.services.makerspace.makers.cancel(booking.id, context.person.id)
    except MakerError as exc:
        await reply(update, context, error_text(context, exc))
        return
    context.record(kind="makerspace.cancel", subject=f"mbooking:{booking.id}", topic=booking.resource_key)
    await edit_or_reply(update, context, context.t("ms-cancelled", **booking_args(cancelled, context.lang,
                                                                                   context.person.timezone)))


async def start_reschedule(update: Update, context: HelpdeskContext, booking_id: int) -> None:
    """Reschedule: the booking flow for the same resource, moving this booking at the end."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    if booking.state != "confirmed":
        await answer(update)
        await reply(update, context, context.t("ms-error-invalid_state"))
        return
    from helpdesk_bot.telegram.handlers.makerspace_book_flow import choose_resource

    await choose_resource(update, context, booking.resource_id, reschedule_of=booking.id)


async def rebook_other_unit(update: Update, context: HelpdeskContext, booking_id: int) -> None:
    """After a maintenance closure: the same time on another unit."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    await answer(update)
    try:
        again = await context.services.makerspace.workshop.rebook_other_unit(booking.id, context.person.id)
    except MakerError as exc:
        context.record(kind="makerspace.rebook", outcome=exc.reason)
        text = error_text(context, exc)
        await reply(update, context, text, InlineKeyboardMarkup([[InlineKeyboardButton(
            context.t("ms-btn-rebook_time"), callback_data=encode("rt", booking.id))]]))
        return
    context.record(kind="makerspace.rebook", outcome="ok", subject=f"mbooking:{again.id}")
    await reply(update, context, context.t("ms-booked", **booking_args(again, context.lang, context.person.timezone)))


async def rebook_other_time(update: Update, context: HelpdeskContext, booking_id: int) -> None:
    """After a maintenance closure: choose another time for the same kind of machine."""
    booking = await _own(update, context, booking_id)
    if booking is None:
        return
    from helpdesk_bot.telegram.handlers.makerspace_book_flow import choose_resource

    await choose_resource(update, context, booking.resource_id)
