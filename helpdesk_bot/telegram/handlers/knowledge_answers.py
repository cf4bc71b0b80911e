"""The answer message of the knowledge base and the question behind its buttons.

An answer goes out with Helpful / Not helpful (a feedback token) and the same answer for the family's other
countries; a question the bot could not answer gets the fallback (book, leave it for an advisor, topics).
The question itself is kept for a day in the conversation stash (a database row of the person the *token*
names, see :mod:`helpdesk_bot.conversations.stash`), so any bot process can take the press
(:mod:`~helpdesk_bot.telegram.handlers.knowledge_buttons`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.i18n.formatting import format_long_date
from helpdesk_bot.knowledge_base.service import Answer, Choice
from helpdesk_bot.telegram.callback_areas import KNOWLEDGE
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.kb_render import country_label, render_answer
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import reply

NO_TOKEN = "-"


@dataclass(frozen=True)
class Stashed:
    """A question the person asked recently (kept in the conversation stash for a day)."""

    text: str
    lang: str
    entry_id: str | None = None
    gap_id: int | None = None
    ticket_id: int | None = None


async def stash_question(context: HelpdeskContext, item: Stashed) -> str:
    """Keep ``item`` in the person's stash; the token its buttons carry."""
    return await context.services.conversations.stash.put(context.person.id, asdict(item))


async def stashed_question(context: HelpdeskContext, token: str) -> Stashed | None:
    """The question ``token`` names in the presser's own stash (None: no token, expired or another's)."""
    if token == NO_TOKEN:
        return None
    value = await context.services.conversations.stash.get(context.person.id, token)
    if value is None:
        return None
    try:
        return Stashed(**value)
    except TypeError:  # stored by another version of the bot
        return None


async def update_stashed(context: HelpdeskContext, token: str, **changes: Any) -> None:
    """Note what became of the stashed question (its entry, gap or ticket)."""
    if token != NO_TOKEN:
        await context.services.conversations.stash.update(context.person.id, token, changes)


def country_name(context: HelpdeskContext, code: str) -> str:
    """The translated name of a country (the code itself when not translated)."""
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
        InlineKeyboardButton(country_label(c.country, lambda code: country_name(context, code)),
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
    text = render_answer(answer, context.t, lambda code: country_name(context, code),
                         lambda day: format_long_date(day, context.lang))
    feedback_token = await context.services.knowledge.feedback.issue(
        context.person.id, answer.entry_id, question_token=None if token == NO_TOKEN else token)
    await reply(update, context, text,
                feedback_keyboard(context, answer.entry_id, feedback_token, answer.other_members, token))
