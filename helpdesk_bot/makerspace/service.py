"""Makerspace use cases for makers: resources, what is free, booking, cancelling, rescheduling.

Every booking is one transaction that inserts the booking, claims one unit for every slot of its span
(``makerspace_claims``, primary key ``(resource, unit, slot)``), enqueues its messages and writes the
``makerspace.booked`` row of the interaction log. When the database refuses a claim (someone was
faster), the transaction is rolled back and the next free unit is tried; when none is left the
answer is ``full`` with the next free starts. The checks before (opening hours, length, induction)
give clear answers; the database alone guarantees the capacity.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.makerspace import kinds
from helpdesk_bot.makerspace.inductions import InductionService
from helpdesk_bot.makerspace.messages import booked_messages, cancelled_message
from helpdesk_bot.makerspace.models import Claim, MakerBooking, MakerBookingState, Resource
from helpdesk_bot.makerspace.store import (
    Policy,
    aware,
    booking_view,
    business_event,
    claim_rows,
    grid_of,
    local_day,
    resource_view,
    taken_between,
)
from helpdesk_bot.makerspace.views import DayLoad, MakerBookingView, MakerError, ResourceView
from helpdesk_bot.people.models import Person
from helpdesk_bot.scheduling.slots import GridSlot
from helpdesk_bot.scheduling.spans import (
    SpanError,
    bookable_starts,
    free_unit_minutes,
    free_units,
    lengths_at,
    open_unit_minutes,
    span_at,
)

log = logging.getLogger(__name__)


class MakerspaceService:
    """Resources, availability and the bookings of makers (the CLI and the chat call these)."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox, policy: Policy | None = None,
                 inductions: InductionService | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self.policy = policy or Policy()
        self.inductions = inductions or InductionService(uow, clock)

    @property
    def outbox(self) -> Outbox:
        """The outbox the service enqueues its messages in (privacy erasure cancels through it)."""
        return self._outbox

    # ------------------------------------------------------------------ resources
    async def list_resources(self, *, active_only: bool = True) -> list[ResourceView]:
        """Every resource in the order of the file."""
        async with self._uow() as uow:
            query = select(Resource).order_by(Resource.position, Resource.key)
            if active_only:
                query = query.where(Resource.active.is_(True))
            rows = (await uow.session.execute(query)).scalars().all()
            return [await resource_view(uow.session, r, self.policy) for r in rows]

    async def _resource(self, session: AsyncSession, key: str) -> ResourceView:
        row = (await session.execute(select(Resource).where(Resource.key == key))).scalar_one_or_none()
        if row is None or not row.active:
            raise MakerError("unknown_resource", key=key)
        return await resource_view(session, row, self.policy)

    async def resource(self, key: str) -> ResourceView:
        """The active resource with ``key`` (``unknown_resource`` otherwise)."""
        async with self._uow() as uow:
            return await self._resource(uow.session, key)

    async def resource_by_id(self, resource_id: int) -> ResourceView:
        """The active resource with this id (``unknown_resource`` otherwise: ids from buttons are checked)."""
        async with self._uow() as uow:
            row = await uow.session.get(Resource, resource_id)
            if row is None or not row.active:
                raise MakerError("unknown_resource", key=str(resource_id))
            return await resource_view(uow.session, row, self.policy)

    # ------------------------------------------------------------------ availability
    async def _grid_and_taken(self, session: AsyncSession, resource: ResourceView, now: datetime, *,
                              exclude_booking: int | None = None) -> tuple[list[GridSlot], dict[datetime, set[int]]]:
        first = local_day(now, resource.timezone)
        last = local_day(now + resource.rules.horizon, resource.timezone) + timedelta(days=1)
        grid = grid_of(resource, first, last)
        taken = await taken_between(session, resource.id, now - timedelta(days=1),
                                    now + resource.rules.horizon + timedelta(days=2), exclude_booking=exclude_booking)
        return grid, taken

    async def load(self, resource: ResourceView, days: int = 7) -> dict[object, DayLoad]:
        """Free and open unit-minutes per local day from now on, for ``days`` days (the overview)."""
        now = self._clock.now()
        async with self._uow() as uow:
            grid, taken = await self._grid_and_taken(uow.session, resource, now)
        last = local_day(now, resource.timezone) + timedelta(days=days - 1)
        grid = [g for g in grid if g.day <= last and g.start >= now]
        free = free_unit_minutes(grid, units=resource.units, taken=taken, after=now)
        opened = open_unit_minutes(grid, resource.units)
        return {day: DayLoad(free.get(day, 0), minutes) for day, minutes in opened.items()}

    async def bookable(self, resource: ResourceView, *, exclude_booking: int | None = None) -> list[GridSlot]:
        """Grid slots within the horizon where a booking of the minimum length can start."""
        now = self._clock.now()
        async with self._uow() as uow:
            grid, taken = await self._grid_and_taken(uow.session, resource, now, exclude_booking=exclude_booking)
        return bookable_starts(grid, resource.rules, units=resource.units, taken=taken, timezone=resource.timezone,
                               now=now)

    async def lengths(self, resource: ResourceView, start: datetime, *,
                      exclude_booking: int | None = None) -> list[int]:
        """The lengths (in slots) one unit is free for from ``start``."""
        now = self._clock.now()
        async with self._uow() as uow:
            grid, taken = await self._grid_and_taken(uow.session, resource, now, exclude_booking=exclude_booking)
        return lengths_at(grid, start, resource.rules, units=resource.units, taken=taken, timezone=resource.timezone,
                          now=now)

    async def why_not(self, resource: ResourceView, start: datetime, slots: int, *,
                      exclude_booking: int | None = None) -> MakerError | None:
        """Why ``slots`` from ``start`` cannot be booked (a span reason or ``full``), or None when it can."""
        now = self._clock.now()
        async with self._uow() as uow:
            grid, taken = await self._grid_and_taken(uow.session, resource, now, exclude_booking=exclude_booking)
        try:
            span = span_at(grid, start, slots, resource.rules, timezone=resource.timezone, now=now)
        except SpanError as exc:
            return MakerError(exc.reason)
        if not free_units([g.start for g in span], resource.units, taken):
            return MakerError("full")
        return None

    async def next_starts(self, resource: ResourceView, limit: int = 3, *,
                          exclude_booking: int | None = None) -> tuple[datetime, ...]:
        """The next ``limit`` bookable starts (offered when a request fell through)."""
        return tuple(g.start for g in (await self.bookable(resource, exclude_booking=exclude_booking))[:limit])

    # ------------------------------------------------------------------ bookings
    async def get_booking(self, booking_id: int) -> MakerBookingView | None:
        """One booking (no access check: renderers and checked callers)."""
        async with self._uow() as uow:
            row = await uow.session.get(MakerBooking, booking_id)
            return await booking_view(uow.session, row) if row else None

    async def booking_for_person(self, booking_id: int, person_id: int) -> MakerBookingView:
        """The booking if it is the person's, else ``not_found`` (forged ids look like unknown ones)."""
        view = await self.get_booking(booking_id)
        if view is None or view.person_id != person_id:
            raise MakerError("not_found")
        return view

    async def upcoming_for_person(self, person_id: int) -> list[MakerBookingView]:
        """The person's confirmed bookings that have not ended, soonest first."""
        now = self._clock.now()
        async with self._uow() as uow:
            rows = (await uow.session.execute(select(MakerBooking).where(
                MakerBooking.person_id == person_id, MakerBooking.state == MakerBookingState.CONFIRMED.value,
                MakerBooking.ends_at > now).order_by(MakerBooking.starts_at))).scalars().all()
            return [await booking_view(uow.session, r) for r in rows]

    async def book(self, *, person_id: int, resource_key: str, starts_at: datetime, slots: int) -> MakerBookingView:
        """Book ``slots`` consecutive slots from ``starts_at`` on a free unit of the resource.

        Refused with :class:`MakerError`: ``unknown_resource``, ``induction_required``/``induction_expired``
        (with the way to get it), ``too_many``, a span reason (``outside_hours``, ``too_long``, ``dst``...)
        or ``full`` (with the next free starts). Nothing is saved when refused.
        """
        return await self.place(person_id=person_id, resource_key=resource_key, starts_at=starts_at, slots=slots)

    async def reschedule(self, booking_id: int, person_id: int, starts_at: datetime, slots: int) -> MakerBookingView:
        """Move the person's booking (same resource) to another start and length, with the same rules."""
        booking = await self.booking_for_person(booking_id, person_id)
        if booking.state != MakerBookingState.CONFIRMED.value or booking.starts_at <= self._clock.now():
            raise MakerError("invalid_state", booking=booking)
        return await self.place(person_id=person_id, resource_key=booking.resource_key, starts_at=starts_at,
                                 slots=slots, moving=booking)

    async def place(self, *, person_id: int, resource_key: str, starts_at: datetime, slots: int,
                    moving: MakerBookingView | None = None, avoid_unit: int | None = None) -> MakerBookingView:
        """Book (or, with ``moving``, move) a span on a free unit other than ``avoid_unit``; see :meth:`book`."""
        tried: set[int] = set() if avoid_unit is None else {avoid_unit}
        resource: ResourceView | None = None
        for _attempt in range(60):
            try:
                async with self._uow() as uow:
                    s = uow.session
                    resource = await self._resource(s, resource_key)
                    view = await self._attempt(s, resource, person_id, starts_at, slots, moving, tried)
                    await uow.commit()
                    return view
            except _Lost as lost:  # the database refused the claim: someone took that unit first
                tried.add(lost.unit)
            except IntegrityError:
                raise MakerError("slot_changed") from None
        assert resource is not None
        raise MakerError("full", alternatives=await self.next_starts(resource))

    async def _attempt(self, s: AsyncSession, resource: ResourceView, person_id: int, starts_at: datetime,
                       slots: int, moving: MakerBookingView | None, tried: set[int]) -> MakerBookingView:
        now = self._clock.now()
        person = await s.get(Person, person_id)
        if person is None:
            raise MakerError("unknown_person")
        status = await self.inductions.status_in(s, person_id, resource, now)
        if not status.allowed:
            raise MakerError("induction_expired" if status.expired else "induction_required", status=status)
        if moving is None:
            upcoming = (await s.execute(select(func.count()).select_from(MakerBooking).where(
                MakerBooking.person_id == person_id, MakerBooking.state == MakerBookingState.CONFIRMED.value,
                MakerBooking.ends_at > now))).scalar_one()
            if upcoming >= self.policy.max_upcoming:
                raise MakerError("too_many", limit=self.policy.max_upcoming)
        exclude = moving.id if moving else None
        grid, taken = await self._grid_and_taken(s, resource, now, exclude_booking=exclude)
        try:
            span = span_at(grid, aware(starts_at), slots, resource.rules, timezone=resource.timezone, now=now)
        except SpanError as exc:
            raise MakerError(exc.reason, max_minutes=resource.rules.max_slots * resource.rules.slot_minutes,
                             min_minutes=resource.rules.min_slots * resource.rules.slot_minutes) from None
        starts = [g.start for g in span]
        units = [u for u in free_units(starts, resource.units, taken) if u not in tried]
        if not units:
            raise MakerError("full", alternatives=tuple(
                g.start for g in bookable_starts(grid, resource.rules, units=resource.units, taken=taken,
                                                 timezone=resource.timezone, now=now)[:3]))
        unit = units[0]
        if moving is None:
            booking = MakerBooking(resource_id=resource.id, unit=unit, person_id=person_id, starts_at=span[0].start,
                                   ends_at=span[-1].end, slots=slots, state=MakerBookingState.CONFIRMED.value,
                                   version=0, created_at=now)
            s.add(booking)
            await s.flush()
        else:
            loaded = await s.get(MakerBooking, moving.id, populate_existing=True)
            if loaded is None or loaded.state != MakerBookingState.CONFIRMED.value or loaded.version != moving.version:
                raise MakerError("invalid_state", booking=moving)
            booking = loaded
            await s.execute(delete(Claim).where(Claim.booking_id == booking.id))
            await self._outbox.cancel_group(f"mbooking:{booking.id}", s)
            booking.unit, booking.starts_at, booking.ends_at = unit, span[0].start, span[-1].end
            booking.slots, booking.version = slots, (booking.version or 0) + 1
            await s.flush()
        try:
            await self._claim(s, resource.id, unit, starts, booking.id)
        except IntegrityError:
            raise _Lost(unit) from None
        view = await booking_view(s, booking)
        await self._outbox.add(s, booked_messages(view, person.telegram_id, now, moved=moving is not None))
        if moving is None:
            business_event(s, now, kinds.BOOKED, person, subject=f"mbooking:{booking.id}", topic=resource.key,
                           value=view.hours)
        return view

    async def _claim(self, s: AsyncSession, resource_id: int, unit: int, starts: Sequence[datetime],
                     booking_id: int) -> None:
        """Insert the claims of one unit for the span; the primary key refuses a unit already taken."""
        s.add_all(claim_rows(resource_id, unit, starts, booking_id=booking_id))
        await s.flush()

    async def cancel(self, booking_id: int, person_id: int) -> MakerBookingView:
        """The person cancels an upcoming booking: claims freed, reminders withdrawn."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            row = await s.get(MakerBooking, booking_id, populate_existing=True)
            if row is None or row.person_id != person_id:
                raise MakerError("not_found")
            view = await booking_view(s, row)
            if row.state != MakerBookingState.CONFIRMED.value or aware(row.starts_at) <= now:
                raise MakerError("invalid_state", booking=view)
            person = await s.get(Person, person_id)
            await cancel_in(s, self._outbox, row, now, by="person")
            business_event(s, now, kinds.CANCELLED, person, subject=f"mbooking:{row.id}", topic=view.resource_key,
                           value=view.hours, outcome="by_person")
            await uow.commit()
            return await self.get_booking(booking_id) or view


async def cancel_in(s: AsyncSession, outbox: Outbox, row: MakerBooking, now: datetime, *, by: str,
                    notify: bool = False) -> None:
    """Cancel a booking in the caller's transaction: state, claims, pending messages."""
    row.state = MakerBookingState.CANCELLED.value
    row.cancelled_at = now
    row.cancelled_by = by
    await s.execute(delete(Claim).where(Claim.booking_id == row.id))
    await outbox.cancel_group(f"mbooking:{row.id}", s)
    if notify:
        person = await s.get(Person, row.person_id) if row.person_id is not None else None
        if person is not None:
            view = await booking_view(s, row)
            await outbox.add(s, [cancelled_message(view, person.telegram_id, by)])
    await s.flush()


class _Lost(Exception):
    """The database refused the claim of ``unit`` (another booking took it first)."""

    def __init__(self, unit: int) -> None:
        super().__init__(unit)
        self.unit = unit
