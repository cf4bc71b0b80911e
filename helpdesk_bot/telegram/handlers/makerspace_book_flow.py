"""Booking a machine in Telegram, a conversation kept in the database (flow ``makerspace.book``): the
resource (its induction checked), the day, the start, the length, the summary and the confirmation;
a start time or a length may also be typed (:func:`on_text`). The ``ms:`` buttons reach these steps
through the router of :mod:`.makerspace`, which also registers the text step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.i18n.formatting import format_date, format_datetime, format_time
from helpdesk_bot.makerspace.notifications import booking_args
from helpdesk_bot.makerspace.views import MakerError, ResourceView
from helpdesk_bot.scheduling.spans import SpanError, local_start
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button
from helpdesk_bot.telegram.handlers.common import stale_button
from helpdesk_bot.telegram.handlers.makerspace_common import (
    TIME,
    answer,
    error_text,
    induction_refusal,
    length_label,
    parse_length,
)
from helpdesk_bot.telegram.makerspace_callbacks import encode
from helpdesk_bot.telegram.replies import edit_or_reply, reply


class BookingDraft(BaseModel):
    """The machine booking being put together."""

    resource_id: int
    day: date | None = None
    start: int | None = None  # unix seconds (UTC)
    slots: int | None = None
    reschedule_of: int | None = None


BOOKING: Flow[BookingDraft] = Flow("makerspace.book", BookingDraft, steps=("day", "start", "length", "confirm"),
                                   restart_command="makerspace")
MAX_START_BUTTONS = 24


def resource_today(context: HelpdeskContext, resource: ResourceView) -> date:
    """Today's date in the resource's time zone."""
    from zoneinfo import ZoneInfo

    return context.services.clock.now().astimezone(ZoneInfo(resource.timezone)).date()


async def choose_resource(update: Update, context: HelpdeskContext, resource_id: int,
                          reschedule_of: int | None = None) -> None:
    """A resource was picked: check the induction, then start the flow at the day step."""
    try:
        resource = await context.services.makerspace.makers.resource_by_id(resource_id)
    except MakerError:
        await stale_button(update, context)
        return
    context.record(kind="makerspace.resource", topic=resource.key)
    status = await context.services.makerspace.inductions.status(context.person.id, resource)
    if not status.allowed:
        context.record(outcome="induction_required")
        text, keyboard = induction_refusal(context, resource, status)
        await answer(update)
        await reply(update, context, text, keyboard)
        return
    draft = BookingDraft(resource_id=resource.id, reschedule_of=reschedule_of)
    conversation = await BOOKING.start(context.services.conversations, context.person.id, "day", draft)
    await answer(update)
    await show_days(update, context, resource, conversation)


async def show_days(update: Update, context: HelpdeskContext, resource: ResourceView,
                    conversation: Conversation) -> None:
    """The days with a free start, as buttons."""
    draft = BOOKING.draft(conversation)
    starts = await context.services.makerspace.makers.bookable(resource, exclude_booking=draft.reschedule_of)
    days = sorted({g.day for g in starts})
    head: list[str] = [context.t("ms-resource-head", resource=resource.name(context.lang), units=str(resource.units))]
    if resource.description(context.lang):
        head.append(resource.description(context.lang))
    if resource.price(context.lang):
        head.append(context.t("ms-price", price=resource.price(context.lang)))
    rules = resource.rules
    head.append(context.t("ms-lengths", min=length_label(context, rules.min_slots * rules.slot_minutes),
                          max=length_label(context, rules.max_slots * rules.slot_minutes)))
    if not days:
        head.append(context.t("ms-no-free-days"))
        await edit_or_reply(update, context, html_join("\n", head), InlineKeyboardMarkup([[cancel_button(context)]]))
        return
    head.append(context.t("ms-choose-day", zone=resource.timezone))
    buttons = [InlineKeyboardButton(format_date(d, context.lang), callback_data=encode("day", resource.id,
                                                                                        d.toordinal()))
               for d in days]
    rows = [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
    rows.append([InlineKeyboardButton(context.t("ms-btn-back"), callback_data=encode("list")), cancel_button(context)])
    await edit_or_reply(update, context, html_join("\n", head), InlineKeyboardMarkup(rows))


async def _flow(update: Update, context: HelpdeskContext, *steps: str) -> tuple[Conversation, BookingDraft,
                                                                                ResourceView] | None:
    """The person's booking conversation at one of ``steps`` with its resource, or a stale-button answer."""
    conversation = await context.services.conversations.current(context.person.id)
    if conversation is None or not BOOKING.owns(conversation, *steps) or conversation.is_expired(
            context.services.clock.now()):
        await stale_button(update, context)
        return None
    draft = BOOKING.draft(conversation)
    try:
        resource = await context.services.makerspace.makers.resource_by_id(draft.resource_id)
    except MakerError:
        await stale_button(update, context)
        return None
    return conversation, draft, resource


