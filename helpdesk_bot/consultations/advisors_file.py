"""Reading advisors from YAML (``helpdesk-bot advisors import FILE.yaml``; see ``advisors.sample.yaml``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from helpdesk_bot.consultations.service import AdvisorSpec, validate_spec
from helpdesk_bot.consultations.slots import WEEKDAYS, DatedException, WeeklyWindow, parse_window


class AdvisorsFileError(ValueError):
    """A problem in an advisors file; the message names the advisor and the field."""


def _windows(value: Any, where: str) -> list[Any]:
    items = [value] if isinstance(value, str) else list(value or [])
    try:
        return [parse_window(str(item)) for item in items]
    except ValueError as exc:
        raise AdvisorsFileError(f"{where}: {exc}") from None


def parse_advisor(data: dict[str, Any], index: int) -> AdvisorSpec:
    """One advisor entry of the file."""
    where = f"advisors[{index}]"
    if not isinstance(data, dict):
        raise AdvisorsFileError(f"{where}: must be a mapping")
    try:
        telegram_id = int(data["telegram_id"])
        name = str(data["name"])
    except (KeyError, TypeError, ValueError):
        raise AdvisorsFileError(f"{where}: telegram_id (a number) and name are required") from None
    where = f"{where} ({name})"
    hours = None
    if "hours" in data:
        hours_list: list[WeeklyWindow] = []
        for day, spans in (data["hours"] or {}).items():
            key = str(day).lower()[:3]
            if key not in WEEKDAYS:
                raise AdvisorsFileError(f"{where}: hours: unknown weekday {day!r} (use mon..sun)")
            hours_list += [WeeklyWindow(WEEKDAYS.index(key), w) for w in _windows(spans, f"{where}: hours.{day}")]
        hours = tuple(hours_list)
    exceptions = None
    if "exceptions" in data:
        exc_list: list[DatedException] = []
        for item in data["exceptions"] or []:
            if not isinstance(item, dict) or "date" not in item:
                raise AdvisorsFileError(f"{where}: exceptions: each needs a date")
            day = item["date"]
            if not isinstance(day, date):
                try:
                    day = date.fromisoformat(str(day))
                except ValueError:
                    raise AdvisorsFileError(f"{where}: exceptions: bad date {day!r}") from None
            if item.get("day_off"):
                spans = _windows(item.get("hours"), f"{where}: exceptions.{day}") if item.get("hours") else [None]
                exc_list += [DatedException(day, "off", w) for w in spans]
            else:
                spans = _windows(item.get("hours"), f"{where}: exceptions.{day}")
                if not spans:
                    raise AdvisorsFileError(f"{where}: exceptions.{day}: give day_off: true or extra hours")
                exc_list += [DatedException(day, "extra", w) for w in spans]
        exceptions = tuple(exc_list)

    def opt_int(key: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise AdvisorsFileError(f"{where}: {key} must be a number") from None

    bio = data.get("bio") or {}
    if isinstance(bio, str):
        bio = {"en": bio}
    spec = AdvisorSpec(
        telegram_id=telegram_id, name=name, timezone=str(data.get("timezone", "")),
        languages=tuple(str(x) for x in data.get("languages") or ()),
        expertise=tuple(str(x) for x in data.get("expertise") or ()),
        modes={str(k): str(v or "") for k, v in (data.get("modes") or {}).items()},
        bios={str(k): str(v).strip() for k, v in bio.items()},
        auto_confirm=bool(data.get("auto_confirm", False)), active=bool(data.get("active", True)),
        slot_minutes=opt_int("slot_minutes"), buffer_minutes=opt_int("buffer_minutes"),
        min_notice_hours=opt_int("min_notice_hours"), horizon_days=opt_int("horizon_days"),
        hours=hours, exceptions=exceptions,
    )
    try:
        validate_spec(spec)
    except ValueError as exc:
        raise AdvisorsFileError(f"{where}: {exc}") from None
    return spec


def load_advisors(path: Path) -> list[AdvisorSpec]:
    """Every advisor of a YAML file (``advisors: [...]``); raises :class:`AdvisorsFileError`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AdvisorsFileError(f"{path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("advisors"), list):
        raise AdvisorsFileError(f"{path}: expected a mapping with an 'advisors' list")
    specs = [parse_advisor(item, i) for i, item in enumerate(data["advisors"])]
    ids = [s.telegram_id for s in specs]
    if len(ids) != len(set(ids)):
        raise AdvisorsFileError(f"{path}: a telegram_id appears twice")
    return specs
