"""Country cues: the words of a question that point it to one country (data: ``knowledge/_cues.yaml``).

A question that names a country (``w Czechach``, ``in Schweden``, ``Lietuvoje``) or uses a term of one
country's system (``ZUS``, ``živnost``, ``normiranec``, ``Gewerbe``, ``Sodra``, ``F-skatt``) is answered
for that country whatever the person's profile says.  The vocabulary is data in the knowledge base,
per country and per language, so that curators extend it without touching code:

.. code-block:: yaml

    not_cues:          # a language's ordinary words for VAT or tax: never a cue
      cs: [DPH, daň*]
    exceptions:        # words of a language that alone look like a cue but are not one (English: everywhere)
      en: [polish]     # (a longer pattern still matches: "Polish VAT")
      de: [fürs]       # "für das", not FURS (the Slovenian tax office)
    from_words:        # a name or place right after one of these is where someone comes from (ranked last)
      en: [from]
      de: [aus]
    countries:
      PL:
        names:         # names and adjectives; recognised in questions in that language and,
          en: [Poland*] # for ``en``, in every question
          pl: [Polsk*, Polsce]
        terms:         # terms of the country's system, recognised in every question
          pl: [ZUS, CEIDG, ryczałt*, kas* fiskaln*]
        local_terms:   # ambiguous terms, recognised only in questions in that language
          sl: [s.p.]
        places:        # cities, in the forms people write them; recognised in every question
          pl: [Warszaw*, Warsaw, Gdańsk*]

A *pattern* is one or more words, folded like questions (case, diacritics, punctuation:
``s.p.`` is ``sp``); a word ending in ``*`` matches any ending (``ryczałt*`` matches ``ryczałtu``,
``ryczałtowy``), otherwise the word must match exactly.  Several words match consecutive words of
the question.  Longer patterns win over shorter ones at the same place (``sp. z o.o.``, a Polish
company form, is not the Slovenian ``s.p.``).

:func:`parse_cues` checks the file (used by ``kb validate`` and the loader) and :class:`Cues` finds
the cues of a question.  Names win over terms: "Gewerbe in Polen" is about Poland.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import COUNTRY_LANGUAGE, LANGUAGES
from .normalise import tokens
from .side_files import MISSING, read_side_file, word_sets

CUES_FILE = "_cues.yaml"

#: Shortest prefix of a ``word*`` pattern (folded letters).
MIN_PREFIX = 3

_KINDS = ("names", "terms", "local_terms", "places")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A folded pattern: words, each exact or a prefix (``prefix[i]``)."""

    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    country: str
    kind: str  # names | terms | local_terms
    source: str  # as written in the file

    def matches_at(self, folded: Sequence[str], start: int) -> bool:
        """True when the pattern matches the words of ``folded`` from ``start``."""
        if start + len(self.words) > len(folded):
            return False
        for offset, (word, is_prefix) in enumerate(zip(self.words, self.prefix, strict=True)):
            token = folded[start + offset]
            if not (token.startswith(word) if is_prefix else token == word):
                return False
        return True

    def matches_word(self, token: str) -> bool:
        """True when a one-word pattern matches the folded word ``token``."""
        return len(self.words) == 1 and self.matches_at((token,), 0)


