"""/settings and /timezone: a person's language, country, time zone and handle visibility.

Language and country buttons (``lang:``, ``country:``) are answered by onboarding, which uses the same
pickers; the time zone is a one-step flow (a region's zone as a button, or any zone's name typed).
"""

from __future__ import annotations

from pydantic import BaseModel
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import Markup
from helpdesk_bot.i18n.formatting import LANGUAGE_NAMES, format_datetime, zone_label
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram import keyboards
from helpdesk_bot.telegram.callback_areas import SETTINGS, TIMEZONE_BUTTONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import pressed_parts, stale_button
from helpdesk_bot.telegram.replies import edit_or_reply, reply


class TimezoneDraft(BaseModel):
    """Nothing to remember: the step is the draft."""


TIMEZONE = Flow("settings.timezone", TimezoneDraft, steps=("zone",), restart_command="timezone")
"""/timezone: a button of the region's zones, or the name of any zone typed as text."""


def settings_text(context: HelpdeskContext) -> Markup:
    """The person's settings as a short text."""
    person = context.person
    country = context.t(f"country-{person.country}") if person.country else context.t("country-not-set")
    return context.t("settings-text", language=LANGUAGE_NAMES[person.language], country=country,
                     timezone=zone_label(person.timezone, person.language), share="yes" if person.share_handle else "no")


async def settings(update: Update, context: HelpdeskContext) -> None:
    """/settings: language, country, time zone and handle visibility."""
    await reply(update, context, settings_text(context),
                keyboards.settings_keyboard(context.t, context.person.share_handle))


async def on_settings_button(update: Update, context: HelpdeskContext) -> None:
    """``set:lang|country|tz|share``."""
    query = update.callback_query
    assert query is not None
    args = pressed_parts(SETTINGS, query.data)
    if args is None or args[0] not in ("lang", "country", "tz", "share"):
        await stale_button(update, context)
        return
    await query.answer()
    person = context.person
    if args[0] == "lang":
        await reply(update, context, context.t("choose-language"), keyboards.language_keyboard(person.language))
    elif args[0] == "country":
        await reply(update, context, context.t("choose-country"), keyboards.country_keyboard(context.t, person.country))
    elif args[0] == "tz":
        await _ask_timezone(update, context)
    else:
        context.person = await context.services.people.set_share_handle(person.telegram_id, not person.share_handle)
        context.record(kind="settings.share_handle", subject="yes" if context.person.share_handle else "no")
        await edit_or_reply(update, context, settings_text(context),
                            keyboards.settings_keyboard(context.t, context.person.share_handle))


async def _set_timezone(update: Update, context: HelpdeskContext, zone: str) -> None:
    await conv.finish(context, flow=TIMEZONE)
    try:
        context.person = await context.services.people.set_timezone(context.person.telegram_id, zone)
    except ValueError:
        context.record(kind="settings.timezone", outcome="invalid")
        await reply(update, context, context.t("timezone-invalid", value=zone[:64]))
        return
    context.record(kind="settings.timezone", subject=zone)
    lang = context.person.language
    example = format_datetime(context.services.clock.now(), lang, zone)
    await edit_or_reply(update, context, context.t("timezone-set", timezone=zone_label(zone, lang), example=example))


async def on_timezone_button(update: Update, context: HelpdeskContext) -> None:
    """``tz:<zone>``."""
    query = update.callback_query
    assert query is not None
    pressed = TIMEZONE_BUTTONS.decode(query.data)
    zone = pressed.text() if pressed is not None else ""
    if zone not in keyboards.REGION_TIMEZONES:
        await stale_button(update, context)
        return
    await query.answer()
    await _set_timezone(update, context, zone)


async def timezone_command(update: Update, context: HelpdeskContext) -> None:
    """/timezone [NAME]: pick or type a time zone."""
    if context.args:
        await _set_timezone(update, context, context.args[0])
        return
    await _ask_timezone(update, context)


async def _ask_timezone(update: Update, context: HelpdeskContext) -> None:
    """The zones of the region as buttons; the name of any other zone may be typed (the flow's one step)."""
    await conv.start(context, TIMEZONE, "zone", TimezoneDraft())
    keyboard = keyboards.timezone_keyboard(context.person.timezone, context.lang)
    await reply(update, context, context.t("choose-timezone"),
                InlineKeyboardMarkup([*keyboard.inline_keyboard, [conv.cancel_button(context)]]))


async def on_timezone_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """A zone name typed after /timezone."""
    message = update.effective_message
    text = (message.text or "").strip() if message is not None else ""
    await _set_timezone(update, context, text.split()[0] if text else "")


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /settings, /timezone, their buttons and the time-zone flow (the menus list them with onboarding's)."""
    conv.register_flow(application, TIMEZONE, on_timezone_text)
    application.add_handler(CommandHandler("settings", settings))
    application.add_handler(CommandHandler("timezone", timezone_command))
    application.add_handler(CallbackQueryHandler(on_settings_button, pattern=SETTINGS.pattern))
    application.add_handler(CallbackQueryHandler(on_timezone_button, pattern=TIMEZONE_BUTTONS.pattern))
