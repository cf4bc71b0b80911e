"""The booking flow of /book (and of rescheduling and rebooking), kept in the database: its draft and its screens.

topic -> advisor (filtered by topic and language, or "first available") -> day (calendar with only
days that have free slots) -> time -> mode -> short description -> phone number (phone consultations
only) -> summary -> confirm. Times are shown in the person's time zone, always named.

The draft is a :class:`BookingDraft` in the person's conversation row (flow ``consult.book``): any bot
process can take the next press or message, and a restart loses nothing. Every step is saved with a
compare-and-set on the conversation's version before it is shown, so the same button pressed twice
(even in two processes) moves the flow once; the other press gets the stale-button answer.

Every screen ends with Back (to the screen shown before it, the draft kept; absent on the first) and
Cancel. The screens shown so far are the draft's ``trail``: moving on appends the screen left, moving
back (Back, or a button like "Another day") cuts the trail at the screen returned to.
What the person does at each step (buttons, typed text, Back, confirming) is
:mod:`helpdesk_bot.telegram.handlers.booking_steps`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.consultations.slots import group_by_day
from helpdesk_bot.consultations.views import AdvisorView
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_date, format_minutes, format_time
from helpdesk_bot.telegram import conversation as conv
from helpdesk_bot.telegram.callbacks import (
    MODES,
    CalendarPage,
    FlowStep,
    PickAdvisor,
    PickMode,
    PickTime,
    PickTopic,
)
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.booking_calendar import calendar_keyboard
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.handlers.consultations_common import answer, when
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.topics import TOPICS


class BookingDraft(BaseModel):
    """What the person chose so far."""

    description: str | None = None
    from_question: bool = False
    """The description is the question the booking was started from (its step is not shown)."""
    topic: str | None = None
    candidates: list[int] = []
    advisor_id: int | None = None
    advisor_ids: list[int] = []
    day: date | None = None
    start: int | None = None
    slot_advisors: list[int] = []
    mode: str | None = None
    phone: str | None = None
    reschedule_of: int | None = None
    from_booking: bool = False
    """Mode, description and number come from an earlier booking (reschedule, book again): a time is enough."""
    trail: list[str] = []
    """The screens shown before the current one, oldest first (where Back goes)."""


STEPS = ("topic", "advisor", "day", "time", "mode", "description", "phone", "confirm")
BOOKING = Flow("consult.book", BookingDraft, steps=STEPS, restart_command="book")


def follow(draft: BookingDraft, current: str, step: str) -> None:
    """Record a move from screen ``current`` to ``step`` in the draft's trail."""
    if step == current:
        return
    if step in draft.trail:
        draft.trail = draft.trail[:draft.trail.index(step)]
    else:
        draft.trail = [*draft.trail, current]


def nav_row(context: HelpdeskContext, draft: BookingDraft) -> list[InlineKeyboardButton]:
    """Back (when there is a screen to go back to) and Cancel: the last row of every screen."""
    row = [InlineKeyboardButton(context.t("consult-btn-back"), callback_data=FlowStep("back").encode())] \
        if draft.trail else []
    row.append(InlineKeyboardButton(context.t("consult-btn-abort"), callback_data=FlowStep("abort").encode()))
    return row


async def save(update: Update, context: HelpdeskContext, conversation: Conversation, step: str,
               draft: BookingDraft) -> Conversation | None:
    """Move the flow to ``step``; None (the press answered as stale) when another update moved it first."""
    follow(draft, conversation.step, step)
    moved = await conv.advance(context, BOOKING, conversation, step, draft)
    if moved is None:
        await stale_button(update, context)
    return moved


