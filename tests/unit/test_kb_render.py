"""Rendering an answer as Telegram HTML (the adapter): the country line, the English note, sources."""

from __future__ import annotations

from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.knowledge_base.service import Answer
from helpdesk_bot.telegram.kb_render import render_answer, render_answer_text

translator = Translator()


def _render(answer: Answer, lang: str = "en") -> str:
    names = {"SE": {"en": "Sweden", "pl": "Szwecja"}, "PL": {"en": "Poland", "pl": "Polska"}}
    return render_answer(answer, lambda key, **a: translator(lang, key, **a), lambda code: names[code][lang])


def test_rendering_escapes_text_keeps_bullets_and_adds_sources_and_disclaimer() -> None:
    answer = Answer(
        entry_id="x", category="taxes", title="Is <b>this</b> & that?",
        text="First <script>alert(1)</script> paragraph.\n\n- one\n* two\n• three\n\n\n\nLast.",
        sources=("https://www.podatki.gov.pl/a?b=1&c=2",), lang_used="en", in_english=True,
    )
    html = _render(answer)
    assert html.startswith("<b>Is &lt;b&gt;this&lt;/b&gt; &amp; that?</b>")  # a general answer: no country line
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "• one\n• two\n• three" in html
    assert "\n\n\n" not in html
    assert 'href="https://www.podatki.gov.pl/a?b=1&amp;c=2">podatki.gov.pl</a>' in html
    assert "in English" in html
    assert "not legal advice" in html
    assert render_answer_text("a\n\n\nb") == "a\n\nb"


def test_a_country_answer_says_its_country_in_the_first_line_in_the_persons_language() -> None:
    answer = Answer(entry_id="vat-se", category="taxes", title="Do I have to charge VAT in Sweden?", text="Yes.",
                    sources=(), lang_used="en", in_english=True, other_country="SE", country="SE")
    first, *rest = _render(answer, "pl").split("\n\n")
    assert first == "<i>Ta odpowiedź dotyczy kraju: 🇸🇪 Szwecja.</i>"
    # in English because there is no Polish: said in Polish
    assert f"<i>{translator('pl', 'kb-note-english')}</i>" in rest
    assert _render(answer).startswith("<i>This answer is for 🇸🇪 Sweden.</i>\n\n<b>Do I have to charge VAT")
