"""The staff's list of advisors in Telegram: /advisors (every advisor, languages and expertise) and the
``adv:tg:<id>`` button that shows or hides an advisor for new bookings (advisors are imported with the
command line)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import ADVISORS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import refuse as refuse_role
from helpdesk_bot.telegram.handlers.common import requires_role, stale_button
from helpdesk_bot.telegram.handlers.consultations_common import (
    answer,
)
from helpdesk_bot.telegram.replies import edit_or_reply, reply


async def _advisors_list(update: Update, context: HelpdeskContext, *, edit: bool = False) -> None:
    advisors = await context.services.consultations.list_advisors()
    lines = [context.t("consult-advisors-title")]
    rows = []
    for a in advisors:
        state = context.t("consult-advisor-active" if a.active else "consult-advisor-inactive")
        lines.append(context.t("consult-advisors-line", name=a.name, id=str(a.telegram_id), state=state,
                               languages=", ".join(a.languages).upper(),
                               expertise=html_join(", ", (context.t(f"topic-{t}") for t in a.expertise))))
        toggle = context.t("consult-btn-hide" if a.active else "consult-btn-show")
        rows.append([InlineKeyboardButton(f"{toggle}: {a.name}", callback_data=ADVISORS.encode("tg", a.id))])
    if not advisors:
        lines.append(context.t("consult-advisors-empty"))
    lines.append(context.t("consult-advisors-import-help"))
    text = html_join("\n\n", lines)
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    if edit:
        await edit_or_reply(update, context, text, keyboard)
    else:
        await reply(update, context, text, keyboard)


@requires_role(Role.STAFF)
async def advisors_command(update: Update, context: HelpdeskContext) -> None:
    """/advisors: every advisor with a show/hide button (import with the command line)."""
    context.record(kind="staff.advisors")
    await _advisors_list(update, context)


@requires_role(Role.STAFF)
async def on_advisors_button(update: Update, context: HelpdeskContext) -> None:
    """``adv:tg:<id>``: show or hide an advisor for new bookings."""
    query = update.callback_query
    assert query is not None
    pressed = ADVISORS.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    advisor_id = pressed.id()
    service = context.services.consultations
    advisor = await service.get_advisor(advisor_id)
    if advisor is None:
        await stale_button(update, context)
        return
    try:
        changed = await service.set_active(advisor.id, not advisor.active, by=context.person)
    except Forbidden as refused:
        await refuse_role(update, context, refused.role)
        return
    context.record(kind="staff.advisor_toggle", subject=f"advisor:{advisor.id}",
                   outcome="active" if changed.active else "inactive")
    await answer(update)
    await _advisors_list(update, context, edit=True)
