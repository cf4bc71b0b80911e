"""Tickets in Telegram: advisors take, answer (by replying or with a button) and close questions handed
over by the bot; the entrepreneur gets the answer and can write back until the ticket is closed.

Callback data ``tk:<take|ans|reply|close|cancel>:<ticket id>``; every press is re-checked against the
ticket in the database and the presser (role, and being the ticket's entrepreneur or advisor).
A reply to one of the bot's ticket messages is matched to its ticket through the outbox row that sent
it (``telegram_message_id``), else through the ticket buttons of the replied-to message.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, LANGUAGE_NAMES
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.knowledge_base.tickets import TicketError, TicketView, who
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_areas import TICKETS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, requires_role, stale_button
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import answer_query, edit_or_reply, reply, send

log = logging.getLogger(__name__)

INBOX_LIMIT = 15


class ComposeDraft(BaseModel):
    """The ticket whose next message the person is writing (after Answer or Reply)."""

    ticket_id: int


COMPOSE = Flow("ticket.compose", ComposeDraft, steps=("text",), restart_command="inbox")


def _ticket_id_from_markup(message: Message) -> int | None:
    markup = message.reply_markup
    if markup is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            data = button.callback_data
            pressed = TICKETS.decode(data) if isinstance(data, str) else None
            if pressed is not None:
                return pressed.id()
    return None


async def ticket_of_reply(update: Update, context: HelpdeskContext) -> int | None:
    """The ticket a message replies to (one of the bot's ticket messages in this chat), or None."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return None
    found = await context.services.knowledge.tickets.ticket_for_message(replied.chat_id, replied.message_id)
    return found if found is not None else _ticket_id_from_markup(replied)


def _error_text(context: HelpdeskContext, error: TicketError, ticket_id: int) -> Markup:
    return context.t(f"ticket-error-{error.reason}", id=ticket_id)


async def handle_ticket_text(update: Update, context: HelpdeskContext, text: str,
                             ticket_id: int | None = None) -> bool:
    """A text that belongs to a ticket (a reply to a ticket message, or after Answer/Reply); True when handled."""
    ticket_id = await ticket_of_reply(update, context) or ticket_id
    if ticket_id is None:
        return False
    ticket = await context.services.knowledge.tickets.get(ticket_id)
    person = context.person
    if ticket is None:
        return False
    if ticket.person_id == person.id:
        await _entrepreneur_message(update, context, ticket, text)
        return True
    if person.may(Role.ADVISOR):
        await _advisor_message(update, context, ticket, text)
        return True
    return False  # someone else's ticket: treat the text as an ordinary question


async def _entrepreneur_message(update: Update, context: HelpdeskContext, ticket: TicketView, text: str) -> None:
    try:
        await context.services.knowledge.tickets.reply(ticket.id, context.person, text)
    except TicketError as exc:
        context.record(kind=kinds.TICKET_REPLY, outcome=exc.reason, subject=f"ticket:{ticket.id}")
        await reply(update, context, _error_text(context, exc, ticket.id))
        return
    context.record(kind=kinds.TICKET_REPLY, outcome="ok", subject=f"ticket:{ticket.id}")
    await reply(update, context, context.t("ticket-reply-sent", id=ticket.id))


async def _advisor_message(update: Update, context: HelpdeskContext, ticket: TicketView, text: str) -> None:
    desk = context.services.knowledge
    try:
        result = await desk.tickets.answer(ticket.id, context.person, text)
    except TicketError as exc:
        context.record(kind="advisor.ticket_answer", outcome=exc.reason, subject=f"ticket:{ticket.id}")
        await reply(update, context, _error_text(context, exc, ticket.id))
        return
    context.record(kind="advisor.ticket_answer", outcome="ok", subject=f"ticket:{ticket.id}")
    if result.first:
        # the beneficiary of the answer is the entrepreneur: a business event of their own
        done = result.ticket
        entry = desk.answers.kb.get(done.entry_id) if done.entry_id else None
        await context.services.interactions.record(InteractionRecord(
            kind=kinds.TICKET_ANSWERED, outcome="ok", actor_ref=done.actor_ref, person_id=done.person_id,
            language=done.language, country=done.country, subject=f"ticket:{done.id}",
            topic=entry.category if entry else None,
        ))
    await reply(update, context, context.t("ticket-answer-sent", id=ticket.id))


def _ticket_args(ticket: TicketView) -> dict[str, str | int]:
    country = ticket.country or ""
    return {
        "id": ticket.id,
        "question": ticket.question or "",
        "language": LANGUAGE_NAMES.get(ticket.language, ticket.language),
        "country": f"{COUNTRY_FLAGS.get(country, '')} {country}".strip() if country else "—",
    }


async def _taken_text(context: HelpdeskContext, ticket: TicketView) -> Markup:
    person = await context.services.people.get_by_id(ticket.person_id) if ticket.person_id else None
    text = context.t("ticket-taken", who=who(person) if person else "—", **_ticket_args(ticket))
    history = await context.services.knowledge.tickets.messages(ticket.id)
    lines = [context.t(f"ticket-history-{m.author}", text=m.text) for m in history if m.text]
    return text + ("\n\n" + html_join("\n", lines) if lines else "")


def _advisor_keyboard(context: HelpdeskContext, ticket_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(context.t("ticket-btn-answer"), callback_data=TICKETS.encode("ans", ticket_id)),
        InlineKeyboardButton(context.t("ticket-btn-close"), callback_data=TICKETS.encode("close", ticket_id)),
    ]])


