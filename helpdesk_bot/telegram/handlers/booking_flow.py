"""The booking flow of /book (and of rescheduling and rebooking), kept in the database.

topic -> advisor (filtered by topic and language, or "first available") -> day (calendar with only
days that have free slots) -> time -> mode -> short description -> summary -> confirm.
Times are shown in the person's time zone, always named.

The draft is a :class:`BookingDraft` in the person's conversation row (flow ``consult.book``): any bot
process can take the next press or message, and a restart loses nothing. Every step is saved with a
compare-and-set on the conversation's version before it is shown, so the same button pressed twice
(even in two processes) moves the flow once; the other press gets the stale-button answer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.consultations.slots import group_by_day
from helpdesk_bot.consultations.views import AdvisorView, BookingError
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.i18n.formatting import format_date, format_minutes, format_time
from helpdesk_bot.indicators import kinds
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callbacks import (
    MODES,
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
from helpdesk_bot.telegram.handlers.booking_calendar import calendar_keyboard
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.handlers.consultations_common import (
    MAX_TEXT,
    answer,
    too_late_text,
    when,
)
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.topics import TOPICS


class BookingDraft(BaseModel):
    """What the person chose so far."""

    description: str | None = None
    topic: str | None = None
    candidates: list[int] = []
    advisor_id: int | None = None
    advisor_ids: list[int] = []
    start: int | None = None
    slot_advisors: list[int] = []
    mode: str | None = None
    reschedule_of: int | None = None


BOOKING = Flow("consult.book", BookingDraft,
               steps=("topic", "advisor", "day", "time", "mode", "description", "confirm"), restart_command="book")


ACTION_STEPS: dict[type, tuple[str, ...]] = {
    PickTopic: ("topic",),
    PickAdvisor: ("advisor",),
    BackToAdvisors: ("day", "time"),
    CalendarPage: ("day", "time", "mode", "description", "confirm"),
    PickDay: ("day",),
    PickTime: ("time", "confirm"),
    PickMode: ("mode",),
}
FLOW_STEP_STEPS: dict[str, tuple[str, ...]] = {"skipdesc": ("description",), "confirm": ("confirm",), "abort": ()}
"""The steps at which each ``bk:`` button of the flow is valid (empty: any step)."""


def _abort_row(context: HelpdeskContext) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(context.t("consult-btn-abort"), callback_data=FlowStep("abort").encode())]


async def _save(update: Update, context: HelpdeskContext, conversation: Conversation, step: str,
                draft: BookingDraft) -> Conversation | None:
    """Move the flow to ``step``; None (the press answered as stale) when another update moved it first."""
    moved = await conv.advance(context, BOOKING, conversation, step, draft)
    if moved is None:
        await stale_button(update, context)
    return moved


# ---------------------------------------------------------------- starting
async def start_booking(update: Update, context: HelpdeskContext, *, description: str | None = None,
                        topic: str | None = None) -> None:
    """Start a new booking (the topic step), optionally with a description or topic already known."""
    draft = BookingDraft(description=(description or "").strip()[:MAX_TEXT] or None)
    conversation = await conv.start(context, BOOKING, "topic", draft)
    context.record(kind="booking.start", subject="fromq" if description else None)
    if topic in TOPICS:
        draft.topic = topic
        await show_advisors(update, context, conversation, draft)
        return
    buttons = [InlineKeyboardButton(context.t(f"topic-{t}"), callback_data=PickTopic(t).encode()) for t in TOPICS]
    rows = [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
    rows.append(_abort_row(context))
    text = context.t("consult-choose-topic")
    if draft.description:
        text = context.t("consult-from-question", question=draft.description) + "\n\n" + text
    await reply(update, context, text, InlineKeyboardMarkup(rows))


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
    conversation = await conv.start(context, BOOKING, "day", draft)
    if start is not None:
        slots = await _slots(context, draft)
        chosen = datetime.fromtimestamp(start, UTC)
        if chosen in slots:
            draft.start = start
            await show_summary(update, context, conversation, draft, new_message=True)
            return
    await show_calendar(update, context, conversation, draft)


# ---------------------------------------------------------------- the steps
async def show_advisors(update: Update, context: HelpdeskContext, conversation: Conversation,
                        draft: BookingDraft) -> None:
    """Advisors for the draft's topic in the person's language, plus "first available"."""
    assert draft.topic is not None
    advisors, language_matched = await context.services.consultations.advisors_for(draft.topic, context.lang)
    topic_name = context.t(f"topic-{draft.topic}")
    if not advisors:
        context.record(outcome="no_advisor", topic=draft.topic)
        await conv.finish(context, conversation)
        await edit_or_reply(update, context, context.t("consult-no-advisor", topic=topic_name),
                            InlineKeyboardMarkup([[InlineKeyboardButton(context.t("consult-btn-other-topic"),
                                                                        callback_data=FlowStep("restart").encode())]]))
        return
    draft.candidates = [a.id for a in advisors]
    if await _save(update, context, conversation, "advisor", draft) is None:
        return
    await answer(update)
    lines = [context.t("consult-choose-advisor", topic=topic_name)]
    if not language_matched:
        lines.append(context.t("consult-no-advisor-in-language"))
    for a in advisors:
        lines.append(context.t("consult-advisor-line", name=a.name, languages=", ".join(a.languages).upper(),
                               bio=a.bio(context.lang)))
    rows = [[InlineKeyboardButton(context.t("consult-btn-first-available"), callback_data=PickAdvisor(None).encode())]]
    rows += [[InlineKeyboardButton(a.name, callback_data=PickAdvisor(a.id).encode())] for a in advisors]
    rows.append(_abort_row(context))
    await edit_or_reply(update, context, html_join("\n\n", lines), InlineKeyboardMarkup(rows))


async def _slots(context: HelpdeskContext, draft: BookingDraft) -> dict[datetime, list[int]]:
    return await context.services.consultations.slots_for(draft.advisor_ids, exclude_booking=draft.reschedule_of)


async def show_calendar(update: Update, context: HelpdeskContext, conversation: Conversation,
                        draft: BookingDraft, page: int = 0) -> None:
    """The day step."""
    grouped = group_by_day(await _slots(context, draft), context.person.timezone)
    if await _save(update, context, conversation, "day", draft) is None:
        return
    await answer(update)
    if not grouped:
        context.record(outcome="no_slots")
        rows = [[InlineKeyboardButton(context.t("consult-btn-other-advisor"), callback_data=BackToAdvisors().encode())]] \
            if draft.topic and not draft.reschedule_of else []
        rows.append(_abort_row(context))
        await edit_or_reply(update, context, context.t("consult-no-slots"), InlineKeyboardMarkup(rows))
        return
    keyboard, _page = calendar_keyboard(context, set(grouped), page)
    await edit_or_reply(update, context, context.t("consult-choose-day", timezone=context.person.timezone), keyboard)


async def show_times(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                     day: date) -> None:
    """The time step: free slots of one day in the person's zone."""
    grouped = group_by_day(await _slots(context, draft), context.person.timezone)
    slots = grouped.get(day, [])
    if not slots:
        await show_calendar(update, context, conversation, draft)
        return
    if await _save(update, context, conversation, "time", draft) is None:
        return
    await answer(update)
    tz = context.person.timezone
    buttons = [InlineKeyboardButton(format_time(s, context.lang, tz), callback_data=PickTime(int(s.timestamp())).encode())
               for s in slots]
    rows = [buttons[i:i + 4] for i in range(0, len(buttons), 4)]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode())])
    rows.append(_abort_row(context))
    await edit_or_reply(update, context, context.t("consult-choose-time", day=format_date(day, context.lang),
                                                   timezone=tz), InlineKeyboardMarkup(rows))


