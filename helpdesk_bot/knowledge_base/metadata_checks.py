"""Checks of the knowledge base's metadata files (names starting with ``_``): the required topics
(``_topics.yaml``), the country cues (``_cues.yaml``), the chit-chat vocabulary (``_chitchat.yaml``) and
the scope checks (``_scope.yaml``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from .chitchat import CHITCHAT_FILE, ChitChatVocabulary, load_chitchat
from .cues import CUES_FILE, Cues, load_cues
from .model import Entry
from .problems import Problem
from .scope import ALL_FAMILIES, SCOPE_FILE, Scope, load_scope


def _load_topics(path: Path) -> tuple[list[Mapping[str, Any]], list[Problem]]:
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(name, "file", f"cannot be read: {exc}")]
    except yaml.YAMLError as exc:
        return [], [Problem(name, "yaml", f"does not parse: {str(exc).splitlines()[0]}")]
    topics = data.get("topics") if isinstance(data, Mapping) else None
    if not isinstance(topics, list):
        return [], [Problem(name, "topics", "must be a list of {id, languages, country?}")]
    good: list[Mapping[str, Any]] = []
    problems: list[Problem] = []
    for i, topic in enumerate(topics):
        if not isinstance(topic, Mapping) or not isinstance(topic.get("id"), str):
            problems.append(Problem(name, f"topics[{i}]", "must be a mapping with an id"))
            continue
        good.append(topic)
    return good, problems


def check_required_topics(entries: Iterable[Entry], topics_file: Path) -> list[Problem]:
    """Check that every topic of ``topics_file`` exists with its languages and country."""
    topics, problems = _load_topics(topics_file)
    by_id = {e.id: e for e in entries}
    for topic in topics:
        topic_id = str(topic["id"])
        file = f"{topic_id}.yaml"
        entry = by_id.get(topic_id)
        if entry is None:
            problems.append(
                Problem(file, "id", f"required topic {topic_id!r} is missing (see {topics_file.name})")
            )
            continue
        wanted_country = topic.get("country")
        if wanted_country != entry.country:
            problems.append(
                Problem(
                    file, "country", f"must be {wanted_country or 'absent'} (is {entry.country or 'absent'})"
                )
            )
        languages = topic.get("languages") or []
        missing = [lang for lang in languages if lang not in entry.translations]
        if missing:
            problems.append(
                Problem(file, "translations", f"missing required language(s): {', '.join(missing)}")
            )
    return problems


def check_cues(directory: Path) -> tuple[Cues, list[Problem]]:
    """Load and check the country cues of a folder (``_cues.yaml``; none when the file is absent)."""
    cues, found = load_cues(directory / CUES_FILE)
    return cues, [Problem(CUES_FILE, p.field, p.message) for p in found]


def check_chitchat(directory: Path) -> tuple[ChitChatVocabulary, list[Problem]]:
    """Load and check the chit-chat vocabulary of a folder (``_chitchat.yaml``; none when absent)."""
    vocabulary, found = load_chitchat(directory / CHITCHAT_FILE)
    return vocabulary, [Problem(CHITCHAT_FILE, where, message) for where, message in found]


def check_scope(directory: Path, entries: Iterable[Entry] = ()) -> tuple[Scope, list[Problem]]:
    """Load and check the scope checks of a folder (``_scope.yaml``; none when absent).

    With ``entries``, every family named must be a family of the knowledge base.
    """
    scope, found = load_scope(directory / SCOPE_FILE)
    problems = [Problem(SCOPE_FILE, where, message) for where, message in found]
    families = {entry.family for entry in entries}
    if families:
        for family in scope.required:
            if family not in families:
                problems.append(Problem(SCOPE_FILE, f"families.{family}", "is not a family of the knowledge base"))
        for role in scope.roles:
            for family in sorted(role.families - families - {ALL_FAMILIES}):
                problems.append(Problem(SCOPE_FILE, f"private_roles.{role.name}.families",
                                        f"{family!r} is not a family of the knowledge base"))
    return scope, problems

