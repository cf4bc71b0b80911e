"""A report as a text table, CSV, JSON or an XLSX workbook (and the labels they share).

Texts (column titles, units) come from ``indicators.ftl`` in the requested language; indicator names
come from the definitions file. CSV and JSON use stable column names so other tools can read them.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from babel import Locale

from helpdesk_bot.config import OTHER_COUNTRY
from helpdesk_bot.i18n.catalog import Markup, Translator
from helpdesk_bot.i18n.formatting import format_number
from helpdesk_bot.indicators import diagnosis_export
from helpdesk_bot.indicators.definitions import Direction, Unit
from helpdesk_bot.indicators.results import BREAKDOWNS, UNKNOWN, IndicatorResult, Report
from helpdesk_bot.topics import TOPICS, topic_name

FORMATS: tuple[str, ...] = ("table", "csv", "xlsx", "json")


def format_value(value: float | None, unit: Unit, lang: str) -> str:
    """``72.5 %``, ``4.3``, ``120`` (``–`` without a value)."""
    if value is None:
        return "–"
    if unit == Unit.PERCENT:
        return f"{format_number(value, lang, 1)} %"
    if unit == Unit.RATING:
        return format_number(value, lang, 2)
    if unit == Unit.HOURS:
        return format_number(value, lang, 1)
    return format_number(value, lang, 0)


def format_share(share: float | None, lang: str) -> str:
    """Share of target as a percentage."""
    return "–" if share is None else f"{format_number(100 * share, lang, 0)} %"


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def group_label(translator: Translator, lang: str, dimension: str, group: str) -> str:
    """A breakdown group as people read it in ``lang``: languages and countries by name, topics by the
    name of the one topic vocabulary, the rows without a value as "unknown"; anything else (a makerspace
    resource key in the topic column) as it is."""
    if group == UNKNOWN:
        return translator.plain(lang, "report-unknown")
    if dimension == "language":
        name = Locale.parse(lang).languages.get(group)
        return name[:1].upper() + name[1:] if name else group
    if dimension == "country" and translator.has(lang, f"country-{group}"):
        return translator.plain(lang, f"country-{group}")
    if dimension == "topic":
        return topic_name(translator, lang, group)
    return group


def group_order(dimension: str, group: str, label: str) -> tuple[int, int, str]:
    """Sort key of breakdown groups: topics in the vocabulary's order, other groups by their name in the
    reader's language, then "another country", then unknown."""
    if group == UNKNOWN:
        return (3, 0, "")
    if group == OTHER_COUNTRY:
        return (2, 0, "")
    if dimension == "topic" and group in TOPICS:
        return (0, TOPICS.index(group), "")
    return (1, 0, label.casefold())


def to_json_data(report: Report) -> dict[str, Any]:
    """The report as plain data (stable keys, numbers unformatted, shares of target as fractions)."""
    return {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "filters": {k: v for k, v in (("language", report.filters.language), ("country", report.filters.country),
                                      ("topic", report.filters.topic)) if v},
        "timezone": report.timezone,
        "home_country": report.home_country,
        "generated_at": report.generated_at.isoformat(),
        "indicators": [
            {
                "id": r.definition.id,
                "type": r.definition.type.value,
                "activity": r.definition.activity,
                "name": r.definition.name,
                "unit": r.definition.unit.value,
                "aggregation": r.definition.measure.aggregation.value,
                "value": _round(r.value),
                "base": r.figure.base,
                "target": r.target,
                "target_date": r.definition.target.date.isoformat(),
                "direction": r.definition.target.direction.value,
                "share_of_target": _round(r.share_of_target),
                "met": r.met,
                "trend": [{"month": month, "value": _round(f.value)} for month, f in r.trend],
                "breakdowns": {dim: [{"group": g, "value": _round(f.value), "base": f.base}
                                     for g, f in r.breakdowns.get(dim, ())] for dim in BREAKDOWNS},
            }
            for r in report.results
        ],
    }


def to_json(report: Report) -> bytes:
    """The report as UTF-8 JSON."""
    return json.dumps(to_json_data(report), ensure_ascii=False, indent=2).encode("utf-8")


