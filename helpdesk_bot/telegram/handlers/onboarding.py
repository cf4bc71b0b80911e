"""Onboarding (/start, language, privacy notice, country), the consent gate, the main menu, /help,
/language and /privacy. /settings and /timezone are in :mod:`~helpdesk_bot.telegram.handlers.personal_settings`."""

from __future__ import annotations

from pydantic import BaseModel
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    TypeHandler,
)

from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_date, local_today, zone_label
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import TelegramProfile
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram import keyboards
from helpdesk_bot.telegram.callback_areas import CONSENT, COUNTRY, LANGUAGE, MENU
from helpdesk_bot.telegram.callback_data import split_payload
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers import onboarding_interests as interests
from helpdesk_bot.telegram.handlers.common import (
    command,
    free_before_consent,
    pressed_parts,
    registry_of,
    stale_button,
)
from helpdesk_bot.telegram.handlers.personal_settings import settings
from helpdesk_bot.telegram.replies import edit_or_reply, reply


class OnboardingDraft(BaseModel):
    """The deep link a newcomer followed, opened once onboarding is done, and the kinds of events, topics and
    countries of interest chosen at the optional last step (subscribed to when confirmed)."""

    deep_link: str | None = None
    kinds: list[str] = []
    topics: list[str] = []
    countries: list[str] = []


ONBOARDING = Flow("onboarding", OnboardingDraft, steps=("language", "consent", "country", interests.STEP),
                  restart_command="start")

MENU_ITEMS = {"ask", "topics", "book", "events", "settings"}


def _notice(context: HelpdeskContext) -> Markup:
    return context.t("privacy-notice", version=context.services.settings.privacy_notice_version,
                     days=context.services.settings.retention_days)


async def consent_gate(update: Update, context: HelpdeskContext) -> None:
    """Before consent only onboarding works: anything else gets the notice again (and is not stored)."""
    person = context.request.person
    if person is None or not context.services.people.needs_consent(person):
        return
    query = update.callback_query
    registry = registry_of(context.application)
    if query is not None and any(area.claims(query.data) for area in registry.gate_free_buttons):
        return
    message = update.effective_message
    if query is None and message is not None and message.text and message.text.startswith("/"):
        name = message.text[1:].split(maxsplit=1)[0].split("@")[0].lower() if len(message.text) > 1 else ""
        if name in registry.gate_free_commands:
            return
    context.record(outcome="consent_required")
    if query is not None:
        await query.answer()
    key = "privacy-new-version" if person.has_consented else "privacy-required"
    await reply(update, context, context.t(key))
    await reply(update, context, _notice(context), keyboards.consent_keyboard(context.t))
    raise ApplicationHandlerStop


async def start(update: Update, context: HelpdeskContext) -> None:
    """/start [payload]: onboarding for newcomers, the menu (or the deep link's target) for others."""
    person = context.person
    payload = context.args[0] if context.args else None
    if payload:
        context.record(subject=payload[:64])
    if context.services.people.needs_consent(person):
        await conv.start(context, ONBOARDING, "language", OnboardingDraft(deep_link=payload[:64] if payload else None))
        context.record(outcome="onboarding")
        await reply(update, context, context.t("start-hello"), keyboards.language_keyboard(person.language))
        return
    if payload:
        await route_deep_link(update, context, payload)
        return
    await reply(update, context, context.t("start-welcome-back", name=person.display_name()))
    await show_menu(update, context)


async def route_deep_link(update: Update, context: HelpdeskContext, payload: str) -> None:
    """Open the target of ``/start <prefix>-<arg>``; unknown or malformed links get the menu."""
    parts = split_payload(payload)
    prefix, arg = parts if parts is not None else ("", "")
    handler = registry_of(context.application).deep_links.get(prefix)
    if handler is None or not arg:
        context.record(outcome="invalid_link")
        await reply(update, context, context.t("invalid-link"))
        await show_menu(update, context)
        return
    await handler(update, context, arg)


async def show_menu(update: Update, context: HelpdeskContext) -> None:
    """Send the main menu."""
    await reply(update, context, context.t("menu-text"), keyboards.main_menu_keyboard(context.t))


