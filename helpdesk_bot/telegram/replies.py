"""Sending replies: HTML, split within Telegram's limits, keyboard on the last part."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode

from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.render import split_html, utf16_len


async def reply(
    update: Update,
    context: HelpdeskContext,
    text: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    disable_preview: bool = True,
) -> Message | None:
    """Send ``text`` (HTML) to the chat of ``update``; returns the last message sent."""
    chat = update.effective_chat
    if chat is None:
        return None
    return await send(context, chat.id, text, keyboard, disable_preview=disable_preview)


async def send(
    context: HelpdeskContext,
    chat_id: int,
    text: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    disable_preview: bool = True,
) -> Message | None:
    """Send ``text`` (HTML) to ``chat_id``, split if longer than Telegram allows."""
    parts = split_html(text)
    last: Message | None = None
    for index, part in enumerate(parts):
        last = await context.bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard if index == len(parts) - 1 else None,
            link_preview_options=LinkPreviewOptions(is_disabled=disable_preview),
        )
    state = context.request if _has_request() else None
    if state is not None:
        state.replied = True
    return last


async def edit_or_reply(
    update: Update, context: HelpdeskContext, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Edit the message whose button was pressed, or send a new one when that is not possible."""
    query = update.callback_query
    # only a text message can take new text (a document or photo has a caption instead)
    message = query.message if query is not None else None
    if query is not None and message is not None and getattr(message, "text", None) and utf16_len(text) <= 4096:
        try:
            await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard,
                                          link_preview_options=LinkPreviewOptions(is_disabled=True))
            context.request.replied = True
            return
        except Exception:  # the message is too old, unchanged, or not a text message
            pass
    await reply(update, context, text, keyboard)


def _has_request() -> bool:
    from helpdesk_bot.telegram.context import current_request

    return current_request.get() is not None
