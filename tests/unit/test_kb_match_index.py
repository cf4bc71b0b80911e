"""The matcher's compact index (knowledge_base/match_index.py): postings, languages and weights agree with
the phrasings they are built from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from helpdesk_bot.knowledge_base import match_index
from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.matcher import Matcher

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
