"""Reading events: one event, the upcoming ones for a person, a person's registrations, attendees."""

from __future__ import annotations

from sqlalchemy import select

from helpdesk_bot.events.core import EventCore
from helpdesk_bot.events.models import (
    Event,
    EventRegistration,
    EventStatus,
    RegistrationStatus,
)
from helpdesk_bot.events.views import (
    AttendeeView,
    EventPage,
    EventView,
    MyRegistration,
    event_view,
)
from helpdesk_bot.people.actor import Actor, require
from helpdesk_bot.people.models import Person, Role


class EventReading(EventCore):
    """The queries of the event catalogue."""

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

    async def attendees(self, event_id: int, *, by: Actor) -> list[AttendeeView]:
        """Registered and waitlisted people of the event, registered first, in order (staff only:
        :class:`~helpdesk_bot.people.actor.Forbidden` for anyone else)."""
        require(by, Role.STAFF)
        return await self._attendees(event_id)

    async def _attendees(self, event_id: int) -> list[AttendeeView]:
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