# ---------------------------------------------------------------- the screens
def topics_screen(context: HelpdeskContext, draft: BookingDraft) -> tuple[Markup, InlineKeyboardMarkup]:
    """The topic step's text and buttons."""
    buttons = [InlineKeyboardButton(context.t(f"topic-{t}"), callback_data=PickTopic(t).encode())
               for t in TOPICS]
    rows = [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
    rows.append(nav_row(context, draft))
    text = context.t("consult-choose-topic")
    if draft.description and draft.from_question:
        text = context.t("consult-from-question", question=draft.description) + "\n\n" + text
    return text, InlineKeyboardMarkup(rows)


async def show_topics(update: Update, context: HelpdeskContext, conversation: Conversation,
                      draft: BookingDraft) -> None:
    """The topic step again (Back from the advisors)."""
    if await save(update, context, conversation, "topic", draft) is None:
        return
    await answer(update)
    await edit_or_reply(update, context, *topics_screen(context, draft))


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
    if await save(update, context, conversation, "advisor", draft) is None:
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
    rows.append(nav_row(context, draft))
    await edit_or_reply(update, context, html_join("\n\n", lines), InlineKeyboardMarkup(rows))


async def slots_of(context: HelpdeskContext, draft: BookingDraft) -> dict[datetime, list[int]]:
    """Free slots of the draft's advisors (a booking being moved does not hold its own slot)."""
    return await context.services.consultations.slots_for(draft.advisor_ids, exclude_booking=draft.reschedule_of)


async def show_calendar(update: Update, context: HelpdeskContext, conversation: Conversation,
                        draft: BookingDraft, page: int = 0) -> None:
    """The day step."""
    grouped = group_by_day(await slots_of(context, draft), context.person.timezone)
    if await save(update, context, conversation, "day", draft) is None:
        return
    await answer(update)
    if not grouped:
        context.record(outcome="no_slots")
        await edit_or_reply(update, context, context.t("consult-no-slots"),
                            InlineKeyboardMarkup([nav_row(context, draft)]))
        return
    keyboard, _page = calendar_keyboard(context, set(grouped), page, nav_row(context, draft))
    await edit_or_reply(update, context, context.t("consult-choose-day", timezone=context.person.timezone), keyboard)


async def show_times(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                     day: date) -> None:
    """The time step: free slots of one day in the person's zone."""
    grouped = group_by_day(await slots_of(context, draft), context.person.timezone)
    slots = grouped.get(day, [])
    if not slots:
        await show_calendar(update, context, conversation, draft)
        return
    draft.day = day
    if await save(update, context, conversation, "time", draft) is None:
        return
    await answer(update)
    tz = context.person.timezone
    buttons = [InlineKeyboardButton(format_time(s, context.lang, tz), callback_data=PickTime(int(s.timestamp())).encode())
               for s in slots]
    rows = [buttons[i:i + 4] for i in range(0, len(buttons), 4)]
    rows.append(nav_row(context, draft))
    await edit_or_reply(update, context, context.t("consult-choose-time", day=format_date(day, context.lang),
                                                   timezone=tz), InlineKeyboardMarkup(rows))


async def advisors_by_id(context: HelpdeskContext, ids: list[int]) -> dict[int, AdvisorView]:
    """The advisors of ``ids`` that still exist."""
    result = {}
    for advisor_id in ids:
        advisor = await context.services.consultations.get_advisor(advisor_id)
        if advisor is not None:
            result[advisor_id] = advisor
    return result


def start_of(draft: BookingDraft) -> datetime:
    """The chosen time."""
    assert draft.start is not None
    return datetime.fromtimestamp(int(draft.start), UTC)


async def show_modes(update: Update, context: HelpdeskContext, conversation: Conversation,
                     draft: BookingDraft) -> None:
    """The mode step: the modes the advisor(s) free at the chosen time offer (the chosen one ticked)."""
    advisors = await advisors_by_id(context, draft.slot_advisors or draft.advisor_ids)
    if await save(update, context, conversation, "mode", draft) is None:
        return
    await answer(update)
    modes = [m for m in MODES if any(m in a.modes for a in advisors.values())]
    rows = [[InlineKeyboardButton(("✓ " if m == draft.mode else "") + context.t(f"consult-mode-{m}"),
                                  callback_data=PickMode(m).encode())] for m in modes]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode())])
    rows.append(nav_row(context, draft))
    await edit_or_reply(update, context, context.t("consult-choose-mode", when=when(context, start_of(draft))),
                        InlineKeyboardMarkup(rows))


async def ask_description(update: Update, context: HelpdeskContext, conversation: Conversation,
                          draft: BookingDraft) -> None:
    """The description step: free text, or skip (keep, when there is one already)."""
    if await save(update, context, conversation, "description", draft) is None:
        return
    await answer(update)
    text = context.t("consult-ask-description")
    if draft.description:
        text = text + "\n\n" + context.t("consult-from-question", question=draft.description)
    label = "consult-btn-keep-as-is" if draft.description else "consult-btn-skip"
    await edit_or_reply(update, context, text, InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t(label), callback_data=FlowStep("skipdesc").encode())],
         nav_row(context, draft)]))


