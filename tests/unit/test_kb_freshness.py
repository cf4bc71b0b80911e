"""Freshness rules: deadlines need valid_until, figures without a year warn, sources as {url, country},
stale entries, and `kb validate` keeping its exit-code contract with warnings."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from helpdesk_bot.knowledge_base.commands import cmd_validate
from helpdesk_bot.knowledge_base.freshness import (
    deadline_phrase,
    figures_without_year,
    months_before,
    stale_entries,
)
from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.validation import parse_entry, validate_directory


def write_entry(folder: Path, entry_id: str, answer: str = "Plain advice.", *, extra: str = "",
                sources: str = "[https://example.org/]", reviewed: str = "2026-11-01", lang: str = "en") -> Path:
    """One entry file; ``extra`` is added as top-level YAML lines."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "\n".join("      " + line for line in answer.splitlines())
    translations = f"  {lang}:\n    question: What about {entry_id}?\n    answer: |\n{body}\n"
    if lang != "en":
        translations += f"  en:\n    question: What about {entry_id}?\n    answer: Plain advice.\n"
    path = folder / f"{entry_id}.yaml"
    path.write_text(f"id: {entry_id}\ncategory: funding\nreviewed: {reviewed}\n{extra}sources: {sources}\n"
                    f"translations:\n{translations}", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The 2026 window closed in early December 2026."),
    ("en", "Apply by 15 January 2027 at the latest."),
    ("pl", "Nabór 2026 trwa do końca marca."),
    ("cs", "Výzva pro rok 2026 se uzavírá v březnu."),
    ("sl", "Javni razpis za leto 2026 je odprt do 31. marca."),
    ("de", "Die Antragsfrist für 2026 endet am 31. März."),
    ("lt", "2026 m. kvietimas baigiasi kovo 31 d."),
    ("sv", "Sista ansökningsdag är 31 mars 2026."),
])
def test_deadlines_and_call_windows_are_found_in_every_language(lang: str, text: str) -> None:
    assert deadline_phrase("Some context.\n" + text, lang) is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Your VAT return is due by the 25th of the following month."),  # a recurring rule, no year
    ("en", "Costs in 2026: EUR 850 for one class."),  # a dated figure, not a deadline
    ("pl", "Od 2026 r. limit wynosi 240 000 zł."),
    ("de", "Seit dem 1. Januar 2025 gilt die neue Grenze."),
    ("lt", "Neregistruotas ES dizainas (iki 2025 m. vadintas Bendrijos dizainu)."),
])
def test_recurring_rules_and_dated_figures_are_not_deadlines(lang: str, text: str) -> None:
    assert deadline_phrase(text, lang) is None


def test_figures_without_a_year() -> None:
    assert figures_without_year("The fee is EUR 350 per design.") == ["EUR 350"]
    assert figures_without_year("Since 1 May 2025 the fee is EUR 350 per design.") == []
    # a bullet takes the year of the paragraph that introduces its list
    assert figures_without_year("Amounts in 2026:\n\n• base PLN 5,652\n• preferential PLN 1,441.80") == []
    # an abbreviation ("2026 m.") does not end the sentence that names the year
    assert figures_without_year("2026 m. MMA yra 1 153 Eur per mėnesį.") == []
    assert figures_without_year("Registration is free. No figures here.") == []


def test_months_before_clips_to_the_end_of_the_month() -> None:
    assert months_before(date(2026, 12, 7), 12) == date(2025, 12, 7)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 2) == date(2025, 11, 15)


def test_an_answer_naming_a_call_window_needs_valid_until(tmp_path: Path) -> None:
    path = write_entry(tmp_path, "grant-call", "The 2026 call for applications closes on 31 March 2026.")
    entry, problems = parse_entry(path)
    assert [(p.field, p.message.split(":")[0]) for p in problems] == [("valid_until", "missing")]
    assert entry is not None  # built, but the folder does not validate
    write_entry(tmp_path, "grant-call", "The 2026 call for applications closes on 31 March 2026.",
                extra="valid_until: 2026-03-31\n")
    entry, problems = parse_entry(path)
    assert problems == [] and entry is not None and entry.valid_until == date(2026, 3, 31)


