"""The staff's curation in Telegram: /gaps (collected questions grouped by similarity and entries to
review), the ``gap:close:<id>`` button that marks a group as covered, and /reload of ``knowledge/``
(split out of :mod:`helpdesk_bot.telegram.handlers.knowledge`, which registers them).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.i18n.formatting import format_long_date
from helpdesk_bot.indicators import kinds
from helpdesk_bot.knowledge_base.freshness import StaleEntry
from helpdesk_bot.knowledge_base.gaps import GapCluster
from helpdesk_bot.knowledge_base.service import summarise_problems
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import GAPS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import refuse, requires_role, stale_button
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply

GAPS_SHOWN = 10


def stale_text(context: HelpdeskContext, stale: list[StaleEntry]) -> Markup:
    """The "entries to review" section of /gaps (empty when nothing is stale)."""
    if not stale:
        return Markup("")
    lines = [context.t("gaps-stale-title", count=len(stale))]
    for item in stale[:GAPS_SHOWN]:
        if item.expired and item.valid_until is not None:
            lines.append(context.t("gaps-stale-expired", id=item.entry_id,
                                   date=format_long_date(item.valid_until, context.lang)))
        else:
            lines.append(context.t("gaps-stale-review", id=item.entry_id,
                                   date=format_long_date(item.reviewed, context.lang)))
    if len(stale) > GAPS_SHOWN:
        lines.append(Markup("… (+{})").format(len(stale) - GAPS_SHOWN))
    return html_join("\n", lines)


def gaps_text(context: HelpdeskContext, clusters: list[GapCluster], stale: list[StaleEntry] | None = None) -> Markup:
    """The /gaps listing (HTML): the groups of collected questions, then the entries to review."""
    section = stale_text(context, stale or [])
    if not clusters:
        return html_join("\n\n", [p for p in (context.t("gaps-empty"), section) if p])
    parts = [context.t("gaps-title")]
    for n, cluster in enumerate(clusters[:GAPS_SHOWN], start=1):
        languages = ", ".join(f"{lang} {count}" for lang, count in cluster.languages.most_common())
        if cluster.action == "improve":
            entries = ", ".join(e for e, _ in cluster.entries.most_common(3))
            action = context.t("gaps-action-improve", entries=entries)
        else:
            action = context.t("gaps-action-add")
        lines = [context.t("gaps-group", n=n, count=cluster.count, languages=languages, action=Markup(action))]
        samples = cluster.samples
        lines.extend(context.t("gaps-sample", text=s[:200]) for s in samples)
        if not samples:
            lines.append(context.t("gaps-no-text"))
        parts.append(html_join("\n", lines))
    if section:
        parts.append(section)
    return html_join("\n\n", parts)


@requires_role(Role.STAFF)
async def gaps_command(update: Update, context: HelpdeskContext) -> None:
    """/gaps: collected questions grouped by similarity, most frequent first, with "covered" buttons."""
    clusters = await context.services.knowledge.gaps.clusters()
    context.record(kind="staff.gaps", outcome="ok", value=float(len(clusters)))
    buttons = [InlineKeyboardButton(context.t("gaps-btn-close", n=n), callback_data=GAPS.encode("close", c.first_id))
               for n, c in enumerate(clusters[:GAPS_SHOWN], start=1)]
    stale = context.services.knowledge.stale.list()
    await reply(update, context, gaps_text(context, clusters, stale),
                InlineKeyboardMarkup(rows(buttons, 3)) if buttons else None)


@requires_role(Role.STAFF)
async def on_gap_button(update: Update, context: HelpdeskContext) -> None:
    """``gap:close:<id>``: mark a group of collected questions as covered."""
    query = update.callback_query
    assert query is not None
    pressed = GAPS.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    gap_id = pressed.id()
    person = context.person
    try:
        cluster = await context.services.knowledge.gaps.close_cluster(gap_id, by=person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    await query.answer()
    if cluster is None:
        context.record(kind=kinds.KB_GAP_CLOSED, outcome="invalid")
        await reply(update, context, context.t("gaps-gone"))
        return
    top_entry = cluster.entries.most_common(1)[0][0] if cluster.entries else None
    context.record(kind=kinds.KB_GAP_CLOSED, outcome="ok", subject=f"gap:{cluster.first_id}",
                   topic=top_entry, value=float(cluster.count))
    clusters = await context.services.knowledge.gaps.clusters()
    buttons = [InlineKeyboardButton(context.t("gaps-btn-close", n=n), callback_data=GAPS.encode("close", c.first_id))
               for n, c in enumerate(clusters[:GAPS_SHOWN], start=1)]
    await edit_or_reply(update, context, gaps_text(context, clusters, context.services.knowledge.stale.list()),
                        InlineKeyboardMarkup(rows(buttons, 3)) if buttons else None)
    await reply(update, context, context.t("gaps-closed", count=cluster.count))


@requires_role(Role.STAFF)
async def reload_command(update: Update, context: HelpdeskContext) -> None:
    """/reload: validate and reload ``knowledge/``; an invalid knowledge base is refused (the old stays)."""
    person = context.person
    result = await context.services.knowledge.reload(by=person.telegram_id, via="telegram")
    if result.ok:
        context.record(kind="staff.kb_reload", outcome="ok", value=float(result.entries))
        await reply(update, context, context.t("reload-ok", count=result.entries, previous=result.previous_entries))
        return
    context.record(kind="staff.kb_reload", outcome="refused", value=float(len(result.problems)))
    problems = html_join("\n", summarise_problems(result.problems))
    await reply(update, context, context.t("reload-failed", problems=problems))
