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

The question behind an answer's buttons is kept for a day in the conversation stash (a database row of
the person the *token* names, see :mod:`helpdesk_bot.conversations.stash`), so any bot process can take
the press; beyond that it is stored only when needed for curation or a ticket (see
:mod:`helpdesk_bot.knowledge_base.gaps`).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, format_long_date
from helpdesk_bot.indicators import kinds
from helpdesk_bot.knowledge_base.service import (
    MAX_QUESTION_CHARS,
    Answer,
    Answered,
    AskCountry,
    ChitChat,
    Choice,
    Question,
    Suggested,
    choice_label,
)
from helpdesk_bot.knowledge_base.ticket_notices import TicketLimitError
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import GAPS, KNOWLEDGE
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers import tickets as ticket_handlers
from helpdesk_bot.telegram.handlers.booking_steps import start_booking_from_question
from helpdesk_bot.telegram.handlers.common import (
    command,
    menu_action,
    pressed_parts,
    stale_button,
)
from helpdesk_bot.telegram.handlers.knowledge_gaps import gaps_command, on_gap_button, reload_command
from helpdesk_bot.telegram.handlers.knowledge_topics import category_page, topics, topics_button
from helpdesk_bot.telegram.kb_render import country_label, render_answer
from helpdesk_bot.telegram.keyboards import main_menu_keyboard, rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply

log = logging.getLogger(__name__)

NO_TOKEN = "-"


@dataclass(frozen=True)
class Stashed:
    """A question the person asked recently (kept in the conversation stash for a day)."""

    text: str
    lang: str
    entry_id: str | None = None
    gap_id: int | None = None
    ticket_id: int | None = None


# ---------------------------------------------------------------------------------- stash


async def _stash(context: HelpdeskContext, item: Stashed) -> str:
    return await context.services.conversations.stash.put(context.person.id, asdict(item))


async def _stashed(context: HelpdeskContext, token: str) -> Stashed | None:
    if token == NO_TOKEN:
        return None
    value = await context.services.conversations.stash.get(context.person.id, token)
    if value is None:
        return None
    try:
        return Stashed(**value)
    except TypeError:  # stored by another version of the bot
        return None


async def _update_stash(context: HelpdeskContext, token: str, **changes: Any) -> None:
    if token != NO_TOKEN:
        await context.services.conversations.stash.update(context.person.id, token, changes)


# ---------------------------------------------------------------------------------- rendering


def _country_name(context: HelpdeskContext, code: str) -> str:
    key = f"country-{code}"
    return context.t(key) if context.services.translator.has(context.lang, key) else code


def feedback_keyboard(
    context: HelpdeskContext, entry_id: str, token: str, others: tuple[Choice, ...] = (),
    question_token: str = NO_TOKEN,
) -> InlineKeyboardMarkup:
    """Helpful / Not helpful (``token``: the feedback token), then the same answer for the family's other
    countries (flag and name; ``question_token`` names the question in the person's stash)."""
    buttons = [[
        InlineKeyboardButton(context.t("kb-btn-helpful"), callback_data=KNOWLEDGE.encode("fb", "y", entry_id, token)),
        InlineKeyboardButton(context.t("kb-btn-not-helpful"), callback_data=KNOWLEDGE.encode("fb", "n", entry_id, token)),
    ]]
    country_buttons = [
        InlineKeyboardButton(country_label(c.country, lambda code: _country_name(context, code)),
                             callback_data=KNOWLEDGE.encode("cc", c.entry_id, question_token))
        for c in others if c.country
    ]
    buttons.extend(rows(country_buttons, 3))
    return InlineKeyboardMarkup(buttons)


def fallback_keyboard(context: HelpdeskContext, token: str) -> InlineKeyboardMarkup:
    """Book a consultation, leave the question for an advisor (when the bot has it), browse topics."""
    buttons = [[InlineKeyboardButton(context.t("kb-btn-book"), callback_data=KNOWLEDGE.encode("book", token))]]
    if token != NO_TOKEN:
        buttons.append([InlineKeyboardButton(context.t("kb-btn-ticket"), callback_data=KNOWLEDGE.encode("tk", token))])
    buttons.append([InlineKeyboardButton(context.t("kb-btn-topics"), callback_data=KNOWLEDGE.encode("topics"))])
    return InlineKeyboardMarkup(buttons)


