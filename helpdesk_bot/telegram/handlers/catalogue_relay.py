"""Talking through the bot after an accepted contact: "Write through the bot" / "Reply through the bot"
start a short flow (a conversation-store row) whose messages the bot passes to the other person, until
/cancel. The use case checks every message against the database; forged or stale buttons are refused."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from helpdesk_bot.broadcasts.renderers import intent_button, translated_message
from helpdesk_bot.catalogue.draft import RELAY_FLOW, RelayDraft
from helpdesk_bot.catalogue.relay import RelayPeer
from helpdesk_bot.catalogue.validation import ProfileError
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.telegram.callback_areas import RELAY
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button, on_flow_text
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.replies import reply

PREFIX = "rl"


def relay_button(contact_id: int, key: str = "catalogue-btn-relay-reply") -> list[list[dict[str, Any]]]:
    """Outbox button rows that open the relay flow for ``contact_id``."""
    return [[intent_button(key, PREFIX, None, contact_id)]]


async def on_relay_button(update: Update, context: HelpdeskContext) -> None:
    """``cr:<contact id>``: check the contact, then ask for the message."""
    query = update.callback_query
    pressed = RELAY.decode(query.data if query else None)
    contact_id = pressed.id() if pressed else None
    if query is None or contact_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    try:
        peer = await context.services.catalogue.relay.peer(context.person, contact_id)
    except ProfileError as exc:
        context.record(kind="catalogue.relay", outcome=exc.reason)
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    await RELAY_FLOW.start(context.services.conversations, context.person.id, "message",
                           RelayDraft(contact_id=contact_id))
    context.record(kind="catalogue.relay", outcome="started", subject=f"contact:{contact_id}")
    await reply(update, context, context.t("catalogue-relay-ask", name=peer.name),
                InlineKeyboardMarkup([[cancel_button(context)]]))


async def on_relay_text(update: Update, context: HelpdeskContext, conv: Conversation) -> None:
    """A message in the relay flow: checked again, limited, queued to the other person."""
    message = update.effective_message
    draft = RELAY_FLOW.draft(conv)

    def payload(peer: RelayPeer, text: str) -> dict[str, object]:
        return translated_message("catalogue-relay-incoming", {"name": peer.writer_name, "message": text},
                                  buttons=relay_button(peer.contact_id))

    try:
        peer = await context.services.catalogue.relay.send(
            context.person, draft.contact_id, message.text if message and message.text else "",
            str(message.message_id if message else 0), payload=payload)
    except ProfileError as exc:
        context.record(kind="catalogue.relay", outcome=exc.reason, subject=f"contact:{draft.contact_id}")
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        if exc.reason == "relay-not-allowed":
            await context.services.conversations.finish(context.person.id, version=conv.version)
        return
    context.record(kind="catalogue.relay", outcome="relayed", subject=f"contact:{draft.contact_id}")
    await reply(update, context, context.t("catalogue-relay-sent", name=peer.name),
                InlineKeyboardMarkup([[cancel_button(context)]]))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """The relay button and the flow's text."""
    application.add_handler(CallbackQueryHandler(on_relay_button, pattern=RELAY.pattern))
    on_flow_text(application, RELAY_FLOW.name, on_relay_text, restart_command=RELAY_FLOW.restart_command)
