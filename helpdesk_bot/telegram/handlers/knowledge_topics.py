"""Browsing the knowledge base in Telegram: /topics, the menu button and ``kb:topics`` list the
categories; ``kb:cat:<category>:<page>`` pages through one category's entries (split out of
:mod:`helpdesk_bot.telegram.handlers.knowledge`; :mod:`~helpdesk_bot.telegram.handlers.knowledge_buttons`
dispatches the ``kb:`` buttons).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.indicators import kinds
from helpdesk_bot.knowledge_base.service import choice_label
from helpdesk_bot.telegram.callback_areas import KNOWLEDGE
from helpdesk_bot.telegram.callback_data import parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.topics import topic_name


def category_name(context: HelpdeskContext, category: str) -> str:
    """The translated name of a browsing category (the id itself when not translated)."""
    return topic_name(context.services.translator, context.lang, category)


async def topics(update: Update, context: HelpdeskContext) -> None:
    """/topics, the menu button and ``kb:topics``: the categories."""
    categories = context.services.knowledge.answers.categories()
    context.record(kind=kinds.KB_TOPIC_VIEWED, outcome="categories")
    if update.callback_query is not None and KNOWLEDGE.claims(update.callback_query.data):
        await update.callback_query.answer()
    if not categories:
        await reply(update, context, context.t("kb-topics-empty"))
        return
    buttons = [InlineKeyboardButton(category_name(context, c), callback_data=KNOWLEDGE.encode("cat", c, 0))
               for c in categories]
    keyboard = InlineKeyboardMarkup(rows(buttons, 2))
    if update.callback_query is not None and KNOWLEDGE.claims(update.callback_query.data):
        await edit_or_reply(update, context, context.t("kb-topics-title"), keyboard)
    else:
        await reply(update, context, context.t("kb-topics-title"), keyboard)


async def topics_button(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    await topics(update, context)


async def category_page(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    category, page = args
    answers = context.services.knowledge.answers
    number = parse_int(page, 0, 1000)
    if number is None or category not in answers.categories():
        await stale_button(update, context)
        return
    person = context.person
    result = answers.topic_page(category, person.language, person.country, number)
    if result is None:
        await stale_button(update, context)
        return
    query = update.callback_query
    assert query is not None
    await query.answer()
    context.record(kind=kinds.KB_TOPIC_VIEWED, outcome="category", topic=category)
    buttons = [[InlineKeyboardButton(choice_label(c), callback_data=KNOWLEDGE.encode("e", c.entry_id))]
               for c in result.choices]
    nav = []
    if result.page > 0:
        nav.append(InlineKeyboardButton(context.t("kb-btn-prev"), callback_data=KNOWLEDGE.encode("cat", category, result.page - 1)))
    if result.page + 1 < result.pages:
        nav.append(InlineKeyboardButton(context.t("kb-btn-next"), callback_data=KNOWLEDGE.encode("cat", category, result.page + 1)))
    if nav:
        buttons.append(nav)
    buttons.append([InlineKeyboardButton(context.t("kb-btn-categories"), callback_data=KNOWLEDGE.encode("topics"))])
    text = context.t("kb-category-page", category=category_name(context, category), page=result.page + 1,
                     pages=result.pages)
    await edit_or_reply(update, context, text, InlineKeyboardMarkup(buttons))

