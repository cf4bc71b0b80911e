"""Reading the makerspace tables into views, and the pieces the use cases share (no Telegram here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.makerspace.models import Claim, Induction, MakerBooking, Resource
from helpdesk_bot.makerspace.views import InductionView, MakerBookingView, ResourceView
from helpdesk_bot.people.models import Person
from helpdesk_bot.scheduling.slots import DatedException, GridSlot, WeeklyWindow, Window, slot_grid
from helpdesk_bot.scheduling.spans import SpanRules

MAKERSPACE = "makerspace"
"""Outbox kind of every makerspace message (rendered by :mod:`helpdesk_bot.makerspace.notifications`)."""

HOLDING_STATES: tuple[str, ...] = ("confirmed", "checked_in", "no_show")
"""States in which a booking keeps its claims (a cancelled booking has none)."""


@dataclass(frozen=True)
class Policy:
    """The centre's makerspace rules (from the settings)."""

    horizon: timedelta = timedelta(days=14)
    min_notice: timedelta = timedelta(0)
    max_upcoming: int = 5
    default_timezone: str = "Europe/Warsaw"


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive UTC datetimes."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def induction_view(row: Induction) -> InductionView:
    """The view of an induction row."""
    return InductionView(row.id, row.key, dict(row.names or {}), row.valid_months, tuple(row.event_keys or ()),
                         row.contact)


def weekly_of(row: Resource) -> tuple[WeeklyWindow, ...]:
    """The weekly windows stored with a resource."""
    return tuple(WeeklyWindow(int(h[0]), Window(int(h[1]), int(h[2]))) for h in row.hours or [])


def exceptions_of(row: Resource) -> tuple[DatedException, ...]:
    """The dated exceptions stored with a resource."""
    found = []
    for e in row.exceptions or []:
        start, end = e.get("start"), e.get("end")
        window = Window(int(start), int(end)) if isinstance(start, int) and isinstance(end, int) else None
        found.append(DatedException(date.fromisoformat(str(e["day"])), str(e["kind"]), window))
    return tuple(found)


def rules_of(row: Resource, policy: Policy) -> SpanRules:
    """The span rules of a resource under the centre's policy."""
    return SpanRules(row.slot_minutes, row.min_slots, row.max_slots, min_notice=policy.min_notice,
                     horizon=policy.horizon)


async def resource_view(session: AsyncSession, row: Resource, policy: Policy) -> ResourceView:
    """The view of a resource row (with its induction)."""
    induction = await session.get(Induction, row.induction_id) if row.induction_id is not None else None
    return ResourceView(
        id=row.id, key=row.key, names=dict(row.names or {}), descriptions=dict(row.descriptions or {}),
        price_notes=dict(row.price_notes or {}), units=row.units, timezone=row.timezone, weekly=weekly_of(row),
        exceptions=exceptions_of(row), rules=rules_of(row, policy),
        induction=induction_view(induction) if induction else None, active=row.active,
    )


def grid_of(resource: ResourceView, first: date, last: date) -> list[GridSlot]:
    """The resource's slot grid on local days ``first`` .. ``last``."""
    return slot_grid(timezone=resource.timezone, weekly=resource.weekly, exceptions=resource.exceptions,
                     slot_minutes=resource.rules.slot_minutes, first_day=first, last_day=last)


def local_day(moment: datetime, timezone: str) -> date:
    """The local date of ``moment``."""
    return moment.astimezone(ZoneInfo(timezone)).date()


async def taken_between(session: AsyncSession, resource_id: int, start: datetime, end: datetime,
                        *, exclude_booking: int | None = None) -> dict[datetime, set[int]]:
    """Slot start -> the units claimed (by bookings and closures) for slots in ``[start, end)``."""
    rows = (await session.execute(select(Claim.slot_start, Claim.unit, Claim.booking_id).where(
        Claim.resource_id == resource_id, Claim.slot_start >= start, Claim.slot_start < end))).all()
    taken: dict[datetime, set[int]] = {}
    for slot_start, unit, booking_id in rows:
        if exclude_booking is not None and booking_id == exclude_booking:
            continue
        taken.setdefault(aware(slot_start), set()).add(unit)
    return taken


def person_name(person: Person | None) -> str:
    """How staff see a person (first name, last name, @handle when shared)."""
    if person is None:
        return "—"
    name = person.first_name or f"#{person.id}"
    if person.last_name:
        name += f" {person.last_name}"
    if person.share_handle and person.username:
        name += f" (@{person.username})"
    return name


async def booking_view(session: AsyncSession, booking: MakerBooking) -> MakerBookingView:
    """The view of a booking row."""
    resource = await session.get(Resource, booking.resource_id)
    assert resource is not None
    person = await session.get(Person, booking.person_id) if booking.person_id is not None else None
    return MakerBookingView(
        id=booking.id, resource_id=resource.id, resource_key=resource.key, resource_names=dict(resource.names or {}),
        timezone=resource.timezone, unit=booking.unit, units=resource.units, starts_at=aware(booking.starts_at),
        ends_at=aware(booking.ends_at), slots=booking.slots, state=booking.state, version=booking.version or 0,
        person_id=booking.person_id, person_telegram_id=person.telegram_id if person else None,
        person_name=person_name(person), cancelled_by=booking.cancelled_by,
    )


def business_event(session: AsyncSession, now: datetime, kind: str, person: Person | None, *, subject: str,
                   topic: str, value: float | None = None, outcome: str = "ok",
                   occurred_at: datetime | None = None) -> None:
    """A row of the interaction log with the maker as actor (see :mod:`helpdesk_bot.indicators.kinds`)."""
    session.add(Interaction(
        occurred_at=occurred_at or now, kind=kind, outcome=outcome,
        actor_ref=person.actor_ref if person else None, person_id=person.id if person else None,
        language=person.language if person else None, country=person.country if person else None,
        subject=subject, topic=topic, value=value,
    ))


def group_key(booking_id: int) -> str:
    """The outbox group of every message about one makerspace booking (cancelled together)."""
    return f"mbooking:{booking_id}"


def claim_rows(resource_id: int, unit: int, starts: Sequence[datetime], *, booking_id: int | None = None,
               closure_id: int | None = None) -> list[Claim]:
    """The claim rows of one unit for the given slots."""
    return [Claim(resource_id=resource_id, unit=unit, slot_start=s, booking_id=booking_id, closure_id=closure_id)
            for s in starts]
