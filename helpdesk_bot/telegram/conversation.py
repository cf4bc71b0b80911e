"""The adapter side of conversation state: one router for free text, ``/cancel`` and the Cancel button.

A flow registers the handler of its free-text steps with :func:`on_flow_text`. Private free text of a
person whose conversation (a row in the database, see :mod:`helpdesk_bot.conversations`) is in that
flow goes to that handler, whichever process receives it; an expired conversation gets a friendly
"start again" and is ended; a flow whose current step takes buttons only answers "use the buttons or
/cancel" (text typed inside a flow is never taken as a question, so never filed as a knowledge gap);
text of people in no flow continues to the knowledge base.

Handlers read and change the conversation through :func:`current`, :func:`in_flow`, :func:`start`,
:func:`advance` and :func:`finish`: the conversation read at admission (in the same transaction as
the person) is reused while the update is handled, so the hot path costs no extra query.
"""

from __future__ import annotations

import re
from typing import Any, Final

from pydantic import BaseModel
from telegram import InlineKeyboardButton, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.telegram.adapter_state import FlowTextHandler
from helpdesk_bot.telegram.callback_areas import FLOW
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, registry_of
from helpdesk_bot.telegram.replies import answer_query, reply

PASS_ON: Final = "pass-on"
"""What a flow's text handler returns when the text is no answer to its step but a question of its own
(e.g. at an optional step the person ignored): the router lets it go on to the knowledge base."""

CANCEL_DATA = FLOW.encode("cancel")
ROUTER_GROUP = -5
"""After the consent gate (-10), before the handlers of group 0 (commands, buttons, the knowledge base)."""

ROUTED = filters.ChatType.PRIVATE & ~filters.COMMAND & (filters.TEXT | filters.PHOTO | filters.Document.ALL)
"""What the router looks at: private text, and photos and files (which only a flow that takes them gets)."""


def on_flow_text(application: Application, flow: str, handler: FlowTextHandler | None,  # type: ignore[type-arg]
                 *, restart_command: str | None = None, media: bool = False) -> None:
    """Send the free text of people in ``flow`` to ``handler(update, context, conversation)``.

    With ``handler`` None the flow only declares its restart command (its steps take buttons only);
    with ``media`` the handler also gets photos and files sent during the flow.
    """
    registry = registry_of(application)
    if handler is not None:
        registry.flow_text_handlers[flow] = handler
    if media:
        registry.media_flows.add(flow)
    if restart_command:
        registry.flow_restart_commands[flow] = restart_command


def register_flow(application: Application, flow: Flow[Any],  # type: ignore[type-arg]
                  handler: FlowTextHandler | None = None, *, media: bool = False) -> None:
    """Declare ``flow`` to the router: its text handler (if any) and its restart command."""
    on_flow_text(application, flow.name, handler, restart_command=flow.restart_command, media=media)


def cancel_button(context: HelpdeskContext) -> InlineKeyboardButton:
    """A button that ends whatever flow the person is in."""
    return InlineKeyboardButton(context.t("conv-btn-cancel"), callback_data=CANCEL_DATA)


# ---------------------------------------------------------------------------------- reading and writing


async def current(context: HelpdeskContext) -> Conversation | None:
    """The person's conversation (expired or not), read at admission or now."""
    state = context.request
    if not state.conversation_known:
        person = state.person
        state.conversation = await context.services.conversations.current(person.id) if person else None
        state.conversation_known = True
    return state.conversation


def _remember(context: HelpdeskContext, conversation: Conversation | None) -> None:
    state = context.request
    state.conversation, state.conversation_known = conversation, True


async def active_conversation(context: HelpdeskContext) -> Conversation | None:
    """The person's unexpired conversation, or None."""
    conversation = await current(context)
    if conversation is None or conversation.is_expired(context.services.clock.now()):
        return None
    return conversation


async def start(context: HelpdeskContext, flow: Flow[Any], step: str, draft: BaseModel) -> Conversation:
    """Begin ``flow`` at ``step`` for the person (replacing any other flow of theirs)."""
    conversation = await flow.start(context.services.conversations, context.person.id, step, draft)
    _remember(context, conversation)
    return conversation