async def send_answer(update: Update, context: HelpdeskContext, answer: Answer, token: str) -> None:
    """The answer message with its feedback buttons (split by the reply helper when long).

    The buttons carry a feedback token issued to this person for this entry (stored in the database,
    consumed by the first press); ``token`` names the question in the person's stash."""
    text = render_answer(answer, context.t, lambda code: _country_name(context, code),
                         lambda day: format_long_date(day, context.lang))
    feedback_token = await context.services.knowledge.feedback.issue(
        context.person.id, answer.entry_id, question_token=None if token == NO_TOKEN else token)
    await reply(update, context, text,
                feedback_keyboard(context, answer.entry_id, feedback_token, answer.other_members, token))


# ---------------------------------------------------------------------------------- asking


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
        token = await _stash(context, Stashed(question.text, person.language, answer.entry_id))
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
        token = await _stash(context, Stashed(question.text, person.language, outcome.entry_id))
        if isinstance(outcome, AskCountry):
            context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.entry_id,
                           topic=outcome.category, value=outcome.score)
            await reply(update, context, context.t("kb-ask-country"), _country_keyboard(context, outcome.choices, token))
        else:
            context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.entry_id,
                           topic=outcome.category, value=outcome.score)
            await reply(update, context, context.t("kb-suggest"), _suggest_keyboard(context, outcome.choices, token))
        return
    token = await _stash(context, Stashed(question.text, person.language, outcome.entry_id, asked.gap_id))
    context.record(kind=kinds.KB_QUESTION, outcome=asked.label, subject=outcome.entry_id, value=outcome.score)
    await reply(update, context, context.t("kb-fallback"), fallback_keyboard(context, token))


def _suggest_keyboard(context: HelpdeskContext, choices: tuple[Choice, ...], token: str) -> InlineKeyboardMarkup:
    buttons = [[InlineKeyboardButton(choice_label(c), callback_data=KNOWLEDGE.encode("s", c.entry_id, token))]
               for c in choices]
    buttons.append([InlineKeyboardButton(context.t("kb-btn-none"), callback_data=KNOWLEDGE.encode("none", token))])
    return InlineKeyboardMarkup(buttons)