async def _advisors_by_id(context: HelpdeskContext, ids: list[int]) -> dict[int, AdvisorView]:
    result = {}
    for advisor_id in ids:
        advisor = await context.services.consultations.get_advisor(advisor_id)
        if advisor is not None:
            result[advisor_id] = advisor
    return result


def _start(draft: BookingDraft) -> datetime:
    assert draft.start is not None
    return datetime.fromtimestamp(int(draft.start), UTC)


async def show_modes(update: Update, context: HelpdeskContext, conversation: Conversation,
                     draft: BookingDraft) -> None:
    """The mode step: the modes the advisor(s) free at the chosen time offer."""
    advisors = await _advisors_by_id(context, draft.slot_advisors or draft.advisor_ids)
    if await _save(update, context, conversation, "mode", draft) is None:
        return
    await answer(update)
    modes = [m for m in MODES if any(m in a.modes for a in advisors.values())]
    rows = [[InlineKeyboardButton(context.t(f"consult-mode-{m}"), callback_data=PickMode(m).encode())] for m in modes]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode())])
    rows.append(_abort_row(context))
    await edit_or_reply(update, context, context.t("consult-choose-mode", when=when(context, _start(draft))),
                        InlineKeyboardMarkup(rows))


async def ask_description(update: Update, context: HelpdeskContext, conversation: Conversation,
                          draft: BookingDraft) -> None:
    """The description step (free text, or skip)."""
    if await _save(update, context, conversation, "description", draft) is None:
        return
    await answer(update)
    await edit_or_reply(update, context, context.t("consult-ask-description"), InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("consult-btn-skip"), callback_data=FlowStep("skipdesc").encode())], _abort_row(context)]))


