"""Subscriptions to event announcements: /subscribe (toggles per kind, topic and other country),
/unsubscribe and the ``sub:`` buttons."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from helpdesk_bot.config import COUNTRIES
from helpdesk_bot.events.models import EVENT_KINDS
from helpdesk_bot.events.views import Subscriptions
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS
from helpdesk_bot.telegram.callback_areas import SUBSCRIPTIONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import (
    stale_button,
)
from helpdesk_bot.telegram.handlers.events_cards import (
    answer_button,
    btn,
)
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.topics import TOPICS


def _subscription_keyboard(context: HelpdeskContext, subs: Subscriptions) -> InlineKeyboardMarkup:
    kb = rows([btn(("✅ " if k in subs.kinds else "▫ ") + context.t(f"ev-kind-{k}"), SUBSCRIPTIONS.encode("k", k))
               for k in EVENT_KINDS], 2)
    kb += rows([btn(("✅ " if t in subs.topics else "▫ ") + context.t(f"topic-{t}"), SUBSCRIPTIONS.encode("t", t))
                for t in TOPICS], 2)
    kb += rows([btn(("✅ " if c in subs.countries else "▫ ") + f"{COUNTRY_FLAGS[c]} {context.t(f'country-{c}')}",
                     SUBSCRIPTIONS.encode("c", c)) for c in COUNTRIES if c != context.person.country], 2)
    kb.append([btn(context.t("sub-all-kinds"), SUBSCRIPTIONS.encode("allk")),
               btn(context.t("sub-stop-button"), SUBSCRIPTIONS.encode("stop"))])
    return InlineKeyboardMarkup(kb)


def _subscription_text(context: HelpdeskContext) -> Markup:
    return html_join("\n", [context.t("sub-text"), context.t("sub-countries")])


async def subscribe_command(update: Update, context: HelpdeskContext) -> None:
    """/subscribe: toggles per kind and topic (nothing is on until the person switches it on)."""
    context.record(kind="subscriptions.view")
    await answer_button(update)
    subs = await context.services.events.subscriptions.get(context.person.id)
    await reply(update, context, _subscription_text(context), _subscription_keyboard(context, subs))


async def unsubscribe_command(update: Update, context: HelpdeskContext) -> None:
    """/unsubscribe: stop every announcement."""
    removed = await context.services.events.subscriptions.clear(context.person.id)
    context.record(kind="subscriptions.stop", value=float(removed))
    await reply(update, context, context.t("sub-stopped"),
                InlineKeyboardMarkup([[btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))]]))


async def on_subscription_button(update: Update, context: HelpdeskContext) -> None:
    """``sub:k:<kind>``, ``sub:t:<topic>``, ``sub:c:<country>``, ``sub:allk``, ``sub:stop``, ``sub:menu``."""
    query = update.callback_query
    assert query is not None
    pressed = SUBSCRIPTIONS.decode(query.data)
    service = context.services.events.subscriptions
    person = context.person
    if pressed is not None and pressed.verb == "menu":
        await subscribe_command(update, context)
        return
    if pressed is not None and pressed.verb == "stop":
        removed = await service.clear(person.id)
        context.record(kind="subscriptions.stop", value=float(removed))
        await query.answer()
        await reply(update, context, context.t("sub-stopped"),
                    InlineKeyboardMarkup([[btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))]]))
        return
    if pressed is not None and pressed.verb == "allk":
        subs = await service.set_all(person.id, "kind")
        context.record(kind="subscriptions.change", subject="kind:all", outcome="on")
        await query.answer(context.t("sub-saved"))
        await edit_or_reply(update, context, _subscription_text(context), _subscription_keyboard(context, subs))
        return
    scopes = {"k": ("kind", EVENT_KINDS), "t": ("topic", TOPICS), "c": ("country", COUNTRIES)}
    if pressed is None or pressed.verb not in scopes or pressed.text() not in scopes[pressed.verb][1]:
        await stale_button(update, context)
        return
    scope, value = scopes[pressed.verb][0], pressed.text()
    subs, on = await service.toggle(person.id, scope, value)
    context.record(kind="subscriptions.change", subject=f"{scope}:{value}", outcome="on" if on else "off",
                   topic=value if scope == "topic" else None)
    await query.answer(context.t("sub-saved"))
    await edit_or_reply(update, context, _subscription_text(context), _subscription_keyboard(context, subs))

