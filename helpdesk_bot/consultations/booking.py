"""Booking a slot and reading bookings.

No double booking: the partial unique index on ``(advisor_id, starts_at)`` over active bookings
rejects a second booking of a slot; a loser gets :class:`BookingError` ``slot_taken`` with the next
free slots.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.consultations import rules as checks
from helpdesk_bot.consultations.availability import AdvisorsAndSlots
from helpdesk_bot.consultations.core import _aware
from helpdesk_bot.consultations.models import (
    ACTIVE_STATES,
    Advisor,
    Booking,
    BookingState,
)
from helpdesk_bot.consultations.phone import normalise_phone
from helpdesk_bot.consultations.slots import (
    SlotRules,
)
from helpdesk_bot.consultations.views import (
    BookingError,
    BookingView,
)
from helpdesk_bot.indicators import kinds
from helpdesk_bot.people.models import Person


class Bookings(AdvisorsAndSlots):
    """Requesting a booking, and the bookings of a person or an advisor."""

    async def get_booking(self, booking_id: int) -> BookingView | None:
        """One booking (no access check: for renderers and checked callers)."""
        async with self._uow() as uow:
            loaded = await self._load(uow.session, booking_id)
            return self._view(*loaded) if loaded else None

    async def booking_for_person(self, booking_id: int, person_id: int) -> BookingView:
        """The booking if it belongs to ``person_id``, else ``not_found`` (forged ids look like unknown ones)."""
        return checks.check_owner(await self.get_booking(booking_id), person_id)

    def ensure_changeable(self, booking: BookingView) -> None:
        """The rule for a person's change (cancel, reschedule): an upcoming active booking outside the
        change window; else :class:`BookingError` ``invalid_state`` or ``too_late``."""
        checks.check_changeable(booking, self._clock.now(), self.policy.change_window)

    async def booking_for_advisor(self, booking_id: int, telegram_id: int) -> BookingView:
        """The booking if ``telegram_id`` is its advisor, else ``not_found``."""
        return checks.check_advisor_of(await self.get_booking(booking_id), telegram_id)

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

    async def bookings_with_advisor_filter(self, state: str | None = None) -> list[BookingView]:
        """All bookings (staff views and tests), newest first."""
        async with self._uow() as uow:
            query = select(Booking).order_by(Booking.id.desc()).limit(500)
            if state is not None:
                query = query.where(Booking.state == state)
            rows = (await uow.session.execute(query)).scalars().all()
            return [self._view(*loaded) for b in rows if (loaded := await self._load(uow.session, b.id))]

    async def request_booking(
        self, *, person_id: int, advisor_id: int | None, starts_at: datetime, topic: str, mode: str,
        description: str | None, advisor_ids: Sequence[int] = (), phone: str | None = None,
    ) -> BookingView:
        """Book ``starts_at`` with ``advisor_id`` (or the first of ``advisor_ids`` free then: an advisor of
        the choice who is taken, lacks the mode or was hidden meanwhile is passed over).

        ``phone`` (the person's number) is kept for a phone consultation only (``invalid_phone`` when it
        does not look like a number). Raises :class:`BookingError` (``slot_taken`` with alternatives when
        someone was faster).
        """
        starts_at = _aware(starts_at).astimezone(UTC)
        description = (description or "").strip()[:1000] or None
        phone = normalise_phone(phone) if mode == "phone" and phone else None
        if mode == "phone" and phone is None:
            raise BookingError("invalid_phone")
        candidates = [advisor_id] if advisor_id is not None else list(advisor_ids)
        now = self._clock.now()
        async with self._uow() as uow:
            upcoming = await self._calendar(uow.session).upcoming_count(person_id, now)
        checks.check_request(topic=topic, candidates=candidates, upcoming=upcoming,
                            max_upcoming=self.policy.max_upcoming)
        last_error: BookingError | None = None
        for candidate in candidates:
            try:
                return await self._try_book(person_id, candidate, starts_at, topic, mode, description, phone)
            except BookingError as exc:
                if advisor_id is not None or exc.reason not in ("slot_taken", "slot_unavailable", "invalid_mode",
                                                                 "no_advisor"):
                    raise
                if last_error is None or exc.reason != "no_advisor":
                    last_error = exc  # why the slot is not free (with alternatives) says more than a hidden advisor
        assert last_error is not None
        raise last_error

    async def _try_book(self, person_id: int, advisor_id: int, starts_at: datetime, topic: str, mode: str,
                        description: str | None, phone: str | None = None) -> BookingView:
        now = self._clock.now()
        try:
            async with self._uow() as uow:
                s = uow.session
                await checks.check_slot(self._calendar(s), advisor_id, starts_at=starts_at, mode=mode, now=now)
                advisor = await s.get(Advisor, advisor_id)
                person = await s.get(Person, person_id)
                if advisor is None or person is None:
                    raise BookingError("no_advisor")
                await self._lock_advisor(s, advisor.id)
                rules = self._rules(advisor)
                auto = advisor.auto_confirm
                booking = Booking(
                    advisor_id=advisor.id, person_id=person_id, starts_at=starts_at,
                    ends_at=starts_at + timedelta(minutes=rules.slot_minutes),
                    state=BookingState.CONFIRMED.value if auto else BookingState.REQUESTED.value,
                    topic=topic, mode=mode, description=description, phone=phone, created_at=now,
                    reschedule_count=0,
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
