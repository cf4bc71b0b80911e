"""Advisors, their availability, and bookings.

A slot can be held by one booking only: the partial unique index ``uq_bookings_active_slot`` on
``(advisor_id, starts_at)`` over bookings in an active state (requested, confirmed) makes a double
booking impossible at the database level, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, BigIntPK, UTCDateTime


class BookingState(StrEnum):
    """Life of a booking."""

    REQUESTED = "requested"   # waiting for the advisor
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    EXPIRED = "expired"       # the advisor did not answer in time
    CANCELLED = "cancelled"   # by the person, the advisor, or an erasure
    HELD = "held"             # the consultation took place
    NO_SHOW = "no_show"


ACTIVE_STATES: tuple[str, ...] = (BookingState.REQUESTED.value, BookingState.CONFIRMED.value)
"""States in which a booking holds its slot."""

_ACTIVE_SQL = "state IN ('requested', 'confirmed')"


class Advisor(Base):
    """An advisor's profile. ``telegram_id`` identifies the advisor in the bot."""

    __tablename__ = "advisors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    name: Mapped[str] = mapped_column(String(128))
    bios: Mapped[dict[str, str]] = mapped_column(JSON)
    languages: Mapped[list[str]] = mapped_column(JSON)
    expertise: Mapped[list[str]] = mapped_column(JSON)
    modes: Mapped[dict[str, str]] = mapped_column(JSON)
    timezone: Mapped[str] = mapped_column(String(64))
    auto_confirm: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa.false())
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa.true())
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    buffer_minutes: Mapped[int | None] = mapped_column(Integer)
    min_notice_hours: Mapped[int | None] = mapped_column(Integer)
    horizon_days: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AdvisorHours(Base):
    """A weekly recurring window, in the advisor's local time (minutes after midnight)."""

    __tablename__ = "advisor_hours"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_advisor_hours_advisor_id", "advisor_id"),)


class AdvisorException(Base):
    """A dated exception: a day (or part of a day) off, or extra hours, in the advisor's local time."""

    __tablename__ = "advisor_exceptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(8))  # off | extra
    start_minute: Mapped[int | None] = mapped_column(Integer)
    end_minute: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_advisor_exceptions_advisor_id_day", "advisor_id", "day"),)


class Booking(Base):
    """A consultation booked by a person with an advisor."""

    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("advisors.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(String(1000))
    phone: Mapped[str | None] = mapped_column(String(32))
    """The entrepreneur's number for a phone consultation, shown only to the booking's advisor."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decline_reason: Mapped[str | None] = mapped_column(String(500))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(16))  # person | advisor | erasure
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    reschedule_count: Mapped[int] = mapped_column(Integer, default=0, server_default=sa.text("0"))
    attendance_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome_note: Mapped[str | None] = mapped_column(String(1000))
    rating: Mapped[int | None] = mapped_column(Integer)
    feedback_comment: Mapped[str | None] = mapped_column(String(1000))
    feedback_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index(
            "uq_bookings_active_slot", "advisor_id", "starts_at", unique=True,
            sqlite_where=sa.text(_ACTIVE_SQL), postgresql_where=sa.text(_ACTIVE_SQL),
        ),
        Index("ix_bookings_person_id_state", "person_id", "state"),
        Index("ix_bookings_advisor_id_starts_at", "advisor_id", "starts_at"),
        Index("ix_bookings_state_expires_at", "state", "expires_at"),
    )
