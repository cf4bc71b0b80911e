"""Search over the profiles others may see: typo- and diacritics-tolerant, in any of the seven languages.

Query and profiles go through the knowledge base's normaliser (case, diacritics, punctuation folded);
each query word matches a profile word exactly, as a prefix (``cera`` finds ``ceramics``) or within a
small edit distance (rapidfuzz, ``ceramcs``, ``Gdnsk``); a word naming a served country (in any
language, ``Polska``, ``Schweden``; the stems of the country names of ``core.ftl``) matches profiles of
that country. Profiles matching every word
come first; when none matches all, those matching the most words. Filters narrow by sector, country,
language and "open for commissions"; results are paginated.

The index is a snapshot of the database built on the first search and rebuilt whenever the table
changed: every write bumps the one-row ``catalogue_state.generation`` in its transaction, and each
search compares it (a primary-key read), so several bot processes see
each other's edits at once and the database stays the one source of truth.
"""

from __future__ import annotations

import asyncio
import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import select

from helpdesk_bot.catalogue.models import CatalogueProfile, CatalogueState
from helpdesk_bot.catalogue.views import ProfileView, profile_view
from helpdesk_bot.catalogue.vocabulary import ProfileStatus, Visibility
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.knowledge_base.normalise import fold, stopwords_for

Audience = Literal["web", "network"]
MAX_QUERY_WORDS = 8
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class SearchFilters:
    """Optional narrowing of a search (None: any)."""

    sector: str | None = None
    country: str | None = None
    language: str | None = None
    open_only: bool = False


@dataclass(frozen=True)
class SearchPage:
    """One page of results."""

    items: list[ProfileView]
    total: int
    page: int
    pages: int
    page_size: int


@dataclass
class _Snapshot:
    """The visible profiles of one catalogue generation, with postings and filter masks as numpy arrays."""

    key: int
    views: list[ProfileView] = field(default_factory=list)
    postings: dict[str, np.ndarray] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)  # sorted, for prefix look-ups
    masks: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)  # ("sector", "glass") -> bool[n]
    name_rank: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    by_name: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    fuzzy_cache: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def mask(self, kind: str, value: str) -> np.ndarray:
        """Which profiles have ``value`` as their ``kind`` (all False when none)."""
        found = self.masks.get((kind, value))
        return found if found is not None else np.zeros(len(self.views), dtype=bool)


def query_words(text: str, lang: str | None) -> list[str]:
    """The folded content words of a query (stopwords of ``lang`` and English dropped, at most 8)."""
    stop = stopwords_for(lang)
    words = [w for w in fold(text[:MAX_QUERY_CHARS]).split() if len(w) >= 2 and w not in stop]
    return list(dict.fromkeys(words))[:MAX_QUERY_WORDS]


CountryNames = dict[str, str]
"""Folded stems of country names (every language) -> country code, see :func:`country_stems`."""


def country_stems(names: Iterable[tuple[str, str]]) -> CountryNames:
    """Stems of the country names given as ``(code, name)``: the folded name without its last two letters
    (at least four), so inflected forms match (``Polska``/``Polsce``, ``Švedija``/``Švedijoje``)."""
    stems: CountryNames = {}
    for code, name in names:
        for word in fold(name).split():
            if len(word) >= 4:
                stems[word[: max(4, len(word) - 2)]] = code
    return stems


def country_named(word: str, stems: CountryNames) -> str | None:
    """The served country a folded query word names (in any of the seven languages), else None."""
    if len(word) < 4:
        return None
    for size in range(min(len(word), 12), 3, -1):
        code = stems.get(word[:size])
        if code is not None:
            return code
    return None


class CatalogueSearch:
    """Searches approved profiles for the web (public ones) or the bot's network (public and network ones)."""

    def __init__(self, uow: UnitOfWorkFactory, page_size: int = 10, countries: CountryNames | None = None) -> None:
        self._uow = uow
        self._countries = countries or {}
        self.page_size = page_size
        self._snapshot: _Snapshot | None = None
        self._lock = asyncio.Lock()

    async def search(self, text: str, filters: SearchFilters = SearchFilters(), *, audience: Audience = "web",
                     page: int = 1, lang: str | None = None, page_size: int | None = None) -> SearchPage:
        """Page ``page`` (from 1, clamped) of the profiles matching ``text`` and ``filters``."""
        snapshot = await self._current()
        size = page_size or self.page_size
        allowed = _allowed(snapshot, audience, filters)
        words = query_words(text, lang)
        if words:
            ranked = _rank(snapshot, allowed, words, self._countries)
        else:
            ranked = snapshot.by_name[allowed[snapshot.by_name]]
        total = len(ranked)
        pages = max(1, math.ceil(total / size))
        page = min(max(1, page), pages)
        chosen = ranked[(page - 1) * size: page * size]
        return SearchPage([snapshot.views[int(i)] for i in chosen], total, page, pages, size)

    async def _current(self) -> _Snapshot:
        async with self._uow() as uow:
            key = int((await uow.session.execute(
                select(CatalogueState.generation).where(CatalogueState.id == 1))).scalar_one_or_none() or 0)
        snapshot = self._snapshot
        if snapshot is not None and snapshot.key == key:
            return snapshot
        async with self._lock:
            if self._snapshot is not None and self._snapshot.key == key:
                return self._snapshot
            async with self._uow() as uow:
                rows = (await uow.session.execute(
                    select(CatalogueProfile).where(CatalogueProfile.status == ProfileStatus.APPROVED,
                                                   CatalogueProfile.visibility != Visibility.HIDDEN)
                    .order_by(CatalogueProfile.id))).scalars().all()
                built = _build(key, [(profile_view(r), r.search_text) for r in rows])
            self._snapshot = built
            return built


