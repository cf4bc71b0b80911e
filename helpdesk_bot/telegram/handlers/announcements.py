"""Staff announcements (/announce: text with an optional photo or document, an audience, a preview,
send now or at a time) and /broadcasts (running broadcasts with their progress).

Callback data: ``ann:<action>:<arg>``; only staff may press them.
"""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
)

from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.events.announcement_rules import AnnouncementError
from helpdesk_bot.events.models import EVENT_KINDS
from helpdesk_bot.events.renderers import CAPTION_LIMIT
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, LANGUAGE_NAMES, format_datetime
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_areas import ANNOUNCE_BUTTONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers import announcement_delivery as delivery
from helpdesk_bot.telegram.handlers import moment_input
from helpdesk_bot.telegram.handlers.announcement_draft import (
    ANNOUNCE,
    AnnouncementDraft,
    abort_row,
    audience_of,
    btn,
    save,
)
from helpdesk_bot.telegram.handlers.common import (
    command,
    ensure_role,
    pressed_parts,
    refuse,
    requires_role,
    stale_button,
)
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.render import utf16_len
from helpdesk_bot.telegram.replies import answer_query, edit_or_reply, reply, send_file
from helpdesk_bot.topics import TOPICS

SCOPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "k": ("kinds", EVENT_KINDS),
    "t": ("topics", TOPICS),
    "c": ("countries", (*COUNTRIES, OTHER_COUNTRY)),
    "l": ("languages", LANGUAGES),
}


@requires_role(Role.STAFF)
async def announce_command(update: Update, context: HelpdeskContext) -> None:
    """/announce: ask for the text (or a photo/document with a caption)."""
    context.record(kind="staff.announce", outcome="started")
    await conv.start(context, ANNOUNCE, "content", AnnouncementDraft())
    await reply(update, context, context.t("ann-ask-content"), InlineKeyboardMarkup([abort_row(context)]))