async def choose_day(update: Update, context: HelpdeskContext, resource_id: int, ordinal: int) -> None:
    """A day was picked: its free starts."""
    found = await _flow(update, context, "day", "start", "length", "confirm")
    if found is None:
        return
    conversation, draft, resource = found
    if resource.id != resource_id or not 1 <= ordinal <= date.max.toordinal():
        await stale_button(update, context)
        return
    day = date.fromordinal(ordinal)
    starts = [g for g in await context.services.makerspace.makers.bookable(resource,
                                                                            exclude_booking=draft.reschedule_of)
              if g.day == day]
    advanced = await BOOKING.advance(context.services.conversations, conversation, "start",
                                     draft.model_copy(update={"day": day, "start": None, "slots": None}))
    if advanced is None:
        await stale_button(update, context)
        return
    await answer(update)
    if not starts:
        await edit_or_reply(update, context, context.t("ms-day-full"), InlineKeyboardMarkup([[
            InlineKeyboardButton(context.t("ms-btn-other-day"), callback_data=encode("res", resource.id))]]))
        return
    tz = context.person.timezone
    buttons = [InlineKeyboardButton(format_time(g.start, context.lang, tz),
                                    callback_data=encode("start", resource.id, int(g.start.timestamp())))
               for g in starts[:MAX_START_BUTTONS]]
    rows = [buttons[i:i + 4] for i in range(0, len(buttons), 4)]
    rows.append([InlineKeyboardButton(context.t("ms-btn-other-day"), callback_data=encode("res", resource.id)),
                 cancel_button(context)])
    await edit_or_reply(update, context, context.t("ms-choose-start", resource=resource.name(context.lang),
                                                   day=format_date(day, context.lang), zone=tz),
                        InlineKeyboardMarkup(rows))


async def choose_start(update: Update, context: HelpdeskContext, resource_id: int, start: int) -> None:
    """A start was picked (button or typed): the lengths one unit is free for."""
    found = await _flow(update, context, "start", "length", "confirm")
    if found is None:
        return
    conversation, draft, resource = found
    if resource.id != resource_id:
        await stale_button(update, context)
        return
    await _offer_lengths(update, context, conversation, draft, resource, datetime.fromtimestamp(start, UTC))


async def _offer_lengths(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                         resource: ResourceView, moment: datetime) -> None:
    lengths = await context.services.makerspace.makers.lengths(resource, moment, exclude_booking=draft.reschedule_of)
    await answer(update)
    if not lengths:
        why = await context.services.makerspace.makers.why_not(resource, moment, resource.rules.min_slots,
                                                                 exclude_booking=draft.reschedule_of)
        context.record(outcome=why.reason if why else "unavailable")
        await reply(update, context, error_text(context, why, resource) if why else context.t(
            "ms-start-unavailable", resource=resource.name(context.lang)))
        return
    advanced = await BOOKING.advance(context.services.conversations, conversation, "length",
                                     draft.model_copy(update={"start": int(moment.timestamp()), "slots": None}))
    if advanced is None:
        await stale_button(update, context)
        return
    slot = resource.rules.slot_minutes
    buttons = [InlineKeyboardButton(length_label(context, n * slot), callback_data=encode("len", n)) for n in lengths]
    rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
    rows.append([cancel_button(context)])
    await edit_or_reply(update, context, context.t(
        "ms-choose-length", resource=resource.name(context.lang),
        when=format_datetime(moment, context.lang, context.person.timezone),
        max=length_label(context, resource.rules.max_slots * slot)), InlineKeyboardMarkup(rows))


async def choose_length(update: Update, context: HelpdeskContext, slots: int) -> None:
    """A length was picked (button or typed): the summary with Confirm."""
    found = await _flow(update, context, "length", "confirm")
    if found is None:
        return
    conversation, draft, resource = found
    await _summary(update, context, conversation, draft, resource, slots)