async def on_language(update: Update, context: HelpdeskContext) -> None:
    """``lang:<code>``: set the language; during onboarding go on to the privacy notice."""
    query = update.callback_query
    assert query is not None
    args = pressed_parts(LANGUAGE, query.data)
    if args is None or args[0] not in LANGUAGES:
        await stale_button(update, context)
        return
    context.person = await context.services.people.set_language(context.person.telegram_id, args[0])
    context.record(kind="settings.language", subject=args[0])
    await query.answer()
    if context.services.people.needs_consent(context.person):
        await _onboarding_step(context, "consent")
        await edit_or_reply(update, context, _notice(context), keyboards.consent_keyboard(context.t))
        return
    await edit_or_reply(update, context, context.t("language-set"))
    if context.person.country is None:
        await reply(update, context, context.t("choose-country"), keyboards.country_keyboard(context.t))
    else:
        await show_menu(update, context)


async def on_consent(update: Update, context: HelpdeskContext) -> None:
    """``consent:yes|no``: record consent (then ask the country) or explain what declining means."""
    query = update.callback_query
    assert query is not None and query.from_user is not None
    args = pressed_parts(CONSENT, query.data)
    if args is None or args[0] not in ("yes", "no"):
        await stale_button(update, context)
        return
    await query.answer()
    if args[0] == "no":
        context.record(kind="privacy.consent", outcome="declined")
        await edit_or_reply(update, context, context.t("privacy-declined"))
        return
    user = query.from_user
    context.person = await context.services.people.accept_notice(
        TelegramProfile(user.id, user.first_name, user.last_name, user.username, user.language_code)
    )
    context.record(kind="privacy.consent", outcome="accepted",
                   subject=context.services.settings.privacy_notice_version)
    await edit_or_reply(update, context, context.t("privacy-accepted"))
    if context.person.country is None:
        await _onboarding_step(context, "country")
        await reply(update, context, context.t("choose-country"), keyboards.country_keyboard(context.t))
        return
    await _after_onboarding(update, context)


async def on_country(update: Update, context: HelpdeskContext) -> None:
    """``country:<CC>``: set the country (and with it the time zone)."""
    query = update.callback_query
    assert query is not None
    args = pressed_parts(COUNTRY, query.data)
    if args is None or args[0] not in (*COUNTRIES, OTHER_COUNTRY):
        await stale_button(update, context)
        return
    first_time = context.person.country is None
    context.person = await context.services.people.set_country(context.person.telegram_id, args[0])
    context.record(kind="settings.country", subject=args[0])
    await query.answer()
    await edit_or_reply(
        update, context,
        context.t("country-set", country=context.t(f"country-{args[0]}"),
                  timezone=zone_label(context.person.timezone, context.lang)),
    )
    if first_time:
        await _after_onboarding(update, context)


async def _onboarding_step(context: HelpdeskContext, step: str) -> None:
    """Note the onboarding step reached (text typed meanwhile gets the "use the buttons" hint)."""
    conversation = await conv.current(context)
    if ONBOARDING.owns(conversation):
        assert conversation is not None
        await conv.advance(context, ONBOARDING, conversation, step, ONBOARDING.draft(conversation))


async def _after_onboarding(update: Update, context: HelpdeskContext) -> None:
    """Offer announcements (the optional last step) to a newcomer; otherwise end onboarding now."""
    conversation = await conv.current(context)
    if ONBOARDING.owns(conversation):
        assert conversation is not None
        if await interests.offer(update, context, ONBOARDING, conversation):
            return
    await _finish_onboarding(update, context, conversation)


async def on_onboarding_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> str | None:
    """Text during onboarding: at the optional announcements step it is a question (the step counts as
    skipped and the text goes on to the knowledge base); the other steps take buttons only."""
    if conversation.step == interests.STEP and not ONBOARDING.draft(conversation).deep_link:
        if await conv.finish(context, conversation):
            return conv.PASS_ON
    await conv.use_the_buttons(update, context)
    return None


