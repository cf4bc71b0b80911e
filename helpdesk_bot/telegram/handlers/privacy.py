"""/mydata (a JSON file of everything stored about the person) and /forget (erasure, after confirmation).

Both work before consent too: exercising one's rights must never depend on accepting the notice.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.i18n.formatting import format_date, local_today
from helpdesk_bot.indicators.kinds import PRIVACY_ERASURE, PRIVACY_EXPORT
from helpdesk_bot.telegram.callback_areas import FORGET
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, free_before_consent, stale_button
from helpdesk_bot.telegram.replies import edit_or_reply, reply, send_file


async def mydata(update: Update, context: HelpdeskContext) -> None:
    """/mydata: send the person the JSON export of their data."""
    context.record(kind=PRIVACY_EXPORT)
    person = context.person
    data = await context.services.privacy.export_json(person.telegram_id)
    chat = update.effective_chat
    if data is None or chat is None:
        context.record(outcome="nothing")
        await reply(update, context, context.t("mydata-none"))
        return
    today = local_today(context.services.clock.now(), person.timezone)  # the person's day, not UTC's
    await send_file(context, chat.id, InputFile(data, filename=f"mydata-{today.isoformat()}.json"),
                    context.t("mydata-caption", date=format_date(today, person.language)))
    context.record(outcome="ok")


def forget_keyboard(context: HelpdeskContext) -> InlineKeyboardMarkup:
    """Confirm or keep."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(context.t("forget-yes"), callback_data=FORGET.encode("yes"))],
                                 [InlineKeyboardButton(context.t("forget-no"), callback_data=FORGET.encode("no"))]])


async def forget(update: Update, context: HelpdeskContext) -> None:
    """/forget: explain what erasure means and ask for confirmation."""
    context.record(kind=PRIVACY_ERASURE, outcome="asked")
    await reply(update, context, context.t("forget-confirm"), forget_keyboard(context))


async def on_forget(update: Update, context: HelpdeskContext) -> None:
    """``forget:yes|no``: erase the presser's own data (never anyone else's), or keep it."""
    query = update.callback_query
    assert query is not None
    pressed = FORGET.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    await query.answer()
    if pressed.verb == "no":
        context.record(kind=PRIVACY_ERASURE, outcome="kept")
        await edit_or_reply(update, context, context.t("forget-kept"))
        return
    context.record(kind=PRIVACY_ERASURE)
    text = context.t("forget-done")  # in the person's language, before it is reset
    result = await context.services.privacy.erase(context.person.telegram_id)
    if result is None:
        context.record(outcome="nothing")
        await edit_or_reply(update, context, context.t("forget-nothing"))
        return
    context.request.conversation, context.request.conversation_known = None, True  # erased with the rest
    context.record(outcome="ok")
    await edit_or_reply(update, context, text)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /mydata, /forget and the confirmation buttons; let them through the consent gate."""
    free_before_consent(application, commands=("mydata", "forget"), buttons=(FORGET,))
    application.add_handler(CommandHandler("mydata", mydata))
    application.add_handler(CommandHandler("forget", forget))
    application.add_handler(CallbackQueryHandler(on_forget, pattern=FORGET.pattern))
    command(application, "mydata")
    command(application, "forget")
