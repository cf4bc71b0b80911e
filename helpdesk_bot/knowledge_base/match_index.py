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
earlier per-document objects (see ``benchmarks/matching.py``).  Building works a block of whole families
at a time (about :data:`TEXT_BLOCK` characters): each document's phrasings are prepared in one pass
(:func:`.normalise.prepared_text`), the block's words are found and hashed by numpy
(:mod:`.word_hashes`), each distinct word of the block is numbered by one dictionary look-up (a word is
analysed once per language), and the rest (each term once per phrasing, each phrasing once per document, postings,
languages and families of the terms) is done by numpy on the block's word numbers, not by a loop per
phrasing.  The (term, document) pairs are collected packed in one int64 each and sorted in place into the
postings, and the phrasings' weights are summed a block at a time: the build's peak stays close to the result.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from .model import Entry, KnowledgeBase
from .normalise import TEXT_BREAK, prepared_text
from .word_hashes import distinct_words, first_occurrences, sorted_unique, word_hashes, word_spans

#: Of how many documents :meth:`MatchIndex.phrases` and :meth:`MatchIndex.texts` keep their results.
DOCS_CACHED = 4096
#: Phrasings whose weights are summed at once while building (bounds the build's peak memory).
WEIGHT_BLOCK = 65536
#: Characters of prepared phrasings indexed together while building (whole families at a time, so at least
#: one family): bounds the build's peak memory, while each block's work is done by a few numpy operations,
#: not a loop per phrasing or per word.
TEXT_BLOCK = 1 << 19
#: Mixed into a word's first hash by its language: the same word in another language is another word.
_LANG_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
#: A (term, document) pair is packed as ``term * _TERM_SHIFT + document`` (documents fit in 32 bits).
_TERM_SHIFT = 1 << 32
#: The word number of a word that is no content term, and of the break after each phrasing.
_NO_TERM = -1
_TEXT_END = -2

V = TypeVar("V")

#: The term of a prepared word (:func:`.normalise.prepared_runs`) in a language (``""``: not a content word).
WordAnalyser = Callable[[str, str], str]


