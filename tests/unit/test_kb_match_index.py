"""The matcher's compact index (knowledge_base/match_index.py): postings, languages and weights agree with
the phrasings they are built from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from helpdesk_bot.knowledge_base import match_index
from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.matcher import Matcher
from helpdesk_bot.knowledge_base.model import Entry, KnowledgeBase, Translation

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def index() -> match_index.MatchIndex:
    return Matcher(load_knowledge_base(KNOWLEDGE))._index


def _doc_terms(index: match_index.MatchIndex, di: int) -> set[int]:
    return {t for _, terms in index.phrases(di) for t in terms}


def test_postings_list_exactly_the_documents_holding_each_term_in_order(index: match_index.MatchIndex) -> None:
    holders: dict[int, list[int]] = {}
    for di in range(index.n_docs):
        for t in _doc_terms(index, di):
            holders.setdefault(t, []).append(di)
    assert index.post_start[0] == 0 and index.post_start[-1] == len(index.post_docs)
    assert index.post_docs.dtype == np.int32
    for t, term in enumerate(index.vocab):
        assert index.postings(term).tolist() == holders.get(t, [])


def test_term_languages_and_phrasing_weights_follow_the_phrasings(index: match_index.MatchIndex) -> None:
    masks = [0] * len(index.vocab)
    for di in range(index.n_docs):
        bit = index.lang_bit[index.doc_lang_of(di)]
        for t in _doc_terms(index, di):
            masks[t] |= bit
    assert index.lang_mask == masks
    for p in range(len(index.phrase_start) - 1):
        terms = index.phrase_terms[index.phrase_start[p] : index.phrase_start[p + 1]]
        assert index.phrase_weight[p] == pytest.approx(sum(index.idf_by_id[t] for t in terms))


def test_weights_summed_in_blocks_equal_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_knowledge_base(KNOWLEDGE)
    whole = Matcher(kb)._index.phrase_weight
    monkeypatch.setattr(match_index, "WEIGHT_BLOCK", 7)  # many blocks, a short last one
    blocked = Matcher(kb)._index.phrase_weight
    assert np.allclose(whole, blocked)


def _arrays(index: match_index.MatchIndex) -> dict[str, object]:
    return {
        "vocab": index.vocab,
        "docs": (list(index.doc_entry), list(index.doc_lang), list(index.doc_start)),
        "phrasings": (list(index.phrase_start), list(index.phrase_terms)),
        "postings": (index.post_start.tolist(), index.post_docs.tolist()),
        "languages": index.lang_mask,
        "idf": list(index.idf_by_id),
    }


def test_words_analysed_in_blocks_give_the_same_index(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_knowledge_base(KNOWLEDGE)
    whole = _arrays(Matcher(kb)._index)
    monkeypatch.setattr(match_index, "TEXT_BLOCK", 1)  # a block per family
    assert _arrays(Matcher(kb)._index) == whole


def _entry(entry_id: str, texts: dict[str, tuple[str, ...]]) -> Entry:
    return Entry(entry_id, None, "help-desk", date(2026, 1, 1), (),
                 {lang: Translation(t[0], t[1:], "an answer") for lang, t in texts.items()})


def test_each_phrasing_holds_its_terms_once_and_repeats_no_earlier_one() -> None:
    kb = KnowledgeBase.from_entries([
        _entry("pricing", {"en": ("How do I price my prints?", "price, price and PRICE my prints",
                                  "how to price prints?!", "prints price", "What is it?", "price my prints")}),
        _entry("chit", {"en": ("Is it what you do?", "Who are you?")}),  # no content word: no document
        _entry("vat", {"en": ("VAT for prints", "prints: VAT!"), "pl": ("VAT na wydruki",)}),
    ])
    index = Matcher(kb)._index
    phrasings = {(index.entries[index.doc_entry[di]].id, index.doc_lang_of(di)):
                 [[index.vocab[t] for t in terms] for _, terms in index.phrases(di)] for di in range(index.n_docs)}
    price, prints, vat = (index.vocab[index.term_id[t]] for t in ("price", "print", "vat"))
    assert phrasings == {
        ("pricing", "en"): [[price, prints], [prints, price]],  # the same terms in another order stay
        ("vat", "en"): [[vat, prints], [prints, vat]],
        ("vat", "pl"): [[vat, "wydruk"]],
    }
    holders = {(index.entries[index.doc_entry[di]].id, index.doc_lang_of(di)) for di in index.postings(prints).tolist()}
    assert index.n_docs == 3 and holders == {("pricing", "en"), ("vat", "en")}
