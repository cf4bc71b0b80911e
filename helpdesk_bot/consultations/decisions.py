"""What advisors (and the scheduler) decide about a booking: accept, decline, expire, cancel, attendance.

When the person who benefits is not the one acting, the business-event row of the interaction log
is written with the entrepreneur as actor (see :mod:`helpdesk_bot.indicators.kinds`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.consultations import rules as checks
from helpdesk_bot.consultations.booking import Bookings
from helpdesk_bot.consultations.core import _aware, group_key
from helpdesk_bot.consultations.models import (
    ACTIVE_STATES,
    Advisor,
    Booking,
    BookingState,
)
from helpdesk_bot.consultations.views import (
    BookingError,
    BookingView,
)
from helpdesk_bot.indicators import kinds
from helpdesk_bot.people.models import Person


class AdvisorDecisions(Bookings):
    """The advisor's side of a booking's life cycle."""

    async def decide(self, booking_id: int, advisor_telegram_id: int, *, accept: bool,
                     reason: str | None = None) -> BookingView:
        """The advisor accepts or declines a request (``not_found`` for anyone but its advisor)."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            loaded = await self._load(s, booking_id)
            view = checks.check_advisor_of(self._view(*loaded) if loaded else None, advisor_telegram_id)
            checks.check_decidable(view)
            assert loaded is not None
            booking, advisor, person = loaded
            new_state = BookingState.CONFIRMED if accept else BookingState.DECLINED
            reason = (reason or "").strip()[:500] or None
            if not await self._transition(s, booking_id, [BookingState.REQUESTED.value], state=new_state.value,
                                          decided_at=now, decline_reason=None if accept else reason):
                raise BookingError("invalid_state", booking=view)  # decided meanwhile (another press, expiry)
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
