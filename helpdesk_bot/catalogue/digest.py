"""The weekly digest: one message a week, on the weekday and hour a person chose, in their own zone.

It lists the coming week's events, cooperation calls approved in the last week that match the
person's profile, and knowledge-base entries added or reviewed in the last week; nothing is sent when
all three are empty. Messages go through the outbox (dedup key per person and local day, so several
bot processes never send one twice). A chosen hour that does not exist on a day clocks go forward
(02:00 on the last Sunday of March in Europe) comes at the first moment after the gap (03:00).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.catalogue.calls import _view as call_view
from helpdesk_bot.catalogue.calls import matches
from helpdesk_bot.catalogue.models import CatalogueProfile, CooperationCall, DigestSubscription
from helpdesk_bot.catalogue.renderers import DIGEST, digest_payload
from helpdesk_bot.catalogue.validation import ProfileError
from helpdesk_bot.catalogue.views import profile_view
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.models import Event, EventStatus
from helpdesk_bot.knowledge_base.model import Entry
from helpdesk_bot.people.models import Person
from helpdesk_bot.people.service import PersonView

WEEK = timedelta(days=7)


def _resolve(day: date, hour: int, zone: ZoneInfo) -> tuple[datetime, bool]:
    """The UTC moment of ``hour``:00 on local ``day``, and whether that hour does not exist that day.

    A non-existent local time (fold 0) takes the offset before the change, which lands on the first
    moment after the gap (02:00 -> 03:00 summer time)."""
    naive = datetime.combine(day, time(hour))
    moment = naive.replace(tzinfo=zone).astimezone(UTC)
    back = moment.astimezone(zone).replace(tzinfo=None)
    return moment, back != naive


def next_occurrence(after: datetime, weekday: int, hour: int, timezone: str) -> tuple[datetime, bool]:
    """The first moment strictly after ``after`` that is ``weekday`` at ``hour``:00 local time (UTC), and
    whether the hour was missing that day (the digest then comes at the first moment after the gap)."""
    zone = ZoneInfo(timezone)
    local_day = after.astimezone(zone).date()
    first = local_day + timedelta(days=(weekday - local_day.weekday()) % 7)
    for weeks in range(3):
        moment, shifted = _resolve(first + timedelta(weeks=weeks), hour, zone)
        if moment > after:
            return moment, shifted
    raise AssertionError("unreachable: a week always has the weekday")


def first_missing_day(after: datetime, weekday: int, hour: int, timezone: str, weeks: int = 53) -> date | None:
    """The first day within a year on which the chosen hour does not exist (clocks go forward), if any."""
    zone = ZoneInfo(timezone)
    local_day = after.astimezone(zone).date()
    first = local_day + timedelta(days=(weekday - local_day.weekday()) % 7)
    for n in range(weeks):
        day = first + timedelta(weeks=n)
        if _resolve(day, hour, zone)[1]:
            return day
    return None


@dataclass(frozen=True)
class DigestPlan:
    """A subscription as the person sees it: the next digest (UTC) and the first day its hour is missing."""

    weekday: int
    hour: int
    timezone: str
    next_due_at: datetime
    missing_day: date | None


class DigestService:
    """Subscribe, unsubscribe, and send the digests that fell due."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox,
                 kb_entries: Callable[[], Iterable[Entry]]) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self._kb_entries = kb_entries

    async def subscribe(self, person: PersonView, weekday: int, hour: int) -> DigestPlan:
        """Subscribe (or change the day and hour of) the weekly digest of ``person``."""
        if not (0 <= weekday <= 6 and 0 <= hour <= 23):
            raise ProfileError("digest-invalid")
        now = self._clock.now()
        due, _ = next_occurrence(now, weekday, hour, person.timezone)
        async with self._uow() as uow:
            row = await uow.session.get(DigestSubscription, person.id)
            if row is None:
                row = DigestSubscription(person_id=person.id, created_at=now)
                uow.session.add(row)
            row.weekday, row.hour, row.next_due_at = weekday, hour, due
            await uow.commit()
        return DigestPlan(weekday, hour, person.timezone, due,
                          first_missing_day(now, weekday, hour, person.timezone))

    async def unsubscribe(self, person_id: int) -> bool:
        """Stop the digest; False when there was none."""
        async with self._uow() as uow:
            result = await uow.session.execute(delete(DigestSubscription).where(DigestSubscription.person_id == person_id))
            await uow.commit()
            return bool(getattr(result, "rowcount", 0))

    async def plan(self, person: PersonView) -> DigestPlan | None:
        """The person's subscription, if any."""
        async with self._uow() as uow:
            row = await uow.session.get(DigestSubscription, person.id)
            if row is None:
                return None
            return DigestPlan(row.weekday, row.hour, person.timezone, row.next_due_at,
                              first_missing_day(self._clock.now(), row.weekday, row.hour, person.timezone))

    async def send_due(self, limit: int = 500) -> int:
        """Queue the digests that fell due (skipping empty ones) and move each subscription a week on.

        Returns how many messages were queued."""
        now = self._clock.now()
        queued = 0
        async with self._uow() as uow:
            session = uow.session
            statement = (select(DigestSubscription, Person).join(Person, Person.id == DigestSubscription.person_id)
                         .where(DigestSubscription.next_due_at <= now).order_by(DigestSubscription.next_due_at)
                         .limit(limit))
            if session.bind is not None and session.bind.dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True, of=DigestSubscription)
            rows = (await session.execute(statement)).all()
            messages: list[OutgoingMessage] = []
            for sub, person in rows:
                payload = await self._content(session, person, now) if person.is_active else None
                if payload is not None:
                    local_day = sub.next_due_at.astimezone(ZoneInfo(person.timezone)).date()
                    messages.append(OutgoingMessage(person.telegram_id, DIGEST,
                                                    f"digest:{person.id}:{local_day.isoformat()}", args=payload,
                                                    not_after=now + timedelta(hours=12)))
                sub.next_due_at, _ = next_occurrence(max(now, sub.next_due_at), sub.weekday, sub.hour, person.timezone)
            queued = await self._outbox.add(session, messages) if messages else 0
            await uow.commit()
        return queued

    async def _content(self, session: AsyncSession, person: Person, now: datetime) -> dict[str, Any] | None:
        """The digest payload for ``person`` (data, rendered at send time), or None when there is no news."""
        lang = person.language
        events = (await session.execute(
            select(Event).where(Event.status == EventStatus.PUBLISHED, Event.starts_at >= now,
                                Event.starts_at < now + WEEK, Event.publish_at <= now)
            .order_by(Event.starts_at).limit(10))).scalars().all()
        event_items: list[tuple[datetime, str]] = []
        for event in events:
            if event.countries and person.country not in event.countries:
                continue
            texts = event.texts.get(lang) or event.texts.get(event.default_language) or {}
            event_items.append((event.starts_at, str(texts.get("title") or "")))
        call_items: list[tuple[str, date]] = []
        profile_row = (await session.execute(select(CatalogueProfile).where(
            CatalogueProfile.telegram_id == person.telegram_id))).scalar_one_or_none()
        if profile_row is not None:
            profile = profile_view(profile_row)
            calls = (await session.execute(select(CooperationCall).where(
                CooperationCall.status == "approved", CooperationCall.reviewed_at >= now - WEEK,
                CooperationCall.deadline >= now.date()).order_by(CooperationCall.id))).scalars().all()
            call_items = [((c.need or "")[:160], c.deadline) for c in calls if matches(call_view(c), profile)]
        since = (now - WEEK).date()
        kb_items = [entry.translation_for(lang)[1].question for entry in self._kb_entries()
                    if entry.reviewed >= since and (entry.country is None or entry.country == person.country)][:10]
        if not (event_items or call_items or kb_items):
            return None
        return digest_payload(event_items, call_items, kb_items)