async def _summary(update: Update, context: HelpdeskContext, conversation: Conversation, draft: BookingDraft,
                   resource: ResourceView, slots: int) -> None:
    assert draft.start is not None
    moment = datetime.fromtimestamp(draft.start, UTC)
    await answer(update)
    rules = resource.rules
    if slots > rules.max_slots or slots < rules.min_slots:
        context.record(outcome="too_long" if slots > rules.max_slots else "too_short")
        await reply(update, context, error_text(context, MakerError("too_long" if slots > rules.max_slots
                                                                    else "too_short"), resource))
        return
    if slots not in await context.services.makerspace.makers.lengths(resource, moment,
                                                                      exclude_booking=draft.reschedule_of):
        why = await context.services.makerspace.makers.why_not(resource, moment, slots,
                                                                 exclude_booking=draft.reschedule_of)
        context.record(outcome=why.reason if why else "unavailable")
        await reply(update, context, error_text(context, why, resource) if why and why.reason != "full"
                    else context.t("ms-length-unavailable"))
        return
    advanced = await BOOKING.advance(context.services.conversations, conversation, "confirm",
                                     draft.model_copy(update={"slots": slots}))
    if advanced is None:
        await stale_button(update, context)
        return
    end = moment + timedelta(minutes=slots * rules.slot_minutes)
    tz = context.person.timezone
    text = context.t("ms-summary", resource=resource.name(context.lang),
                     when=format_datetime(moment, context.lang, tz), until=format_time(end, context.lang, tz),
                     length=length_label(context, slots * rules.slot_minutes))
    if resource.price(context.lang):
        text = html_join("\n", [text, context.t("ms-price", price=resource.price(context.lang))])
    await edit_or_reply(update, context, text, InlineKeyboardMarkup([[
        InlineKeyboardButton(context.t("ms-btn-confirm"), callback_data=encode("ok")), cancel_button(context)]]))


async def confirm(update: Update, context: HelpdeskContext) -> None:
    """Confirm: the booking (or the move) is made in one transaction; the flow ends."""
    found = await _flow(update, context, "confirm")
    if found is None:
        return
    conversation, draft, resource = found
    assert draft.start is not None and draft.slots is not None
    makers = context.services.makerspace.makers
    moment = datetime.fromtimestamp(draft.start, UTC)
    await answer(update)
    try:
        if draft.reschedule_of is not None:
            booking = await makers.reschedule(draft.reschedule_of, context.person.id, moment, draft.slots)
        else:
            booking = await makers.book(person_id=context.person.id, resource_key=resource.key, starts_at=moment,
                                        slots=draft.slots)
    except MakerError as exc:
        context.record(kind="makerspace.book", outcome=exc.reason, topic=resource.key)
        await _refused(update, context, exc, resource)
        return
    await context.services.conversations.finish(context.person.id, version=conversation.version)
    context.record(kind="makerspace.book", outcome="moved" if draft.reschedule_of else "ok", topic=resource.key,
                   subject=f"mbooking:{booking.id}", value=booking.hours)
    key = "ms-moved" if draft.reschedule_of is not None else "ms-booked"
    await edit_or_reply(update, context, context.t(key, **booking_args(booking, context.lang, context.person.timezone)))


async def _refused(update: Update, context: HelpdeskContext, exc: MakerError, resource: ResourceView) -> None:
    if exc.status is not None and exc.status.induction is not None:
        text, keyboard = induction_refusal(context, resource, exc.status)
        await reply(update, context, text, keyboard)
        return
    text = error_text(context, exc, resource)
    rows = []
    if exc.alternatives:
        text = html_join("\n", [text, context.t("ms-alternatives")])
    for moment in exc.alternatives:
        rows.append([InlineKeyboardButton(format_datetime(moment, context.lang, context.person.timezone),
                                          callback_data=encode("start", resource.id, int(moment.timestamp())))])
    await reply(update, context, text, InlineKeyboardMarkup(rows) if rows else None)


# ---------------------------------------------------------------- typed start times and lengths
async def on_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
    """Free text inside the booking flow: a start time (``14:30``) or a length (``90``, ``1:30``, ``2h``)."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    draft = BOOKING.draft(conversation)
    try:
        resource = await context.services.makerspace.makers.resource_by_id(draft.resource_id)
    except MakerError as exc:
        await reply(update, context, error_text(context, exc))
        return
    if conversation.step == "start" and draft.day is not None:
        match = TIME.match(text)
        minute = int(match.group(1)) * 60 + int(match.group(2)) if match else -1
        if not match or int(match.group(2)) >= 60 or minute >= 24 * 60:
            context.record(outcome="invalid")
            await reply(update, context, context.t("ms-type-start"))
            return
        try:
            moment = local_start(draft.day, minute, resource.timezone)
        except SpanError:
            context.record(outcome="dst")
            await reply(update, context, error_text(context, MakerError("dst"), resource))
            return
        await _offer_lengths(update, context, conversation, draft, resource, moment)
        return
    if conversation.step in ("length", "confirm") and draft.start is not None:
        minutes = parse_length(text)
        slot = resource.rules.slot_minutes
        if minutes is None or minutes <= 0 or minutes % slot:
            context.record(outcome="invalid")
            await reply(update, context, context.t("ms-type-length", slot=length_label(context, slot)))
            return
        await _summary(update, context, conversation, draft, resource, minutes // slot)
        return
    context.record(outcome="invalid")
    await reply(update, context, context.t("ms-use-buttons"))
