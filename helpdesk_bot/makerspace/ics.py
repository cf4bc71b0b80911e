"""Calendar files (.ics) for makerspace bookings (like the consultations' ones, their own UID space)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from helpdesk_bot.makerspace.views import MakerBookingView

PRODID = "-//Help desk for creative entrepreneurs//Makerspace//EN"


def booking_ics(booking: MakerBookingView, *, timezone: str, summary: str, description: str, location: str,
                now: datetime) -> bytes:
    """An iCalendar file with the booking in ``timezone``; the UID stays when it moves, SEQUENCE grows."""
    import icalendar  # here, not at import: most processes never make a calendar

    zone = ZoneInfo(timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"makerspace-{booking.id}@helpdesk-bot")
    event.add("sequence", booking.version)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", booking.starts_at.astimezone(zone))
    event.add("dtend", booking.ends_at.astimezone(zone))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    event.add("status", "CANCELLED" if booking.state == "cancelled" else "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
