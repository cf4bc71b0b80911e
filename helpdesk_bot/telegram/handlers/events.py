"""Events in the bot: /events, event cards, registration, calendar files, sharing, subscriptions, and the
staff side (attendees, attendance, editing, cancelling, /newevent).

Callback data: ``ev:<action>:<arg>`` for events, ``sub:<action>[:<arg>]`` for subscriptions,
``evn:<action>:<arg>`` for the /newevent conversation. Every id is re-checked against the database and
the presser's role.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
)

from helpdesk_bot.config import COUNTRIES
from helpdesk_bot.events.ics import event_ics, ics_filename
from helpdesk_bot.events.models import EVENT_KINDS
from helpdesk_bot.events.presentation import event_card, event_line, organiser_name
from helpdesk_bot.events.service import EventError
from helpdesk_bot.events.views import AttendeeView, EventView, Subscriptions
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import EVENTS, NEW_EVENT_BUTTONS, SUBSCRIPTIONS
from helpdesk_bot.telegram.callback_data import MAX_ID, parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import (
    command,
    deep_link,
    ensure_role,
    menu_action,
    pressed_parts,
    refuse,
    stale_button,
)
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import answer_query, edit_or_reply, reply, send_file
from helpdesk_bot.topics import TOPICS

log = logging.getLogger(__name__)

MAX_CAPACITY = 100_000
"""The most places staff may type for an event (a larger number is a typo, not a venue)."""


def _btn(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def _int(value: str) -> int | None:
    """An id or page number from a button or link (0..2**31-1, ASCII digits only), or None."""
    return parse_int(value, 0, MAX_ID)


async def _answer(update: Update) -> None:
    await answer_query(update)


def share_link(context: HelpdeskContext, event_id: int) -> str:
    """``https://t.me/<bot>?start=event-<id>``: opens the event for whoever follows it."""
    return f"https://t.me/{context.bot.username}?start=event-{event_id}"


async def _visible_event(context: HelpdeskContext, event_id: int) -> EventView | None:
    """The event if the person may see it (staff see every event; others only published ones)."""
    event = await context.services.events.catalog.get(event_id)
    if event is None:
        return None
    if context.person.may(Role.STAFF):
        return event
    if event.publish_at > context.services.clock.now():
        return None
    return event


# ---------------------------------------------------------------------------------------- listing
async def events_command(update: Update, context: HelpdeskContext) -> None:
    """/events and the main menu's Events button: the first page of upcoming events."""
    context.record(kind="events.list")
    await _show_page(update, context, 0, edit=False)


async def _show_page(update: Update, context: HelpdeskContext, page: int, *, edit: bool) -> None:
    person = context.person
    size = context.services.settings.events_page_size
    result = await context.services.events.catalog.upcoming(country=person.country, language=person.language,
                                                            page=page, page_size=size)
    if not result.total:
        keyboard = InlineKeyboardMarkup([[_btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))]])
        context.record(outcome="empty")
        await (edit_or_reply if edit else reply)(update, context, context.t("ev-list-empty"), keyboard)
        return
    tr = context.services.translator
    lines = [context.t("ev-list-title", count=result.total)]
    buttons = []
    for offset, event in enumerate(result.events, start=1):
        index = result.page * size + offset
        lines.append(event_line(tr, event, person.language, person.timezone, index))
        buttons.append([_btn(f"{index}. {event.title(person.language)}"[:60], EVENTS.encode("show", event.id))])
    lines.append(context.t("time-zone-line", zone=person.timezone))
    nav = []
    if result.page > 0:
        nav.append(_btn("◀", EVENTS.encode("list", result.page - 1)))
    if result.pages > 1:
        nav.append(_btn(f"{result.page + 1}/{result.pages}", EVENTS.encode("list", result.page)))
    if result.page + 1 < result.pages:
        nav.append(_btn("▶", EVENTS.encode("list", result.page + 1)))
    if nav:
        buttons.append(nav)
    buttons.append([_btn(context.t("ev-button-mine"), EVENTS.encode("mine", 0)), _btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))])
    await (edit_or_reply if edit else reply)(update, context, html_join("\n", lines), InlineKeyboardMarkup(buttons))


