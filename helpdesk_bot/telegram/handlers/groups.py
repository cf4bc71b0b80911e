"""The one gate for group chats: personal and privileged data only ever go to private chats.

Registered in the earliest handler group, so it runs before the consent gate and every domain handler.
In a group or supergroup the bot does only what is meant for groups:

* in the advisors' group (``HELPDESK_ADVISORS_CHAT_ID``): the ticket buttons (``tk:``) of the notifications
  posted there, and advisors' text replies to those notifications;
* commands addressed to another bot of the group (``/cmd@otherbot``) are ignored;
* any other command, a mention of the bot or a reply to one of its messages gets one short, translated
  "write to me privately" message with a link to the private chat (``t.me/<bot>?start=private-group``);
  a button pressed in a group gets the same words as an alert that only the presser sees;
* everything else (members talking to each other, joins, pins) is left alone, without an answer.

Nothing of a person (privacy notice, consent prompt, exports, bookings, role lists) is posted in a group.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from helpdesk_bot.telegram.callback_areas import TICKETS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import deep_link
from helpdesk_bot.telegram.replies import reply

log = logging.getLogger(__name__)

GROUP_GATE = -20
"""The handler group of the gate (before the consent gate at -10)."""

PRIVATE_LINK_PAYLOAD = "private-group"


def addressed_bot(message: Message) -> str | None:
    """The bot a command is addressed to (``/cmd@name`` → ``name``, lower case), or None when unaddressed."""
    text = message.text or message.caption or ""
    if not text.startswith("/"):
        return None
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    _, at, name = word.partition("@")
    return name.lower() if at else None


def private_link(context: HelpdeskContext) -> str:
    """The link that opens the private chat with the bot."""
    return f"https://t.me/{context.bot.username}?start={PRIVATE_LINK_PAYLOAD}"


def _is_command(message: Message) -> bool:
    return bool(message.text and message.text.startswith("/"))


def _speaks_to_bot(message: Message, context: HelpdeskContext) -> bool:
    """A mention of the bot (``@name``) or a reply to one of its messages."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
        return True
    username = (context.bot.username or "").lower()
    return bool(username) and f"@{username}" in (message.text or message.caption or "").lower()


def _allowed_in_advisors_group(update: Update, context: HelpdeskContext) -> bool:
    """Ticket buttons and replies to ticket notifications, in the advisors' group only."""
    chat = update.effective_chat
    advisors_chat = context.services.settings.advisors_chat_id
    if chat is None or advisors_chat is None or chat.id != advisors_chat:
        return False
    person = context.request.person
    if person is None or context.services.people.needs_consent(person):
        return False  # the consent prompt belongs in a private chat
    query = update.callback_query
    if query is not None:
        return TICKETS.claims(query.data)
    message = update.effective_message
    return (message is not None and bool(message.text) and not _is_command(message)
            and message.reply_to_message is not None)


async def group_gate(update: Update, context: HelpdeskContext) -> None:
    """Let private chats through; in groups, allow only what is meant for groups (see the module)."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    message = update.effective_message
    if message is not None and update.callback_query is None:
        target = addressed_bot(message)
        if target is not None and target != (context.bot.username or "").lower():
            context.record(outcome="ignored")  # /cmd@otherbot: meant for another bot of the group
            raise ApplicationHandlerStop
    if _allowed_in_advisors_group(update, context):
        return
    query = update.callback_query
    if query is not None:
        context.record(outcome="group_refused")
        await query.answer(context.services.translator.plain(context.lang, "group-private-only"), show_alert=True)
        context.request.replied = True
        raise ApplicationHandlerStop
    if message is not None and (_is_command(message) or _speaks_to_bot(message, context)):
        context.record(outcome="group_refused")
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(context.t("group-private-button"),
                                                               url=private_link(context))]])
        await reply(update, context, context.t("group-private-only"), keyboard)
        raise ApplicationHandlerStop
    context.record(outcome="ignored")
    raise ApplicationHandlerStop


async def open_private_link(update: Update, context: HelpdeskContext, _arg: str) -> None:
    """``/start private-group``: someone came over from a group chat; show the menu."""
    from helpdesk_bot.telegram.handlers.onboarding import show_menu

    await show_menu(update, context)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the group gate before every other handler."""
    application.add_handler(TypeHandler(Update, group_gate), group=GROUP_GATE)  # type: ignore[arg-type]
    deep_link(application, "private", open_private_link)
