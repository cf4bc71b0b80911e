"""The later steps of /announce: texts in other languages (optional) and the moment to send it, read in
the staff member's words and echoed with its zone before the last confirmation."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup, Update

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.events.renderers import CAPTION_LIMIT
from helpdesk_bot.i18n.formatting import LANGUAGE_NAMES, format_datetime
from helpdesk_bot.telegram.callback_areas import ANNOUNCE_BUTTONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers import moment_input
from helpdesk_bot.telegram.handlers.announcement_draft import (
    AnnouncementDraft,
    abort_row,
    audience_of,
    btn,
    save,
)
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.render import utf16_len
from helpdesk_bot.telegram.replies import edit_or_reply, reply


# ------------------------------------------------------------------------------------------- the time
async def ask_time(update: Update, context: HelpdeskContext) -> None:
    """Ask when to send, with examples in the person's language and one date computed from now."""
    await reply(update, context, context.t("ann-ask-time", timezone=context.person.timezone,
                                           example=moment_input.example(context)),
                InlineKeyboardMarkup([abort_row(context)]))


async def on_time_text(update: Update, context: HelpdeskContext, conversation: Conversation,
                       draft: AnnouncementDraft, text: str) -> None:
    """The moment typed: refused with the reason (past, no time of day, unreadable), else echoed to confirm."""
    moment = await moment_input.read_future_moment(update, context, text)
    if moment is None:
        return
    draft = draft.model_copy(update={"send_at": moment.isoformat()})
    if await save(update, context, conversation, "confirm_time", draft):
        await show_time_confirmation(update, context, draft)


async def show_time_confirmation(update: Update, context: HelpdeskContext, draft: AnnouncementDraft) -> None:
    """The moment read, in the person's language with its zone named, and the count of recipients."""
    assert draft.send_at is not None
    person = context.person
    count = await context.services.events.announcements.count(audience_of(draft))
    when = format_datetime(datetime.fromisoformat(draft.send_at), person.language, person.timezone)
    kb = [[btn(context.t("ann-button-confirm-time"), ANNOUNCE_BUTTONS.encode("at", "0")),
           btn(context.t("ann-button-change-time"), ANNOUNCE_BUTTONS.encode("later", "0"))],
          abort_row(context)]
    await reply(update, context, context.t("ann-confirm-time", when=when, count=count), InlineKeyboardMarkup(kb))


# ---------------------------------------------------------------------------------- texts per language
def texts_line(context: HelpdeskContext, draft: AnnouncementDraft) -> list[str]:
    """Names of the languages that have a text of their own, in the order of the language picker."""
    return [LANGUAGE_NAMES[lang] for lang in LANGUAGES if draft.texts.get(lang)]


async def show_languages(update: Update, context: HelpdeskContext, draft: AnnouncementDraft, *, edit: bool) -> None:
    """The languages (by name; ✓ when a text of their own is given) and the way back to the preview."""
    buttons = [btn(("✓ " if draft.texts.get(lang) else "") + LANGUAGE_NAMES[lang], ANNOUNCE_BUTTONS.encode("tl", lang))
               for lang in LANGUAGES]
    kb = [*rows(buttons, 2), [btn(context.t("ann-button-preview"), ANNOUNCE_BUTTONS.encode("preview", "0"))],
          abort_row(context)]
    await (edit_or_reply if edit else reply)(update, context, context.t("ann-ask-text-language"),
                                             InlineKeyboardMarkup(kb))


async def ask_translation(update: Update, context: HelpdeskContext, conversation: Conversation,
                          draft: AnnouncementDraft, language: str) -> None:
    """Wait for the text in ``language`` (sending the same language again replaces it)."""
    draft = draft.model_copy(update={"translating": language})
    if await save(update, context, conversation, "translation", draft):
        await reply(update, context, context.t("ann-ask-text-in", language=LANGUAGE_NAMES[language]),
                    InlineKeyboardMarkup([[btn(context.t("ann-button-preview"), ANNOUNCE_BUTTONS.encode("preview", "0"))],
                                          abort_row(context)]))


async def on_translation_text(update: Update, context: HelpdeskContext, conversation: Conversation,
                              draft: AnnouncementDraft, text: str) -> None:
    """The text in the awaited language: kept, then the languages again (to add another, or preview)."""
    language = draft.translating
    if language not in LANGUAGES or not text.strip():
        await reply(update, context, context.t("ann-ask-text-in", language=LANGUAGE_NAMES.get(language or "", "")))
        return
    if draft.file_id is not None and utf16_len(text) > CAPTION_LIMIT - 50:
        await reply(update, context, context.t("ann-caption-too-long", limit=CAPTION_LIMIT - 50))
        return
    draft = draft.model_copy(update={"texts": {**draft.texts, language: text[:3500]}, "translating": None})
    context.record(outcome="text_added", topic=language)
    if await save(update, context, conversation, "languages", draft):
        await show_languages(update, context, draft, edit=False)