def test_the_deadline_rule_looks_at_every_language(tmp_path: Path) -> None:
    path = write_entry(tmp_path, "nabor", "Nabór 2026 jest otwarty do 31 marca 2026 r.", lang="pl")
    _, problems = parse_entry(path)
    assert any(p.field == "valid_until" and "pl answer" in p.message for p in problems)


def test_valid_until_must_be_a_date(tmp_path: Path) -> None:
    _, problems = parse_entry(write_entry(tmp_path, "bad-date", extra="valid_until: next spring\n"))
    assert [p.field for p in problems] == ["valid_until"]


def test_sources_may_be_mappings_with_a_country(tmp_path: Path) -> None:
    sources = ("\n  - https://europa.eu/\n  - {url: https://www.zus.pl/, country: PL}\n"
               "  - {url: https://euipo.europa.eu/, country: EU}")
    entry, problems = parse_entry(write_entry(tmp_path, "mixed", sources=sources))
    assert problems == [] and entry is not None
    assert entry.sources == ("https://europa.eu/", "https://www.zus.pl/", "https://euipo.europa.eu/")
    assert entry.source_countries == {"https://www.zus.pl/": "PL", "https://euipo.europa.eu/": "EU"}


@pytest.mark.parametrize(("source", "field"), [
    ("{url: https://www.zus.pl/, country: FR}", "sources[0].country"),
    ("{url: http://www.zus.pl/, country: PL}", "sources[0].url"),
    ("{country: PL}", "sources[0].url"),
    ("{url: https://www.zus.pl/, land: PL}", "sources[0].land"),
])
def test_bad_source_mappings_are_reported(tmp_path: Path, source: str, field: str) -> None:
    _, problems = parse_entry(write_entry(tmp_path, "bad-source", sources=f"\n  - {source}"))
    assert field in [p.field for p in problems]


def test_validate_prints_warnings_apart_and_keeps_exit_code_zero(tmp_path: Path) -> None:
    write_entry(tmp_path, "fee", "The fee is EUR 350 per design.")
    out, err = io.StringIO(), io.StringIO()
    assert cmd_validate(tmp_path, out, err) == 0
    assert out.getvalue() == ""
    assert err.getvalue().startswith("warning: fee.yaml: translations.en.answer: figure without a year: 'EUR 350'")
    write_entry(tmp_path, "call", "The 2026 window closes on 1 March 2026.")
    out, err = io.StringIO(), io.StringIO()
    assert cmd_validate(tmp_path, out, err) == 1
    assert out.getvalue().splitlines() == [line for line in out.getvalue().splitlines() if line.startswith("call.yaml")]
    assert "call.yaml: valid_until: missing" in out.getvalue()


def test_stale_entries_by_expiry_review_date_and_dead_source(tmp_path: Path) -> None:
    write_entry(tmp_path, "fresh", reviewed="2026-11-01")
    write_entry(tmp_path, "expired", extra="valid_until: 2026-12-04\n", reviewed="2026-11-22")
    write_entry(tmp_path, "old", reviewed="2025-12-06")
    write_entry(tmp_path, "border", reviewed="2025-12-07")
    write_entry(tmp_path, "dead", sources="[https://gone.example.org/page]")
    kb = load_knowledge_base(tmp_path)
    stale = stale_entries(kb, date(2026, 12, 7), 12, {"https://gone.example.org/page": "HTTP 404"})
    assert [(s.entry_id, [r.kind for r in s.reasons]) for s in stale] == [
        ("expired", ["expired"]), ("dead", ["source"]), ("old", ["review"]),
    ]
    assert stale[0].to_json()["reasons"] == [{"kind": "expired", "date": "2026-12-04"}]
    # on its valid_until day the entry is still fine; the day after it is stale
    assert [s.entry_id for s in stale_entries(kb, date(2026, 12, 4), 24)] == []


def test_shipped_knowledge_base_has_valid_until_where_it_names_a_deadline() -> None:
    folder = Path(__file__).resolve().parents[2] / "knowledge"
    assert validate_directory(folder) == []
    kb = load_knowledge_base(folder)
    for entry in kb:
        for lang, translation in entry.translations.items():
            if deadline_phrase(translation.answer, lang):
                assert entry.valid_until is not None, entry.id
