"""Validation of knowledge-base files.

:func:`validate_directory` checks every ``*.yaml`` file of a knowledge-base folder
(files starting with ``_`` are metadata, e.g. ``_topics.yaml``) and returns one
:class:`Problem` per thing that is wrong, printed as ``file: field: what is wrong``.

The checks live by file kind: entry files in :mod:`.entry_checks` (schema, ids and families,
categories, dates, source URLs, length of the formatted answer, unique ids), metadata files
(``_topics.yaml``, ``_cues.yaml``, ``_chitchat.yaml``, ``_scope.yaml``) in :mod:`.metadata_checks`;
:class:`Problem` in :mod:`.problems`.  This module runs them over a folder and re-exports their public
names, so ``from helpdesk_bot.knowledge_base.validation import ...`` keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .entry_checks import (
    FORMAT_ALLOWANCE,
    MAX_ID_LENGTH,
    TELEGRAM_MESSAGE_LIMIT,
    check_entries,
    entry_files,
    formatted_length,
    parse_entry,
    url_problem,
)
from .freshness import figures_without_year
from .metadata_checks import check_chitchat, check_cues, check_required_topics, check_scope
from .model import Entry
from .problems import KnowledgeBaseInvalid, Problem

__all__ = [
    "FORMAT_ALLOWANCE",
    "MAX_ID_LENGTH",
    "TELEGRAM_MESSAGE_LIMIT",
    "KnowledgeBaseInvalid",
    "Problem",
    "check_chitchat",
    "check_cues",
    "check_entries",
    "check_required_topics",
    "check_scope",
    "entry_files",
    "entry_warnings",
    "formatted_length",
    "parse_entry",
    "url_problem",
    "validate_directory",
    "validate_directory_with_warnings",
]


def entry_warnings(entries: Iterable[Entry]) -> list[Problem]:
    """Warnings (never errors): money figures whose sentence names no year, one line per answer."""
    warnings: list[Problem] = []
    for entry in entries:
        file = entry.path.name if entry.path else f"{entry.id}.yaml"
        for lang, translation in entry.translations.items():
            figures = figures_without_year(translation.answer)
            if figures:
                shown = ", ".join(repr(f) for f in figures[:3])
                more = f" and {len(figures) - 3} more" if len(figures) > 3 else ""
                warnings.append(Problem(file, f"translations.{lang}.answer",
                                        f"figure without a year: {shown}{more} (say which year it is for)"))
    return warnings


def validate_directory_with_warnings(directory: Path) -> tuple[list[Problem], list[Problem]]:
    """:func:`validate_directory` plus the warnings of :func:`entry_warnings` (which never fail)."""
    problems = validate_directory(directory)
    entries, _ = check_entries(directory) if directory.is_dir() else ([], [])
    return problems, entry_warnings(entries)


def validate_directory(directory: Path, required_topics: Path | None = None) -> list[Problem]:
    """Validate a knowledge-base folder and return its problems (empty when valid).

    ``required_topics`` defaults to ``_topics.yaml`` in the folder when it exists; the country
    cues (``_cues.yaml``) are checked when the file exists.
    """
    entries, problems = check_entries(directory)
    if directory.is_dir():
        problems.extend(check_cues(directory)[1])
        problems.extend(check_chitchat(directory)[1])
        problems.extend(check_scope(directory, entries)[1])
    if required_topics is None:
        candidate = directory / "_topics.yaml"
        required_topics = candidate if candidate.is_file() else None
    if required_topics is not None:
        problems.extend(check_required_topics(entries, required_topics))
    return problems