async def advance(context: HelpdeskContext, flow: Flow[Any], conversation: Conversation, step: str,
                  draft: BaseModel) -> Conversation | None:
    """Compare-and-set ``conversation`` to ``step`` with ``draft``; None when another update changed it first."""
    moved = await flow.advance(context.services.conversations, conversation, step, draft)
    _remember(context, moved if moved is not None else None)
    if moved is None:
        context.request.conversation_known = False  # read it again if asked
    return moved


async def finish(context: HelpdeskContext, conversation: Conversation | None = None, *,
                 flow: Flow[Any] | None = None) -> bool:
    """End the person's conversation (that version / that flow when given); True when one ended."""
    person = context.request.person
    if person is None:
        return False
    ended = await context.services.conversations.finish(
        person.id, version=conversation.version if conversation is not None else None,
        flow=flow.name if flow is not None else None)
    if ended or conversation is None:
        _remember(context, None)
    else:
        context.request.conversation_known = False
    return ended


async def in_flow(update: Update, context: HelpdeskContext, flow: Flow[Any], *steps: str) -> Conversation | None:
    """The person's conversation when it is ``flow`` (at one of ``steps`` when given).

    Otherwise the button press is answered: "this step has expired, start again with /..." for an
    expired flow, the stale-button answer for any other (an old keyboard, or a press another process
    handled first), and None is returned.
    """
    conversation = await current(context)
    if conversation is not None and conversation.flow == flow.name \
            and conversation.is_expired(context.services.clock.now()):
        await finish(context, conversation)
        context.record(outcome="expired")
        text = context.t("conv-expired", command=flow.restart_command)
        if update.callback_query is not None:
            await answer_query(update, text, alert=True)
            context.request.replied = True
        else:
            await reply(update, context, text)
        return None
    if not flow.owns(conversation, *steps):
        from helpdesk_bot.telegram.handlers.common import stale_button

        await stale_button(update, context)
        return None
    return conversation


# ---------------------------------------------------------------------------------- the router


async def route_text(update: Update, context: HelpdeskContext) -> None:
    """Private free text: to the person's active flow step if there is one, else on to the knowledge base."""
    person = context.request.person
    message = update.effective_message
    if person is None or message is None:
        return
    conversation = await current(context)
    if conversation is None:
        return
    registry = registry_of(context.application)
    if not message.text and conversation.flow not in registry.media_flows:
        return  # a photo or file no step asked for: the "unsupported" answer as outside a flow
    if conversation.is_expired(context.services.clock.now()):
        await finish(context, conversation)
        restart = registry.flow_restart_commands.get(conversation.flow, "start")
        context.record(kind=f"flow.{conversation.flow}"[:64], outcome="expired")
        await reply(update, context, context.t("conv-expired", command=restart))
        raise ApplicationHandlerStop
    handler = registry.flow_text_handlers.get(conversation.flow)
    context.record(kind=f"flow.{conversation.flow}.{conversation.step}"[:64])
    if handler is None:  # a flow whose steps take buttons only: text is no answer to them, nor a question
        await use_the_buttons(update, context)
    elif await handler(update, context, conversation) == PASS_ON:
        return  # the handler ended its step: the text goes on to the knowledge base as a question
    raise ApplicationHandlerStop


async def use_the_buttons(update: Update, context: HelpdeskContext) -> None:
    """Text at a step that takes buttons only: say so (the text is not kept, nor taken as a question)."""
    context.record(outcome="use_buttons")
    await reply(update, context, context.t("conv-use-buttons"))


async def cancel_command(update: Update, context: HelpdeskContext) -> None:
    """/cancel: end any flow."""
    await _cancel(update, context)


async def on_cancel_button(update: Update, context: HelpdeskContext) -> None:
    """The Cancel button of any flow."""
    await answer_query(update)
    await _cancel(update, context)


async def _cancel(update: Update, context: HelpdeskContext) -> None:
    ended = await finish(context)
    context.record(kind="flow.cancel", outcome="cancelled" if ended else "nothing")
    await reply(update, context, context.t("conv-cancelled" if ended else "conv-nothing-to-cancel"))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """The free-text router (group -5), ``/cancel`` and the Cancel button."""
    application.add_handler(
        MessageHandler(ROUTED, route_text), group=ROUTER_GROUP)
    application.add_handler(CommandHandler("cancel", cancel_command))
    application.add_handler(CallbackQueryHandler(on_cancel_button, pattern=rf"^{re.escape(CANCEL_DATA)}$"))
    command(application, "cancel")
