"""The step buttons shared by the catalogue's two flows (/profile and /call).

Button data is ``<area>:<kind>:<step>[:<value>]``: ``t`` toggles a value of a multiple choice, ``v``
chooses one value, ``d`` finishes a multiple choice, ``s`` skips an optional step, ``save`` submits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import Update

from helpdesk_bot.catalogue.vocabulary import MAX_SECTORS
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import stale_button

_PARTS = {"t": 4, "v": 4, "d": 3, "s": 3, "save": 3}


@dataclass(frozen=True)
class StepPress:
    """A pressed step button of a catalogue flow, checked against the person's conversation."""

    kind: str
    step: str
    value: str
    conversation: Conversation


async def read_step_press(update: Update, context: HelpdeskContext, flow: Flow[Any]) -> StepPress | None:
    """The press, or None after answering it as stale (wrong shape, another flow or step, expired)."""
    query = update.callback_query
    parts = ((query.data if query else None) or "").split(":")
    kind = parts[1] if len(parts) > 1 else ""
    step = parts[2] if len(parts) > 2 else ""
    conversation = await context.services.conversations.current(context.person.id)
    if (query is None or _PARTS.get(kind) != len(parts) or conversation is None
            or conversation.is_expired(context.services.clock.now())
            or not flow.owns(conversation, "confirm" if kind == "save" else step)):
        await stale_button(update, context)
        return None
    return StepPress(kind, step, parts[3] if len(parts) > 3 else "", conversation)


async def toggle_choice(update: Update, context: HelpdeskContext, chosen: list[str], value: str,
                        step: str) -> bool:
    """Add or remove ``value`` in ``chosen``; False (the person told why) when sectors would exceed the limit."""
    query = update.callback_query
    assert query is not None
    if value in chosen:
        chosen.remove(value)
    elif step == "sectors" and len(chosen) >= MAX_SECTORS:
        await query.answer(context.t("catalogue-error-too-many-sectors"), show_alert=True)
        return False
    else:
        chosen.append(value)
    await query.answer()
    return True
