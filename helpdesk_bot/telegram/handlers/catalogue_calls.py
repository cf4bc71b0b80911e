"""/call (partners and staff): a cooperation call step by step; /calls (staff): overview and approval;
"I'm interested" under a call; "We agreed" under a relayed profile."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from helpdesk_bot.broadcasts.renderers import intent_button, translated_message
from helpdesk_bot.catalogue.calls import NEED_MAX, ORGANISATION_MAX, CallInput, CallView, pending_calls
from helpdesk_bot.catalogue.draft import CALL_FLOW, CallDraft
from helpdesk_bot.catalogue.renderers import mention_payload
from helpdesk_bot.catalogue.validation import ProfileError, clean_text
from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.catalogue.vocabulary import SECTORS
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import local_today
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import CALL_AGREED, CALL_INTEREST, CALL_REVIEW, CALL_STEPS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button, on_flow_text
from helpdesk_bot.telegram.handlers.catalogue_render import button
from helpdesk_bot.telegram.handlers.catalogue_steps import read_step_press, toggle_choice
from helpdesk_bot.telegram.handlers.common import command, requires_role, stale_button
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.web.language import ENDONYMS

TOGGLES = {"sectors": SECTORS, "countries": COUNTRIES, "languages": LANGUAGES}
TEXT_STEPS = {"need", "deadline", "budget", "organisation"}
OPTIONAL = {"budget", "organisation"}
_BUDGET_RE = re.compile(r"^\s*(\d{1,10})\s*(?:[-–]\s*(\d{1,10}))?\s*(?:eur|€)?\s*$", re.IGNORECASE)
_DATE_RE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def _next(step: str) -> str:
    return CALL_FLOW.steps[CALL_FLOW.steps.index(step) + 1]


def _budget(view: CallView | CallDraft) -> str:
    low, high = view.budget_min, view.budget_max
    if low is None and high is None:
        return "—"
    if low is not None and high is not None and low != high:
        return f"{low}–{high} EUR"
    return f"{high if high is not None else low} EUR"


def _summary(context: HelpdeskContext, draft: CallDraft) -> Markup:
    any_ = context.t("web-filter-any")
    return context.t(
        "call-summary", need=draft.need,
        sectors=", ".join(context.t(f"sector-{s}") for s in draft.sectors) or any_,
        countries=", ".join(context.t(f"country-{c}") for c in draft.countries) or any_,
        languages=", ".join(ENDONYMS[lang] for lang in draft.languages) or any_,
        deadline=draft.deadline or "—", budget=_budget(draft),
        cross_border=context.t("catalogue-btn-yes" if draft.cross_border else "catalogue-btn-no"),
        organisation=draft.organisation or "—")


def _prompt(context: HelpdeskContext, step: str, draft: CallDraft) -> tuple[Markup, InlineKeyboardMarkup]:
    text = context.t(f"call-ask-{step}")
    keyboard: list[list[Any]] = []
    if step in TOGGLES:
        chosen = set(getattr(draft, step))
        label = {"sectors": lambda v: context.t(f"sector-{v}"), "countries": lambda v: context.t(f"country-{v}"),
                 "languages": lambda v: ENDONYMS[v]}[step]
        keyboard = rows([button(("✅ " if v in chosen else "") + label(v), CALL_STEPS.encode("t", step, v)) for v in TOGGLES[step]],
                        2)
        keyboard.append([button(context.t("catalogue-btn-done"), CALL_STEPS.encode("d", step))])
    elif step == "cross_border":
        keyboard = [[button(context.t("catalogue-btn-yes"), CALL_STEPS.encode("v", "cross_border", "1")),
                     button(context.t("catalogue-btn-no"), CALL_STEPS.encode("v", "cross_border", "0"))]]
    elif step == "confirm":
        text = context.t("call-ask-confirm") + "\n\n" + _summary(context, draft)
        keyboard = [[button(context.t("call-btn-submit"), CALL_STEPS.encode("save", "1"))]]
    if step in OPTIONAL:
        keyboard.append([button(context.t("catalogue-btn-skip"), CALL_STEPS.encode("s", step))])
    keyboard.append([cancel_button(context)])
    return text, InlineKeyboardMarkup(keyboard)


async def _move(update: Update, context: HelpdeskContext, conv: Conversation, step: str, draft: CallDraft,
                *, edit: bool = False) -> None:
    if await CALL_FLOW.advance(context.services.conversations, conv, step, draft) is None:
        await stale_button(update, context)
        return
    text, keyboard = _prompt(context, step, draft)
    await (edit_or_reply if edit else reply)(update, context, text, keyboard)


@requires_role(Role.PARTNER)
async def call_command(update: Update, context: HelpdeskContext) -> None:
    """/call: start a cooperation call (partners, and staff on a company's behalf)."""
    draft = CallDraft()
    await CALL_FLOW.start(context.services.conversations, context.person.id, "need", draft)
    context.record(kind="catalogue.call", outcome="start")
    text, keyboard = _prompt(context, "need", draft)
    await reply(update, context, context.t("call-intro") + "\n\n" + text, keyboard)


def _parse_deadline(text: str) -> date:
    match = _DATE_RE.match(text)
    try:
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ProfileError("call-deadline-invalid") from None


async def on_text(update: Update, context: HelpdeskContext, conv: Conversation) -> None:
    """Answers of the text steps of /call."""
    message = update.effective_message
    text = message.text if message and message.text else ""
    draft = CALL_FLOW.draft(conv)
    step = conv.step
    if step not in TEXT_STEPS:
        await reply(update, context, context.t("catalogue-use-buttons"))
        return
    try:
        if step == "need":
            draft.need = clean_text(text, NEED_MAX, "call-need-invalid", required=True) or ""
        elif step == "deadline":
            deadline = _parse_deadline(text)
            if deadline <= local_today(context.services.clock.now(), context.person.timezone):  # their today
                raise ProfileError("call-deadline-past")
            draft.deadline = deadline.isoformat()
        elif step == "budget":
            match = _BUDGET_RE.match(text)
            if match is None:
                raise ProfileError("call-budget-invalid")
            low, high = int(match.group(1)), int(match.group(2) or match.group(1))
            if low > high:
                raise ProfileError("call-budget-invalid")
            draft.budget_min, draft.budget_max = low, high
        else:
            draft.organisation = clean_text(text, ORGANISATION_MAX, "call-organisation-invalid")
    except ProfileError as exc:
        context.record(outcome="invalid")
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}") + "\n\n" + context.t(f"call-ask-{step}"))
        return
    await _move(update, context, conv, _next(step), draft)


