"""Sources that fit: the ``{url, country}`` format and which sources an answer lists (issue 13, item 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpdesk_bot.knowledge_base.model import Entry, Translation
from helpdesk_bot.knowledge_base.service import KnowledgeService
from helpdesk_bot.knowledge_base.sources import fitting_sources, source_country
from helpdesk_bot.knowledge_base.validation import parse_entry

ROOT = Path(__file__).resolve().parents[2]

EU_URL = "https://europa.eu/youreurope/"
PL_URL = "https://www.biznes.gov.pl/"
PL2_URL = "https://www.zus.pl/"
CZ_URL = "https://www.businessinfo.cz/"
SI_URL = "https://spot.gov.si/"
DE_URL = "https://www.existenzgruender.de/"
SE_URL = "https://www.verksamt.se/"
PLAIN_URL = "https://www.wipo.int/"


def _entry(entry_id: str, country: str | None, sources: dict[str, str | None]) -> Entry:
    return Entry(
        entry_id, country, "taxes", date(2026, 1, 1), tuple(sources), {"en": Translation("q", (), "a")},
        source_countries={url: c for url, c in sources.items() if c},
    )


GENERAL = _entry("pricing", None, {EU_URL: "EU", PL_URL: "PL", CZ_URL: "CZ", SI_URL: "SI", PL2_URL: "PL",
                                   DE_URL: "DE", SE_URL: "SE", PLAIN_URL: None})


def test_plain_sources_count_as_the_entrys_country_or_eu_wide() -> None:
    country_entry = _entry("vat-se", "SE", {SE_URL: None, EU_URL: "EU", PL_URL: "PL"})
    assert source_country(country_entry, SE_URL) == "SE"
    assert source_country(GENERAL, PLAIN_URL) == "EU"
    assert source_country(GENERAL, CZ_URL) == "CZ"


def test_a_country_answer_lists_only_its_countrys_and_eu_wide_sources() -> None:
    entry = _entry("vat-se", "SE", {SE_URL: None, EU_URL: "EU", PL_URL: "PL"})
    for person in ("PL", "SE", None):
        assert fitting_sources(entry, person) == (SE_URL, EU_URL)


def test_a_general_answer_lists_the_persons_countrys_sources_first_and_at_most_three_others() -> None:
    assert fitting_sources(GENERAL, "PL") == (PL_URL, PL2_URL, EU_URL, PLAIN_URL, CZ_URL)
    assert fitting_sources(GENERAL, "se") == (SE_URL, EU_URL, PLAIN_URL, PL_URL)
    assert fitting_sources(GENERAL, None) == (EU_URL, PLAIN_URL, PL_URL)
    assert fitting_sources(GENERAL, "LT") == (EU_URL, PLAIN_URL, PL_URL)  # no Lithuanian source


def test_the_mapping_format_is_parsed_and_plain_strings_stay_valid(tmp_path: Path) -> None:
    path = tmp_path / "pricing.yaml"
    path.write_text(
        "id: pricing\ncategory: sales-marketing\nreviewed: 2026-11-01\n"
        f"sources:\n  - {EU_URL}\n  - {{url: {PL_URL}, country: PL}}\n  - {{url: {CZ_URL}, country: EU}}\n"
        "translations:\n  en: {question: q, answer: a}\n",
        encoding="utf-8",
    )
    entry, problems = parse_entry(path)
    assert problems == [] and entry is not None
    assert entry.sources == (EU_URL, PL_URL, CZ_URL)
    assert dict(entry.source_countries) == {PL_URL: "PL", CZ_URL: "EU"}


def test_bad_mapped_sources_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "pricing.yaml"
    path.write_text(
        "id: pricing\ncategory: sales-marketing\nreviewed: 2026-11-01\n"
        f"sources:\n  - {{url: {PL_URL}, country: XX}}\n  - {{link: {PL_URL}}}\n  - {{url: http://x.pl/}}\n"
        "translations:\n  en: {question: q, answer: a}\n",
        encoding="utf-8",
    )
    _, problems = parse_entry(path)
    text = [str(p) for p in problems]
    assert any(p.startswith("pricing.yaml: sources[0].country: 'XX' is not one of") for p in text), text
    assert any(p.startswith("pricing.yaml: sources[1].link: unknown key") for p in text), text
    assert any(p.startswith("pricing.yaml: sources[1].url: missing") for p in text), text
    assert any(p.startswith("pricing.yaml: sources[2].url: URL must use https") for p in text), text


def test_the_shipped_pricing_answer_gives_a_polish_user_polish_sources_first() -> None:
    service = KnowledgeService(ROOT / "knowledge")
    answer = service.answer_entry("pricing", "pl", "PL")
    assert answer is not None
    assert answer.sources[0] == "https://www.biznes.gov.pl/"
    assert len(answer.sources) == 4  # the Polish source and three others (was 8 from 6 countries)
