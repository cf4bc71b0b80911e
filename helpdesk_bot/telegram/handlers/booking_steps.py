"""What the person does in the booking flow: starting it, its buttons, Back, typed text
(the description, the phone number) and confirming. The screens are
:mod:`helpdesk_bot.telegram.handlers.booking_flow`."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from helpdesk_bot.consultations.phone import normalise_phone
from helpdesk_bot.consultations.views import BookingError
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.indicators import kinds
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callbacks import (
    BackToAdvisors,
    BookingCallback,
    CalendarPage,
    FlowStep,
    PickAdvisor,
    PickDay,
    PickMode,
    PickTime,
    PickTopic,
)
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.booking_flow import (
    BOOKING,
    BookingDraft,
    advisors_by_id,
    alternatives_keyboard,
    ask_description,
    ask_phone,
    phone_keyboard,
    show_advisors,
    show_calendar,
    show_modes,
    show_step,
    show_summary,
    show_times,
    slots_of,
    start_of,
    topics_screen,
)
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.handlers.consultations_common import MAX_TEXT, answer, too_late_text, when
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.topics import TOPICS

ACTION_STEPS: dict[type, tuple[str, ...]] = {
    PickTopic: ("topic",),
    PickAdvisor: ("advisor",),
    BackToAdvisors: ("day", "time"),
    CalendarPage: ("day", "time", "mode", "description", "phone", "confirm"),
    PickDay: ("day",),
    PickTime: ("time", "confirm"),
    PickMode: ("mode",),
}
FLOW_STEP_STEPS: dict[str, tuple[str, ...]] = {"skipdesc": ("description",), "keepphone": ("phone",),
                                               "confirm": ("confirm",), "abort": (), "back": ()}
"""The steps at which each ``bk:`` button of the flow is valid (empty: any step)."""


# ---------------------------------------------------------------- starting
async def start_booking(update: Update, context: HelpdeskContext, *, description: str | None = None,
                        topic: str | None = None) -> None:
    """Start a new booking (the topic step), optionally with a description or topic already known."""
    text = (description or "").strip()[:MAX_TEXT] or None
    draft = BookingDraft(description=text, from_question=text is not None)
    conversation = await conv.start(context, BOOKING, "topic", draft)
    context.record(kind="booking.start", subject="fromq" if description else None)
    if topic in TOPICS:
        draft.topic = topic
        await show_advisors(update, context, conversation, draft)
        return
    await reply(update, context, *topics_screen(context, draft))


async def start_booking_from_question(update: Update, context: HelpdeskContext, question_text: str,
                                      topic: str | None = None) -> None:
    """Public entry point for the knowledge base: book a consultation about ``question_text``.

    The question becomes the booking's description (the description step is skipped); with a
    known ``topic`` (a knowledge-base category) the topic step is skipped too.
    """
    await start_booking(update, context, description=question_text or None, topic=topic)


async def start_from_booking(update: Update, context: HelpdeskContext, draft: BookingDraft,
                             start: int | None = None) -> None:
    """Reschedule or rebook: the calendar of the draft's advisor, or straight to the summary for ``start``."""
    draft.from_booking = True
    conversation = await conv.start(context, BOOKING, "day", draft)
    if start is not None:
        slots = await slots_of(context, draft)
        chosen = datetime.fromtimestamp(start, UTC)
        if chosen in slots:
            draft.start, draft.slot_advisors = start, slots[chosen]
            if draft.mode == "phone" and not draft.phone:
                await ask_phone(update, context, conversation, draft)
                return
            await show_summary(update, context, conversation, draft, new_message=True)
            return
    await show_calendar(update, context, conversation, draft)


# ---------------------------------------------------------------- moving on
async def after_mode(update: Update, context: HelpdeskContext, conversation: Conversation,
                     draft: BookingDraft) -> None:
    """The step after the mode: the description (unless it is the question the booking came from)."""
    if not draft.from_question:
        await ask_description(update, context, conversation, draft)
    else:
        await after_description(update, context, conversation, draft)


