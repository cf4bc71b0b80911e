"""Events (workshops, trade fairs, webinars, networking), registrations, subscriptions, announcements."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, UTCDateTime

EVENT_KINDS: tuple[str, ...] = ("workshop", "trade_fair", "webinar", "networking", "other")
"""The kinds of events, in the order they are offered."""

class EventStatus(StrEnum):
    """Life of an event."""

    PUBLISHED = "published"  # visible from ``publish_at`` on
    CANCELLED = "cancelled"


class RegistrationMode(StrEnum):
    """How people register for an event."""

    BOT = "bot"            # in the bot, with capacity, waitlist and deadline
    EXTERNAL = "external"  # a link to the organiser's registration page
    NONE = "none"          # open event, no registration


class RegistrationStatus(StrEnum):
    """Life of a registration."""

    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class Event(Base):
    """An event people can hear about and (when ``registration_mode`` is ``bot``) register for.

    ``texts`` maps a language code to ``{"title": ..., "description": ...}``; ``default_language``
    names the one shown when the reader's language is missing. ``topics``, ``countries`` and
    ``languages`` are lists; an empty list of countries or languages means "everyone".
    ``revision`` grows whenever people already registered must be told about a change.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=EventStatus.PUBLISHED)
    default_language: Mapped[str] = mapped_column(String(8))
    texts: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    timezone: Mapped[str] = mapped_column(String(64))
    venue: Mapped[str | None] = mapped_column(String(256))
    online_url: Mapped[str | None] = mapped_column(String(512))
    organiser: Mapped[str | None] = mapped_column(String(128))
    topics: Mapped[list[str]] = mapped_column(JSON)
    countries: Mapped[list[str]] = mapped_column(JSON)
    languages: Mapped[list[str]] = mapped_column(JSON)
    registration_mode: Mapped[str] = mapped_column(String(16))
    registration_url: Mapped[str | None] = mapped_column(String(512))
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    publish_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default=sa.text("1"))
    lock_version: Mapped[int] = mapped_column(Integer, default=0, server_default=sa.text("0"))
    announcement_broadcast_id: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_events_status_starts_at", "status", "starts_at"),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
    )


class EventRegistration(Base):
    """One person's registration for one event (unique per person and event).

    A cancelled registration stays as a row (its ``round`` grows when the person registers again),
    so "registered once" is a database constraint and the history is countable. ``queued_at``
    orders the waitlist.
    """

    __tablename__ = "event_registrations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    telegram_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    round: Mapped[int] = mapped_column(Integer, default=1, server_default=sa.text("1"))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attended: Mapped[bool | None] = mapped_column(Boolean)
    attendance_marked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("event_id", "person_id"),
        Index("ix_event_registrations_event_id_status", "event_id", "status"),
        Index("ix_event_registrations_person_id", "person_id"),
    )


class EventSubscription(Base):
    """Opt-in to announcements of one kind of event or one topic (``scope`` is ``kind`` or ``topic``)."""

    __tablename__ = "event_subscriptions"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Announcement(Base):
    """A staff announcement without an event: text, an optional photo or document, an audience."""

    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    texts: Mapped[dict[str, str] | None] = mapped_column(JSON)
    """Texts per language code (optional); a recipient whose language has none gets ``text``."""
    media_kind: Mapped[str | None] = mapped_column(String(16))
    media_file_id: Mapped[str | None] = mapped_column(String(256))
    audience: Mapped[dict[str, object]] = mapped_column(JSON)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    send_at: Mapped[datetime] = mapped_column(UTCDateTime())
    broadcast_id: Mapped[int | None] = mapped_column(Integer)
