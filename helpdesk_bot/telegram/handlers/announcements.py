"""Staff announcements (/announce: text with an optional photo or document, an audience, a preview,
send now or at a time) and /broadcasts (running broadcasts with their progress).

Callback data: ``ann:<action>:<arg>``; only staff may press them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.events.models import EVENT_KINDS, TOPICS
from helpdesk_bot.events.renderers import CAPTION_LIMIT
from helpdesk_bot.events.timeparse import parse_local
from helpdesk_bot.events.views import Audience
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, format_datetime
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, parse_callback, requires_role, stale_button
from helpdesk_bot.telegram.handlers.events import FLOW
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.render import utf16_len
from helpdesk_bot.telegram.replies import edit_or_reply, reply, send_file

SCOPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "k": ("kinds", EVENT_KINDS),
    "t": ("topics", TOPICS),
    "c": ("countries", (*COUNTRIES, OTHER_COUNTRY)),
    "l": ("languages", LANGUAGES),
}


def _btn(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def _flow(context: HelpdeskContext) -> dict[str, Any] | None:
    flow = context.user_data.get(FLOW) if context.user_data is not None else None
    return flow if flow and flow.get("type") == "announce" else None


def _audience(flow: dict[str, Any]) -> Audience:
    return Audience(tuple(flow["kinds"]), tuple(flow["topics"]), tuple(flow["countries"]), tuple(flow["languages"]))


@requires_role(Role.STAFF)
async def announce_command(update: Update, context: HelpdeskContext) -> None:
    """/announce: ask for the text (or a photo/document with a caption)."""
    context.record(kind="staff.announce", outcome="started")
    if context.user_data is not None:
        context.user_data[FLOW] = {"type": "announce", "step": "content", "kinds": [], "topics": [],
                                   "countries": [], "languages": []}
    await reply(update, context, context.t("ann-ask-content"),
                InlineKeyboardMarkup([[_btn(context.t("ev-button-abort"), "ann:abort:0")]]))


async def on_announce_input(update: Update, context: HelpdeskContext) -> None:
    """The content of the announcement, or the time to send it; other messages pass on."""
    flow = _flow(context)
    message = update.effective_message
    if flow is None or message is None or flow["step"] not in ("content", "time"):
        return
    person = context.request.person
    if person is None or not person.is_staff:
        return
    context.record(kind="staff.announce")
    if flow["step"] == "time":
        moment = parse_local((message.text or "").strip(), person.timezone)
        if moment is None or moment <= context.services.clock.now():
            await reply(update, context, context.t("evn-bad-time", timezone=person.timezone))
            raise ApplicationHandlerStop
        await _send(update, context, flow, moment.isoformat())
        raise ApplicationHandlerStop
    # kept as plain text and escaped when rendered: staff text cannot break the HTML of the message
    plain = message.text or message.caption or ""
    media_kind, file_id = None, None
    if message.photo:
        media_kind, file_id = "photo", message.photo[-1].file_id
    elif message.document is not None:
        media_kind, file_id = "document", message.document.file_id
    if not plain.strip() and file_id is None:
        await reply(update, context, context.t("ann-ask-content"))
        raise ApplicationHandlerStop
    if file_id is not None and utf16_len(plain) > CAPTION_LIMIT - 50:
        await reply(update, context, context.t("ann-caption-too-long", limit=CAPTION_LIMIT - 50))
        raise ApplicationHandlerStop
    flow.update(step="audience", text=plain[:3500], media_kind=media_kind, file_id=file_id)
    await _show_audience(update, context, flow, edit=False)
    raise ApplicationHandlerStop


async def _show_audience(update: Update, context: HelpdeskContext, flow: dict[str, Any], *, edit: bool) -> None:
    count = await context.services.events.announcements.count(_audience(flow))
    kb: list[list[InlineKeyboardButton]] = []
    labels = {
        "k": lambda v: context.t(f"ev-kind-{v}"),
        "t": lambda v: context.t(f"ev-topic-{v}"),
        "c": lambda v: f"{COUNTRY_FLAGS[v]} {v if v != OTHER_COUNTRY else context.t('country-OTHER')}",
        "l": lambda v: v.upper(),
    }
    for code, (name, values) in SCOPES.items():
        per_row = 3 if code in ("k", "t") else 4
        kb += rows([_btn(("✓ " if v in flow[name] else "") + labels[code](v), f"ann:{code}:{v}") for v in values],
                   per_row)
    kb.append([_btn(context.t("ann-button-preview"), "ann:preview:0"), _btn(context.t("ev-button-abort"), "ann:abort:0")])
    text = context.t("ann-audience", count=count)
    await (edit_or_reply if edit else reply)(update, context, text, InlineKeyboardMarkup(kb))


async def _send(update: Update, context: HelpdeskContext, flow: dict[str, Any], when: str | None) -> None:
    person = context.person
    send_at = datetime.fromisoformat(when) if when else None
    announcement_id, broadcast_id, count = await context.services.events.announcements.create(
        text=flow["text"], audience=_audience(flow), created_by=person.telegram_id,
        media_kind=flow.get("media_kind"), media_file_id=flow.get("file_id"), send_at=send_at,
    )
    if context.user_data is not None:
        context.user_data.pop(FLOW, None)
    await context.services.audit.add("announcement.create", actor=person.telegram_id,
                                     target=f"broadcast:{broadcast_id}", announcement=announcement_id,
                                     recipients=count, audience=_audience(flow).to_json(),
                                     send_at=send_at.isoformat() if send_at else None)
    context.record(kind="staff.announce", outcome="scheduled" if send_at else "sent", subject=f"broadcast:{broadcast_id}",
                   value=float(count))
    context.application.create_task(context.services.dispatcher.wake())
    if send_at is None:
        await reply(update, context, context.t("ann-sending", count=count))
    else:
        await reply(update, context, context.t("ann-scheduled", count=count,
                                               when=format_datetime(send_at, person.language, person.timezone)))


async def on_announce_button(update: Update, context: HelpdeskContext) -> None:
    """``ann:<scope>:<value>`` toggles, ``ann:preview``, ``ann:send``, ``ann:later``, ``ann:abort``."""
    query = update.callback_query
    assert query is not None
    person = context.request.person
    if person is None or not person.is_staff:
        await _refuse(update, context)
        return
    args = parse_callback(query.data, "ann", 2)
    flow = _flow(context)
    if args is None:
        await stale_button(update, context)
        return
    action, value = args
    if action == "abort":
        if context.user_data is not None:
            context.user_data.pop(FLOW, None)
        context.record(kind="staff.announce", outcome="aborted")
        await query.answer()
        await edit_or_reply(update, context, context.t("evn-aborted"))
        return
    if flow is None:
        await stale_button(update, context)
        return
    context.record(kind="staff.announce")
    if action in SCOPES and flow["step"] == "audience":
        name, values = SCOPES[action]
        if value not in values:
            await stale_button(update, context)
            return
        chosen = flow[name]
        flow[name] = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
        await query.answer()
        await _show_audience(update, context, flow, edit=True)
        return
    if action == "preview" and flow["step"] == "audience":
        await query.answer()
        flow["step"] = "preview"
        await _preview(update, context, flow)
        return
    if action == "send" and flow["step"] == "preview":
        await query.answer()
        await _send(update, context, flow, None)
        return
    if action == "later" and flow["step"] == "preview":
        await query.answer()
        flow["step"] = "time"
        await reply(update, context, context.t("ann-ask-time", timezone=person.timezone),
                    InlineKeyboardMarkup([[_btn(context.t("ev-button-abort"), "ann:abort:0")]]))
        return
    await stale_button(update, context)


async def _preview(update: Update, context: HelpdeskContext, flow: dict[str, Any]) -> None:
    chat = update.effective_chat
    assert chat is not None
    count = await context.services.events.announcements.count(_audience(flow))
    body = context.t("announcement-text", text=flow["text"])
    if flow.get("file_id"):
        await send_file(context, chat.id, flow["file_id"], body, photo=flow.get("media_kind") == "photo")
    else:
        await reply(update, context, body)
    kb = [[_btn(context.t("ann-button-send"), "ann:send:0"), _btn(context.t("ann-button-later"), "ann:later:0")],
          [_btn(context.t("ev-button-abort"), "ann:abort:0")]]
    await reply(update, context, context.t("ann-preview", count=count), InlineKeyboardMarkup(kb))


async def _refuse(update: Update, context: HelpdeskContext) -> None:
    @requires_role(Role.STAFF)
    async def never(_u: Update, _c: HelpdeskContext) -> None:
        return None

    await never(update, context)


@requires_role(Role.STAFF)
async def broadcasts_command(update: Update, context: HelpdeskContext) -> None:
    """/broadcasts: running broadcasts with progress, then the latest finished ones."""
    context.record(kind="staff.broadcasts")
    outbox = context.services.outbox
    running = await outbox.progress(unfinished_only=True)
    recent = [p for p in await outbox.progress() if p.finished_at is not None][:5]
    person = context.person
    lines = [context.t("bc-title")]
    if not running:
        lines.append(context.t("bc-none-running"))
    for p in running:
        percent = int(100 * p.done / p.total) if p.total else 100
        lines.append(context.t("bc-running-line", title=p.title, done=p.done, total=p.total, percent=percent,
                               sent=p.sent, failed=p.failed, blocked=p.blocked,
                               when=format_datetime(p.scheduled_for, person.language, person.timezone)))
    if recent:
        lines.append(Markup(""))
        lines.append(context.t("bc-recent-title"))
        for p in recent:
            lines.append(context.t("bc-finished-line", title=p.title, total=p.total, sent=p.sent, failed=p.failed,
                                   blocked=p.blocked))
    await reply(update, context, html_join("\n", lines))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /announce, /broadcasts and the announcement buttons."""
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND & (filters.TEXT | filters.PHOTO | filters.Document.ALL),
                       on_announce_input),
        group=-4,
    )
    application.add_handler(CommandHandler("announce", announce_command))
    application.add_handler(CommandHandler("broadcasts", broadcasts_command))
    application.add_handler(CallbackQueryHandler(on_announce_button, pattern=r"^ann:"))
    command("announce", Role.STAFF)
    command("broadcasts", Role.STAFF)
