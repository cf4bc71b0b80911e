"""Choosing the language of a web page: ``?lang=``, then ``Accept-Language``, then the centre's default."""

from __future__ import annotations

from helpdesk_bot.config import LANGUAGES

ENDONYMS: dict[str, str] = {
    "pl": "Polski", "cs": "Čeština", "sl": "Slovenščina", "de": "Deutsch", "lt": "Lietuvių", "sv": "Svenska",
    "en": "English",
}
"""Each language named in itself (for the language switcher and the list of languages a creative works in)."""


def negotiate(query_lang: str | None, accept_language: str | None, default: str) -> str:
    """The page language: an explicit ``?lang=`` of the seven, else the best of ``Accept-Language``, else ``default``."""
    if query_lang in LANGUAGES:
        return str(query_lang)
    choices: list[tuple[float, int, str]] = []
    for n, part in enumerate((accept_language or "")[:500].split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        base = tag.strip().split("-")[0].lower()
        if base in LANGUAGES and quality > 0:
            choices.append((-quality, n, base))
    return min(choices)[2] if choices else default
