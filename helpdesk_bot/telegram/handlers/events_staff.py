"""The staff's actions on an event card (``ev:`` buttons dispatched by :mod:`.events`): the attendees and
their attendance, cancelling an event (with a confirmation) and choosing a field to edit (the editing
itself is the /newevent conversation of :mod:`.events_flow`)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.events.service import EventError
from helpdesk_bot.events.views import AttendeeView, EventView
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import EVENTS, NEW_EVENT_BUTTONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import (
    ensure_role,
    refuse,
    stale_button,
)
from helpdesk_bot.telegram.handlers.events_cards import (
    EDIT_FIELDS,
    answer_button,
    btn,
)
from helpdesk_bot.telegram.replies import edit_or_reply, reply


async def on_attendees(update: Update, context: HelpdeskContext, event_id: int) -> None:
    """``ev:att:<id>``: the attendees of an event (staff)."""
    try:
        people = await context.services.events.catalog.attendees(event_id, by=context.person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    event = await context.services.events.catalog.get(event_id)
    if event is None:
        await stale_button(update, context)
        return
    context.record(kind="staff.event_attendees", subject=f"event:{event.id}")
    await answer_button(update)
    await _send_attendees(update, context, event, people, edit=False)


async def _send_attendees(update: Update, context: HelpdeskContext, event: EventView,
                          people: list[AttendeeView], *, edit: bool) -> None:
    lang = context.person.language
    lines = [context.t("ev-attendees-title", title=event.title(lang), registered=event.registered,
                       waitlisted=event.waitlisted)]
    buttons: list[list[InlineKeyboardButton]] = []
    started = event.starts_at <= context.services.clock.now()
    for a in people:
        mark = {None: "☐", True: "✅", False: "✖"}[a.attended] if a.status == "registered" else "⏳"
        handle = f" @{a.username}" if a.username else ""  # set only when the person allowed it
        lines.append(Markup("{} {}{}").format(mark, a.name, handle))
        if started and a.status == "registered" and len(buttons) < 50:
            buttons.append([btn(f"{mark} {a.name}"[:60], EVENTS.encode("mk", a.registration_id))])
    if not people:
        lines.append(context.t("ev-attendees-none"))
    elif not started:
        lines.append(context.t("ev-attendees-mark-later"))
    else:
        lines.append(context.t("ev-attendees-mark-hint"))
    buttons.append([btn(context.t("ev-button-back"), EVENTS.encode("show", event.id))])
    await (edit_or_reply if edit else reply)(update, context, html_join("\n", lines), InlineKeyboardMarkup(buttons))


async def on_mark(update: Update, context: HelpdeskContext, registration_id: int) -> None:
    """``ev:mk:<registration>``: toggle whether an attendee came (staff)."""
    catalog = context.services.events.catalog
    try:
        event, attendee = await catalog.toggle_attendance(registration_id, by=context.person)
        people = await catalog.attendees(event.id, by=context.person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except EventError:
        await stale_button(update, context)
        return
    context.record(kind="staff.event_attendance", subject=f"event:{event.id}",
                   outcome="attended" if attendee.attended else "absent")
    await answer_button(update)
    await _send_attendees(update, context, event, people, edit=True)


async def _open_event_for_staff(update: Update, context: HelpdeskContext, event_id: int) -> EventView | None:
    """The event a staff button names, its press answered; None after refusing a non-staff person or
    answering a press on a missing or cancelled event as stale."""
    if not await ensure_role(update, context, Role.STAFF):
        return None
    event = await context.services.events.catalog.get(event_id)
    if event is None or event.is_cancelled:
        await stale_button(update, context)
        return None
    await answer_button(update)
    return event


async def on_cancel_event(update: Update, context: HelpdeskContext, event_id: int) -> None:
    """``ev:cx:<id>``: ask the staff member to confirm cancelling the event."""
    event = await _open_event_for_staff(update, context, event_id)
    if event is None:
        return
    keyboard = InlineKeyboardMarkup([[btn(context.t("ev-button-cancel-event-yes"), EVENTS.encode("cxy", event.id)),
                                      btn(context.t("ev-button-back"), EVENTS.encode("show", event.id))]])
    await reply(update, context, context.t("ev-cancel-event-confirm", title=event.title(context.person.language),
                                           count=event.registered + event.waitlisted), keyboard)


async def on_cancel_event_confirmed(update: Update, context: HelpdeskContext, event_id: int) -> None:
    """``ev:cxy:<id>``: cancel the event and tell the people registered."""
    try:
        event, told = await context.services.events.catalog.cancel_event(event_id, by=context.person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except EventError:
        await stale_button(update, context)
        return
    context.record(kind="staff.event_cancelled", subject=f"event:{event.id}", value=float(told))
    await answer_button(update)
    await edit_or_reply(update, context, context.t("ev-event-cancelled-done", count=told))


async def on_edit(update: Update, context: HelpdeskContext, event_id: int) -> None:
    """``ev:edit:<id>``: the fields staff may edit, as buttons."""
    event = await _open_event_for_staff(update, context, event_id)
    if event is None:
        return
    buttons = [[btn(context.t(f"ev-edit-field-{name}"), NEW_EVENT_BUTTONS.encode("ef", f"{event.id}{name[0]}"))] for name in EDIT_FIELDS
               if name != "capacity" or event.registration_mode == "bot"]
    buttons.append([btn(context.t("ev-button-back"), EVENTS.encode("show", event.id))])
    await reply(update, context, context.t("ev-edit-choose", title=event.title(context.person.language)),
                InlineKeyboardMarkup(buttons))

