"""The sentences of a long question that name its need (scored besides the whole question by the matcher)."""

from __future__ import annotations

import re

from .match_model import MAX_ASKING_SENTENCES

_SENTENCE_END_RE = re.compile(r"(?<=[.?!;…])\s+|\n+")
#: A clause boundary inside a sentence: a comma, or a dash between spaces.
_CLAUSE_RE = re.compile(r",\s+|\s+[–—-]\s+")
_WORD_RE = re.compile(r"\w+")

#: Words that open a question clause, per language (lower case). A run-on question tells its situation
#: and asks in its last clause: "I sew cushions for friends, now more orders come, what must go on the invoice?"
QUESTION_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset("how what when where which who why can could do does is are should must will would".split()),
    "pl": frozenset("jak jaki jaka jakie jakiej co czy kiedy gdzie ile który która które kto dlaczego".split()),
    "cs": frozenset("jak jaký jaká jaké co kdy kde kolik který která které kdo proč musím mám můžu lze".split()),
    "sl": frozenset("kako kakšen kakšna kakšne kaj ali kdaj kje koliko kateri katera katere kdo zakaj".split()),
    "de": frozenset("was wie wann wo welche welcher welches wer warum muss kann soll darf brauche gibt".split()),
    "lt": frozenset("kaip ką kas ar kada kur kiek koks kokia kokie kodėl".split()),
    "sv": frozenset("hur vad när var vilken vilka vilket vem varför måste kan ska behöver finns".split()),
}
#: Fewest words of an asking clause (a shorter one names no need of its own).
MIN_CLAUSE_WORDS = 3


def asking_sentences(text: str, lang: str | None = None) -> list[str]:
    """The sentences of a several-sentence question that most likely name its need.

    The last sentence ending with a question mark, then the last sentence (at most
    :data:`MAX_ASKING_SENTENCES`): a descriptive question usually tells its situation first and asks
    last.  A one-sentence text gives its last clause when that opens with a question word of ``lang``
    (:data:`QUESTION_OPENERS`: "…, jetzt kommen immer mehr Bestellungen, was muss alles auf die Rechnung?"),
    else none (it is scored whole anyway).
    """
    sentences = [s.strip() for s in _SENTENCE_END_RE.split(text) if s.strip()]
    if len(sentences) < 2:
        clause = _asking_clause(sentences[0], lang) if sentences else None
        return [clause] if clause else []
    out: list[str] = []
    asking = [s for s in sentences if s.endswith("?")]
    if asking:
        out.append(asking[-1])
    if sentences[-1] not in out:
        out.append(sentences[-1])
    return out[:MAX_ASKING_SENTENCES]


def _asking_clause(sentence: str, lang: str | None) -> str | None:
    """The last clause of ``sentence`` when it opens with a question word and is not the whole sentence."""
    openers = QUESTION_OPENERS.get(lang or "")
    if not openers:
        return None
    clauses = [c.strip() for c in _CLAUSE_RE.split(sentence) if c.strip()]
    if len(clauses) < 2:
        return None
    words = _WORD_RE.findall(clauses[-1].lower())
    if len(words) < MIN_CLAUSE_WORDS or words[0] not in openers:
        return None
    return clauses[-1]
