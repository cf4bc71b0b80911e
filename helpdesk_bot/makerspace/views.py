"""Plain results of the makerspace use cases (no ORM objects leave the service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from helpdesk_bot.scheduling.slots import DatedException, WeeklyWindow
from helpdesk_bot.scheduling.spans import SpanRules

ERROR_REASONS: tuple[str, ...] = (
    "unknown_resource", "unknown_induction", "unknown_person", "not_found", "outside_hours", "too_long",
    "too_short", "dst", "too_soon", "too_far", "full", "induction_required", "induction_expired", "invalid_state",
    "too_many", "slot_changed", "bad_file",
)
"""Why a use case refused (each has a translated message ``ms-error-<reason>``); the import may also refuse
with ``units_in_use`` (a command-line message only)."""


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class InductionView:
    """A safety induction."""

    id: int
    key: str
    names: dict[str, str]
    valid_months: int
    event_keys: tuple[str, ...]
    contact: str | None

    def name(self, lang: str) -> str:
        """The name in ``lang`` (English when missing)."""
        return _pick(self.names, lang)


@dataclass(frozen=True)
class ResourceView:
    """A bookable resource with its opening hours and rules."""

    id: int
    key: str
    names: dict[str, str]
    descriptions: dict[str, str]
    price_notes: dict[str, str]
    units: int
    timezone: str
    weekly: tuple[WeeklyWindow, ...]
    exceptions: tuple[DatedException, ...]
    rules: SpanRules
    induction: InductionView | None
    active: bool

    def name(self, lang: str) -> str:
        """The name in ``lang``."""
        return _pick(self.names, lang)

    def description(self, lang: str) -> str:
        """The description in ``lang`` (may be empty)."""
        return _pick(self.descriptions, lang) if self.descriptions else ""

    def price(self, lang: str) -> str:
        """The price note in ``lang`` (may be empty)."""
        return _pick(self.price_notes, lang) if self.price_notes else ""


@dataclass(frozen=True)
class MakerBookingView:
    """A makerspace booking as the person, staff and the renderers see it."""

    id: int
    resource_id: int
    resource_key: str
    resource_names: dict[str, str]
    timezone: str
    unit: int
    units: int
    starts_at: datetime
    ends_at: datetime
    slots: int
    state: str
    version: int
    person_id: int | None
    person_telegram_id: int | None
    person_name: str
    cancelled_by: str | None

    def resource_name(self, lang: str) -> str:
        """The resource's name in ``lang``."""
        return _pick(self.resource_names, lang)

    @property
    def hours(self) -> float:
        """The booked length in hours."""
        return (self.ends_at - self.starts_at).total_seconds() / 3600


@dataclass(frozen=True)
class InductionStatus:
    """Whether a person may use a resource; when not, the induction and its next session."""

    allowed: bool
    induction: InductionView | None = None
    expired: bool = False
    next_event_id: int | None = None
    next_event_at: datetime | None = None


@dataclass(frozen=True)
class DayLoad:
    """Free unit-minutes of one resource on one local day."""

    free_minutes: int
    open_minutes: int


class MakerError(Exception):
    """A refused makerspace use case; ``reason`` is one of :data:`ERROR_REASONS`."""

    def __init__(self, reason: str, *, booking: MakerBookingView | None = None,
                 status: InductionStatus | None = None, alternatives: tuple[datetime, ...] = (),
                 **details: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.booking = booking
        self.status = status
        self.alternatives = alternatives
        self.details: dict[str, Any] = dict(details)


@dataclass(frozen=True)
class ClosureResult:
    """A maintenance closure and the bookings it cancelled."""

    closure_id: int
    cancelled: tuple[MakerBookingView, ...] = field(default_factory=tuple)
