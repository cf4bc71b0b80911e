"""Makerspace for staff: /workshop (today's and this week's schedule per resource, check-in, no-show,
closing a resource for maintenance) and /induct (record an induction, by reply to the person's
forwarded message or with their Telegram id). Inductions are also recorded by marking attendance at
an induction event (see :mod:`helpdesk_bot.makerspace.inductions`)."""

from __future__ import annotations

import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageOriginUser, Update
from telegram.ext import Application, CommandHandler

from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_date, format_datetime, format_time, local_today
from helpdesk_bot.makerspace.views import MakerBookingView, MakerError
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_data import MAX_TELEGRAM_ID, parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, refuse, requires_role, stale_button
from helpdesk_bot.telegram.makerspace_callbacks import encode
from helpdesk_bot.telegram.replies import edit_or_reply, reply, send

log = logging.getLogger(__name__)

ACTIONS = frozenset({"ws", "in", "ns", "mt", "mtu"})
CLOSE_HOURS: tuple[int, ...] = (4, 24, 72, 168)
MAX_ATTENDANCE_BUTTONS = 12
STATE_ICONS = {"confirmed": "🕒", "checked_in": "✅", "no_show": "🚫"}


async def _answer(update: Update, text: str | None = None, alert: bool = False) -> None:
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text, show_alert=alert)
        except Exception:  # too old a query
            pass


@requires_role(Role.STAFF)
async def workshop_command(update: Update, context: HelpdeskContext) -> None:
    """/workshop: today's schedule per resource."""
    await show_schedule(update, context, week=False)


async def show_schedule(update: Update, context: HelpdeskContext, *, week: bool) -> None:
    """Today's (or this week's) bookings per resource with check-in/no-show and maintenance buttons."""
    services = context.services
    now = services.clock.now()
    zone = ZoneInfo(services.settings.timezone)
    today = now.astimezone(zone).date()
    start = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=7 if week else 1)
    schedule = await services.makerspace.workshop.schedule(start, end)
    context.record(kind="staff.makerspace.schedule", value=float(sum(len(b) for _r, b in schedule)))
    tz = context.person.timezone
    lines: list[str] = [context.t("ms-ws-week" if week else "ms-ws-today", day=format_date(today, context.lang), zone=tz)]
    attendance: list[list[InlineKeyboardButton]] = []
    for resource, bookings in schedule:
        lines.append("")
        lines.append(context.t("ms-ws-resource", resource=resource.name(context.lang), units=str(resource.units)))
        if not bookings:
            lines.append(context.t("ms-ws-empty"))
        for b in bookings:
            lines.append(_line(context, b, week=week))
            due = b.state == "confirmed" and b.starts_at <= now + timedelta(minutes=15) and b.ends_at > now - timedelta(
                hours=12)
            if due and len(attendance) < MAX_ATTENDANCE_BUTTONS:
                label = f"{format_time(b.starts_at, context.lang, tz)} {b.person_name}"[:40]
                attendance.append([
                    InlineKeyboardButton(context.t("ms-ws-btn-in", who=label), callback_data=encode("in", b.id)),
                    InlineKeyboardButton(context.t("ms-ws-btn-noshow"), callback_data=encode("ns", b.id)),
                ])
    rows = attendance
    rows.append([InlineKeyboardButton(context.t("ms-ws-btn-today" if week else "ms-ws-btn-week"),
                                      callback_data=encode("ws", 0 if week else 1))])
    maintenance = [InlineKeyboardButton(context.t("ms-ws-btn-close", resource=r.name(context.lang))[:60],
                                        callback_data=encode("mt", r.id)) for r, _b in schedule]
    rows += [maintenance[i:i + 2] for i in range(0, len(maintenance), 2)]
    await edit_or_reply(update, context, html_join("\n", lines), InlineKeyboardMarkup(rows))


def _line(context: HelpdeskContext, b: MakerBookingView, *, week: bool) -> Markup:
    tz = context.person.timezone
    when = format_datetime(b.starts_at, context.lang, tz) if week else format_time(b.starts_at, context.lang, tz)
    return context.t("ms-ws-line", icon=STATE_ICONS.get(b.state, "•"), when=when,
                     until=format_time(b.ends_at, context.lang, tz), unit=str(b.unit), person=b.person_name,
                     id=str(b.id))


async def mark(update: Update, context: HelpdeskContext, booking_id: int, *, checked_in: bool) -> None:
    """Check-in or no-show of one booking."""
    try:
        booking = await context.services.makerspace.workshop.mark(booking_id, checked_in=checked_in)
    except MakerError as exc:
        context.record(kind="staff.makerspace.attendance", outcome=exc.reason)
        await _answer(update, context.t(f"ms-error-{exc.reason}"), alert=True)
        context.request.replied = True
        return
    context.record(kind="staff.makerspace.attendance", outcome=booking.state, subject=f"mbooking:{booking.id}",
                   topic=booking.resource_key)
    await _answer(update, context.t("ms-ws-marked-in" if checked_in else "ms-ws-marked-noshow",
                                    person=booking.person_name))
    context.request.replied = True
    await show_schedule(update, context, week=False)


