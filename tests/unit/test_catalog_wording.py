"""Catalog lint: wording as a native speaker writes it, one word per concept, one name per topic."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.i18n.catalog import LOCALES_DIR

GLOSSARY = yaml.safe_load((Path(__file__).parents[1] / "data" / "glossary.yaml").read_text(encoding="utf-8"))

#: "zapisana/zapisany", "potwierdził(a)", "informován(a)", "pasiruošęs(-usi)": forms that make the reader
#: pick their gender; a native speaker rephrases instead.
SLASH_OR_BRACKET_GENDER = re.compile(
    r"\w+\((?:-?\w{1,4})\)(?!\w)|\b\w+(?:a|y|ė|as|i|o)/\w+(?:a|y|ė|as|i|o)\b", re.UNICODE)


def _messages(lang: str) -> dict[str, str]:
    """Every message id and its source text (with attributes) of a language, from all its .ftl files."""
    out: dict[str, str] = {}
    for path in sorted((LOCALES_DIR / lang).glob("*.ftl")):
        current: str | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^([a-zA-Z][\w-]*) =(.*)$", line)
            if match:
                current = match.group(1)
                out[current] = match.group(2)
            elif current is not None and line.startswith((" ", "\t")):
                out[current] += "\n" + line
            elif not line.strip() or line.startswith("#"):
                current = None if line.startswith("#") else current
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_slash_or_bracket_gender_forms(lang: str) -> None:
    found = {key: SLASH_OR_BRACKET_GENDER.findall(re.sub(r"\{[^}]*\}|https?://\S+|</?\w+>", "", text))
             for key, text in _messages(lang).items()}
    found = {key: forms for key, forms in found.items() if forms}
    assert not found, f"{lang}: word these neutrally: {found}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_word_per_concept(lang: str) -> None:
    messages = _messages(lang)
    for concept, rule in (GLOSSARY.get(lang) or {}).items():
        for avoid in rule["avoid"]:
            pattern = re.compile(rf"(?<!\w){avoid}", re.IGNORECASE)
            offending = sorted(key for key, text in messages.items() if pattern.search(text))
            assert not offending, f"{lang}: '{concept}' is '{rule['use']}', not '{avoid}', in {offending}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_topic_has_one_name_on_every_screen(lang: str) -> None:
    from helpdesk_bot.topics import TOPICS

    messages = _messages(lang)
    # one message per topic (topics.ftl), read by the knowledge base, bookings, events, subscriptions, reports
    copies = sorted(key for key in messages
                    if re.match(r"^(?:consult-topic|ev-topic|kb-category|category|report-topic)-(?!page$)", key))
    assert not copies, f"{lang}: topic names defined outside topics.ftl: {copies}"
    names = {topic: messages[f"topic-{topic}"].strip() for topic in TOPICS}
    assert all(names.values()) and len(set(names.values())) == len(TOPICS), f"{lang}: {names}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leaving_an_event_and_stopping_announcements_are_worded_differently(lang: str) -> None:
    messages = _messages(lang)
    assert messages["ev-button-cancel"].strip() != messages["sub-unsubscribe-button"].strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_language_is_named_as_the_language_itself_says_it(lang: str) -> None:
    from helpdesk_bot.i18n.formatting import LANGUAGE_NAMES

    # "Språket är nu Svenska" reads machine-made: the sentence names its language in its own grammar
    # (lower case, inflected, or as an adverb: "po polsku", "česky"); German and English capitalise it
    if lang not in ("de", "en"):
        assert LANGUAGE_NAMES[lang] not in _messages(lang)["language-set"]


def test_the_gender_pattern_finds_what_it_should() -> None:
    for text in ("Jesteś zapisana/zapisany.", "nie potwierdził(a) na czas", "Byl(a) informován(a)"):
        assert SLASH_OR_BRACKET_GENDER.search(text), text
    for text in ("PIT/CIT", "and/or", "(1 = not at all)", "VAT (DPH)"):
        assert not SLASH_OR_BRACKET_GENDER.search(text), text
