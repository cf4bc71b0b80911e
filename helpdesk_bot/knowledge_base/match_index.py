"""The matcher's index of a knowledge base, kept compact so that it scales to thousands of entries.

Every entry contributes one *document* per language it is written in (its question and alternative
phrasings, analysed).  Instead of Python objects per document and phrasing, everything is kept in
flat arrays of integers:

* terms are numbered (``vocab[i]`` is term ``i``; ``term_id`` maps back);
* the phrasings' terms are one ``array('i')`` of term numbers with the start of each phrasing, and
  documents are ranges of phrasings;
* postings (the documents holding a term) are one numpy array in CSR form (``post_start``);
* the languages a term occurs in are a bit mask per term.

At 10,000 synthetic entries this holds the same information in a fraction of the memory of the
earlier per-document objects (see ``benchmarks/matching.py``); phrasings are analysed with a word
cache, so building is quick too. Building keeps its peak close to the result: the (term, document) pairs
are collected packed in one int64 each and sorted in place into the postings, the languages of the terms
are sets per language, and the phrasings' weights are summed a block at a time.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from itertools import accumulate, chain, islice, repeat
from operator import add
from typing import TypeVar

import numpy as np

from .model import Entry, KnowledgeBase

#: Of how many documents :meth:`MatchIndex.phrases` and :meth:`MatchIndex.texts` keep their results.
DOCS_CACHED = 4096
#: Phrasings whose weights are summed at once while building (bounds the build's peak memory).
WEIGHT_BLOCK = 65536
#: A (term, document) pair is packed as ``term * _TERM_SHIFT + document`` (documents fit in 32 bits).
_TERM_SHIFT = 1 << 32

V = TypeVar("V")

#: Analyses the phrasings of one document (texts in one language) into their content terms.
Analyser = Callable[[list[str], str], list[list[str]]]


class MatchIndex:
    """Documents, phrasings, vocabulary, postings and idf of a knowledge base (immutable once built)."""

    def __init__(self, kb: KnowledgeBase, analyse: Analyser) -> None:
        self.entries: list[Entry] = list(kb)
        entry_index = {e.id: i for i, e in enumerate(self.entries)}
        self.vocab: list[str] = []
        self.term_id: dict[str, int] = {}
        self.langs: list[str] = []
        lang_index: dict[str, int] = {}
        self.doc_entry = array("i")
        self.doc_lang = array("i")
        self.doc_start = array("i", [0])  # phrasings of document d: doc_start[d] .. doc_start[d + 1]
        self.phrase_start = array("i", [0])  # terms of phrasing p: phrase_start[p] .. phrase_start[p + 1]
        self.phrase_terms = array("i")
        # (term, document) pairs for the postings, each packed in one int64 (term in the high half): sorted in
        # place they give the postings, term by term, documents in order, with no second copy
        pairs = array("q")
        lang_terms: dict[int, set[int]] = {}  # the terms of each language (for the language masks)
        family_pairs = array("i")  # the terms of each family (each once per family), for the idf
        term_id = self.term_id
        vocab = self.vocab
        for members in kb.families.values():
            family_terms: set[int] = set()
            for member_id in members:
                ei = entry_index[member_id]
                entry = self.entries[ei]
                for lang in entry.languages:
                    # each phrasing's terms once, in order; each phrasing once; none without terms
                    analysed = analyse(list(entry.translations[lang].phrasings), lang)
                    phrases = dict.fromkeys(map(tuple, map(dict.fromkeys, analysed)))
                    phrases.pop((), None)
                    if not phrases:
                        continue
                    li = lang_index.get(lang)
                    if li is None:
                        li = lang_index[lang] = len(self.langs)
                        self.langs.append(lang)
                    di = len(self.doc_entry)
                    self.doc_entry.append(ei)
                    self.doc_lang.append(li)
                    # the document's phrasings at once (C-level maps, not a loop per phrasing)
                    flat_terms = list(chain.from_iterable(phrases))
                    ids = list(map(term_id.get, flat_terms))
                    if None in ids:  # new terms are numbered in order of first appearance
                        for i, tid in enumerate(ids):
                            if tid is None:
                                t = flat_terms[i]
                                tid = term_id.get(t)
                                if tid is None:
                                    tid = term_id[t] = len(vocab)
                                    vocab.append(t)
                                ids[i] = tid
                    ends = accumulate(map(len, phrases), initial=len(self.phrase_terms))
                    self.phrase_start.extend(islice(ends, 1, None))  # (its first start is the last end)
                    self.phrase_terms.extend(ids)  # type: ignore[arg-type]
                    doc_terms: set[int] = set(ids)  # type: ignore[arg-type]
                    self.doc_start.append(len(self.phrase_start) - 1)
                    pairs.extend(map(add, map(_TERM_SHIFT.__mul__, doc_terms), repeat(di)))
                    lang_terms.setdefault(li, set()).update(doc_terms)
                    family_terms |= doc_terms
            family_pairs.extend(family_terms)
        self.lang_bit: dict[str, int] = {lang: 1 << i for i, lang in enumerate(self.langs)}
        self.n_docs = len(self.doc_entry)
        n_terms = len(vocab)
        # document frequency over families; the languages a term occurs in, a bit per language
        fp = np.frombuffer(family_pairs, dtype=np.int32) if len(family_pairs) else np.zeros(0, np.int32)
        df = np.bincount(fp, minlength=n_terms) if n_terms else np.zeros(0, np.int64)
        lang_mask = np.zeros(n_terms, dtype=np.int64)
        for li, terms_of_lang in lang_terms.items():
            lang_mask[np.fromiter(terms_of_lang, dtype=np.int64, count=len(terms_of_lang))] |= 1 << li
        del lang_terms
        self.lang_mask: list[int] = lang_mask.tolist()

        n_families = max(len(kb.families), 1)
        self.max_idf = math.log(1.0 + n_families)
        idf = array("d", np.log(1.0 + n_families / np.maximum(df, 1)).tolist())
        self.idf: dict[str, float] = dict(zip(vocab, idf, strict=True))
        self.idf_by_id = idf
        terms_np = np.frombuffer(self.phrase_terms, dtype=np.int32) if len(self.phrase_terms) else np.zeros(0, np.int32)
        idf_np = np.frombuffer(idf, dtype=np.float64) if len(idf) else np.zeros(0)
        starts = np.frombuffer(self.phrase_start, dtype=np.int32)
        n_phrases = len(starts) - 1
        weights = np.zeros(n_phrases)
        # the sum of each phrasing's term idfs, a block of phrasings at a time: one float per term of the
        # whole index at once would be the largest allocation of the build (55 MB at 10,000 entries)
        for first in range(0, n_phrases if len(terms_np) else 0, WEIGHT_BLOCK):
            last = min(first + WEIGHT_BLOCK, n_phrases)
            block_starts = starts[first:last + 1]
            block = idf_np[terms_np[block_starts[0]:block_starts[-1]]]
            if not len(block):
                continue
            sums = np.add.reduceat(block, block_starts[:-1] - block_starts[0])
            sums[block_starts[:-1] == block_starts[1:]] = 0.0  # (never empty, but reduceat would repeat a value)
            weights[first:last] = sums
        self.phrase_weight: np.ndarray = weights

        # postings in CSR form: the documents of term t are post_docs[post_start[t]:post_start[t + 1]],
        # in increasing order: the packed pairs are unique, so sorting them in place orders them by term,
        # then document
        packed = np.frombuffer(pairs, dtype=np.int64) if len(pairs) else np.zeros(0, np.int64)
        packed.sort()
        bounds = np.arange(n_terms + 1, dtype=np.int64) * _TERM_SHIFT
        self.post_start: np.ndarray = np.searchsorted(packed, bounds).astype(np.int64)
        self.post_docs: np.ndarray = np.empty(len(packed), dtype=np.int32)
        np.bitwise_and(packed, _TERM_SHIFT - 1, out=self.post_docs, casting="unsafe")
        del packed, pairs
        # phrasings and fuzzy texts of recently shortlisted documents (bounded: the index stays compact)
        self._phrases: dict[int, tuple[tuple[int, tuple[int, ...]], ...]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}

    # ------------------------------------------------------------------ lookups

    def __contains__(self, term: object) -> bool:
        return term in self.term_id

    def postings(self, term: str) -> np.ndarray:
        """The documents holding ``term`` (increasing; a view, do not modify)."""
        tid = self.term_id[term]
        return self.post_docs[self.post_start[tid] : self.post_start[tid + 1]]

    def in_language(self, term: str, lang: str) -> bool:
        """True when ``term`` occurs in a document in ``lang``."""
        bit = self.lang_bit.get(lang, 0)
        return bool(self.lang_mask[self.term_id[term]] & bit)

    def doc_lang_of(self, di: int) -> str:
        """The language of document ``di``."""
        return self.langs[self.doc_lang[di]]

    def phrases(self, di: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """``(phrasing number, its term numbers)`` of document ``di``.

        Every question reads those of its shortlisted documents, so those of the last
        :data:`DOCS_CACHED` documents are kept (built again after eviction; oldest first).
        """
        cached = self._phrases.get(di)
        if cached is None:
            starts = self.phrase_start
            terms = self.phrase_terms
            cached = tuple((p, tuple(terms[starts[p] : starts[p + 1]]))
                           for p in range(self.doc_start[di], self.doc_start[di + 1]))
            _remember(self._phrases, di, cached)
        return cached

    def texts(self, di: int) -> tuple[str, ...]:
        """Each phrasing of document ``di`` as its terms joined by spaces (what fuzzy matching sees; cached
        like :meth:`phrases`)."""
        cached = self._texts.get(di)
        if cached is None:
            vocab = self.vocab
            cached = tuple(" ".join([vocab[t] for t in terms]) for _, terms in self.phrases(di))
            _remember(self._texts, di, cached)
        return cached


def _remember(cache: dict[int, V], key: int, value: V) -> None:
    """Keep ``value`` in ``cache``, dropping the oldest entry when it holds :data:`DOCS_CACHED`."""
    if len(cache) >= DOCS_CACHED:
        del cache[next(iter(cache))]
    cache[key] = value