# ---------------------------------------------------------------------------------- buttons


async def on_ticket_button(update: Update, context: HelpdeskContext) -> None:
    """Every ``tk:`` button."""
    query = update.callback_query
    assert query is not None
    pressed = TICKETS.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    action, ticket_id = str(pressed.verb), pressed.id()
    if action in ("take", "itake", "ans"):
        await _advisor_button(update, context, action, ticket_id)
        return
    ticket = await context.services.knowledge.tickets.get(ticket_id)
    if ticket is None:
        await stale_button(update, context)
        return
    if action == "cancel":
        await conv.finish(context, flow=COMPOSE)
        context.record(kind="ticket.compose", outcome="cancelled", subject=f"ticket:{ticket_id}")
        await query.answer()
        await reply(update, context, context.t("ticket-compose-cancelled"))
        return
    if action == "reply":
        if ticket.person_id != context.person.id:
            await stale_button(update, context)
            return
        await query.answer()
        if ticket.is_closed:
            context.record(kind=kinds.TICKET_REPLY, outcome="closed", subject=f"ticket:{ticket_id}")
            await reply(update, context, context.t("ticket-error-closed", id=ticket_id))
            return
        await _compose(update, context, ticket_id, "ticket-compose-reply")
        return
    await _close(update, context, ticket)


async def _not_an_advisor(update: Update, context: HelpdeskContext) -> None:
    """The refusal of a ticket button to someone who is not an advisor (an alert: the buttons work in groups)."""
    context.record(outcome="forbidden")
    await answer_query(update, context.t("not-allowed-advisor"), alert=True)
    context.request.replied = True


async def _advisor_button(update: Update, context: HelpdeskContext, action: str, ticket_id: int) -> None:
    query = update.callback_query
    assert query is not None
    tickets = context.services.knowledge.tickets
    person = context.person
    ticket: TicketView | None
    if action in ("take", "itake"):
        try:
            ticket = await tickets.take(ticket_id, person)
        except Forbidden:
            await _not_an_advisor(update, context)
            return
        except TicketError as exc:
            context.record(kind=kinds.TICKET_TAKEN, outcome=exc.reason, subject=f"ticket:{ticket_id}")
            ticket = exc.ticket
            if exc.reason != "already_yours" or ticket is None:
                await query.answer(_error_text(context, exc, ticket_id), show_alert=True)
                context.request.replied = True
                return
        else:
            context.record(kind=kinds.TICKET_TAKEN, outcome="ok", subject=f"ticket:{ticket_id}")
        await query.answer()
        if action == "itake":  # pressed in /inbox: the list shows what is still waiting now
            text, keyboard = await _inbox_view(context)
            await edit_or_reply(update, context, text, keyboard)
        else:
            try:
                await query.edit_message_reply_markup(None)
            except Exception:  # an old message, or already without buttons
                pass
        await send(context, person.telegram_id, await _taken_text(context, ticket), _advisor_keyboard(context, ticket.id))
        return
    if not person.may(Role.ADVISOR):  # opening the answer box: the answer use case checks again when sent
        await _not_an_advisor(update, context)
        return
    ticket = await tickets.get(ticket_id)
    if ticket is None:
        await stale_button(update, context)
        return
    if ticket.is_closed or (ticket.advisor_person_id not in (None, person.id)):
        reason = "closed" if ticket.is_closed else "not_yours"
        context.record(kind="advisor.ticket_answer", outcome=reason, subject=f"ticket:{ticket_id}")
        await query.answer(context.t(f"ticket-error-{reason}", id=ticket_id), show_alert=True)
        context.request.replied = True
        return
    await query.answer()
    await _compose(update, context, ticket_id, "ticket-compose-answer", private_to=person.telegram_id)


