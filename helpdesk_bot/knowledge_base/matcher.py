"""Matching a free-text question to knowledge-base entries.

How a question is scored
------------------------
Every entry contributes one *document* per language it is written in, made of its
question and alternative phrasings, each analysed by :func:`.normalise.analyse`
(folded, stopwords and country names removed, stemmed).  For a question:

1. Each content word is matched against the vocabulary of the knowledge base (exactly, by prefix,
   typo or compound part, see :mod:`.match_terms`).
2. Each question word is weighted by the inverse document frequency of the term it
   matched, counted over *families* (so that ``vat`` is not made common by its six
   country members).  A word that matches nothing gets 0.8 times the highest weight:
   words like *weather*, *pizza* or *car* are evidence that the question is about
   something else, and this is what keeps "how do I register a car" from being
   answered with a business registration.
3. ``coverage`` of a document = the weighted share of the question's words found in
   it.  An inverted index (numpy arrays of document numbers per term) computes it for
   every document at once and shortlists the 20 best.
4. For each shortlisted document: ``overlap`` = the best weighted soft Dice
   coefficient between the question and one phrasing (both sides must be covered);
   ``fuzzy`` = the best rapidfuzz ``token_set_ratio`` between the analysed question
   and an analysed phrasing; ``support`` = the weighted share of question words that
   occur in several (up to three) phrasings, i.e. that the entry is *about*.
5. ``score = 100 * (0.35 coverage + 0.35 overlap + 0.10 support) + 0.20 fuzzy``
   (0..100), times 0.96 for a document in another language than the person's: their
   own language is searched first, but a strong hit in English or another language
   still counts.  An entry scores its best document, a family its best member.

Deciding
--------
What is answered from the scores (the bands, the margins, the scope check, the country of a family's
member) is :mod:`.match_decision`, documented there.

Speed
-----
Everything is indexed once in the constructor; a question costs a few numpy
operations over the documents plus exact scoring of the shortlist, with the word
matching cached.  See ``benchmarks/matching.py`` for measured figures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from .chitchat import EMPTY_CHITCHAT
from .cues import EMPTY_CUES
from .match_decision import Decisions
from .match_evidence import Evidence, dominates
from .match_index import MatchIndex
from .match_model import (
    MAX_QUERY_TERMS,
    MAX_TEXT_CHARS,
    MIN_SENTENCE_TERMS,
    MatchResult,
    MatchThresholds,
    ScoringWeights,
)
from .match_sentences import asking_sentences
from .match_terms import TermMatcher
from .model import KnowledgeBase
from .normalise import fold_token, is_content_token, stem, stopwords_for, tokens
from .scope import EMPTY_SCOPE

__all__ = ["MatchResult", "MatchThresholds", "Matcher", "ScoringWeights"]

#: A question term: matching vocabulary terms with similarity, weight, term for fuzzy comparison.
_QueryTerm = tuple[dict[str, float], float, str]


class Matcher(Decisions):
    """Matches questions against a knowledge base; build once, reuse for every question.

    Scoring lives here; deciding what to answer from the scores is :class:`.match_decision.Decisions`.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        thresholds: MatchThresholds | None = None,
        weights: ScoringWeights | None = None,
    ) -> None:
        self.kb = kb
        self.thresholds = thresholds or MatchThresholds()
        self.weights = weights or ScoringWeights()
        self.cues = kb.cues or EMPTY_CUES
        self.chitchat = kb.chitchat or EMPTY_CHITCHAT
        self.scope = kb.scope or EMPTY_SCOPE
        self._fuzzy_scorer = getattr(fuzz, self.weights.fuzzy_scorer)
        self._build()

    # ------------------------------------------------------------------ index

    def _term_of(self, word: str, lang: str) -> str:
        """The index term of a prepared word in ``lang``: folded, not a stopword or a cue's name, stemmed
        (``""``: none). :class:`.match_index.MatchIndex` asks once per word and language."""
        folded = fold_token(word)
        keep = bool(folded) and is_content_token(folded, stopwords_for(lang)) and not self.cues.is_name(folded, lang)
        return stem(folded, lang) if keep else ""

    def _build(self) -> None:
        index = self._index = MatchIndex(self.kb, self._term_of)
        self._entries = index.entries
        self._idf = index.idf
        self._max_idf = index.max_idf
        self._unknown_weight = self.weights.unknown_term * self._max_idf
        self._terms = TermMatcher(index, self.weights)
        self._n_docs = index.n_docs
        self._tie_breaker = np.arange(self._n_docs, dtype=np.float64) * 1e-12

    # ------------------------------------------------------------------ scoring

    def _is_topic_word(self, lang: str | None) -> Callable[[str], bool]:
        """Whether a folded word matches the knowledge base's vocabulary (exactly, by prefix, typo or
        compound part): a word of a question, not of chit-chat."""
        return lambda word: bool(self._terms.matches(word, lang))

    def _query_terms(self, folded: Sequence[str], lang: str | None) -> list[_QueryTerm]:
        stop = stopwords_for(lang)
        out: list[_QueryTerm] = []
        seen: set[str] = set()
        unknown = 0
        for tok in folded:
            if not is_content_token(tok, stop) or tok in seen:
                continue
            seen.add(tok)
            if self.cues.is_name(tok, lang):
                continue
            matches = self._terms.matches(tok, lang)
            if matches:
                # the word's weight is that of its best match; among equal ones, a term of the question's
                # own language (``pracy`` is Polish ``prac``, not the rare English stem ``praci``)
                best = max(
                    matches.items(),
                    key=lambda kv: (kv[1], lang is not None and self._index.in_language(kv[0], lang), self._idf[kv[0]]),
                )
                out.append((matches, self._idf[best[0]], best[0]))
            else:
                # unknown words are evidence of another subject, with diminishing weight: one or two
                # of them sink a short off-topic question, but the many situation words of a long,
                # descriptive question must not drown the few topic words it has
                unknown += 1
                out.append((matches, self._unknown_weight / unknown, stem(tok, lang)))
            if len(out) >= MAX_QUERY_TERMS:
                break
        return out

    def _coverage(self, query: list[_QueryTerm]) -> np.ndarray:
        cov = np.zeros(self._n_docs, dtype=np.float64)
        total = 0.0
        for matches, weight, _ in query:
            total += weight
            if not matches:
                continue
            if len(matches) == 1:
                (t, s), *_ = matches.items()
                cov[self._index.postings(t)] += weight * s
                continue
            best = np.zeros(self._n_docs, dtype=np.float64)
            for t, s in matches.items():
                idx = self._index.postings(t)
                best[idx] = np.maximum(best[idx], s)
            cov += weight * best
        if total > 0:
            cov /= total
        return cov

    def _shortlist(self, cov: np.ndarray) -> list[int]:
        """Documents with the highest coverage (ties: the earlier document), at most ``shortlist``."""
        nonzero = np.flatnonzero(cov)
        k = self.weights.shortlist
        if len(nonzero) <= k:
            return [int(i) for i in nonzero]
        # a tiny decreasing tie-breaker keeps the selection deterministic and spares
        # argpartition the slow path it takes on many equal values
        key = cov[nonzero] - self._tie_breaker[: len(nonzero)]
        return [int(i) for i in nonzero[np.argpartition(key, -k)[-k:]]]

    def _doc_components(
        self,
        di: int,
        query: list[_QueryTerm],
        hits_by_id: Mapping[int, list[tuple[int, float]]],
    ) -> tuple[float, float, int]:
        """Best phrase overlap (soft weighted Dice, 0..1), support (0..1) and the question terms found
        of document ``di``.

        ``hits_by_id`` maps the number of each vocabulary term matched by the question to
        ``(question term number, similarity)`` pairs.  ``support`` is the weighted share
        of question terms found in several phrasings (up to three): an entry that is
        *about* a word repeats it.  The terms found (similarity 0.8 or more in some phrasing) are a bit
        mask over the question's terms (see :func:`.match_evidence.dominates`).
        """
        q_total = sum(weight for _, weight, _ in query)
        idf = self._index.idf_by_id
        q_best_of: dict[int, dict[int, float]] = {}
        p_matched_of: dict[int, float] = {}
        for pi, terms in self._index.phrases(di):
            for tid in terms:
                found = hits_by_id.get(tid)
                if found is None:
                    continue
                q_best = q_best_of.get(pi)
                if q_best is None:
                    q_best = q_best_of[pi] = {}
                t_best = 0.0
                for qi, s in found:
                    if s > t_best:
                        t_best = s
                    if s > q_best.get(qi, 0.0):
                        q_best[qi] = s
                p_matched_of[pi] = p_matched_of.get(pi, 0.0) + idf[tid] * t_best
        best_overlap = 0.0
        hits = [0] * len(query)
        weights = self._index.phrase_weight
        for pi, q_best in q_best_of.items():
            q_matched = 0.0
            for qi, s in q_best.items():
                q_matched += query[qi][1] * s
                if s >= 0.8:
                    hits[qi] += 1
            denom = q_total + float(weights[pi])
            overlap = (q_matched + p_matched_of[pi]) / denom if denom > 0 else 0.0
            if overlap > best_overlap:
                best_overlap = overlap
        support = 0.0
        if q_total > 0:
            support = sum(w * min(h, 3) / 3 for (_, w, _), h in zip(query, hits, strict=True)) / q_total
        held = 0
        for qi, h in enumerate(hits):
            if h:
                held |= 1 << qi
        return best_overlap, support, held

    def _combine(
        self, coverage: float, overlap: float, fuzzy_score: float, support: float, same_language: bool
    ) -> float:
        w = self.weights
        score = (
            100.0 * (w.coverage * coverage + w.overlap * overlap + w.support * support)
            + w.fuzzy * fuzzy_score
        )
        return score if same_language else score * w.other_language

    def _scored_docs(
        self, text: str, lang: str | None, profile: str | None = None
    ) -> tuple[list[tuple[int, float, float, float, float, float]], list[str], int, Evidence]:
        """Shortlisted documents as ``(doc, score, coverage, overlap, fuzzy, support)``, the question's
        countries, its number of content words and which of its terms each document holds."""
        folded = tokens(text[:MAX_TEXT_CHARS])
        countries = self.cues.countries(folded, lang, profile)
        query = self._query_terms(folded, lang)
        evidence = Evidence({}, [weight for _, weight, _ in query])
        if not query or self._n_docs == 0 or not any(m for m, _, _ in query):
            return [], countries, len(query), evidence
        cov = self._coverage(query)
        top = self._shortlist(cov)
        query_text = " ".join(dict.fromkeys(term for _, _, term in query))
        term_id = self._index.term_id
        hits_by_id: dict[int, list[tuple[int, float]]] = {}
        for qi, (matches, _, _) in enumerate(query):
            for t, s in matches.items():
                hits_by_id.setdefault(term_id[t], []).append((qi, s))
        fuzzy_scores = self._fuzzy_scores(query_text, top)
        out: list[tuple[int, float, float, float, float, float]] = []
        for di, fuzzy_score in zip(top, fuzzy_scores, strict=True):
            c = float(cov[di])
            overlap, support, evidence.found[di] = self._doc_components(di, query, hits_by_id)
            same = lang is None or self._index.doc_lang_of(di) == lang
            out.append(
                (di, self._combine(c, overlap, fuzzy_score, support, same), c, overlap, fuzzy_score, support)
            )
        return out, countries, len(query), evidence

    def _fuzzy_scores(self, query_text: str, docs: Sequence[int]) -> list[float]:
        """Best fuzzy ratio (0..100) of the analysed question against each document's phrasings.

        One rapidfuzz call over the phrasings of all the documents, then a maximum per
        document.
        """
        texts: list[str] = []
        starts: list[int] = []
        for di in docs:
            starts.append(len(texts))
            texts.extend(self._index.texts(di))
        if not texts or not query_text:
            return [0.0] * len(docs)
        scores = process.cdist([query_text], texts, scorer=self._fuzzy_scorer, dtype=np.float32)[0]
        return [float(v) for v in np.maximum.reduceat(scores, starts)]

    def _entry_scores(
        self, text: str, lang: str | None, profile: str | None
    ) -> tuple[dict[str, float], list[str], int, float, bool]:
        """Entry scores, the question's countries, its content-word count, how much its asking
        sentence raised the best score and whether the best family dominates the runner-up (see
        :func:`.match_evidence.dominates`).

        A question of several sentences is also scored by its asking sentences (see
        :func:`asking_sentences`): a long question tells its situation first, and those words dilute
        the score of the few that name the need.  A sentence only *confirms*: when its best family is
        the whole question's best family, that family's entries keep their better score; a sentence
        pointing elsewhere counts half: every entry keeps the better of its whole-question score and the
        mean of both scores, so the asked topic moves up the buttons ("I registered in Lithuania last
        month. At what turnover must I register for VAT?" offers VAT first), while the whole-question
        lead that a direct answer needs (``whole_margin``) keeps it from being answered on the sentence
        alone (answering on the sentence alone was measured: five more confident wrong answers).
        A confirming sentence whose best family leads by the margin on its own words (at a score worth
        offering, :meth:`_leads_by_the_margin`) reports a raise of 0: the sentence is the question, the rest
        its situation, and the decision asks no whole-question lead (see :mod:`.match_decision`); the raised
        score still needs the answer threshold and the margin.
        The content-word count (it lowers the answer threshold of long questions) stays the whole
        question's.  At most :data:`MAX_ASKING_SENTENCES` extra scorings per question.
        """
        docs, countries, n_terms, evidence = self._scored_docs(text, lang, profile)
        scores = self._best_by_entry(docs)
        dominant = dominates(docs, evidence, self._family_of_doc)
        whole_best = max(scores.values(), default=0.0)
        leader = self._leading_family(scores)
        confirmed = False  # an asking sentence that by itself leads by the margin for the leader
        for sentence in asking_sentences(text[:MAX_TEXT_CHARS], lang) if leader is not None else ():
            if self._clearly_ahead(scores, n_terms):
                break  # already answered on its score: a sentence cannot change the decision
            sentence_docs, _, sentence_terms, _ = self._scored_docs(sentence, lang, profile)
            if sentence_terms < MIN_SENTENCE_TERMS:
                continue
            sentence_scores = self._best_by_entry(sentence_docs)
            if self._leading_family(sentence_scores) != leader:
                # a sentence pointing elsewhere is half the evidence: each entry keeps the better of its
                # whole-question score and the mean of both, so the asked topic moves up the buttons but
                # cannot take a clear lead from the whole question
                whole = dict(scores)
                for entry_id in whole.keys() | sentence_scores.keys():
                    mean = (whole.get(entry_id, 0.0) + sentence_scores.get(entry_id, 0.0)) / 2
                    if mean > scores.get(entry_id, 0.0):
                        scores[entry_id] = mean
                continue
            confirmed = confirmed or self._leads_by_the_margin(sentence_scores)
            for entry_id, s in sentence_scores.items():
                if self.kb[entry_id].family == leader and s > scores.get(entry_id, 0.0):
                    scores[entry_id] = s
        raised = 0.0 if confirmed else max(scores.values(), default=0.0) - whole_best
        return scores, countries, n_terms, raised, dominant

    def _family_of_doc(self, di: int) -> str:
        """The family of document ``di``."""
        return self._entries[self._index.doc_entry[di]].family

    def _best_by_entry(self, docs: Sequence[tuple[int, float, float, float, float, float]]) -> dict[str, float]:
        """Each shortlisted entry's best document score."""
        scores: dict[str, float] = {}
        for di, s, *_ in docs:
            entry_id = self._entries[self._index.doc_entry[di]].id
            if s > scores.get(entry_id, 0.0):
                scores[entry_id] = s
        return scores

    def explain(self, text: str, lang: str | None, limit: int = 5) -> list[dict[str, object]]:
        """The best-scoring documents with their score components (for staff and debugging)."""
        docs, _, _, _ = self._scored_docs(text, lang)
        docs.sort(key=lambda d: -d[1])
        return [
            {
                "entry_id": self._entries[self._index.doc_entry[di]].id,
                "lang": self._index.doc_lang_of(di),
                "score": round(s, 2),
                "coverage": round(c, 3),
                "overlap": round(o, 3),
                "fuzzy": round(f, 1),
                "support": round(u, 3),
            }
            for di, s, c, o, f, u in docs[:limit]
        ]
