"""The adapter side of conversation state: one router for free text, ``/cancel`` and the Cancel button.

A flow registers the handler of its free-text steps with :func:`on_flow_text`. Private free text of a
person whose conversation (a row in the database, see :mod:`helpdesk_bot.conversations`) is in that
flow goes to that handler, whichever process receives it; an expired conversation gets a friendly
"start again" and is ended; text of people in no flow continues to the knowledge base.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardButton, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from helpdesk_bot.conversations import Conversation
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command
from helpdesk_bot.telegram.replies import reply

FlowTextHandler = Callable[[Update, HelpdeskContext, Conversation], Awaitable[Any]]

CANCEL_DATA = "flow:cancel"
ROUTER_GROUP = -5
"""After the consent gate (-10), before every domain's own text handlers (-4 ... 0)."""

_REGISTRY_KEY = "flow_text_handlers"
_RESTART_KEY = "flow_restart_commands"


def _registry(application: Application) -> dict[str, FlowTextHandler]:  # type: ignore[type-arg]
    return application.bot_data.setdefault(_REGISTRY_KEY, {})  # type: ignore[no-any-return]


def on_flow_text(application: Application, flow: str, handler: FlowTextHandler,  # type: ignore[type-arg]
                 *, restart_command: str | None = None) -> None:
    """Send the free text of people in ``flow`` to ``handler(update, context, conversation)``."""
    _registry(application)[flow] = handler
    if restart_command:
        application.bot_data.setdefault(_RESTART_KEY, {})[flow] = restart_command


def cancel_button(context: HelpdeskContext) -> InlineKeyboardButton:
    """A button that ends whatever flow the person is in."""
    return InlineKeyboardButton(context.t("conv-btn-cancel"), callback_data=CANCEL_DATA)


async def active_conversation(context: HelpdeskContext) -> Conversation | None:
    """The person's unexpired conversation, or None."""
    person = context.request.person
    if person is None:
        return None
    conversation = await context.services.conversations.current(person.id)
    if conversation is None or conversation.is_expired(context.services.clock.now()):
        return None
    return conversation


async def route_text(update: Update, context: HelpdeskContext) -> None:
    """Private free text: to the person's active flow step if there is one, else on to the knowledge base."""
    person = context.request.person
    if person is None:
        return
    conversation = await context.services.conversations.current(person.id)
    if conversation is None:
        return
    handler = _registry(context.application).get(conversation.flow)
    if conversation.is_expired(context.services.clock.now()):
        await context.services.conversations.finish(person.id, version=conversation.version)
        restart = context.application.bot_data.get(_RESTART_KEY, {}).get(conversation.flow, "start")
        context.record(kind=f"flow.{conversation.flow}"[:64], outcome="expired")
        await reply(update, context, context.t("conv-expired", command=restart))
        raise ApplicationHandlerStop
    if handler is None:  # a flow whose steps take buttons only: text is not an answer to them
        return
    context.record(kind=f"flow.{conversation.flow}.{conversation.step}"[:64])
    await handler(update, context, conversation)
    raise ApplicationHandlerStop


async def cancel_command(update: Update, context: HelpdeskContext) -> None:
    """/cancel: end any flow."""
    await _cancel(update, context)


async def on_cancel_button(update: Update, context: HelpdeskContext) -> None:
    """The Cancel button of any flow."""
    query = update.callback_query
    if query is not None:
        await query.answer()
    await _cancel(update, context)


async def _cancel(update: Update, context: HelpdeskContext) -> None:
    person = context.person
    ended = await context.services.conversations.finish(person.id)
    context.record(kind="flow.cancel", outcome="cancelled" if ended else "nothing")
    await reply(update, context, context.t("conv-cancelled" if ended else "conv-nothing-to-cancel"))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """The free-text router (group -5), ``/cancel`` and the Cancel button."""
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, route_text), group=ROUTER_GROUP)
    application.add_handler(CommandHandler("cancel", cancel_command))
    application.add_handler(CallbackQueryHandler(on_cancel_button, pattern=rf"^{CANCEL_DATA}$"))
    command("cancel")
