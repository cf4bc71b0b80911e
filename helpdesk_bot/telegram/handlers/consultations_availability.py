"""An advisor's weekly availability in Telegram: /availability (the windows of each weekday in the
advisor's zone, and time off) and its ``av:`` buttons; also :func:`current_advisor`, the presser's advisor
profile, shared with /agenda and the booking actions of :mod:`.consultations_advisor`."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.consultations.slots import WEEKDAYS, Window, parse_window
from helpdesk_bot.consultations.views import AdvisorView
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_date
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import AVAILABILITY
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import requires_role, stale_button
from helpdesk_bot.telegram.handlers.consultations_common import (
    answer,
    refuse,
)
from helpdesk_bot.telegram.replies import edit_or_reply, reply


async def current_advisor(update: Update, context: HelpdeskContext) -> AdvisorView | None:
    """The presser's advisor profile, or a polite refusal (logged as forbidden)."""
    advisor = await context.services.consultations.advisor_by_telegram(context.person.telegram_id)
    if advisor is None:
        context.record(outcome="forbidden")
        await answer(update)
        await reply(update, context, context.t("not-allowed-advisor"))
        return None
    return advisor



async def _show_availability(update: Update, context: HelpdeskContext, advisor: AdvisorView, *,
                             edit: bool = False) -> None:
    view = await context.services.consultations.availability(advisor.id)
    lines = [context.t("consult-availability-title", timezone=advisor.timezone,
                       slot=advisor.rules.slot_minutes, buffer=advisor.rules.buffer_minutes)]
    rows = []
    if not view.weekly:
        lines.append(context.t("consult-availability-no-hours"))
    for h in view.weekly:
        day = context.t(f"consult-weekday-{WEEKDAYS[h.weekday]}")
        lines.append(Markup("• {} {}").format(day, h.window.label()))
        rows.append([InlineKeyboardButton(f"✖ {day} {h.window.label()}", callback_data=AVAILABILITY.encode("rmw", h.id))])
    if view.exceptions:
        lines.append(context.t("consult-availability-exceptions"))
    for e in view.exceptions:
        what = context.t("consult-exception-off") if e.kind == "off" else context.t("consult-exception-extra")
        span = e.window.label() if e.window else context.t("consult-whole-day")
        label = f"{format_date(e.day, context.lang)} {span}"
        lines.append(Markup("• {} {}: {}").format(format_date(e.day, context.lang), span, what))
        rows.append([InlineKeyboardButton(f"✖ {label}", callback_data=AVAILABILITY.encode("rmx", e.id))])
    lines.append(context.t("consult-availability-help"))
    text = html_join("\n", lines)
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    if edit:
        await edit_or_reply(update, context, text, keyboard)
    else:
        await reply(update, context, text, keyboard)


def _parse_day(text: str) -> date:
    return date.fromisoformat(text)


@requires_role(Role.ADVISOR)
async def availability(update: Update, context: HelpdeskContext) -> None:
    """/availability [add DAY HH:MM-HH:MM | off YYYY-MM-DD [HH:MM-HH:MM] | extra YYYY-MM-DD HH:MM-HH:MM]."""
    advisor = await current_advisor(update, context)
    if advisor is None:
        return
    args = [a.lower() for a in (context.args or [])]
    service = context.services.consultations
    context.record(kind="advisor.availability", subject=args[0] if args else None)
    if args:
        try:
            if args[0] == "add" and len(args) == 3 and args[1][:3] in WEEKDAYS:
                await service.add_weekly_hours(advisor.id, WEEKDAYS.index(args[1][:3]), parse_window(args[2]))
            elif args[0] == "off" and len(args) in (2, 3):
                window: Window | None = parse_window(args[2]) if len(args) == 3 else None
                await service.add_exception(advisor.id, _parse_day(args[1]), "off", window)
            elif args[0] == "extra" and len(args) == 3:
                await service.add_exception(advisor.id, _parse_day(args[1]), "extra", parse_window(args[2]))
            else:
                raise ValueError("usage")
        except ValueError:
            context.record(outcome="invalid")
            await reply(update, context, context.t("consult-availability-usage"))
            return
        context.record(outcome="ok")
        await reply(update, context, context.t("consult-availability-saved"))
    await _show_availability(update, context, advisor)


async def on_availability_button(update: Update, context: HelpdeskContext) -> None:
    """``av:rmw:<id>`` / ``av:rmx:<id>``: remove a weekly window or an exception (own ones only)."""
    query = update.callback_query
    assert query is not None
    pressed = AVAILABILITY.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    args, window_id = [str(pressed.verb)], pressed.id()
    advisor = await context.services.consultations.advisor_by_telegram(context.person.telegram_id)
    if advisor is None:
        await refuse(update, context)
        return
    service = context.services.consultations
    remove = service.remove_weekly_hours if args[0] == "rmw" else service.remove_exception
    context.record(kind="advisor.availability", subject=args[0])
    if not await remove(advisor.id, window_id):
        await refuse(update, context)
        return
    await answer(update, context.t("consult-availability-removed"))
    await _show_availability(update, context, advisor, edit=True)
