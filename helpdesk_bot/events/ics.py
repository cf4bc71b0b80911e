"""iCalendar (.ics) files for events (RFC 5545, through the ``icalendar`` package)."""

from __future__ import annotations

from datetime import datetime

from helpdesk_bot.events.views import EventView


def event_ics(event: EventView, lang: str, now: datetime, *, link: str | None = None,
              organiser: str | None = None) -> bytes:
    """A calendar file with the event in ``lang`` (or its default language); UTC times.

    ``organiser`` is the organiser's name as the reader sees it (the centre's name in ``lang``,
    :func:`helpdesk_bot.events.presentation.organiser_name`); by default the stored one.
    """
    from icalendar import Calendar  # here, not at import: most processes never make a calendar
    from icalendar import Event as IcsEvent

    calendar = Calendar()
    calendar.add("prodid", "-//helpdesk-bot//events//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    item = IcsEvent()
    item.add("uid", f"event-{event.id}@helpdesk-bot")
    item.add("sequence", event.revision)
    item.add("dtstamp", now)
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at)
    item.add("summary", event.title(lang))
    description = event.description(lang)
    if event.online_url:
        description = f"{description}\n\n{event.online_url}".strip()
    organiser = organiser or event.organiser
    if organiser:
        description = f"{description}\n\n{organiser}".strip()
    if link:
        description = f"{description}\n\n{link}".strip()
    if description:
        item.add("description", description)
    location = event.venue or event.online_url
    if location:
        item.add("location", location)
    if event.online_url:
        item.add("url", event.online_url)
    item.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    calendar.add_component(item)
    return bytes(calendar.to_ical())


def ics_filename(event: EventView) -> str:
    """A safe file name for the event's calendar file."""
    return f"event-{event.id}.ics"