async def _compose(update: Update, context: HelpdeskContext, ticket_id: int, key: str,
                   private_to: int | None = None) -> None:
    await conv.start(context, COMPOSE, "text", ComposeDraft(ticket_id=ticket_id))
    context.record(kind="ticket.compose", outcome="prompted", subject=f"ticket:{ticket_id}")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(context.t("ticket-btn-cancel"),
                                                           callback_data=TICKETS.encode("cancel", ticket_id))]])
    if private_to is not None:
        await send(context, private_to, context.t(key, id=ticket_id), keyboard)
    else:
        await reply(update, context, context.t(key, id=ticket_id), keyboard)


async def _close(update: Update, context: HelpdeskContext, ticket: TicketView) -> None:
    query = update.callback_query
    assert query is not None
    try:
        await context.services.knowledge.tickets.close(ticket.id, context.person)
    except TicketError as exc:
        if exc.reason == "not_allowed":
            await stale_button(update, context)
            return
        context.record(kind=kinds.TICKET_CLOSED, outcome=exc.reason, subject=f"ticket:{ticket.id}")
        await query.answer(_error_text(context, exc, ticket.id), show_alert=True)
        context.request.replied = True
        return
    context.record(kind=kinds.TICKET_CLOSED, outcome="ok", subject=f"ticket:{ticket.id}")
    await query.answer()
    try:
        await query.edit_message_reply_markup(None)
    except Exception:
        pass
    await reply(update, context, context.t("ticket-closed-done", id=ticket.id))


# ---------------------------------------------------------------------------------- inbox and groups


@requires_role(Role.ADVISOR)
async def inbox(update: Update, context: HelpdeskContext) -> None:
    """/inbox: open tickets (Take buttons) and the advisor's own tickets in progress."""
    text, keyboard = await _inbox_view(context)
    await reply(update, context, text, keyboard)


async def _inbox_view(context: HelpdeskContext) -> tuple[Markup, InlineKeyboardMarkup | None]:
    """The inbox as it is now: the questions waiting (Take) and the advisor's own in progress (Open)."""
    tickets = context.services.knowledge.tickets
    open_ = await tickets.open_tickets(INBOX_LIMIT)
    mine = await tickets.tickets_of_advisor(context.person.id, INBOX_LIMIT)
    context.record(kind="advisor.inbox", outcome="ok", value=float(len(open_)))
    parts = [context.t("inbox-title")]
    if open_:
        parts.append(html_join("\n", (context.t("inbox-line", **_ticket_args(t)) for t in open_)))
    else:
        parts.append(context.t("inbox-empty"))
    buttons = [InlineKeyboardButton(context.t("inbox-btn-take", id=t.id), callback_data=TICKETS.encode("itake", t.id))
               for t in open_]
    if mine:
        parts.append(context.t("inbox-mine-title"))
        parts.append(html_join("\n", (
            context.t("inbox-mine-line", id=t.id, state=t.state, question=(t.question or "")[:200]) for t in mine
        )))
        buttons += [InlineKeyboardButton(context.t("inbox-btn-open", id=t.id), callback_data=TICKETS.encode("take", t.id))
                    for t in mine]
    return html_join("\n\n", parts), InlineKeyboardMarkup(rows(buttons, 3)) if buttons else None


async def on_group_reply(update: Update, context: HelpdeskContext) -> None:
    """An advisor replies to a ticket notification in the advisors' group chat."""
    message = update.effective_message
    if message is None or not message.text or context.request.person is None:
        return
    if not await handle_ticket_text(update, context, message.text):
        context.record(outcome="ignored")


async def on_compose_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """The message written after Answer or Reply: to the ticket (the flow ends with it)."""
    message = update.effective_message
    assert message is not None
    if not await conv.finish(context, conversation):
        return  # another process took this message already
    if not message.text:
        return
    if not await handle_ticket_text(update, context, message.text, COMPOSE.draft(conversation).ticket_id):
        from helpdesk_bot.telegram.handlers.knowledge import answer_question

        await answer_question(update, context, message.text)  # not a ticket of theirs: an ordinary question


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the ticket handlers (called by the knowledge module, before its free-text handler)."""
    conv.register_flow(application, COMPOSE, on_compose_text)
    application.add_handler(CommandHandler("inbox", inbox))
    application.add_handler(CallbackQueryHandler(on_ticket_button, pattern=TICKETS.pattern))
    application.add_handler(MessageHandler(
        filters.ChatType.GROUPS & filters.REPLY & filters.TEXT & ~filters.COMMAND, on_group_reply
    ))
    command(application, "inbox", Role.ADVISOR)
