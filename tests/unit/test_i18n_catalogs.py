"""Every UI string exists in all seven languages with the same placeholders; formatting escapes input."""

from datetime import UTC, datetime

import pytest

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.i18n.catalog import LOCALES_DIR, Markup, Translator, parse_catalog_files
from helpdesk_bot.i18n.formatting import format_datetime

REFERENCE, REFERENCE_PROBLEMS = parse_catalog_files(LOCALES_DIR / "en")


def test_reference_catalog_parses() -> None:
    assert not REFERENCE_PROBLEMS
    assert len(REFERENCE) > 50


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_language_has_every_message_with_same_placeholders(lang: str) -> None:
    messages, problems = parse_catalog_files(LOCALES_DIR / lang)
    assert not problems
    missing = sorted(set(REFERENCE) - set(messages))
    assert not missing, f"{lang} lacks {missing}"
    extra = sorted(set(messages) - set(REFERENCE))
    assert not extra, f"{lang} has messages English does not: {extra}"
    for key, info in REFERENCE.items():
        assert messages[key].variables == info.variables, f"{lang}:{key} placeholders differ"
        assert messages[key].attributes == info.attributes, f"{lang}:{key} attributes differ"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_formats_without_errors(lang: str, caplog: pytest.LogCaptureFixture) -> None:
    translator = Translator()
    for key, info in REFERENCE.items():
        args = {name: 3 if name in ("count", "days", "limit", "n") else "x" for name in info.variables}
        text = translator(lang, key, **args)
        assert text and text != key
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_user_text_is_html_escaped_but_markup_is_not() -> None:
    translator = Translator()
    assert "&lt;b&gt;" in translator("en", "start-welcome-back", name="<b>Eve</b>")
    assert "<b>Eve</b>" in translator("en", "start-welcome-back", name=Markup("<b>Eve</b>"))


def test_missing_key_falls_back_to_english_then_key() -> None:
    translator = Translator()
    assert translator("pl", "no-such-key") == "no-such-key"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_datetime_names_the_zone(lang: str) -> None:
    text = format_datetime(datetime(2026, 7, 1, 12, 0, tzinfo=UTC), lang, "Europe/Vilnius")
    assert "15:00" in text and "Europe/Vilnius" in text


def test_plural_forms_follow_language_rules() -> None:
    translator = Translator()
    # Polish has one/few/many: checked on a message with a count selector when one exists
    plural_keys = [k for k, info in REFERENCE.items() if "count" in info.variables]
    for key in plural_keys:
        for n in (1, 2, 5, 22):
            assert translator("pl", key, count=n)