class MatchIndex:
    """Documents, phrasings, vocabulary, postings and idf of a knowledge base (immutable once built)."""

    def __init__(self, kb: KnowledgeBase, term_of: WordAnalyser) -> None:
        self.entries: list[Entry] = list(kb)
        entry_index = {e.id: i for i, e in enumerate(self.entries)}
        self.vocab: list[str] = []
        self.term_id: dict[str, int] = {}
        self.langs: list[str] = []
        self._lang_index: dict[str, int] = {}
        self.doc_entry = array("i")
        self.doc_lang = array("i")
        self.doc_start = array("i", [0])  # phrasings of document d: doc_start[d] .. doc_start[d + 1]
        self.phrase_start = array("i", [0])  # terms of phrasing p: phrase_start[p] .. phrase_start[p + 1]
        self.phrase_terms = array("i")
        # (term, document) pairs for the postings, each packed in one int64 (term in the high half): sorted in
        # place they give the postings, term by term, documents in order, with no second copy
        self._pairs = array("q")
        self._lang_terms: dict[int, set[int]] = {}  # the terms of each language (for the language masks)
        self._family_terms = array("q")  # the terms of each family (each once per family), for the idf
        self._word_ids: dict[int, int] = {}  # the hashes of a word in a language (one int) -> its number
        self._term_of = term_of

        # the phrasings are prepared a document at a time and indexed a block of whole families at a time
        block = _Block()
        for members in kb.families.values():
            for member_id in members:
                ei = entry_index[member_id]
                entry = self.entries[ei]
                for lang in entry.languages:
                    texts = list(entry.translations[lang].phrasings)
                    block.add(ei, self._lang_no(lang), len(texts), prepared_text(texts))
            block.end_family()
            if block.chars >= TEXT_BLOCK:
                self._index_block(block)
                block = _Block()
        self._index_block(block)
        del self._word_ids, block

        self.lang_bit: dict[str, int] = {lang: 1 << i for i, lang in enumerate(self.langs)}
        self.n_docs = len(self.doc_entry)
        vocab = self.vocab
        n_terms = len(vocab)
        # document frequency over families; the languages a term occurs in, a bit per language
        fp = np.frombuffer(self._family_terms, dtype=np.int64) if len(self._family_terms) else np.zeros(0, np.int64)
        df = np.bincount(fp, minlength=n_terms) if n_terms else np.zeros(0, np.int64)
        del fp, self._family_terms
        lang_mask = np.zeros(n_terms, dtype=np.int64)
        for li, terms_of_lang in self._lang_terms.items():
            lang_mask[np.fromiter(terms_of_lang, dtype=np.int64, count=len(terms_of_lang))] |= 1 << li
        del self._lang_terms
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
            weight_block = idf_np[terms_np[block_starts[0]:block_starts[-1]]]
            if not len(weight_block):
                continue
            sums = np.add.reduceat(weight_block, block_starts[:-1] - block_starts[0])
            sums[block_starts[:-1] == block_starts[1:]] = 0.0  # (never empty, but reduceat would repeat a value)
            weights[first:last] = sums
        self.phrase_weight: np.ndarray = weights

        # postings in CSR form: the documents of term t are post_docs[post_start[t]:post_start[t + 1]],
        # in increasing order: the packed pairs are unique, so sorting them in place orders them by term,
        # then document
        packed = np.frombuffer(self._pairs, dtype=np.int64) if len(self._pairs) else np.zeros(0, np.int64)
        packed.sort()
        bounds = np.arange(n_terms + 1, dtype=np.int64) * _TERM_SHIFT
        self.post_start: np.ndarray = np.searchsorted(packed, bounds).astype(np.int64)
        self.post_docs: np.ndarray = np.empty(len(packed), dtype=np.int32)
        np.bitwise_and(packed, _TERM_SHIFT - 1, out=self.post_docs, casting="unsafe")
        del packed, self._pairs
        # phrasings and fuzzy texts of recently shortlisted documents (bounded: the index stays compact)
        self._phrases: dict[int, tuple[tuple[int, tuple[int, ...]], ...]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}

    # ------------------------------------------------------------------ building

    def _lang_no(self, lang: str) -> int:
        li = self._lang_index.get(lang)
        if li is None:
            li = self._lang_index[lang] = len(self.langs)
            self.langs.append(lang)
        return li

    def _word_numbers(self, block: _Block) -> np.ndarray:
        """The number of each word of ``block``'s text: its term's (:data:`_NO_TERM`: none; :data:`_TEXT_END`
        for the breaks after each phrasing).

        Words are found and hashed by numpy (:mod:`.word_hashes`); each distinct word of the block is looked
        up once, and a new one analysed once per language. New terms are numbered in order of first
        appearance, as a word-by-word pass would number them.
        """
        text = "".join(block.texts)
        spans = word_spans(text)
        first, second = word_hashes(spans)
        doc_of_word = np.searchsorted(np.asarray(block.doc_chars, dtype=np.int64), spans.starts, side="right") - 1
        lang_of_word = np.asarray(block.doc_lang, dtype=np.uint64)[doc_of_word]
        first ^= lang_of_word * _LANG_MIX
        firsts, inverse = distinct_words(first, second)
        keys = [(a << 64) | b for a, b in zip(first[firsts].tolist(), second[firsts].tolist(), strict=True)]
        numbers = list(map(self._word_ids.get, keys))
        new = [i for i, number in enumerate(numbers) if number is None]
        if new:
            positions = firsts.tolist()
            new.sort(key=positions.__getitem__)  # in order of first appearance
            starts, ends, langs = spans.starts, spans.ends, lang_of_word
            for i in new:
                at = positions[i]
                word = text[int(starts[at]):int(ends[at])]
                numbers[i] = self._word_ids[keys[i]] = self._number_of(word, self.langs[int(langs[at])])
        return np.asarray(numbers, dtype=np.int64)[inverse]

    def _number_of(self, word: str, lang: str) -> int:
        """The number of a word not seen yet in ``lang``: its term's, numbering a new term."""
        if word == TEXT_BREAK:
            return _TEXT_END
        term = self._term_of(word, lang)
        if not term:
            return _NO_TERM
        tid = self.term_id.get(term)
        if tid is None:
            tid = self.term_id[term] = len(self.vocab)
            self.vocab.append(term)
        return tid

    def _index_block(self, block: _Block) -> None:
        """Add the documents of ``block``: each phrasing's terms once, in order; each phrasing of a
        document once; no phrasing without terms and no document without phrasings."""
        if not block.doc_entry:
            return
        words = self._word_numbers(block)
        ends = words == _TEXT_END
        text_of_word = np.cumsum(ends) - ends  # the phrasing (in the block) each word belongs to
        n_texts = int(ends.sum())
        content = words >= 0
        text_no = text_of_word[content]
        terms = words[content]
        del words, ends, text_of_word, content
        # each term once per phrasing, at its first place
        first, _ = first_occurrences((text_no << 32) | terms)
        first.sort()
        text_no, terms = text_no[first], terms[first]
        del first
        lengths = np.bincount(text_no, minlength=n_texts)
        del text_no
        text_starts = np.concatenate(([0], np.cumsum(lengths)))
        doc_of_text = np.repeat(np.arange(len(block.doc_entry)), block.doc_texts)
        keep = _first_of_each_phrasing(terms, text_starts, lengths, doc_of_text)
        kept_words = np.repeat(keep, lengths)
        terms32 = terms[kept_words].astype(np.int32)
        doc_texts = np.bincount(doc_of_text[keep], minlength=len(block.doc_entry))
        has_texts = doc_texts > 0
        # documents numbered in order, those without phrasings left out
        first_doc = len(self.doc_entry)
        doc_no = np.cumsum(has_texts) - 1 + first_doc
        self.doc_entry.frombytes(np.asarray(block.doc_entry, dtype=np.int32)[has_texts].tobytes())
        self.doc_lang.frombytes(np.asarray(block.doc_lang, dtype=np.int32)[has_texts].tobytes())
        base = len(self.phrase_start) - 1
        self.doc_start.frombytes((base + np.cumsum(doc_texts[has_texts])).astype(np.int32).tobytes())
        self.phrase_start.frombytes((len(self.phrase_terms) + np.cumsum(lengths[keep])).astype(np.int32).tobytes())
        self.phrase_terms.frombytes(terms32.tobytes())
        # postings, languages and families of the terms
        word_doc = doc_no[np.repeat(doc_of_text, lengths)[kept_words]]
        pairs = sorted_unique((terms[kept_words] << 32) | word_doc)
        self._pairs.frombytes(pairs.tobytes())
        pair_terms = pairs >> 32
        pair_docs = (pairs & (_TERM_SHIFT - 1)) - first_doc
        del pairs, word_doc
        doc_lang_np = np.asarray(block.doc_lang, dtype=np.int64)[has_texts]
        doc_family = np.asarray(block.doc_family, dtype=np.int64)[has_texts]
        pair_lang = doc_lang_np[pair_docs]
        for li in sorted_unique(pair_lang).tolist():
            self._lang_terms.setdefault(li, set()).update(sorted_unique(pair_terms[pair_lang == li]).tolist())
        family_terms = sorted_unique((doc_family[pair_docs] << 32) | pair_terms) & (_TERM_SHIFT - 1)
        self._family_terms.frombytes(family_terms.tobytes())

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


