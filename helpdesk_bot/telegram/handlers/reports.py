"""Staff /report: pick a period, get a short summary, the progress chart (PNG) and the spreadsheet (XLSX)."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.indicators.charts import progress_chart
from helpdesk_bot.indicators.definitions_file import DefinitionError
from helpdesk_bot.indicators.diagnosis_export import summary as diagnosis_summary
from helpdesk_bot.indicators.exporting import Export
from helpdesk_bot.indicators.exports import result_line, to_xlsx
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import REPORTS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, refuse, requires_role, stale_button
from helpdesk_bot.telegram.replies import answer_query, edit_or_reply, reply, send_file

log = logging.getLogger(__name__)

PERIODS: tuple[str, ...] = ("month", "quarter", "year", "project")


def period_keyboard(context: HelpdeskContext) -> InlineKeyboardMarkup:
    """The four period buttons (``report:period:<name>``)."""
    buttons = [InlineKeyboardButton(context.t(f"report-period-{name}"), callback_data=REPORTS.encode("period", name))
               for name in PERIODS]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


@requires_role(Role.STAFF)
async def report_command(update: Update, context: HelpdeskContext) -> None:
    """/report: ask for the period."""
    context.record(kind="staff.report", outcome="asked")
    await reply(update, context, context.t("report-choose-period"), period_keyboard(context))


async def on_period(update: Update, context: HelpdeskContext) -> None:
    """``report:period:<name>``: the export use case builds the report (staff only, audited once); this
    sends the summary, the chart and the workbook."""
    query = update.callback_query
    assert query is not None
    pressed = REPORTS.decode(query.data)
    if pressed is None:
        await stale_button(update, context)
        return
    name = pressed.text()
    context.record(kind="staff.report", subject=name)
    services = context.services
    lang = context.lang
    chat = update.effective_chat
    assert chat is not None

    async def working() -> None:
        await answer_query(update, context.t("report-working"))

    async def deliver(export: Export) -> None:
        period, report = export.period, export.report
        assert export.diagnosis is not None  # asked for below (the default)
        lines = [context.t("report-title", start=period.start.isoformat(), end=period.end.isoformat())]
        lines.extend(result_line(result, services.translator, lang) for result in report.results)
        lines.append(Markup(""))
        lines.append(diagnosis_summary(export.diagnosis, services.translator, lang))
        lines.append(Markup(""))
        lines.append(context.t("report-summary-footer"))
        await edit_or_reply(update, context, html_join("\n", lines))
        chart, workbook = await asyncio.gather(
            asyncio.to_thread(progress_chart, report, services.translator, lang),
            asyncio.to_thread(to_xlsx, report, services.translator, lang, export.diagnosis),
        )
        title = context.t("report-chart-title", start=period.start.isoformat(), end=period.end.isoformat())
        stem = f"indicators-{period.start}-{period.end}"
        await send_file(context, chat.id, InputFile(chart, filename=f"{stem}.png"), title, photo=True)
        await send_file(context, chat.id, InputFile(workbook, filename=f"{stem}.xlsx"),
                        context.t("report-file-caption"))

    try:
        await services.report_exports.export(context.person, name, target="xlsx", deliver=deliver,
                                             started=working)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except DefinitionError as exc:
        context.record(outcome="invalid_definitions")
        problems = html_join("\n", (f"• {p}" for p in exc.problems[:10]))
        await reply(update, context, context.t("report-definitions-invalid", problems=problems))
        return
    context.record(outcome="ok")


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /report and its period buttons."""
    application.add_handler(CommandHandler("report", report_command))
    application.add_handler(CallbackQueryHandler(on_period, pattern=REPORTS.pattern))
    command(application, "report", Role.STAFF)