def _country_keyboard(context: HelpdeskContext, choices: tuple[Choice, ...], token: str) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(f"{COUNTRY_FLAGS.get(c.country or '', '')} {_country_name(context, c.country or '')}".strip(),
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


# ---------------------------------------------------------------------------------- buttons


async def on_button(update: Update, context: HelpdeskContext) -> None:
    """Every ``kb:`` button."""
    query = update.callback_query
    assert query is not None
    parts = pressed_parts(KNOWLEDGE, query.data)  # [verb, *arguments], decoded strictly
    handler = _BUTTONS.get((parts[0], len(parts) + 1)) if parts else None
    if parts is None or handler is None:
        await stale_button(update, context)
        return
    await handler(update, context, parts[1:])


async def _feedback(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    verdict, entry_id, token = args
    desk = context.services.knowledge
    entry = desk.answers.kb.get(entry_id)
    if verdict not in ("y", "n") or entry is None:
        await stale_button(update, context)
        return
    query = update.callback_query
    assert query is not None
    person = context.person

    async def question_of(question_token: str | None) -> tuple[str | None, str | None]:
        stashed = await _stashed(context, question_token) if question_token else None
        return (stashed.text, stashed.lang) if stashed else (None, None)

    result = await desk.feedback.give(person.id, entry_id, token, helpful=verdict == "y",
                                      language=person.language, question_of=question_of)
    context.record(kind=kinds.KB_FEEDBACK, outcome=result.outcome, subject=entry_id, topic=entry.category)
    if not result.accepted:  # forged, another person's, replayed or a double tap: not counted
        await stale_button(update, context)
        context.record(outcome=result.outcome)
        return
    await query.answer(context.t("kb-feedback-thanks"))
    try:
        await query.edit_message_reply_markup(None)  # one verdict per answer
    except Exception:  # too old, or already without buttons
        pass
    context.request.replied = True
    if result.outcome == "helpful":
        return
    question_token = result.question_token or NO_TOKEN
    stashed = await _stashed(context, question_token)
    if stashed is not None:
        await _update_stash(context, question_token, gap_id=result.gap_id, entry_id=entry_id)
    await reply(update, context, context.t("kb-feedback-sorry"),
                fallback_keyboard(context, question_token if stashed else NO_TOKEN))


async def _show_entry(update: Update, context: HelpdeskContext, entry_id: str, token: str, kind: str) -> None:
    person = context.person
    answer = context.services.knowledge.answers.answer_entry(entry_id, person.language, person.country)
    query = update.callback_query
    if answer is None:
        context.record(outcome="invalid")
        if query is not None:
            await query.answer(context.t("kb-entry-gone"), show_alert=True)
        context.request.replied = True
        return
    if query is not None:
        await query.answer()
    context.record(kind=kind, outcome="answered", subject=answer.entry_id, topic=answer.category)
    stashed = await _stashed(context, token)
    if stashed is not None:
        await _update_stash(context, token, entry_id=answer.entry_id)
    await send_answer(update, context, answer, token if stashed is not None else NO_TOKEN)


async def _suggestion(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    entry_id, token = args
    await _show_entry(update, context, entry_id, token, kinds.KB_SUGGESTION_CHOSEN)


async def _country_choice(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    entry_id, token = args
    entry = context.services.knowledge.answers.kb.get(entry_id)
    if entry is None or not entry.country:
        await stale_button(update, context)
        return
    await _show_entry(update, context, entry_id, token, kinds.KB_SUGGESTION_CHOSEN)


async def _entry(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    await _show_entry(update, context, args[0], NO_TOKEN, kinds.KB_TOPIC_VIEWED)


async def _none_of_these(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    token = args[0]
    stashed = await _stashed(context, token)
    query = update.callback_query
    assert query is not None
    await query.answer()
    if stashed is None:
        context.record(kind=kinds.KB_SUGGESTION_CHOSEN, outcome="expired")
        await reply(update, context, context.t("kb-question-lost"))
        return
    context.record(kind=kinds.KB_SUGGESTION_CHOSEN, outcome="rejected", subject=stashed.entry_id)
    gap_id = await context.services.knowledge.none_of_these(
        stashed.text, language=stashed.lang, entry_id=stashed.entry_id, person_id=context.person.id,
        gap_id=stashed.gap_id)
    if gap_id != stashed.gap_id:
        await _update_stash(context, token, gap_id=gap_id)
    await edit_or_reply(update, context, context.t("kb-fallback"), fallback_keyboard(context, token))


async def _open_ticket(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    token = args[0]
    stashed = await _stashed(context, token)
    query = update.callback_query
    assert query is not None
    await query.answer()
    if stashed is None:
        context.record(kind=kinds.TICKET_OPENED, outcome="expired")
        await reply(update, context, context.t("kb-question-lost"))
        return
    if stashed.ticket_id is not None:
        context.record(kind=kinds.TICKET_OPENED, outcome="duplicate", subject=f"ticket:{stashed.ticket_id}")
        await reply(update, context, context.t("ticket-already-opened", id=stashed.ticket_id))
        return
    person = context.person
    try:
        ticket = await context.services.knowledge.tickets.open(
            person, stashed.text, language=stashed.lang, country=person.country, entry_id=stashed.entry_id,
            gap_id=stashed.gap_id,
        )
    except TicketLimitError as exc:
        context.record(kind=kinds.TICKET_OPENED, outcome=exc.reason)
        await reply(update, context, context.t("ticket-limit", count=len(exc.waiting),
                                               ids=", ".join(f"#{i}" for i in exc.waiting)))
        return
    await _update_stash(context, token, ticket_id=ticket.id)
    context.record(kind=kinds.TICKET_OPENED, outcome="ok", subject=f"ticket:{ticket.id}")
    await edit_or_reply(update, context, context.t("ticket-opened", id=ticket.id))


async def _book(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    """Hand over to the consultations' booking with the question as its description, when it exists."""
    stashed = await _stashed(context, args[0])
    query = update.callback_query
    assert query is not None
    context.record(kind="kb.book", outcome="ok")
    await query.answer()
    entry = context.services.knowledge.answers.kb.get(stashed.entry_id) if stashed and stashed.entry_id else None
    await start_booking_from_question(update, context, stashed.text if stashed else "",
                                      topic=entry.category if entry else None)


_BUTTONS: dict[tuple[str, int], Any] = {
    ("fb", 5): _feedback,
    ("s", 4): _suggestion,
    ("cc", 4): _country_choice,
    ("none", 3): _none_of_these,
    ("tk", 3): _open_ticket,
    ("book", 3): _book,
    ("topics", 2): topics_button,
    ("cat", 4): category_page,
    ("e", 3): _entry,
}


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

