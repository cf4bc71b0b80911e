"""The curation loop: questions the knowledge base did not serve well, grouped and ranked for staff.

Collected (:class:`GapService.add`): unanswered questions (fallback, or "none of these" after
suggestions), answers marked "Not helpful" (with the question when the bot still has it) and
questions an advisor had to answer (tickets). Staff see them (``/gaps``, ``helpdesk-bot kb gaps``)
grouped by similarity - rapidfuzz ``token_set_ratio`` over the analysed text of
:func:`.normalise.analyse` (folded, stopwords removed, stemmed), greedy single-pass clustering against
each group's first question - and ranked by how often they were asked. Each group says which
entries were involved, hence whether to *improve* an entry or *add* a new one. Closing a group marks
its questions covered (interaction ``kb.gap_closed``, counted by the indicators).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from rapidfuzz import fuzz, process
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Role

from .models import Gap, GapKind
from .normalise import analyse, fold

#: Two questions whose analysed texts score at least this (token_set_ratio, 0..100) are grouped.
DEFAULT_SIMILARITY = 72.0
#: Most open gap rows considered when grouping (the newest ones).
MAX_ITEMS = 5000
PER_PERSON_PER_DAY = 20
"""Questions of one person collected for curation in 24 hours, at most."""


@dataclass(frozen=True)
class GapItem:
    """One collected question."""

    id: int
    kind: str
    text: str | None
    language: str | None
    entry_id: str | None
    created_at: datetime


@dataclass
class GapCluster:
    """Similar questions, with what they tell staff to do."""

    key: str
    items: list[GapItem] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many times this was asked."""
        return len(self.items)

    @property
    def ids(self) -> list[int]:
        """Ids of the collected rows."""
        return [i.id for i in self.items]

    @property
    def first_id(self) -> int:
        """The smallest row id: a stable handle of the group for buttons."""
        return min(self.ids)

    @property
    def kinds(self) -> Counter[str]:
        """How many rows of each kind."""
        return Counter(i.kind for i in self.items)

    @property
    def languages(self) -> Counter[str]:
        """Languages the question was asked in."""
        return Counter(i.language or "?" for i in self.items)

    @property
    def entries(self) -> Counter[str]:
        """Entries that were answered or suggested for these questions."""
        return Counter(i.entry_id for i in self.items if i.entry_id)

    @property
    def samples(self) -> list[str]:
        """Up to three different question texts, the most recent first."""
        seen: list[str] = []
        for item in sorted(self.items, key=lambda i: i.created_at, reverse=True):
            if item.text and item.text not in seen:
                seen.append(item.text)
            if len(seen) == 3:
                break
        return seen

    @property
    def last_seen(self) -> datetime:
        """When it was last asked."""
        return max(i.created_at for i in self.items)

    @property
    def action(self) -> str:
        """``improve`` (an entry exists but did not help) or ``add`` (no entry covers it)."""
        if self.kinds.get(GapKind.NOT_HELPFUL.value) or (self.entries and not self.kinds.get(GapKind.UNANSWERED.value)):
            return "improve"
        return "add"

    def to_json(self) -> dict[str, object]:
        """A JSON-serialisable summary (CLI ``--json``)."""
        return {
            "id": self.first_id,
            "count": self.count,
            "action": self.action,
            "kinds": dict(self.kinds),
            "languages": dict(self.languages),
            "entries": dict(self.entries),
            "samples": self.samples,
            "last_seen": self.last_seen.isoformat(),
        }


def _signature(item: GapItem) -> str:
    if not item.text:
        return ""
    terms = analyse(item.text, item.language)
    return " ".join(terms) if terms else fold(item.text)


