"""Calendar files (.ics) for confirmed consultations."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from helpdesk_bot.consultations.views import BookingView

PRODID = "-//Help desk for creative entrepreneurs//Consultations//EN"


def booking_ics(booking: BookingView, *, timezone: str, summary: str, description: str, location: str,
                now: datetime, url: str | None = None) -> bytes:
    """An iCalendar file with one event: start and end in ``timezone`` (TZID with its VTIMEZONE).

    The UID stays the same when the booking moves, so calendars update the event instead of adding one;
    SEQUENCE grows with every move.
    """
    import icalendar  # here, not at import: most processes (a dispatcher, the CLI) never make a calendar

    zone = ZoneInfo(timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"booking-{booking.id}@helpdesk-bot")
    event.add("sequence", booking.version)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", booking.starts_at.astimezone(zone))
    event.add("dtend", booking.ends_at.astimezone(zone))
    event.add("summary", summary)
    event.add("description", description)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    event.add("status", "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
