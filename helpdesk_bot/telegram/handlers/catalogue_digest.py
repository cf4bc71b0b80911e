"""/digest: subscribe to the weekly digest (weekday and hour in one's own zone), change or stop it;
the one-tap Unsubscribe button under every digest."""

from __future__ import annotations

from babel.dates import get_day_names
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from helpdesk_bot.catalogue.digest import DigestPlan
from helpdesk_bot.catalogue.validation import ProfileError
from helpdesk_bot.i18n.catalog import Markup
from helpdesk_bot.i18n.formatting import format_date
from helpdesk_bot.telegram.callback_areas import DIGEST
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.catalogue_render import button
from helpdesk_bot.telegram.handlers.common import command, stale_button
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply


def _day(context: HelpdeskContext, weekday: int) -> str:
    return str(get_day_names("wide", locale=context.lang)[weekday])


def _plan_text(context: HelpdeskContext, plan: DigestPlan) -> Markup:
    text = context.t("digest-current", weekday=_day(context, plan.weekday), time=f"{plan.hour:02d}:00",
                     zone=plan.timezone)
    if plan.missing_day is not None:
        text += "\n\n" + context.t("digest-dst-note", date=format_date(plan.missing_day, context.lang),
                                   time=f"{plan.hour:02d}:00", shifted=f"{(plan.hour + 1) % 24:02d}:00")
    return text


def _weekdays(context: HelpdeskContext) -> list[list]:  # type: ignore[type-arg]
    return rows([button(_day(context, d), DIGEST.encode("w", d)) for d in range(7)], 4)


async def digest_command(update: Update, context: HelpdeskContext) -> None:
    """Show the subscription (with Change / Stop) or ask for a weekday."""
    plan = await context.services.catalogue.digest.plan(context.person)
    context.record(kind="catalogue.digest", outcome="shown" if plan else "ask")
    if plan is None:
        await reply(update, context, context.t("digest-intro") + "\n\n" + context.t("digest-ask-weekday"),
                    InlineKeyboardMarkup(_weekdays(context)))
        return
    await reply(update, context, _plan_text(context, plan), InlineKeyboardMarkup(
        [[button(context.t("digest-btn-change"), DIGEST.encode("c", "1")), button(context.t("digest-btn-unsubscribe"), DIGEST.encode("u", "1"))]]))


async def on_button(update: Update, context: HelpdeskContext) -> None:
    """Weekday, hour, change and unsubscribe buttons."""
    query = update.callback_query
    if query is None:
        return
    pressed = DIGEST.decode(query.data)
    verb = pressed.verb if pressed is not None else None
    digest = context.services.catalogue.digest
    if pressed is not None and verb == "w":
        weekday = pressed.id()
        await query.answer()
        hours = rows([button(f"{h:02d}:00", DIGEST.encode("h", weekday, h)) for h in range(24)], 6)
        await edit_or_reply(update, context, context.t("digest-ask-hour", weekday=_day(context, weekday),
                                                       zone=context.person.timezone), InlineKeyboardMarkup(hours))
    elif pressed is not None and verb == "h":
        hour_day, hour = pressed.id(0), pressed.id(1)
        await query.answer()
        try:
            plan = await digest.subscribe(context.person, hour_day, hour)
        except ProfileError as exc:
            await edit_or_reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
            return
        context.record(kind="catalogue.digest", outcome="subscribed")
        await edit_or_reply(update, context, context.t("digest-subscribed") + "\n\n" + _plan_text(context, plan))
    elif verb == "c":
        await query.answer()
        await edit_or_reply(update, context, context.t("digest-ask-weekday"), InlineKeyboardMarkup(_weekdays(context)))
    elif verb == "u":
        await query.answer()
        stopped = await digest.unsubscribe(context.person.id)
        context.record(kind="catalogue.digest", outcome="unsubscribed" if stopped else "not_subscribed")
        await reply(update, context, context.t("digest-unsubscribed" if stopped else "digest-not-subscribed"))
    else:
        await stale_button(update, context)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """/digest and its buttons."""
    application.add_handler(CommandHandler("digest", digest_command, filters=filters.ChatType.PRIVATE))
    application.add_handler(CallbackQueryHandler(on_button, pattern=DIGEST.pattern))
    command(application, "digest")
