"""Last-resort handlers: unsupported content, unknown commands, unknown buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.replies import reply


async def unsupported(update: Update, context: HelpdeskContext) -> None:
    """Stickers, voice, photos without caption, files, locations...: a polite translated answer."""
    context.record(outcome="unsupported")
    await reply(update, context, context.t("unsupported-content"))


async def unknown_command(update: Update, context: HelpdeskContext) -> None:
    """A command nobody handles."""
    context.record(outcome="unknown_command")
    await reply(update, context, context.t("unknown-command"))


async def unknown_button(update: Update, context: HelpdeskContext) -> None:
    """A button whose data no handler recognises (old keyboards, forged data)."""
    await stale_button(update, context)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the catch-all handlers (registered last in group 0)."""
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, unsupported)
    )
    application.add_handler(CallbackQueryHandler(unknown_button))
