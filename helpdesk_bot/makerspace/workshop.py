"""Makerspace use cases for staff: import, the workshop schedule, check-in and no-show, maintenance
closures, and the daily totals the utilisation indicator reads.

A closure claims the slots it closes (like a booking does), in the transaction that cancels the
bookings in its way, so no booking can slip in; the makers are told and offered another unit at the
same time or another time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.makerspace import kinds
from helpdesk_bot.makerspace.models import (
    Claim,
    Closure,
    DayTotal,
    Induction,
    MakerBooking,
    MakerBookingState,
    Resource,
)
from helpdesk_bot.makerspace.service import MakerspaceService, cancel_in
from helpdesk_bot.makerspace.specs import InductionSpec, ResourceSpec
from helpdesk_bot.makerspace.store import (
    HOLDING_STATES,
    aware,
    booking_view,
    business_event,
    claim_rows,
    grid_of,
    local_day,
    resource_view,
)
from helpdesk_bot.makerspace.views import ClosureResult, MakerBookingView, MakerError, ResourceView
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Person, Role


class WorkshopService:
    """What staff do with the makerspace (the CLI and ``/workshop`` call these)."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox, makers: MakerspaceService) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self._makers = makers

    # ------------------------------------------------------------------ import
    async def import_specs(self, inductions: Sequence[InductionSpec],
                           resources: Sequence[ResourceSpec]) -> tuple[int, int]:
        """Create or update inductions and resources by key, all in one transaction.

        Refused (nothing saved) when a resource names an induction that is neither in the file nor
        in the database, changes its slot length while it has upcoming bookings, or loses units that
        upcoming bookings hold.
        """
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            by_key: dict[str, Induction] = {
                r.key: r for r in (await s.execute(select(Induction))).scalars().all()}
            for ind in inductions:
                irow = by_key.get(ind.key)
                if irow is None:
                    irow = Induction(key=ind.key, created_at=now)
                    s.add(irow)
                    by_key[ind.key] = irow
                irow.names, irow.valid_months = dict(ind.names), ind.valid_months
                irow.event_keys, irow.contact, irow.updated_at = list(ind.event_keys), ind.contact, now
            await s.flush()
            for res in resources:
                if res.induction is not None and res.induction not in by_key:
                    raise MakerError("unknown_induction", key=res.induction, resource=res.key)
                rrow = (await s.execute(select(Resource).where(Resource.key == res.key))).scalar_one_or_none()
                if rrow is None:
                    rrow = Resource(key=res.key, created_at=now)
                    s.add(rrow)
                elif rrow.slot_minutes != res.slot_minutes and await self._has_upcoming(s, rrow.id, now):
                    raise MakerError("slot_changed", resource=res.key)
                elif res.units < rrow.units and await self._has_upcoming(s, rrow.id, now, above_unit=res.units):
                    raise MakerError("units_in_use", resource=res.key, units=res.units)
                rrow.names, rrow.descriptions, rrow.price_notes = dict(res.names), dict(res.descriptions), \
                    dict(res.price_notes)
                rrow.units, rrow.timezone, rrow.slot_minutes = res.units, res.timezone, res.slot_minutes
                rrow.min_slots, rrow.max_slots, rrow.position, rrow.active = res.min_slots, res.max_slots, \
                    res.position, True
                rrow.hours = [[h.weekday, h.window.start_minute, h.window.end_minute] for h in res.hours]
                rrow.exceptions = [{"day": e.day.isoformat(), "kind": e.kind,
                                   "start": e.window.start_minute if e.window else None,
                                   "end": e.window.end_minute if e.window else None} for e in res.exceptions]
                rrow.induction_id = by_key[res.induction].id if res.induction else None
                rrow.updated_at = now
            await uow.commit()
            return len(inductions), len(resources)

    async def _has_upcoming(self, s: AsyncSession, resource_id: int, now: datetime, *, above_unit: int = 0) -> bool:
        return (await s.execute(select(MakerBooking.id).where(
            MakerBooking.resource_id == resource_id, MakerBooking.state == MakerBookingState.CONFIRMED.value,
            MakerBooking.ends_at > now, MakerBooking.unit > above_unit).limit(1))).first() is not None

    # ------------------------------------------------------------------ schedule and attendance
    async def schedule(self, start: datetime, end: datetime) -> list[tuple[ResourceView, list[MakerBookingView]]]:
        """Every resource with its bookings (not cancelled) starting in ``[start, end)``."""
        async with self._uow() as uow:
            s = uow.session
            resources = (await s.execute(select(Resource).where(Resource.active.is_(True)).order_by(
                Resource.position, Resource.key))).scalars().all()
            result = []
            for r in resources:
                rows = (await s.execute(select(MakerBooking).where(
                    MakerBooking.resource_id == r.id, MakerBooking.state.in_(HOLDING_STATES),
                    MakerBooking.starts_at >= start, MakerBooking.starts_at < end).order_by(
                    MakerBooking.starts_at, MakerBooking.unit))).scalars().all()
                result.append((await resource_view(s, r, self._makers.policy),
                               [await booking_view(s, b) for b in rows]))
            return result

    async def mark(self, booking_id: int, *, checked_in: bool) -> MakerBookingView:
        """Check-in (the maker came: hours used) or no-show, once the booking has begun."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            row = await s.get(MakerBooking, booking_id, populate_existing=True)
            if row is None:
                raise MakerError("not_found")
            view = await booking_view(s, row)
            if aware(row.starts_at) > now + timedelta(minutes=15):
                raise MakerError("too_soon", booking=view)
            if row.state != MakerBookingState.CONFIRMED.value:
                raise MakerError("invalid_state", booking=view)
            row.state = (MakerBookingState.CHECKED_IN if checked_in else MakerBookingState.NO_SHOW).value
            row.attendance_at = now
            person = await s.get(Person, row.person_id) if row.person_id is not None else None
            business_event(s, now, kinds.CHECKED_IN if checked_in else kinds.NO_SHOW, person,
                           subject=f"mbooking:{row.id}", topic=view.resource_key,
                           value=view.hours if checked_in else None)
            await uow.commit()
            return await booking_view(s, row)

    # ------------------------------------------------------------------ maintenance
    async def close(self, resource_key: str, *, unit: int | None, start: datetime, end: datetime,
                    reason: str | None, by: Actor) -> ClosureResult:
        """Close a resource (one unit, or all) for ``[start, end)``: bookings in the way are cancelled and
        their makers told (offered another unit or time); the closed slots are claimed. Staff only; the
        audit row ``makerspace.close`` is written in the same transaction."""
        require(by, Role.STAFF)
        now = self._clock.now()
        start = max(start, now)
        if end <= start:
            raise MakerError("invalid_state")
        for _attempt in range(5):
            try:
                return await self._close_once(resource_key, unit, start, end, reason, by, now)
            except IntegrityError:  # a booking slipped in between: cancel it too on the next try
                continue
        raise MakerError("slot_changed")

    async def _close_once(self, key: str, unit: int | None, start: datetime, end: datetime, reason: str | None,
                          by: Actor, now: datetime) -> ClosureResult:
        async with self._uow() as uow:
            s = uow.session
            row = (await s.execute(select(Resource).where(Resource.key == key))).scalar_one_or_none()
            if row is None or not row.active:
                raise MakerError("unknown_resource", key=key)
            if unit is not None and not 1 <= unit <= row.units:
                raise MakerError("not_found")
            resource = await resource_view(s, row, self._makers.policy)
            units = [unit] if unit is not None else list(range(1, row.units + 1))
            grid = [g for g in grid_of(resource, local_day(start, row.timezone) - timedelta(days=1),
                                       local_day(end, row.timezone)) if g.end > start and g.start < end]
            starts = [g.start for g in grid]
            in_way = (await s.execute(select(MakerBooking).where(
                MakerBooking.resource_id == row.id, MakerBooking.state == MakerBookingState.CONFIRMED.value,
                MakerBooking.unit.in_(units), MakerBooking.starts_at < end, MakerBooking.ends_at > start))).scalars().all()
            cancelled = []
            for booking in in_way:
                await cancel_in(s, self._outbox, booking, now, by="maintenance", notify=True)
                person = await s.get(Person, booking.person_id) if booking.person_id is not None else None
                view = await booking_view(s, booking)
                business_event(s, now, kinds.CANCELLED, person, subject=f"mbooking:{booking.id}", topic=key,
                               value=view.hours, outcome="maintenance")
                cancelled.append(view)
            closure = Closure(resource_id=row.id, unit=unit, starts_at=start, ends_at=end,
                              reason=(reason or "").strip()[:500] or None, created_by=by.telegram_id,
                              created_at=now)
            s.add(closure)
            await s.flush()
            existing = {(u, aware(t)) for u, t in (await s.execute(select(Claim.unit, Claim.slot_start).where(
                Claim.resource_id == row.id, Claim.closure_id.is_not(None), Claim.slot_start >= start - timedelta(
                    days=1), Claim.slot_start < end))).all()}
            for u in units:
                s.add_all(claim_rows(row.id, u, [t for t in starts if (u, t) not in existing], closure_id=closure.id))
            await s.flush()
            add_audit(s, now, "makerspace.close", actor=by.telegram_id, target=key, unit=unit,
                      hours=round((end - start).total_seconds() / 3600), via=channel(by))
            await uow.commit()
            return ClosureResult(closure.id, tuple(cancelled))

    async def rebook_other_unit(self, booking_id: int, person_id: int) -> MakerBookingView:
        """A booking cancelled by maintenance, booked again at the same time on another free unit."""
        old = await self._makers.booking_for_person(booking_id, person_id)
        if old.state != MakerBookingState.CANCELLED.value or old.cancelled_by != "maintenance":
            raise MakerError("invalid_state", booking=old)
        return await self._makers.place(person_id=person_id, resource_key=old.resource_key, starts_at=old.starts_at,
                                         slots=old.slots, avoid_unit=old.unit)

    # ------------------------------------------------------------------ indicators
    async def record_day_totals(self, *, back_days: int = 62) -> int:
        """For each resource and each finished local day not yet recorded: open and booked unit-hours
        (``makerspace.open_hours`` / ``makerspace.booked_hours`` rows). Safe to run in several processes:
        the day's total row is the guard. Returns how many days were recorded."""
        now = self._clock.now()
        async with self._uow() as uow:
            resources = (await uow.session.execute(select(Resource))).scalars().all()
            ids = [(r.id, r.timezone, aware(r.created_at)) for r in resources]
        count = 0
        for resource_id, timezone, created in ids:
            yesterday = local_day(now, timezone) - timedelta(days=1)
            first = max(local_day(created, timezone), yesterday - timedelta(days=back_days))
            async with self._uow() as uow:
                done = set((await uow.session.execute(select(DayTotal.day).where(
                    DayTotal.resource_id == resource_id, DayTotal.day >= first))).scalars())
            day = first
            while day <= yesterday:
                if day not in done:
                    try:
                        count += await self._record_day(resource_id, day, now)
                    except IntegrityError:  # another process recorded it
                        pass
                day += timedelta(days=1)
        return count

    async def _record_day(self, resource_id: int, day: date, now: datetime) -> int:
        async with self._uow() as uow:
            s = uow.session
            row = await s.get(Resource, resource_id)
            if row is None:
                return 0
            resource = await resource_view(s, row, self._makers.policy)
            grid = grid_of(resource, day, day)
            starts = {g.start: int((g.end - g.start).total_seconds() // 60) for g in grid}
            claims = (await s.execute(select(Claim.slot_start, Claim.booking_id, Claim.closure_id).where(
                Claim.resource_id == resource_id, Claim.slot_start >= min(starts, default=now),
                Claim.slot_start <= max(starts, default=now)))).all() if starts else []
            closed = sum(starts.get(aware(t), 0) for t, _b, c in claims if c is not None)
            booked = sum(starts.get(aware(t), 0) for t, b, _c in claims if b is not None)
            open_minutes = max(0, sum(starts.values()) * row.units - closed)
            s.add(DayTotal(resource_id=resource_id, day=day, open_minutes=open_minutes, booked_minutes=booked,
                           created_at=now))
            at = datetime.combine(day, time(12), tzinfo=ZoneInfo(row.timezone)).astimezone(UTC)
            subject = f"msday:{resource_id}:{day.isoformat()}"
            business_event(s, now, kinds.OPEN_HOURS, None, subject=subject, topic=row.key, value=open_minutes / 60,
                           occurred_at=at)
            business_event(s, now, kinds.BOOKED_HOURS, None, subject=subject, topic=row.key, value=booked / 60,
                           occurred_at=at)
            await uow.commit()
            return 1
