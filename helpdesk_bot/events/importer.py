"""Reading events from YAML (``helpdesk-bot events import FILE.yaml``); see ``events.sample.yaml``.

Each event has a ``key``: importing the same file again updates those events (people registered are
told when the time or place changed) instead of creating duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from helpdesk_bot.events.views import EventDraft


class ImportProblem(Exception):
    """The file cannot be imported; ``problems`` lists ``event key: field: what is wrong`` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportedEvent:
    """One event of the file, ready to save."""

    draft: EventDraft
    announce: bool


def _moment(value: Any, zone: ZoneInfo, field: str, problems: list[str], label: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            problems.append(f"{label}: {field}: not a date and time (use 2026-12-05T10:00)")
            return None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def _texts(item: dict[str, Any]) -> dict[str, dict[str, str]]:
    titles = item.get("title") or {}
    descriptions = item.get("description") or {}
    if isinstance(titles, str):
        titles = {str(item.get("default_language", "en")): titles}
    if isinstance(descriptions, str):
        descriptions = {str(item.get("default_language", "en")): descriptions}
    texts: dict[str, dict[str, str]] = {}
    for lang in {*titles, *descriptions}:
        texts[str(lang)] = {"title": str(titles.get(lang, "") or "").strip(),
                            "description": str(descriptions.get(lang, "") or "").strip()}
    return texts


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def parse_events(text: str, *, default_timezone: str = "Europe/Warsaw") -> list[ImportedEvent]:
    """Parse and validate a YAML document with an ``events:`` list; raises :class:`ImportProblem`."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ImportProblem([f"file: not valid YAML: {exc}"]) from exc
    items = data.get("events") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise ImportProblem(["file: expected a list under 'events:'"])
    problems: list[str] = []
    result: list[ImportedEvent] = []
    keys: set[str] = set()
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(f"event {index}: not a mapping")
            continue
        label = str(item.get("key") or f"event {index}")
        key = item.get("key")
        if not key:
            problems.append(f"{label}: key: required (a stable identifier such as ceramics-fair-2026)")
        elif str(key) in keys:
            problems.append(f"{label}: key: used twice in the file")
        keys.add(str(key))
        zone_name = str(item.get("timezone") or default_timezone)
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"{label}: timezone: unknown time zone {zone_name!r}")
            continue
        start = _moment(item.get("start"), zone, "start", problems, label)
        end = _moment(item.get("end"), zone, "end", problems, label)
        if start is None or end is None:
            if item.get("start") is None or item.get("end") is None:
                problems.append(f"{label}: start/end: both are required")
            continue
        registration = item.get("registration") or {}
        if not isinstance(registration, dict):
            problems.append(f"{label}: registration: expected a mapping")
            registration = {}
        mode = str(registration.get("mode", "none"))
        capacity = registration.get("capacity")
        if capacity is not None and not isinstance(capacity, int):
            problems.append(f"{label}: registration: capacity must be a whole number")
            capacity = None
        draft = EventDraft(
            key=str(key) if key else None,
            kind=str(item.get("kind", "")),
            texts=_texts(item),
            default_language=str(item.get("default_language", "en")),
            starts_at=start,
            ends_at=end,
            timezone=zone_name,
            venue=(str(item["venue"]).strip() or None) if item.get("venue") else None,
            online_url=str(item["online_url"]).strip() if item.get("online_url") else None,
            organiser=str(item["organiser"]).strip() if item.get("organiser") else None,
            topics=_strings(item.get("topics")),
            countries=tuple(c.upper() for c in _strings(item.get("countries"))),
            languages=_strings(item.get("languages")),
            registration_mode=mode,
            registration_url=str(registration["url"]) if registration.get("url") else None,
            capacity=capacity,
            registration_deadline=_moment(registration.get("deadline"), zone, "registration.deadline", problems,
                                          label),
            publish_at=_moment(item.get("publish_at"), zone, "publish_at", problems, label),
        )
        problems.extend(f"{label}: {p}" for p in draft.problems())
        result.append(ImportedEvent(draft, bool(item.get("announce", True))))
    if problems:
        raise ImportProblem(problems)
    return result


def read_events_file(path: Path, *, default_timezone: str = "Europe/Warsaw") -> list[ImportedEvent]:
    """:func:`parse_events` of a file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ImportProblem([f"{path}: cannot read: {exc.strerror}"]) from exc
    return parse_events(text, default_timezone=default_timezone)