async def after_description(update: Update, context: HelpdeskContext, conversation: Conversation,
                            draft: BookingDraft) -> None:
    """The step after the description: the number for a phone consultation, else the summary."""
    if draft.mode == "phone":
        await ask_phone(update, context, conversation, draft)
    else:
        await show_summary(update, context, conversation, draft)


async def choose_time(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                      ts: int) -> None:
    """A time was pressed: the mode step, or (rescheduling, booking again) straight to the summary."""
    slots = await slots_of(context, draft)
    chosen = datetime.fromtimestamp(ts, UTC)
    if chosen not in slots:
        await answer(update, context.t("consult-slot-gone"), alert=True)
        context.request.replied = True
        context.record(outcome="slot_gone")
        await show_calendar(update, context, conversation, draft)
        return
    draft.start, draft.slot_advisors = ts, slots[chosen]
    if (draft.reschedule_of or draft.from_booking) and draft.mode:
        advisors = await advisors_by_id(context, slots[chosen])
        if any(draft.mode in a.modes for a in advisors.values()):
            if draft.mode == "phone" and not draft.phone and not draft.reschedule_of:  # a move keeps its number
                await ask_phone(update, context, conversation, draft)
            else:
                await show_summary(update, context, conversation, draft)
            return
    await show_modes(update, context, conversation, draft)


async def confirm(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft) -> None:
    """Create (or move) the booking; the flow is claimed (ended with its version) first, so it books once."""
    if not await conv.finish(context, conversation):
        await stale_button(update, context)
        return
    await answer(update)
    service = context.services.consultations
    start = start_of(draft)
    reschedule_of = draft.reschedule_of
    assert draft.topic is not None and draft.mode is not None
    kind = kinds.BOOKING_RESCHEDULED if reschedule_of else kinds.BOOKING_REQUESTED
    context.record(kind=kind, topic=draft.topic)
    try:
        if reschedule_of:
            booking = await service.reschedule(int(reschedule_of), context.person.id, start)
        else:
            booking = await service.request_booking(
                person_id=context.person.id, advisor_id=draft.advisor_id, starts_at=start,
                topic=draft.topic, mode=draft.mode, description=draft.description,
                advisor_ids=draft.slot_advisors or draft.advisor_ids,
                phone=draft.phone if draft.mode == "phone" else None,
            )
    except BookingError as exc:
        context.record(outcome=exc.reason, subject=f"booking:{reschedule_of}" if reschedule_of else None)
        if exc.reason in ("slot_taken", "slot_unavailable"):
            # "first available": the alternatives are of the last advisor tried; any free advisor is taken
            await conv.start(context, BOOKING, "confirm", draft)  # the person picks another time
            await edit_or_reply(update, context, context.t("consult-slot-taken", zone=context.person.timezone),
                                alternatives_keyboard(context, draft, exc.alternatives))
            return
        if exc.reason == "too_many":
            await edit_or_reply(update, context, context.t("consult-too-many", limit=exc.limit or 0))
            return
        if exc.reason == "too_late":
            await edit_or_reply(update, context, too_late_text(context, exc.booking))
            return
        await edit_or_reply(update, context, context.t("consult-cannot-book"))
        return
    context.record(outcome="ok", subject=f"booking:{booking.id}")
    key = "consult-booked-confirmed" if booking.state == "confirmed" else "consult-booked-requested"
    if reschedule_of:
        key = "consult-rescheduled-confirmed" if booking.state == "confirmed" else "consult-rescheduled-requested"
    await edit_or_reply(update, context, context.t(key, advisor=booking.advisor_name,
                                                   when=when(context, booking.starts_at)))


