"""Search over the profiles others may see: typo- and diacritics-tolerant, in any of the seven languages.

Query and profiles go through the knowledge base's normaliser (case, diacritics, punctuation folded);
each query word matches a profile word exactly, as a prefix (``cera`` finds ``ceramics``) or within a
small edit distance (rapidfuzz, ``ceramcs``, ``Gdnsk``); a word naming a served country (in any
language, ``Polska``, ``Schweden``) matches profiles of that country. Profiles matching every word
come first; when none matches all, those matching the most words. Filters narrow by sector, country,
language and "open for commissions"; results are paginated.

The index is a snapshot of the database built on the first search and rebuilt whenever the table
changed (a cheap check of the row count, newest id and sum of revisions on every search), so several bot processes see
each other's edits at once and the database stays the one source of truth.
"""

from __future__ import annotations

import asyncio
import bisect
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from helpdesk_bot.catalogue.models import CatalogueProfile
from helpdesk_bot.catalogue.views import ProfileView, profile_view
from helpdesk_bot.catalogue.vocabulary import ProfileStatus, Visibility
from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.knowledge_base.normalise import country_of_token, fold, stopwords_for

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
    key: tuple[int, int | None, int, datetime | None]
    views: list[ProfileView] = field(default_factory=list)
    terms: list[frozenset[str]] = field(default_factory=list)
    postings: dict[str, set[int]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)  # sorted, for prefix look-ups
    fuzzy_cache: dict[str, list[tuple[str, float]]] = field(default_factory=dict)


def query_words(text: str, lang: str | None) -> list[str]:
    """The folded content words of a query (stopwords of ``lang`` and English dropped, at most 8)."""
    stop = stopwords_for(lang)
    words = [w for w in fold(text[:MAX_QUERY_CHARS]).split() if len(w) >= 2 and w not in stop]
    return list(dict.fromkeys(words))[:MAX_QUERY_WORDS]


def country_named(word: str, lang: str | None) -> str | None:
    """The served country a folded word names in ``lang``, English, or (words of 5+ letters) any language."""
    found = country_of_token(word, lang)
    if found is None and len(word) >= 5:
        for other in LANGUAGES:
            found = country_of_token(word, other)
            if found is not None:
                break
    return found


class CatalogueSearch:
    """Searches approved profiles for the web (public ones) or the bot's network (public and network ones)."""

    def __init__(self, uow: UnitOfWorkFactory, page_size: int = 10) -> None:
        self._uow = uow
        self.page_size = page_size
        self._snapshot: _Snapshot | None = None
        self._lock = asyncio.Lock()

    async def search(self, text: str, filters: SearchFilters = SearchFilters(), *, audience: Audience = "web",
                     page: int = 1, lang: str | None = None, page_size: int | None = None) -> SearchPage:
        """Page ``page`` (from 1, clamped) of the profiles matching ``text`` and ``filters``."""
        snapshot = await self._current()
        size = page_size or self.page_size
        candidates = [i for i, view in enumerate(snapshot.views) if _visible(view, audience, filters)]
        words = query_words(text, lang)
        if words:
            ranked = _rank(snapshot, candidates, words, lang)
        else:
            ranked = sorted(candidates, key=lambda i: snapshot.views[i].display_name.casefold())
        total = len(ranked)
        pages = max(1, math.ceil(total / size))
        page = min(max(1, page), pages)
        chosen = ranked[(page - 1) * size: page * size]
        return SearchPage([snapshot.views[i] for i in chosen], total, page, pages, size)

    async def _current(self) -> _Snapshot:
        async with self._uow() as uow:
            count, last_id, revisions, latest = (await uow.session.execute(
                select(func.count(), func.max(CatalogueProfile.id), func.sum(CatalogueProfile.revision),
                       func.max(CatalogueProfile.updated_at)))).one()
        key = (int(count), last_id, int(revisions or 0), latest)
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


def _visible(view: ProfileView, audience: Audience, filters: SearchFilters) -> bool:
    if audience == "web" and view.visibility != Visibility.PUBLIC:
        return False
    if filters.sector and filters.sector not in view.sectors:
        return False
    if filters.country and view.country != filters.country:
        return False
    if filters.language and filters.language not in view.languages:
        return False
    return not (filters.open_only and not view.open_for_commissions)


def _build(key: tuple[int, int | None, int, datetime | None], rows: Sequence[tuple[ProfileView, str]]) -> _Snapshot:
    snapshot = _Snapshot(key)
    postings: dict[str, set[int]] = defaultdict(set)
    for index, (view, text) in enumerate(rows):
        terms = frozenset(text.split())
        snapshot.views.append(view)
        snapshot.terms.append(terms)
        for term in terms:
            postings[term].add(index)
    snapshot.postings = dict(postings)
    snapshot.vocabulary = sorted(postings)
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


def _rank(snapshot: _Snapshot, candidates: list[int], words: list[str], lang: str | None) -> list[int]:
    allowed = set(candidates)
    scores: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(words))
    for n, word in enumerate(words):
        country = country_named(word, lang)
        if country is not None:
            for i in allowed:
                if snapshot.views[i].country == country:
                    scores[i][n] = 100.0
        for term, score in _term_matches(snapshot, word):
            for i in snapshot.postings[term] & allowed:
                if scores[i][n] < score:
                    scores[i][n] = score
    if not scores:
        return []
    matched = {i: sum(1 for s in per_word if s > 0) for i, per_word in scores.items()}
    best = max(matched.values())
    keep = [i for i in scores if matched[i] == best]
    keep.sort(key=lambda i: (-sum(scores[i]), snapshot.views[i].display_name.casefold()))
    return keep