def _event_keyboard(context: HelpdeskContext, event: EventView, status: str | None) -> InlineKeyboardMarkup:
    now = context.services.clock.now()
    buttons: list[list[InlineKeyboardButton]] = []
    first: list[InlineKeyboardButton] = []
    if not event.is_cancelled:
        if status is not None and event.starts_at > now:
            first.append(_btn(context.t("ev-button-cancel"), EVENTS.encode("unreg", event.id)))
        elif event.registration_open(now):
            first.append(_btn(context.t("ev-button-register"), EVENTS.encode("reg", event.id)))
        elif event.registration_mode == "external" and event.registration_url:
            first.append(InlineKeyboardButton(context.t("ev-button-external"), url=event.registration_url))
    if first:
        buttons.append(first)
    buttons.append([_btn(context.t("ev-button-calendar"), EVENTS.encode("ics", event.id)),
                    _btn(context.t("ev-button-share"), EVENTS.encode("share", event.id))])
    if context.person.may(Role.STAFF):
        buttons.append([_btn(context.t("ev-button-attendees"), EVENTS.encode("att", event.id)),
                        _btn(context.t("ev-button-edit"), EVENTS.encode("edit", event.id))])
        if not event.is_cancelled:
            buttons.append([_btn(context.t("ev-button-cancel-event"), EVENTS.encode("cx", event.id))])
    buttons.append([_btn(context.t("ev-button-back"), EVENTS.encode("list", 0))])
    return InlineKeyboardMarkup(buttons)


async def _show_event(update: Update, context: HelpdeskContext, event: EventView, *, edit: bool,
                      prefix: str | None = None) -> None:
    person = context.person
    mine = await context.services.events.catalog.registration_of(event.id, person.id)
    text = event_card(context.services.translator, event, person.language, person.timezone,
                      context.services.clock.now())
    if mine is not None:
        text += "\n\n" + (context.t("ev-you-registered") if mine.status == "registered"
                          else context.t("ev-you-waitlisted", position=mine.position or 1))
    if prefix:
        text = prefix + "\n\n" + text
    keyboard = _event_keyboard(context, event, mine.status if mine else None)
    await (edit_or_reply if edit else reply)(update, context, text, keyboard)


async def on_event_button(update: Update, context: HelpdeskContext) -> None:
    """``ev:<action>:<arg>``: list pages, event cards, registration, calendar, sharing, staff actions."""
    query = update.callback_query
    assert query is not None
    pressed = EVENTS.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    action, number = str(pressed.verb), pressed.id()
    handlers = {
        "list": _on_list, "show": _on_show, "reg": _on_register, "unreg": _on_unregister, "ics": _on_ics,
        "share": _on_share, "mine": _on_mine, "att": _on_attendees, "mk": _on_mark, "edit": _on_edit,
        "cx": _on_cancel_event, "cxy": _on_cancel_event_confirmed,
    }
    handler = handlers.get(action)
    if handler is None:
        await stale_button(update, context)
        return
    await handler(update, context, number)


async def _on_list(update: Update, context: HelpdeskContext, page: int) -> None:
    context.record(kind="events.list", value=float(page))
    await _answer(update)
    await _show_page(update, context, page, edit=True)


async def _on_show(update: Update, context: HelpdeskContext, event_id: int) -> None:
    event = await _visible_event(context, event_id)
    if event is None:
        await stale_button(update, context)
        return
    context.record(kind="events.view", subject=f"event:{event.id}", topic=(event.topics or (None,))[0])
    await _answer(update)
    await _show_event(update, context, event, edit=False)


async def open_event_link(update: Update, context: HelpdeskContext, arg: str) -> None:
    """``/start event-<id>``: the event card for whoever followed a shared link."""
    event_id = _int(arg)
    event = await _visible_event(context, event_id) if event_id is not None else None
    if event is None:
        context.record(kind="events.link", outcome="invalid_link")
        await reply(update, context, context.t("ev-not-found"))
        return
    context.record(kind="events.link", subject=f"event:{event.id}", topic=(event.topics or (None,))[0])
    await _show_event(update, context, event, edit=False)