def to_csv(report: Report, lang: str) -> bytes:
    """One row per indicator with its monthly trend as extra columns (UTF-8 with BOM for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out)
    months = [month for month, _f in report.results[0].trend] if report.results else []
    writer.writerow(["id", "name", "type", "activity", "unit", "value", "target", "target_date", "direction",
                     "share_of_target", "met", *months])
    for r in report.results:
        writer.writerow([
            r.definition.id, r.definition.label(lang), r.definition.type.value, r.definition.activity,
            r.definition.unit.value, "" if r.value is None else _round(r.value), r.target,
            r.definition.target.date.isoformat(), r.definition.target.direction.value,
            "" if r.share_of_target is None else _round(r.share_of_target),
            "" if r.met is None else ("yes" if r.met else "no"),
            *["" if f.value is None else _round(f.value) for _m, f in r.trend],
        ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_table(report: Report, translator: Translator, lang: str) -> str:
    """A plain-text table for the terminal."""
    t = translator.plain
    header = [t(lang, "report-col-indicator"), t(lang, "report-col-value"), t(lang, "report-col-target"),
              t(lang, "report-col-share")]
    rows = [[r.definition.label(lang), format_value(r.value, r.definition.unit, lang),
             format_value(r.target, r.definition.unit, lang), format_share(r.share_of_target, lang)]
            for r in report.results]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [t(lang, "report-title-plain", start=report.period.start.isoformat(), end=report.period.end.isoformat())]
    if report.filters.describe():
        lines.append(report.filters.describe())
    lines.append("")
    for n, row in enumerate([header, *rows]):
        lines.append("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _sheet_title(text: str) -> str:
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31]


def to_xlsx(report: Report, translator: Translator, lang: str, diagnosis: dict[str, Any] | None = None) -> bytes:
    """A workbook: one sheet of indicators against targets (with the monthly trend), one per breakdown.

    With ``diagnosis`` (the catalogue's sector diagnosis) a last sheet "Sector diagnosis" is added.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = translator.plain
    bold = Font(bold=True)
    green = PatternFill("solid", fgColor="C6EFCE")
    amber = PatternFill("solid", fgColor="FFEB9C")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(t(lang, "report-sheet-indicators"))
    months = [month for month, _f in report.results[0].trend] if report.results else []
    sheet.append([t(lang, "report-title-plain", start=report.period.start.isoformat(),
                    end=report.period.end.isoformat())])
    sheet["A1"].font = Font(bold=True, size=13)
    if report.filters.describe():
        sheet.append([report.filters.describe()])
    sheet.append([])
    header = [t(lang, "report-col-indicator"), t(lang, "report-col-type"), t(lang, "report-col-activity"),
              t(lang, "report-col-unit"), t(lang, "report-col-value"), t(lang, "report-col-target"),
              t(lang, "report-col-target-date"), t(lang, "report-col-share"), t(lang, "report-col-met"), *months]
    sheet.append(header)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold
    for r in report.results:
        d = r.definition
        sheet.append([
            d.label(lang), t(lang, f"report-type-{d.type.value}"), report.definitions.activity_label(d.activity, lang),
            t(lang, f"unit-{d.unit.value}"), _round(r.value, 2), r.target, d.target.date,
            _round(r.share_of_target), t(lang, "report-yes" if r.met else "report-no") if r.met is not None else "",
            *[_round(f.value, 2) for _m, f in r.trend],
        ])
        row = sheet.max_row
        sheet.cell(row, 7).number_format = "yyyy-mm-dd"
        share_cell = sheet.cell(row, 8)
        share_cell.number_format = "0%"
        if r.met is not None:
            share_cell.fill = green if r.met else amber
    sheet.column_dimensions["A"].width = 48
    for col in range(2, len(header) + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 14
    sheet.freeze_panes = sheet.cell(header_row + 1, 2)

    for dimension in BREAKDOWNS:
        ws = workbook.create_sheet(_sheet_title(t(lang, f"report-by-{dimension}")))
        groups: list[str] = []
        for r in report.results:
            for group, _f in r.breakdowns.get(dimension, ()):
                if group not in groups:
                    groups.append(group)
        labels = {g: group_label(translator, lang, dimension, g) for g in groups}
        groups.sort(key=lambda g: group_order(dimension, g, labels[g]))
        ws.append([t(lang, "report-col-indicator"), t(lang, "report-col-unit"), t(lang, "report-col-total"),
                   *[labels[g] for g in groups]])
        for cell in ws[1]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True)
        for r in report.results:
            values = dict(r.breakdowns.get(dimension, ()))
            ws.append([r.definition.label(lang), t(lang, f"unit-{r.definition.unit.value}"), _round(r.value, 2),
                       *[_round(values[g].value, 2) if g in values else None for g in groups]])
        ws.column_dimensions["A"].width = 48
        ws.freeze_panes = "B2"
    if diagnosis is not None:
        diagnosis_export.add_sheet(workbook, diagnosis, translator, lang)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def render(report: Report, fmt: str, translator: Translator, lang: str,
           diagnosis: dict[str, Any] | None = None) -> bytes:
    """The report in ``fmt`` (one of :data:`FORMATS`), with the sector diagnosis section when given."""
    if fmt == "table":
        text = to_table(report, translator, lang)
        if diagnosis is not None:
            text += diagnosis_export.to_table(diagnosis, translator, lang)
        return text.encode("utf-8")
    if fmt == "csv":
        data = to_csv(report, lang)
        if diagnosis is not None:
            width = 11 + (len(report.results[0].trend) if report.results else 0)
            out = io.StringIO()
            csv.writer(out).writerows(diagnosis_export.csv_rows(diagnosis, translator, lang, width))
            data += out.getvalue().encode("utf-8")
        return data
    if fmt == "json":
        if diagnosis is None:
            return to_json(report)
        return json.dumps({**to_json_data(report), "sector_diagnosis": diagnosis},
                          ensure_ascii=False, indent=2).encode("utf-8")
    if fmt == "xlsx":
        return to_xlsx(report, translator, lang, diagnosis)
    raise ValueError(f"unknown format {fmt!r}")


def result_line(result: IndicatorResult, translator: Translator, lang: str) -> Markup:
    """``Consultations held: 120 / 300 (40 %)`` for the Telegram summary."""
    unit = result.definition.unit
    target = format_value(result.target, unit, lang)
    if result.definition.target.direction == Direction.AT_MOST:
        target = f"≤ {target}"
    return translator(lang, "report-line", name=result.definition.label(lang),
                      value=format_value(result.value, unit, lang), target=target,
                      share=format_share(result.share_of_target, lang),
                      met="yes" if result.met else ("no" if result.met is not None else "unknown"))
