"""Shared pieces of the events handlers: buttons, ids from buttons and links, the share link, which
events a person may see, the event card with its keyboard, and for the staff's conversations the abort
row and the text of a staff member's message (used by :mod:`.events`, :mod:`.events_staff`,
:mod:`.events_flow` and :mod:`.events_edit`)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.conversations import Conversation
from helpdesk_bot.events.presentation import event_card
from helpdesk_bot.events.views import EventView
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_areas import EVENTS, NEW_EVENT_BUTTONS
from helpdesk_bot.telegram.callback_data import MAX_ID, parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import ensure_role
from helpdesk_bot.telegram.replies import answer_query, edit_or_reply, reply

MAX_CAPACITY = 100_000
"""The most places staff may type for an event (a larger number is a typo, not a venue)."""
EDIT_FIELDS = ("time", "place", "capacity", "title")
"""The fields of an event staff may edit (their first letters travel in ``evn:ef:<id><letter>``)."""


def btn(text: str, data: str) -> InlineKeyboardButton:
    """A button with callback data."""
    return InlineKeyboardButton(text, callback_data=data)


def parse_id(value: str) -> int | None:
    """An id or page number from a button or link (0..2**31-1, ASCII digits only), or None."""
    return parse_int(value, 0, MAX_ID)


async def answer_button(update: Update) -> None:
    """Answer the pressed button (stops its spinner)."""
    await answer_query(update)


def share_link(context: HelpdeskContext, event_id: int) -> str:
    """``https://t.me/<bot>?start=event-<id>``: opens the event for whoever follows it."""
    return f"https://t.me/{context.bot.username}?start=event-{event_id}"


async def visible_event(context: HelpdeskContext, event_id: int) -> EventView | None:
    """The event if the person may see it (staff see every event; others only published ones)."""
    event = await context.services.events.catalog.get(event_id)
    if event is None:
        return None
    if context.person.may(Role.STAFF):
        return event
    if event.publish_at > context.services.clock.now():
        return None
    return event


def event_keyboard(context: HelpdeskContext, event: EventView, status: str | None) -> InlineKeyboardMarkup:
    """The buttons under an event card: register or cancel, calendar, share, staff actions, back."""
    now = context.services.clock.now()
    buttons: list[list[InlineKeyboardButton]] = []
    first: list[InlineKeyboardButton] = []
    if not event.is_cancelled:
        if status is not None and event.starts_at > now:
            first.append(btn(context.t("ev-button-cancel"), EVENTS.encode("unreg", event.id)))
        elif event.registration_open(now):
            first.append(btn(context.t("ev-button-register"), EVENTS.encode("reg", event.id)))
        elif event.registration_mode == "external" and event.registration_url:
            first.append(InlineKeyboardButton(context.t("ev-button-external"), url=event.registration_url))
    if first:
        buttons.append(first)
    buttons.append([btn(context.t("ev-button-calendar"), EVENTS.encode("ics", event.id)),
                    btn(context.t("ev-button-share"), EVENTS.encode("share", event.id))])
    if context.person.may(Role.STAFF):
        buttons.append([btn(context.t("ev-button-attendees"), EVENTS.encode("att", event.id)),
                        btn(context.t("ev-button-edit"), EVENTS.encode("edit", event.id))])
        if not event.is_cancelled:
            buttons.append([btn(context.t("ev-button-cancel-event"), EVENTS.encode("cx", event.id))])
    buttons.append([btn(context.t("ev-button-back"), EVENTS.encode("list", 0))])
    return InlineKeyboardMarkup(buttons)


async def show_event(update: Update, context: HelpdeskContext, event: EventView, *, edit: bool,
                     prefix: str | None = None) -> None:
    """The event card with the person's own registration and the card's buttons (``prefix`` first)."""
    person = context.person
    mine = await context.services.events.catalog.registration_of(event.id, person.id)
    text = event_card(context.services.translator, event, person.language, person.timezone,
                      context.services.clock.now())
    if mine is not None:
        text += "\n\n" + (context.t("ev-you-registered") if mine.status == "registered"
                          else context.t("ev-you-waitlisted", position=mine.position or 1))
    if prefix:
        text = prefix + "\n\n" + text
    keyboard = event_keyboard(context, event, mine.status if mine else None)
    await (edit_or_reply if edit else reply)(update, context, text, keyboard)


def abort_row(context: HelpdeskContext) -> list[InlineKeyboardButton]:
    """The row with the button that abandons /newevent or editing an event."""
    return [btn(context.t("ev-button-abort"), NEW_EVENT_BUTTONS.encode("abort", "0"))]


async def staff_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> str | None:
    """The text of a staff member's message in a staff flow (None: not staff any more, or no text)."""
    message = update.effective_message
    if not await ensure_role(update, context, Role.STAFF):  # the role was revoked during the flow
        await conv.finish(context, conversation)
        return None
    text = (message.text or "").strip() if message is not None else ""
    return text or None
