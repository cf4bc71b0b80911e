"""Validation of knowledge-base files: each kind of problem produces its line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpdesk_bot.knowledge_base.loader import load_knowledge_base
from helpdesk_bot.knowledge_base.model import Entry, Translation
from helpdesk_bot.knowledge_base.validation import (
    FORMAT_ALLOWANCE,
    KnowledgeBaseInvalid,
    Problem,
    formatted_length,
    url_problem,
    validate_directory,
)

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "kb" / "fixture"


def good_entry(entry_id: str = "pricing", country: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry_id,
        "category": "sales-marketing",
        "reviewed": date(2026, 11, 1),
        "sources": ["https://www.example.org/"],
        "translations": {
            "en": {
                "question": "How do I price my work?",
                "alternatives": ["pricing", "how much to charge"],
                "answer": "Add up costs and hours. See https://www.example.org/pricing for more.",
            },
            "pl": {
                "question": "Jak wycenić pracę?",
                "alternatives": ["wycena"],
                "answer": "Policz koszty i godziny.",
            },
        },
    }
    if country:
        data["country"] = country
        data["translations"]["pl"]["question"] = "Pytanie"
    return data


def write(directory: Path, name: str, data: Any) -> Path:
    path = directory / f"{name}.yaml"
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def lines(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def test_problem_prints_as_file_field_message() -> None:
    assert str(Problem("vat-pl.yaml", "sources[0]", "URL must use https")) == (
        "vat-pl.yaml: sources[0]: URL must use https"
    )


def test_fixture_is_valid() -> None:
    assert validate_directory(FIXTURE) == []


def test_valid_entry_has_no_problems(tmp_path: Path) -> None:
    write(tmp_path, "pricing", good_entry())
    assert validate_directory(tmp_path) == []


def test_files_starting_with_underscore_are_not_entries(tmp_path: Path) -> None:
    write(tmp_path, "pricing", good_entry())
    (tmp_path / "_notes.yaml").write_text("not: [an entry", encoding="utf-8")
    (tmp_path / "readme.txt").write_text("ignored", encoding="utf-8")
    assert validate_directory(tmp_path, required_topics=None) == []


def test_yaml_that_does_not_parse(tmp_path: Path) -> None:
    write(tmp_path, "broken", "id: broken\ntranslations: [unclosed\n")
    (problem,) = validate_directory(tmp_path)
    assert problem.file == "broken.yaml"
    assert problem.field == "yaml"
    assert "does not parse" in problem.message


def test_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    write(tmp_path, "list", "- a\n- b\n")
    assert lines(validate_directory(tmp_path)) == ["list.yaml: yaml: must be a mapping of keys, not list"]


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node = data
        for key in parents:
            node = node[key]
        node[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node = data
        for key in parents:
            node = node[key]
        del node[last]

    return mutate


@pytest.mark.parametrize(
    ("mutation", "field", "message_part"),
    [
        (_delete("category"), "category", "missing"),
        (_delete("sources"), "sources", "missing"),
        (_delete("reviewed"), "reviewed", "missing"),
        (_delete("translations"), "translations", "missing"),
        (_set("colour", "blue"), "colour", "unknown key"),
        (_set("translations.en.notes", "x"), "translations.en.notes", "unknown key"),
        (_delete("translations.en.answer"), "translations.en.answer", "missing"),
        (_set("translations.en.question", "  "), "translations.en.question", "must not be empty"),
        (_set("translations.en.answer", ""), "translations.en.answer", "must not be empty"),
        (_set("translations.en.question", 42), "translations.en.question", "must be a string"),
        (_set("translations.en.alternatives", "pricing"), "translations.en.alternatives", "list of strings"),
        (
            _set("translations.en.alternatives", ["ok", 3]),
            "translations.en.alternatives[1]",
            "must be a string",
        ),
        (
            _set("translations.en.alternatives", ["ok", ""]),
            "translations.en.alternatives[1]",
            "must not be empty",
        ),
        (_set("translations.fr", {"question": "q", "answer": "a"}), "translations.fr", "unknown language"),
        (_set("translations.pl", "just text"), "translations.pl", "must be a mapping"),
        (_set("translations", {}), "translations", "non-empty mapping"),
        (_delete("translations.en"), "translations", "missing 'en'"),
        (_set("category", "weather"), "category", "is not one of"),
        (_set("reviewed", "last week"), "reviewed", "is not a date"),
        (_set("reviewed", 2026), "reviewed", "is not a date"),
        (_set("sources", "https://www.example.org/"), "sources", "must be a list"),
        (_set("sources", ["http://www.example.org/"]), "sources[0]", "must use https"),
        (_set("sources", ["https://"]), "sources[0]", "invalid host"),
        (_set("sources", ["www.example.org"]), "sources[0]", "must use https"),
        (_set("sources", ["https://exa mple.org/"]), "sources[0]", "contains spaces"),
        (_set("sources", ["https://localhost/x"]), "sources[0]", "invalid host"),
        (_set("sources", [17]), "sources[0]", "must be a string"),
        (
            _set("translations.pl.answer", "Zobacz http://www.example.org/."),
            "translations.pl.answer",
            "https",
        ),
        (
            _set("translations.pl.answer", "Zobacz https://bad_host/x"),
            "translations.pl.answer",
            "invalid host",
        ),
        (_set("id", "Pricing Guide"), "id", "lower-case"),
        (_set("id", "other"), "id", "does not match the file name"),
        (_set("country", "FR"), "country", "is not one of"),
        (_set("country", 48), "country", "must be a string"),
    ],
)
def test_each_problem_kind_produces_its_line(
    tmp_path: Path, mutation: Mutation, field: str, message_part: str
) -> None:
    data = good_entry()
    mutation(data)
    write(tmp_path, "pricing", data)
    problems = validate_directory(tmp_path)
    matching = [p for p in problems if p.file == "pricing.yaml" and p.field == field]
    assert matching, lines(problems)
    assert any(message_part in p.message for p in matching), lines(problems)
    # and the printed form is "file: field: message"
    assert any(str(p).startswith(f"pricing.yaml: {field}: ") for p in matching)


def test_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path, "pricing", good_entry())
    write(tmp_path, "pricing-copy", good_entry("pricing"))
    problems = lines(validate_directory(tmp_path))
    assert "pricing-copy.yaml: id: 'pricing' does not match the file name 'pricing-copy'" in problems
    duplicates = [line for line in problems if ": id: duplicate id 'pricing', also in " in line]
    assert len(duplicates) == 1, problems


def test_country_entry_must_end_in_its_suffix(tmp_path: Path) -> None:
    write(tmp_path, "vat-de", good_entry("vat-de", country="PL"))
    problems = lines(validate_directory(tmp_path))
    assert "vat-de.yaml: id: an entry for country PL must end in '-pl'" in problems


def test_id_with_country_suffix_must_have_that_country(tmp_path: Path) -> None:
    write(tmp_path, "vat-se", good_entry("vat-se"))
    problems = lines(validate_directory(tmp_path))
    assert "vat-se.yaml: country: missing: id 'vat-se' ends in '-se', set country: SE" in problems


def test_country_entry_needs_the_country_language(tmp_path: Path) -> None:
    data = good_entry("vat-se", country="SE")
    write(tmp_path, "vat-se", data)
    problems = lines(validate_directory(tmp_path))
    assert "vat-se.yaml: translations: missing 'sv', the language of SE" in problems


def test_required_topics(tmp_path: Path) -> None:
    write(tmp_path, "pricing", good_entry())
    write(tmp_path, "vat-pl", good_entry("vat-pl", country="PL") | {"category": "taxes"})
    topics = tmp_path / "_topics.yaml"
    topics.write_text(
        yaml.safe_dump(
            {
                "topics": [
                    {"id": "pricing", "languages": ["pl", "cs", "en", "sv"]},
                    {"id": "vat-pl", "country": "PL", "languages": ["pl", "en"]},
                    {"id": "vat-cz", "country": "CZ", "languages": ["cs", "en"]},
                    {"id": "gdpr", "languages": ["en"]},
                ]
            }
        ),
        encoding="utf-8",
    )
    problems = lines(validate_directory(tmp_path))
    assert problems == [
        "pricing.yaml: translations: missing required language(s): cs, sv",
        "vat-cz.yaml: id: required topic 'vat-cz' is missing (see _topics.yaml)",
        "gdpr.yaml: id: required topic 'gdpr' is missing (see _topics.yaml)",
    ]


def test_required_topic_country_must_match(tmp_path: Path) -> None:
    write(tmp_path, "pricing", good_entry())
    (tmp_path / "elsewhere").mkdir()
    topics = tmp_path / "elsewhere" / "topics.yaml"
    topics.write_text("topics:\n  - {id: pricing, country: PL, languages: [en]}\n", encoding="utf-8")
    assert lines(validate_directory(tmp_path, required_topics=topics)) == [
        "pricing.yaml: country: must be PL (is absent)"
    ]


def test_answer_too_long_for_telegram(tmp_path: Path) -> None:
    data = good_entry()
    data["translations"]["pl"]["answer"] = "Za długo. " * 400
    write(tmp_path, "pricing", data)
    problems = validate_directory(tmp_path)
    assert [(p.field, "too long" in p.message) for p in problems] == [("translations.pl.answer", True)]


def test_formatted_length_counts_title_sources_escaping_and_allowance() -> None:
    entry = Entry(
        id="x",
        country=None,
        category="legal",
        reviewed=date(2026, 1, 1),
        sources=("https://a.example.org/",),
        translations={"en": Translation("Q?", (), "a < b & c")},
    )
    length = formatted_length(entry, "en")
    # the escaped answer (&lt; and &amp;) is longer than the raw one
    assert length > len("Q?") + len("a &lt; b &amp; c") + len("https://a.example.org/") + FORMAT_ALLOWANCE
    # a language the entry lacks is measured in English
    assert formatted_length(entry, "sv") == length


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.biznes.gov.pl/", True),
        ("https://euipo.europa.eu/ohimportal/en/", True),
        ("https://www.zavod-ksk.de/path?x=1#y", True),
        ("https://münchen.de/", True),
        ("http://www.example.org/", False),
        ("ftp://example.org/", False),
        ("https://example/", False),
        ("https://user:pw@example.org/", False),
        ("https://example.org:99999/", False),
        ("", False),
    ],
)
def test_url_problem(url: str, ok: bool) -> None:
    assert (url_problem(url) is None) is ok


def test_missing_directory(tmp_path: Path) -> None:
    (problem,) = validate_directory(tmp_path / "nope")
    assert problem.field == "directory"


def test_loader_raises_with_all_problems(tmp_path: Path) -> None:
    data = good_entry()
    data["category"] = "weather"
    data["sources"] = ["http://insecure.example.org/"]
    write(tmp_path, "pricing", data)
    with pytest.raises(KnowledgeBaseInvalid) as info:
        load_knowledge_base(tmp_path)
    assert {p.field for p in info.value.problems} == {"category", "sources[0]"}
    assert "pricing.yaml: category:" in str(info.value)


def test_loader_loads_fixture() -> None:
    kb = load_knowledge_base(FIXTURE)
    assert set(kb.entries) == {"consultation", "copyright", "pricing", "vat-de", "vat-pl", "vat-se"}
    entry = kb["vat-pl"]
    assert entry.country == "PL"
    assert entry.reviewed == date(2026, 11, 1)
    assert entry.sources == ("https://www.podatki.gov.pl/",)
    assert entry.path is not None and entry.path.name == "vat-pl.yaml"
    assert entry.translations["pl"].alternatives[0] == "limit zwolnienia z VAT"
