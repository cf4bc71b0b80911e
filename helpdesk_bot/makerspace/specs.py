"""The makerspace file (``helpdesk-bot makerspace import FILE.yaml``; see ``makerspace.sample.yaml``).

Every problem is reported as ``resources[2] (kiln): field: what is wrong``; nothing is imported
from a file with a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.scheduling.slots import WEEKDAYS, DatedException, WeeklyWindow, parse_window

KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")


class MakerspaceFileError(ValueError):
    """A problem in a makerspace file; the message names the entry and the field."""


@dataclass(frozen=True)
class InductionSpec:
    """A safety induction as given in the file."""

    key: str
    names: dict[str, str]
    valid_months: int
    event_keys: tuple[str, ...] = ()
    contact: str | None = None


@dataclass(frozen=True)
class ResourceSpec:
    """A bookable resource as given in the file."""

    key: str
    names: dict[str, str]
    units: int
    timezone: str
    hours: tuple[WeeklyWindow, ...]
    slot_minutes: int
    min_slots: int
    max_slots: int
    descriptions: dict[str, str] = field(default_factory=dict)
    price_notes: dict[str, str] = field(default_factory=dict)
    exceptions: tuple[DatedException, ...] = ()
    induction: str | None = None
    position: int = 0


def _texts(value: Any, where: str, *, required: bool) -> dict[str, str]:
    if value is None or value == "":
        if required:
            raise MakerspaceFileError(f"{where}: is required (a text per language: en, pl, ...)")
        return {}
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict):
        raise MakerspaceFileError(f"{where}: must be a text per language (en: ..., pl: ...)")
    unknown = sorted(str(k) for k in value if k not in LANGUAGES)
    if unknown:
        raise MakerspaceFileError(f"{where}: unknown language {', '.join(unknown)} (use {', '.join(LANGUAGES)})")
    texts = {str(k): str(v).strip() for k, v in value.items() if str(v or "").strip()}
    if required and "en" not in texts:
        raise MakerspaceFileError(f"{where}: needs at least an English (en) text")
    return texts


def _int(data: dict[str, Any], key: str, where: str, default: int | None, low: int, high: int) -> int:
    value = data.get(key, default)
    if value is None:
        raise MakerspaceFileError(f"{where}: {key}: is required")
    if isinstance(value, bool) or not isinstance(value, int):
        raise MakerspaceFileError(f"{where}: {key}: must be a whole number")
    if not low <= value <= high:
        raise MakerspaceFileError(f"{where}: {key}: must be between {low} and {high}")
    return value


def _windows(value: Any, where: str) -> list[Any]:
    items = [value] if isinstance(value, str) else list(value or [])
    try:
        return [parse_window(str(item)) for item in items]
    except ValueError as exc:
        raise MakerspaceFileError(f"{where}: {exc}") from None


def parse_hours(value: Any, where: str) -> tuple[WeeklyWindow, ...]:
    """``{mon: ["09:00-12:00", ...], ...}`` -> weekly windows."""
    if not isinstance(value, dict) or not value:
        raise MakerspaceFileError(f"{where}: hours: give opening hours per weekday (mon: [\"10:00-18:00\"])")
    found: list[WeeklyWindow] = []
    for day, spans in value.items():
        key = str(day).lower()[:3]
        if key not in WEEKDAYS:
            raise MakerspaceFileError(f"{where}: hours: unknown weekday {day!r} (use mon..sun)")
        found += [WeeklyWindow(WEEKDAYS.index(key), w) for w in _windows(spans, f"{where}: hours.{day}")]
    return tuple(found)


def parse_exceptions(value: Any, where: str) -> tuple[DatedException, ...]:
    """``[{date, closed: true}, {date, closed: true, hours: [..]}, {date, hours: [..]}]`` -> exceptions."""
    found: list[DatedException] = []
    for item in value or []:
        if not isinstance(item, dict) or "date" not in item:
            raise MakerspaceFileError(f"{where}: exceptions: each needs a date")
        day = item["date"]
        if not isinstance(day, date):
            try:
                day = date.fromisoformat(str(day))
            except ValueError:
                raise MakerspaceFileError(f"{where}: exceptions: bad date {day!r} (use YYYY-MM-DD)") from None
        if item.get("closed"):
            spans = _windows(item.get("hours"), f"{where}: exceptions.{day}") if item.get("hours") else [None]
            found += [DatedException(day, "off", w) for w in spans]
        else:
            spans = _windows(item.get("hours"), f"{where}: exceptions.{day}")
            if not spans:
                raise MakerspaceFileError(f"{where}: exceptions.{day}: give closed: true or extra hours")
            found += [DatedException(day, "extra", w) for w in spans]
    return tuple(found)


def parse_induction(data: Any, index: int) -> InductionSpec:
    """One entry of ``inductions:``."""
    where = f"inductions[{index}]"
    if not isinstance(data, dict):
        raise MakerspaceFileError(f"{where}: must be a mapping")
    key = str(data.get("key") or "")
    if not KEY.match(key):
        raise MakerspaceFileError(f"{where}: key: lower-case letters, digits and '-' (at most 48)")
    where = f"{where} ({key})"
    events = data.get("events") or []
    if isinstance(events, str):
        events = [events]
    return InductionSpec(
        key=key, names=_texts(data.get("name"), f"{where}: name", required=True),
        valid_months=_int(data, "months", where, None, 1, 120),
        event_keys=tuple(str(e) for e in events),
        contact=str(data["contact"]).strip()[:256] if data.get("contact") else None,
    )


def parse_resource(data: Any, index: int, default_timezone: str) -> ResourceSpec:
    """One entry of ``resources:``."""
    where = f"resources[{index}]"
    if not isinstance(data, dict):
        raise MakerspaceFileError(f"{where}: must be a mapping")
    key = str(data.get("key") or "")
    if not KEY.match(key):
        raise MakerspaceFileError(f"{where}: key: lower-case letters, digits and '-' (at most 48)")
    where = f"{where} ({key})"
    timezone = str(data.get("timezone") or default_timezone)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise MakerspaceFileError(f"{where}: timezone: unknown time zone {timezone!r}") from None
    slot = _int(data, "slot_minutes", where, 60, 10, 240)
    min_minutes = _int(data, "min_minutes", where, slot, slot, 24 * 60)
    max_minutes = _int(data, "max_minutes", where, slot, slot, 24 * 60)
    for name, minutes in (("min_minutes", min_minutes), ("max_minutes", max_minutes)):
        if minutes % slot:
            raise MakerspaceFileError(f"{where}: {name}: must be a multiple of slot_minutes ({slot})")
    if min_minutes > max_minutes:
        raise MakerspaceFileError(f"{where}: min_minutes: must not be more than max_minutes")
    induction = data.get("induction")
    if induction is not None and not KEY.match(str(induction)):
        raise MakerspaceFileError(f"{where}: induction: not an induction key")
    return ResourceSpec(
        key=key, names=_texts(data.get("name"), f"{where}: name", required=True),
        descriptions=_texts(data.get("description"), f"{where}: description", required=False),
        price_notes=_texts(data.get("price"), f"{where}: price", required=False),
        units=_int(data, "units", where, None, 1, 50), timezone=timezone,
        hours=parse_hours(data.get("hours"), where),
        exceptions=parse_exceptions(data.get("exceptions"), where),
        slot_minutes=slot, min_slots=min_minutes // slot, max_slots=max_minutes // slot,
        induction=str(induction) if induction is not None else None, position=index,
    )


def parse_makerspace(data: Any, source: str, default_timezone: str) -> tuple[list[InductionSpec],
                                                                              list[ResourceSpec]]:
    """Inductions and resources of already-parsed YAML data."""
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        raise MakerspaceFileError(f"{source}: expected a mapping with a 'resources' list")
    timezone = str(data.get("timezone") or default_timezone)
    inductions = [parse_induction(item, i) for i, item in enumerate(data.get("inductions") or [])]
    resources = [parse_resource(item, i, timezone) for i, item in enumerate(data["resources"])]
    for kind, keys in (("inductions", [i.key for i in inductions]), ("resources", [r.key for r in resources])):
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise MakerspaceFileError(f"{source}: {kind}: key {', '.join(twice)} appears twice")
    return inductions, resources


def load_makerspace(path: Path, default_timezone: str = "Europe/Warsaw") -> tuple[list[InductionSpec],
                                                                                   list[ResourceSpec]]:
    """Read a makerspace file; raises :class:`MakerspaceFileError`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MakerspaceFileError(f"{path}: {exc}") from None
    return parse_makerspace(data, str(path), default_timezone)
