"""Plain values the consultations service returns (detached from the database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from helpdesk_bot.consultations.slots import SlotRules, Window

MODES: tuple[str, ...] = ("in_person", "online", "phone")
"""Consultation modes; an advisor's ``modes`` maps each offered mode to its address / link / phone."""


@dataclass(frozen=True)
class AdvisorView:
    """An advisor's profile."""

    id: int
    telegram_id: int
    name: str
    bios: dict[str, str]
    languages: tuple[str, ...]
    expertise: tuple[str, ...]
    modes: dict[str, str]
    timezone: str
    auto_confirm: bool
    active: bool
    rules: SlotRules

    def bio(self, lang: str) -> str:
        """The bio in ``lang``, else English, else any."""
        return self.bios.get(lang) or self.bios.get("en") or next(iter(self.bios.values()), "")


@dataclass(frozen=True)
class WeeklyHoursView:
    """A weekly window with its id (for removal)."""

    id: int
    weekday: int
    window: Window


@dataclass(frozen=True)
class ExceptionView:
    """A dated exception with its id."""

    id: int
    day: date
    kind: str
    window: Window | None


@dataclass(frozen=True)
class AvailabilityView:
    """An advisor's weekly hours and upcoming exceptions."""

    advisor: AdvisorView
    weekly: tuple[WeeklyHoursView, ...]
    exceptions: tuple[ExceptionView, ...]


@dataclass(frozen=True)
class BookingView:
    """A booking with what the bot shows about it."""

    id: int
    state: str
    starts_at: datetime
    ends_at: datetime
    topic: str
    mode: str
    place: str
    description: str | None
    advisor_id: int
    advisor_name: str
    advisor_telegram_id: int
    advisor_timezone: str
    person_id: int | None
    person_telegram_id: int | None
    person_name: str
    person_timezone: str | None
    person_language: str | None
    version: int = 0
    expires_at: datetime | None = None
    decline_reason: str | None = None
    cancel_reason: str | None = None
    cancelled_by: str | None = None
    outcome_note: str | None = None
    rating: int | None = None
    feedback_comment: str | None = None
    phone: str | None = None
    """The entrepreneur's number for a phone consultation: for the booking's advisor (and its owner) only."""
    extra: dict[str, str] = field(default_factory=dict)


class BookingError(Exception):
    """A booking action that cannot be done; ``reason`` is a stable code for translation.

    Reasons: ``slot_taken``, ``slot_unavailable``, ``too_many``, ``not_found``, ``forbidden``,
    ``too_late``, ``invalid_state``, ``invalid_mode``, ``invalid_topic``, ``no_advisor``, ``too_early``,
    ``invalid_phone``.
    ``alternatives`` are the next free slots of the same advisor (offered instead).
    """

    def __init__(self, reason: str, alternatives: tuple[datetime, ...] = (), booking: BookingView | None = None,
                 limit: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.alternatives = alternatives
        self.booking = booking
        self.limit = limit