async def ask_close(update: Update, context: HelpdeskContext, resource_id: int) -> None:
    """Which unit, and for how long."""
    try:
        resource = await context.services.makerspace.makers.resource_by_id(resource_id)
    except MakerError:
        await stale_button(update, context)
        return
    await _answer(update)
    durations = [(h, context.t("ms-ws-hours", hours=str(h)) if h < 24 else context.t("ms-ws-days", days=str(h // 24)))
                 for h in CLOSE_HOURS]
    rows = []
    targets = [(0, context.t("ms-ws-all-units"))]
    if resource.units > 1:
        targets += [(u, context.t("ms-ws-unit", unit=str(u))) for u in range(1, resource.units + 1)]
    for unit, label in targets:
        rows.append([InlineKeyboardButton(f"{label} · {text}", callback_data=encode("mtu", resource.id, unit, hours))
                     for hours, text in durations])
    await reply(update, context, context.t("ms-ws-close-ask", resource=resource.name(context.lang)),
                InlineKeyboardMarkup(rows))


async def do_close(update: Update, context: HelpdeskContext, resource_id: int, unit: int, hours: int) -> None:
    """Close for maintenance from now: bookings in the way are cancelled and their makers told."""
    if hours not in CLOSE_HOURS:
        await stale_button(update, context)
        return
    services = context.services
    try:
        resource = await services.makerspace.makers.resource_by_id(resource_id)
        now = services.clock.now()
        result = await services.makerspace.workshop.close(
            resource.key, unit=unit or None, start=now, end=now + timedelta(hours=hours), reason=None,
            by=context.person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except MakerError as exc:
        context.record(kind="staff.makerspace.close", outcome=exc.reason)
        await stale_button(update, context)
        return
    context.record(kind="staff.makerspace.close", outcome="ok", topic=resource.key, value=float(len(result.cancelled)))
    await _answer(update)
    what = context.t("ms-ws-unit", unit=str(unit)) if unit else context.t("ms-ws-all-units")
    await edit_or_reply(update, context, context.t(
        "ms-ws-closed", resource=resource.name(context.lang), what=what,
        until=format_datetime(now + timedelta(hours=hours), context.lang, context.person.timezone),
        count=len(result.cancelled)))


async def on_button(update: Update, context: HelpdeskContext, action: str, args: list[int]) -> None:
    """Staff ``ms:`` buttons (parsed by the maker router); refused to anyone who is not staff."""

    async def staff_only(u: Update, c: HelpdeskContext) -> None:
        await _staff_button(u, c, action, args)

    await requires_role(Role.STAFF)(staff_only)(update, context)


async def _staff_button(update: Update, context: HelpdeskContext, action: str, args: list[int]) -> None:
    if action == "ws" and args[0] in (0, 1):
        await _answer(update)
        await show_schedule(update, context, week=bool(args[0]))
    elif action in ("in", "ns"):
        await mark(update, context, args[0], checked_in=action == "in")
    elif action == "mt":
        await ask_close(update, context, args[0])
    elif action == "mtu":
        await do_close(update, context, args[0], args[1], args[2])
    else:
        await stale_button(update, context)


# ---------------------------------------------------------------- /induct
def _target(update: Update, context: HelpdeskContext) -> tuple[str | None, int | None, str | None]:
    """(induction or resource key, target Telegram id, error key) from the arguments or the replied-to forward."""
    args = context.args or []
    key = args[0].lower()[:48] if args else None
    if key is None:
        return None, None, None
    if len(args) >= 2:
        telegram_id = parse_int(args[1], 1, MAX_TELEGRAM_ID)
        return (key, telegram_id, None) if telegram_id is not None else (None, None, None)
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is not None:
        origin = replied.forward_origin
        if isinstance(origin, MessageOriginUser):
            return key, origin.sender_user.id, None
        if origin is not None:
            return key, None, "ms-induct-hidden"
    return key, None, None


@requires_role(Role.STAFF)
async def induct_command(update: Update, context: HelpdeskContext) -> None:
    """/induct KEY TELEGRAM_ID, or /induct KEY as a reply to the person's forwarded message."""
    key, target, error = _target(update, context)
    context.record(kind="staff.makerspace.induct")
    if error:
        context.record(outcome="invalid")
        await reply(update, context, context.t(error))
        return
    if key is None or target is None:
        context.record(outcome="invalid")
        inductions = await context.services.makerspace.inductions.all()
        await reply(update, context, context.t("ms-induct-usage", keys=", ".join(i.key for i in inductions) or "—"))
        return
    try:
        induction, expires, name = await context.services.makerspace.inductions.record(key, target,
                                                                                      by=context.person, source="chat")
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except MakerError as exc:
        context.record(outcome=exc.reason, subject=str(target))
        await reply(update, context, context.t(f"ms-error-{exc.reason}", code=key))
        return
    context.record(outcome="ok", subject=str(target), topic=induction.key)
    await reply(update, context, context.t("ms-induct-done", name=name, induction=induction.name(context.lang),
                                           until=format_date(local_today(expires, context.person.timezone), context.lang)))
    person = await context.services.people.get(target)
    if person is not None:
        tr = context.services.translator
        try:
            await send(context, target, tr(person.language, "ms-induct-you", induction=induction.name(person.language),
                                           until=format_date(local_today(expires, person.timezone), person.language)))
        except Exception:  # blocked the bot: the induction stands
            pass


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /workshop and /induct (staff; the ``ms:`` buttons come through the maker router)."""
    application.add_handler(CommandHandler("workshop", workshop_command))
    application.add_handler(CommandHandler("induct", induct_command))
    command(application, "workshop", Role.STAFF)
    command(application, "induct", Role.STAFF)