def compile_pattern(raw: str, country: str, kind: str) -> Pattern | None:
    """Fold ``raw`` into a :class:`Pattern` (``None`` when nothing is left of it)."""
    words: list[str] = []
    prefix: list[bool] = []
    for part in raw.split():
        star = part.endswith("*")
        folded = "".join(tokens(part.rstrip("*")))
        if not folded:
            continue
        words.append(folded)
        prefix.append(star)
    if not words:
        return None
    return Pattern(tuple(words), tuple(prefix), country, kind, raw)


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a question."""

    country: str
    kind: str
    text: str  # the matched words, folded
    start: int = 0  # index of its first word among the question's folded words


@dataclass(frozen=True)
class Cues:
    """The cue vocabulary, indexed for questions (empty: no cues)."""

    patterns: tuple[tuple[str, Pattern], ...] = ()  # (language or "*" for every language, pattern)
    exceptions: frozenset[tuple[str, str]] = frozenset()  # (language, folded word)
    not_cues: tuple[tuple[str, Pattern], ...] = ()
    #: per language, the folded words that say where someone comes from ("from", "aus", "från")
    from_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    _by_first: dict[str, list[tuple[str, Pattern]]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[str, Pattern]]] = {}
        for lang, pattern in self.patterns:
            index.setdefault(pattern.words[0][:MIN_PREFIX], []).append((lang, pattern))
        for bucket in index.values():  # longer patterns first
            bucket.sort(key=lambda lp: (-len(lp[1].words), -len(lp[1].words[0])))
        object.__setattr__(self, "_by_first", index)

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def _applies(self, lang_of_pattern: str, lang: str | None) -> bool:
        return lang_of_pattern == "*" or lang_of_pattern == (lang or "en")

    def _excepted(self, token: str, lang: str | None) -> bool:
        """An exception of the question's language, or an English one (they hold in every question)."""
        return (lang or "en", token) in self.exceptions or ("en", token) in self.exceptions

    def find(self, folded: Sequence[str], lang: str | None) -> list[CueHit]:
        """Cues in the folded words of a question in ``lang``, in order of appearance."""
        hits: list[CueHit] = []
        i = 0
        n = len(folded)
        while i < n:
            token = folded[i]
            matched: Pattern | None = None
            if len(token) >= 2:
                excepted = self._excepted(token, lang)  # "polish" alone is not Poland; "Polish VAT" is
                for lang_of_pattern, pattern in self._by_first.get(token[:MIN_PREFIX], ()):
                    if (self._applies(lang_of_pattern, lang) and not (excepted and len(pattern.words) == 1)
                            and pattern.matches_at(folded, i)):
                        matched = pattern
                        break
            if matched is None:
                i += 1
                continue
            hits.append(CueHit(matched.country, matched.kind, " ".join(folded[i : i + len(matched.words)]), i))
            i += len(matched.words)
        return hits

    def countries(self, folded: Sequence[str], lang: str | None, profile: str | None = None) -> list[str]:
        """The countries a question points to, the most telling first.

        Countries named come first (in order of mention), then countries of system terms and places.
        When the profile's country is one of several, it goes after the others: people name their home as
        context and ask about the other one ("I live in Sweden but want to start a company in Germany").
        A country or city named only as where someone comes from ("I just moved back from Berlin", "flyttat
        hem från Berlin") comes last, after the profile's: the question is about where they are now or what
        they name.
        """
        hits = self.find(folded, lang)
        origins = self.from_words.get(lang or "en", frozenset()) | self.from_words.get("en", frozenset())

        def is_origin(hit: CueHit) -> bool:
            return hit.kind in ("names", "places") and hit.start > 0 and folded[hit.start - 1] in origins

        only_origin = {h.country for h in hits if is_origin(h)} - {h.country for h in hits if not is_origin(h)}
        named = list(dict.fromkeys(h.country for h in hits if h.kind == "names" and h.country not in only_origin))
        termed = list(dict.fromkeys(h.country for h in hits if h.kind != "names" and h.country not in only_origin))
        ordered = named + [c for c in termed if c not in named]
        if profile in ordered and len(ordered) > 1:
            ordered.remove(profile)
            ordered.append(profile)
        return ordered + [c for c in dict.fromkeys(h.country for h in hits) if c in only_origin]

    def is_name(self, token: str, lang: str | None) -> bool:
        """True when the folded word is (part of) a country name in ``lang`` or English, or a one-word place.

        Names and places say where, not what: they are taken out of topic matching ("VAT in Sweden", "VAT
        in Göteborg" and "VAT" are about the same thing; the country is chosen apart), so that a city in an
        entry's phrasing does not make every question naming it look like that entry.
        """
        if len(token) < 2 or self._excepted(token, lang):
            return False
        for lang_of_pattern, pattern in self._by_first.get(token[:MIN_PREFIX], ()):
            if (
                pattern.kind in ("names", "places")
                and self._applies(lang_of_pattern, lang)
                and pattern.matches_word(token)
            ):
                return True
        return False

    def is_not_cue(self, token: str) -> bool:
        """True when the folded word is a language's ordinary word for VAT or tax."""
        return any(pattern.matches_word(token) for _, pattern in self.not_cues)


EMPTY_CUES = Cues()


# ------------------------------------------------------------------------------------- parsing


@dataclass
class CueProblem:
    """A problem of the cue file (turned into a validation :class:`~.validation.Problem`)."""

    field: str
    message: str


