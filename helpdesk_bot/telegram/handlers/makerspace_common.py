"""Pieces shared by the makerspace handlers: lengths, refusals in the person's language, the induction way."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_datetime
from helpdesk_bot.makerspace.views import InductionStatus, MakerError, ResourceView
from helpdesk_bot.telegram.callback_areas import EVENTS
from helpdesk_bot.telegram.context import HelpdeskContext


async def answer(update: Update, text: str | None = None, alert: bool = False) -> None:
    """Stop the button's spinner."""
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text, show_alert=alert)
        except Exception:  # too old a query
            pass


def length_label(context: HelpdeskContext, minutes: int) -> Markup:
    """``90`` -> ``1 h 30 min`` in the person's language."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return context.t("ms-length-min", minutes=str(rest))
    if not rest:
        return context.t("ms-length-h", hours=str(hours))
    return context.t("ms-length-hmin", hours=str(hours), minutes=str(rest))


def error_text(context: HelpdeskContext, exc: MakerError, resource: ResourceView | None = None) -> Markup:
    """A refusal in the person's language, with what they can do instead."""
    rules = resource.rules if resource else None
    args = {
        "resource": resource.name(context.lang) if resource else "—",
        "max": length_label(context, rules.max_slots * rules.slot_minutes) if rules else "—",
        "min": length_label(context, rules.min_slots * rules.slot_minutes) if rules else "—",
        "limit": str(exc.details.get("limit", "")),
        "code": str(exc.details.get("key", "")),
    }
    return context.t(f"ms-error-{exc.reason}", **args)


def induction_refusal(context: HelpdeskContext, resource: ResourceView,
                      status: InductionStatus) -> tuple[Markup, InlineKeyboardMarkup | None]:
    """Why the person may not book ``resource`` and the way to the induction (next session or whom to ask)."""
    induction = status.induction
    assert induction is not None
    key = "ms-induction-expired" if status.expired else "ms-induction-required"
    lines = [context.t(key, resource=resource.name(context.lang), induction=induction.name(context.lang))]
    keyboard = None
    if status.next_event_id is not None and status.next_event_at is not None:
        lines.append(context.t("ms-induction-next", when=format_datetime(status.next_event_at, context.lang,
                                                                         context.person.timezone)))
        keyboard = InlineKeyboardMarkup([[
            InlineKeyboardButton(context.t("ev-button-register"), callback_data=EVENTS.encode("reg", status.next_event_id)),
            InlineKeyboardButton(context.t("ev-button-details"), callback_data=EVENTS.encode("show", status.next_event_id)),
        ]])
    if induction.contact:
        lines.append(context.t("ms-induction-ask", contact=induction.contact))
    elif keyboard is None:
        lines.append(context.t("ms-induction-ask-staff"))
    return html_join("\n", lines), keyboard


TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
_LENGTH = re.compile(r"^\s*(?:(\d{1,2})\s*[:h]\s*(\d{0,2})\s*(?:min)?|(\d{1,4})\s*(?:min|m)?)\s*$", re.IGNORECASE)


def parse_length(text: str) -> int | None:
    """``90`` / ``90 min`` -> 90; ``1:30`` / ``1h30`` -> 90; ``2h`` -> 120; None when not a length."""
    match = _LENGTH.match(text)
    if not match:
        return None
    if match.group(3) is not None:
        return int(match.group(3))
    return int(match.group(1)) * 60 + int(match.group(2) or 0)
