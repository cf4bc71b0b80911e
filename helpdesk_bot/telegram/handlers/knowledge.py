"""Questions in Telegram: free text and /ask, answers with feedback, suggestions, asking the country,
the fallback (consultation, advisor, topics); it registers /topics browsing
(:mod:`~helpdesk_bot.telegram.handlers.knowledge_topics`) and the staff's /gaps and /reload
(:mod:`~helpdesk_bot.telegram.handlers.knowledge_gaps`), which live in their own modules.

Callback data (``kb:<action>:...``, at most 64 bytes, always re-checked against the live knowledge
base and the presser's own stash of questions):

* ``kb:fb:<y|n>:<entry>:<token>`` feedback on an answer
* ``kb:s:<entry>:<token>`` a "did you mean" candidate; ``kb:cc:<entry>:<token>`` a country's answer
* ``kb:none:<token>``, ``kb:tk:<token>``, ``kb:book:<token>`` after a question the bot could not answer
* ``kb:topics``, ``kb:cat:<category>:<page>``, ``kb:e:<entry>`` browsing
* ``gap:close:<id>`` staff mark a group of collected questions as covered

The answer message and the question stash behind its buttons are in
:mod:`~helpdesk_bot.telegram.handlers.knowledge_answers`, the ``kb:`` presses in
:mod:`~helpdesk_bot.telegram.handlers.knowledge_buttons`. The question is kept for a day in the
conversation stash, so any bot process can take the press; beyond that it is stored only when needed
for curation or a ticket (see :mod:`helpdesk_bot.knowledge_base.gaps`).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS
from helpdesk_bot.indicators import kinds
from helpdesk_bot.knowledge_base.service import (
    MAX_QUESTION_CHARS,
    Answered,
    AskCountry,
    ChitChat,
    Choice,
    Question,
    Suggested,
    choice_label,
)
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import GAPS, KNOWLEDGE
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers import tickets as ticket_handlers
from helpdesk_bot.telegram.handlers.common import command, menu_action
from helpdesk_bot.telegram.handlers.knowledge_answers import (
    Stashed,
    country_name,
    fallback_keyboard,
    send_answer,
    stash_question,
)
from helpdesk_bot.telegram.handlers.knowledge_buttons import on_button
from helpdesk_bot.telegram.handlers.knowledge_gaps import gaps_command, on_gap_button, reload_command
from helpdesk_bot.telegram.handlers.knowledge_topics import topics
from helpdesk_bot.telegram.keyboards import main_menu_keyboard, rows
from helpdesk_bot.telegram.replies import reply


async def answer_question(update: Update, context: HelpdeskContext, raw: str) -> None:
    """Match a question and answer, suggest, ask the country or offer the fallback; log the outcome."""
    question = Question.of(raw, MAX_QUESTION_CHARS)
    if not question.text:
        await reply(update, context, context.t("ask-prompt"))
        return
    person = context.person
    asked = await context.services.knowledge.ask(question.text, language=person.language, country=person.country,
                                                 person_id=person.id)
    outcome = asked.outcome
    if question.truncated:
        await reply(update, context, context.t("kb-question-cut", limit=MAX_QUESTION_CHARS))
    if isinstance(outcome, Answered):
        answer = outcome.answer
        token = await stash_question(context, Stashed(question.text, person.language, answer.entry_id))
        context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=answer.entry_id, topic=answer.category,
                       value=outcome.score)
        await send_answer(update, context, answer, token)
        return
    if isinstance(outcome, ChitChat):
        # a greeting, thanks or goodbye: a friendly word and the menu, not a knowledge gap
        context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.kind)
        await reply(update, context, context.t(f"kb-chitchat-{outcome.kind}"), main_menu_keyboard(context.t))
        return
    if isinstance(outcome, Suggested | AskCountry):
        token = await stash_question(context, Stashed(question.text, person.language, outcome.entry_id))
        if isinstance(outcome, AskCountry):
            context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.entry_id,
                           topic=outcome.category, value=outcome.score)
            await reply(update, context, context.t("kb-ask-country"), _country_keyboard(context, outcome.choices, token))
        else:
            context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.entry_id,
                           topic=outcome.category, value=outcome.score)
            await reply(update, context, context.t("kb-suggest"), _suggest_keyboard(context, outcome.choices, token))
        return
    token = await stash_question(context, Stashed(question.text, person.language, outcome.entry_id, asked.gap_id))
    context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.entry_id, value=outcome.score)
    await reply(update, context, context.t("kb-fallback"), fallback_keyboard(context, token))


def _suggest_keyboard(context: HelpdeskContext, choices: tuple[Choice, ...], token: str) -> InlineKeyboardMarkup:
    buttons = [[InlineKeyboardButton(choice_label(c), callback_data=KNOWLEDGE.encode("s", c.entry_id, token))]
               for c in choices]
    buttons.append([InlineKeyboardButton(context.t("kb-btn-none"), callback_data=KNOWLEDGE.encode("none", token))])
    return InlineKeyboardMarkup(buttons)


def _country_keyboard(context: HelpdeskContext, choices: tuple[Choice, ...], token: str) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(f"{COUNTRY_FLAGS.get(c.country or '', '')} {country_name(context, c.country or '')}".strip(),
                             callback_data=KNOWLEDGE.encode("cc", c.entry_id, token))
        for c in choices if c.country
    ]
    return InlineKeyboardMarkup(rows(buttons, 2))


async def on_text(update: Update, context: HelpdeskContext) -> None:
    """Free text in a private chat: a message in a ticket, else a question."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if await ticket_handlers.handle_ticket_text(update, context, message.text):
        return
    await answer_question(update, context, message.text)


async def ask_command(update: Update, context: HelpdeskContext) -> None:
    """/ask [question]."""
    text = " ".join(context.args or [])
    if not text.strip():
        await reply(update, context, context.t("ask-prompt"))
        return
    await answer_question(update, context, text)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the question, topics and curation handlers (after the other domains' conversations)."""
    application.add_handler(CommandHandler("ask", ask_command))
    application.add_handler(CommandHandler("topics", topics))
    application.add_handler(CommandHandler("gaps", gaps_command))
    application.add_handler(CommandHandler("reload", reload_command))
    application.add_handler(CallbackQueryHandler(on_button, pattern=KNOWLEDGE.pattern))
    application.add_handler(CallbackQueryHandler(on_gap_button, pattern=GAPS.pattern))
    ticket_handlers.register(application)
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, on_text))
    for name in ("ask", "topics"):
        command(application, name)
    command(application, "gaps", Role.STAFF)
    command(application, "reload", Role.STAFF)
    menu_action(application, "topics", topics)

