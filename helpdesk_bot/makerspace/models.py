"""Makerspace: bookable resources (machines, workbenches), inductions, bookings, claims, closures.

Never more bookings at one time than units, enforced by the database: a booking claims one unit for
every slot of its span, one ``makerspace_claims`` row per ``(resource, unit, slot)`` with that triple
as the primary key, inserted in the booking's transaction. A second claim of the same unit and slot
fails in the database (on SQLite and PostgreSQL alike), whatever the application checked before.
A maintenance closure claims the slots it closes the same way, so a booking and a closure cannot
overlap either. Claims of a cancelled booking are deleted with the cancellation.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, BigIntPK, UTCDateTime


class MakerBookingState(StrEnum):
    """Life of a makerspace booking."""

    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"   # staff saw the person at the machine
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"     # by the person, by staff (maintenance) or an erasure


class Resource(Base):
    """A kind of machine or workbench with ``units`` identical ones.

    ``names``, ``descriptions`` and ``price_notes`` map a language to a text. ``hours`` is a list of
    ``[weekday, start_minute, end_minute]`` (local time of ``timezone``), ``exceptions`` a list of
    ``{"day": "YYYY-MM-DD", "kind": "off"|"extra", "start": minute|None, "end": minute|None}``.
    """

    __tablename__ = "makerspace_resources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(48), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON)
    price_notes: Mapped[dict[str, str]] = mapped_column(JSON)
    units: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64))
    hours: Mapped[list[list[int]]] = mapped_column(JSON)
    exceptions: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    min_slots: Mapped[int] = mapped_column(Integer)
    max_slots: Mapped[int] = mapped_column(Integer)
    induction_id: Mapped[int | None] = mapped_column(ForeignKey("makerspace_inductions.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=sa.text("0"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa.true())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (sa.CheckConstraint("units >= 1", name="units_positive"),)


class Induction(Base):
    """A safety induction some resources require; valid for ``valid_months`` after it is recorded.

    ``event_keys`` lists the keys of events that are sessions of this induction (a key ending in
    ``*`` is a prefix): marking a person's attendance at such an event records the induction.
    ``contact`` says whom to ask when no session is planned.
    """

    __tablename__ = "makerspace_inductions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(48), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    valid_months: Mapped[int] = mapped_column(Integer)
    event_keys: Mapped[list[str]] = mapped_column(JSON)
    contact: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PersonInduction(Base):
    """A person's completed induction (recorded again = renewed: one row per person and induction)."""

    __tablename__ = "makerspace_person_inductions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    induction_id: Mapped[int] = mapped_column(ForeignKey("makerspace_inductions.id", ondelete="CASCADE"))
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[int | None] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(16))  # cli | chat | event

    __table_args__ = (UniqueConstraint("person_id", "induction_id"),)


class MakerBooking(Base):
    """One person's booking of one unit of a resource for ``slots`` consecutive slots."""

    __tablename__ = "makerspace_bookings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("makerspace_resources.id", ondelete="CASCADE"))
    unit: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    slots: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=0, server_default=sa.text("0"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(16))  # person | maintenance | erasure
    attendance_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_makerspace_bookings_person_id_state", "person_id", "state"),
        Index("ix_makerspace_bookings_resource_id_starts_at", "resource_id", "starts_at"),
    )


class Closure(Base):
    """A resource (one unit, or every unit when ``unit`` is None) closed for maintenance."""

    __tablename__ = "makerspace_closures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("makerspace_resources.id", ondelete="CASCADE"))
    unit: Mapped[int | None] = mapped_column(Integer)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_makerspace_closures_resource_id_ends_at", "resource_id", "ends_at"),)


class Claim(Base):
    """One unit of one resource taken for one slot, by a booking or a closure (the database guarantee)."""

    __tablename__ = "makerspace_claims"

    resource_id: Mapped[int] = mapped_column(ForeignKey("makerspace_resources.id", ondelete="CASCADE"),
                                             primary_key=True)
    unit: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot_start: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    booking_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("makerspace_bookings.id",
                                                                          ondelete="CASCADE"))
    closure_id: Mapped[int | None] = mapped_column(ForeignKey("makerspace_closures.id", ondelete="CASCADE"))

    __table_args__ = (
        sa.CheckConstraint("unit >= 1", name="unit_positive"),
        sa.CheckConstraint("(booking_id IS NULL) <> (closure_id IS NULL)", name="one_owner"),
        Index("ix_makerspace_claims_booking_id", "booking_id"),
        Index("ix_makerspace_claims_closure_id", "closure_id"),
    )


class DayTotal(Base):
    """Open and booked unit-minutes of one resource on one finished local day (written once, for indicators)."""

    __tablename__ = "makerspace_day_totals"

    resource_id: Mapped[int] = mapped_column(ForeignKey("makerspace_resources.id", ondelete="CASCADE"),
                                             primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    open_minutes: Mapped[int] = mapped_column(Integer)
    booked_minutes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
