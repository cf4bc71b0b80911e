"""Person- and staff-provided text can never become markup (issue 10, item 1).

Every message of every catalog is rendered with hostile values in each of its variables, and so are the
renderers that build HTML themselves (event card, knowledge-base answer, outbox messages); each result
must be valid Telegram HTML (checked by a strict validator of Telegram's subset) in which the hostile
values appear as literal text and add no entity. The adapter refuses text that is not ``Markup``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from helpdesk_bot.broadcasts.delivery import Recipient, RenderedMessage
from helpdesk_bot.broadcasts.renderers import translated_message, translated_renderer
from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.events.presentation import event_card, event_line
from helpdesk_bot.events.views import EventView
from helpdesk_bot.i18n.catalog import LOCALES_DIR, Translator, html_join, parse_catalog_files
from helpdesk_bot.knowledge_base.service import Answer
from helpdesk_bot.sandbox.formatting import EntityParseError, ParsedText, parse_html
from helpdesk_bot.telegram.kb_render import render_answer
from helpdesk_bot.telegram.replies import require_markup

HOSTILE = [
    'Zed <a href="https://evil.example/login">Reset your staff password</a>',
    "a<b",
    "&",
    "</b>",
    "&amp; &lt;b&gt; &#60;i&#62;",
    "<tg-spoiler>x</tg-spoiler> <code>y",
]
_BARE_AMPERSAND = re.compile(r"&(?!(?:#[0-9]+|#[xX][0-9a-fA-F]+|lt|gt|amp|quot);)")


def telegram_html(text: str) -> ParsedText:
    """Parse ``text`` as Telegram does, strictly: known tags only, balanced, every ``&`` an entity."""
    if _BARE_AMPERSAND.search(text):
        raise EntityParseError(f"bare & in {text[:80]!r}")
    return parse_html(text)


def _link_entities(parsed: ParsedText) -> list[dict[str, Any]]:
    return [e for e in parsed.entities if e.get("type") in ("text_link", "text_mention")]


def check_rendered(benign: str, hostile: str, value: str) -> None:
    """``hostile`` (rendered with ``value``) is valid, shows ``value`` literally and adds no entity."""
    clean, dirty = telegram_html(benign), telegram_html(hostile)
    if hostile != benign:  # the value is shown (not only used to choose a variant)
        assert value in dirty.text, (value, dirty.text)
    assert sorted(e["type"] for e in dirty.entities) == sorted(e["type"] for e in clean.entities)
    assert "evil.example" not in str(dirty.entities)
    assert len(_link_entities(dirty)) == len(_link_entities(clean))


translator = Translator()
MESSAGES = {lang: parse_catalog_files(LOCALES_DIR / lang)[0] for lang in LANGUAGES}
WITH_VARIABLES = sorted((lang, key) for lang, messages in MESSAGES.items()
                        for key, info in messages.items() if info.variables)


def test_the_validator_refuses_what_telegram_refuses() -> None:
    for bad in ("a<b", "</b>", "<b>x", "<script>x</script>", "Tom & Jerry"):
        with pytest.raises(EntityParseError):
            telegram_html(bad)
    assert telegram_html("<b>a &amp; b</b>").text == "a & b"


@pytest.mark.parametrize(("lang", "key"), WITH_VARIABLES)
def test_every_catalog_message_escapes_its_arguments(lang: str, key: str) -> None:
    variables = MESSAGES[lang][key].variables
    benign = translator.format(lang, key, dict.fromkeys(variables, "x"))
    for value in HOSTILE:
        hostile = translator.format(lang, key, dict.fromkeys(variables, value))
        assert isinstance(hostile, Markup)
        check_rendered(benign, hostile, value)


def test_no_catalog_message_puts_a_variable_inside_a_tag() -> None:
    """Arguments are escaped for text, not for attribute values: no ``<a href="{ $url }">`` in catalogs."""
    for path in LOCALES_DIR.glob("*/*.ftl"):
        assert not re.search(r"<[^<>]*\{[^}]*\$", path.read_text(encoding="utf-8")), path


def _event(value: str) -> EventView:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    return EventView(
        id=1, key=None, kind="workshop", status="published", default_language="en",
        texts={"en": {"title": value, "description": value}}, starts_at=now + timedelta(days=2),
        ends_at=now + timedelta(days=2, hours=2), timezone="Europe/Warsaw", venue=value, online_url=None,
        organiser=value, topics=("sales-marketing",), countries=(), languages=("en",), registration_mode="bot",
        registration_url=None, capacity=10, registration_deadline=None, publish_at=now, revision=1, created_by=None,
    )


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_event_texts_render_as_text(lang: str, value: str) -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    check_rendered(event_card(translator, _event("x"), lang, "Europe/Warsaw", now),
                   event_card(translator, _event(value), lang, "Europe/Warsaw", now), value)
    check_rendered(event_line(translator, _event("x"), lang, "Europe/Warsaw", 1),
                   event_line(translator, _event(value), lang, "Europe/Warsaw", 1), value)


@pytest.mark.parametrize("value", HOSTILE)
def test_knowledge_answers_render_as_text(value: str) -> None:
    def answer(text: str) -> Answer:
        return Answer("vat-pl", "taxes", text, f"- {text}\n\n{text}", ("https://www.gov.pl/web/kas?a=1&b=2",),
                      "en", in_english=True, other_country="PL", country="PL")

    def t(key: str, **args: Any) -> Markup:
        return translator.format("en", key, args)

    benign, hostile = render_answer(answer("x"), t), render_answer(answer(value), t)
    check_rendered(benign, hostile, value)
    assert [e["url"] for e in telegram_html(hostile).entities if e["type"] == "text_link"] == [
        "https://www.gov.pl/web/kas?a=1&b=2"]


@pytest.mark.parametrize("value", HOSTILE)
async def test_outbox_messages_escape_their_arguments(value: str) -> None:
    render = translated_renderer(translator)
    recipient = Recipient(telegram_id=1, language="en", timezone="Europe/Warsaw")
    payload = translated_message("ticket-answer", {"id": 7, "text": value})
    payload["raw"] = ["text"]  # an old payload may not turn an argument into markup any more
    benign = await render(translated_message("ticket-answer", {"id": 7, "text": "x"}), recipient)
    hostile = await render(payload, recipient)
    assert benign is not None and hostile is not None
    check_rendered(benign.text, hostile.text, value)


@given(st.lists(st.text(max_size=40), max_size=6))
def test_joined_fragments_stay_safe(parts: list[str]) -> None:
    joined = html_join("\n", [Markup("<b>title</b>"), *parts])
    parsed = telegram_html(joined)
    assert parsed.text == "\n".join(["title", *parts])
    assert [e["type"] for e in parsed.entities] == ["bold"]


def test_the_adapter_refuses_plain_strings() -> None:
    with pytest.raises(TypeError):
        require_markup("<b>unescaped</b>")
    with pytest.raises(TypeError):
        RenderedMessage(text="plain")  # type: ignore[arg-type]
    require_markup(translator("en", "stale-button"))
    assert RenderedMessage(text=Markup("ok")).text == "ok"
