"""Calendar files (.ics) for makerspace bookings (like the consultations' ones, their own UID space)."""

from __future__ import annotations

from datetime import datetime

from helpdesk_bot.makerspace.views import MakerBookingView
from helpdesk_bot.scheduling.ics import event_ics

PRODID = "-//Help desk for creative entrepreneurs//Makerspace//EN"


def booking_ics(booking: MakerBookingView, *, timezone: str, summary: str, description: str, location: str,
                now: datetime) -> bytes:
    """An iCalendar file with the booking in ``timezone``; the UID stays when it moves, SEQUENCE grows."""
    return event_ics(prodid=PRODID, uid=f"makerspace-{booking.id}@helpdesk-bot", sequence=booking.version,
                     starts_at=booking.starts_at, ends_at=booking.ends_at, timezone=timezone, summary=summary,
                     description=description, location=location, now=now,
                     cancelled=booking.state == "cancelled")
