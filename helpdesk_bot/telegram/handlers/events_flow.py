"""The staff's conversations about events, kept in the database: /newevent (kind, title, description,
time, place, topics, countries, registration, a preview, publish now or at a time) and editing one field
of an event (the editing itself is in :mod:`.events_edit`; this module registers both). Callback data
``evn:<action>:<arg>``; only staff may press them.

The draft of /newevent is a :class:`NewEventDraft` in the person's conversation row (flow
``events.new``), so any bot process takes the next step and a restart loses nothing; each step is
saved with a compare-and-set on the conversation's version.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.config import COUNTRIES, OTHER_COUNTRY
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.events.models import EVENT_KINDS
from helpdesk_bot.events.presentation import event_card
from helpdesk_bot.events.service import EventError
from helpdesk_bot.events.timeparse import parse_local
from helpdesk_bot.events.views import EventDraft, EventView, is_http_url
from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, format_datetime
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_areas import NEW_EVENT_BUTTONS
from helpdesk_bot.telegram.callback_data import parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers import moment_input
from helpdesk_bot.telegram.handlers.common import (
    command,
    ensure_role,
    pressed_parts,
    refuse,
    requires_role,
    stale_button,
)
from helpdesk_bot.telegram.handlers.events_cards import (
    MAX_CAPACITY,
    abort_row,
    answer_button,
    btn,
    share_link,
    staff_text,
)
from helpdesk_bot.telegram.handlers.events_edit import EDIT_EVENT, on_edit_text, start_edit
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.topics import TOPICS


class NewEventDraft(BaseModel):
    """What staff entered so far in /newevent (times as ISO strings)."""

    kind: str | None = None
    title: str | None = None
    description: str = ""
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    online_url: str | None = None
    topics: list[str] = []
    countries: list[str] = []
    registration: str = "none"
    registration_url: str | None = None
    capacity: int | None = None
    deadline: str | None = None
    publish_at: str | None = None


NEW_EVENT = Flow("events.new", NewEventDraft, restart_command="newevent", steps=(
    "kind", "title", "description", "start", "end", "place", "topics", "countries", "registration", "capacity",
    "deadline", "registration_url", "preview", "publish_at"))


def _as_flow(conversation: Conversation) -> dict[str, Any]:
    """The draft as the dictionary the steps work on, with its ``step``."""
    return {**NEW_EVENT.draft(conversation).model_dump(), "step": conversation.step}


async def _save(update: Update, context: HelpdeskContext, conversation: Conversation,
                flow: dict[str, Any]) -> bool:
    """Store the step and draft (compare-and-set); False (press answered as stale) when another update won."""
    values = dict(flow)
    step = values.pop("step")
    if await conv.advance(context, NEW_EVENT, conversation, step, NewEventDraft.model_validate(values)) is None:
        await stale_button(update, context)
        return False
    return True


@requires_role(Role.STAFF)
async def new_event_command(update: Update, context: HelpdeskContext) -> None:
    """/newevent: a guided conversation (kind, title, description, time, place, topics, countries,
    registration) ending in a preview with Publish now / Schedule."""
    context.record(kind="staff.newevent", outcome="started")
    await conv.start(context, NEW_EVENT, "kind", NewEventDraft())
    buttons = rows([btn(context.t(f"ev-kind-{k}"), NEW_EVENT_BUTTONS.encode("kind", k)) for k in EVENT_KINDS], 2)
    buttons.append(abort_row(context))
    await reply(update, context, context.t("evn-ask-kind"), InlineKeyboardMarkup(buttons))


def _toggle_keyboard(context: HelpdeskContext, verb: str, values: tuple[str, ...], chosen: list[str],
                     label: Any, per_row: int) -> list[list[InlineKeyboardButton]]:
    buttons = [btn(("✓ " if v in chosen else "") + label(v), NEW_EVENT_BUTTONS.encode(verb, v)) for v in values]
    return rows(buttons, per_row)


async def _ask(update: Update, context: HelpdeskContext, flow: dict[str, Any]) -> None:
    """Ask the question of the flow's current step."""
    step = flow["step"]
    cancel = abort_row(context)
    if step == "topics":
        kb = _toggle_keyboard(context, "top", TOPICS, flow["topics"], lambda v: context.t(f"topic-{v}"), 2)
        kb.append([btn(context.t("evn-button-next"), NEW_EVENT_BUTTONS.encode("next", "0"))])
        kb.append(cancel)
        await edit_or_reply(update, context, context.t("evn-ask-topics"), InlineKeyboardMarkup(kb))
    elif step == "countries":
        values = (*COUNTRIES, OTHER_COUNTRY)
        kb = _toggle_keyboard(context, "cty", values, flow["countries"],
                              lambda v: f"{COUNTRY_FLAGS[v]} {context.t(f'country-{v}')}", 2)
        kb.append([btn(context.t("evn-button-next"), NEW_EVENT_BUTTONS.encode("next", "0"))])
        kb.append(cancel)
        await edit_or_reply(update, context, context.t("evn-ask-countries"), InlineKeyboardMarkup(kb))
    elif step == "registration":
        kb = [[btn(context.t(f"evn-reg-{m}"), NEW_EVENT_BUTTONS.encode("reg", m))] for m in ("bot", "external", "none")]
        kb.append(cancel)
        await reply(update, context, context.t("evn-ask-registration"), InlineKeyboardMarkup(kb))
    elif step in ("description", "deadline"):
        kb = [[btn(context.t("evn-button-skip"), NEW_EVENT_BUTTONS.encode("skip", "0"))], cancel]
        await reply(update, context, context.t(f"evn-ask-{step}"), InlineKeyboardMarkup(kb))
    else:
        await reply(update, context, context.t(f"evn-ask-{step}", timezone=context.person.timezone,
                                               example=moment_input.example(context)),
                    InlineKeyboardMarkup([cancel]))


