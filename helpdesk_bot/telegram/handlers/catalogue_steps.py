"""The step buttons shared by the catalogue's two flows (/profile and /call).

Their callback data is declared in :mod:`helpdesk_bot.telegram.callback_areas` (``PROFILE_STEPS``,
``CALL_STEPS``): ``<area>:<kind>:<step>[:<value>]`` where ``t`` toggles a value of a multiple choice, ``v``
chooses one value, ``d`` finishes a multiple choice, ``s`` skips an optional step and ``save:1`` submits.
Keyboards encode with the area, :func:`read_step_press` decodes with it (strictly) and checks the press
against the person's conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

from telegram import Update

from helpdesk_bot.catalogue.vocabulary import MAX_SECTORS
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.telegram.callback_protocol import Area
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import stale_button

StepKind = Literal["t", "v", "d", "s", "save"]


@dataclass(frozen=True)
class StepPress:
    """A pressed step button of a catalogue flow, checked against the person's conversation.

    ``step`` is the step the button belongs to (``confirm`` for ``save``); ``value`` is empty for ``d``,
    ``s`` and ``save``.
    """

    kind: StepKind
    step: str
    value: str
    conversation: Conversation


async def read_step_press(update: Update, context: HelpdeskContext, flow: Flow[Any],
                          buttons: Area) -> StepPress | None:
    """The press of one of ``buttons`` (the flow's step area), or None after answering it as stale
    (not exactly one of the area's buttons, another flow or step, expired)."""
    query = update.callback_query
    pressed = buttons.decode(query.data if query else None)
    conversation = await context.services.conversations.current(context.person.id)
    step = "" if pressed is None else "confirm" if pressed.verb == "save" else pressed.text(0)
    if (query is None or pressed is None or conversation is None
            or conversation.is_expired(context.services.clock.now()) or not flow.owns(conversation, step)):
        await stale_button(update, context)
        return None
    value = pressed.text(1) if pressed.verb in ("t", "v") else ""
    return StepPress(cast(StepKind, pressed.verb), step, value, conversation)


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
