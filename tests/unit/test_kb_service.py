"""The answering service: bands, families, asking the country, the English note, reload (rendering: test_kb_render)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpdesk_bot.knowledge_base.gaps import GapItem, cluster_gaps
from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.service import (
    Answered,
    AskCountry,
    ChitChat,
    KnowledgeService,
    Question,
    Suggested,
    Unanswered,
)

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "kb" / "fixture"


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return KnowledgeService(FIXTURE)


def test_a_clear_question_is_answered_with_the_member_of_the_persons_country(service: KnowledgeService) -> None:
    outcome = service.ask("When do I have to register for VAT?", "en", "PL")
    assert isinstance(outcome, Answered)
    assert outcome.answer.entry_id == "vat-pl"
    assert outcome.answer.lang_used == "en" and not outcome.answer.in_english
    assert outcome.answer.other_country is None
    assert outcome.answer.sources == ("https://www.podatki.gov.pl/",)


def test_the_persons_country_wins_whatever_the_language(service: KnowledgeService) -> None:
    outcome = service.ask("Kiedy muszę zarejestrować się jako podatnik VAT?", "pl", "SE")
    assert isinstance(outcome, Answered)
    assert outcome.answer.entry_id == "vat-se"
    # vat-se has no Polish: English with a note
    assert outcome.answer.lang_used == "en" and outcome.answer.in_english
    assert outcome.answer.other_country is None


def test_another_countrys_member_is_noted(service: KnowledgeService) -> None:
    outcome = service.ask("vat in sweden", "en", "PL")
    assert isinstance(outcome, Answered)
    assert outcome.answer.entry_id == "vat-se" and outcome.answer.other_country == "SE"


def test_unknown_country_of_a_country_scoped_family_asks_for_it(service: KnowledgeService) -> None:
    for country in (None, "OTHER"):
        outcome = service.ask("When do I have to register for VAT?", "en", country)
        assert isinstance(outcome, AskCountry)
        assert outcome.family == "vat"
        assert {c.country for c in outcome.choices} == {"PL", "DE", "SE"}
        assert all(c.question for c in outcome.choices)


def test_a_general_entry_is_answered_without_a_country(service: KnowledgeService) -> None:
    outcome = service.ask("copyright", "en", None)
    assert isinstance(outcome, Answered) and outcome.answer.entry_id == "copyright"


def test_a_vague_question_gets_suggestions_in_the_persons_language(service: KnowledgeService) -> None:
    outcome = service.ask("illustrations price", "en", "PL")  # copyright and pricing are close
    assert isinstance(outcome, Suggested)
    assert 1 <= len(outcome.choices) <= 3
    assert all(c.question for c in outcome.choices)
    assert outcome.entry_id == outcome.choices[0].entry_id


def test_an_unrelated_question_falls_back(service: KnowledgeService) -> None:
    outcome = service.ask("what is the weather tomorrow", "en", "PL")
    assert isinstance(outcome, Unanswered)


def test_english_fallback_when_the_entry_lacks_the_language(service: KnowledgeService) -> None:
    answer = service.answer_entry("consultation", "lt", "LT")
    assert answer is not None and answer.lang_used == "en" and answer.in_english
    assert service.answer_entry("consultation", "pl", "PL").lang_used == "pl"  # type: ignore[union-attr]
    assert service.answer_entry("no-such-entry", "en", None) is None


def test_long_questions_are_cut() -> None:
    q = Question.of("x" * 5000, 1000)
    assert q.truncated and len(q.text) == 1000
    assert not Question.of("  short  ").truncated


def test_topic_pages(service: KnowledgeService) -> None:
    assert "taxes" in service.categories()
    page = service.topic_page("taxes", "en", "PL", 0)
    assert page is not None
    assert [c.entry_id for c in page.choices] == ["vat-pl"]  # other countries' members are left out
    assert service.topic_page("nonsense", "en", None, 0) is None
    everything = service.topic_page("taxes", "en", None, 7)
    assert everything is not None and everything.page == 0 and len(everything.choices) == 3


def test_a_country_answer_names_its_country_and_offers_the_others(service: KnowledgeService) -> None:
    outcome = service.ask("vat in sweden", "en", "PL")
    assert isinstance(outcome, Answered)
    answer = outcome.answer
    assert answer.country == "SE"
    assert [(c.entry_id, c.country) for c in answer.other_members] == [("vat-de", "DE"), ("vat-pl", "PL")]
    general = service.answer_entry("pricing", "en", "PL")
    assert general is not None and general.country is None and general.other_members == ()


def test_chit_chat_is_its_own_outcome(service: KnowledgeService) -> None:
    assert service.ask("dzięki!", "pl", "PL") == ChitChat("thanks")
    assert service.ask("Hi there", "en", None) == ChitChat("greeting")
    assert isinstance(service.ask("Hi, when do I have to register for VAT?", "en", "PL"), Answered)


def test_reload_swaps_a_valid_knowledge_base_and_refuses_an_invalid_one(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    shutil.copytree(FIXTURE, folder)
    service = KnowledgeService(folder)
    assert len(service.kb) == 6
    before = service.live
    (folder / "consultation.yaml").unlink()
    result = service.reload_sync()
    assert result.ok and result.entries == 5 and result.previous_entries == 6
    assert service.live is not before and "consultation" not in service.kb

    (folder / "broken.yaml").write_text("id: broken\ncategory: [\n", encoding="utf-8")
    (folder / "copyright.yaml").write_text(
        (FIXTURE / "copyright.yaml").read_text(encoding="utf-8").replace("https://", "http://"), encoding="utf-8"
    )
    live = service.live
    refused = service.reload_sync()
    assert not refused.ok and refused.entries == 5
    assert any("broken.yaml" in str(p) for p in refused.problems)
    assert any("copyright.yaml" in str(p) and "https" in str(p) for p in refused.problems)
    assert service.live is live  # the current knowledge base stays live
    assert isinstance(service.ask("copyright", "en", None), Answered)


async def test_async_reload_runs_in_a_thread(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    shutil.copytree(FIXTURE, folder)
    service = KnowledgeService(folder)
    result = await service.reload()
    assert result.ok and result.version == 2


def test_an_invalid_folder_at_start_gives_an_empty_knowledge_base(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: [\n", encoding="utf-8")
    service = KnowledgeService(tmp_path)
    assert len(service.kb) == 0 and service.load_problems
    assert isinstance(service.ask("vat", "en", "PL"), Unanswered)


def test_the_fixture_is_what_the_tests_assume() -> None:
    kb = load_knowledge_base(FIXTURE)
    assert kb.is_country_scoped("vat") and set(kb.families["vat"]) == {"vat-pl", "vat-de", "vat-se"}


def test_gaps_are_grouped_by_similarity_and_ranked_by_frequency() -> None:
    from datetime import UTC, datetime, timedelta

    t0 = datetime(2026, 11, 1, tzinfo=UTC)
    texts = [
        ("How do I insure my workshop?", "en", None, "unanswered"),
        ("how to insure my workshop", "en", None, "unanswered"),
        ("Insurance for my workshop?", "en", None, "advisor"),
        ("Jak ubezpieczyć pracownię?", "pl", None, "unanswered"),
        ("jak ubezpieczyc pracownie", "pl", None, "unanswered"),
        ("When do I pay VAT?", "en", "vat-pl", "not_helpful"),
        (None, "en", "pricing", "not_helpful"),
        (None, "de", "pricing", "not_helpful"),
    ]
    items = [GapItem(i + 1, kind, text, lang, entry, t0 + timedelta(hours=i))
             for i, (text, lang, entry, kind) in enumerate(texts)]
    clusters = cluster_gaps(items)
    assert [c.count for c in clusters] == [3, 2, 2, 1]
    insure = clusters[0]
    assert insure.action == "add" and insure.kinds == {"unanswered": 2, "advisor": 1}
    assert insure.samples[0] == "Insurance for my workshop?"
    assert {c.key for c in clusters[1:3]} >= {"entry:pricing"}
    pricing = next(c for c in clusters if c.key == "entry:pricing")
    assert pricing.action == "improve" and pricing.entries == {"pricing": 2} and pricing.samples == []
    vat = clusters[-1]
    assert vat.action == "improve" and vat.to_json()["entries"] == {"vat-pl": 1}
