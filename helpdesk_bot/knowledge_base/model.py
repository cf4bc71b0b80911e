"""Domain model of the knowledge base: entries, their translations and families.

An entry is one YAML file in ``knowledge/``.  Entries whose ids differ only in a
``-<country>`` suffix (``vat-pl``, ``vat-se``...) form a *family* (``vat``); the bot
answers the member for the person's country.  Everything here is immutable and
free of I/O: :mod:`.loader` builds a :class:`KnowledgeBase` from files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from helpdesk_bot.topics import TOPICS

if TYPE_CHECKING:
    from .chitchat import ChitChatVocabulary
    from .cues import Cues
    from .scope import Scope

#: Languages an entry may be written in (ISO 639-1).
LANGUAGES: tuple[str, ...] = ("pl", "cs", "sl", "de", "lt", "sv", "en")

#: Language used when an entry has no translation in the person's language.
FALLBACK_LANGUAGE = "en"

#: Countries served (ISO 3166-1 alpha-2) and the language spoken there.
COUNTRY_LANGUAGE: Mapping[str, str] = MappingProxyType(
    {"PL": "pl", "CZ": "cs", "SI": "sl", "DE": "de", "LT": "lt", "SE": "sv"}
)

#: The language -> country of that language (English has none).
LANGUAGE_COUNTRY: Mapping[str, str] = MappingProxyType({v: k for k, v in COUNTRY_LANGUAGE.items()})

#: Browsing categories, in display order: the one vocabulary of topics (helpdesk_bot.topics).
CATEGORIES: tuple[str, ...] = TOPICS


def family_of(entry_id: str, country: str | None) -> str:
    """Return the family id of an entry: the id without its ``-<country>`` suffix.

    Entries without a country are their own family.
    """
    if country:
        suffix = "-" + country.lower()
        if entry_id.endswith(suffix) and len(entry_id) > len(suffix):
            return entry_id[: -len(suffix)]
    return entry_id


@dataclass(frozen=True, slots=True)
class Translation:
    """One language version of an entry."""

    question: str
    alternatives: tuple[str, ...]
    answer: str

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The canonical question followed by its alternative phrasings."""
        return (self.question, *self.alternatives)


@dataclass(frozen=True, slots=True)
class Entry:
    """A knowledge-base entry (one file)."""

    id: str
    country: str | None
    category: str
    reviewed: date
    sources: tuple[str, ...]
    translations: Mapping[str, Translation]
    path: Path | None = None
    #: After this date a statement of the entry is known to expire (a call window, a yearly figure).
    valid_until: date | None = None
    #: The country of each source given as ``{url, country}`` (``EU`` = EU-wide); plain URLs are absent.
    source_countries: Mapping[str, str] = field(default_factory=dict)

    @property
    def family(self) -> str:
        """The family id (``vat`` for ``vat-pl``); the id itself for entries without a country."""
        return family_of(self.id, self.country)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages this entry is available in, in :data:`LANGUAGES` order."""
        known = [lang for lang in LANGUAGES if lang in self.translations]
        extra = sorted(lang for lang in self.translations if lang not in LANGUAGES)
        return (*known, *extra)

    def translation_for(self, lang: str | None) -> tuple[str, Translation]:
        """Return ``(language used, translation)``: the person's language, else English.

        When neither exists (an entry without English is invalid but may be loaded in
        tests), the first available language is used.
        """
        if lang and lang in self.translations:
            return lang, self.translations[lang]
        if FALLBACK_LANGUAGE in self.translations:
            return FALLBACK_LANGUAGE, self.translations[FALLBACK_LANGUAGE]
        first = self.languages[0]
        return first, self.translations[first]


@dataclass(frozen=True)
class KnowledgeBase:
    """An immutable, indexed collection of entries."""

    entries: Mapping[str, Entry]
    #: The country cues of the knowledge base (``_cues.yaml``); ``None``: no cues.
    cues: Cues | None = field(default=None, compare=False)
    #: Greetings, thanks and goodbyes (``_chitchat.yaml``); ``None``: none.
    chitchat: ChitChatVocabulary | None = field(default=None, compare=False)
    #: Key concepts a question needs for a direct answer, per family (``_scope.yaml``); ``None``: none.
    scope: Scope | None = field(default=None, compare=False)
    _families: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _categories: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        entries = MappingProxyType(dict(sorted(self.entries.items())))
        object.__setattr__(self, "entries", entries)
        families: dict[str, list[str]] = {}
        categories: dict[str, list[str]] = {}
        for entry in entries.values():
            families.setdefault(entry.family, []).append(entry.id)
            categories.setdefault(entry.category, []).append(entry.id)
        object.__setattr__(
            self, "_families", MappingProxyType({k: tuple(sorted(v)) for k, v in sorted(families.items())})
        )
        object.__setattr__(
            self, "_categories", MappingProxyType({k: tuple(v) for k, v in categories.items()})
        )

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[Entry],
        cues: Cues | None = None,
        chitchat: ChitChatVocabulary | None = None,
        scope: Scope | None = None,
    ) -> KnowledgeBase:
        """Build a knowledge base from entries (ids must be unique), its country cues, chit-chat and scope."""
        by_id: dict[str, Entry] = {}
        for entry in entries:
            if entry.id in by_id:
                raise ValueError(f"duplicate entry id {entry.id!r}")
            by_id[entry.id] = entry
        return cls(by_id, cues, chitchat, scope)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> Entry | None:
        """Return the entry with this id, or ``None``."""
        return self.entries.get(entry_id)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    @property
    def families(self) -> Mapping[str, tuple[str, ...]]:
        """Family id -> ids of its members (sorted)."""
        return self._families

    def family_members(self, family: str) -> tuple[Entry, ...]:
        """The entries of a family (empty when unknown)."""
        return tuple(self.entries[i] for i in self._families.get(family, ()))

    def is_country_scoped(self, family: str) -> bool:
        """True when every member of the family is tied to a country.

        Such a family cannot be answered without knowing the person's country.  A
        family that also has a general member (no country) is not country-scoped: the
        general member is the answer when the country is unknown or has no member.
        """
        members = self.family_members(family)
        return bool(members) and all(m.country for m in members)

    def member_for(self, family: str, country: str | None) -> Entry | None:
        """The member of ``family`` for ``country``.

        Falls back to the family's general member (no country); ``None`` when the
        family has neither (the caller then has to ask for the country).
        """
        members = self.family_members(family)
        if country:
            wanted = country.upper()
            for member in members:
                if member.country == wanted:
                    return member
        for member in members:
            if member.country is None:
                return member
        return None

    @property
    def categories(self) -> tuple[str, ...]:
        """Categories that have at least one entry, known ones first in display order."""
        present = set(self._categories)
        known = [c for c in CATEGORIES if c in present]
        return (*known, *sorted(present - set(CATEGORIES)))

    def entries_in_category(
        self, category: str, lang: str | None = None, country: str | None = None
    ) -> tuple[Entry, ...]:
        """Entries of a category sorted for browsing.

        Sorted by the question in ``lang`` (English fallback), case-insensitively,
        then by id.  With ``country``, country entries of other countries are left out.
        """
        entries = [self.entries[i] for i in self._categories.get(category, ())]
        if country:
            wanted = country.upper()
            entries = [e for e in entries if e.country is None or e.country == wanted]

        def key(entry: Entry) -> tuple[str, str]:
            return entry.translation_for(lang)[1].question.casefold(), entry.id

        return tuple(sorted(entries, key=key))
