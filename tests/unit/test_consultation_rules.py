"""The change-window rule of the consultation use cases, with nothing but a clock (no database)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations.service import ConsultationPolicy, ConsultationService
from helpdesk_bot.consultations.views import BookingError, BookingView


def _booking(clock: ManualClock, *, hours_ahead: float, state: str = "confirmed") -> BookingView:
    starts = clock.now() + timedelta(hours=hours_ahead)
    return BookingView(id=1, state=state, starts_at=starts, ends_at=starts + timedelta(hours=1), topic="taxes",
                       mode="online", place="", description=None, advisor_id=1, advisor_name="Tomas",
                       advisor_telegram_id=2001, advisor_timezone="Europe/Warsaw", person_id=1,
                       person_telegram_id=101, person_name="Ewa", person_timezone="Europe/Warsaw",
                       person_language="en")


def _service(clock: ManualClock) -> ConsultationService:
    return ConsultationService(None, clock, None, ConsultationPolicy(change_window=timedelta(hours=12)))  # type: ignore[arg-type]


@pytest.mark.parametrize(("hours", "state", "reason"), [
    (13, "confirmed", None), (13, "requested", None), (11.9, "confirmed", "too_late"),
    (-1, "confirmed", "invalid_state"), (48, "cancelled", "invalid_state"), (48, "declined", "invalid_state"),
])
def test_a_change_is_allowed_only_for_an_active_booking_outside_the_window(hours: float, state: str,
                                                                          reason: str | None) -> None:
    clock = ManualClock()
    service = _service(clock)
    booking = _booking(clock, hours_ahead=hours, state=state)
    if reason is None:
        service.ensure_changeable(booking)
        return
    with pytest.raises(BookingError) as refused:
        service.ensure_changeable(booking)
    assert refused.value.reason == reason and refused.value.booking == booking
