"""Calendar files (.ics) for confirmed consultations."""

from __future__ import annotations

from datetime import datetime

from helpdesk_bot.consultations.views import BookingView
from helpdesk_bot.scheduling.ics import event_ics

PRODID = "-//Help desk for creative entrepreneurs//Consultations//EN"


def booking_ics(booking: BookingView, *, timezone: str, summary: str, description: str, location: str,
                now: datetime, url: str | None = None) -> bytes:
    """An iCalendar file with the consultation; the UID stays when it moves, SEQUENCE grows."""
    return event_ics(prodid=PRODID, uid=f"booking-{booking.id}@helpdesk-bot", sequence=booking.version,
                     starts_at=booking.starts_at, ends_at=booking.ends_at, timezone=timezone, summary=summary,
                     description=description, location=location, now=now, url=url)
