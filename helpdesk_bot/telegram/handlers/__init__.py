"""Registration of every handler module, in order, and the per-language command menus."""

from __future__ import annotations

from typing import Any

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.ext import Application

from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.handlers import (
    announcements,
    catalogue_calls,
    catalogue_digest,
    catalogue_find,
    catalogue_profile,
    catalogue_relay,
    consultations,
    consultations_advisor,
    errors,
    events,
    events_flow,
    fallback,
    groups,
    knowledge,
    makerspace,
    makerspace_staff,
    onboarding,
    privacy,
    reports,
    roles,
)
from helpdesk_bot.telegram.handlers.common import COMMANDS

# Domain handler modules are added here in order; `fallback` must stay last.
# `knowledge` stays after every domain module: its handler takes any plain text left over as a question.
HANDLER_MODULES: list[Any] = [groups, onboarding, roles, consultations, consultations_advisor, knowledge, events, announcements,
                              reports, privacy, events_flow, makerspace, makerspace_staff, catalogue_profile,
                              catalogue_find, catalogue_calls, catalogue_digest, catalogue_relay]


def register_all(application: Application) -> None:  # type: ignore[type-arg]
    """Register every module's handlers, the catch-alls and the error handler."""
    from helpdesk_bot.telegram import conversation

    for module in HANDLER_MODULES:
        module.register(application)
    conversation.register(application)
    fallback.register(application)
    application.add_error_handler(errors.on_error)  # type: ignore[arg-type]


def _commands(application: Application, lang: str, roles: set[Role | None]) -> list[BotCommand]:  # type: ignore[type-arg]
    translator = application.bot_data["services"].translator
    return [BotCommand(c.name, translator(lang, f"cmd-{c.name}")[:256]) for c in COMMANDS if c.role in roles]


async def publish_commands(application: Application) -> None:  # type: ignore[type-arg]
    """``setMyCommands`` for the default scope and for each language; staff and advisors get theirs per chat."""
    services = application.bot_data["services"]
    default = services.settings.default_language
    await application.bot.set_my_commands(_commands(application, default, {None}), scope=BotCommandScopeDefault())
    for lang in services.translator.languages:
        await application.bot.set_my_commands(
            _commands(application, lang, {None}), scope=BotCommandScopeDefault(), language_code=lang
        )
    await refresh_role_commands(application)


async def refresh_role_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Give each advisor and staff member the menu of their role, in their language."""
    services = application.bot_data["services"]
    for person in await services.people.list_with_roles():
        allowed: set[Role | None] = {None}
        if person.may(Role.ADVISOR):
            allowed.add(Role.ADVISOR)
        if person.may(Role.PARTNER):
            allowed.add(Role.PARTNER)
        if person.may(Role.STAFF):
            allowed.add(Role.STAFF)
        try:
            await application.bot.set_my_commands(
                _commands(application, person.language, allowed), scope=BotCommandScopeChat(person.telegram_id)
            )
        except Exception:  # chat not found (never started) or blocked
            continue