# ---------------------------------------------------------------- buttons and text of the flow
async def on_flow_button(update: Update, context: HelpdeskContext, pressed: BookingCallback) -> None:
    """A button of the flow: valid only in the person's booking flow at its steps."""
    if isinstance(pressed, FlowStep):
        steps = FLOW_STEP_STEPS.get(pressed.verb)
    else:
        steps = ACTION_STEPS.get(type(pressed))
    if steps is None:
        await stale_button(update, context)
        return
    conversation = await conv.in_flow(update, context, BOOKING, *steps)
    if conversation is None:
        return
    draft = BOOKING.draft(conversation)
    if pressed == FlowStep("abort"):
        await conv.finish(context, conversation)
        await answer(update)
        context.record(kind="booking.abort")
        await edit_or_reply(update, context, context.t("consult-aborted"))
        return
    if pressed == FlowStep("back"):
        if not draft.trail:
            await stale_button(update, context)
            return
        context.record(kind="booking.back", subject=conversation.step)
        await show_step(update, context, conversation, draft, draft.trail[-1])
        return
    if isinstance(pressed, PickTopic) and not draft.reschedule_of:
        if pressed.topic != draft.topic:
            draft = draft.model_copy(update={"topic": pressed.topic, "advisor_id": None, "advisor_ids": [],
                                             "start": None, "day": None})
        context.record(topic=pressed.topic)
        await show_advisors(update, context, conversation, draft)
        return
    if isinstance(pressed, BackToAdvisors) and draft.topic and not draft.reschedule_of:
        await show_advisors(update, context, conversation, draft)
        return
    if isinstance(pressed, PickAdvisor) and draft.topic and not draft.reschedule_of:
        await _pick_advisor(update, context, conversation, draft, pressed.advisor_id)
        return
    if not draft.advisor_ids:
        await stale_button(update, context)
        return
    if isinstance(pressed, CalendarPage):
        await show_calendar(update, context, conversation, draft, pressed.page)
    elif isinstance(pressed, PickDay):
        await show_times(update, context, conversation, draft, pressed.day)
    elif isinstance(pressed, PickTime):
        await choose_time(update, context, conversation, draft, pressed.start)
    elif isinstance(pressed, PickMode) and draft.start:
        draft.mode = pressed.mode
        await after_mode(update, context, conversation, draft)
    elif pressed == FlowStep("skipdesc") and draft.mode:
        await after_description(update, context, conversation, draft)
    elif pressed == FlowStep("keepphone") and draft.mode == "phone" and draft.phone:
        await show_summary(update, context, conversation, draft)
    elif pressed == FlowStep("confirm") and draft.mode and draft.start \
            and (draft.mode != "phone" or draft.phone or draft.reschedule_of):
        await confirm(update, context, conversation, draft)
    else:
        await stale_button(update, context)


async def _pick_advisor(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                        advisor_id: int | None) -> None:
    if advisor_id is None:
        draft.advisor_id, draft.advisor_ids = None, list(draft.candidates)
    else:
        advisor = await context.services.consultations.get_advisor(advisor_id) \
            if advisor_id in draft.candidates else None
        if advisor is None or not advisor.active:
            await stale_button(update, context)
            return
        draft.advisor_id, draft.advisor_ids = advisor.id, [advisor.id]
    await show_calendar(update, context, conversation, draft)


async def on_booking_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """Text in the booking flow: the description or the phone number at their steps; elsewhere, a hint."""
    message = update.effective_message
    assert message is not None
    if conversation.step not in ("description", "phone"):
        await conv.use_the_buttons(update, context)
        return
    draft = BOOKING.draft(conversation)
    if conversation.step == "phone":
        phone = normalise_phone(message.text)
        context.record(kind="booking.phone", outcome="ok" if phone else "invalid")
        if phone is None:
            await reply(update, context, context.t("consult-phone-invalid"), phone_keyboard(context, draft))
            return
        draft.phone = phone
        await show_summary(update, context, conversation, draft, new_message=True)
        return
    draft.description = (message.text or "").strip()[:MAX_TEXT] or None
    draft.from_question = False
    context.record(kind="booking.description")
    if draft.mode == "phone":
        await ask_phone(update, context, conversation, draft)
    else:
        await show_summary(update, context, conversation, draft, new_message=True)
