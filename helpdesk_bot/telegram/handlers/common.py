"""Shared pieces of the handlers: the command registry, role checks, menu and deep-link routing."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import Update

from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram import callback_data
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.replies import answer_query, reply

log = logging.getLogger(__name__)

Handler = Callable[[Update, HelpdeskContext], Coroutine[Any, Any, Any]]
DeepLinkHandler = Callable[[Update, HelpdeskContext, str], Awaitable[Any]]


@dataclass(frozen=True)
class CommandSpec:
    """A command shown in the bot's menu; its description is the catalog key ``cmd-<name>``."""

    name: str
    role: Role | None = None


COMMANDS: list[CommandSpec] = []
MENU_ACTIONS: dict[str, Handler] = {}
DEEP_LINKS: dict[str, DeepLinkHandler] = {}


def command(name: str, role: Role | None = None) -> None:
    """Declare a command for the menus (registration of the handler itself is separate)."""
    if all(c.name != name for c in COMMANDS):
        COMMANDS.append(CommandSpec(name, role))


def menu_action(name: str, handler: Handler) -> None:
    """Route the main-menu button ``menu:<name>`` to ``handler``."""
    MENU_ACTIONS[name] = handler


def deep_link(prefix: str, handler: DeepLinkHandler) -> None:
    """Route ``/start <prefix>-<arg>`` to ``handler(update, context, arg)``."""
    DEEP_LINKS[prefix] = handler


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


def parse_callback(data: str | None, prefix: str, parts: int) -> list[str] | None:
    """Split ``prefix:a:b`` into ``parts`` arguments, or None when it does not have that shape.

    The strict parser of :mod:`helpdesk_bot.telegram.callback_data` (read numbers with its ``parse_id``).
    """
    return callback_data.parse_callback(data, prefix, parts)

