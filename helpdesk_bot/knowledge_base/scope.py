"""Scope checks: the key concept a question must name to be answered directly (data: ``knowledge/_scope.yaml``).

A near-miss question holds a term of one topic inside a question about something else: "who is the
minister of culture" is not about arts *funding*, "when does the Christmas market open" is not about
taking part in fairs, "my tax return as an employee" is not about the income tax of the self-employed.
Such a question scores high on the topic's words, so the score alone answers it.  For the families
listed in ``_scope.yaml`` a direct answer also needs one of the family's *key concepts* in the
question (per language: "grant", "scholarship", "dotac*", "Förder*"...); without one, the matcher
offers the entry as a button instead of answering.

A question that names a matter of private life no entry is about (``off_topic``: a recipe, a car
loan, a mortgage, pain) is never answered directly, whatever its score: "a recipe for gingerbread that
keeps a week at my stall" holds a fair's words but is not about fairs.

.. code-block:: yaml

    off_topic:
      en: [recipe*, "car loan*", mortgage*]
    families:
      arts-funding:
        en: [grant*, fund*, scholarship*]
        pl: [dotac*, grant*, stypend*]

A question in a private role (``private_roles``) is answered directly for the role's families only when
it also names a business of one's own (``unless``): an *employee*'s own tax return or salary ("I'm an
employee", "angestellt") is a near miss of the self-employed's income tax and social insurance, a
*buyer*'s refund ("I bought a bike online and it arrived broken") a near miss of selling online; "employed,
with a side business" and "my customer wants a refund" are in scope. A business word right after a
negation (``negations``: "not self-employed", "neturi individualios veiklos") names no business.

.. code-block:: yaml

    private_roles:
      employee:
        families: [income-tax, social-insurance]   # "*": every family
        words:
          en: [employee*, salary]
        unless:
          en: [self employ*, freelanc*, "side business*"]

Patterns are written like country cues (:mod:`.cues`): folded, ``*`` for any ending, several words for
consecutive words; they are matched against every word of the question, stopwords included ("need",
"muss").  In German and Swedish a one-word prefix pattern of five letters or more also matches inside a
compound (``förder*`` in ``Projektförderung``).  A question is checked against the patterns of its language and English (people mix them);
of every language when its language has none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .chitchat import patterns_by_language
from .cues import Pattern, fold_file_word
from .model import LANGUAGES
from .side_files import MISSING, read_side_file, word_sets

SCOPE_FILE = "_scope.yaml"

#: Languages that write compounds as one word: a key concept may be its last part (``Projektförderung``).
COMPOUNDING_LANGUAGES = frozenset({"de", "sv"})
#: Shortest one-word prefix pattern matched inside a compound.
MIN_COMPOUND_PART = 5
#: A private role's ``families`` entry that stands for every family (a consumer's complaint is no entry's matter).
ALL_FAMILIES = "*"


@dataclass(frozen=True)
class PrivateRole:
    """A private role (employee, buyer): its families, the words that name it, the business words that lift it."""

    name: str
    families: frozenset[str]
    words: Mapping[str, tuple[Pattern, ...]]
    unless: Mapping[str, tuple[Pattern, ...]]

    def covers(self, family: str) -> bool:
        """Whether the role applies to ``family`` (``"*"`` in its families: every family)."""
        return ALL_FAMILIES in self.families or family in self.families


@dataclass(frozen=True)
class Scope:
    """Key concepts per family and language (empty: every family may be answered on its score)."""

    required: Mapping[str, Mapping[str, tuple[Pattern, ...]]] = field(default_factory=dict)
    off_topic: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)
    roles: tuple[PrivateRole, ...] = ()
    #: per language, folded words that deny what follows ("not self-employed", "neturi individualios veiklos")
    negations: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def is_off_topic(self, folded: Sequence[str], lang: str | None) -> bool:
        """True when a question names a matter of private life no entry is about (a recipe, a car loan, pain).

        Checked with the patterns of the question's language and English (``Rückenschmerzen``: in German
        and Swedish inside compounds too).
        """
        return self._names(self.off_topic, folded, lang)

    def _names(
        self,
        by_lang: Mapping[str, tuple[Pattern, ...]],
        folded: Sequence[str],
        lang: str | None,
        *,
        unless_denied: bool = False,
    ) -> bool:
        """Whether the question names one of the patterns of its language or English (in German and Swedish
        also inside a compound); with ``unless_denied`` a pattern right after a negation of the question's
        language or English does not count ("She is employed, not self-employed")."""
        own = by_lang.get(lang or "en", ())
        patterns = [*own, *(by_lang.get("en", ()) if lang != "en" else ())]
        denied = (
            self.negations.get(lang or "en", frozenset()) | self.negations.get("en", frozenset())
            if unless_denied
            else frozenset()
        )
        return _names_any(folded, patterns, own if lang in COMPOUNDING_LANGUAGES else (), denied)

    def allows(self, family: str, folded: Sequence[str], lang: str | None) -> bool:
        """True when a question (its folded words) may be answered directly with ``family``: it names
        no off-topic matter and, for the families listed, one of the family's key concepts."""
        if self.is_off_topic(folded, lang):
            return False
        for role in self.roles:
            if role.covers(family) and self._names(role.words, folded, lang) and not self._names(
                role.unless, folded, lang, unless_denied=True
            ):
                return False  # e.g. an employee's own tax return, a buyer's refund: no business of one's own
        by_lang = self.required.get(family)
        if not by_lang:
            return True
        own = by_lang.get(lang or "")
        if own:
            patterns = [*own, *by_lang.get("en", ())] if lang != "en" else list(own)
        else:
            patterns = [p for group in by_lang.values() for p in group]
        return _names_any(folded, patterns, (own or ()) if lang in COMPOUNDING_LANGUAGES else ())


