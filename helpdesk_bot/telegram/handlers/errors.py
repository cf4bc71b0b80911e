"""The global error handler: log with the update id, apologise in the person's language, keep running."""

from __future__ import annotations

import logging

from telegram import Update

from helpdesk_bot.telegram.callback_data import InvalidInput
from helpdesk_bot.telegram.context import HelpdeskContext, current_request
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.replies import reply

log = logging.getLogger(__name__)


async def on_error(update: object, context: HelpdeskContext) -> None:
    """Mark the interaction as failed and send a short apology."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, InvalidInput) and isinstance(update, Update):
        # crafted or outdated callback data / link that a handler read with require_id(): not a failure
        log.info("invalid input in update %s: %s", update_id, context.error)
        await _invalid(update, context)
        return
    log.error("error while handling update %s", update_id, exc_info=context.error)
    state = current_request.get()
    if state is not None:
        state.record.outcome = "error"
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            if update.callback_query is not None:
                await update.callback_query.answer()
            await reply(update, context, context.t("error-apology"))
        except Exception:
            log.exception("could not send the apology for update %s", update_id)


async def _invalid(update: Update, context: HelpdeskContext) -> None:
    """Answer invalid callback data or a malformed link as a stale button (outcome ``invalid``)."""
    try:
        if update.callback_query is not None:
            await stale_button(update, context)
        else:
            context.record(outcome="invalid")
            await reply(update, context, context.t("invalid-link"))
    except Exception:
        log.exception("could not answer the invalid input of update %s", update.update_id)
