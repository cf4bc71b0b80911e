"""Normalisation: folding, tokens, stopwords, stemming (country cues: test_kb_cues.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpdesk_bot.knowledge_base.cues import load_cues
from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.normalise import (
    STOPWORDS,
    TEXT_BREAK,
    analyse,
    fold,
    fold_token,
    folded_words,
    is_content_token,
    prepared_runs,
    prepared_words,
    stem,
    stopwords_for,
    tokens,
)

SHIPPED_CUES = Path(__file__).resolve().parents[2] / "knowledge" / "_cues.yaml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish: ogonki and ł
        ("Jak założyć DZIAŁALNOŚĆ?", "jak zalozyc dzialalnosc"),
        ("Łódź, żółć", "lodz zolc"),
        # Czech: háčky, kroužek
        ("Živnostenský list, plátce DPH", "zivnostensky list platce dph"),
        ("Kolik stojí ůčet?", "kolik stoji ucet"),
        # Slovenian: s.p. joined
        ("Kako odprem s.p.?", "kako odprem sp"),
        ("Zavezanec za DDV – d.o.o.", "zavezanec za ddv doo"),
        # German: umlauts and sharp s
        ("Größe der Künstlersozialkasse", "grosse der kunstlersozialkasse"),
        # Lithuanian
        ("Kaip įregistruoti individualią veiklą?", "kaip iregistruoti individualia veikla"),
        ("Švedijoje, mokėtoju", "svedijoje moketoju"),
        # Swedish: å ä ö, F-skatt joined
        ("Hur får jag F-skatt för min ateljé?", "hur far jag fskatt for min atelje"),
        # Danish/Norwegian letters that do not decompose
        ("Øre, Æble", "ore aeble"),
        # English, punctuation and whitespace
        ("  What's the   VAT-threshold?!  ", "whats the vat threshold"),
        ("e-shop / e-mail", "eshop email"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_is_idempotent_and_case_insensitive() -> None:
    text = "Ärger mit der MEHRWERTSTEUER, ŁADNIE"
    assert fold(fold(text)) == fold(text)
    assert fold(text.upper()) == fold(text.lower())


def test_fold_handles_empty_and_symbols_only() -> None:
    assert fold("") == ""
    assert fold("?!…  🙂 ") == ""
    assert tokens("") == []


def test_fold_compatibility_forms() -> None:
    # full-width letters and ligatures are normalised by NFKC
    assert fold("ＶＡＴ ﬁrma") == "vat firma"


@pytest.mark.parametrize("lang", ["pl", "cs", "sl", "de", "lt", "sv", "en"])
def test_every_language_has_folded_stopwords(lang: str) -> None:
    words = STOPWORDS[lang]
    assert len(words) > 50
    assert all(w == fold(w) for w in words)
    assert stopwords_for(lang) >= STOPWORDS["en"]


@pytest.mark.parametrize(
    ("text", "lang", "must_contain", "must_not_contain"),
    [
        ("Jak założyć firmę w Polsce?", "pl", "firm", "jak"),
        ("Jak získat živnostenský list?", "cs", "zivnostensk", "jak"),
        ("Kako odprem s.p. v Sloveniji?", "sl", "sp", "kako"),
        ("Wie melde ich ein Gewerbe an?", "de", "gewerb", "wie"),
        ("Kaip įregistruoti individualią veiklą?", "lt", "veikl", "kaip"),
        ("Hur startar jag enskild firma?", "sv", "firm", "hur"),
        ("How do I register a business?", "en", "busi", "how"),
    ],
)
def test_analyse_drops_stopwords_and_stems(
    text: str, lang: str, must_contain: str, must_not_contain: str
) -> None:
    terms = analyse(text, lang)
    assert any(t.startswith(must_contain) for t in terms), terms
    assert must_not_contain not in terms


def test_analyse_removes_country_names_and_numbers() -> None:
    cues = load_cues(SHIPPED_CUES)[0]
    assert analyse("VAT in Sweden 2025", "en", cues.is_name) == ["vat"]
    assert analyse("rejestracja firmy w Szwecji", "pl", cues.is_name) == analyse("rejestracja firmy", "pl")
    assert analyse("VAT in Sweden 2025", "en") == ["vat", "sweden"]  # without cues, a word like any other


def test_stemming_with_and_without_diacritics_meet() -> None:
    assert stem(fold("działalności"), "pl") == stem(fold("dzialalnosc"), "pl")
    assert stem(fold("pojištění"), "cs") == stem(fold("pojisteni"), "cs")
    assert stem(fold("företaget"), "sv") == stem(fold("foretag"), "sv")
    assert stem(fold("prispevkov"), "sl") == stem(fold("prispevki"), "sl")


def test_stem_unknown_language_is_identity() -> None:
    assert stem("kartoffel", "xx") == "kartoffel"
    assert stem("abc", None) == "abc"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jak założyć działalność w CEIDG? ZUS-u nie płacę, VAT-owiec.", "pl"),
        ("Musím jako OSVČ vydávat účtenky na trzích?", "cs"),
        ("Kako odprem s.p. preko portala e-VEM (www.e-vem.gov.si)?", "sl"),
        ("Brauche ich für den Weihnachtsmarkt eine Registrierkasse mit TSE? Straße", "de"),
        ("Ar man reikia kasos aparato, kai parduodu mugėse?", "lt"),
        ("Behöver jag F-skatt för att sälja på julmarknader?", "sv"),
        ("What's the VAT threshold for an e-shop at www.biznes.gov.pl?", "en"),
    ],
)
def test_prepared_words_folded_equal_folded_words(text: str, lang: str) -> None:
    # the index analyses prepared words (folded one by one, cached); questions use folded_words
    assert [w for w in map(fold_token, prepared_words(text)) if w] == folded_words(text)
    stop = stopwords_for(lang)
    via_index = [stem(w, lang) for w in map(fold_token, prepared_words(text)) if w and is_content_token(w, stop)]
    assert via_index == analyse(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("siema, ogolnie troche mega pytanie o fakture", "pl", ["pytan", "faktur"]),
        ("sem zacatecnik a teda potrebuju fakturu", "cs", ["zacatecnik", "faktur"]),
        ("pac res malo racun", "sl", ["racun"]),
        ("brauch nen Beleg fürn Markt", "de", ["brauch", "beleg", "markt"]),
        ("reik saskaitos nu", "lt", ["saskait"]),
        ("asså ba en faktura", "sv", ["faktur"]),
        ("pls tbh idk basically invoice", "en", ["invoic"]),
    ],
)
def test_informal_filler_words_are_stopwords(text: str, lang: str, expected: list[str]) -> None:
    assert analyse(text, lang) == expected


# --------------------------------------------------------------------------- many texts in one pass

_AWKWARD_TEXTS = [
    "ZUS-u i VAT-owiec, www.biznes.gov.pl, s.p. in d.o.o., F-skatt, e-shop, what’s, don't",
    "İstanbul ﬁnanz ẞtraße… (１２３) ＶＡＴ－Nummer ｄ．ｏ．ｏ．",
    "",
    "   ",
    "-",
    "a.b.c.",
    "text_with_underscores and ` backticks`",
    "crème brûlée\u0301 e\u0301",
]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_prepared_runs_equal_each_text_prepared_alone(count: int) -> None:
    texts = (_AWKWARD_TEXTS * 3)[: count * len(_AWKWARD_TEXTS)] if count else []
    expected = [word for text in texts for word in [*prepared_words(text), TEXT_BREAK]]
    assert prepared_runs(texts) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=6))
def test_prepared_runs_equal_any_texts_prepared_alone(texts: list[str]) -> None:
    assert prepared_runs(texts) == [w for t in texts for w in [*prepared_words(t), TEXT_BREAK]]


def test_prepared_runs_equal_each_shipped_phrasing_prepared_alone() -> None:
    kb = load_knowledge_base(Path(__file__).resolve().parents[2] / "knowledge")
    for entry in kb:
        for translation in entry.translations.values():
            texts = list(translation.phrasings)
            assert prepared_runs(texts) == [w for t in texts for w in [*prepared_words(t), TEXT_BREAK]], entry.id