async def _on_register(update: Update, context: HelpdeskContext, event_id: int) -> None:
    person = context.person
    if await _visible_event(context, event_id) is None:
        await stale_button(update, context)
        return
    result = await context.services.events.catalog.register(event_id, person_id=person.id,
                                                             telegram_id=person.telegram_id)
    event = result.event
    topic = (event.topics or (None,))[0] if event else None
    subject = f"event:{event_id}"
    await _answer(update)
    kind, outcome, value = result.interaction
    context.record(kind=kind, outcome=outcome, subject=subject, topic=topic, value=value)
    if result.outcome == "registered":
        prefix = context.t("ev-registered")
    elif result.outcome == "waitlisted":
        prefix = context.t("ev-waitlisted", position=result.position or 1)
    else:
        prefix = context.t(f"ev-register-{result.outcome.replace('_', '-')}", position=result.position or 1)
    if event is None:
        await reply(update, context, context.t("ev-not-found"))
        return
    await _show_event(update, context, event, edit=False, prefix=prefix)


async def _on_unregister(update: Update, context: HelpdeskContext, event_id: int) -> None:
    person = context.person
    result = await context.services.events.catalog.cancel_registration(event_id, person_id=person.id)
    await _answer(update)
    subject = f"event:{event_id}"
    event = result.event
    topic = (event.topics or (None,))[0] if event else None
    kind, outcome = result.interaction
    context.record(kind=kind, outcome=outcome, subject=subject, topic=topic)
    if result.outcome == "cancelled":
        await reply(update, context, context.t("ev-unregistered", title=event.title(person.language) if event else ""))
        return
    key = {"not_registered": "ev-not-registered", "started": "ev-already-started"}.get(result.outcome,
                                                                                       "ev-not-found")
    await reply(update, context, context.t(key))


async def _on_ics(update: Update, context: HelpdeskContext, event_id: int) -> None:
    event = await _visible_event(context, event_id)
    if event is None or update.effective_chat is None:
        await stale_button(update, context)
        return
    context.record(kind="events.calendar", subject=f"event:{event.id}")
    await _answer(update)
    lang = context.person.language
    data = event_ics(event, lang, context.services.clock.now(), link=share_link(context, event.id),
                     organiser=organiser_name(context.services.translator, event, lang))
    await send_file(context, update.effective_chat.id, InputFile(data, filename=ics_filename(event)),
                    context.t("ev-ics-caption", title=event.title(lang)))


async def _on_share(update: Update, context: HelpdeskContext, event_id: int) -> None:
    event = await _visible_event(context, event_id)
    if event is None:
        await stale_button(update, context)
        return
    context.record(kind="events.share", subject=f"event:{event.id}")
    await _answer(update)
    link = share_link(context, event.id)
    title = event.title(context.person.language)
    share_url = f"https://t.me/share/url?url={quote(link, safe='')}&text={quote(title[:200], safe='')}"
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(context.t("ev-button-share-telegram"), url=share_url)]])
    await reply(update, context, context.t("ev-share-text", title=title, link=link), keyboard)


async def my_events_command(update: Update, context: HelpdeskContext) -> None:
    """/myevents: the person's registrations and waitlist places."""
    await _on_mine(update, context, 0)


async def _on_mine(update: Update, context: HelpdeskContext, _page: int) -> None:
    context.record(kind="events.mine")
    await _answer(update)
    person = context.person
    mine = await context.services.events.catalog.registrations_of(person.id)
    if not mine:
        await reply(update, context, context.t("ev-mine-empty"))
        return
    tr = context.services.translator
    lines = [context.t("ev-mine-title")]
    buttons = []
    for index, item in enumerate(mine[:20], start=1):
        status = context.t("ev-status-registered") if item.status == "registered" else context.t(
            "ev-status-waitlisted", position=item.position or 1)
        lines.append(event_line(tr, item.event, person.language, person.timezone, index) + Markup(" · ") + status)
        buttons.append([_btn(f"{index}. {item.event.title(person.language)}"[:60], EVENTS.encode("show", item.event.id))])
    lines.append(context.t("time-zone-line", zone=person.timezone))
    await reply(update, context, html_join("\n", lines), InlineKeyboardMarkup(buttons))