def _names_any(
    folded: Sequence[str],
    patterns: Sequence[Pattern],
    compounding: Sequence[Pattern],
    denied: frozenset[str] = frozenset(),
) -> bool:
    """Whether a pattern matches the words (not right after a word of ``denied``), or a long one-word prefix
    of ``compounding`` lies inside one."""
    if any(
        p.matches_at(folded, i) and not (i > 0 and folded[i - 1] in denied)
        for i in range(len(folded))
        for p in patterns
    ):
        return True
    parts = [p.words[0] for p in compounding
             if len(p.words) == 1 and p.prefix[0] and len(p.words[0]) >= MIN_COMPOUND_PART]
    return any(
        part in token and not (i > 0 and folded[i - 1] in denied) for i, token in enumerate(folded) for part in parts
    )


EMPTY_SCOPE = Scope()


def parse_scope(data: Any) -> tuple[Scope, list[tuple[str, str]]]:
    """Check and index the content of ``_scope.yaml``; returns the scope and ``(field, problem)``s."""
    problems: list[tuple[str, str]] = []
    if not isinstance(data, Mapping) or not isinstance(data.get("families"), Mapping):
        return EMPTY_SCOPE, [("families", "must be a mapping of family -> language -> key concepts")]
    for key in data:
        if key not in ("families", "off_topic", "private_roles", "negations"):
            problems.append((str(key), "unknown key"))
    required: dict[str, dict[str, tuple[Pattern, ...]]] = {}
    for family, by_lang in data["families"].items():
        patterns = patterns_by_language(by_lang, f"families.{family}", "scope", problems)
        grouped: dict[str, list[Pattern]] = {}
        if isinstance(by_lang, Mapping):
            for lang, items in by_lang.items():
                if isinstance(items, list):
                    sources = {str(item) for item in items}
                    grouped[str(lang)] = [p for p in patterns if p.source in sources]
        required[str(family)] = {lang: tuple(ps) for lang, ps in grouped.items() if ps}
    off_topic = _by_language(data.get("off_topic") or {}, "off_topic", problems)
    negations, found = word_sets(data.get("negations") or {}, "negations", LANGUAGES, fold_file_word)
    problems.extend(found)
    return Scope(required, off_topic, _private_roles(data.get("private_roles"), problems), negations), problems


def _by_language(raw: object, where: str, problems: list[tuple[str, str]]) -> dict[str, tuple[Pattern, ...]]:
    """Patterns of a ``language -> phrases`` mapping, grouped by language."""
    if not isinstance(raw, Mapping):
        problems.append((where, "must be a mapping of language -> phrases"))
        return {}
    grouped: dict[str, tuple[Pattern, ...]] = {}
    for pattern_lang, items in raw.items():
        found = patterns_by_language({pattern_lang: items}, where, where, problems)
        if found:
            grouped[str(pattern_lang)] = tuple(found)
    return grouped


def _private_roles(raw: object, problems: list[tuple[str, str]]) -> tuple[PrivateRole, ...]:
    """The ``private_roles`` section: ``role -> {families, words, unless}`` (optional)."""
    if raw is None:
        return ()
    if not isinstance(raw, Mapping):
        problems.append(("private_roles", "must be a mapping of role -> families, words and unless"))
        return ()
    roles: list[PrivateRole] = []
    for name, spec in raw.items():
        where = f"private_roles.{name}"
        if not isinstance(spec, Mapping):
            problems.append((where, "must be a mapping with families, words and unless"))
            continue
        for key in spec:
            if key not in ("families", "words", "unless"):
                problems.append((f"{where}.{key}", "unknown key"))
        families = spec.get("families")
        if not isinstance(families, list) or not all(isinstance(f, str) for f in families):
            problems.append((f"{where}.families", "must be a list of families"))
            families = []
        roles.append(
            PrivateRole(
                str(name),
                frozenset(families),
                _by_language(spec.get("words"), f"{where}.words", problems),
                _by_language(spec.get("unless") or {}, f"{where}.unless", problems),
            )
        )
    return tuple(roles)


def load_scope(path: Path) -> tuple[Scope, list[tuple[str, str]]]:
    """Read and check a scope file; a missing file means no scope checks (no problem)."""
    data, problem = read_side_file(path)
    if data is MISSING:
        return EMPTY_SCOPE, [problem] if problem else []
    return parse_scope(data)