def _draft(context: HelpdeskContext, flow: dict[str, Any]) -> EventDraft:
    lang = context.person.language
    capacity = flow.get("capacity")
    return EventDraft(
        kind=flow["kind"], texts={lang: {"title": flow["title"], "description": flow.get("description", "")}},
        default_language=lang, starts_at=datetime.fromisoformat(flow["start"]),
        ends_at=datetime.fromisoformat(flow["end"]), timezone=context.person.timezone, venue=flow.get("venue"),
        online_url=flow.get("online_url"), topics=tuple(flow["topics"]), countries=tuple(flow["countries"]),
        registration_mode=flow.get("registration", "none"), registration_url=flow.get("registration_url"),
        capacity=capacity or None,
        registration_deadline=datetime.fromisoformat(flow["deadline"]) if flow.get("deadline") else None,
        publish_at=datetime.fromisoformat(flow["publish_at"]) if flow.get("publish_at") else None,
    )


async def _preview(update: Update, context: HelpdeskContext, conversation: Conversation,
                   flow: dict[str, Any]) -> None:
    flow["step"] = "preview"
    draft = _draft(context, flow)
    problems = draft.problems()
    if problems:
        context.record(outcome="invalid")
        await conv.finish(context, conversation)
        await reply(update, context, context.t("evn-invalid", problems=html_join("\n", problems)))
        return
    if not await _save(update, context, conversation, flow):
        return
    view = EventView(
        id=0, key=None, kind=draft.kind, status="published", default_language=draft.default_language,
        texts=draft.texts, starts_at=draft.starts_at, ends_at=draft.ends_at, timezone=draft.timezone,
        venue=draft.venue, online_url=draft.online_url, organiser=draft.organiser, topics=draft.topics,
        countries=draft.countries, languages=draft.languages, registration_mode=draft.registration_mode,
        registration_url=draft.registration_url, capacity=draft.capacity,
        registration_deadline=draft.registration_deadline, publish_at=context.services.clock.now(),
        revision=1, created_by=None,
    )
    person = context.person
    card = event_card(context.services.translator, view, person.language, person.timezone,
                      context.services.clock.now())
    kb = [[btn(context.t("evn-button-publish"), NEW_EVENT_BUTTONS.encode("pub", "now")), btn(context.t("evn-button-schedule"), NEW_EVENT_BUTTONS.encode("pub", "later"))],
          abort_row(context)]
    await reply(update, context, context.t("evn-preview") + "\n\n" + card, InlineKeyboardMarkup(kb))


async def _publish(update: Update, context: HelpdeskContext, conversation: Conversation,
                   flow: dict[str, Any]) -> None:
    """Create the event; the flow is claimed first (ended with its version), so it is published once."""
    if not await conv.finish(context, conversation):
        await stale_button(update, context)
        return
    draft = _draft(context, flow)
    try:
        event = await context.services.events.catalog.create(draft, created_by=context.person, announce=True)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except EventError as exc:
        context.record(kind="staff.newevent", outcome="invalid")
        await reply(update, context, context.t("evn-invalid", problems=html_join("\n", exc.details) or exc.reason))
        return
    broadcast = event.announcement_broadcast_id
    progress = await context.services.outbox.progress([broadcast]) if broadcast is not None else []
    recipients = progress[0].total if progress else 0
    context.record(kind="staff.newevent", outcome="published", subject=f"event:{event.id}", value=float(recipients))
    person = context.person
    key = "evn-published" if event.publish_at <= context.services.clock.now() else "evn-scheduled"
    await reply(update, context, context.t(key, count=recipients, link=share_link(context, event.id),
                                           when=format_datetime(event.publish_at, person.language, person.timezone)))


