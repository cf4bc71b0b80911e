"""The last, optional step of onboarding: the kinds of events and topics a newcomer wants announcements
about and the countries besides their own whose events concern them, or "Skip" in one tap. The choices live in the onboarding conversation's draft (the database's
conversation store) and become subscriptions (the same ones /subscribe changes) when confirmed.

Callback data (area ``ONBOARDING_INTERESTS``): ``onb:k:<kind>``, ``onb:t:<topic>``, ``onb:c:<country>`` (toggles), ``onb:done:0``,
``onb:skip:0``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from helpdesk_bot.config import COUNTRIES
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.events.models import EVENT_KINDS
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_areas import ONBOARDING_INTERESTS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import pressed_parts, stale_button
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import answer_query, edit_or_reply, reply
from helpdesk_bot.topics import TOPICS

Finish = Callable[[Update, HelpdeskContext, Conversation], Awaitable[None]]
STEP = "interests"
SCOPES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "k": ("kinds", EVENT_KINDS, "kind"), "t": ("topics", TOPICS, "topic"), "c": ("countries", COUNTRIES, "country"),
}
"""Callback letter: (field of the draft, the values offered, subscription scope)."""


def _keyboard(context: HelpdeskContext, kinds: list[str], topics: list[str],
              countries: list[str]) -> InlineKeyboardMarkup:
    def button(label: str, on: bool, data: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(("✅ " if on else "▫ ") + label, callback_data=data)

    kb = rows([button(context.t(f"ev-kind-{k}"), k in kinds, ONBOARDING_INTERESTS.encode("k", k)) for k in EVENT_KINDS], 2)
    kb += rows([button(context.t(f"topic-{t}"), t in topics, ONBOARDING_INTERESTS.encode("t", t)) for t in TOPICS], 2)
    kb += rows([button(f"{COUNTRY_FLAGS[c]} {context.t(f'country-{c}')}", c in countries, ONBOARDING_INTERESTS.encode("c", c))
                for c in COUNTRIES if c != context.person.country], 2)
    kb.append([InlineKeyboardButton(context.t("onb-interests-done"), callback_data=ONBOARDING_INTERESTS.encode("done", "0")),
               InlineKeyboardButton(context.t("onb-interests-skip"), callback_data=ONBOARDING_INTERESTS.encode("skip", "0"))])
    return InlineKeyboardMarkup(kb)


async def offer(update: Update, context: HelpdeskContext, flow: Flow, conversation: Conversation) -> bool:  # type: ignore[type-arg]
    """Move onboarding to the optional interests step and ask; False when it does not apply (already
    subscribed, e.g. accepting a new privacy notice) or another update moved the conversation first."""
    if (await context.services.events.subscriptions.get(context.person.id)).any:
        return False
    if await conv.advance(context, flow, conversation, STEP, flow.draft(conversation)) is None:
        return False
    await reply(update, context, context.t("onb-interests"), _keyboard(context, [], [], []))
    return True


async def on_button(update: Update, context: HelpdeskContext, flow: Flow, finish: Finish) -> None:  # type: ignore[type-arg]
    """A toggle (kept in the draft), Done (subscribe to what was chosen) or Skip (nothing), then the menu."""
    query = update.callback_query
    assert query is not None
    args = pressed_parts(ONBOARDING_INTERESTS, query.data)
    conversation = await conv.in_flow(update, context, flow, STEP)
    if conversation is None:
        return
    if args is None:
        await stale_button(update, context)
        return
    action, value = args
    draft = flow.draft(conversation)
    if action in SCOPES:
        name, values, _scope = SCOPES[action]
        chosen: list[str] = getattr(draft, name)
        if value not in values:
            await stale_button(update, context)
            return
        draft = draft.model_copy(update={name: [v for v in chosen if v != value] if value in chosen
                                         else [*chosen, value]})
        if await conv.advance(context, flow, conversation, STEP, draft) is None:
            await stale_button(update, context)
            return
        await answer_query(update)
        await edit_or_reply(update, context, context.t("onb-interests"), _keyboard(context, draft.kinds, draft.topics,
                                                                          draft.countries))
        return
    if action not in ("done", "skip"):
        await stale_button(update, context)
        return
    await answer_query(update)
    subscriptions = context.services.events.subscriptions
    chosen_all = [(scope, value) for name, _values, scope in SCOPES.values() for value in getattr(draft, name)]
    if action == "done" and (draft.kinds or draft.topics):  # countries alone subscribe to nothing
        current = await subscriptions.get(context.person.id)
        have = {("kind", v) for v in current.kinds} | {("topic", v) for v in current.topics} | {
            ("country", v) for v in current.countries}
        for scope, value in chosen_all:
            if (scope, value) not in have:
                await subscriptions.toggle(context.person.id, scope, value)
        context.record(kind="subscriptions.change", subject="onboarding", outcome="on", value=float(len(chosen_all)))
        await edit_or_reply(update, context, context.t("onb-interests-saved", count=len(chosen_all)))
    else:
        context.record(kind="subscriptions.view", subject="onboarding", outcome="skipped")
        await edit_or_reply(update, context, context.t("onb-interests-skipped"))
    await finish(update, context, conversation)


def register(application: Application, flow: Flow, finish: Finish) -> None:  # type: ignore[type-arg]
    """Add the buttons of the interests step (``onb:``)."""
    async def handler(update: Update, context: HelpdeskContext) -> None:
        await on_button(update, context, flow, finish)

    application.add_handler(CallbackQueryHandler(handler, pattern=ONBOARDING_INTERESTS.pattern))
