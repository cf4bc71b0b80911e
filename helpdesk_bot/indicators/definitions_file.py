"""Reading the indicator definitions file: YAML parsed, validated against the model of
:mod:`helpdesk_bot.indicators.definitions`, every bad field named, and re-read when the centre edits it.

:func:`load_definitions` (and :class:`DefinitionsSource`) raise :class:`DefinitionError` whose lines each
name the field at fault (``indicators[3].measure.select[0].kinds: ...``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from helpdesk_bot.indicators.definitions import IndicatorSet

DEFAULT_DEFINITIONS_FILE = Path(__file__).with_name("defaults.yaml")

_FIELD_PREFIX = re.compile(r"^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)*): (.+)$", re.DOTALL)


class DefinitionError(ValueError):
    """The definitions file is not valid; ``problems`` are lines of ``field: what is wrong``."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: invalid indicator definitions:\n  " + "\n  ".join(problems))
        self.source = source
        self.problems = problems


def _location(loc: tuple[int | str, ...], data: Any) -> str:
    """``indicators[2](cross_border_reach).measure.select[0].kinds`` from a pydantic location."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and item < len(node):
                node = node[item]
                if isinstance(node, dict) and isinstance(node.get("id"), str) and len(parts) == 1:
                    label += f"({node['id']})"
            else:
                node = None
            if parts:
                parts[-1] += label
            else:
                parts.append(label)
            continue
        if item in ("function-after", "function-before", "function-plain") or str(item).startswith("function-"):
            continue
        parts.append(str(item))
        node = node.get(item) if isinstance(node, dict) else None
    return ".".join(parts) or "(file)"


def parse_definitions(data: Any, source: str = "definitions") -> IndicatorSet:
    """Validate already-parsed YAML data; raises :class:`DefinitionError` naming every bad field."""
    if not isinstance(data, dict):
        raise DefinitionError(source, ["(file): must be a mapping with project_start, activities and indicators"])
    try:
        return IndicatorSet.model_validate(data)
    except ValidationError as exc:
        found: list[tuple[str, str]] = []
        for error in exc.errors():
            message = str(error["msg"]).removeprefix("Value error, ")
            location = _location(tuple(error["loc"]), data)
            if error["type"] == "missing":
                message = "is required"
            elif error["type"] == "extra_forbidden":
                message = "is not a known field"
            named = _FIELD_PREFIX.match(message)
            if named:  # a cross-field check names its field in the message
                field, message = named.group(1), named.group(2)
                location = field if location == "(file)" else f"{location}.{field}"
            found.append((location, message))
        locations = [loc for loc, _ in found]
        problems = [
            f"{loc}: {msg}" for loc, msg in found
            # a list whose items failed also reports itself as too short: keep only the item errors
            if not (msg.startswith("Tuple should have at least") and any(o.startswith(loc + "[") for o in locations))
        ]
        raise DefinitionError(source, problems) from None


def load_definitions(path: Path | str | None = None) -> IndicatorSet:
    """Read and validate a definitions file (the shipped defaults when ``path`` is None)."""
    file = Path(path) if path is not None else DEFAULT_DEFINITIONS_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(str(file), [f"(file): cannot be read: {exc.strerror or exc}"]) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DefinitionError(str(file), [f"(file): not valid YAML: {exc}"]) from None
    return parse_definitions(data, str(file))


class DefinitionsSource:
    """The definitions file, re-read when it changes (the centre edits it while the bot runs)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else DEFAULT_DEFINITIONS_FILE
        self._cached: IndicatorSet | None = None
        self._stamp: tuple[float, int] | None = None

    def get(self) -> IndicatorSet:
        """The current definitions; raises :class:`DefinitionError` when the file is invalid."""
        try:
            stat = self.path.stat()
            stamp: tuple[float, int] | None = (stat.st_mtime, stat.st_size)
        except OSError:
            stamp = None
        if self._cached is None or stamp is None or stamp != self._stamp:
            self._cached = load_definitions(self.path)
            self._stamp = stamp
        return self._cached
