"""Events: creating, publishing, listing, registering (capacity, waitlist, deadline), attendance.

Capacity holds under concurrency: every change of an event's registrations starts by bumping the
event's ``lock_version`` with an UPDATE, which takes the row lock on PostgreSQL and the write lock on
SQLite, so counting the registered people and inserting one more is serialised per event. A person
has at most one registration row per event (unique constraint); cancelling keeps the row.

Messages to people other than the actor (promotion from the waitlist, changes, cancellations,
reminders, announcements) go through the outbox in the same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.models import (
    Event,
    EventRegistration,
    EventStatus,
    EventSubscription,
    RegistrationMode,
    RegistrationStatus,
)
from helpdesk_bot.events.subscriptions import countries_of_interest
from helpdesk_bot.events.views import (
    AttendeeView,
    CancellationResult,
    EventDraft,
    EventPage,
    EventView,
    MyRegistration,
    RegistrationResult,
    event_view,
)
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person

log = logging.getLogger(__name__)

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


class EventService:
    """Events and registrations. Returns frozen views; never imports Telegram."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self.attendance_hooks: list[Callable[[AsyncSession, Event, int], Awaitable[None]]] = []
        """Called in the transaction that marks a person (id) as attended (e.g. to record an induction)."""

    # ------------------------------------------------------------------ reading
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

    async def get(self, event_id: int) -> EventView | None:
        """The event with its registration counts, or None."""
        async with self._uow() as uow:
            event = await uow.session.get(Event, event_id)
            return await self._view(uow.session, event) if event else None


    async def upcoming(self, *, country: str | None, language: str, page: int = 0, page_size: int = 5,
                       everything: bool = False) -> EventPage:
        """Published events that have not ended and concern the person, soonest first, one page.

        ``everything`` (staff) also shows scheduled and cancelled events and ignores country/language.
        """
        now = self._clock.now()
        async with self._uow() as uow:
            query = select(Event).where(Event.ends_at > now).order_by(Event.starts_at, Event.id)
            if not everything:
                query = query.where(Event.status == EventStatus.PUBLISHED.value, Event.publish_at <= now)
            events = list((await uow.session.execute(query)).scalars())
            if not everything:
                events = [e for e in events if event_view(e).visible_to(country, language)]
            total = len(events)
            pages = max(1, -(-total // page_size))
            page = min(max(page, 0), pages - 1)
            chosen = events[page * page_size : (page + 1) * page_size]
            counts = await self._counts(uow.session, [e.id for e in chosen])
        views = tuple(
            event_view(e, counts.get(e.id, {}).get("registered", 0), counts.get(e.id, {}).get("waitlisted", 0))
            for e in chosen
        )
        return EventPage(views, page, pages, total)

    async def all_events(self, *, include_past: bool = False) -> list[EventView]:
        """Every event (CLI listing), soonest first."""
        now = self._clock.now()
        async with self._uow() as uow:
            query = select(Event).order_by(Event.starts_at, Event.id)
            if not include_past:
                query = query.where(Event.ends_at > now)
            events = list((await uow.session.execute(query)).scalars())
            counts = await self._counts(uow.session, [e.id for e in events])
        return [event_view(e, counts.get(e.id, {}).get("registered", 0), counts.get(e.id, {}).get("waitlisted", 0))
                for e in events]

    async def registration_of(self, event_id: int, person_id: int) -> MyRegistration | None:
        """The person's current registration for the event (None when none or cancelled)."""
        async with self._uow() as uow:
            reg = await self._registration(uow.session, event_id, person_id)
            if reg is None or reg.status == RegistrationStatus.CANCELLED:
                return None
            event = await uow.session.get(Event, event_id)
            assert event is not None
            position = await self._position(uow.session, reg) if reg.status == RegistrationStatus.WAITLISTED else None
            return MyRegistration(await self._view(uow.session, event), reg.status, position)

    async def registrations_of(self, person_id: int, *, upcoming_only: bool = True) -> list[MyRegistration]:
        """The person's registrations and waitlist places, soonest first."""
        now = self._clock.now()
        async with self._uow() as uow:
            query = (
                select(EventRegistration, Event)
                .join(Event, Event.id == EventRegistration.event_id)
                .where(EventRegistration.person_id == person_id,
                       EventRegistration.status != RegistrationStatus.CANCELLED.value)
                .order_by(Event.starts_at)
            )
            if upcoming_only:
                query = query.where(Event.ends_at > now)
            rows = (await uow.session.execute(query)).all()
            out = []
            for reg, event in rows:
                position = await self._position(uow.session, reg) if reg.status == "waitlisted" else None
                out.append(MyRegistration(await self._view(uow.session, event), reg.status, position))
            return out

    async def attendees(self, event_id: int) -> list[AttendeeView]:
        """Registered and waitlisted people of the event (staff), registered first, in order."""
        async with self._uow() as uow:
            rows = (
                await uow.session.execute(
                    select(EventRegistration, Person)
                    .join(Person, Person.id == EventRegistration.person_id)
                    .where(EventRegistration.event_id == event_id,
                           EventRegistration.status != RegistrationStatus.CANCELLED.value)
                    .order_by(EventRegistration.status, EventRegistration.queued_at, EventRegistration.id)
                )
            ).all()
        return [
            AttendeeView(
                registration_id=reg.id, person_id=person.id, telegram_id=person.telegram_id,
                name=" ".join(p for p in (person.first_name, person.last_name) if p) or f"#{person.id}",
                username=person.username if person.share_handle else None,  # only when the person allowed it
                language=person.language, country=person.country, status=reg.status,
                registered_at=reg.queued_at, attended=reg.attended,
            )
            for reg, person in rows
        ]

    # ------------------------------------------------------------------ creating and changing
    async def create(self, draft: EventDraft, *, created_by: int | None, announce: bool = True) -> EventView:
        """Save a new event; with ``announce`` a broadcast to matching subscribers goes out at ``publish_at``."""
        problems = draft.problems()
        if problems:
            raise EventError("invalid", problems)
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = Event(
                key=draft.key, kind=draft.kind, status=EventStatus.PUBLISHED.value,
                default_language=draft.default_language, texts=draft.texts, starts_at=draft.starts_at,
                ends_at=draft.ends_at, timezone=draft.timezone, venue=draft.venue, online_url=draft.online_url,
                organiser=draft.organiser, topics=list(draft.topics), countries=list(draft.countries),
                languages=list(draft.languages), registration_mode=draft.registration_mode,
                registration_url=draft.registration_url if draft.registration_mode == "external" else None,
                capacity=draft.capacity if draft.registration_mode == "bot" else None,
                registration_deadline=draft.registration_deadline if draft.registration_mode == "bot" else None,
                publish_at=draft.publish_at or now, revision=1, lock_version=0, created_by=created_by,
                created_at=now, updated_at=now,
            )
            session.add(event)
            try:
                await session.flush()
            except IntegrityError as exc:
                raise EventError("duplicate_key", [f"key: {draft.key} exists"]) from exc
            if announce:
                await self._announce(session, event, created_by)
            await uow.commit()
            return await self._view(session, event)

    async def save_imported(self, draft: EventDraft, *, by: int | None, announce: bool) -> tuple[EventView, str]:
        """Create the event with ``draft.key`` or update it; returns the event and created|updated."""
        if draft.key is None:
            return await self.create(draft, created_by=by, announce=announce), "created"
        async with self._uow() as uow:
            existing = (await uow.session.execute(select(Event.id).where(Event.key == draft.key))).scalar_one_or_none()
        if existing is None:
            return await self.create(draft, created_by=by, announce=announce), "created"
        view = await self.update(
            existing, by=by, texts=draft.texts, starts_at=draft.starts_at, ends_at=draft.ends_at,
            timezone=draft.timezone, venue=draft.venue, online_url=draft.online_url, organiser=draft.organiser,
            capacity=draft.capacity, registration_deadline=draft.registration_deadline,
            registration_url=draft.registration_url, topics=draft.topics, countries=draft.countries,
            languages=draft.languages,
        )
        return view, "updated"

    async def announce(self, event_id: int, *, by: int | None) -> int:
        """Announce an existing event to matching subscribers who did not get it yet; returns the count."""
        async with self._uow() as uow:
            event = await uow.session.get(Event, event_id)
            if event is None or event.status != EventStatus.PUBLISHED:
                raise EventError("not_found")
            count = await self._announce(uow.session, event, by)
            await uow.commit()
            return count

    async def _announce(self, session: AsyncSession, event: Event, by: int | None) -> int:
        recipients = await subscribers_for_event(session, event)
        messages = [
            OutgoingMessage(tid, EVENT_ANNOUNCE, f"event:{event.id}:announce:{tid}", {"event_id": event.id},
                            due_at=event.publish_at, not_after=event.starts_at, group_key=_announce_group(event.id))
            for tid in recipients
        ]
        title = event.texts.get(event.default_language, {}).get("title", "")
        broadcast_id = await self._outbox.add_broadcast(
            session, kind="event", title=f"event:{event.id} {title}", created_by=by, messages=messages,
            scheduled_for=event.publish_at,
        )
        event.announcement_broadcast_id = broadcast_id
        return len(recipients)

    async def update(self, event_id: int, *, by: int | None, **changes: Any) -> EventView:
        """Change fields of an event; registered and waitlisted people are told about changes that matter.

        Accepted fields: texts, starts_at, ends_at, timezone, venue, online_url, organiser, capacity,
        registration_deadline, registration_url, topics, countries, languages. A larger capacity promotes
        people from the waitlist.
        """
        allowed = {"texts", "starts_at", "ends_at", "timezone", "venue", "online_url", "organiser", "capacity",
                   "registration_deadline", "registration_url", "topics", "countries", "languages"}
        unknown = set(changes) - allowed
        if unknown:
            raise EventError("invalid", [f"{name}: cannot be changed" for name in sorted(unknown)])
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock_open(session, event_id)
            before = event_view(event)
            merged: dict[str, Any] = {
                "texts": event.texts, "starts_at": event.starts_at, "ends_at": event.ends_at,
                "timezone": event.timezone, "venue": event.venue, "online_url": event.online_url,
                "organiser": event.organiser, "capacity": event.capacity,
                "registration_deadline": event.registration_deadline, "registration_url": event.registration_url,
                "topics": tuple(event.topics), "countries": tuple(event.countries),
                "languages": tuple(event.languages),
            }
            merged.update({k: (tuple(v) if k in ("topics", "countries", "languages") else v)
                           for k, v in changes.items()})
            draft = EventDraft(
                kind=event.kind, default_language=event.default_language, registration_mode=event.registration_mode,
                **merged,
            )
            problems = draft.problems()
            if problems:
                raise EventError("invalid", problems)
            for name, value in merged.items():
                setattr(event, name, list(value) if isinstance(value, tuple) else value)
            event.updated_at = now
            material = (before.starts_at != event.starts_at or before.ends_at != event.ends_at
                        or before.venue != event.venue or before.online_url != event.online_url)
            if material:
                event.revision += 1
            await session.flush()
            regs = await self._active_registrations(session, event.id)
            if material:
                notices = []
                for reg in regs:
                    notices.append(OutgoingMessage(
                        reg.telegram_id, EVENT_NOTICE, f"event:{event.id}:changed:{event.revision}:{reg.person_id}",
                        {"event_id": event.id, "notice": "changed"}, group_key=_person_group(event.id, reg.person_id),
                    ))
                    if reg.status == RegistrationStatus.REGISTERED:
                        await self._outbox.cancel_group(_person_group(event.id, reg.person_id), session)
                        reminder = self._reminder(event, reg, now)
                        if reminder is not None:
                            notices.append(reminder)
                await self._outbox.add(session, notices)
            await self._promote(session, event, now)
            await uow.commit()
            return await self._view(session, event)

    async def cancel_event(self, event_id: int, *, by: int | None, via: str = "telegram") -> tuple[EventView, int]:
        """Cancel an event: everyone registered or waitlisted is told; reminders and announcements stop.

        The use case of staff in the chat and of ``helpdesk-bot events cancel``: the audit row
        (``event.cancel``, actor ``by``, None for the command line) is written in the same transaction.
        """
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock_open(session, event_id)
            event.status = EventStatus.CANCELLED.value
            event.cancelled_at = now
            event.updated_at = now
            event.revision += 1
            await self._outbox.cancel_group(_announce_group(event.id), session)
            regs = await self._active_registrations(session, event.id)
            notices = []
            for reg in regs:
                await self._outbox.cancel_group(_person_group(event.id, reg.person_id), session)
                notices.append(OutgoingMessage(
                    reg.telegram_id, EVENT_NOTICE, f"event:{event.id}:cancelled:{reg.person_id}",
                    {"event_id": event.id, "notice": "cancelled"},
                ))
            await self._outbox.add(session, notices)
            add_audit(session, now, "event.cancel", actor=by, target=f"event:{event.id}", notified=len(notices),
                      via=via)
            await uow.commit()
            return await self._view(session, event), len(notices)

    # ------------------------------------------------------------------ registrations
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

    async def register(self, event_id: int, *, person_id: int, telegram_id: int) -> RegistrationResult:
        """Register the person (or put them on the waitlist when the event is full)."""
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock(session, event_id)
            if event is None or event.publish_at > now:
                return RegistrationResult("not_found")
            if event.status == EventStatus.CANCELLED:
                return RegistrationResult("cancelled_event", await self._view(session, event))
            if event.registration_mode != RegistrationMode.BOT:
                return RegistrationResult("not_in_bot", await self._view(session, event))
            reg = await self._registration(session, event_id, person_id)
            if reg is not None and reg.status == RegistrationStatus.REGISTERED:
                return RegistrationResult("already_registered", await self._view(session, event))
            if reg is not None and reg.status == RegistrationStatus.WAITLISTED:
                return RegistrationResult("already_waitlisted", await self._view(session, event),
                                          await self._position(session, reg))
            if not event_view(event).registration_open(now):
                return RegistrationResult("closed", await self._view(session, event))
            taken = await self._registered_count(session, event_id)
            full = event.capacity is not None and taken >= event.capacity
            status = RegistrationStatus.WAITLISTED if full else RegistrationStatus.REGISTERED
            if reg is None:
                reg = EventRegistration(event_id=event_id, person_id=person_id, telegram_id=telegram_id,
                                        status=status.value, round=1, queued_at=now, created_at=now, updated_at=now)
                session.add(reg)
            else:
                reg.status = status.value
                reg.round += 1
                reg.queued_at = now
                reg.updated_at = now
                reg.attended = None
                reg.attendance_marked_at = None
                reg.telegram_id = telegram_id
            await session.flush()
            position = None
            if status == RegistrationStatus.REGISTERED:
                reminder = self._reminder(event, reg, now)
                if reminder is not None:
                    await self._outbox.add(session, [reminder])
            else:
                position = await self._position(session, reg)
            await uow.commit()
            return RegistrationResult(status.value, await self._view(session, event), position)

    async def cancel_registration(self, event_id: int, *, person_id: int) -> CancellationResult:
        """Cancel the person's registration or waitlist place; a freed place goes to the waitlist."""
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock(session, event_id)
            if event is None:
                return CancellationResult("not_found")
            reg = await self._registration(session, event_id, person_id)
            if reg is None or reg.status == RegistrationStatus.CANCELLED:
                return CancellationResult("not_registered", await self._view(session, event))
            if event.starts_at <= now:
                return CancellationResult("started", await self._view(session, event))
            promoted = await self._cancel(session, event, reg, now)
            await uow.commit()
            return CancellationResult("cancelled", await self._view(session, event), tuple(promoted))

    async def _cancel(self, session: AsyncSession, event: Event, reg: EventRegistration, now: datetime) -> list[int]:
        reg.status = RegistrationStatus.CANCELLED.value
        reg.updated_at = now
        await self._outbox.cancel_group(_person_group(event.id, reg.person_id), session)
        await session.flush()
        return await self._promote(session, event, now)

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

    async def toggle_attendance(self, registration_id: int, *, by: int | None,
                                via: str = "telegram") -> tuple[EventView, AttendeeView]:
        """Staff press on an attendee: flip whether the registered person came (only once the event started).

        Raises :class:`EventError` ``not_found`` (no such registered person) or ``not_started``.
        """
        async with self._uow() as uow:
            reg = await uow.session.get(EventRegistration, registration_id)
            found = None if reg is None else (reg.event_id, reg.person_id, reg.status, reg.attended)
        if found is None or found[2] != RegistrationStatus.REGISTERED.value:
            raise EventError("not_found")
        event_id, person_id, _status, attended = found
        event = await self.get(event_id)
        if event is None:
            raise EventError("not_found")
        if event.starts_at > self._clock.now():
            raise EventError("not_started")
        attendee = await self.mark_attendance(event_id, person_id=person_id, attended=not attended, by=by, via=via)
        if attendee is None:
            raise EventError("not_found")
        return event, attendee

    async def mark_attendance(self, event_id: int, *, person_id: int | None = None,
                              telegram_id: int | None = None, attended: bool = True, by: int | None = None,
                              via: str = "cli") -> AttendeeView | None:
        """Record whether a registered person came; writes an ``event.attended`` row when it changes and
        the audit row (``event.attendance``, actor ``by``) in the same transaction.

        Returns the attendee, or None when the person is not registered for the event.
        """
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await session.get(Event, event_id)
            if event is None:
                return None
            query = select(EventRegistration).where(EventRegistration.event_id == event_id,
                                                    EventRegistration.status == RegistrationStatus.REGISTERED.value)
            if person_id is not None:
                query = query.where(EventRegistration.person_id == person_id)
            elif telegram_id is not None:
                query = query.where(EventRegistration.telegram_id == telegram_id)
            else:
                return None
            reg = (await session.execute(query)).scalar_one_or_none()
            if reg is None:
                return None
            if reg.attended is not attended:
                reg.attended = attended
                reg.attendance_marked_at = now
                await self._attendance_fact(session, reg.person_id, event, attended)
                if attended:
                    for hook in self.attendance_hooks:  # e.g. an induction event records the induction
                        await hook(session, event, reg.person_id)
            add_audit(session, now, "event.attendance", actor=by, target=f"event:{event_id}",
                      person_id=reg.person_id, attended=attended, via=via)
            await uow.commit()
            reg_id, pid = reg.id, reg.person_id
        for attendee in await self.attendees(event_id):
            if attendee.registration_id == reg_id and attendee.person_id == pid:
                return attendee
        return None

    # ------------------------------------------------------------------ privacy
    async def erase_person(self, session: AsyncSession, person_id: int, now: datetime) -> int:
        """Cancel the person's future registrations (promoting the waitlist); returns how many."""
        rows = (
            await session.execute(
                select(EventRegistration.event_id)
                .join(Event, Event.id == EventRegistration.event_id)
                .where(EventRegistration.person_id == person_id,
                       EventRegistration.status != RegistrationStatus.CANCELLED.value, Event.starts_at > now)
            )
        ).scalars().all()
        for event_id in rows:
            event = await self._lock(session, event_id)
            reg = await self._registration(session, event_id, person_id)
            if event is not None and reg is not None:
                await self._cancel(session, event, reg, now)
        return len(rows)


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