async def on_step_button(update: Update, context: HelpdeskContext) -> None:
    """Toggles, yes/no, skip and submit of /call."""
    press = await read_step_press(update, context, CALL_FLOW, CALL_STEPS)
    if press is None:
        return
    query = update.callback_query
    assert query is not None
    kind, step, value, conv = press.kind, press.step, press.value, press.conversation
    draft = CALL_FLOW.draft(conv)
    if kind == "t" and step in TOGGLES and value in TOGGLES[step]:
        if await toggle_choice(update, context, getattr(draft, step), value, step):
            await _move(update, context, conv, step, draft, edit=True)
    elif kind == "d" and step in TOGGLES:
        if step == "sectors" and not draft.sectors:
            await query.answer(context.t("catalogue-error-sector-missing"), show_alert=True)
            return
        await query.answer()
        await _move(update, context, conv, _next(step), draft)
    elif kind == "v" and step == "cross_border" and value in ("0", "1"):
        await query.answer()
        draft.cross_border = value == "1"
        await _move(update, context, conv, _next(step), draft)
    elif kind == "s" and step in OPTIONAL:
        await query.answer()
        await _move(update, context, conv, _next(step), draft)
    elif kind == "save":
        await query.answer()
        await _submit(update, context, conv, draft)
    else:
        await stale_button(update, context)


async def _submit(update: Update, context: HelpdeskContext, conv: Conversation, draft: CallDraft) -> None:
    person = context.person
    try:
        view = await context.services.catalogue.calls.post(person, CallInput(
            need=draft.need, sectors=tuple(draft.sectors), deadline=date.fromisoformat(draft.deadline or ""),
            countries=tuple(draft.countries), languages=tuple(draft.languages), cross_border=draft.cross_border,
            budget_min=draft.budget_min, budget_max=draft.budget_max, organisation=draft.organisation))
    except (ProfileError, ValueError) as exc:
        reason = exc.reason if isinstance(exc, ProfileError) else "call-deadline-invalid"
        await reply(update, context, context.t(f"catalogue-error-{reason}"))
        return
    await context.services.conversations.finish(person.id, version=conv.version)
    context.record(kind="catalogue.call", outcome="posted", subject=f"call:{view.id}")
    await edit_or_reply(update, context, context.t("call-posted"))


# ------------------------------------------------------------------ staff
def _call_line(context: HelpdeskContext, view: CallView) -> Markup:
    return context.t("call-line", id=view.id, need=view.need[:120], status=context.t(f"call-status-{view.status}"),
                     deadline=view.deadline.isoformat(), notified=view.notified, responses=view.responses,
                     agreed=view.agreed, organisation=view.organisation or "—")


