"""The ``kb:`` buttons: feedback on an answer, "did you mean", a country's answer, "none of these", leaving
the question for an advisor, booking from it, and browsing (:mod:`~helpdesk_bot.telegram.handlers.knowledge_topics`).

Every press is decoded strictly by the ``kb`` area and re-checked against the live knowledge base and the
presser's own stash of questions (:mod:`~helpdesk_bot.telegram.handlers.knowledge_answers`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from telegram import Update

from helpdesk_bot.indicators import kinds
from helpdesk_bot.knowledge_base.ticket_notices import TicketLimitError
from helpdesk_bot.telegram.callback_areas import KNOWLEDGE
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.booking_steps import start_booking_from_question
from helpdesk_bot.telegram.handlers.common import pressed_parts, stale_button
from helpdesk_bot.telegram.handlers.knowledge_answers import (
    NO_TOKEN,
    Stashed,
    fallback_keyboard,
    send_answer,
    stashed_question,
    update_stashed,
)
from helpdesk_bot.telegram.handlers.knowledge_topics import category_page, topics_button
from helpdesk_bot.telegram.replies import edit_or_reply, reply

ButtonHandler = Callable[[Update, HelpdeskContext, list[str]], Awaitable[None]]
"""A ``kb:`` press handler: it gets the press's arguments (after the verb)."""


async def on_button(update: Update, context: HelpdeskContext) -> None:
    """Every ``kb:`` button."""
    query = update.callback_query
    assert query is not None
    parts = pressed_parts(KNOWLEDGE, query.data)  # [verb, *arguments], decoded strictly (arity included)
    handler = _BUTTONS.get(parts[0]) if parts else None
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
        stashed = await stashed_question(context, question_token) if question_token else None
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
    stashed = await stashed_question(context, question_token)
    if stashed is not None:
        await update_stashed(context, question_token, gap_id=result.gap_id, entry_id=entry_id)
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
    stashed = await stashed_question(context, token)
    if stashed is not None:
        await update_stashed(context, token, entry_id=answer.entry_id)
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


async def _question_behind(update: Update, context: HelpdeskContext, token: str, kind: str) -> Stashed | None:
    """Answer the press and read the question ``token`` names; when it is lost (expired, another
    person's), say so and record ``kind`` as expired."""
    query = update.callback_query
    assert query is not None
    stashed = await stashed_question(context, token)
    await query.answer()
    if stashed is None:
        context.record(kind=kind, outcome="expired")
        await reply(update, context, context.t("kb-question-lost"))
    return stashed


async def _none_of_these(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    token = args[0]
    stashed = await _question_behind(update, context, token, kinds.KB_SUGGESTION_CHOSEN)
    if stashed is None:
        return
    context.record(kind=kinds.KB_SUGGESTION_CHOSEN, outcome="rejected", subject=stashed.entry_id)
    gap_id = await context.services.knowledge.none_of_these(
        stashed.text, language=stashed.lang, entry_id=stashed.entry_id, person_id=context.person.id,
        gap_id=stashed.gap_id)
    if gap_id != stashed.gap_id:
        await update_stashed(context, token, gap_id=gap_id)
    await edit_or_reply(update, context, context.t("kb-fallback"), fallback_keyboard(context, token))


async def _open_ticket(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    token = args[0]
    stashed = await _question_behind(update, context, token, kinds.TICKET_OPENED)
    if stashed is None:
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
    await update_stashed(context, token, ticket_id=ticket.id)
    context.record(kind=kinds.TICKET_OPENED, outcome="ok", subject=f"ticket:{ticket.id}")
    await edit_or_reply(update, context, context.t("ticket-opened", id=ticket.id))


async def _book(update: Update, context: HelpdeskContext, args: list[str]) -> None:
    """Hand over to the consultations' booking with the question as its description, when it exists."""
    stashed = await stashed_question(context, args[0])
    query = update.callback_query
    assert query is not None
    context.record(kind="kb.book", outcome="ok")
    await query.answer()
    entry = context.services.knowledge.answers.kb.get(stashed.entry_id) if stashed and stashed.entry_id else None
    await start_booking_from_question(update, context, stashed.text if stashed else "",
                                      topic=entry.category if entry else None)


_BUTTONS: Mapping[str, ButtonHandler] = {
    "fb": _feedback,
    "s": _suggestion,
    "cc": _country_choice,
    "none": _none_of_these,
    "tk": _open_ticket,
    "book": _book,
    "topics": topics_button,
    "cat": category_page,
    "e": _entry,
}
"""The handler of each ``kb:`` verb (the area declares the arguments each takes)."""
