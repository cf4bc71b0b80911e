"""Freshness of the knowledge base: which answers name a deadline or a call window, which figures
lack their year, and which entries are stale.

Rules (documented in the README, enforced by :mod:`.validation`):

* An entry whose answer (in any language) names a **deadline or a call window** must carry
  ``valid_until``. Detection is per sentence (a line, or a sentence ending in ``.!?``): the sentence
  contains one of the language's deadline/call terms (:data:`DEADLINE_TERMS`, e.g. "deadline",
  "window", "Frist", "nabór", "výzva", "razpis", "kvietimas", "utlysning") **and** a year
  (``20xx``). A term alone ("the VAT return is due by the 25th") is a recurring rule, not a statement
  that expires, and a year alone ("costs in 2026") is a dated figure, which the next rule covers.
* A money **figure without a year** (a number with EUR/€/zł/PLN/Kč/CZK/SEK/kr in a sentence that
  names no year, nor does the paragraph introducing its bullet list) is a *warning*, not an error.
* An entry is **stale** when today is after its ``valid_until``, when it was reviewed more than N
  months ago (``HELPDESK_KB_REVIEW_MONTHS``), or (only when asked, see :mod:`.source_check`) when one
  of its sources no longer answers.

Pure functions, no I/O.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .model import Entry

#: Terms that name a deadline or a call window, per language (regular expressions, case-insensitive,
#: matched at word starts). A sentence with one of them and a year needs ``valid_until``.
DEADLINE_TERMS: Mapping[str, tuple[str, ...]] = {
    "en": (r"deadline", r"due by", r"apply by", r"apply before", r"closing date", r"call for (?:proposals|applications)",
           r"(?:application |call |funding )?window", r"closes", r"closed", r"re-?opens", r"opens", r"open until",
           r"runs (?:from|until|till)"),
    "pl": (r"termin\w*", r"nab[oó]r\w*", r"okn\w* (?:naboru|aplikacyjn\w*)",
           r"otwar\w* do", r"wnioski (?:do|przyjm\w*)", r"potrwa", r"trwa od", r"do dnia"),
    "cs": (r"lh[uů]t\w*", r"term[ií]n\w*", r"v[yý]zv\w*", r"uz[aá]v[eě]rk\w*", r"otev[rř]en\w* do",
           r"b[eě][zž][ií] od", r"p[rř]ihl[aá][sš]k\w* do"),
    "sl": (r"rok\w* za", r"rok je", r"razpis\w*", r"poziv\w*", r"odprt\w* do", r"traja od",
           r"prijave do", r"do vklju[cč]no"),
    "de": (r"frist\w*", r"stichtag\w*", r"ausschreibung\w*", r"antragsfenster", r"f[oö]rderaufruf\w*",
           r"bewerbungs?schluss", r"einreichungs?schluss", r"l[aä]uft (?:vom|von|bis)",
           r"endet"),
    "lt": (r"termin\w*", r"kvietim\w*", r"paraišk\w* (?:teikiam\w*|iki)", r"baigiasi",
           r"vyksta nuo"),
    "sv": (r"sista (?:dag|ansökningsdag)", r"senast", r"utlysning\w*", r"ansökningsomgång\w*", r"stänger",
           r"öppen till", r"pågår (?:från|till)", r"till och med"),
}

_DEADLINE_RE: Mapping[str, re.Pattern[str]] = {
    lang: re.compile(r"(?<!\w)(?:" + "|".join(terms) + r")", re.IGNORECASE) for lang, terms in DEADLINE_TERMS.items()
}
_YEAR_RE = re.compile(r"(?<!\d)20\d\d(?!\d)")
#: A sentence ends at ``.!?`` followed by a space and a capital (so "2026 r. opłata", "2026 m. birželio" stay whole).
#: A piece ending in a one- or two-letter word and a period ("2026 m.", "z. B.", "np.") is not a sentence.
_ABBREVIATION_END_RE = re.compile(r"(?:^|[\s(])\w{1,2}\.$")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÞĀ-Ž„“\"(])")
#: A money amount: a number next to a currency (either side).
_CURRENCY = r"(?:EUR|€|zł|PLN|Kč|CZK|SEK|kr\b|eur(?:o|ų|ov|us|ai)?\b|evr(?:ov|a|ih)?\b)"
_NUMBER = r"\d[\d\s.,'\u00a0\u202f]*\d|\d"
_MONEY_RE = re.compile(rf"(?:{_CURRENCY}\s?(?:{_NUMBER}))|(?:(?:{_NUMBER})\s?{_CURRENCY})", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """Sentences of ``text``: lines, further split where ``.!?`` is followed by a space."""
    out: list[str] = []
    for line in text.splitlines():
        pieces: list[str] = []
        for piece in _SENTENCE_END_RE.split(line):
            if pieces and _ABBREVIATION_END_RE.search(pieces[-1]):
                pieces[-1] += " " + piece  # "2026 m. MMA", "z. B. Schmuck": an abbreviation, not an end
            else:
                pieces.append(piece)
        out.extend(p.strip() for p in pieces if p.strip())
    return out


def deadline_phrase(text: str, lang: str) -> str | None:
    """The first sentence of ``text`` that names a deadline or a call window (term + year), else None."""
    pattern = _DEADLINE_RE.get(lang) or _DEADLINE_RE["en"]
    for sentence in _sentences(text):
        if _YEAR_RE.search(sentence) and (pattern.search(sentence) or _DEADLINE_RE["en"].search(sentence)):
            return sentence
    return None


def figures_without_year(text: str) -> list[str]:
    """Money figures in ``text`` whose sentence names no year, nor (for a bullet) the paragraph that
    introduces the list ("Since 1 January 2025 the threshold is ...", then bullets with the figures)."""
    found: list[str] = []
    lead_in = ""
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        is_bullet = line.startswith(("•", "- ", "* "))
        context = lead_in if is_bullet else ""
        for sentence in _sentences(line):
            if _YEAR_RE.search(sentence) or _YEAR_RE.search(context):
                continue
            found.extend(m.group(0).strip() for m in _MONEY_RE.finditer(sentence))
        if not is_bullet:
            lead_in = line
    return found


def months_before(day: date, months: int) -> date:
    """``day`` moved back by ``months`` calendar months (the day clipped to the month's length)."""
    year, month0 = divmod(day.year * 12 + (day.month - 1) - months, 12)
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


@dataclass(frozen=True)
class StaleReason:
    """Why an entry is stale: ``expired`` (past ``valid_until``), ``review`` (reviewed too long ago)
    or ``source`` (a source that no longer answers, with what went wrong)."""

    kind: str
    day: date | None = None
    url: str | None = None
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping (dates as ISO strings, empty fields left out)."""
        data: dict[str, Any] = {"kind": self.kind}
        if self.day is not None:
            data["date"] = self.day.isoformat()
        if self.url is not None:
            data["url"] = self.url
        if self.detail is not None:
            data["detail"] = self.detail
        return data


@dataclass(frozen=True)
class StaleEntry:
    """An entry that needs a person to look at it again."""

    entry_id: str
    reviewed: date
    valid_until: date | None
    reasons: tuple[StaleReason, ...] = field(default_factory=tuple)

    @property
    def expired(self) -> bool:
        """True when the entry is past its ``valid_until``."""
        return any(r.kind == "expired" for r in self.reasons)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "id": self.entry_id,
            "reviewed": self.reviewed.isoformat(),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "reasons": [r.to_json() for r in self.reasons],
        }


def is_expired(entry: Entry, today: date) -> bool:
    """True when ``today`` is after the entry's ``valid_until``."""
    return entry.valid_until is not None and today > entry.valid_until


def stale_entries(entries: Iterable[Entry], today: date, review_months: int,
                  dead_sources: Mapping[str, str] | None = None) -> list[StaleEntry]:
    """Entries past ``valid_until``, reviewed more than ``review_months`` ago, or citing a dead source.

    ``dead_sources`` maps a URL that did not answer to what went wrong (see :mod:`.source_check`).
    Sorted: expired first, then by id.
    """
    review_cutoff = months_before(today, review_months)
    dead = dead_sources or {}
    out: list[StaleEntry] = []
    for entry in entries:
        reasons: list[StaleReason] = []
        if is_expired(entry, today):
            reasons.append(StaleReason("expired", entry.valid_until))
        if entry.reviewed < review_cutoff:
            reasons.append(StaleReason("review", entry.reviewed))
        for url in entry.sources:
            if url in dead:
                reasons.append(StaleReason("source", url=url, detail=dead[url]))
        if reasons:
            out.append(StaleEntry(entry.id, entry.reviewed, entry.valid_until, tuple(reasons)))
    out.sort(key=lambda s: (not s.expired, s.entry_id))
    return out
