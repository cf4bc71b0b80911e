"""Subscriptions to announcements (opt-in, per kind and per topic, plus countries of interest) and staff
announcements."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.clock import Clock
from helpdesk_bot.config import COUNTRIES, OTHER_COUNTRY
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.announcement_rules import check_announcement, check_recipients
from helpdesk_bot.events.models import EVENT_KINDS, Announcement, EventSubscription
from helpdesk_bot.events.views import Audience, Subscriptions
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Person, Role
from helpdesk_bot.topics import TOPICS

ANNOUNCEMENT = "announcement"
"""Outbox kind of a staff announcement (args: announcement_id)."""

SCOPES = {"kind": EVENT_KINDS, "topic": TOPICS, "country": COUNTRIES}
INTEREST_SCOPES = ("kind", "topic")
"""The scopes that subscribe; ``country`` only widens the countries an announcement reaches a person in."""


class SubscriptionService:
    """Who wants to hear about which kinds and topics. Nothing is subscribed by default."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def get(self, person_id: int) -> Subscriptions:
        """The person's subscriptions."""
        async with self._uow() as uow:
            return await self._get(uow.session, person_id)

    async def _get(self, session: AsyncSession, person_id: int) -> Subscriptions:
        rows = (
            await session.execute(
                select(EventSubscription.scope, EventSubscription.value).where(EventSubscription.person_id == person_id)
            )
        ).all()
        return Subscriptions(frozenset(v for s, v in rows if s == "kind"), frozenset(v for s, v in rows if s == "topic"),
                             frozenset(v for s, v in rows if s == "country"))

    async def toggle(self, person_id: int, scope: str, value: str) -> tuple[Subscriptions, bool]:
        """Switch one subscription on or off; returns the new state and whether it is now on."""
        if value not in SCOPES.get(scope, ()):
            raise ValueError(f"unknown {scope} {value!r}")
        async with self._uow() as uow:
            session = uow.session
            result = await session.execute(
                delete(EventSubscription).where(EventSubscription.person_id == person_id,
                                                EventSubscription.scope == scope, EventSubscription.value == value)
            )
            now_on = not result.rowcount  # type: ignore[attr-defined]
            if now_on:
                dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
                insert = pg_insert if dialect == "postgresql" else sqlite_insert
                await session.execute(
                    insert(EventSubscription)
                    .values(person_id=person_id, scope=scope, value=value, created_at=self._clock.now())
                    .on_conflict_do_nothing()
                )
            await uow.commit()
            return await self._get(session, person_id), now_on

    async def set_all(self, person_id: int, scope: str) -> Subscriptions:
        """Subscribe to every kind (or every topic)."""
        async with self._uow() as uow:
            session = uow.session
            current = await self._get(session, person_id)
            have = current.kinds if scope == "kind" else current.topics
            for value in SCOPES[scope]:
                if value not in have:
                    session.add(EventSubscription(person_id=person_id, scope=scope, value=value,
                                                  created_at=self._clock.now()))
            await uow.commit()
            return await self._get(session, person_id)

    async def clear(self, person_id: int, session: AsyncSession | None = None) -> int:
        """Unsubscribe from everything; returns how many subscriptions were removed."""
        stmt = delete(EventSubscription).where(EventSubscription.person_id == person_id)
        if session is not None:
            return int((await session.execute(stmt)).rowcount)  # type: ignore[attr-defined]
        async with self._uow() as uow:
            count = int((await uow.session.execute(stmt)).rowcount)  # type: ignore[attr-defined]
            await uow.commit()
            return count


async def countries_of_interest(session: AsyncSession, telegram_ids: list[int]) -> dict[int, set[str]]:
    """The countries besides their own that each of ``telegram_ids`` chose (only those who chose any)."""
    interests: dict[int, set[str]] = {}
    for start in range(0, len(telegram_ids), 500):
        rows = (await session.execute(
            select(Person.telegram_id, EventSubscription.value)
            .join(EventSubscription, EventSubscription.person_id == Person.id)
            .where(EventSubscription.scope == "country", Person.telegram_id.in_(telegram_ids[start:start + 500]))
        )).all()
        for tid, country in rows:
            interests.setdefault(tid, set()).add(country)
    return interests


