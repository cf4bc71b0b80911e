"""Dominance of the best topic over the runner-up, and short compound heads (issue 13, long questions)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from helpdesk_bot.knowledge_base.match_evidence import Evidence, dominates
from helpdesk_bot.knowledge_base.match_model import MatchThresholds, thresholds_from
from helpdesk_bot.knowledge_base.matcher import Matcher
from helpdesk_bot.knowledge_base.model import Entry, KnowledgeBase, Translation


def _entry(entry_id: str, lang: str, phrasings: tuple[str, ...]) -> Entry:
    return Entry(entry_id, None, "help-desk", date(2026, 1, 1), (), {lang: Translation(phrasings[0], phrasings[1:], "a")})


# --------------------------------------------------------------------------- dominates()

_FAMILY = {0: "grant", 1: "grant", 2: "plan", 3: "other"}


def _docs(*scored: tuple[int, float]) -> list[tuple[int, float, float, float, float, float]]:
    return [(di, score, 0.0, 0.0, 0.0, 0.0) for di, score in scored]


def test_the_leader_dominates_when_it_holds_all_the_runner_up_holds_and_more() -> None:
    evidence = Evidence({0: 0b111, 1: 0b001, 2: 0b010}, [1.0, 1.0, 1.0])
    # the best document of each family counts: doc 0 (grant) against doc 2 (plan)
    assert dominates(_docs((0, 60.0), (1, 40.0), (2, 57.0)), evidence, _FAMILY.__getitem__)


def test_a_runner_up_with_a_term_of_its_own_is_another_reading() -> None:
    evidence = Evidence({0: 0b011, 2: 0b100}, [1.0, 1.0, 1.0])
    assert not dominates(_docs((0, 60.0), (2, 57.0)), evidence, _FAMILY.__getitem__)


def test_equal_evidence_does_not_dominate() -> None:
    evidence = Evidence({0: 0b011, 2: 0b011}, [1.0, 1.0])
    assert not dominates(_docs((0, 60.0), (2, 57.0)), evidence, _FAMILY.__getitem__)


def test_the_extra_terms_must_carry_weight() -> None:
    # the leader's only extra term weighs 0.05 of 10.05: below DOMINANT_SHARE
    evidence = Evidence({0: 0b11, 2: 0b01}, [10.0, 0.05])
    assert not dominates(_docs((0, 60.0), (2, 57.0)), evidence, _FAMILY.__getitem__)


def test_a_single_family_dominates_nothing() -> None:
    evidence = Evidence({0: 0b1, 1: 0b1}, [1.0])
    assert not dominates(_docs((0, 60.0), (1, 50.0)), evidence, _FAMILY.__getitem__)
    assert not dominates([], Evidence({}, []), _FAMILY.__getitem__)


# --------------------------------------------------------------------------- in the matcher

@pytest.fixture(scope="module")
def grant_and_plan() -> KnowledgeBase:
    return KnowledgeBase.from_entries(
        [
            _entry("start-grant", "de", ("Wie bekomme ich den Gründungszuschuss?", "Gründungszuschuss Antrag mit Businessplan")),
            _entry("business-plan", "de", ("Wie schreibe ich einen Businessplan?", "Businessplan Vorlage")),
            _entry("tenders", "de", ("Öffentliche Ausschreibungen", "Vergabe öffentlicher Aufträge")),
        ]
    )


def test_the_matcher_reports_a_dominant_leader(grant_and_plan: KnowledgeBase) -> None:
    matcher = Matcher(grant_and_plan)
    *_, dominant = matcher._entry_scores("Antrag auf Gründungszuschuss mit Businessplan", "de", None)
    assert dominant
    # "Vorlage" is the business plan's own: two readings, no dominance
    *_, dominant = matcher._entry_scores("Gründungszuschuss oder Businessplan Vorlage", "de", None)
    assert not dominant


def test_a_dominant_leader_is_answered_on_the_smaller_margin(grant_and_plan: KnowledgeBase) -> None:
    text = "Antrag auf Gründungszuschuss mit Businessplan"
    strict = Matcher(grant_and_plan, MatchThresholds(answer=10, suggest=5, floor=10, margin=100, dominant_margin=100))
    assert strict.match(text, "de").decision == "suggest"
    lenient = Matcher(grant_and_plan, MatchThresholds(answer=10, suggest=5, floor=10, margin=100, dominant_margin=0))
    result = lenient.match(text, "de")
    assert (result.decision, result.entry_id) == ("answer", "start-grant")
    # without dominance the full margin still applies
    assert lenient.match("Gründungszuschuss oder Businessplan Vorlage", "de").decision == "suggest"


def test_the_dominant_margin_is_configured_and_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    from helpdesk_bot.config import Settings

    assert MatchThresholds().dominant_margin == 3.0
    monkeypatch.setenv("HELPDESK_KB_ANSWER_DOMINANT_MARGIN", "2")
    assert thresholds_from(Settings(_env_file=None)).dominant_margin == 2.0  # type: ignore[call-arg]
    configured = thresholds_from(SimpleNamespace(kb_answer_dominant_margin=2.5))
    assert configured.dominant_margin == 2.5
    assert thresholds_from(SimpleNamespace()).dominant_margin == 3.0
    with pytest.raises(ValueError):
        MatchThresholds(dominant_margin=-1)


# --------------------------------------------------------------------------- short compound heads

@pytest.fixture(scope="module")
def customs() -> Matcher:
    return Matcher(
        KnowledgeBase.from_entries(
            [
                _entry("export", "de", ("Zoll beim Versand in die Schweiz", "Zoll und Ausfuhr")),
                _entry("register", "de", ("Gewerbe Anmeldung beim Gewerbeamt", "Anmeldung des Gewerbes")),
                _entry("export-pl", "pl", ("cło przy wysyłce", "zoll")),
            ]
        )
    )


def test_a_short_compound_head_matches_in_german(customs: Matcher) -> None:
    matches = customs._terms.matches("zollanmeldung", "de")
    assert "zoll" in matches and 0.6 < matches["zoll"] < 0.8
    assert max(matches, key=matches.__getitem__).startswith("anmeld")  # the head noun stays the best match
    # the customs topic now has evidence for the question (without the head it had none)
    scores = customs._entry_scores("Muss ich eine Zollanmeldung machen?", "de", None)[0]
    assert scores.get("export", 0.0) > 0.0


def test_a_short_head_needs_a_word_after_it_and_a_compounding_language(customs: Matcher) -> None:
    assert "zoll" not in customs._terms.matches("zollxqvbwrt", "de")  # no known word after the head
    assert "zoll" not in customs._terms.matches("zollanmeldung", "pl")  # not a compounding language