async def on_announce_input(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """The content of the announcement (text, or a photo or file with a caption), or the time to send it."""
    message = update.effective_message
    assert message is not None
    if not await ensure_role(update, context, Role.STAFF):  # the role was revoked during the flow
        await conv.finish(context, conversation)
        return
    if conversation.step not in ("content", "time", "translation"):
        await conv.use_the_buttons(update, context)
        return
    context.record(kind="staff.announce")
    draft = ANNOUNCE.draft(conversation)
    if conversation.step == "time":
        await delivery.on_time_text(update, context, conversation, draft, (message.text or "").strip())
        return
    if conversation.step == "translation":
        await delivery.on_translation_text(update, context, conversation, draft,
                                           (message.text or message.caption or "").strip())
        return
    # kept as plain text and escaped when rendered: staff text cannot break the HTML of the message
    plain = message.text or message.caption or ""
    media_kind, file_id = None, None
    if message.photo:
        media_kind, file_id = "photo", message.photo[-1].file_id
    elif message.document is not None:
        media_kind, file_id = "document", message.document.file_id
    if not plain.strip() and file_id is None:
        await reply(update, context, context.t("ann-ask-content"))
        return
    if file_id is not None and utf16_len(plain) > CAPTION_LIMIT - 50:
        await reply(update, context, context.t("ann-caption-too-long", limit=CAPTION_LIMIT - 50))
        return
    draft = draft.model_copy(update={"text": plain[:3500], "media_kind": media_kind, "file_id": file_id})
    if await save(update, context, conversation, "audience", draft):
        await _show_audience(update, context, draft, edit=False)


async def _show_audience(update: Update, context: HelpdeskContext, draft: AnnouncementDraft, *, edit: bool) -> None:
    flow = draft.model_dump()
    count = await context.services.events.announcements.count(audience_of(draft))
    kb: list[list[InlineKeyboardButton]] = []
    labels = {
        "k": lambda v: context.t(f"ev-kind-{v}"),
        "t": lambda v: context.t(f"topic-{v}"),
        "c": lambda v: f"{COUNTRY_FLAGS[v]} {context.t(f'country-{v}')}",
        "l": lambda v: f"🗣 {LANGUAGE_NAMES[v]}",
    }
    for code, (name, values) in SCOPES.items():
        per_row = 3
        kb += rows([btn(("✓ " if v in flow[name] else "") + labels[code](v), ANNOUNCE_BUTTONS.encode(code, v)) for v in values],
                   per_row)
    kb.append([btn(context.t("ann-button-preview"), ANNOUNCE_BUTTONS.encode("preview", "0")), *abort_row(context)])
    text = html_join("\n", [context.t("ann-audience", count=count), context.t("ann-audience-legend")])
    await (edit_or_reply if edit else reply)(update, context, text, InlineKeyboardMarkup(kb))


async def _send(update: Update, context: HelpdeskContext, conversation: Conversation, draft: AnnouncementDraft,
                when: str | None) -> None:
    """Create the announcement (the use case checks the role and the rules and writes the audit row); the
    flow is claimed first (ended with its version), so it is sent once, and resumed at the step that can
    put right what the use case refused."""
    if not await conv.finish(context, conversation):
        await stale_button(update, context)
        return
    person = context.person
    send_at = datetime.fromisoformat(when) if when else None
    try:
        _announcement_id, broadcast_id, count = await context.services.events.announcements.create(
            by=person, text=draft.text, texts=draft.texts, audience=audience_of(draft),
            media_kind=draft.media_kind, media_file_id=draft.file_id, send_at=send_at,
        )
    except Forbidden as refused:  # the role was revoked during the flow
        await refuse(update, context, refused.role)
        return
    except AnnouncementError as exc:
        await _refused(update, context, draft, exc.reason)
        return
    context.record(kind="staff.announce", outcome="scheduled" if send_at else "sent", subject=f"broadcast:{broadcast_id}",
                   value=float(count))
    if send_at is None:
        await reply(update, context, context.t("ann-sending", count=count))
    else:
        await reply(update, context, context.t("ann-scheduled", count=count,
                                               when=format_datetime(send_at, person.language, person.timezone)))


async def _refused(update: Update, context: HelpdeskContext, draft: AnnouncementDraft, reason: str) -> None:
    """Render a refusal of the rules: a moment that has passed asks for another; nobody left to receive it
    offers to change the recipients (as the preview does); anything else is a forged or stale press."""
    context.record(kind="staff.announce", outcome=f"refused_{reason}")
    if reason == "past":
        await conv.start(context, ANNOUNCE, "time", draft.model_copy(update={"send_at": None}))
        await reply(update, context, context.t("ann-time-past", timezone=context.person.timezone,
                                               example=moment_input.example(context)),
                    InlineKeyboardMarkup([abort_row(context)]))
    elif reason == "no-recipients":
        await conv.start(context, ANNOUNCE, "preview", draft)
        await reply(update, context, context.t("ann-preview-none"),
                    InlineKeyboardMarkup([_change_row(context), abort_row(context)]))
    else:
        await stale_button(update, context)


async def on_announce_button(update: Update, context: HelpdeskContext) -> None:
    """``ann:<scope>:<value>`` toggles, ``ann:preview``, ``ann:send``, ``ann:later`` (then ``ann:at`` to
    confirm the moment), ``ann:tr`` and ``ann:tl:<lang>`` (texts per language), ``ann:abort``."""
    query = update.callback_query
    assert query is not None
    if not await ensure_role(update, context, Role.STAFF):
        return
    args = pressed_parts(ANNOUNCE_BUTTONS, query.data)
    if args is None:
        await stale_button(update, context)
        return
    action, value = args
    if action == "abort":
        await conv.finish(context, flow=ANNOUNCE)
        context.record(kind="staff.announce", outcome="aborted")
        await answer_query(update)
        await edit_or_reply(update, context, context.t("evn-aborted"))
        return
    steps = {"preview": ("audience", "languages", "translation"), "send": ("preview",),
             "later": ("preview", "confirm_time"), "back": ("preview",), "tr": ("preview",),
             "tl": ("languages", "translation"), "at": ("confirm_time",)}.get(action, ("audience",))
    conversation = await conv.in_flow(update, context, ANNOUNCE, *steps)
    if conversation is None:
        return
    draft = ANNOUNCE.draft(conversation)
    context.record(kind="staff.announce")
    if action in SCOPES:
        name, values = SCOPES[action]
        if value not in values:
            await stale_button(update, context)
            return
        chosen: list[str] = getattr(draft, name)
        draft = draft.model_copy(update={name: [v for v in chosen if v != value] if value in chosen
                                         else [*chosen, value]})
        if await save(update, context, conversation, "audience", draft):
            await answer_query(update)
            await _show_audience(update, context, draft, edit=True)
        return
    if action == "preview":
        if await save(update, context, conversation, "preview", draft):
            await answer_query(update)
            await _preview(update, context, draft)
        return
    if action == "back":  # from the preview back to choosing the recipients
        if await save(update, context, conversation, "audience", draft):
            await answer_query(update)
            await _show_audience(update, context, draft, edit=False)
        return
    if action == "send":
        await _send(update, context, conversation, draft, None)
        await _answer_quietly(update)
        return
    if action == "later":
        if await save(update, context, conversation, "time", draft.model_copy(update={"send_at": None})):
            await answer_query(update)
            await delivery.ask_time(update, context)
        return
    if action == "at" and draft.send_at is not None:
        await _send(update, context, conversation, draft, draft.send_at)
        await _answer_quietly(update)
        return
    if action == "tr":
        if await save(update, context, conversation, "languages", draft):
            await answer_query(update)
            await delivery.show_languages(update, context, draft, edit=False)
        return
    if action == "tl" and value in LANGUAGES:
        await answer_query(update)
        await delivery.ask_translation(update, context, conversation, draft, value)
        return
    await stale_button(update, context)


async def _answer_quietly(update: Update) -> None:
    await answer_query(update)


def _change_row(context: HelpdeskContext) -> list[InlineKeyboardButton]:
    """The row back from the preview to choosing the recipients."""
    return [btn(context.t("ann-button-recipients"), ANNOUNCE_BUTTONS.encode("back", "0"))]


async def _preview(update: Update, context: HelpdeskContext, draft: AnnouncementDraft) -> None:
    chat = update.effective_chat
    assert chat is not None
    count = await context.services.events.announcements.count(audience_of(draft))
    body = context.t("announcement-text", text=draft.text)
    if draft.file_id:
        await send_file(context, chat.id, draft.file_id, body, photo=draft.media_kind == "photo")
    else:
        await reply(update, context, body)
    change = _change_row(context)
    if count == 0:  # nothing to send: say why, and offer only a way to change the recipients
        await reply(update, context, context.t("ann-preview-none"), InlineKeyboardMarkup([change, abort_row(context)]))
        return
    kb = [[btn(context.t("ann-button-send"), ANNOUNCE_BUTTONS.encode("send", "0")), btn(context.t("ann-button-later"), ANNOUNCE_BUTTONS.encode("later", "0"))],
          [btn(context.t("ann-button-texts"), ANNOUNCE_BUTTONS.encode("tr", "0"))], change, abort_row(context)]
    text = context.t("ann-preview", count=count)
    own = delivery.texts_line(context, draft)
    if own:
        text = html_join("\n", [text, context.t("ann-texts-given", languages=", ".join(own))])
    await reply(update, context, text, InlineKeyboardMarkup(kb))


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
    if running:
        lines.append(context.t("time-zone-line", zone=person.timezone))
    if recent:
        lines.append(Markup(""))
        lines.append(context.t("bc-recent-title"))
        for p in recent:
            lines.append(context.t("bc-finished-line", title=p.title, total=p.total, sent=p.sent, failed=p.failed,
                                   blocked=p.blocked))
    await reply(update, context, html_join("\n", lines))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /announce, /broadcasts and the announcement buttons."""
    conv.register_flow(application, ANNOUNCE, on_announce_input, media=True)
    application.add_handler(CommandHandler("announce", announce_command))
    application.add_handler(CommandHandler("broadcasts", broadcasts_command))
    application.add_handler(CallbackQueryHandler(on_announce_button, pattern=ANNOUNCE_BUTTONS.pattern))
    command(application, "announce", Role.STAFF)
    command(application, "broadcasts", Role.STAFF)
