"""Matching one question word against the vocabulary of a :class:`.match_index.MatchIndex`.

A (folded) question word is tried with its stems in the question's language and in English and as
the bare folded word, each against the vocabulary: exactly (similarity 1), by prefix
(``zarejestrowac`` ~ ``zarejestrow``: 0.75-0.95), by edit distance (typos: one edit, transpositions
included, in words of 5-9 letters, two in longer ones: 0.9 / 0.8) and by containment (compounds such as
``Betriebshaftpflichtversicherung`` ~ ``haftpflichtversicher``: 0.6-0.95; in German and Swedish also a
4-letter first part before a known word, ``Zollanmeldung`` ~ ``zoll``).  An approximate match with a
word that only occurs in other languages counts 0.8 times (``backe`` is not ``backer``).  Results are
cached per (word, language).
"""

from __future__ import annotations

import bisect

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .match_index import MatchIndex
from .match_model import MAX_FUZZY_TOKEN, ScoringWeights
from .normalise import stem

#: Languages that write compounds as one word.
COMPOUNDING_LANGUAGES = frozenset({"de", "sv"})
#: Length of a short compound head matched on its own (longer heads are matched as prefixes).
COMPOUND_HEAD = 4
#: Shortest rest of a compound after a short head.
MIN_COMPOUND_REST = 5


class TermMatcher:
    """Vocabulary terms similar to a question word, with similarity 0..1 (build once per index)."""

    def __init__(self, index: MatchIndex, weights: ScoringWeights) -> None:
        self._index = index
        self.weights = weights
        self._term_cache: dict[tuple[str, str | None], dict[str, float]] = {}
        self._vocab_sorted: list[str] = sorted(index.vocab)
        buckets: dict[tuple[str, int], list[str]] = {}
        suffixes: dict[str, list[str]] = {}
        for t in self._vocab_sorted:
            if len(t) >= 4:
                buckets.setdefault((t[0], len(t)), []).append(t)
            if len(t) >= 9:
                for i in range(1, len(t) - 5):
                    suffixes.setdefault(t[i:], []).append(t)
        self._buckets = buckets
        self._suffixes = suffixes

    def matches(self, token: str, lang: str | None) -> dict[str, float]:
        """Vocabulary terms similar to a (folded) question word, with similarity 0..1."""
        key = (token, lang)
        cached = self._term_cache.get(key)
        if cached is not None:
            return cached
        result: dict[str, float] = {}
        variants = dict.fromkeys((stem(token, lang), stem(token, "en"), token))
        for q in variants:
            for t, s in self._variant_matches(q, lang).items():
                if s < 1.0 and lang is not None and not self._index.in_language(t, lang):
                    # an approximate match with a word of another language is weak evidence
                    s *= self.weights.cross_language_approximate
                if s > result.get(t, 0.0):
                    result[t] = s
        if len(self._term_cache) > 50_000:
            self._term_cache.clear()
        self._term_cache[key] = result
        return result

    def _variant_matches(self, q: str, lang: str | None = None) -> dict[str, float]:
        vocab = self._index
        res: dict[str, float] = {}
        if q in vocab:
            res[q] = 1.0
        n = len(q)
        if n < 4 or n > MAX_FUZZY_TOKEN:
            return res

        def put(t: str, s: float) -> None:
            if s > res.get(t, 0.0):
                res[t] = s

        # the vocabulary term is a prefix of the question term (missing/other ending)
        for i in range(5, n):
            p = q[:i]
            if p in vocab:
                put(p, min(0.95, 0.75 + 0.25 * i / n))
        # the question term is a prefix of vocabulary terms
        if n >= 5:
            start = bisect.bisect_right(self._vocab_sorted, q)
            for t in self._vocab_sorted[start : start + 64]:
                if not t.startswith(q):
                    break
                put(t, min(0.95, 0.75 + 0.25 * n / len(t)))
        # typos: one edit (a transposition counts as one) in words of 5-9 letters, two in
        # longer ones; the first letter is rarely wrong, so it selects the candidates
        if n >= 5:
            max_edits = 1 if n <= 9 else 2
            bucket: list[str] = []
            for length in range(n - max_edits, n + max_edits + 1):
                bucket.extend(self._buckets.get((q[0], length), ()))
            if bucket:
                for t, edits, _ in process.extract(
                    q, bucket, scorer=OSA.distance, score_cutoff=max_edits, limit=None
                ):
                    if edits > 0:
                        put(
                            t,
                            self.weights.typo_similarity
                            if edits <= 1
                            else self.weights.typo_similarity - 0.1,
                        )
        # compounds: vocabulary terms inside the question term, the question term ending one
        if n >= 8:
            for i in range(1, n - 4):
                for j in range(i + 5, n + 1):
                    sub = q[i:j]
                    if sub in vocab:
                        put(sub, 0.6 + 0.35 * len(sub) / n)
        # the first part of a compound may be a short word (``Zoll`` in ``Zollanmeldung``, ``moms`` in
        # ``momsregistrering``): in compounding languages, a 4-letter term before a part of 5 letters or more
        if lang in COMPOUNDING_LANGUAGES and n >= COMPOUND_HEAD + MIN_COMPOUND_REST:
            head, rest = q[:COMPOUND_HEAD], q[COMPOUND_HEAD:]
            if head in vocab and vocab.in_language(head, lang) and self._is_word_start(rest):
                put(head, 0.6 + 0.35 * len(head) / n)
        if n >= 6:
            for t in self._suffixes.get(q, ()):
                put(t, 0.6 + 0.35 * n / len(t))
        return res

    def _is_word_start(self, rest: str) -> bool:
        """True when ``rest`` (of a compound) begins with a vocabulary term of 5 letters or more."""
        vocab = self._index
        return any(rest[:j] in vocab for j in range(MIN_COMPOUND_REST, len(rest) + 1))
