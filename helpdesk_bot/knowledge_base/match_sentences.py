"""The sentences of a long question that name its need (scored besides the whole question by the matcher)."""

from __future__ import annotations

import re

from .match_model import MAX_ASKING_SENTENCES

_SENTENCE_END_RE = re.compile(r"(?<=[.?!;…])\s+|\n+")


def asking_sentences(text: str) -> list[str]:
    """The sentences of a several-sentence question that most likely name its need.

    The last sentence ending with a question mark, then the last sentence (at most
    :data:`MAX_ASKING_SENTENCES`): a descriptive question usually tells its situation first and asks
    last.  A one-sentence text gives none (it is scored whole anyway).
    """
    sentences = [s.strip() for s in _SENTENCE_END_RE.split(text) if s.strip()]
    if len(sentences) < 2:
        return []
    out: list[str] = []
    asking = [s for s in sentences if s.endswith("?")]
    if asking:
        out.append(asking[-1])
    if sentences[-1] not in out:
        out.append(sentences[-1])
    return out[:MAX_ASKING_SENTENCES]