# ---------------------------------------------------------------------------------------- staff: attendees
async def _on_attendees(update: Update, context: HelpdeskContext, event_id: int) -> None:
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
    await _answer(update)
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
            buttons.append([_btn(f"{mark} {a.name}"[:60], EVENTS.encode("mk", a.registration_id))])
    if not people:
        lines.append(context.t("ev-attendees-none"))
    elif not started:
        lines.append(context.t("ev-attendees-mark-later"))
    else:
        lines.append(context.t("ev-attendees-mark-hint"))
    buttons.append([_btn(context.t("ev-button-back"), EVENTS.encode("show", event.id))])
    await (edit_or_reply if edit else reply)(update, context, html_join("\n", lines), InlineKeyboardMarkup(buttons))


async def _on_mark(update: Update, context: HelpdeskContext, registration_id: int) -> None:
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
    await _answer(update)
    await _send_attendees(update, context, event, people, edit=True)


async def _on_cancel_event(update: Update, context: HelpdeskContext, event_id: int) -> None:
    if not await ensure_role(update, context, Role.STAFF):
        return
    event = await context.services.events.catalog.get(event_id)
    if event is None or event.is_cancelled:
        await stale_button(update, context)
        return
    await _answer(update)
    keyboard = InlineKeyboardMarkup([[_btn(context.t("ev-button-cancel-event-yes"), EVENTS.encode("cxy", event.id)),
                                      _btn(context.t("ev-button-back"), EVENTS.encode("show", event.id))]])
    await reply(update, context, context.t("ev-cancel-event-confirm", title=event.title(context.person.language),
                                           count=event.registered + event.waitlisted), keyboard)


async def _on_cancel_event_confirmed(update: Update, context: HelpdeskContext, event_id: int) -> None:
    try:
        event, told = await context.services.events.catalog.cancel_event(event_id, by=context.person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except EventError:
        await stale_button(update, context)
        return
    context.record(kind="staff.event_cancelled", subject=f"event:{event.id}", value=float(told))
    await _answer(update)
    await edit_or_reply(update, context, context.t("ev-event-cancelled-done", count=told))


# ---------------------------------------------------------------------------------------- staff: editing
EDIT_FIELDS = ("time", "place", "capacity", "title")


async def _on_edit(update: Update, context: HelpdeskContext, event_id: int) -> None:
    if not await ensure_role(update, context, Role.STAFF):
        return
    event = await context.services.events.catalog.get(event_id)
    if event is None or event.is_cancelled:
        await stale_button(update, context)
        return
    await _answer(update)
    buttons = [[_btn(context.t(f"ev-edit-field-{name}"), NEW_EVENT_BUTTONS.encode("ef", f"{event.id}{name[0]}"))] for name in EDIT_FIELDS
               if name != "capacity" or event.registration_mode == "bot"]
    buttons.append([_btn(context.t("ev-button-back"), EVENTS.encode("show", event.id))])
    await reply(update, context, context.t("ev-edit-choose", title=event.title(context.person.language)),
                InlineKeyboardMarkup(buttons))


# ---------------------------------------------------------------------------------------- subscriptions
def _subscription_keyboard(context: HelpdeskContext, subs: Subscriptions) -> InlineKeyboardMarkup:
    kb = rows([_btn(("✅ " if k in subs.kinds else "▫ ") + context.t(f"ev-kind-{k}"), SUBSCRIPTIONS.encode("k", k))
               for k in EVENT_KINDS], 2)
    kb += rows([_btn(("✅ " if t in subs.topics else "▫ ") + context.t(f"topic-{t}"), SUBSCRIPTIONS.encode("t", t))
                for t in TOPICS], 2)
    kb += rows([_btn(("✅ " if c in subs.countries else "▫ ") + f"{COUNTRY_FLAGS[c]} {context.t(f'country-{c}')}",
                     SUBSCRIPTIONS.encode("c", c)) for c in COUNTRIES if c != context.person.country], 2)
    kb.append([_btn(context.t("sub-all-kinds"), SUBSCRIPTIONS.encode("allk")),
               _btn(context.t("sub-stop-button"), SUBSCRIPTIONS.encode("stop"))])
    return InlineKeyboardMarkup(kb)


def _subscription_text(context: HelpdeskContext) -> Markup:
    return html_join("\n", [context.t("sub-text"), context.t("sub-countries")])


async def subscribe_command(update: Update, context: HelpdeskContext) -> None:
    """/subscribe: toggles per kind and topic (nothing is on until the person switches it on)."""
    context.record(kind="subscriptions.view")
    await _answer(update)
    subs = await context.services.events.subscriptions.get(context.person.id)
    await reply(update, context, _subscription_text(context), _subscription_keyboard(context, subs))


async def unsubscribe_command(update: Update, context: HelpdeskContext) -> None:
    """/unsubscribe: stop every announcement."""
    removed = await context.services.events.subscriptions.clear(context.person.id)
    context.record(kind="subscriptions.stop", value=float(removed))
    await reply(update, context, context.t("sub-stopped"),
                InlineKeyboardMarkup([[_btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))]]))


