"""Texts the bot asks for about one booking, each a one-step flow in the conversation store: a feedback
comment (entrepreneur), a reason for declining or cancelling, an outcome note (advisor)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from telegram import Update

from helpdesk_bot.consultations.views import BookingError
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.consultations_common import MAX_TEXT
from helpdesk_bot.telegram.replies import reply


class BookingNote(BaseModel):
    """A text the bot asked for about one booking: a feedback comment, a reason or an outcome note."""

    what: Literal["comment", "decline", "cancel", "note"]
    booking_id: int


FEEDBACK_COMMENT = Flow("consult.comment", BookingNote, steps=("text",), restart_command="mybookings")
ADVISOR_NOTE = Flow("consult.advisor_text", BookingNote, steps=("text",), restart_command="agenda")


async def set_awaiting(context: HelpdeskContext, what: str | None, booking_id: int | None = None) -> None:
    """Expect the person's next text as ``what`` about ``booking_id`` (a one-step flow); None ends it."""
    if what is None:
        current = await conv.current(context)
        if current is not None and current.flow in (FEEDBACK_COMMENT.name, ADVISOR_NOTE.name):
            await conv.finish(context, current)
        return
    assert booking_id is not None
    flow = FEEDBACK_COMMENT if what == "comment" else ADVISOR_NOTE
    await conv.start(context, flow, "text", BookingNote(what=what, booking_id=booking_id))  # type: ignore[arg-type]


async def on_booking_note_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """The text asked for about one booking (a comment, a reason or a note)."""
    from helpdesk_bot.telegram.handlers import consultations_advisor as adv

    message = update.effective_message
    assert message is not None
    note = FEEDBACK_COMMENT.draft_type.model_validate(conversation.draft)
    if not await conv.finish(context, conversation):
        return  # another process took this text already
    text = (message.text or "").strip()[:MAX_TEXT]
    if note.what == "comment":
        context.record(kind="booking.feedback_comment", subject=f"booking:{note.booking_id}")
        try:
            await context.services.consultations.set_feedback_comment(note.booking_id, context.person.id, text)
        except BookingError as exc:
            context.record(outcome=exc.reason)
            await reply(update, context, context.t("consult-no-longer"))
            return
        await reply(update, context, context.t("consult-comment-thanks"))
        return
    await adv.on_reason_text(update, context, note.what, note.booking_id, text)