async def show_summary(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                       *, new_message: bool = False) -> None:
    """The summary with Confirm."""
    advisors = await _advisors_by_id(context, draft.advisor_ids)
    if await _save(update, context, conversation, "confirm", draft) is None:
        return
    await answer(update)
    if draft.advisor_id:
        advisor_name = advisors[draft.advisor_id].name if draft.advisor_id in advisors else "?"
    else:
        advisor_name = context.t("consult-first-available-advisor")
    assert draft.topic is not None and draft.mode is not None
    text = context.t(
        "consult-summary-reschedule" if draft.reschedule_of else "consult-summary",
        topic=context.t(f"topic-{draft.topic}"), advisor=advisor_name, when=when(context, _start(draft)),
        mode=context.t(f"consult-mode-{draft.mode}"), description=draft.description or "—",
        length=_length(context, advisors, draft),
    )
    keyboard = InlineKeyboardMarkup([
        [InlineKeyboardButton(context.t("consult-btn-confirm"), callback_data=FlowStep("confirm").encode())],
        [InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode()),
         InlineKeyboardButton(context.t("consult-btn-abort"), callback_data=FlowStep("abort").encode())],
    ])
    if new_message:
        await reply(update, context, text, keyboard)
    else:
        await edit_or_reply(update, context, text, keyboard)


def _length(context: HelpdeskContext, advisors: dict[int, AdvisorView], draft: BookingDraft) -> str:
    """The consultation's length: the chosen advisor's, else the range over the advisors who could take it."""
    chosen = [advisors[draft.advisor_id]] if draft.advisor_id in advisors else list(advisors.values())
    lengths = sorted({a.rules.slot_minutes for a in chosen})
    if not lengths:
        return "—"
    if len(lengths) == 1:
        return format_minutes(lengths[0], context.lang)
    return f"{lengths[0]}–{format_minutes(lengths[-1], context.lang)}"


def _alternatives_keyboard(context: HelpdeskContext, slots: tuple[datetime, ...]) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(when(context, s), callback_data=PickTime(int(s.timestamp())).encode())] for s in slots]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode())])
    rows.append(_abort_row(context))
    return InlineKeyboardMarkup(rows)