async def on_subscription_button(update: Update, context: HelpdeskContext) -> None:
    """``sub:k:<kind>``, ``sub:t:<topic>``, ``sub:c:<country>``, ``sub:allk``, ``sub:stop``, ``sub:menu``."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    service = context.services.events.subscriptions
    person = context.person
    if data == SUBSCRIPTIONS.encode("menu"):
        await subscribe_command(update, context)
        return
    if data == SUBSCRIPTIONS.encode("stop"):
        removed = await service.clear(person.id)
        context.record(kind="subscriptions.stop", value=float(removed))
        await query.answer()
        await reply(update, context, context.t("sub-stopped"),
                    InlineKeyboardMarkup([[_btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))]]))
        return
    if data == SUBSCRIPTIONS.encode("allk"):
        subs = await service.set_all(person.id, "kind")
        context.record(kind="subscriptions.change", subject="kind:all", outcome="on")
        await query.answer(context.t("sub-saved"))
        await edit_or_reply(update, context, _subscription_text(context), _subscription_keyboard(context, subs))
        return
    args = pressed_parts(SUBSCRIPTIONS, data)
    scopes = {"k": ("kind", EVENT_KINDS), "t": ("topic", TOPICS), "c": ("country", COUNTRIES)}
    if args is None or args[0] not in scopes or args[1] not in scopes[args[0]][1]:
        await stale_button(update, context)
        return
    scope = scopes[args[0]][0]
    subs, on = await service.toggle(person.id, scope, args[1])
    context.record(kind="subscriptions.change", subject=f"{scope}:{args[1]}", outcome="on" if on else "off",
                   topic=args[1] if scope == "topic" else None)
    await query.answer(context.t("sub-saved"))
    await edit_or_reply(update, context, _subscription_text(context), _subscription_keyboard(context, subs))


# ---------------------------------------------------------------------------------------- registration
def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the events and subscription handlers, the menu action and the ``event-<id>`` deep link."""
    application.add_handler(CommandHandler("events", events_command))
    application.add_handler(CommandHandler("myevents", my_events_command))
    application.add_handler(CommandHandler("subscribe", subscribe_command))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe_command))
    application.add_handler(CallbackQueryHandler(on_event_button, pattern=EVENTS.pattern))
    application.add_handler(CallbackQueryHandler(on_subscription_button, pattern=SUBSCRIPTIONS.pattern))
    for name in ("events", "myevents", "subscribe", "unsubscribe"):
        command(application, name)
    menu_action(application, "events", events_command)
    deep_link(application, "event", open_event_link)

