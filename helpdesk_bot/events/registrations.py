"""Registering for events (capacity, waitlist, deadline), cancelling a registration, attendance.

A person has at most one registration row per event (unique constraint); cancelling keeps the row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.events.core import EventError, _person_group
from helpdesk_bot.events.management import EventManagement
from helpdesk_bot.events.models import (
    Event,
    EventRegistration,
    RegistrationStatus,
)
from helpdesk_bot.events.rules import registration_outcome
from helpdesk_bot.events.views import (
    AttendeeView,
    CancellationResult,
    EventView,
    RegistrationResult,
    event_view,
)
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import CLI, Actor, channel, require
from helpdesk_bot.people.models import Role


class Registrations(EventManagement):
    """The person's registrations and staff's attendance marks."""

    async def register(self, event_id: int, *, person_id: int, telegram_id: int) -> RegistrationResult:
        """Register the person (or put them on the waitlist when the event is full)."""
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock(session, event_id)
            reg = await self._registration(session, event_id, person_id) if event is not None else None
            taken = await self._registered_count(session, event_id) if event is not None else 0
            outcome = registration_outcome(event_view(event) if event is not None else None,
                                           current=reg.status if reg is not None else None, registered=taken, now=now)
            if event is None or outcome == "not_found":
                return RegistrationResult("not_found")
            if outcome not in (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED):
                position = await self._position(session, reg) if outcome == "already_waitlisted" and reg else None
                return RegistrationResult(outcome, await self._view(session, event), position)
            status = RegistrationStatus(outcome)
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

    async def toggle_attendance(self, registration_id: int, *, by: Actor) -> tuple[EventView, AttendeeView]:
        """Staff press on an attendee: flip whether the registered person came (only once the event started).

        Raises :class:`~helpdesk_bot.people.actor.Forbidden` (not staff), :class:`EventError` ``not_found``
        (no such registered person) or ``not_started``.
        """
        require(by, Role.STAFF)
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
        attendee = await self.mark_attendance(event_id, person_id=person_id, attended=not attended, by=by)
        if attendee is None:
            raise EventError("not_found")
        return event, attendee

    async def mark_attendance(self, event_id: int, *, person_id: int | None = None,
                              telegram_id: int | None = None, attended: bool = True,
                              by: Actor = CLI) -> AttendeeView | None:
        """Record whether a registered person came (staff only); writes an ``event.attended`` row when it
        changes and the audit row (``event.attendance``, actor ``by``) in the same transaction.

        Returns the attendee, or None when the person is not registered for the event.
        """
        require(by, Role.STAFF)
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
            add_audit(session, now, "event.attendance", actor=by.telegram_id, target=f"event:{event_id}",
                      person_id=reg.person_id, attended=attended, via=channel(by))
            await uow.commit()
            reg_id, pid = reg.id, reg.person_id
        for attendee in await self._attendees(event_id):
            if attendee.registration_id == reg_id and attendee.person_id == pid:
                return attendee
        return None

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