class _Block:
    """Documents waiting to be indexed: their entries, languages, families, phrasing counts and prepared text."""

    def __init__(self) -> None:
        self.doc_entry: list[int] = []
        self.doc_lang: list[int] = []
        self.doc_family: list[int] = []
        self.doc_texts: list[int] = []
        self.doc_chars: list[int] = []  # where each document's text starts in the block's text
        self.texts: list[str] = []
        self.chars = 0
        self._family = 0

    def add(self, entry: int, lang: int, n_texts: int, text: str) -> None:
        """A document: its entry and language numbers, how many phrasings, their prepared text
        (:func:`.normalise.prepared_text`)."""
        self.doc_entry.append(entry)
        self.doc_lang.append(lang)
        self.doc_family.append(self._family)
        self.doc_texts.append(n_texts)
        self.doc_chars.append(self.chars)
        self.texts.append(text)
        self.chars += len(text)

    def end_family(self) -> None:
        """The documents added next belong to another family."""
        self._family += 1


def _first_of_each_phrasing(
    terms: np.ndarray, text_starts: np.ndarray, lengths: np.ndarray, doc_of_text: np.ndarray
) -> np.ndarray:
    """Which phrasings to keep: those with terms that do not repeat an earlier phrasing of their document.

    Candidates are found by a hash of each phrasing's terms in order, then compared exactly (hashes may
    collide, terms may not).
    """
    keep = lengths > 0
    if not keep.any():
        return keep
    text_no = np.repeat(np.arange(len(lengths)), lengths)
    position = np.arange(len(terms)) - text_starts[text_no]
    hashed = (terms.astype(np.uint64) + np.uint64(1)) * _HASH_FACTORS[position % len(_HASH_FACTORS)]
    nonempty = np.flatnonzero(keep)
    text_hash = np.zeros(len(lengths), dtype=np.uint64)
    text_hash[nonempty] = np.add.reduceat(hashed, text_starts[nonempty])
    key = text_hash ^ (lengths.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    key ^= doc_of_text.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)
    _, inverse = first_occurrences(key[nonempty])
    counts = np.bincount(inverse)
    seen: set[tuple[int, tuple[int, ...]]] = set()
    for t in nonempty[counts[inverse] > 1].tolist():
        phrase = (int(doc_of_text[t]), tuple(terms[text_starts[t]:text_starts[t + 1]].tolist()))
        if phrase in seen:
            keep[t] = False
        else:
            seen.add(phrase)
    return keep


#: Factors of the phrasing hash (one per position, repeating): random odd 64-bit numbers, fixed.
_HASH_FACTORS = np.random.default_rng(13).integers(1, 2**63, size=64, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def _remember(cache: dict[int, V], key: int, value: V) -> None:
    """Keep ``value`` in ``cache``, dropping the oldest entry when it holds :data:`DOCS_CACHED`."""
    if len(cache) >= DOCS_CACHED:
        del cache[next(iter(cache))]
    cache[key] = value
