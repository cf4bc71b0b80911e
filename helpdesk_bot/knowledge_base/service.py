"""The answering service: the live knowledge base and matcher, reloadable, and what to tell a person.

No Telegram here: :meth:`KnowledgeService.ask` turns a question of a person (language, country) into
one of five plain outcomes (:class:`Answered`, :class:`Suggested`, :class:`AskCountry`,
:class:`ChitChat`, :class:`Unanswered`); the Telegram adapter renders them
(:mod:`helpdesk_bot.telegram.kb_render`).

The knowledge base and its matcher are held together in one immutable :class:`LiveKnowledge` that is
swapped in a single assignment, so a question is always matched against one consistent version.
:meth:`KnowledgeService.reload` validates the folder first and refuses an invalid knowledge base,
keeping the current one live.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from helpdesk_bot.clock import Clock, SystemClock

from .freshness import is_expired
from .loader import load_knowledge_base
from .match_model import MatchResult, MatchThresholds
from .model import FALLBACK_LANGUAGE, Entry, KnowledgeBase
from .sources import fitting_sources
from .validation import KnowledgeBaseInvalid, Problem, validate_directory

if TYPE_CHECKING:
    from .matcher import Matcher

log = logging.getLogger(__name__)

#: Longest question the bot matches and stores (characters); longer ones are cut, with a note.
MAX_QUESTION_CHARS = 1000
#: Entries per page when browsing a category.
TOPICS_PAGE_SIZE = 6

Translate = Callable[..., str]


def _matcher(kb: KnowledgeBase, thresholds: MatchThresholds) -> Matcher:
    """The matcher of ``kb`` (its module, with numpy and rapidfuzz, is loaded with the first one)."""
    from .matcher import Matcher

    return Matcher(kb, thresholds)


@dataclass(frozen=True)
class LiveKnowledge:
    """A knowledge base with its matcher, swapped as one value."""

    kb: KnowledgeBase
    matcher: Matcher
    version: int


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: ``ok`` with the new size, or the validation problems (the old KB stays)."""

    ok: bool
    entries: int
    previous_entries: int
    problems: tuple[Problem, ...] = ()
    version: int = 0


@dataclass(frozen=True)
class Answer:
    """An entry as shown to one person."""

    entry_id: str
    category: str
    title: str
    text: str
    sources: tuple[str, ...]
    lang_used: str
    #: True when the entry lacks the person's language and English is shown instead.
    in_english: bool
    #: The entry's country when it is a family member for another country than the person's.
    other_country: str | None = None
    #: The country the answer covers (``None`` for an entry that applies everywhere).
    country: str | None = None
    #: The other countries' members of the entry's family (offered as buttons), in family order.
    other_members: tuple[Choice, ...] = ()
    #: The entry's ``valid_until`` when today is past it: the answer "may have changed since" then.
    stale_since: date | None = None


@dataclass(frozen=True)
class Choice:
    """A candidate entry offered as a button (question in the person's language)."""

    entry_id: str
    question: str
    country: str | None = None


@dataclass(frozen=True)
class Answered:
    """The question was answered."""

    answer: Answer
    score: float


@dataclass(frozen=True)
class Suggested:
    """Up to three "did you mean" candidates."""

    choices: tuple[Choice, ...]
    entry_id: str | None
    category: str | None
    score: float


@dataclass(frozen=True)
class AskCountry:
    """A country-scoped family matched but the person's country is unknown: offer its members."""

    family: str
    choices: tuple[Choice, ...]
    entry_id: str | None
    category: str | None
    score: float


@dataclass(frozen=True)
class ChitChat:
    """A greeting, thanks or goodbye (``kind``): a short friendly reply with the menu, not a gap."""

    kind: str


@dataclass(frozen=True)
class Unanswered:
    """Nothing relevant was found (fallback: consultation, advisor, topics)."""

    score: float
    entry_id: str | None = None


Outcome = Answered | Suggested | AskCountry | ChitChat | Unanswered


