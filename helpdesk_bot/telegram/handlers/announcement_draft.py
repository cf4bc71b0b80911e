"""The draft of /announce kept in the staff member's conversation row, and the small pieces its steps share."""

from __future__ import annotations

from pydantic import BaseModel
from telegram import InlineKeyboardButton, Update

from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.events.views import Audience
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callback_areas import ANNOUNCE_BUTTONS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import stale_button


class AnnouncementDraft(BaseModel):
    """The announcement being prepared: its text (plain, escaped when rendered), texts per language, media,
    audience, the language whose text is awaited and the moment chosen for sending later (ISO)."""

    text: str = ""
    texts: dict[str, str] = {}
    translating: str | None = None
    media_kind: str | None = None
    file_id: str | None = None
    kinds: list[str] = []
    topics: list[str] = []
    countries: list[str] = []
    languages: list[str] = []
    send_at: str | None = None


ANNOUNCE = Flow("staff.announce", AnnouncementDraft, restart_command="announce",
                steps=("content", "audience", "preview", "languages", "translation", "time", "confirm_time"))


def audience_of(draft: AnnouncementDraft) -> Audience:
    """The recipients chosen in ``draft``."""
    return Audience(tuple(draft.kinds), tuple(draft.topics), tuple(draft.countries), tuple(draft.languages))


def btn(text: str, data: str) -> InlineKeyboardButton:
    """An inline button with callback data."""
    return InlineKeyboardButton(text, callback_data=data)


def abort_row(context: HelpdeskContext) -> list[InlineKeyboardButton]:
    """The row that ends /announce without sending."""
    return [btn(context.t("ev-button-abort"), ANNOUNCE_BUTTONS.encode("abort", "0"))]


async def save(update: Update, context: HelpdeskContext, conversation: Conversation, step: str,
               draft: AnnouncementDraft) -> bool:
    """Store ``step`` and ``draft`` (compare-and-set); False (press answered as stale) when another update won."""
    if await conv.advance(context, ANNOUNCE, conversation, step, draft) is None:
        await stale_button(update, context)
        return False
    return True
