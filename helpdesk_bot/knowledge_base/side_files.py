"""Reading the optional YAML side files of the knowledge base (``_cues.yaml``, ``_chitchat.yaml``, ``_scope.yaml``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

MISSING: Any = object()
"""The content of a side file that is absent or could not be read."""


def read_side_file(path: Path) -> tuple[Any, tuple[str, str] | None]:
    """The parsed YAML of ``path`` and no problem; :data:`MISSING` and no problem when there is no such
    file (a side file is optional); :data:`MISSING` and a ``(field, problem)`` when it cannot be read or
    does not parse."""
    if not path.is_file():
        return MISSING, None
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError) as exc:
        return MISSING, ("file", f"cannot be read: {exc}")
    except yaml.YAMLError as exc:
        return MISSING, ("yaml", f"does not parse: {str(exc).splitlines()[0]}")


def word_sets(
    raw: object, where: str, languages: Iterable[str], fold: Callable[[str], str]
) -> tuple[dict[str, frozenset[str]], list[tuple[str, str]]]:
    """Single words per language (``language -> [words]``, each folded by ``fold``) and ``(field, problem)``s:
    not a mapping, an unknown language or not a list."""
    if not isinstance(raw, Mapping):
        return {}, [(where, "must be a mapping of language -> list of words")]
    known = set(languages)
    out: dict[str, frozenset[str]] = {}
    problems: list[tuple[str, str]] = []
    for lang, words in raw.items():
        if lang not in known or not isinstance(words, list):
            problems.append((f"{where}.{lang}", "must be a known language with a list of words"))
            continue
        out[str(lang)] = frozenset(fold(str(word)) for word in words)
    return out, problems
