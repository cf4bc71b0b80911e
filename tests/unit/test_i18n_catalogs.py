"""Every UI string exists in all seven languages with the same placeholders; formatting escapes input."""

import html
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.i18n.catalog import LOCALES_DIR, Markup, Translator, parse_catalog_files, split_entries
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
def test_datetime_is_local_and_leaves_the_zone_to_the_message(lang: str) -> None:
    text = format_datetime(datetime(2026, 7, 1, 12, 0, tzinfo=UTC), lang, "Europe/Vilnius")
    assert "15:00" in text and "Europe/" not in text and "(" not in text
    assert text.timezone == "Europe/Vilnius"  # the message it goes into names the zone (test_zone_names.py)


def test_plural_forms_follow_language_rules() -> None:
    translator = Translator()
    # Polish has one/few/many: checked on a message with a count selector when one exists
    plural_keys = [k for k, info in REFERENCE.items() if "count" in info.variables]
    for key in plural_keys:
        for n in (1, 2, 5, 22):
            assert translator("pl", key, count=n)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lazy_loading_formats_exactly_like_whole_catalogs(lang: str) -> None:
    # the translator parses each message on first use: compare with bundles of the whole files
    eager = FluentBundle([lang], use_isolating=False)
    for path in sorted((LOCALES_DIR / lang).glob("*.ftl")):
        eager.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    translator = Translator()
    for key, info in REFERENCE.items():
        for count in (1, 2, 5, 21):
            args = {name: count if name in ("count", "days", "limit", "n") else f"<{name}>" for name in info.variables}
            escaped = {k: html.escape(v, quote=False) if isinstance(v, str) else v for k, v in args.items()}
            message = eager.get_message(key)
            expected, _ = eager.format_pattern(message.value, escaped) if message.value else ("", [])
            if message.value:
                assert translator(lang, key, **args) == expected, f"{lang}:{key}"
            for attribute, pattern in message.attributes.items():
                expected, _ = eager.format_pattern(pattern, escaped)
                assert translator(lang, f"{key}.{attribute}", **args) == expected, f"{lang}:{key}.{attribute}"


def test_split_entries_keeps_multiline_messages_attributes_and_terms() -> None:
    source = (
        "# Comment\n"
        "-brand = Help desk\n"
        "hello = Hello from { -brand }\n"
        "    second line\n"
        "\n"
        "    after a blank line\n"
        "    .title = Title\n"
        "## Section\n"
        "count = { $n ->\n"
        "    [one] one\n"
        "   *[other] many\n"
        "}\n"
        "last=x\n"
    )
    entries = split_entries(source)
    assert list(entries) == ["-brand", "hello", "count", "last"]
    assert entries["hello"].endswith("    .title = Title\n")
    assert entries["count"].endswith("}\n")


def test_references_to_other_messages_and_terms_are_loaded(tmp_path: Path) -> None:
    for lang in ("en", "pl"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "a.ftl").write_text(
            "-brand = Desk\nhello = Hi from { -brand }: { other }\n    .title = { other }!\nother = more\n",
            encoding="utf-8")
    translator = Translator(tmp_path, ("en", "pl"))
    assert translator("pl", "hello") == "Hi from Desk: more"
    assert translator("pl", "hello.title") == "more!"
    assert translator.has("pl", "other")
    assert translator("pl", "missing") == "missing"


def test_lazy_loading_is_safe_from_several_threads() -> None:
    # reports format their charts and workbooks in worker threads while the event loop formats replies
    import sys
    import threading

    reference = Translator()
    keys = list(parse_catalog_files(LOCALES_DIR / "de")[0])
    expected = {k: reference("de", k) for k in keys}
    translator = Translator()  # fresh: nothing loaded yet
    failures: list[BaseException] = []
    results: list[dict[str, str]] = []
    start = threading.Barrier(6)

    def work() -> None:
        start.wait()
        try:
            results.append({k: translator("de", k) for k in keys})
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: a race shows up at once
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert not failures
    assert len(results) == 6 and all(r == expected for r in results)
