"""The consultations service: advisors, availability, free slots, bookings and their life cycle.

Every change of a booking is one transaction that also enqueues the messages it causes (outbox
rows rendered at send time in the recipient's language and zone) and, when the person who benefits
is not the one acting (an advisor confirms, the scheduler expires), writes the business-event row
of the interaction log with the entrepreneur as actor (see :mod:`helpdesk_bot.indicators.kinds`).

No double booking: the partial unique index on ``(advisor_id, starts_at)`` over active bookings
rejects a second booking of a slot; a loser gets :class:`BookingError` ``slot_taken`` with the next
free slots.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.clock import Clock
from helpdesk_bot.consultations.models import (
    ACTIVE_STATES,
    Advisor,
    AdvisorException,
    AdvisorHours,
    Booking,
    BookingState,
)
from helpdesk_bot.consultations.slots import (
    Busy,
    DatedException,
    SlotRules,
    WeeklyWindow,
    Window,
    compute_slots,
)
from helpdesk_bot.consultations.views import (
    MODES,
    AdvisorView,
    AvailabilityView,
    BookingError,
    BookingView,
    ExceptionView,
    WeeklyHoursView,
)
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person
from helpdesk_bot.topics import TOPICS

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class AdvisorSpec:
    """An advisor as given in a YAML file or by staff; ``hours``/``exceptions`` None = leave as they are."""

    telegram_id: int
    name: str
    timezone: str
    languages: tuple[str, ...]
    expertise: tuple[str, ...]
    modes: dict[str, str]
    bios: dict[str, str]
    auto_confirm: bool = False
    active: bool = True
    slot_minutes: int | None = None
    buffer_minutes: int | None = None
    min_notice_hours: int | None = None
    horizon_days: int | None = None
    hours: tuple[WeeklyWindow, ...] | None = None
    exceptions: tuple[DatedException, ...] | None = None


def group_key(booking_id: int) -> str:
    """The outbox group of every message about one booking (cancelled together)."""
    return f"booking:{booking_id}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ConsultationService:
    """Advisors, availability, slots and bookings (no Telegram here)."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox,
                 policy: ConsultationPolicy | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self.policy = policy or ConsultationPolicy()

    # ------------------------------------------------------------------ advisors
    def _rules(self, advisor: Advisor) -> SlotRules:
        base = self.policy.rules
        return SlotRules(
            slot_minutes=advisor.slot_minutes or base.slot_minutes,
            buffer_minutes=advisor.buffer_minutes if advisor.buffer_minutes is not None else base.buffer_minutes,
            min_notice=timedelta(hours=advisor.min_notice_hours) if advisor.min_notice_hours is not None
            else base.min_notice,
            horizon=timedelta(days=advisor.horizon_days) if advisor.horizon_days else base.horizon,
        )

    def _advisor_view(self, a: Advisor) -> AdvisorView:
        return AdvisorView(
            id=a.id, telegram_id=a.telegram_id, name=a.name, bios=dict(a.bios or {}),
            languages=tuple(a.languages or ()), expertise=tuple(a.expertise or ()), modes=dict(a.modes or {}),
            timezone=a.timezone, auto_confirm=a.auto_confirm, active=a.active, rules=self._rules(a),
        )

    async def upsert_advisor(self, spec: AdvisorSpec) -> AdvisorView:
        """Create or update the advisor with ``spec.telegram_id`` (hours/exceptions replaced when given)."""
        validate_spec(spec)
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            advisor = (await s.execute(select(Advisor).where(Advisor.telegram_id == spec.telegram_id))).scalar_one_or_none()
            if advisor is None:
                advisor = Advisor(telegram_id=spec.telegram_id, created_at=now)
                s.add(advisor)
            advisor.name = spec.name[:128]
            advisor.timezone = spec.timezone
            advisor.languages = list(spec.languages)
            advisor.expertise = list(spec.expertise)
            advisor.modes = dict(spec.modes)
            advisor.bios = dict(spec.bios)
            advisor.auto_confirm = spec.auto_confirm
            advisor.active = spec.active
            advisor.slot_minutes = spec.slot_minutes
            advisor.buffer_minutes = spec.buffer_minutes
            advisor.min_notice_hours = spec.min_notice_hours
            advisor.horizon_days = spec.horizon_days
            advisor.updated_at = now
            await s.flush()
            if spec.hours is not None:
                await s.execute(delete(AdvisorHours).where(AdvisorHours.advisor_id == advisor.id))
                s.add_all([AdvisorHours(advisor_id=advisor.id, weekday=h.weekday, start_minute=h.window.start_minute,
                                        end_minute=h.window.end_minute) for h in spec.hours])
            if spec.exceptions is not None:
                await s.execute(delete(AdvisorException).where(AdvisorException.advisor_id == advisor.id))
                s.add_all([AdvisorException(advisor_id=advisor.id, day=e.day, kind=e.kind,
                                            start_minute=e.window.start_minute if e.window else None,
                                            end_minute=e.window.end_minute if e.window else None)
                           for e in spec.exceptions])
            await uow.commit()
            return self._advisor_view(advisor)

    async def list_advisors(self, *, active_only: bool = False) -> list[AdvisorView]:
        """Every advisor (or only the active ones), by name."""
        async with self._uow() as uow:
            query = select(Advisor).order_by(Advisor.name, Advisor.id)
            if active_only:
                query = query.where(Advisor.active.is_(True))
            return [self._advisor_view(a) for a in (await uow.session.execute(query)).scalars()]

    async def get_advisor(self, advisor_id: int) -> AdvisorView | None:
        """The advisor with this id."""
        async with self._uow() as uow:
            advisor = await uow.session.get(Advisor, advisor_id)
            return self._advisor_view(advisor) if advisor else None

    async def advisor_by_telegram(self, telegram_id: int) -> AdvisorView | None:
        """The advisor profile of this Telegram user, if any."""
        async with self._uow() as uow:
            advisor = (await uow.session.execute(
                select(Advisor).where(Advisor.telegram_id == telegram_id))).scalar_one_or_none()
            return self._advisor_view(advisor) if advisor else None

    async def set_active(self, advisor_id: int, active: bool) -> AdvisorView:
        """Show or hide an advisor for new bookings (existing bookings stay)."""
        async with self._uow() as uow:
            advisor = await uow.session.get(Advisor, advisor_id)
            if advisor is None:
                raise BookingError("not_found")
            advisor.active = active
            advisor.updated_at = self._clock.now()
            await uow.commit()
            return self._advisor_view(advisor)

    async def advisors_for(self, topic: str, language: str) -> tuple[list[AdvisorView], bool]:
        """Active advisors for ``topic`` who speak ``language``; when none does, those for the topic.

        The flag says whether the language filter could be applied.
        """
        advisors = [a for a in await self.list_advisors(active_only=True) if topic in a.expertise]
        speaking = [a for a in advisors if language in a.languages]
        return (speaking, True) if speaking else (advisors, False)

    # ------------------------------------------------------------------ availability
    async def availability(self, advisor_id: int) -> AvailabilityView:
        """Weekly hours and the exceptions from today on."""
        async with self._uow() as uow:
            s = uow.session
            advisor = await s.get(Advisor, advisor_id)
            if advisor is None:
                raise BookingError("not_found")
            hours = (await s.execute(select(AdvisorHours).where(AdvisorHours.advisor_id == advisor_id)
                                     .order_by(AdvisorHours.weekday, AdvisorHours.start_minute))).scalars().all()
            today = self._clock.now().date() - timedelta(days=1)
            exceptions = (await s.execute(
                select(AdvisorException).where(AdvisorException.advisor_id == advisor_id, AdvisorException.day >= today)
                .order_by(AdvisorException.day, AdvisorException.start_minute))).scalars().all()
            return AvailabilityView(
                self._advisor_view(advisor),
                tuple(WeeklyHoursView(h.id, h.weekday, Window(h.start_minute, h.end_minute)) for h in hours),
                tuple(ExceptionView(e.id, e.day, e.kind, _window(e)) for e in exceptions),
            )

    async def add_weekly_hours(self, advisor_id: int, weekday: int, window: Window) -> None:
        """Add a recurring window."""
        if not 0 <= weekday <= 6:
            raise ValueError("weekday")
        async with self._uow() as uow:
            uow.session.add(AdvisorHours(advisor_id=advisor_id, weekday=weekday, start_minute=window.start_minute,
                                         end_minute=window.end_minute))
            await uow.commit()

    async def remove_weekly_hours(self, advisor_id: int, hours_id: int) -> bool:
        """Remove one recurring window of this advisor (False when it is not theirs or gone)."""
        async with self._uow() as uow:
            result = await uow.session.execute(
                delete(AdvisorHours).where(AdvisorHours.id == hours_id, AdvisorHours.advisor_id == advisor_id))
            await uow.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def add_exception(self, advisor_id: int, day: date, kind: str, window: Window | None = None) -> None:
        """A day (or part of it) off, or extra hours (``kind`` off | extra; extra needs a window)."""
        if kind not in ("off", "extra") or (kind == "extra" and window is None):
            raise ValueError("kind")
        async with self._uow() as uow:
            uow.session.add(AdvisorException(advisor_id=advisor_id, day=day, kind=kind,
                                             start_minute=window.start_minute if window else None,
                                             end_minute=window.end_minute if window else None))
            await uow.commit()

    async def remove_exception(self, advisor_id: int, exception_id: int) -> bool:
        """Remove one exception of this advisor."""
        async with self._uow() as uow:
            result = await uow.session.execute(delete(AdvisorException).where(
                AdvisorException.id == exception_id, AdvisorException.advisor_id == advisor_id))
            await uow.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ slots
    async def _slots(self, session: AsyncSession, advisor: Advisor, *, exclude_booking: int | None = None,
                     now: datetime | None = None) -> list[datetime]:
        now = now or self._clock.now()
        rules = self._rules(advisor)
        hours = (await session.execute(select(AdvisorHours).where(AdvisorHours.advisor_id == advisor.id))).scalars()
        weekly = [WeeklyWindow(h.weekday, Window(h.start_minute, h.end_minute)) for h in hours]
        exc_rows = (await session.execute(select(AdvisorException).where(
            AdvisorException.advisor_id == advisor.id,
            AdvisorException.day >= now.date() - timedelta(days=2)))).scalars()
        exceptions = [DatedException(e.day, e.kind, _window(e)) for e in exc_rows]
        busy_query = select(Booking.id, Booking.starts_at, Booking.ends_at).where(
            Booking.advisor_id == advisor.id, Booking.state.in_(ACTIVE_STATES),
            Booking.ends_at > now - timedelta(days=1))
        busy = [Busy(_aware(r[1]), _aware(r[2])) for r in (await session.execute(busy_query)).all()
                if r[0] != exclude_booking]
        return compute_slots(timezone=advisor.timezone, weekly=weekly, exceptions=exceptions, rules=rules, busy=busy,
                             now=now)

    async def free_slots(self, advisor_id: int, *, exclude_booking: int | None = None) -> list[datetime]:
        """Free slot starts (UTC) of one advisor."""
        async with self._uow() as uow:
            advisor = await uow.session.get(Advisor, advisor_id)
            if advisor is None or not advisor.active:
                return []
            return await self._slots(uow.session, advisor, exclude_booking=exclude_booking)

    async def slots_for(self, advisor_ids: Sequence[int], *, exclude_booking: int | None = None
                        ) -> dict[datetime, list[int]]:
        """Free slots of several advisors: slot start -> the advisors free then (in the given order)."""
        result: dict[datetime, list[int]] = {}
        for advisor_id in advisor_ids:
            for slot in await self.free_slots(advisor_id, exclude_booking=exclude_booking):
                result.setdefault(slot, []).append(advisor_id)
        return dict(sorted(result.items()))

    async def next_free_slots(self, advisor_id: int, limit: int = 3, *, exclude_booking: int | None = None
                              ) -> tuple[datetime, ...]:
        """The next ``limit`` free slots of an advisor (offered when something fell through)."""
        return tuple((await self.free_slots(advisor_id, exclude_booking=exclude_booking))[:limit])

    # ------------------------------------------------------------------ reading bookings
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
            description=booking.description, advisor_id=advisor.id, advisor_name=advisor.name,
            advisor_telegram_id=advisor.telegram_id, advisor_timezone=advisor.timezone,
            person_id=booking.person_id, person_telegram_id=person.telegram_id if person else None,
            person_name=person_name, person_timezone=person.timezone if person else None,
            person_language=person.language if person else None, version=booking.reschedule_count or 0,
            expires_at=_aware(booking.expires_at) if booking.expires_at else None,
            decline_reason=booking.decline_reason, cancel_reason=booking.cancel_reason,
            cancelled_by=booking.cancelled_by, outcome_note=booking.outcome_note, rating=booking.rating,
            feedback_comment=booking.feedback_comment,
        )

    async def get_booking(self, booking_id: int) -> BookingView | None:
        """One booking (no access check: for renderers and checked callers)."""
        async with self._uow() as uow:
            loaded = await self._load(uow.session, booking_id)
            return self._view(*loaded) if loaded else None

    async def booking_for_person(self, booking_id: int, person_id: int) -> BookingView:
        """The booking if it belongs to ``person_id``, else ``not_found`` (forged ids look like unknown ones)."""
        view = await self.get_booking(booking_id)
        if view is None or view.person_id != person_id:
            raise BookingError("not_found")
        return view

    def ensure_changeable(self, booking: BookingView) -> None:
        """The rule for a person's change (cancel, reschedule): an upcoming active booking outside the
        change window; else :class:`BookingError` ``invalid_state`` or ``too_late``."""
        now = self._clock.now()
        if booking.state not in ACTIVE_STATES or _aware(booking.starts_at) <= now:
            raise BookingError("invalid_state", booking=booking)
        if self._too_late(booking.starts_at, now):
            raise BookingError("too_late", booking=booking)

    def _too_late(self, starts_at: datetime, now: datetime) -> bool:
        return _aware(starts_at) - now < self.policy.change_window

    async def booking_for_advisor(self, booking_id: int, telegram_id: int) -> BookingView:
        """The booking if ``telegram_id`` is its advisor, else ``not_found``."""
        view = await self.get_booking(booking_id)
        if view is None or view.advisor_telegram_id != telegram_id:
            raise BookingError("not_found")
        return view

    async def upcoming_for_person(self, person_id: int) -> list[BookingView]:
        """The person's requested and confirmed bookings that have not ended, soonest first."""
        now = self._clock.now()
        async with self._uow() as uow:
            rows = (await uow.session.execute(
                select(Booking).where(Booking.person_id == person_id, Booking.state.in_(ACTIVE_STATES),
                                      Booking.ends_at > now).order_by(Booking.starts_at))).scalars().all()
            return [self._view(*loaded) for b in rows if (loaded := await self._load(uow.session, b.id))]

    async def agenda(self, advisor_telegram_id: int, start: datetime, end: datetime) -> list[BookingView]:
        """The advisor's requested, confirmed and finished bookings starting in ``[start, end)``."""
        async with self._uow() as uow:
            advisor = (await uow.session.execute(
                select(Advisor).where(Advisor.telegram_id == advisor_telegram_id))).scalar_one_or_none()
            if advisor is None:
                return []
            rows = (await uow.session.execute(
                select(Booking).where(Booking.advisor_id == advisor.id, Booking.starts_at >= start,
                                      Booking.starts_at < end,
                                      Booking.state.in_((*ACTIVE_STATES, BookingState.HELD, BookingState.NO_SHOW)))
                .order_by(Booking.starts_at))).scalars().all()
            return [self._view(*loaded) for b in rows if (loaded := await self._load(uow.session, b.id))]

    # ------------------------------------------------------------------ booking
    async def request_booking(
        self, *, person_id: int, advisor_id: int | None, starts_at: datetime, topic: str, mode: str,
        description: str | None, advisor_ids: Sequence[int] = (),
    ) -> BookingView:
        """Book ``starts_at`` with ``advisor_id`` (or the first of ``advisor_ids`` free then).

        Raises :class:`BookingError` (``slot_taken`` with alternatives when someone was faster).
        """
        if topic not in TOPICS:
            raise BookingError("invalid_topic")
        starts_at = _aware(starts_at).astimezone(UTC)
        description = (description or "").strip()[:1000] or None
        candidates = [advisor_id] if advisor_id is not None else list(advisor_ids)
        if not candidates:
            raise BookingError("no_advisor")
        now = self._clock.now()
        async with self._uow() as uow:
            upcoming = (await uow.session.execute(
                select(func.count()).select_from(Booking).where(
                    Booking.person_id == person_id, Booking.state.in_(ACTIVE_STATES), Booking.ends_at > now))).scalar_one()
        if upcoming >= self.policy.max_upcoming:
            raise BookingError("too_many", limit=self.policy.max_upcoming)
        last_error: BookingError | None = None
        for candidate in candidates:
            try:
                return await self._try_book(person_id, candidate, starts_at, topic, mode, description)
            except BookingError as exc:
                last_error = exc
                if advisor_id is not None or exc.reason not in ("slot_taken", "slot_unavailable", "invalid_mode"):
                    raise
        assert last_error is not None
        raise last_error

    async def _try_book(self, person_id: int, advisor_id: int, starts_at: datetime, topic: str, mode: str,
                        description: str | None) -> BookingView:
        now = self._clock.now()
        try:
            async with self._uow() as uow:
                s = uow.session
                advisor = await s.get(Advisor, advisor_id)
                person = await s.get(Person, person_id)
                if advisor is None or not advisor.active or person is None:
                    raise BookingError("no_advisor")
                if mode not in MODES or mode not in (advisor.modes or {}):
                    raise BookingError("invalid_mode")
                if starts_at not in await self._slots(s, advisor, now=now):
                    raise BookingError("slot_unavailable")
                await self._lock_advisor(s, advisor.id)
                rules = self._rules(advisor)
                auto = advisor.auto_confirm
                booking = Booking(
                    advisor_id=advisor.id, person_id=person_id, starts_at=starts_at,
                    ends_at=starts_at + timedelta(minutes=rules.slot_minutes),
                    state=BookingState.CONFIRMED.value if auto else BookingState.REQUESTED.value,
                    topic=topic, mode=mode, description=description, created_at=now, reschedule_count=0,
                    expires_at=None if auto else min(now + self.policy.request_ttl, starts_at),
                    decided_at=now if auto else None,
                )
                s.add(booking)
                await s.flush()  # the unique index decides here
                await self._check_overlap(s, booking, rules)
                if auto:
                    await self._after_confirm(s, booking, advisor, person)
                    self._event(s, kinds.BOOKING_CONFIRMED, booking, person, outcome="auto")
                else:
                    await self._send_request(s, booking)
                view = self._view(booking, advisor, person)
                await uow.commit()
                return view
        except IntegrityError:
            raise BookingError("slot_taken", await self.next_free_slots(advisor_id)) from None
        except BookingError as exc:
            if exc.reason in ("slot_unavailable", "slot_taken") and not exc.alternatives:
                raise BookingError(exc.reason, await self.next_free_slots(advisor_id)) from None
            raise

    @staticmethod
    async def _lock_advisor(s: AsyncSession, advisor_id: int) -> None:
        """Take the advisor's row lock until commit: the overlap check and the insert of one booking of
        this advisor are not interleaved with another's (PostgreSQL; SQLite has one writer anyway).

        The unique index on the slot start stays the guarantee for the same start; this lock makes the
        overlap check hold for bookings on different slot grids (after a change of slot length).
        """
        await s.execute(select(Advisor.id).where(Advisor.id == advisor_id).with_for_update())

    async def _check_overlap(self, s: AsyncSession, booking: Booking, rules: SlotRules) -> None:
        """Another active booking of the advisor overlapping this one (a different slot grid)."""
        clash = await self._overlap_count(s, booking, timedelta(minutes=rules.buffer_minutes))
        if clash:
            raise BookingError("slot_taken")

    async def _overlap_count(self, s: AsyncSession, booking: Booking, buffer: timedelta) -> int:
        # portable: fetch the day's neighbours and compare in Python (no interval arithmetic in SQL)
        rows = (await s.execute(select(Booking.starts_at, Booking.ends_at).where(
            Booking.advisor_id == booking.advisor_id, Booking.id != booking.id, Booking.state.in_(ACTIVE_STATES),
            Booking.starts_at < booking.ends_at + buffer, Booking.starts_at > booking.starts_at - timedelta(days=1),
        ))).all()
        start, end = _aware(booking.starts_at), _aware(booking.ends_at)
        return sum(1 for r in rows if _aware(r[0]) < end + buffer and _aware(r[1]) + buffer > start)

    async def _send_request(self, s: AsyncSession, booking: Booking, *, moved: bool = False) -> None:
        advisor = await s.get(Advisor, booking.advisor_id)
        assert advisor is not None
        v = booking.reschedule_count or 0
        await self._outbox.add(s, [OutgoingMessage(
            advisor.telegram_id, CONSULTATION, f"booking:{booking.id}:v{v}:request",
            _payload("consult-n-request-moved" if moved else "consult-n-request", booking, "advisor",
                     states=[BookingState.REQUESTED.value],
                     buttons=[[{"key": "consult-btn-accept", "data": f"bk:acc:{booking.id}"},
                               {"key": "consult-btn-decline", "data": f"bk:dec:{booking.id}"}]]),
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
                     buttons=[[{"key": "consult-btn-held", "data": f"bk:held:{booking.id}"},
                               {"key": "consult-btn-noshow", "data": f"bk:noshow:{booking.id}"}]]),
            due_at=end, group_key=group_key(booking.id)))
        if person is not None:
            messages.append(OutgoingMessage(
                person.telegram_id, CONSULTATION, f"{prefix}:feedback",
                _payload("consult-n-feedback", booking, "person",
                         states=[BookingState.CONFIRMED.value, BookingState.HELD.value],
                         buttons=[[{"key": f"consult-btn-star{n}", "data": f"bk:rate:{booking.id}:{n}"}
                                   for n in range(1, 6)]]),
                due_at=end + self.policy.feedback_delay, group_key=group_key(booking.id)))
        await self._outbox.add(s, messages)

    def _event(self, s: AsyncSession, kind: str, booking: Booking, person: Person | None, *, outcome: str = "ok",
               value: float | None = None) -> None:
        """The business-event row with the entrepreneur as actor (they benefit, someone else acted)."""
        s.add(Interaction(
            occurred_at=self._clock.now(), kind=kind, outcome=outcome,
            actor_ref=person.actor_ref if person else None, person_id=person.id if person else None,
            language=person.language if person else None, country=person.country if person else None,
            subject=f"booking:{booking.id}", topic=booking.topic, value=value,
        ))

    async def _transition(self, s: AsyncSession, booking_id: int, from_states: Sequence[str], **values: Any) -> bool:
        result = await s.execute(
            update(Booking).where(Booking.id == booking_id, Booking.state.in_(list(from_states))).values(**values)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def decide(self, booking_id: int, advisor_telegram_id: int, *, accept: bool,
                     reason: str | None = None) -> BookingView:
        """The advisor accepts or declines a request (``not_found`` for anyone but its advisor)."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            loaded = await self._load(s, booking_id)
            if loaded is None or loaded[1].telegram_id != advisor_telegram_id:
                raise BookingError("not_found")
            booking, advisor, person = loaded
            new_state = BookingState.CONFIRMED if accept else BookingState.DECLINED
            reason = (reason or "").strip()[:500] or None
            if not await self._transition(s, booking_id, [BookingState.REQUESTED.value], state=new_state.value,
                                          decided_at=now, decline_reason=None if accept else reason):
                raise BookingError("invalid_state", booking=self._view(booking, advisor, person))
            loaded = await self._load(s, booking_id)
            assert loaded is not None
            booking = loaded[0]
            if accept:
                await self._after_confirm(s, booking, advisor, person)
                self._event(s, kinds.BOOKING_CONFIRMED, booking, person)
            else:
                await self._outbox.cancel_group(group_key(booking_id), s)
                await self._notify_person_fell_through(s, booking, person, "consult-n-declined", "declined")
                self._event(s, kinds.BOOKING_DECLINED, booking, person)
            view = self._view(booking, advisor, person)
            await uow.commit()
            return view

    async def _notify_person_fell_through(self, s: AsyncSession, booking: Booking, person: Person | None, key: str,
                                          what: str) -> None:
        if person is None:
            return
        v = booking.reschedule_count or 0
        await self._outbox.add(s, [OutgoingMessage(
            person.telegram_id, CONSULTATION, f"booking:{booking.id}:v{v}:{what}",
            _payload(key, booking, "person", alternatives=True))])

    async def expire_due(self) -> int:
        """Expire requests the advisor did not answer in time; the person is told and offered other slots."""
        now = self._clock.now()
        async with self._uow() as uow:
            ids = list((await uow.session.execute(select(Booking.id).where(
                Booking.state == BookingState.REQUESTED.value, Booking.expires_at <= now))).scalars())
        count = 0
        for booking_id in ids:
            async with self._uow() as uow:
                s = uow.session
                if not await self._transition(s, booking_id, [BookingState.REQUESTED.value],
                                              state=BookingState.EXPIRED.value, decided_at=now):
                    continue
                loaded = await self._load(s, booking_id)
                assert loaded is not None
                booking, _advisor, person = loaded
                await self._outbox.cancel_group(group_key(booking_id), s)
                await self._notify_person_fell_through(s, booking, person, "consult-n-expired", "expired")
                self._event(s, kinds.BOOKING_EXPIRED, booking, person)
                await uow.commit()
                count += 1
        return count

    async def _load_upcoming(
        self, s: AsyncSession, booking_id: int, now: datetime, *, person_id: int | None = None,
        advisor_telegram_id: int | None = None,
    ) -> tuple[Booking, Advisor, Person | None, BookingView]:
        """An active, upcoming booking of this person (or this advisor); else ``not_found``/``invalid_state``."""
        loaded = await self._load(s, booking_id)
        if loaded is None or (person_id is not None and loaded[0].person_id != person_id) or (
            advisor_telegram_id is not None and loaded[1].telegram_id != advisor_telegram_id
        ):
            raise BookingError("not_found")
        booking, advisor, person = loaded
        view = self._view(booking, advisor, person)
        if booking.state not in ACTIVE_STATES or _aware(booking.starts_at) <= now:
            raise BookingError("invalid_state", booking=view)
        return booking, advisor, person, view

    async def cancel_by_person(self, booking_id: int, person_id: int) -> BookingView:
        """The person cancels; refused (``too_late``) inside the change window."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            booking, advisor, _person, view = await self._load_upcoming(s, booking_id, now, person_id=person_id)
            if self._too_late(booking.starts_at, now):
                raise BookingError("too_late", booking=view)
            if not await self._transition(s, booking_id, ACTIVE_STATES, state=BookingState.CANCELLED.value,
                                          cancelled_at=now, cancelled_by="person"):
                raise BookingError("invalid_state", booking=view)
            await self._outbox.cancel_group(group_key(booking_id), s)
            await self._outbox.add(s, [OutgoingMessage(
                advisor.telegram_id, CONSULTATION, f"booking:{booking_id}:v{view.version}:cancelled:advisor",
                _payload("consult-n-cancelled-by-person", booking, "advisor"))])
            await uow.commit()
            return replace(view, state=BookingState.CANCELLED.value, cancelled_by="person")

    async def cancel_by_advisor(self, booking_id: int, advisor_telegram_id: int, reason: str | None) -> BookingView:
        """The advisor cancels with a reason; the person is told and offered other slots."""
        now = self._clock.now()
        reason = (reason or "").strip()[:500] or None
        async with self._uow() as uow:
            s = uow.session
            booking, _advisor, person, view = await self._load_upcoming(
                s, booking_id, now, advisor_telegram_id=advisor_telegram_id)
            if not await self._transition(s, booking_id, ACTIVE_STATES, state=BookingState.CANCELLED.value,
                                          cancelled_at=now, cancelled_by="advisor", cancel_reason=reason):
                raise BookingError("invalid_state", booking=view)
            await s.refresh(booking)
            await self._outbox.cancel_group(group_key(booking_id), s)
            await self._notify_person_fell_through(s, booking, person, "consult-n-cancelled-by-advisor", "cancelled")
            self._event(s, kinds.BOOKING_CANCELLED, booking, person, outcome="by_advisor")
            await uow.commit()
            return replace(view, state=BookingState.CANCELLED.value, cancelled_by="advisor", cancel_reason=reason)

    async def reschedule(self, booking_id: int, person_id: int, new_start: datetime) -> BookingView:
        """Move the person's booking to another free slot of the same advisor.

        The advisor confirms the new time again (unless auto-confirm); old reminders are cancelled.
        """
        now = self._clock.now()
        new_start = _aware(new_start).astimezone(UTC)
        advisor_id: int | None = None
        try:
            async with self._uow() as uow:
                s = uow.session
                loaded = await self._load(s, booking_id)
                if loaded is None or loaded[0].person_id != person_id:
                    raise BookingError("not_found")
                booking, advisor, person = loaded
                advisor_id = advisor.id
                view = self._view(booking, advisor, person)
                self.ensure_changeable(view)
                if new_start not in await self._slots(s, advisor, exclude_booking=booking_id, now=now):
                    raise BookingError("slot_unavailable", booking=view)
                await self._lock_advisor(s, advisor.id)
                rules = self._rules(advisor)
                auto = advisor.auto_confirm
                version = (booking.reschedule_count or 0) + 1
                old_key = group_key(booking_id)
                if not await self._transition(
                    s, booking_id, ACTIVE_STATES, starts_at=new_start,
                    ends_at=new_start + timedelta(minutes=rules.slot_minutes),
                    state=BookingState.CONFIRMED.value if auto else BookingState.REQUESTED.value,
                    reschedule_count=version, decided_at=now if auto else None,
                    expires_at=None if auto else min(now + self.policy.request_ttl, new_start),
                ):
                    raise BookingError("invalid_state", booking=view)
                await s.flush()
                await self._outbox.cancel_group(old_key, s)
                await s.refresh(booking)
                await self._check_overlap(s, booking, rules)
                if auto:
                    await self._after_confirm(s, booking, advisor, person)
                else:
                    await self._send_request(s, booking, moved=True)
                result = self._view(booking, advisor, person)
                await uow.commit()
                return result
        except IntegrityError:
            assert advisor_id is not None
            raise BookingError("slot_taken", await self.next_free_slots(advisor_id, exclude_booking=booking_id)) from None
        except BookingError as exc:
            if exc.reason in ("slot_unavailable", "slot_taken") and exc.booking is not None and not exc.alternatives:
                raise BookingError(exc.reason, await self.next_free_slots(exc.booking.advisor_id,
                                                                         exclude_booking=booking_id),
                                   booking=exc.booking) from None
            raise

    async def record_attendance(self, booking_id: int, advisor_telegram_id: int, *, held: bool) -> BookingView:
        """The advisor says whether the consultation took place (only once it has begun)."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            loaded = await self._load(s, booking_id)
            if loaded is None or loaded[1].telegram_id != advisor_telegram_id:
                raise BookingError("not_found")
            booking, advisor, person = loaded
            view = self._view(booking, advisor, person)
            if _aware(booking.starts_at) > now:
                raise BookingError("too_early", booking=view)
            state = BookingState.HELD if held else BookingState.NO_SHOW
            if not await self._transition(s, booking_id, [BookingState.CONFIRMED.value], state=state.value,
                                          attendance_at=now):
                raise BookingError("invalid_state", booking=view)
            self._event(s, kinds.BOOKING_HELD if held else kinds.BOOKING_NO_SHOW, booking, person)
            await uow.commit()
            return replace(view, state=state.value)

    async def set_outcome_note(self, booking_id: int, advisor_telegram_id: int | None, note: str) -> BookingView:
        """A short outcome note (advisors and staff see it); ``advisor_telegram_id`` None = staff."""
        async with self._uow() as uow:
            s = uow.session
            loaded = await self._load(s, booking_id)
            if loaded is None or (advisor_telegram_id is not None and loaded[1].telegram_id != advisor_telegram_id):
                raise BookingError("not_found")
            booking, advisor, person = loaded
            if booking.state not in (BookingState.HELD, BookingState.NO_SHOW):
                raise BookingError("invalid_state", booking=self._view(booking, advisor, person))
            booking.outcome_note = note.strip()[:1000] or None
            await uow.commit()
            return self._view(booking, advisor, person)

    async def record_feedback(self, booking_id: int, person_id: int, rating: int) -> BookingView:
        """The person rates the consultation 1-5 (may change the rating later).

        One rating per booking: the ``booking.feedback`` interaction (the fact the satisfaction indicator
        averages) is written with the first rating and updated by a change, never added again; a refused
        rating (another person's booking, one still requested or not begun) writes nothing here.
        """
        if not 1 <= rating <= 5:
            raise BookingError("invalid_state")
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            loaded = await self._load(s, booking_id)
            if loaded is None or loaded[0].person_id != person_id:
                raise BookingError("not_found")
            booking, advisor, person = loaded
            rateable = [BookingState.CONFIRMED.value, BookingState.HELD.value]
            if booking.state not in rateable or _aware(booking.starts_at) > now:
                raise BookingError("invalid_state", booking=self._view(booking, advisor, person))
            # the conditional update locks the booking row: two ratings of one booking are serialised
            if not await self._transition(s, booking_id, rateable, rating=rating, feedback_at=now):
                raise BookingError("invalid_state", booking=self._view(booking, advisor, person))
            booking.rating, booking.feedback_at = rating, now
            fact = (await s.execute(select(Interaction).where(
                Interaction.kind == kinds.BOOKING_FEEDBACK, Interaction.subject == f"booking:{booking.id}")
                .order_by(Interaction.id).limit(1))).scalar_one_or_none()
            if fact is None:
                self._event(s, kinds.BOOKING_FEEDBACK, booking, person, value=float(rating))
            else:
                fact.value = float(rating)
            await uow.commit()
            return self._view(booking, advisor, person)

    async def set_feedback_comment(self, booking_id: int, person_id: int, comment: str) -> BookingView:
        """An optional comment after the rating."""
        async with self._uow() as uow:
            s = uow.session
            loaded = await self._load(s, booking_id)
            if loaded is None or loaded[0].person_id != person_id or loaded[0].rating is None:
                raise BookingError("not_found")
            booking, advisor, person = loaded
            booking.feedback_comment = comment.strip()[:1000] or None
            booking.feedback_at = self._clock.now()
            await uow.commit()
            return self._view(booking, advisor, person)

    async def bookings_with_advisor_filter(self, state: str | None = None) -> list[BookingView]:
        """All bookings (staff views and tests), newest first."""
        async with self._uow() as uow:
            query = select(Booking).order_by(Booking.id.desc()).limit(500)
            if state is not None:
                query = query.where(Booking.state == state)
            rows = (await uow.session.execute(query)).scalars().all()
            return [self._view(*loaded) for b in rows if (loaded := await self._load(uow.session, b.id))]


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


def validate_spec(spec: AdvisorSpec) -> None:
    """Raise ValueError when an advisor spec is not usable."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from helpdesk_bot.config import LANGUAGES

    if spec.telegram_id <= 0:
        raise ValueError("telegram_id must be a positive Telegram user id")
    if not spec.name.strip():
        raise ValueError("name is required")
    try:
        ZoneInfo(spec.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {spec.timezone!r}") from exc
    bad = [lang for lang in spec.languages if lang not in LANGUAGES]
    if bad or not spec.languages:
        raise ValueError(f"languages must be some of {', '.join(LANGUAGES)}")
    bad = [t for t in spec.expertise if t not in TOPICS]
    if bad or not spec.expertise:
        raise ValueError(f"expertise must be some of {', '.join(TOPICS)} (got {', '.join(bad) or 'none'})")
    bad = [m for m in spec.modes if m not in MODES]
    if bad or not spec.modes:
        raise ValueError(f"modes must be some of {', '.join(MODES)}")
    if "online" in spec.modes and not spec.modes["online"].startswith(("https://", "http://")):
        raise ValueError("the online mode needs a meeting link (https://...)")
    if "in_person" in spec.modes and not spec.modes["in_person"].strip():
        raise ValueError("the in_person mode needs an address")
    if spec.slot_minutes is not None and not 10 <= spec.slot_minutes <= 240:
        raise ValueError("slot_minutes must be between 10 and 240")
    for value, name in ((spec.buffer_minutes, "buffer_minutes"), (spec.min_notice_hours, "min_notice_hours"),
                        (spec.horizon_days, "horizon_days")):
        if value is not None and value < 0:
            raise ValueError(f"{name} must not be negative")
