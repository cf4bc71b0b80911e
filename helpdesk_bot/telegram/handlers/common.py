"""Shared pieces of the handlers: the command registry, role checks, menu and deep-link routing."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.adapter_state import CommandSpec, DeepLinkHandler, Handler, Registry, adapter_of
from helpdesk_bot.telegram.callback_protocol import Area
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.replies import answer_query, reply

log = logging.getLogger(__name__)

def registry_of(application: Application) -> Registry:  # type: ignore[type-arg]
    """The Application's registry (see :class:`~helpdesk_bot.telegram.adapter_state.Registry`)."""
    return adapter_of(application).registry


def command(application: Application, name: str, role: Role | None = None) -> None:  # type: ignore[type-arg]
    """Declare a command for the menus (registration of the handler itself is separate)."""
    commands = registry_of(application).commands
    if all(c.name != name for c in commands):
        commands.append(CommandSpec(name, role))


def menu_action(application: Application, name: str, handler: Handler) -> None:  # type: ignore[type-arg]
    """Route the main-menu button ``menu:<name>`` to ``handler``."""
    registry_of(application).menu_actions[name] = handler


def deep_link(application: Application, prefix: str, handler: DeepLinkHandler) -> None:  # type: ignore[type-arg]
    """Route ``/start <prefix>-<arg>`` to ``handler(update, context, arg)``."""
    registry_of(application).deep_links[prefix] = handler


def free_before_consent(application: Application, *, commands: tuple[str, ...] = (),  # type: ignore[type-arg]
                        buttons: tuple[Area, ...] = ()) -> None:
    """Let these commands and the buttons of these areas through the consent gate."""
    registry = registry_of(application)
    registry.gate_free_commands.update(commands)
    registry.gate_free_buttons.update(buttons)


async def ensure_role(update: Update, context: HelpdeskContext, role: Role) -> bool:
    """True when the sender may act in ``role`` (:meth:`PersonView.may`); else refuse them politely
    (translated, logged, outcome ``forbidden``) and return False. The one role check of the adapter:
    :func:`requires_role` and every handler that checks inside a flow use it."""
    person = context.request.person
    if person is not None and person.may(role):
        return True
    await refuse(update, context, role)
    return False


async def refuse(update: Update, context: HelpdeskContext, role: Role) -> None:
    """Tell the sender politely that the action needs ``role`` (translated, logged, outcome ``forbidden``):
    how the adapter renders a use case's :class:`~helpdesk_bot.people.actor.Forbidden`."""
    context.record(outcome="forbidden")
    log.warning(
        "refused %s to user %s (needs %s)",
        context.request.record.kind,
        update.effective_user.id if update.effective_user else None,
        role,
    )
    if update.callback_query is not None:
        await answer_query(update)
    await reply(update, context, context.t(f"not-allowed-{role.value}"))


def requires_role(role: Role) -> Callable[[Handler], Handler]:
    """Run the handler only for people who may act in ``role`` (see :func:`ensure_role`)."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def wrapper(update: Update, context: HelpdeskContext) -> Any:
            if not await ensure_role(update, context, role):
                return None
            return await handler(update, context)

        return wrapper

    return decorate


async def stale_button(update: Update, context: HelpdeskContext) -> None:
    """Answer a button press whose data is not (or no longer) valid."""
    context.record(outcome="invalid")
    await answer_query(update, context.t("stale-button"), alert=True)
    context.request.replied = True


def pressed_parts(area: Area, data: str | None) -> list[str] | None:
    """The parts after the prefix (verb first) of one of ``area``'s buttons, or None for anything else.

    Decoded strictly by :meth:`~helpdesk_bot.telegram.callback_protocol.Area.decode` (for handlers that
    read their buttons as words; typed values come from ``area.decode``).
    """
    pressed = area.decode(data)
    if pressed is None:
        return None
    return ([] if pressed.verb is None else [pressed.verb]) + [str(v) for v in pressed.values]
