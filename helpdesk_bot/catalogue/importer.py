"""Reading ``catalogue import FILE.yaml`` (see ``catalogue.sample.yaml``) and writing exports (CSV, XLSX)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from helpdesk_bot.catalogue.service import ImportItem
from helpdesk_bot.catalogue.validation import ProfileError, ProfileInput, validate
from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.catalogue.vocabulary import ProfileStatus, Visibility

FIELDS = ("display_name", "slug", "sectors", "offer", "skills", "city", "region", "country", "languages", "links",
          "photos", "open_for_commissions", "visibility", "needs", "needs_text", "status", "telegram_id")


class ImportProblem(Exception):
    """The file cannot be imported; ``problems`` are lines ``file: profile N: what is wrong``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return tuple(str(v) for v in value)
    raise ProfileError("not-a-list", repr(value)[:40])


def item_from_mapping(raw: Any) -> ImportItem:
    """One :class:`ImportItem` from a YAML mapping (raises :class:`ProfileError`)."""
    if not isinstance(raw, dict):
        raise ProfileError("not-a-mapping")
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise ProfileError("unknown-field", ", ".join(sorted(unknown)))
    telegram_id = raw.get("telegram_id")
    if not isinstance(telegram_id, int) or isinstance(telegram_id, bool) or telegram_id <= 0:
        raise ProfileError("telegram-id-invalid", repr(telegram_id))
    offer = raw.get("offer") or {}
    if isinstance(offer, str):
        offer = {"en": offer}
    if not isinstance(offer, dict) or not all(isinstance(v, str) for v in offer.values()):
        raise ProfileError("offer-invalid")
    data = ProfileInput(
        display_name=str(raw.get("display_name") or ""),
        slug=str(raw["slug"]) if raw.get("slug") else None,
        sectors=_strings(raw.get("sectors")),
        offer={str(k): v for k, v in offer.items()},
        skills=_strings(raw.get("skills")),
        city=str(raw["city"]) if raw.get("city") else None,
        region=str(raw["region"]) if raw.get("region") else None,
        country=str(raw.get("country") or ""),
        languages=_strings(raw.get("languages")),
        links=_strings(raw.get("links")),
        photos=_strings(raw.get("photos")),
        open_for_commissions=bool(raw.get("open_for_commissions", False)),
        visibility=str(raw.get("visibility") or Visibility.PUBLIC),
        needs=_strings(raw.get("needs")),
        needs_text=str(raw["needs_text"]) if raw.get("needs_text") else None,
    )
    validate(data)
    return ImportItem(telegram_id, data, str(raw.get("status") or ProfileStatus.APPROVED))


def read_catalogue_file(path: Path) -> list[ImportItem]:
    """Every profile of ``path``, all checked first; any problem raises :class:`ImportProblem` (none imported)."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ImportProblem([f"{path}: {exc}"]) from exc
    raw_items = document.get("profiles") if isinstance(document, dict) else None
    if not isinstance(raw_items, list):
        raise ImportProblem([f"{path}: profiles: expected a list of profiles"])
    items: list[ImportItem] = []
    problems: list[str] = []
    seen: set[int] = set()
    for n, raw in enumerate(raw_items, start=1):
        try:
            item = item_from_mapping(raw)
        except ProfileError as exc:
            problems.append(f"{path}: profile {n}: {exc.reason}{': ' + exc.detail if exc.detail else ''}")
            continue
        if item.telegram_id in seen:
            problems.append(f"{path}: profile {n}: telegram_id {item.telegram_id} appears twice")
        seen.add(item.telegram_id)
        items.append(item)
    if problems:
        raise ImportProblem(problems)
    return items


EXPORT_COLUMNS = ("id", "slug", "display_name", "status", "visibility", "country", "city", "region", "sectors",
                  "languages", "skills", "open_for_commissions", "offer", "links", "photos", "needs", "needs_text",
                  "updated_at")


def export_rows(views: Sequence[ProfileView]) -> list[list[Any]]:
    """Rows of :data:`EXPORT_COLUMNS` for every profile (lists joined with ``; ``)."""
    return [
        [v.id, v.slug, v.display_name, v.status, v.visibility, v.country, v.city or "", v.region or "",
         "; ".join(v.sectors), "; ".join(v.languages), "; ".join(v.skills), v.open_for_commissions,
         " | ".join(f"{lang}: {text}" for lang, text in v.offer.items()), "; ".join(v.links), len(v.photos),
         "; ".join(v.needs), v.needs_text or "", v.updated_at.isoformat()]
        for v in views
    ]


def to_csv(views: Sequence[ProfileView]) -> str:
    """The export as CSV text (a header row, then one row per profile)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(export_rows(views))
    return out.getvalue()


def _safe_cell(value: Any) -> Any:
    # a cell starting with = + - @ would be a formula in a spreadsheet: keep person-provided text as text
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def to_xlsx(views: Sequence[ProfileView], path: Path) -> None:
    """The export as an Excel workbook at ``path``."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "catalogue"
    sheet.append(list(EXPORT_COLUMNS))
    for row in export_rows(views):
        sheet.append([_safe_cell(v) for v in row])
    workbook.save(path)
