"""Loading a knowledge-base folder into a :class:`~.model.KnowledgeBase`."""

from __future__ import annotations

from pathlib import Path

from .model import KnowledgeBase
from .validation import (
    KnowledgeBaseInvalid,
    check_chitchat,
    check_cues,
    check_entries,
    check_required_topics,
    check_scope,
)


def load_knowledge_base(directory: Path, required_topics: Path | None = None) -> KnowledgeBase:
    """Load every entry file (``*.yaml`` not starting with ``_``) of ``directory``, its country cues, chit-chat and scope checks.

    All per-file and cross-file checks of :mod:`.validation` apply; the list of
    required topics is only checked when ``required_topics`` is given, so that a bot
    can run on a knowledge base that is still being written.

    Raises :class:`KnowledgeBaseInvalid` with every problem when anything is wrong.
    """
    entries, problems = check_entries(Path(directory))
    cues, cue_problems = check_cues(Path(directory))
    problems.extend(cue_problems)
    chitchat, chitchat_problems = check_chitchat(Path(directory))
    problems.extend(chitchat_problems)
    scope, scope_problems = check_scope(Path(directory), entries)
    problems.extend(scope_problems)
    if required_topics is not None:
        problems.extend(check_required_topics(entries, required_topics))
    if problems:
        raise KnowledgeBaseInvalid(problems)
    return KnowledgeBase.from_entries(entries, cues, chitchat, scope)


__all__ = ["KnowledgeBaseInvalid", "load_knowledge_base"]
