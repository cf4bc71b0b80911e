"""Sending replies: HTML, split within Telegram's limits, keyboard on the last part.

Every function here takes the text as :class:`~markupsafe.Markup` only (what the translator returns,
or fragments joined with ``Markup``/:func:`~helpdesk_bot.i18n.catalog.html_join`): a plain ``str``
is refused by mypy and, at run time, with ``TypeError``. Person-provided text therefore cannot reach
Telegram's HTML parser without having been escaped.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode

from helpdesk_bot.i18n.catalog import Markup
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.render import split_html, utf16_len


async def reply(
    update: Update,
    context: HelpdeskContext,
    text: Markup,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    disable_preview: bool = True,
) -> Message | None:
    """Send ``text`` (HTML) to the chat of ``update``; returns the last message sent."""
    require_markup(text)
    chat = update.effective_chat
    if chat is None:
        return None
    return await send(context, chat.id, text, keyboard, disable_preview=disable_preview)


async def send(
    context: HelpdeskContext,
    chat_id: int,
    text: Markup,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    disable_preview: bool = True,
) -> Message | None:
    """Send ``text`` (HTML) to ``chat_id``, split if longer than Telegram allows."""
    require_markup(text)
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


async def send_file(
    context: HelpdeskContext,
    chat_id: int,
    file: Any,
    caption: Markup | None = None,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    photo: bool = False,
) -> Message:
    """Send a document (or, with ``photo``, a photo) with an HTML caption that must be :class:`Markup`."""
    if caption is not None:
        require_markup(caption)
    method = context.bot.send_photo if photo else context.bot.send_document
    message = await method(chat_id, file, caption=caption or None, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    state = context.request if _has_request() else None
    if state is not None:
        state.replied = True
    return message


async def edit_or_reply(
    update: Update, context: HelpdeskContext, text: Markup, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Edit the message whose button was pressed, or send a new one when that is not possible."""
    require_markup(text)
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


def require_markup(text: object) -> None:
    """Refuse text that is not :class:`Markup` (a plain string may carry unescaped person input)."""
    if not isinstance(text, Markup):
        raise TypeError(f"HTML text must be Markup (escaped), not {type(text).__name__}")


def _has_request() -> bool:
    from helpdesk_bot.telegram.context import current_request

    return current_request.get() is not None


async def answer_query(update: Update, text: str | None = None, *, alert: bool = False) -> bool:
    """Answer the pressed button once per update (later calls do nothing); True when this call answered it.

    A query can be answered only once: a second answer is refused by Telegram.
    """
    from helpdesk_bot.telegram.context import current_request

    query = update.callback_query
    state = current_request.get()
    if query is None or (state is not None and state.extra.get("query_answered")):
        return False
    if state is not None:
        state.extra["query_answered"] = True
    try:
        await query.answer(text, show_alert=alert)
    except Exception:  # too old a query: nothing to do
        return False
    return True