async def on_new_event_button(update: Update, context: HelpdeskContext) -> None:
    """``evn:<action>:<arg>`` buttons of /newevent and of editing an event."""
    query = update.callback_query
    assert query is not None
    if not await ensure_role(update, context, Role.STAFF):
        return
    args = pressed_parts(NEW_EVENT_BUTTONS, query.data)
    if args is None:
        await stale_button(update, context)
        return
    action, arg = args
    if action == "ef":
        await start_edit(update, context, arg)
        return
    if action == "abort":
        current = await conv.current(context)
        if current is not None and current.flow in (NEW_EVENT.name, EDIT_EVENT.name):
            await conv.finish(context, current)
        context.record(kind="staff.newevent", outcome="aborted")
        await answer_button(update)
        await edit_or_reply(update, context, context.t("evn-aborted"))
        return
    conversation = await conv.in_flow(update, context, NEW_EVENT)
    if conversation is None:
        return
    flow = _as_flow(conversation)
    context.record(kind="staff.newevent")
    step = flow["step"]
    if action == "kind" and step == "kind" and arg in EVENT_KINDS:
        flow.update(kind=arg, step="title")
    elif action == "skip" and step in ("description", "deadline"):
        flow["step"] = "start" if step == "description" else "preview"
    elif action == "top" and step == "topics" and arg in TOPICS:
        flow["topics"] = [t for t in flow["topics"] if t != arg] if arg in flow["topics"] else [*flow["topics"], arg]
    elif action == "cty" and step == "countries" and arg in (*COUNTRIES, OTHER_COUNTRY):
        chosen = flow["countries"]
        flow["countries"] = [c for c in chosen if c != arg] if arg in chosen else [*chosen, arg]
    elif action == "next" and step in ("topics", "countries"):
        flow["step"] = "countries" if step == "topics" else "registration"
    elif action == "reg" and step == "registration" and arg in ("bot", "external", "none"):
        flow["registration"] = arg
        flow["step"] = {"bot": "capacity", "external": "registration_url", "none": "preview"}[arg]
    elif action == "pub" and step == "preview" and arg in ("now", "later"):
        if arg == "now":
            await _publish(update, context, conversation, flow)
            await _answer_quietly(update)
            return
        flow["step"] = "publish_at"
    else:
        await stale_button(update, context)
        return
    await _next(update, context, conversation, flow)
    await _answer_quietly(update)


async def _answer_quietly(update: Update) -> None:
    await answer_button(update)


async def _next(update: Update, context: HelpdeskContext, conversation: Conversation, flow: dict[str, Any]) -> None:
    """Save the flow and ask the question of its step (or show the preview)."""
    if flow["step"] == "preview":
        await _preview(update, context, conversation, flow)
        return
    if await _save(update, context, conversation, flow):
        await _ask(update, context, flow)


async def on_new_event_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """Text typed during /newevent: the answer to the current step; at a step of buttons, a hint."""
    text = await staff_text(update, context, conversation)
    if text is None:
        return
    person = context.person
    flow = _as_flow(conversation)
    context.record(kind="staff.newevent")
    step = flow["step"]
    tz = person.timezone
    if step == "title":
        flow.update(title=text[:200], step="description")
    elif step == "description":
        flow.update(description=text[:3000], step="start")
    elif step == "start":
        start = await moment_input.read_future_moment(update, context, text)
        if start is None:
            return
        flow.update(start=start.isoformat(), step="end")
    elif step == "end":
        start = datetime.fromisoformat(flow["start"])
        end = parse_local(text, tz, day=start.date())
        if end is None or end <= start:
            await reply(update, context, context.t("evn-bad-time", timezone=tz))
            return
        flow.update(end=end.isoformat(), step="place")
    elif step == "place":
        if is_http_url(text):
            flow.update(online_url=text[:512], venue=None)
        else:
            flow.update(venue=text[:256], online_url=None)
        flow["step"] = "topics"
    elif step == "capacity":
        capacity = parse_int(text.strip(), 1, MAX_CAPACITY)
        if capacity is None:
            await reply(update, context, context.t("evn-bad-number"))
            return
        flow.update(capacity=capacity, step="deadline")
    elif step == "deadline":
        deadline = parse_local(text, tz)
        if deadline is None:
            await reply(update, context, context.t("evn-bad-time", timezone=tz))
            return
        flow.update(deadline=deadline.isoformat(), step="preview")
    elif step == "registration_url":
        if not is_http_url(text):
            await reply(update, context, context.t("evn-bad-url"))
            return
        flow.update(registration_url=text[:512], step="preview")
    elif step == "publish_at":
        moment = await moment_input.read_future_moment(update, context, text)
        if moment is None:
            return
        flow["publish_at"] = moment.isoformat()
        await _publish(update, context, conversation, flow)
        return
    else:
        await conv.use_the_buttons(update, context)
        return
    await _next(update, context, conversation, flow)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /newevent, its buttons and the text steps of /newevent and of editing an event."""
    application.add_handler(CommandHandler("newevent", new_event_command))
    application.add_handler(CallbackQueryHandler(on_new_event_button, pattern=NEW_EVENT_BUTTONS.pattern))
    conv.register_flow(application, NEW_EVENT, on_new_event_text)
    conv.register_flow(application, EDIT_EVENT, on_edit_text)
    command(application, "newevent", Role.STAFF)


