"""Splitting long HTML messages."""

import re

from hypothesis import given
from hypothesis import strategies as st

from helpdesk_bot.telegram.render import split_html, utf16_len


def _balanced(html: str) -> bool:
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)([a-z]+)[^>]*>", html):
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_short_text_is_untouched() -> None:
    assert split_html("<b>hi</b>") == ["<b>hi</b>"]


def test_long_text_is_split_at_paragraphs_within_limit() -> None:
    text = "\n\n".join(f"<b>Paragraph {i}</b> " + "word " * 150 for i in range(20))
    parts = split_html(text)
    assert len(parts) > 1
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert all(p.startswith("<b>Paragraph") for p in parts)


def test_tags_are_closed_and_reopened_across_a_cut() -> None:
    text = "<i>" + "abc &amp; " * 1000 + "</i>"
    parts = split_html(text)
    assert all(utf16_len(p) <= 4096 and _balanced(p) for p in parts)
    assert all("&am" not in p.replace("&amp;", "") for p in parts)


@given(st.text(min_size=0, max_size=12000))
def test_any_escaped_text_splits_within_limit(raw: str) -> None:
    import html

    text = html.escape(raw)
    parts = split_html(text)
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert "".join(p.replace("\n", "").replace(" ", "") for p in parts) == text.replace("\n", "").replace(" ", "")


def test_limits_count_utf16_code_units_as_telegram_does() -> None:
    # 3,000 x "🎨 " is 6,000 characters but 9,000 UTF-16 code units: a part of 4,031 characters
    # would be refused by Telegram as too long
    parts = split_html("🎨 " * 3000)
    assert len(parts) >= 3
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert "".join(parts).replace(" ", "") == "🎨" * 3000


@given(st.text(alphabet=st.sampled_from("🎨a <>&\n\U0001F9F5é"), min_size=0, max_size=9000))
def test_any_text_with_emoji_splits_within_the_utf16_limit(raw: str) -> None:
    import html

    for part in split_html(html.escape(raw)):
        assert utf16_len(part) <= 4096 and _balanced(part)

