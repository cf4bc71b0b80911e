"""What the person changes about their booking: cancel, reschedule, rate and comment."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from helpdesk_bot.broadcasts.outbox import OutgoingMessage
from helpdesk_bot.consultations.core import CONSULTATION, _aware, _payload, group_key
from helpdesk_bot.consultations.decisions import AdvisorDecisions
from helpdesk_bot.consultations.models import (
    ACTIVE_STATES,
    BookingState,
)
from helpdesk_bot.consultations.views import (
    BookingError,
    BookingView,
)
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.models import Interaction


class PersonChanges(AdvisorDecisions):
    """The person's side of a booking's life cycle."""

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
                try:
                    await self._check_overlap(s, booking, rules)
                except BookingError as exc:  # a booking on another slot grid: refused like a taken slot (times offered)
                    raise BookingError(exc.reason, booking=view) from None
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
