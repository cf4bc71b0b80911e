"""The catalogue's sector diagnosis as a section of the indicator report (table, CSV, JSON, XLSX, chat).

The figures come from :func:`helpdesk_bot.catalogue.diagnosis.sector_diagnosis` (plain data); this module
only labels and lays them out. Labels come from ``diagnosis.ftl``, sector and need names from
``catalogue.ftl``, country names from ``core.ftl``.
"""

from __future__ import annotations

from typing import Any

from helpdesk_bot.i18n.catalog import Markup, Translator

SUMMARY_TOP = 3

# (key in the data, sub-key or None, label id) for the single figures, in the order they are shown.
FIGURES: tuple[tuple[str, str | None, str], ...] = (
    ("profiles", None, "diagnosis-profiles"),
    ("open_for_commissions", None, "diagnosis-open"),
    ("needs_in_own_words", None, "diagnosis-needs-own-words"),
    ("contacts", "requested", "diagnosis-contacts-requested"),
    ("contacts", "accepted", "diagnosis-contacts-accepted"),
    ("contacts", "cross_border", "diagnosis-contacts-cross-border"),
    ("contacts", "cross_border_accepted", "diagnosis-contacts-cross-border-accepted"),
    ("calls", "posted", "diagnosis-calls-posted"),
    ("calls", "approved", "diagnosis-calls-approved"),
    ("calls", "open_across_borders", "diagnosis-calls-cross-border"),
    ("calls", "answered", "diagnosis-calls-answered"),
    ("calls", "responses", "diagnosis-calls-responses"),
    ("calls", "agreed", "diagnosis-calls-agreed"),
)

# (key in the data, label id of the list, label prefix of a group)
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("by_sector", "diagnosis-by-sector", "sector-"),
    ("by_country", "diagnosis-by-country", "country-"),
    ("needs", "diagnosis-needs", "need-"),
)


def _figure(data: dict[str, Any], key: str, sub: str | None) -> int:
    value = data.get(key, 0)
    return int(value.get(sub, 0) if sub is not None else value)


def group_name(translator: Translator, lang: str, prefix: str, group: str) -> str:
    """A sector, country or need in the reader's language (the raw id when the catalog has no name)."""
    key = f"{prefix}{group}"
    return translator.plain(lang, key) if translator.has(lang, key) else group


def figure_rows(data: dict[str, Any], translator: Translator, lang: str) -> list[tuple[str, str, int]]:
    """``(stable id, label, value)`` for every figure and every group, in report order."""
    rows = [(f"{key}.{sub}" if sub else key, translator.plain(lang, label), _figure(data, key, sub))
            for key, sub, label in FIGURES]
    for key, label, prefix in GROUPS:
        for group, count in data.get(key, {}).items():
            rows.append((f"{key}.{group}", f"{translator.plain(lang, label)}: "
                         f"{group_name(translator, lang, prefix, group)}", int(count)))
    for item in data.get("by_sector_and_country", []):
        rows.append((f"by_sector_and_country.{item['sector']}.{item['country']}",
                     f"{translator.plain(lang, 'diagnosis-by-sector-country')}: "
                     f"{group_name(translator, lang, 'sector-', item['sector'])} · "
                     f"{group_name(translator, lang, 'country-', item['country'])}", int(item["profiles"])))
    return rows


def to_table(data: dict[str, Any], translator: Translator, lang: str) -> str:
    """The diagnosis as plain-text lines under its title (appended to the report's table)."""
    t = translator.plain
    width = max((len(t(lang, label)) for _k, _s, label in FIGURES), default=0)
    lines = ["", t(lang, "diagnosis-title"), "-" * len(t(lang, "diagnosis-title"))]
    lines.extend(f"{t(lang, label).ljust(width)}  {_figure(data, key, sub):>6}" for key, sub, label in FIGURES)
    for key, label, prefix in GROUPS:
        items = ", ".join(f"{group_name(translator, lang, prefix, g)} {n}" for g, n in data.get(key, {}).items())
        lines.append(f"{t(lang, label)}: {items or '–'}")
    return "\n".join(lines) + "\n"


def csv_rows(data: dict[str, Any], translator: Translator, lang: str, width: int) -> list[list[Any]]:
    """Rows for the report's CSV: id ``diagnosis.<figure>``, the label, type ``diagnosis``, value in column 6."""
    return [[f"diagnosis.{key}", label, "diagnosis", "network", "count", value, *[""] * (width - 6)]
            for key, label, value in figure_rows(data, translator, lang)]


def add_sheet(workbook: Any, data: dict[str, Any], translator: Translator, lang: str) -> None:
    """Append the sheet "Sector diagnosis": the figures, then profiles by sector, country, sector × country, needs."""
    from openpyxl.styles import Font

    t = translator.plain
    bold = Font(bold=True)
    ws = workbook.create_sheet(t(lang, "diagnosis-title")[:31])
    ws.append([t(lang, "diagnosis-title")])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for key, sub, label in FIGURES:
        ws.append([t(lang, label), _figure(data, key, sub)])
    for key, label, prefix in GROUPS:
        ws.append([])
        ws.append([t(lang, label), t(lang, "diagnosis-col-count")])
        for cell in ws[ws.max_row]:
            cell.font = bold
        for group, count in data.get(key, {}).items():
            ws.append([group_name(translator, lang, prefix, group), int(count)])
    ws.append([])
    ws.append([t(lang, "diagnosis-by-sector-country"), t(lang, "diagnosis-col-country"), t(lang, "diagnosis-col-count")])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for item in data.get("by_sector_and_country", []):
        ws.append([group_name(translator, lang, "sector-", item["sector"]),
                   group_name(translator, lang, "country-", item["country"]), int(item["profiles"])])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 12


def summary(data: dict[str, Any], translator: Translator, lang: str) -> Markup:
    """The short chat summary (the few largest sectors, countries and needs; contacts and calls)."""
    def top(key: str, prefix: str) -> str:
        items = list(data.get(key, {}).items())[:SUMMARY_TOP]
        return ", ".join(f"{group_name(translator, lang, prefix, g)} {n}" for g, n in items) or "–"

    contacts = data.get("contacts", {})
    calls = data.get("calls", {})
    return translator(lang, "diagnosis-summary", profiles=int(data.get("profiles", 0)),
                      sectors=top("by_sector", "sector-"), countries=top("by_country", "country-"),
                      needs=top("needs", "need-"), contacts=int(contacts.get("accepted", 0)),
                      cross_border=int(contacts.get("cross_border_accepted", 0)),
                      posted=int(calls.get("posted", 0)), answered=int(calls.get("answered", 0)),
                      agreed=int(calls.get("agreed", 0)))