async def audience_recipients(session: AsyncSession, audience: Audience) -> list[int]:
    """Telegram ids of the active, consenting subscribers an announcement with ``audience`` reaches; a
    country of interest counts like the person's own country."""
    query = (
        select(Person.telegram_id, Person.country, Person.language)
        .join(EventSubscription, EventSubscription.person_id == Person.id)
        .where(Person.is_active.is_(True), Person.consent_version.is_not(None),
               EventSubscription.scope.in_(INTEREST_SCOPES))
        .distinct()
    )
    conditions = []
    if audience.kinds:
        conditions.append((EventSubscription.scope == "kind") & EventSubscription.value.in_(audience.kinds))
    if audience.topics:
        conditions.append((EventSubscription.scope == "topic") & EventSubscription.value.in_(audience.topics))
    if conditions:
        query = query.where(or_(*conditions))
    if audience.languages:
        query = query.where(Person.language.in_(audience.languages))
    rows = (await session.execute(query)).all()
    if not audience.countries:
        return sorted({tid for tid, _country, _lang in rows})
    wanted = set(audience.countries)
    interests = await countries_of_interest(session, sorted({tid for tid, _c, _l in rows}))
    return sorted({
        tid for tid, country, _lang in rows
        if (country or OTHER_COUNTRY) in wanted or interests.get(tid, set()) & wanted
    })


class AnnouncementService:
    """Staff announcements: one outbox row per recipient, as a broadcast with a delivery report."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox

    async def count(self, audience: Audience) -> int:
        """How many people ``audience`` reaches now."""
        async with self._uow() as uow:
            return len(await audience_recipients(uow.session, audience))

    async def create(self, *, by: Actor, text: str, audience: Audience, media_kind: str | None = None,
                     media_file_id: str | None = None, send_at: datetime | None = None,
                     texts: dict[str, str] | None = None) -> tuple[int, int, int]:
        """Staff send (or schedule) an announcement; returns (announcement id, broadcast id, recipients).

        The use case of /announce: refuses anyone but staff (:class:`~helpdesk_bot.people.actor.Forbidden`)
        and what the rules of :mod:`~helpdesk_bot.events.announcement_rules` refuse
        (:class:`~helpdesk_bot.events.announcement_rules.AnnouncementError`: no text nor file, unknown
        languages, a moment long past, nobody to send it to), before anything is kept. The announcement,
        one outbox row per recipient (a broadcast with its delivery report) and the audit row
        ``announcement.create`` are written in one transaction; the outbox wakes its dispatcher after it.
        ``texts`` are optional texts per language: each recipient gets the one in their language at send
        time, else ``text``.
        """
        require(by, Role.STAFF)
        now = self._clock.now()
        checked = check_announcement(text=text, texts=texts, media_kind=media_kind, media_file_id=media_file_id,
                                     send_at=send_at, now=now)
        when = checked.send_at
        async with self._uow() as uow:
            session = uow.session
            announcement = Announcement(text=text, texts=checked.texts, media_kind=media_kind,
                                        media_file_id=media_file_id, audience=audience.to_json(),
                                        created_by=by.telegram_id, created_at=now, send_at=when)
            session.add(announcement)
            await session.flush()
            recipients = await audience_recipients(session, audience)
            check_recipients(recipients)
            messages = [
                OutgoingMessage(tid, ANNOUNCEMENT, f"announcement:{announcement.id}:{tid}",
                                {"announcement_id": announcement.id}, due_at=when,
                                group_key=f"announcement:{announcement.id}")
                for tid in recipients
            ]
            title = " ".join(text.split())[:60] or media_kind or "announcement"
            announcement.broadcast_id = await self._outbox.add_broadcast(
                session, kind="announcement", title=title, created_by=by.telegram_id, messages=messages,
                scheduled_for=when,
            )
            add_audit(session, now, "announcement.create", actor=by.telegram_id,
                      target=f"broadcast:{announcement.broadcast_id}", via=channel(by),
                      announcement=announcement.id, recipients=len(recipients), audience=audience.to_json(),
                      languages=sorted(checked.texts or {}), send_at=send_at.isoformat() if send_at else None)
            await uow.commit()
            return announcement.id, announcement.broadcast_id, len(recipients)

    async def get(self, announcement_id: int) -> Announcement | None:
        """The stored announcement (detached)."""
        async with self._uow() as uow:
            return await uow.session.get(Announcement, announcement_id)
