"""Inductions: recorded by staff (CLI, chat) or by attendance at an induction event; they expire.

A record is valid for the induction's ``valid_months`` from the day it was recorded; recording it
again renews it (one row per person and induction). A resource that needs an induction the person
does not hold is refused with the way to get it: the next session (an event whose key the
induction lists) or whom to ask.
"""

from __future__ import annotations

import calendar
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.models import Event, EventStatus
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.makerspace import kinds
from helpdesk_bot.makerspace.models import Induction, PersonInduction, Resource
from helpdesk_bot.makerspace.store import aware, business_event, induction_view
from helpdesk_bot.makerspace.views import InductionStatus, InductionView, MakerError, ResourceView
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Person, Role


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus whole calendar months (the 31st becomes the month's last day)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def event_matches(event_key: str | None, patterns: tuple[str, ...] | list[str]) -> bool:
    """Whether an event key is one of ``patterns`` (a pattern ending in ``*`` is a prefix)."""
    if not event_key:
        return False
    return any(event_key.startswith(p[:-1]) if p.endswith("*") else event_key == p for p in patterns)


class InductionService:
    """Recording inductions and telling whether a person may use a resource."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def all(self) -> list[InductionView]:
        """Every induction."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(select(Induction).order_by(Induction.key))).scalars().all()
            return [induction_view(r) for r in rows]

    async def _induction(self, s: AsyncSession, key: str) -> Induction:
        """The induction with ``key``, or the one the resource ``key`` requires."""
        row = (await s.execute(select(Induction).where(Induction.key == key))).scalar_one_or_none()
        if row is not None:
            return row
        resource = (await s.execute(select(Resource).where(Resource.key == key))).scalar_one_or_none()
        if resource is not None and resource.induction_id is not None:
            found = await s.get(Induction, resource.induction_id)
            if found is not None:
                return found
        raise MakerError("unknown_induction", key=key)

    async def record(self, key: str, telegram_id: int, *, by: Actor, source: str) -> tuple[InductionView,
                                                                                           datetime, str]:
        """Record that the person with ``telegram_id`` completed the induction ``key`` (or that of resource ``key``).

        Staff only; the audit row ``makerspace.induct`` is written in the same transaction. Returns the
        induction, its expiry and the person's name; ``unknown_induction`` or ``unknown_person`` (they
        have not started the bot) otherwise. Nothing is saved when refused.
        """
        require(by, Role.STAFF)
        async with self._uow() as uow:
            s = uow.session
            induction = await self._induction(s, key)
            person = (await s.execute(select(Person).where(Person.telegram_id == telegram_id))).scalar_one_or_none()
            if person is None:
                raise MakerError("unknown_person", telegram_id=telegram_id)
            expires = await self.record_in(s, induction, person, by=by.telegram_id, source=source)
            add_audit(s, self._clock.now(), "makerspace.induct", actor=by.telegram_id, target=str(telegram_id),
                      induction=induction.key, via=channel(by))
            name = person.first_name or f"#{person.id}"
            await uow.commit()
            return induction_view(induction), expires, name

    async def record_in(self, s: AsyncSession, induction: Induction, person: Person, *, by: int | None,
                        source: str) -> datetime:
        """Record (or renew) in the caller's transaction; writes the ``makerspace.induction`` row."""
        now = self._clock.now()
        expires = add_months(now, induction.valid_months)
        row = (await s.execute(select(PersonInduction).where(
            PersonInduction.person_id == person.id, PersonInduction.induction_id == induction.id))).scalar_one_or_none()
        if row is None:
            s.add(PersonInduction(person_id=person.id, induction_id=induction.id, completed_at=now, expires_at=expires,
                                  recorded_by=by, source=source))
        else:
            row.completed_at, row.expires_at, row.recorded_by, row.source = now, expires, by, source
        business_event(s, now, kinds.INDUCTION, person, subject=f"induction:{induction.key}", topic=induction.key,
                       outcome=source)
        await s.flush()
        return expires

    async def on_attended(self, s: AsyncSession, event: Event, person_id: int) -> None:
        """Attendance marked at an event: record every induction that lists the event (same transaction)."""
        rows = (await s.execute(select(Induction))).scalars().all()
        matching = [r for r in rows if event_matches(event.key, r.event_keys or [])]
        person = await s.get(Person, person_id) if matching else None
        for induction in matching:
            if person is not None:
                await self.record_in(s, induction, person, by=None, source="event")

    async def status(self, person_id: int, resource: ResourceView) -> InductionStatus:
        """Whether the person may book ``resource`` (and when not, the way to the induction)."""
        async with self._uow() as uow:
            return await self.status_in(uow.session, person_id, resource, self._clock.now())

    async def status_in(self, s: AsyncSession, person_id: int, resource: ResourceView,
                        now: datetime) -> InductionStatus:
        """:meth:`status` in the caller's transaction."""
        induction = resource.induction
        if induction is None:
            return InductionStatus(True)
        expires = (await s.execute(select(PersonInduction.expires_at).where(
            PersonInduction.person_id == person_id, PersonInduction.induction_id == induction.id))).scalar_one_or_none()
        if expires is not None and aware(expires) > now:
            return InductionStatus(True, induction)
        event_id, event_at = await self._next_session(s, induction, now)
        return InductionStatus(False, induction, expired=expires is not None, next_event_id=event_id,
                               next_event_at=event_at)

    async def _next_session(self, s: AsyncSession, induction: InductionView,
                            now: datetime) -> tuple[int | None, datetime | None]:
        if not induction.event_keys:
            return None, None
        rows = (await s.execute(select(Event.id, Event.key, Event.starts_at).where(
            Event.status == EventStatus.PUBLISHED.value, Event.starts_at > now, Event.publish_at <= now,
            Event.key.is_not(None)).order_by(Event.starts_at))).all()
        for event_id, key, starts_at in rows:
            if event_matches(key, induction.event_keys):
                return event_id, aware(starts_at)
        return None, None
