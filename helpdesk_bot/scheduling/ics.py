"""One calendar file (.ics) with one event: the shared writer of consultations and makerspace bookings."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def event_ics(*, prodid: str, uid: str, sequence: int, starts_at: datetime, ends_at: datetime, timezone: str,
              summary: str, description: str | None, location: str | None, now: datetime,
              url: str | None = None, cancelled: bool = False) -> bytes:
    """An iCalendar file with one event, start and end in ``timezone`` (TZID with its VTIMEZONE).

    Keep ``uid`` when the booking moves and raise ``sequence``: calendars then update the event
    instead of adding another one.
    """
    import icalendar  # here, not at import: most processes (a dispatcher, the CLI) never make a calendar

    zone = ZoneInfo(timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", starts_at.astimezone(zone))
    event.add("dtend", ends_at.astimezone(zone))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
