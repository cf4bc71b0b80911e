"""The shared core of the consultation use cases: policy, loading and viewing bookings, state
transitions, interaction rows and the messages a booking causes (outbox rows rendered at send time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import intent_button
from helpdesk_bot.clock import Clock
from helpdesk_bot.consultations.calendar import SqlAdvisorCalendar
from helpdesk_bot.consultations.models import (
    Advisor,
    AdvisorException,
    Booking,
    BookingState,
)
from helpdesk_bot.consultations.slots import (
    SlotRules,
    Window,
)
from helpdesk_bot.consultations.views import (
    AdvisorView,
    BookingView,
)
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person

CONSULTATION = "consultation"
"""Outbox kind of every consultation message (rendered by :mod:`helpdesk_bot.consultations.notifications`)."""


@dataclass(frozen=True)
class ConsultationPolicy:
    """The centre's defaults and rules."""

    rules: SlotRules = field(default_factory=SlotRules)
    max_upcoming: int = 3
    change_window: timedelta = timedelta(hours=12)
    request_ttl: timedelta = timedelta(hours=24)
    default_timezone: str = "Europe/Warsaw"
    feedback_delay: timedelta = timedelta(hours=1)


def group_key(booking_id: int) -> str:
    """The outbox group of every message about one booking (cancelled together)."""
    return f"booking:{booking_id}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ConsultationCore:
    """State and helpers every consultation use case shares (no Telegram here)."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox,
                 policy: ConsultationPolicy | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self.policy = policy or ConsultationPolicy()

    def _rules(self, advisor: Advisor) -> SlotRules:
        base = self.policy.rules
        return SlotRules(
            slot_minutes=advisor.slot_minutes or base.slot_minutes,
            buffer_minutes=advisor.buffer_minutes if advisor.buffer_minutes is not None else base.buffer_minutes,
            min_notice=timedelta(hours=advisor.min_notice_hours) if advisor.min_notice_hours is not None
            else base.min_notice,
            horizon=timedelta(days=advisor.horizon_days) if advisor.horizon_days else base.horizon,
        )

    def _calendar(self, session: AsyncSession) -> SqlAdvisorCalendar:
        """The data the booking rules read, in this transaction."""
        return SqlAdvisorCalendar(session, self._advisor_view)

    def _advisor_view(self, a: Advisor) -> AdvisorView:
        return AdvisorView(
            id=a.id, telegram_id=a.telegram_id, name=a.name, bios=dict(a.bios or {}),
            languages=tuple(a.languages or ()), expertise=tuple(a.expertise or ()), modes=dict(a.modes or {}),
            timezone=a.timezone, auto_confirm=a.auto_confirm, active=a.active, rules=self._rules(a),
        )

    async def _load(self, session: AsyncSession, booking_id: int) -> tuple[Booking, Advisor, Person | None] | None:
        booking = await session.get(Booking, booking_id, populate_existing=True)
        if booking is None:
            return None
        advisor = await session.get(Advisor, booking.advisor_id)
        assert advisor is not None
        person = await session.get(Person, booking.person_id) if booking.person_id is not None else None
        return booking, advisor, person

    def _view(self, booking: Booking, advisor: Advisor, person: Person | None) -> BookingView:
        if person is None:
            person_name = "—"
        else:
            person_name = person.first_name or f"#{person.id}"
            if person.last_name:
                person_name += f" {person.last_name}"
            if person.share_handle and person.username:
                person_name += f" (@{person.username})"
        return BookingView(
            id=booking.id, state=booking.state, starts_at=_aware(booking.starts_at), ends_at=_aware(booking.ends_at),
            topic=booking.topic, mode=booking.mode, place=(advisor.modes or {}).get(booking.mode, ""),
            description=booking.description, phone=booking.phone, advisor_id=advisor.id, advisor_name=advisor.name,
            advisor_telegram_id=advisor.telegram_id, advisor_timezone=advisor.timezone,
            person_id=booking.person_id, person_telegram_id=person.telegram_id if person else None,
            person_name=person_name, person_timezone=person.timezone if person else None,
            person_language=person.language if person else None, version=booking.reschedule_count or 0,
            expires_at=_aware(booking.expires_at) if booking.expires_at else None,
            decline_reason=booking.decline_reason, cancel_reason=booking.cancel_reason,
            cancelled_by=booking.cancelled_by, outcome_note=booking.outcome_note, rating=booking.rating,
            feedback_comment=booking.feedback_comment,
        )

    def _too_late(self, starts_at: datetime, now: datetime) -> bool:
        return _aware(starts_at) - now < self.policy.change_window

    async def _transition(self, s: AsyncSession, booking_id: int, from_states: Sequence[str], **values: Any) -> bool:
        result = await s.execute(
            update(Booking).where(Booking.id == booking_id, Booking.state.in_(list(from_states))).values(**values)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def _event(self, s: AsyncSession, kind: str, booking: Booking, person: Person | None, *, outcome: str = "ok",
               value: float | None = None) -> None:
        """The business-event row with the entrepreneur as actor (they benefit, someone else acted)."""
        s.add(Interaction(
            occurred_at=self._clock.now(), kind=kind, outcome=outcome,
            actor_ref=person.actor_ref if person else None, person_id=person.id if person else None,
            language=person.language if person else None, country=person.country if person else None,
            subject=f"booking:{booking.id}", topic=booking.topic, value=value,
        ))

    @staticmethod
    async def _lock_advisor(s: AsyncSession, advisor_id: int) -> None:
        """Take the advisor's row lock until commit: the overlap check and the insert of one booking of
        this advisor are not interleaved with another's (PostgreSQL; SQLite has one writer anyway).

        The unique index on the slot start stays the guarantee for the same start; this lock makes the
        overlap check hold for bookings on different slot grids (after a change of slot length).
        """
        await s.execute(select(Advisor.id).where(Advisor.id == advisor_id).with_for_update())

    async def _send_request(self, s: AsyncSession, booking: Booking, *, moved: bool = False) -> None:
        advisor = await s.get(Advisor, booking.advisor_id)
        assert advisor is not None
        v = booking.reschedule_count or 0
        await self._outbox.add(s, [OutgoingMessage(
            advisor.telegram_id, CONSULTATION, f"booking:{booking.id}:v{v}:request",
            _payload("consult-n-request-moved" if moved else "consult-n-request", booking, "advisor",
                     states=[BookingState.REQUESTED.value],
                     buttons=[[intent_button("consult-btn-accept", "bk", "acc", booking.id),
                               intent_button("consult-btn-decline", "bk", "dec", booking.id)]]),
            not_after=booking.starts_at, group_key=group_key(booking.id))])

    async def _after_confirm(self, s: AsyncSession, booking: Booking, advisor: Advisor, person: Person | None) -> None:
        """Confirmation with .ics to both, reminders 24 h and 1 h before, the after-consultation questions."""
        now = self._clock.now()
        v = booking.reschedule_count or 0
        prefix = f"booking:{booking.id}:v{v}"
        start = _aware(booking.starts_at)
        end = _aware(booking.ends_at)
        confirmed = [BookingState.CONFIRMED.value]
        messages: list[OutgoingMessage] = []
        recipients: list[tuple[str, int]] = [("advisor", advisor.telegram_id)]
        if person is not None:
            recipients.insert(0, ("person", person.telegram_id))
        for who, telegram_id in recipients:
            key = "consult-n-confirmed" if who == "person" else "consult-n-confirmed-advisor"
            messages.append(OutgoingMessage(telegram_id, CONSULTATION, f"{prefix}:confirmed:{who}",
                                            _payload(key, booking, who, states=confirmed, ics=True),
                                            not_after=start, group_key=group_key(booking.id)))
            for hours in (24, 1):
                due = start - timedelta(hours=hours)
                if due <= now:
                    continue
                messages.append(OutgoingMessage(
                    telegram_id, CONSULTATION, f"{prefix}:remind{hours}:{who}",
                    _payload("consult-n-reminder", booking, who, states=confirmed, extra={"hours": hours}),
                    due_at=due, not_after=start, group_key=group_key(booking.id)))
        messages.append(OutgoingMessage(
            advisor.telegram_id, CONSULTATION, f"{prefix}:attendance",
            _payload("consult-n-attendance", booking, "advisor", states=confirmed,
                     buttons=[[intent_button("consult-btn-held", "bk", "held", booking.id),
                               intent_button("consult-btn-noshow", "bk", "noshow", booking.id)]]),
            due_at=end, group_key=group_key(booking.id)))
        if person is not None:
            messages.append(OutgoingMessage(
                person.telegram_id, CONSULTATION, f"{prefix}:feedback",
                _payload("consult-n-feedback", booking, "person",
                         states=[BookingState.CONFIRMED.value, BookingState.HELD.value],
                         buttons=[[intent_button(f"consult-btn-star{n}", "bk", "rate", booking.id, n)
                                   for n in range(1, 6)]]),
                due_at=end + self.policy.feedback_delay, group_key=group_key(booking.id)))
        await self._outbox.add(s, messages)

    async def _notify_person_fell_through(self, s: AsyncSession, booking: Booking, person: Person | None, key: str,
                                          what: str) -> None:
        if person is None:
            return
        v = booking.reschedule_count or 0
        await self._outbox.add(s, [OutgoingMessage(
            person.telegram_id, CONSULTATION, f"booking:{booking.id}:v{v}:{what}",
            _payload(key, booking, "person", alternatives=True))])


def _window(e: AdvisorException) -> Window | None:
    if e.start_minute is None or e.end_minute is None:
        return None
    return Window(e.start_minute, e.end_minute)


def _payload(key: str, booking: Booking, to: str, *, states: Sequence[str] | None = None, ics: bool = False,
             buttons: list[list[dict[str, str]]] | None = None, alternatives: bool = False,
             extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Outbox payload of a consultation message: rendered from the booking at send time.

    ``at`` pins the start time the message was about: if the booking moved, the message is dropped.
    """
    payload: dict[str, Any] = {"key": key, "booking": booking.id, "to": to,
                               "at": _aware(booking.starts_at).isoformat()}
    if states:
        payload["states"] = list(states)
    if ics:
        payload["ics"] = True
    if buttons:
        payload["buttons"] = buttons
    if alternatives:
        payload["alternatives"] = True
    if extra:
        payload["args"] = extra
    return payload