def _patterns_of(
    raw: object, where: str, country: str, kind: str, problems: list[CueProblem]
) -> list[tuple[str, Pattern]]:
    out: list[tuple[str, Pattern]] = []
    if not isinstance(raw, Mapping):
        problems.append(CueProblem(where, "must be a mapping of language -> list of words"))
        return out
    for lang, items in raw.items():
        if lang not in LANGUAGES:
            problems.append(CueProblem(f"{where}.{lang}", f"unknown language (use one of {', '.join(LANGUAGES)})"))
            continue
        if not isinstance(items, list) or not items:
            problems.append(CueProblem(f"{where}.{lang}", "must be a non-empty list of words"))
            continue
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                problems.append(CueProblem(f"{where}.{lang}[{i}]", "must be a non-empty string"))
                continue
            pattern = compile_pattern(item, country, kind)
            if pattern is None:
                problems.append(CueProblem(f"{where}.{lang}[{i}]", f"{item!r} has no letters"))
                continue
            short = [w for w, p in zip(pattern.words, pattern.prefix, strict=True) if p and len(w) < MIN_PREFIX]
            if short or (len(pattern.words) == 1 and len(pattern.words[0]) < 2):
                problems.append(
                    CueProblem(f"{where}.{lang}[{i}]", f"{item!r} is too short (a prefix needs {MIN_PREFIX} letters)")
                )
                continue
            scope = lang if (kind in ("names", "local_terms") and lang != "en") or kind == "local_terms" else "*"
            out.append((scope, pattern))
    return out


def fold_file_word(word: str) -> str:
    """A word of the file folded like a question's word (case, diacritics, punctuation)."""
    return "".join(tokens(word))


def parse_cues(data: Any) -> tuple[Cues, list[CueProblem]]:
    """Check and index the content of ``_cues.yaml``; returns the cues and the problems found."""
    problems: list[CueProblem] = []
    if not isinstance(data, Mapping):
        return EMPTY_CUES, [CueProblem("yaml", "must be a mapping with countries, not_cues, exceptions")]
    for key in data:
        if key not in ("countries", "not_cues", "exceptions", "from_words"):
            problems.append(CueProblem(str(key), "unknown key"))
    not_cues = _patterns_of(data.get("not_cues") or {}, "not_cues", "-", "not_cues", problems)
    exceptions_by_lang, found = word_sets(data.get("exceptions") or {}, "exceptions", LANGUAGES, fold_file_word)
    problems.extend(CueProblem(*problem) for problem in found)
    exceptions = {(lang, word) for lang, words in exceptions_by_lang.items() for word in words}
    from_words, found = word_sets(data.get("from_words") or {}, "from_words", LANGUAGES, fold_file_word)
    problems.extend(CueProblem(*problem) for problem in found)
    patterns: list[tuple[str, Pattern]] = []
    countries = data.get("countries")
    if not isinstance(countries, Mapping):
        problems.append(CueProblem("countries", "must be a mapping of country -> names/terms"))
        countries = {}
    for country, spec in countries.items():
        if country not in COUNTRY_LANGUAGE:
            problems.append(CueProblem(f"countries.{country}", f"is not one of {', '.join(COUNTRY_LANGUAGE)}"))
            continue
        if not isinstance(spec, Mapping):
            problems.append(CueProblem(f"countries.{country}", "must be a mapping with names and terms"))
            continue
        for key in spec:
            if key not in _KINDS:
                problems.append(CueProblem(f"countries.{country}.{key}", "unknown key"))
        for kind in _KINDS:
            if kind in spec:
                patterns.extend(_patterns_of(spec[kind], f"countries.{country}.{kind}", country, kind, problems))
        names = spec.get("names")
        missing = [lang for lang in LANGUAGES if not isinstance(names, Mapping) or lang not in names]
        if missing:
            problems.append(CueProblem(f"countries.{country}.names", f"missing language(s): {', '.join(missing)}"))
    problems.extend(_conflicts(patterns, not_cues))
    return Cues(tuple(patterns), frozenset(exceptions), tuple(not_cues), from_words), problems


def _conflicts(patterns: Iterable[tuple[str, Pattern]], not_cues: Sequence[tuple[str, Pattern]]) -> list[CueProblem]:
    """A cue that would match an ordinary VAT/tax word, or the same pattern for two countries."""
    problems: list[CueProblem] = []
    owner: dict[tuple[str, tuple[str, ...], tuple[bool, ...]], str] = {}
    for scope, pattern in patterns:
        where = f"countries.{pattern.country}.{pattern.kind}"
        for _, plain in not_cues:
            word = plain.words[0]
            if len(pattern.words) == 1 and pattern.matches_word(word):
                problems.append(
                    CueProblem(where, f"{pattern.source!r} would match {plain.source!r}, an ordinary word (not_cues)")
                )
        key = (scope, pattern.words, pattern.prefix)
        other = owner.setdefault(key, pattern.country)
        if other != pattern.country:
            problems.append(CueProblem(where, f"{pattern.source!r} is also a cue of {other}"))
    return problems


def load_cues(path: Path) -> tuple[Cues, list[CueProblem]]:
    """Read and check a cue file; a missing file means no cues (no problem)."""
    data, problem = read_side_file(path)
    if data is MISSING:
        return EMPTY_CUES, [CueProblem(*problem)] if problem else []
    return parse_cues(data)