async def confirm(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft) -> None:
    """Create (or move) the booking; the flow is claimed (ended with its version) first, so it books once."""
    if not await conv.finish(context, conversation):
        await stale_button(update, context)
        return
    await answer(update)
    service = context.services.consultations
    start = _start(draft)
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
            )
    except BookingError as exc:
        context.record(outcome=exc.reason, subject=f"booking:{reschedule_of}" if reschedule_of else None)
        if exc.reason in ("slot_taken", "slot_unavailable"):
            # "first available": the alternatives are of the last advisor tried; any free advisor is taken
            await conv.start(context, BOOKING, "confirm", draft)  # the person picks another time
            await edit_or_reply(update, context, context.t("consult-slot-taken", zone=context.person.timezone),
                                _alternatives_keyboard(context, exc.alternatives))
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
    if isinstance(pressed, PickTopic) and not draft.reschedule_of:
        draft = draft.model_copy(update={"topic": pressed.topic, "advisor_id": None, "advisor_ids": [],
                                         "start": None})
        context.record(topic=pressed.topic)
        await show_advisors(update, context, conversation, draft)
        return
    if isinstance(pressed, BackToAdvisors) and draft.topic and not draft.reschedule_of:
        await show_advisors(update, context, conversation, draft)
        return
    if isinstance(pressed, PickAdvisor) and draft.topic and not draft.reschedule_of:
        if pressed.advisor_id is None:
            draft.advisor_id, draft.advisor_ids = None, list(draft.candidates)
        else:
            advisor = await context.services.consultations.get_advisor(pressed.advisor_id) \
                if pressed.advisor_id in draft.candidates else None
            if advisor is None or not advisor.active:
                await stale_button(update, context)
                return
            draft.advisor_id, draft.advisor_ids = advisor.id, [advisor.id]
        await show_calendar(update, context, conversation, draft)
        return
    if not draft.advisor_ids:
        await stale_button(update, context)
        return
    if isinstance(pressed, CalendarPage):
        await show_calendar(update, context, conversation, draft, pressed.page)
    elif isinstance(pressed, PickDay):
        await show_times(update, context, conversation, draft, pressed.day)
    elif isinstance(pressed, PickTime):
        await _choose_time(update, context, conversation, draft, pressed.start)
    elif isinstance(pressed, PickMode) and draft.start:
        draft.mode = pressed.mode
        if draft.description:
            await show_summary(update, context, conversation, draft)
        else:
            await ask_description(update, context, conversation, draft)
    elif pressed == FlowStep("skipdesc") and draft.mode:
        draft.description = None
        await show_summary(update, context, conversation, draft)
    elif pressed == FlowStep("confirm") and draft.mode and draft.start:
        await confirm(update, context, conversation, draft)
    else:
        await stale_button(update, context)


async def _choose_time(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                       ts: int) -> None:
    slots = await _slots(context, draft)
    chosen = datetime.fromtimestamp(ts, UTC)
    if chosen not in slots:
        await answer(update, context.t("consult-slot-gone"), alert=True)
        context.request.replied = True
        context.record(outcome="slot_gone")
        await show_calendar(update, context, conversation, draft)
        return
    draft.start, draft.slot_advisors = ts, slots[chosen]
    if draft.reschedule_of or draft.mode:
        advisors = await _advisors_by_id(context, slots[chosen])
        if draft.mode and any(draft.mode in a.modes for a in advisors.values()):
            await show_summary(update, context, conversation, draft)
            return
    await show_modes(update, context, conversation, draft)


async def on_booking_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """Text in the booking flow: the description at its step; at a step of buttons, a hint."""
    message = update.effective_message
    assert message is not None
    if conversation.step != "description":
        await conv.use_the_buttons(update, context)
        return
    draft = BOOKING.draft(conversation)
    draft.description = (message.text or "").strip()[:MAX_TEXT] or None
    context.record(kind="booking.description")
    await show_summary(update, context, conversation, draft, new_message=True)
