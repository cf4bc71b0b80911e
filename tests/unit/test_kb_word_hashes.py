"""The index build's numpy tokenizer (knowledge_base/word_hashes.py): the same words as the word pattern, equal
hashes for equal words, and distinct words numbered as numpy's unique numbers them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpdesk_bot.knowledge_base import match_index, word_hashes
from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.matcher import Matcher
from helpdesk_bot.knowledge_base.normalise import _WORD_RE, TEXT_BREAK, prepared_text, prepared_words
from helpdesk_bot.knowledge_base.word_hashes import (
    distinct_words,
    first_occurrences,
    sorted_unique,
    word_spans,
)

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"

_AWKWARD = [
    "",
    "   ",
    "snake_case and under_score_",
    "Ǆemal’s 2nd café – naïve ÅSA, Straße 12½ ①",
    "emoji 🎨🎨 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters 𐐀𐐨 beyond the plane",
    "combining: e\u0301 a\u0308 i\u0307",
    "ZUS-u, s.p., d.o.o., www.gov.pl/web, e-shop",
]


def _finditer_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD_RE.finditer(text)]


def _spans(text: str) -> list[tuple[int, int]]:
    spans = word_spans(text)
    return list(zip(spans.starts.tolist(), spans.ends.tolist(), strict=True))


@pytest.mark.parametrize("text", _AWKWARD)
def test_word_spans_are_the_word_patterns_words(text: str) -> None:
    assert _spans(text) == _finditer_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_word_spans_are_the_word_patterns_words_for_any_text(text: str) -> None:
    assert _spans(text) == _finditer_spans(text)


def test_word_spans_of_every_shipped_document_are_the_word_patterns_words() -> None:
    kb = load_knowledge_base(KNOWLEDGE)
    text = "".join(prepared_text(list(t.phrasings)) for entry in kb for t in entry.translations.values())
    assert _spans(text) == _finditer_spans(text)


def test_equal_words_have_equal_hashes_and_the_shipped_words_distinct_ones() -> None:
    kb = load_knowledge_base(KNOWLEDGE)
    text = "".join(prepared_text(list(t.phrasings)) for entry in kb for t in entry.translations.values())
    spans = word_spans(text)
    first, second = word_hashes.word_hashes(spans)
    words = [text[s:e] for s, e in zip(spans.starts.tolist(), spans.ends.tolist(), strict=True)]
    by_word: dict[str, tuple[int, int]] = {}
    for word, pair in zip(words, zip(first.tolist(), second.tolist(), strict=True), strict=True):
        assert by_word.setdefault(word, pair) == pair, word
    assert len(set(by_word.values())) == len(by_word) > 10_000


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=60))
def test_first_occurrences_and_sorted_unique_are_numpys_unique(values: list[int]) -> None:
    array = np.asarray(values, dtype=np.uint64)
    expected_values, expected_first, expected_inverse = np.unique(array, return_index=True, return_inverse=True)
    firsts, inverse = first_occurrences(array)
    assert firsts.tolist() == expected_first.tolist()
    assert inverse.tolist() == expected_inverse.ravel().tolist()
    assert sorted_unique(array).tolist() == expected_values.tolist()


def test_words_that_share_a_first_hash_are_told_apart_by_the_second() -> None:
    first = np.array([7, 7, 7, 3], dtype=np.uint64)
    second = np.array([1, 2, 1, 5], dtype=np.uint64)
    firsts, inverse = distinct_words(first, second)
    assert inverse[0] == inverse[2] != inverse[1]
    assert len(firsts) == 3 and sorted(firsts.tolist()) == [0, 1, 3]


def test_the_index_is_the_same_when_every_first_hash_collides(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_knowledge_base(KNOWLEDGE)
    expected = Matcher(kb)._index
    real = word_hashes.word_hashes

    def colliding(spans: word_hashes.WordSpans) -> tuple[np.ndarray, np.ndarray]:
        first, second = real(spans)
        return np.zeros_like(first), second

    monkeypatch.setattr(match_index, "word_hashes", colliding)
    index = Matcher(kb)._index
    assert index.vocab == expected.vocab
    assert list(index.phrase_terms) == list(expected.phrase_terms)
    assert index.post_docs.tolist() == expected.post_docs.tolist()


def test_each_phrasing_holds_the_terms_of_its_words_analysed_one_by_one() -> None:
    kb = load_knowledge_base(KNOWLEDGE)
    matcher = Matcher(kb)
    index = matcher._index
    for di in range(index.n_docs):
        entry, lang = index.entries[index.doc_entry[di]], index.doc_lang_of(di)
        expected: list[tuple[int, ...]] = []
        for text in entry.translations[lang].phrasings:
            terms = [matcher._term_of(word, lang) for word in prepared_words(text) if word != TEXT_BREAK]
            numbered = tuple(dict.fromkeys(index.term_id[t] for t in terms if t))
            if numbered and numbered not in expected:
                expected.append(numbered)
        assert [terms for _, terms in index.phrases(di)] == expected, (entry.id, lang)
