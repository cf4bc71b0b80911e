"""Telegram-style HTML parsing used for parse_mode=HTML."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpdesk_bot.sandbox.formatting import EntityParseError, entities_to_plain, parse_html, utf16_len
from helpdesk_bot.sandbox.users import detect_entities


def test_entities_and_offsets_in_utf16() -> None:
    parsed = parse_html('😀 <b>bold <i>both</i></b> <a href="https://e.org/?a=1&amp;b=2">link</a>')
    assert parsed.text == "😀 bold both link"
    assert parsed.entities == [
        {"type": "bold", "offset": 3, "length": 9},
        {"type": "italic", "offset": 8, "length": 4},
        {"type": "text_link", "offset": 13, "length": 4, "url": "https://e.org/?a=1&b=2"},
    ]


def test_pre_with_language_and_special_tags() -> None:
    parsed = parse_html(
        '<pre><code class="language-python">x = 1</code></pre><tg-emoji emoji-id="5">👍</tg-emoji>'
    )
    assert parsed.entities[0] == {"type": "pre", "offset": 0, "length": 5, "language": "python"}
    assert parsed.entities[1]["type"] == "custom_emoji"
    assert parse_html('<span class="tg-spoiler">s</span>').entities[0]["type"] == "spoiler"
    assert parse_html("<blockquote expandable>q</blockquote>").entities[0]["type"] == "expandable_blockquote"
    assert parse_html('<a href="tg://user?id=5">u</a>').entities[0]["type"] == "text_mention"
    assert parse_html("<b></b>x").entities == []  # empty entities are dropped


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag"),
        ("a<br>b", 'Unsupported start tag "br"'),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("1 < 2", "Unexpected end of name token"),
        ("<3", "Unexpected end of name token"),
    ],
)
def test_rejections(source: str, fragment: str) -> None:
    with pytest.raises(EntityParseError) as info:
        parse_html(source)
    assert fragment in str(info.value)
    assert info.value.description.startswith("Bad Request: can't parse entities: ")


@given(st.text(max_size=200))
def test_escaped_text_round_trips(text: str) -> None:
    assert parse_html(html.escape(text, quote=False)).text == text
    wrapped = parse_html(f"<b>{html.escape(text)}</b>")
    assert wrapped.text == text
    if text:
        assert wrapped.entities == [{"type": "bold", "offset": 0, "length": utf16_len(text)}]


def test_plain_rendering_of_links() -> None:
    parsed = parse_html(
        'See <a href="https://e.org">the site</a> or <a href="https://x.org">https://x.org</a>.'
    )
    assert entities_to_plain(parsed.text, parsed.entities) == "See the site (https://e.org) or https://x.org."


def test_detect_user_entities() -> None:
    assert detect_entities("/start") == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert detect_entities("a/b and /x_y@bot") == [{"type": "bot_command", "offset": 8, "length": 8}]
    assert detect_entities("😀 /go") == [{"type": "bot_command", "offset": 3, "length": 3}]
    assert detect_entities("@someone http://a.b/c.") == [
        {"type": "mention", "offset": 0, "length": 8},
        {"type": "url", "offset": 9, "length": 12},  # the final dot is not part of the URL
    ]