def phone_keyboard(context: HelpdeskContext, draft: BookingDraft) -> InlineKeyboardMarkup:
    """The phone step's buttons: keep the number given before (if any), Back, Cancel."""
    rows = [[InlineKeyboardButton(context.t("consult-btn-keep-as-is"), callback_data=FlowStep("keepphone").encode())]] \
        if draft.phone else []
    rows.append(nav_row(context, draft))
    return InlineKeyboardMarkup(rows)


async def ask_phone(update: Update, context: HelpdeskContext, conversation: Conversation,
                    draft: BookingDraft) -> None:
    """The phone step (phone consultations): the number the advisor calls, typed."""
    if await save(update, context, conversation, "phone", draft) is None:
        return
    await answer(update)
    text = context.t("consult-ask-phone")
    if draft.phone:
        text = text + "\n\n" + context.t("consult-your-number", phone=draft.phone)
    await edit_or_reply(update, context, text, phone_keyboard(context, draft))


async def show_summary(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                       *, new_message: bool = False) -> None:
    """The summary with Confirm: topic, advisor, time, length, mode (with the number for a phone call)."""
    advisors = await advisors_by_id(context, draft.advisor_ids)
    if await save(update, context, conversation, "confirm", draft) is None:
        return
    await answer(update)
    if draft.advisor_id:
        advisor_name = advisors[draft.advisor_id].name if draft.advisor_id in advisors else "?"
    else:
        advisor_name = context.t("consult-first-available-advisor")
    assert draft.topic is not None and draft.mode is not None
    mode = context.t(f"consult-mode-{draft.mode}")
    if draft.mode == "phone" and draft.phone:
        mode = context.t("consult-mode-with-number", mode=mode, phone=draft.phone)
    text = context.t(
        "consult-summary-reschedule" if draft.reschedule_of else "consult-summary",
        topic=context.t(f"topic-{draft.topic}"), advisor=advisor_name, when=when(context, start_of(draft)),
        mode=mode, description=draft.description or "—", length=length_text(context, advisors, draft),
    )
    keyboard = InlineKeyboardMarkup([
        [InlineKeyboardButton(context.t("consult-btn-confirm"), callback_data=FlowStep("confirm").encode())],
        [InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode())],
        nav_row(context, draft),
    ])
    if new_message:
        await reply(update, context, text, keyboard)
    else:
        await edit_or_reply(update, context, text, keyboard)


def length_text(context: HelpdeskContext, advisors: dict[int, AdvisorView], draft: BookingDraft) -> str:
    """The consultation's length: the chosen advisor's, else the range over the advisors who could take it."""
    chosen = [advisors[draft.advisor_id]] if draft.advisor_id in advisors else list(advisors.values())
    lengths = sorted({a.rules.slot_minutes for a in chosen})
    if not lengths:
        return "—"
    if len(lengths) == 1:
        return format_minutes(lengths[0], context.lang)
    return f"{lengths[0]}–{format_minutes(lengths[-1], context.lang)}"


def alternatives_keyboard(context: HelpdeskContext, draft: BookingDraft,
                          slots: tuple[datetime, ...]) -> InlineKeyboardMarkup:
    """Other free times after a slot was taken, Another day, Back and Cancel."""
    rows = [[InlineKeyboardButton(when(context, s), callback_data=PickTime(int(s.timestamp())).encode())] for s in slots]
    rows.append([InlineKeyboardButton(context.t("consult-btn-other-day"), callback_data=CalendarPage(0).encode())])
    rows.append(nav_row(context, draft))
    return InlineKeyboardMarkup(rows)


async def show_step(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                    step: str) -> None:
    """Show the screen of ``step`` from the draft (Back)."""
    if step == "topic":
        await show_topics(update, context, conversation, draft)
    elif step == "advisor" and draft.topic:
        await show_advisors(update, context, conversation, draft)
    elif step == "day":
        await show_calendar(update, context, conversation, draft)
    elif step == "time" and draft.start is not None:
        day = draft.day or start_of(draft).astimezone(ZoneInfo(context.person.timezone)).date()
        await show_times(update, context, conversation, draft, day)
    elif step == "mode" and draft.start is not None:
        await show_modes(update, context, conversation, draft)
    elif step == "description":
        await ask_description(update, context, conversation, draft)
    elif step == "phone":
        await ask_phone(update, context, conversation, draft)
    else:
        await stale_button(update, context)