def cluster_gaps(items: Iterable[GapItem], similarity: float = DEFAULT_SIMILARITY) -> list[GapCluster]:
    """Group similar questions and rank the groups by frequency, then by recency.

    A row without text (purged, or "not helpful" on a browsed entry) joins the group of its entry.
    """
    clusters: list[GapCluster] = []
    signatures: list[str] = []
    by_entry: dict[str, GapCluster] = {}
    for item in sorted(items, key=lambda i: (i.created_at, i.id)):
        signature = _signature(item)
        if not signature:
            key = f"entry:{item.entry_id or '-'}"
            cluster = by_entry.get(key)
            if cluster is None:
                cluster = GapCluster(key)
                by_entry[key] = cluster
                clusters.append(cluster)
                signatures.append("")
            cluster.items.append(item)
            continue
        found = process.extractOne(signature, signatures, scorer=fuzz.token_set_ratio, score_cutoff=similarity)
        if found is not None:
            clusters[found[2]].items.append(item)
        else:
            clusters.append(GapCluster(f"text:{item.id}", [item]))
            signatures.append(signature)
    clusters.sort(key=lambda c: (-c.count, -c.last_seen.timestamp(), c.first_id))
    return clusters


class GapService:
    """Stores collected questions and groups them for staff."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, similarity: float = DEFAULT_SIMILARITY, *,
                 per_person_per_day: int = PER_PERSON_PER_DAY) -> None:
        self._uow = uow
        self._clock = clock
        self.similarity = similarity
        self.per_person_per_day = per_person_per_day

    async def add(self, kind: GapKind | str, text: str | None, *, language: str | None, entry_id: str | None,
                  person_id: int | None, ticket_id: int | None = None,
                  session: AsyncSession | None = None) -> int | None:
        """Collect a question; returns the row id, or None when the person has already had
        :attr:`per_person_per_day` questions collected in the last 24 hours (one person cannot flood
        the curation list staff read in ``/gaps``; they still get their answer or the fallback)."""
        now = self._clock.now()
        gap = Gap(kind=str(kind), text=(text or None) and text[:4000], language=language, entry_id=entry_id,
                  person_id=person_id, ticket_id=ticket_id, created_at=now)
        if session is not None:
            if not await self._within_limit(session, person_id, now):
                return None
            session.add(gap)
            await session.flush()
            return gap.id
        async with self._uow() as uow:
            if not await self._within_limit(uow.session, person_id, now):
                return None
            uow.session.add(gap)
            await uow.commit()
            return gap.id

    async def _within_limit(self, session: AsyncSession, person_id: int | None, now: datetime) -> bool:
        if person_id is None:
            return True
        recent = (await session.execute(
            select(func.count()).select_from(Gap)
            .where(Gap.person_id == person_id, Gap.created_at >= now - timedelta(days=1))
        )).scalar_one()
        return int(recent) < self.per_person_per_day

    async def open_items(self, limit: int = MAX_ITEMS) -> list[GapItem]:
        """Collected questions not yet marked covered, the newest ``limit``."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(
                select(Gap).where(Gap.closed_at.is_(None)).order_by(Gap.id.desc()).limit(limit)
            )).scalars()
            return [GapItem(g.id, g.kind, g.text, g.language, g.entry_id, g.created_at) for g in rows]

    async def clusters(self) -> list[GapCluster]:
        """Open questions grouped by similarity, most frequent first."""
        return cluster_gaps(await self.open_items(), self.similarity)

    async def close_cluster(self, first_id: int, *, by: Actor) -> GapCluster | None:
        """Mark the group whose smallest row id is ``first_id`` as covered (staff only); None when it is gone.
        The audit row ``kb.gap_closed`` is written in the same transaction."""
        require(by, Role.STAFF)
        for cluster in await self.clusters():
            if cluster.first_id == first_id:
                await self.close(cluster.ids, by=by, audit=cluster)
                return cluster
        return None

    async def close(self, ids: Sequence[int], *, by: Actor, audit: GapCluster | None = None) -> int:
        """Mark rows covered (staff only); returns how many were still open."""
        require(by, Role.STAFF)
        if not ids:
            return 0
        now = self._clock.now()
        async with self._uow() as uow:
            result = await uow.session.execute(
                update(Gap).where(Gap.id.in_(list(ids)), Gap.closed_at.is_(None))
                .values(closed_at=now, closed_by=by.telegram_id)
                .execution_options(synchronize_session=False)
            )
            if audit is not None:
                add_audit(uow.session, now, "kb.gap_closed", actor=by.telegram_id, target=f"gap:{audit.first_id}",
                          count=audit.count, entries=dict(audit.entries), via=channel(by))
            await uow.commit()
            return int(result.rowcount)  # type: ignore[attr-defined]
