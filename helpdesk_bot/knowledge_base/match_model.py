"""The matcher's public types: score bands, weights and results (no numerical libraries).

Kept apart from :mod:`helpdesk_bot.knowledge_base.matcher` so that code which only configures or reads
matches (the composition root, the desk, the CLI) does not import numpy and rapidfuzz: a process that
never matches a question (a sending worker, most CLI commands) starts faster.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Decision = Literal["answer", "suggest", "fallback"]

#: Longest question text considered (characters); the rest is ignored.
MAX_TEXT_CHARS = 2000
#: Most content terms of a question considered.
MAX_QUERY_TERMS = 32
#: Longest token fuzzy-matched (longer ones only match exactly).
MAX_FUZZY_TOKEN = 40
#: Sentences of a long question scored besides the whole (see ``matcher.asking_sentences``); 1 and 2
#: gave the same figures on every set, 1 costs less.
MAX_ASKING_SENTENCES = 1
#: Content words an asking sentence needs to be scored on its own.
MIN_SENTENCE_TERMS = 2
#: Share of a question's weight the best family's extra terms must carry for it to dominate the runner-up
#: (see ``Matcher._dominates``).
DOMINANT_SHARE = 0.1
#: Content words of a question up to which the full answer threshold applies.
SHORT_QUESTION_TERMS = 5


@dataclass(frozen=True, slots=True)
class MatchThresholds:
    """Score bands of the matcher (scores are 0..100)."""

    #: The best family must score at least this much to be answered directly ...
    answer: float = 48.0
    suggest: float = 38.0
    #: ... and lead the runner-up family by at least this much (else buttons: two or more are close).
    margin: float = 6.0
    #: A long question scores lower (its situation words dilute it): the answer threshold drops by
    #: ``step`` points per content word beyond :data:`SHORT_QUESTION_TERMS`, down to ``floor`` (a floor
    #: above ``answer`` counts as ``answer``).
    floor: float = 40.0
    step: float = 2.0
    #: When the asking sentence of a long question raised the best score, the whole question must
    #: still put that family at least this far ahead of the runner-up (else buttons).
    whole_margin: float = 4.0
    #: The lead that suffices when the best family's matched question terms contain the runner-up's and
    #: add to them (the runner-up offers no other reading, only less of the question); at most ``margin``.
    dominant_margin: float = 3.0

    def __post_init__(self) -> None:
        if not 0 <= self.suggest <= self.answer <= 100:
            raise ValueError("thresholds must satisfy 0 <= suggest <= answer <= 100")
        if self.margin < 0 or self.step < 0 or self.whole_margin < 0 or self.dominant_margin < 0:
            raise ValueError("margins and step must not be negative")

    def answer_threshold(self, n_terms: int) -> float:
        """The score a question with ``n_terms`` content words needs to be answered directly."""
        lowered = self.answer - self.step * max(0, n_terms - SHORT_QUESTION_TERMS)
        return max(min(self.floor, self.answer), lowered)


@dataclass(frozen=True, slots=True)
class ScoringWeights:
    """Internal weights of the score (exposed for measurement, not for configuration)."""

    coverage: float = 0.35
    overlap: float = 0.35
    fuzzy: float = 0.20
    other_language: float = 0.96
    unknown_term: float = 0.8  # weight of an unknown term, as a share of the highest idf
    shortlist: int = 20
    support: float = 0.10
    fuzzy_scorer: str = "token_set_ratio"
    cross_language_approximate: float = 0.8
    typo_similarity: float = 0.9


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The outcome of matching one question."""

    decision: Decision
    entry_id: str | None
    candidates: tuple[str, ...]
    score: float
    needs_country: bool = False
    lang_used: str | None = None
    country: str | None = None
    #: The kind of chit-chat (``greeting``, ``thanks``, ``bye``) when the text is one; decision fallback.
    chitchat: str | None = None

    def to_json(self) -> dict[str, object]:
        """The ``kb match --jsonl`` output object."""
        return {
            "decision": self.decision,
            "entry_id": self.entry_id,
            "candidates": list(self.candidates),
            "score": round(self.score, 2),
        }


def thresholds_from(settings: Any) -> MatchThresholds:
    """The matching bands from ``HELPDESK_KB_ANSWER_THRESHOLD``, ``HELPDESK_KB_SUGGEST_THRESHOLD``,
    ``HELPDESK_KB_ANSWER_MARGIN``, ``HELPDESK_KB_ANSWER_FLOOR``, ``HELPDESK_KB_ANSWER_STEP``,
    ``HELPDESK_KB_ANSWER_WHOLE_MARGIN`` and ``HELPDESK_KB_ANSWER_DOMINANT_MARGIN``.

    Unset values keep the measured defaults of :class:`MatchThresholds`.
    """
    defaults = MatchThresholds()

    def value(name: str, default: float) -> float:
        configured = getattr(settings, name, None)
        return default if configured is None else float(configured)

    answer = value("kb_answer_threshold", defaults.answer)
    return MatchThresholds(
        answer=answer,
        suggest=value("kb_suggest_threshold", defaults.suggest),
        margin=value("kb_answer_margin", defaults.margin),
        floor=min(value("kb_answer_floor", defaults.floor), answer),
        step=value("kb_answer_step", defaults.step),
        whole_margin=value("kb_answer_whole_margin", defaults.whole_margin),
        dominant_margin=value("kb_answer_dominant_margin", defaults.dominant_margin),
    )
