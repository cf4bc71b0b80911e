"""The shared core of the event use cases: errors, outbox kinds, locking an event, counting and
listing its registrations, promoting from the waitlist and the rows of the interaction log.

Capacity holds under concurrency: every change of an event's registrations starts by bumping the
event's ``lock_version`` with an UPDATE, which takes the row lock on PostgreSQL and the write lock on
SQLite, so counting the registered people and inserting one more is serialised per event.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.models import (
    Event,
    EventRegistration,
    EventStatus,
    EventSubscription,
    RegistrationStatus,
)
from helpdesk_bot.events.subscriptions import countries_of_interest
from helpdesk_bot.events.views import (
    EventView,
    event_view,
)
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person

EVENT_ANNOUNCE = "event.announce"
"""Outbox kind: an event announced to a subscriber (args: event_id)."""


EVENT_NOTICE = "event.notice"
"""Outbox kind: reminder, promotion, change or cancellation for one person (args: event_id, notice, ...)."""


REMINDER_BEFORE = timedelta(days=1)


class EventError(Exception):
    """A request the events domain refuses; ``reason`` is a stable code, ``details`` explain it."""

    def __init__(self, reason: str, details: Sequence[str] = ()) -> None:
        super().__init__(reason + (": " + "; ".join(details) if details else ""))
        self.reason = reason
        self.details = list(details)


def _person_group(event_id: int, person_id: int) -> str:
    return f"event:{event_id}:person:{person_id}"


def _announce_group(event_id: int) -> str:
    return f"event:{event_id}:announce"


class EventCore:
    """State and helpers every event use case shares; never imports Telegram."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self.attendance_hooks: list[Callable[[AsyncSession, Event, int], Awaitable[None]]] = []
        """Called in the transaction that marks a person (id) as attended (e.g. to record an induction)."""

    async def _counts(self, session: AsyncSession, event_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        if not event_ids:
            return {}
        rows = (
            await session.execute(
                select(EventRegistration.event_id, EventRegistration.status, func.count())
                .where(EventRegistration.event_id.in_(list(event_ids)))
                .group_by(EventRegistration.event_id, EventRegistration.status)
            )
        ).all()
        out: dict[int, dict[str, int]] = {}
        for eid, status, count in rows:
            out.setdefault(eid, {})[status] = count
        return out

    async def _view(self, session: AsyncSession, event: Event) -> EventView:
        counts = (await self._counts(session, [event.id])).get(event.id, {})
        return event_view(event, counts.get(RegistrationStatus.REGISTERED, 0),
                          counts.get(RegistrationStatus.WAITLISTED, 0))

    async def _lock_open(self, session: AsyncSession, event_id: int) -> Event:
        """:meth:`_lock` for staff changes: the event must exist and not be cancelled."""
        event = await self._lock(session, event_id)
        if event is None:
            raise EventError("not_found")
        if event.status == EventStatus.CANCELLED:
            raise EventError("cancelled")
        return event

    async def _lock(self, session: AsyncSession, event_id: int) -> Event | None:
        """Take the event's row lock (PostgreSQL) / the write lock (SQLite) and load it fresh."""
        result = await session.execute(
            update(Event).where(Event.id == event_id).values(lock_version=Event.lock_version + 1)
            .execution_options(synchronize_session=False)
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            return None
        return (
            await session.execute(
                select(Event).where(Event.id == event_id).with_for_update()
                .execution_options(populate_existing=True)
            )
        ).scalar_one()

    async def _registration(self, session: AsyncSession, event_id: int, person_id: int) -> EventRegistration | None:
        return (
            await session.execute(
                select(EventRegistration)
                .where(EventRegistration.event_id == event_id, EventRegistration.person_id == person_id)
                .execution_options(populate_existing=True)
            )
        ).scalar_one_or_none()

    async def _active_registrations(self, session: AsyncSession, event_id: int) -> list[EventRegistration]:
        return list(
            (
                await session.execute(
                    select(EventRegistration)
                    .where(EventRegistration.event_id == event_id,
                           EventRegistration.status != RegistrationStatus.CANCELLED.value)
                )
            ).scalars()
        )

    async def _registered_count(self, session: AsyncSession, event_id: int) -> int:
        return int(
            (
                await session.execute(
                    select(func.count()).select_from(EventRegistration)
                    .where(EventRegistration.event_id == event_id,
                           EventRegistration.status == RegistrationStatus.REGISTERED.value)
                )
            ).scalar_one()
        )

    async def _position(self, session: AsyncSession, reg: EventRegistration) -> int:
        ahead = (
            await session.execute(
                select(func.count()).select_from(EventRegistration)
                .where(EventRegistration.event_id == reg.event_id,
                       EventRegistration.status == RegistrationStatus.WAITLISTED.value,
                       or_(EventRegistration.queued_at < reg.queued_at,
                           and_(EventRegistration.queued_at == reg.queued_at, EventRegistration.id < reg.id)))
            )
        ).scalar_one()
        return int(ahead) + 1

    def _reminder(self, event: Event, reg: EventRegistration, now: datetime) -> OutgoingMessage | None:
        due = event.starts_at - REMINDER_BEFORE
        if due <= now:
            return None
        return OutgoingMessage(
            reg.telegram_id, EVENT_NOTICE,
            f"event:{event.id}:reminder:{reg.person_id}:{reg.round}:{event.revision}",
            {"event_id": event.id, "notice": "reminder", "person_id": reg.person_id, "round": reg.round},
            due_at=due, not_after=event.starts_at, group_key=_person_group(event.id, reg.person_id),
        )

    async def _promote(self, session: AsyncSession, event: Event, now: datetime) -> list[int]:
        """Move people from the waitlist into freed places (until the event starts); returns their ids."""
        if event.status == EventStatus.CANCELLED or event.starts_at <= now:
            return []
        promoted: list[int] = []
        while True:
            taken = await self._registered_count(session, event.id)
            if event.capacity is not None and taken >= event.capacity:
                break
            first = (
                await session.execute(
                    select(EventRegistration)
                    .where(EventRegistration.event_id == event.id,
                           EventRegistration.status == RegistrationStatus.WAITLISTED.value)
                    .order_by(EventRegistration.queued_at, EventRegistration.id)
                    .limit(1)
                )
            ).scalar_one_or_none()
            if first is None:
                break
            first.status = RegistrationStatus.REGISTERED.value
            first.updated_at = now
            await session.flush()
            messages = [OutgoingMessage(
                first.telegram_id, EVENT_NOTICE, f"event:{event.id}:promoted:{first.person_id}:{first.round}",
                {"event_id": event.id, "notice": "promoted", "person_id": first.person_id, "round": first.round},
                group_key=_person_group(event.id, first.person_id),
            )]
            reminder = self._reminder(event, first, now)
            if reminder is not None:
                messages.append(reminder)
            await self._outbox.add(session, messages)
            await self._business_event(session, first.person_id, kinds.EVENT_PROMOTED, "ok", event)
            promoted.append(first.person_id)
        return promoted

    async def _attendance_fact(self, session: AsyncSession, person_id: int, event: Event, attended: bool) -> None:
        """One ``event.attended`` row per person and event: a corrected mark updates it (staff toggling
        attended/absent must not add participants)."""
        person = await session.get(Person, person_id)
        outcome, value = ("attended", 1.0) if attended else ("absent", 0.0)
        fact = None if person is None else (await session.execute(select(Interaction).where(
            Interaction.kind == kinds.EVENT_ATTENDED, Interaction.subject == f"event:{event.id}",
            Interaction.actor_ref == person.actor_ref).order_by(Interaction.id).limit(1))).scalar_one_or_none()
        if fact is None:
            await self._business_event(session, person_id, kinds.EVENT_ATTENDED, outcome, event, value)
        else:
            fact.outcome, fact.value = outcome, value

    async def _business_event(self, session: AsyncSession, person_id: int, kind: str, outcome: str,
                              event: Event, value: float | None = None) -> None:
        """An interaction row whose actor is the beneficiary (not the sender of the update)."""
        person = await session.get(Person, person_id)
        session.add(Interaction(
            occurred_at=self._clock.now(), kind=kind, outcome=outcome,
            actor_ref=person.actor_ref if person else None, person_id=person_id,
            language=person.language if person else None, country=person.country if person else None,
            subject=f"event:{event.id}", topic=event.topics[0] if event.topics else None, value=value,
        ))


async def subscribers_for_event(session: AsyncSession, event: Event | EventView) -> list[int]:
    """Telegram ids of active, consenting people subscribed to the event's kind or one of its topics,
    in its countries (their own or one of their countries of interest) and languages."""
    topics = list(event.topics or ())
    match = and_(EventSubscription.scope == "kind", EventSubscription.value == event.kind)
    if topics:
        match = or_(match, and_(EventSubscription.scope == "topic", EventSubscription.value.in_(topics)))
    query = (
        select(Person.telegram_id, Person.country, Person.language)
        .join(EventSubscription, EventSubscription.person_id == Person.id)
        .where(Person.is_active.is_(True), Person.consent_version.is_not(None), match)
        .distinct()
    )
    rows = (await session.execute(query)).all()
    view = event if isinstance(event, EventView) else event_view(event)
    interests = await countries_of_interest(session, sorted({tid for tid, _c, _l in rows})) if view.countries else {}
    return sorted({tid for tid, country, language in rows
                   if view.visible_to(country, language)
                   or any(view.visible_to(c, language) for c in interests.get(tid, ()))})
