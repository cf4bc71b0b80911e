"""Events in the bot: /events, event cards, registration, calendar files, sharing and /myevents; this
module registers the events handlers. Split by content: the card and shared helpers in
:mod:`.events_cards`, the staff's actions (attendees, attendance, editing, cancelling) in
:mod:`.events_staff`, subscriptions in :mod:`.events_subscriptions`, /newevent in :mod:`.events_flow`.

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

from helpdesk_bot.events.ics import event_ics, ics_filename
from helpdesk_bot.events.presentation import event_line, organiser_name
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.telegram.callback_areas import EVENTS, SUBSCRIPTIONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import (
    command,
    deep_link,
    menu_action,
    stale_button,
)
from helpdesk_bot.telegram.handlers.events_cards import (
    answer_button,
    btn,
    parse_id,
    share_link,
    show_event,
    visible_event,
)
from helpdesk_bot.telegram.handlers.events_staff import (
    on_attendees,
    on_cancel_event,
    on_cancel_event_confirmed,
    on_edit,
    on_mark,
)
from helpdesk_bot.telegram.handlers.events_subscriptions import (
    on_subscription_button,
    subscribe_command,
    unsubscribe_command,
)
from helpdesk_bot.telegram.replies import edit_or_reply, reply, send_file

log = logging.getLogger(__name__)


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
        keyboard = InlineKeyboardMarkup([[btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))]])
        context.record(outcome="empty")
        await (edit_or_reply if edit else reply)(update, context, context.t("ev-list-empty"), keyboard)
        return
    tr = context.services.translator
    lines = [context.t("ev-list-title", count=result.total)]
    buttons = []
    for offset, event in enumerate(result.events, start=1):
        index = result.page * size + offset
        lines.append(event_line(tr, event, person.language, person.timezone, index))
        buttons.append([btn(f"{index}. {event.title(person.language)}"[:60], EVENTS.encode("show", event.id))])
    lines.append(context.t("time-zone-line", zone=person.timezone))
    nav = []
    if result.page > 0:
        nav.append(btn("◀", EVENTS.encode("list", result.page - 1)))
    if result.pages > 1:
        nav.append(btn(f"{result.page + 1}/{result.pages}", EVENTS.encode("list", result.page)))
    if result.page + 1 < result.pages:
        nav.append(btn("▶", EVENTS.encode("list", result.page + 1)))
    if nav:
        buttons.append(nav)
    buttons.append([btn(context.t("ev-button-mine"), EVENTS.encode("mine", 0)), btn(context.t("sub-menu-button"), SUBSCRIPTIONS.encode("menu"))])
    await (edit_or_reply if edit else reply)(update, context, html_join("\n", lines), InlineKeyboardMarkup(buttons))


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
        "share": _on_share, "mine": _on_mine, "att": on_attendees, "mk": on_mark, "edit": on_edit,
        "cx": on_cancel_event, "cxy": on_cancel_event_confirmed,
    }
    handler = handlers.get(action)
    if handler is None:
        await stale_button(update, context)
        return
    await handler(update, context, number)


async def _on_list(update: Update, context: HelpdeskContext, page: int) -> None:
    context.record(kind="events.list", value=float(page))
    await answer_button(update)
    await _show_page(update, context, page, edit=True)


async def _on_show(update: Update, context: HelpdeskContext, event_id: int) -> None:
    event = await visible_event(context, event_id)
    if event is None:
        await stale_button(update, context)
        return
    context.record(kind="events.view", subject=f"event:{event.id}", topic=(event.topics or (None,))[0])
    await answer_button(update)
    await show_event(update, context, event, edit=False)


async def open_event_link(update: Update, context: HelpdeskContext, arg: str) -> None:
    """``/start event-<id>``: the event card for whoever followed a shared link."""
    event_id = parse_id(arg)
    event = await visible_event(context, event_id) if event_id is not None else None
    if event is None:
        context.record(kind="events.link", outcome="invalid_link")
        await reply(update, context, context.t("ev-not-found"))
        return
    context.record(kind="events.link", subject=f"event:{event.id}", topic=(event.topics or (None,))[0])
    await show_event(update, context, event, edit=False)


async def _on_register(update: Update, context: HelpdeskContext, event_id: int) -> None:
    person = context.person
    if await visible_event(context, event_id) is None:
        await stale_button(update, context)
        return
    result = await context.services.events.catalog.register(event_id, person_id=person.id,
                                                             telegram_id=person.telegram_id)
    event = result.event
    topic = (event.topics or (None,))[0] if event else None
    subject = f"event:{event_id}"
    await answer_button(update)
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
    await show_event(update, context, event, edit=False, prefix=prefix)


async def _on_unregister(update: Update, context: HelpdeskContext, event_id: int) -> None:
    person = context.person
    result = await context.services.events.catalog.cancel_registration(event_id, person_id=person.id)
    await answer_button(update)
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
    event = await visible_event(context, event_id)
    if event is None or update.effective_chat is None:
        await stale_button(update, context)
        return
    context.record(kind="events.calendar", subject=f"event:{event.id}")
    await answer_button(update)
    lang = context.person.language
    data = event_ics(event, lang, context.services.clock.now(), link=share_link(context, event.id),
                     organiser=organiser_name(context.services.translator, event, lang))
    await send_file(context, update.effective_chat.id, InputFile(data, filename=ics_filename(event)),
                    context.t("ev-ics-caption", title=event.title(lang)))


async def _on_share(update: Update, context: HelpdeskContext, event_id: int) -> None:
    event = await visible_event(context, event_id)
    if event is None:
        await stale_button(update, context)
        return
    context.record(kind="events.share", subject=f"event:{event.id}")
    await answer_button(update)
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
    await answer_button(update)
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
        buttons.append([btn(f"{index}. {item.event.title(person.language)}"[:60], EVENTS.encode("show", item.event.id))])
    lines.append(context.t("time-zone-line", zone=person.timezone))
    await reply(update, context, html_join("\n", lines), InlineKeyboardMarkup(buttons))


# ---------------------------------------------------------------------------------------- staff: attendees

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

