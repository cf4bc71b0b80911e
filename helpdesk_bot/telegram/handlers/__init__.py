"""The handler modules, and the per-language command menus (the order of registration is :mod:`..routing`)."""

from __future__ import annotations

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.ext import Application

from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.adapter_state import services_of
from helpdesk_bot.telegram.handlers.common import registry_of


def register_all(application: Application) -> None:  # type: ignore[type-arg]
    """Register every handler (see :mod:`helpdesk_bot.telegram.routing`, the routing table)."""
    from helpdesk_bot.telegram.routing import register_all as register

    register(application)


def _commands(application: Application, lang: str, roles: set[Role | None]) -> list[BotCommand]:  # type: ignore[type-arg]
    translator = services_of(application).translator
    return [BotCommand(c.name, translator(lang, f"cmd-{c.name}")[:256]) for c in registry_of(application).commands
            if c.role in roles]


async def publish_commands(application: Application) -> None:  # type: ignore[type-arg]
    """``setMyCommands`` for the default scope and for each language; staff and advisors get theirs per chat."""
    services = services_of(application)
    default = services.settings.default_language
    await application.bot.set_my_commands(_commands(application, default, {None}), scope=BotCommandScopeDefault())
    for lang in services.translator.languages:
        await application.bot.set_my_commands(
            _commands(application, lang, {None}), scope=BotCommandScopeDefault(), language_code=lang
        )
    await refresh_role_commands(application)


async def refresh_role_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Give each advisor and staff member the menu of their role, in their language."""
    services = services_of(application)
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
