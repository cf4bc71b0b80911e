"""Editing one field of an event (time, place, capacity or title), a conversation kept in the database
(flow ``events.edit``): staff choose the field on the event card (``evn:ef:<id><letter>``, dispatched by
:mod:`.events_flow`, which also registers the text step), then type the new value."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardMarkup, Update

from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.events.service import EventError
from helpdesk_bot.events.timeparse import parse_local
from helpdesk_bot.events.views import is_http_url
from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_data import parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import (
    refuse,
    stale_button,
)
from helpdesk_bot.telegram.handlers.events_cards import (
    EDIT_FIELDS,
    MAX_CAPACITY,
    abort_row,
    answer_button,
    parse_id,
    show_event,
    staff_text,
)
from helpdesk_bot.telegram.replies import reply


class EventEditDraft(BaseModel):
    """Which field of which event staff are changing."""

    event_id: int
    field: str


EDIT_EVENT = Flow("events.edit", EventEditDraft, steps=("value",), restart_command="events")


async def start_edit(update: Update, context: HelpdeskContext, arg: str) -> None:
    """``evn:ef:<id><letter>``: start editing that field of the event, asking for its new value."""
    event_id = parse_id(arg[:-1])
    field = {name[0]: name for name in EDIT_FIELDS}.get(arg[-1:])
    event = await context.services.events.catalog.get(event_id) if event_id is not None else None
    if event is None or field is None or event.is_cancelled:
        await stale_button(update, context)
        return
    context.record(kind="staff.event_edit", subject=f"event:{event.id}", topic=field)
    await conv.start(context, EDIT_EVENT, "value", EventEditDraft(event_id=event.id, field=field))
    await answer_button(update)
    await reply(update, context, context.t(f"ev-edit-ask-{field}", timezone=context.person.timezone),
                InlineKeyboardMarkup([abort_row(context)]))


async def _apply_edit(update: Update, context: HelpdeskContext, conversation: Conversation, text: str) -> None:
    catalog = context.services.events.catalog
    edit = EDIT_EVENT.draft(conversation)
    event = await catalog.get(edit.event_id)
    if event is None:
        await conv.finish(context, conversation)
        await reply(update, context, context.t("ev-not-found"))
        return
    person = context.person
    field = edit.field
    changes: dict[str, Any] = {}
    if field == "time":
        parts = [p.strip() for p in text.replace("–", " - ").split(" - ")]
        start = parse_local(parts[0], person.timezone)
        end = parse_local(parts[1], person.timezone, day=start.date() if start else None) if len(parts) > 1 else None
        if start is None:
            await reply(update, context, context.t("evn-bad-time", timezone=person.timezone))
            return
        changes.update(starts_at=start, ends_at=end or start + (event.ends_at - event.starts_at))
    elif field == "place":
        value = text.strip()
        if is_http_url(value):
            changes.update(online_url=value)
        else:
            changes.update(venue=value[:256])
    elif field == "capacity":
        capacity = parse_int(text.strip(), 1, MAX_CAPACITY)
        if capacity is None:
            await reply(update, context, context.t("evn-bad-number"))
            return
        changes.update(capacity=capacity)
    else:
        texts = {k: dict(v) for k, v in event.texts.items()}
        lang = event.text_language(person.language)
        texts.setdefault(lang, {"title": "", "description": ""})["title"] = text.strip()[:200]
        changes.update(texts=texts)
    try:
        updated = await catalog.update(event.id, by=person, **changes)
    except Forbidden as refused:
        await conv.finish(context, conversation)
        await refuse(update, context, refused.role)
        return
    except EventError as exc:
        await reply(update, context, context.t("evn-invalid", problems=html_join("\n", exc.details) or exc.reason))
        return
    await conv.finish(context, conversation)
    context.record(kind="staff.event_edit", outcome="ok", subject=f"event:{event.id}", topic=field)
    notified = updated.registered + updated.waitlisted if updated.revision != event.revision else 0
    await show_event(update, context, updated, edit=False, prefix=context.t("ev-edit-done", count=notified))


async def on_edit_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """The new value of the field being edited."""
    text = await staff_text(update, context, conversation)
    if text is not None:
        await _apply_edit(update, context, conversation, text)