@dataclass(frozen=True)
class Question:
    """A question as received: the text actually used and whether it was cut."""

    text: str
    truncated: bool

    @classmethod
    def of(cls, raw: str, limit: int = MAX_QUESTION_CHARS) -> Question:
        """Strip ``raw`` and cut it to ``limit`` characters."""
        text = raw.strip()
        if len(text) > limit:
            return cls(text[:limit].rstrip(), True)
        return cls(text, False)


@dataclass(frozen=True)
class TopicPage:
    """One page of a category's entries."""

    category: str
    choices: tuple[Choice, ...]
    page: int
    pages: int


@dataclass
class _Loaded:
    live: LiveKnowledge | None = None
    problems: tuple[Problem, ...] = ()
    lock: threading.Lock = field(default_factory=threading.Lock)


class KnowledgeService:
    """Holds the live knowledge base and answers questions against it."""

    def __init__(self, directory: Path, thresholds: MatchThresholds | None = None, *,
                 clock: Clock | None = None, timezone: str = "UTC") -> None:
        self.directory = Path(directory)
        self.thresholds = thresholds or MatchThresholds()
        self.clock: Clock = clock or SystemClock()
        self.timezone = timezone
        self._state = _Loaded()
        self._reload_lock = asyncio.Lock()
        #: id of the last reload request (database) this process has acted on
        self.last_reload_request: int | None = None

    # ------------------------------------------------------------------ loading


    def _build(self, version: int) -> LiveKnowledge:
        kb = load_knowledge_base(self.directory)
        return LiveKnowledge(kb, _matcher(kb, self.thresholds), version)

    @property
    def live(self) -> LiveKnowledge:
        """The current knowledge base and matcher (loaded on first use).

        When the folder is invalid at the first load, an empty knowledge base is used (every
        question then goes to the advisors) and :attr:`load_problems` says why.
        """
        live = self._state.live
        if live is not None:
            return live
        with self._state.lock:
            if self._state.live is None:
                try:
                    self._state.live = self._build(1)
                except KnowledgeBaseInvalid as exc:
                    log.error("knowledge base %s is invalid; starting without it:\n%s", self.directory, exc)
                    self._state.problems = exc.problems
                    empty = KnowledgeBase({})
                    self._state.live = LiveKnowledge(empty, _matcher(empty, self.thresholds), 1)
            return self._state.live

    def today(self) -> date:
        """Today's date in the centre's time zone (by the service's clock)."""
        return self.clock.now().astimezone(ZoneInfo(self.timezone)).date()

    @property
    def kb(self) -> KnowledgeBase:
        """The current knowledge base."""
        return self.live.kb

    @property
    def load_problems(self) -> tuple[Problem, ...]:
        """Problems found when the knowledge base was first loaded (empty when it loaded)."""
        return self._state.problems

    def reload_sync(self) -> ReloadResult:
        """Validate the folder and, when valid, swap in the new knowledge base (blocking)."""
        current = self.live
        problems = validate_directory(self.directory)
        if problems:
            return ReloadResult(False, len(current.kb), len(current.kb), tuple(problems), current.version)
        try:
            new = self._build(current.version + 1)
        except KnowledgeBaseInvalid as exc:  # changed between validation and loading
            return ReloadResult(False, len(current.kb), len(current.kb), exc.problems, current.version)
        if len(new.kb) == 0:  # almost certainly the wrong folder: keep serving the current one
            empty = (Problem(str(self.directory), "directory", "contains no entries"),)
            return ReloadResult(False, len(current.kb), len(current.kb), empty, current.version)
        self._state.live = new  # one assignment: readers see the old or the new version, never a mix
        self._state.problems = ()
        log.info("knowledge base reloaded: %d entries (was %d)", len(new.kb), len(current.kb))
        return ReloadResult(True, len(new.kb), len(current.kb), (), new.version)

    async def reload(self) -> ReloadResult:
        """:meth:`reload_sync` in a worker thread; concurrent reloads run one after the other."""
        async with self._reload_lock:
            return await asyncio.to_thread(self.reload_sync)

    # ------------------------------------------------------------------ answering

    def ask(self, text: str, lang: str, country: str | None) -> Outcome:
        """What to tell a person writing ``text`` in ``lang`` who lives in ``country`` (may be unknown)."""
        live = self.live
        result = live.matcher.match(text, lang, _served(country))
        return self._outcome(live.kb, result, lang, country)

    def _outcome(self, kb: KnowledgeBase, result: MatchResult, lang: str, country: str | None) -> Outcome:
        if result.chitchat:
            return ChitChat(result.chitchat)
        entry = kb.get(result.entry_id) if result.entry_id else None
        category = entry.category if entry else None
        if result.needs_country and entry is not None:
            members = [m for m in kb.family_members(entry.family) if m.country]
            choices = tuple(_choice(m, lang) for m in members)
            return AskCountry(entry.family, choices, entry.id, category, result.score)
        if result.decision == "answer" and entry is not None:
            return Answered(self.answer_for(entry, lang, country), result.score)
        if result.decision == "suggest" and result.candidates:
            choices = tuple(_choice(kb[c], lang) for c in result.candidates[:3] if c in kb)
            if choices:
                return Suggested(choices, result.entry_id, category, result.score)
        return Unanswered(result.score, result.entry_id)

    def answer_for(self, entry: Entry, lang: str, country: str | None) -> Answer:
        """``entry`` in the person's language (else English, noted) for a person from ``country``.

        A country-scoped answer names its country and offers the family's other countries; its
        sources are the ones that fit (see :func:`.sources.fitting_sources`).
        """
        lang_used, translation = entry.translation_for(lang)
        other = entry.country if entry.country and entry.country != (country or "").upper() else None
        members: tuple[Choice, ...] = ()
        if entry.country:
            members = tuple(
                _choice(m, lang) for m in self.kb.family_members(entry.family) if m.country and m.id != entry.id
            )
        return Answer(
            entry_id=entry.id,
            category=entry.category,
            title=translation.question,
            text=translation.answer,
            sources=fitting_sources(entry, _served(country)),
            lang_used=lang_used,
            in_english=lang_used != lang and lang_used == FALLBACK_LANGUAGE,
            other_country=other,
            country=entry.country,
            other_members=members,
            stale_since=entry.valid_until if is_expired(entry, self.today()) else None,
        )

    def answer_entry(self, entry_id: str, lang: str, country: str | None) -> Answer | None:
        """The entry ``entry_id`` for a person, or None when it does not exist (any more)."""
        entry = self.kb.get(entry_id)
        return self.answer_for(entry, lang, country) if entry is not None else None


    # ------------------------------------------------------------------ browsing

    def categories(self) -> tuple[str, ...]:
        """Categories that have entries, in display order."""
        return self.kb.categories

    def topic_page(self, category: str, lang: str, country: str | None, page: int) -> TopicPage | None:
        """Page ``page`` (0-based) of ``category`` for a person; None for an unknown category."""
        kb = self.kb
        if category not in kb.categories:
            return None
        entries = kb.entries_in_category(category, lang, _served(country))
        pages = max(1, -(-len(entries) // TOPICS_PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        chunk = entries[page * TOPICS_PAGE_SIZE : (page + 1) * TOPICS_PAGE_SIZE]
        return TopicPage(category, tuple(_choice(e, lang) for e in chunk), page, pages)


def _served(country: str | None) -> str | None:
    """The person's country for matching (``OTHER`` and unknown are None)."""
    if not country or country.upper() == "OTHER":
        return None
    return country.upper()


def _choice(entry: Entry, lang: str) -> Choice:
    return Choice(entry.id, entry.translation_for(lang)[1].question, entry.country)


def choice_label(choice: Choice, limit: int = 60) -> str:
    """A button label for a candidate (plain text, cut to ``limit``)."""
    text = choice.question
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "Answer",
    "Answered",
    "AskCountry",
    "ChitChat",
    "Choice",
    "KnowledgeService",
    "LiveKnowledge",
    "Outcome",
    "Question",
    "ReloadResult",
    "Suggested",
    "TopicPage",
    "Unanswered",
]


def summarise_problems(problems: Sequence[Problem], limit: int = 20) -> list[str]:
    """The first ``limit`` problems as lines, plus a line saying how many more there are."""
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    return lines
