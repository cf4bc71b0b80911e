"""Makerspace for makers: /makerspace (the overview), the router of the ``ms:`` buttons and the
registration; the booking steps are in :mod:`.makerspace_book_flow`, the makerspace part of /mybookings in
:mod:`.makerspace_bookings`.

Booking flow (state in the database, flow ``makerspace.book``): resource -> day -> start -> length
-> summary -> confirm. Every step is a button (``ms:`` callbacks, parsed strictly by
:mod:`helpdesk_bot.telegram.makerspace_callbacks`); a start time (``14:30``) and a length (``90``,
``1:30``, ``2h``) may also be typed. Every id and value is checked again by the use case. A machine
that needs an induction the person does not hold is refused with the next induction session (and
its Register button) or whom to ask.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.i18n.formatting import format_number
from helpdesk_bot.telegram.callback_areas import MAKERSPACE
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import on_flow_text
from helpdesk_bot.telegram.handlers.common import command, stale_button
from helpdesk_bot.telegram.handlers.makerspace_book_flow import (
    BOOKING,
    choose_day,
    choose_length,
    choose_resource,
    choose_start,
    confirm,
    on_text,
    resource_today,
)
from helpdesk_bot.telegram.handlers.makerspace_bookings import (
    ask_cancel,
    do_cancel,
    rebook_other_time,
    rebook_other_unit,
    start_reschedule,
)
from helpdesk_bot.telegram.handlers.makerspace_common import (
    answer,
)
from helpdesk_bot.telegram.makerspace_callbacks import decode, encode
from helpdesk_bot.telegram.replies import edit_or_reply

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- /makerspace
async def makerspace_command(update: Update, context: HelpdeskContext) -> None:
    """/makerspace: every machine with its free hours today and this week, and a button to book it."""
    await show_overview(update, context)


async def show_overview(update: Update, context: HelpdeskContext) -> None:
    """The list of resources (also the "back" target of the flow)."""
    makers = context.services.makerspace.makers
    resources = await makers.list_resources()
    context.record(kind="makerspace.list", value=float(len(resources)))
    if not resources:
        await edit_or_reply(update, context, context.t("ms-none"))
        return
    zone = resources[0].timezone
    lines = [context.t("ms-title", zone=zone)]
    rows = []
    for r in resources:
        load = await makers.load(r, days=7)
        today = load.get(resource_today(context, r))
        week = sum(d.free_minutes for d in load.values())
        if today is None:  # no more opening hours today
            lines.append(context.t("ms-overview-line-closed", resource=r.name(context.lang), units=str(r.units),
                                   week=format_number(week / 60, context.lang)))
        else:
            lines.append(context.t("ms-overview-line", resource=r.name(context.lang), units=str(r.units),
                                   today=format_number(today.free_minutes / 60, context.lang),
                                   week=format_number(week / 60, context.lang)))
        if r.induction is not None:
            lines.append(context.t("ms-overview-induction", induction=r.induction.name(context.lang)))
        rows.append([InlineKeyboardButton(r.name(context.lang), callback_data=encode("res", r.id))])
    await edit_or_reply(update, context, html_join("\n", lines), InlineKeyboardMarkup(rows))


# ---------------------------------------------------------------- routing
async def on_button(update: Update, context: HelpdeskContext) -> None:
    """Every maker's ``ms:`` button (staff buttons go to :mod:`makerspace_staff`)."""
    from helpdesk_bot.telegram.handlers import makerspace_staff

    query = update.callback_query
    parsed = decode(query.data if query else None)
    if parsed is None:
        await stale_button(update, context)
        return
    action, args = parsed
    if action in makerspace_staff.ACTIONS:
        await makerspace_staff.on_button(update, context, action, args)
        return
    if action == "list":
        await context.services.conversations.finish(context.person.id)
        await answer(update)
        await show_overview(update, context)
    elif action == "res":
        await choose_resource(update, context, args[0])
    elif action == "day":
        await choose_day(update, context, args[0], args[1])
    elif action == "start":
        await choose_start(update, context, args[0], args[1])
    elif action == "len":
        await choose_length(update, context, args[0])
    elif action == "ok":
        await confirm(update, context)
    elif action == "cx":
        await ask_cancel(update, context, args[0])
    elif action == "cxy":
        await do_cancel(update, context, args[0])
    elif action == "rs":
        await start_reschedule(update, context, args[0])
    elif action == "ru":
        await rebook_other_unit(update, context, args[0])
    elif action == "rt":
        await rebook_other_time(update, context, args[0])
    else:
        await stale_button(update, context)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /makerspace, the ``ms:`` router and the flow's free-text steps."""
    application.add_handler(CommandHandler("makerspace", makerspace_command))
    application.add_handler(CallbackQueryHandler(on_button, pattern=MAKERSPACE.pattern))
    on_flow_text(application, BOOKING.name, on_text, restart_command=BOOKING.restart_command)
    command(application, "makerspace")