async def _finish_onboarding(update: Update, context: HelpdeskContext, conversation: Conversation | None) -> None:
    """End the onboarding conversation, then open the deep link the newcomer came with, or the menu."""
    pending = None
    if ONBOARDING.owns(conversation):
        assert conversation is not None
        pending = ONBOARDING.draft(conversation).deep_link
        if not await conv.finish(context, conversation):
            pending = None  # another process opened it already
    if pending:
        await route_deep_link(update, context, pending)
    else:
        await show_menu(update, context)


async def on_menu(update: Update, context: HelpdeskContext) -> None:
    """``menu:<item>``: the main-menu buttons; parts not built yet say so."""
    query = update.callback_query
    assert query is not None
    args = pressed_parts(MENU, query.data)
    if args is None:
        await stale_button(update, context)
        return
    item = args[0]
    if item not in MENU_ITEMS:
        await stale_button(update, context)
        return
    context.record(kind=f"menu.{item}")
    if item == "settings":
        await query.answer()
        await settings(update, context)
        return
    if item == "ask":
        await query.answer()
        await reply(update, context, context.t("ask-prompt"))
        return
    handler = registry_of(context.application).menu_actions.get(item)
    if handler is None:
        context.record(outcome="coming_soon")
        await query.answer(context.t("coming-soon"), show_alert=True)
        context.request.replied = True
        return
    await query.answer()
    await handler(update, context)


async def help_command(update: Update, context: HelpdeskContext) -> None:
    """/help: what the bot does, plus the advisor and staff commands for those roles."""
    person = context.person
    sections: list[tuple[str, tuple[Role | None, ...]]] = [
        ("help-text", (None, Role.PARTNER) if person.may(Role.PARTNER) else (None,))]
    if person.may(Role.ADVISOR):
        sections.append(("help-advisor", (Role.ADVISOR,)))
    if person.may(Role.STAFF):
        sections.append(("help-staff", (Role.STAFF,)))
    parts = [html_join("\n", [context.t(key), *help_lines(context, roles)]) for key, roles in sections]
    await reply(update, context, html_join("\n\n", parts))


def help_lines(context: HelpdeskContext, roles: tuple[Role | None, ...]) -> list[Markup]:
    """One line per command of ``roles`` that exists now (the menu's list), one separator style: ``/book – …``."""
    commands = registry_of(context.application).commands
    return [Markup("/{} – {}").format(c.name, context.t(f"cmd-{c.name}")) for c in commands if c.role in roles and c.name not in ("start", "help")]


async def language_command(update: Update, context: HelpdeskContext) -> None:
    """/language: the language picker."""
    await reply(update, context, context.t("choose-language"), keyboards.language_keyboard(context.person.language))


async def privacy_command(update: Update, context: HelpdeskContext) -> None:
    """/privacy: the notice, and when the person agreed to it."""
    person = context.person
    text = _notice(context)
    if not context.services.people.needs_consent(person):
        stored = await context.services.people.consent_date(person.telegram_id)
        if stored is not None:
            text += "\n\n" + context.t("privacy-status", version=person.consent_version,
                                        date=format_date(local_today(stored, person.timezone), person.language))
        await reply(update, context, text)
        return
    await reply(update, context, text, keyboards.consent_keyboard(context.t))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the consent gate, the onboarding, menu, /help, /language and /privacy handlers."""
    application.add_handler(TypeHandler(Update, consent_gate), group=-10)
    free_before_consent(application, commands=("start", "help", "privacy", "language"),
                        buttons=(LANGUAGE, CONSENT))
    conv.register_flow(application, ONBOARDING, on_onboarding_text)
    for name, callback in (
        ("start", start), ("help", help_command), ("language", language_command), ("privacy", privacy_command),
    ):
        application.add_handler(CommandHandler(name, callback))
    # the first commands of the menus, in their order (/settings and /timezone are handled by personal_settings)
    for name in ("start", "help", "settings", "language", "timezone", "privacy"):
        command(application, name)
    application.add_handler(CallbackQueryHandler(on_language, pattern=LANGUAGE.pattern))
    application.add_handler(CallbackQueryHandler(on_consent, pattern=CONSENT.pattern))
    application.add_handler(CallbackQueryHandler(on_country, pattern=COUNTRY.pattern))
    interests.register(application, ONBOARDING, _finish_onboarding)
    application.add_handler(CallbackQueryHandler(on_menu, pattern=MENU.pattern))