def _allowed(snapshot: _Snapshot, audience: Audience, filters: SearchFilters) -> np.ndarray:
    allowed = np.ones(len(snapshot.views), dtype=bool)
    if audience == "web":
        allowed &= snapshot.mask("visibility", Visibility.PUBLIC)
    if filters.sector:
        allowed &= snapshot.mask("sector", filters.sector)
    if filters.country:
        allowed &= snapshot.mask("country", filters.country)
    if filters.language:
        allowed &= snapshot.mask("language", filters.language)
    if filters.open_only:
        allowed &= snapshot.mask("open", "1")
    return allowed


def _build(key: int, rows: Sequence[tuple[ProfileView, str]]) -> _Snapshot:
    snapshot = _Snapshot(key)
    postings: dict[str, list[int]] = defaultdict(list)
    masks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (view, text) in enumerate(rows):
        snapshot.views.append(view)
        for term in set(text.split()):
            postings[term].append(index)
        masks[("visibility", view.visibility)].append(index)
        masks[("country", view.country)].append(index)
        for sector in view.sectors:
            masks[("sector", sector)].append(index)
        for lang in view.languages:
            masks[("language", lang)].append(index)
        if view.open_for_commissions:
            masks[("open", "1")].append(index)
    n = len(rows)
    snapshot.postings = {term: np.array(ids, dtype=np.int32) for term, ids in postings.items()}
    snapshot.vocabulary = sorted(postings)
    for key_, ids in masks.items():
        mask = np.zeros(n, dtype=bool)
        mask[ids] = True
        snapshot.masks[key_] = mask
    order = sorted(range(n), key=lambda i: (snapshot.views[i].display_name.casefold(), i))
    snapshot.by_name = np.array(order, dtype=np.int32)
    snapshot.name_rank = np.empty(n, dtype=np.int32)
    snapshot.name_rank[snapshot.by_name] = np.arange(n, dtype=np.int32)
    return snapshot


def _term_matches(snapshot: _Snapshot, word: str) -> list[tuple[str, float]]:
    """Vocabulary terms ``word`` matches, with a similarity score (exact 100, prefix 95, typo <= 95)."""
    cached = snapshot.fuzzy_cache.get(word)
    if cached is not None:
        return cached
    found: dict[str, float] = {}
    if word in snapshot.postings:
        found[word] = 100.0
    if len(word) >= 3:
        vocab = snapshot.vocabulary
        i = bisect.bisect_left(vocab, word)
        while i < len(vocab) and vocab[i].startswith(word):
            found.setdefault(vocab[i], 95.0)
            i += 1
    if len(word) >= 4:
        cutoff = 80.0 if len(word) >= 6 else 74.0
        for term, score, _ in process.extract(word, snapshot.vocabulary, scorer=fuzz.ratio,
                                              score_cutoff=cutoff, limit=None):
            if abs(len(term) - len(word)) <= 3:
                found.setdefault(term, min(float(score), 94.0))
    result = list(found.items())
    if len(snapshot.fuzzy_cache) < 4096:
        snapshot.fuzzy_cache[word] = result
    return result


def _rank(snapshot: _Snapshot, allowed: np.ndarray, words: list[str], countries: CountryNames) -> np.ndarray:
    """Indexes of the allowed profiles matching the most words, best total similarity first, then by name."""
    n = len(snapshot.views)
    matched = np.zeros(n, dtype=np.int16)
    total = np.zeros(n, dtype=np.float32)
    for word in words:
        best = np.zeros(n, dtype=np.float32)
        country = country_named(word, countries)
        if country is not None:
            best[snapshot.mask("country", country)] = 100.0
        for term, score in sorted(_term_matches(snapshot, word), key=lambda item: item[1]):
            ids = snapshot.postings[term]
            best[ids] = np.maximum(best[ids], score)
        matched += best > 0
        total += best
    matched[~allowed] = 0
    top = int(matched.max()) if n else 0
    if top == 0:
        return np.zeros(0, dtype=np.int32)
    keep = np.flatnonzero(matched == top)
    order = np.lexsort((snapshot.name_rank[keep], -total[keep]))
    return keep[order]