@requires_role(Role.STAFF)
async def calls_command(update: Update, context: HelpdeskContext) -> None:
    """/calls: the newest calls with responses and outcomes; pending ones with Approve / Reject."""
    calls = context.services.catalogue.calls
    overview = await calls.overview(context.person)
    context.record(kind="staff.calls")
    if not overview:
        await reply(update, context, context.t("call-none"))
        return
    text = context.t("call-overview") + Markup("\n\n") + html_join("\n\n", (_call_line(context, v) for v in overview))
    pending = await pending_calls(calls, context.person)
    keyboard = [[button(context.t("call-btn-approve", id=v.id), CALL_REVIEW.encode("a", v.id)),
                 button(context.t("call-btn-reject", id=v.id), CALL_REVIEW.encode("r", v.id))] for v in pending[:8]]
    await reply(update, context, text, InlineKeyboardMarkup(keyboard) if keyboard else None)


@requires_role(Role.STAFF)
async def on_review(update: Update, context: HelpdeskContext) -> None:
    """Approve (notify matching profiles) or reject a pending call."""
    query = update.callback_query
    pressed = CALL_REVIEW.decode(query.data if query else None)
    args, call_id = ([str(pressed.verb)], pressed.id()) if pressed else (None, None)
    if query is None or args is None or args[0] not in ("a", "r") or call_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    approve = args[0] == "a"

    def notice(view: CallView) -> dict[str, object]:
        return translated_message(
            "call-notice", {"need": view.need, "deadline": view.deadline.isoformat(), "budget": _budget(view),
                            "organisation": view.organisation or "—"},
            buttons=[[intent_button("call-btn-interested", "ci", None, view.id)]])

    def poster_notice(view: CallView, notified: int) -> dict[str, object]:
        if not approve:
            return translated_message("call-rejected-poster", {"need": view.need[:120]})
        if notified == 0:
            return translated_message("call-no-match", {"need": view.need[:120]})
        return translated_message("call-approved-poster", {"need": view.need[:120], "count": notified})

    try:
        view = await context.services.catalogue.calls.review(context.person, call_id, approve=approve,
                                                             notice=notice, poster_notice=poster_notice)
    except ProfileError as exc:
        await edit_or_reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    context.record(kind="staff.call_review", outcome="approved" if approve else "rejected", subject=f"call:{view.id}",
                   value=view.notified)
    await edit_or_reply(update, context, context.t("call-reviewed", id=view.id, count=view.notified) if approve
                        else context.t("call-rejected", id=view.id))


# ------------------------------------------------------------------ creatives and posters
def _handle(context: HelpdeskContext) -> str:
    """How the poster sees the creative: their @username, else their first name (the message links the id)."""
    person = context.person
    return f"@{person.username}" if person.username else (person.first_name or str(person.telegram_id))


async def on_interested(update: Update, context: HelpdeskContext) -> None:
    """ "I'm interested": the creative's profile and handle go to the poster."""
    query = update.callback_query
    pressed = CALL_INTEREST.decode(query.data if query else None)
    call_id = pressed.id() if pressed else None
    if query is None or call_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    handle = _handle(context)

    def poster_notice(view: CallView, profile: ProfileView, response_id: int) -> dict[str, object]:
        return mention_payload(
            "call-interest", {"need": view.need[:120], "name": profile.display_name,
                              "place": ", ".join(p for p in (profile.city, profile.country) if p),
                              "offer": profile.offer_in("en") or ""},
            user_id=context.person.telegram_id, label=handle,
            buttons=[[intent_button("call-btn-agreed", "ca", None, response_id)]])

    try:
        view = await context.services.catalogue.calls.interested(context.person, call_id,
                                                                 poster_notice=poster_notice)
    except ProfileError as exc:
        context.record(kind="catalogue.call_interest", outcome=exc.reason)
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    context.record(kind="catalogue.call_interest", outcome="relayed", subject=f"call:{view.id}")
    await reply(update, context, context.t("call-interest-sent"))


async def on_agreed(update: Update, context: HelpdeskContext) -> None:
    """ "We agreed": the poster records the outcome of a response."""
    query = update.callback_query
    pressed = CALL_AGREED.decode(query.data if query else None)
    response_id = pressed.id() if pressed else None
    if query is None or response_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    try:
        view = await context.services.catalogue.calls.agree(context.person, response_id)
    except ProfileError as exc:
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    context.record(kind="catalogue.call_agreed", outcome="agreed", subject=f"call:{view.id}")
    await reply(update, context, context.t("call-agreed-noted"))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """/call, /calls and the buttons of calls."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("call", call_command, filters=private))
    application.add_handler(CommandHandler("calls", calls_command, filters=private))
    application.add_handler(CallbackQueryHandler(on_step_button, pattern=CALL_STEPS.pattern))
    application.add_handler(CallbackQueryHandler(on_review, pattern=CALL_REVIEW.pattern))
    application.add_handler(CallbackQueryHandler(on_interested, pattern=CALL_INTEREST.pattern))
    application.add_handler(CallbackQueryHandler(on_agreed, pattern=CALL_AGREED.pattern))
    on_flow_text(application, CALL_FLOW.name, on_text, restart_command="call")
    command(application, "call", Role.PARTNER)
    command(application, "calls", Role.STAFF)
