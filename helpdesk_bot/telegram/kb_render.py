"""Knowledge-base answers as Telegram HTML (the adapter's side of :mod:`helpdesk_bot.knowledge_base.service`).

An answer message is, in this order:

1. for a country-scoped entry, the line naming the country it covers (flag and translated name);
2. the question as a bold title;
3. the note that the answer is in English when the person's language has no translation (said in
   the person's language);
4. the answer, escaped, with paragraphs and bullets kept;
5. the sources that fit (see :mod:`helpdesk_bot.knowledge_base.sources`);
6. for an answer past its ``valid_until``, a line saying it may have changed since then;
7. the disclaimer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

from markupsafe import Markup

from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS
from helpdesk_bot.knowledge_base.service import Answer

Translate = Callable[..., str]


def source_link(url: str) -> Markup:
    """A source as a link labelled with its host name (without ``www.``)."""
    host = urlsplit(url).hostname or url
    if host.startswith("www."):
        host = host[4:]
    return Markup('<a href="{}">{}</a>').format(url, host)


def render_answer_text(text: str) -> Markup:
    """The answer body as Telegram HTML: escaped, paragraphs and "• " bullets kept, spacing tidied."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(("- ", "* ")):
            stripped = "• " + stripped[2:]
        if not stripped:
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(stripped)
    return Markup("\n").join(out).strip()


def country_label(code: str, country_name: Callable[[str], str] | None) -> str:
    """Flag and name of a country (the code when no name function is given)."""
    name = country_name(code) if country_name else code
    return f"{COUNTRY_FLAGS.get(code, '')} {name}".strip()


def render_answer(answer: Answer, t: Translate, country_name: Callable[[str], str] | None = None,
                  format_day: Callable[[date], str] | None = None) -> Markup:
    """The whole answer message (HTML), see the module docstring.

    ``t(key, **args)`` translates into the person's language (string arguments escaped);
    ``country_name(code)`` names a country in that language; ``format_day`` writes a date in it.
    """
    parts: list[Markup] = []
    if answer.country:
        line = t("kb-answer-country", country=country_label(answer.country, country_name))
        parts.append(Markup("<i>{}</i>").format(line))
    parts.append(Markup("<b>{}</b>").format(answer.title))
    if answer.in_english:
        parts.append(Markup("<i>{}</i>").format(t("kb-note-english")))
    parts.append(render_answer_text(answer.text))
    if answer.sources:
        links = Markup("\n").join(Markup("• ") + source_link(url) for url in answer.sources)
        parts.append(Markup("{}\n{}").format(t("kb-sources"), links))
    if answer.stale_since is not None:
        day = format_day(answer.stale_since) if format_day else answer.stale_since.isoformat()
        if answer.sources:
            note = t("kb-stale-note", date=day, source=source_link(answer.sources[0]))
        else:
            note = t("kb-stale-note-nosource", date=day)
        parts.append(Markup("<i>⚠ {}</i>").format(note))
    parts.append(Markup("<i>{}</i>").format(t("kb-disclaimer")))
    return Markup("\n\n").join(parts)
