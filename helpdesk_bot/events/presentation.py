"""Texts about events in a reader's language (shared by the handlers and the outbox renderers)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from helpdesk_bot.events.views import CENTRE_ORGANISER, EventView
from helpdesk_bot.i18n.catalog import Markup, Translator, html_join
from helpdesk_bot.i18n.formatting import LocalTime, format_datetime, format_time, local_span, same_local_time


def when_text(event: EventView, lang: str, timezone: str) -> LocalTime:
    """``Mon, 7 Dec 2026, 10:00 – 16:00`` (the end with its date when on another day)."""
    start = format_datetime(event.starts_at, lang, timezone)
    zone = ZoneInfo(timezone)
    if event.starts_at.astimezone(zone).date() == event.ends_at.astimezone(zone).date():
        end = format_time(event.ends_at, lang, timezone)
    else:
        end = format_datetime(event.ends_at, lang, timezone)
    return local_span(start, end)


def organiser_name(tr: Translator, event: EventView, lang: str) -> str | None:
    """Who organises the event, in ``lang``: the centre by its name in that language, else as stored."""
    if event.organiser and event.organiser.strip().lower() == CENTRE_ORGANISER:
        return tr.centre_name(lang)
    return event.organiser


def event_card(tr: Translator, event: EventView, lang: str, timezone: str, now: datetime, *,
               with_description: bool = True, name_zone: bool = True) -> Markup:
    """The event as an HTML message in ``lang``: title, kind, time, place, topics, registration.

    The last line names the zone of its times, unless ``name_zone`` is false (a text above names it); an
    event with a venue in another zone also shows its time there.
    """
    lines = [Markup("<b>{}</b>").format(event.title(lang))]
    lines.append(tr(lang, "ev-card-kind", kind=tr(lang, f"ev-kind-{event.kind}")))
    when = when_text(event, lang, timezone)
    lines.append(tr(lang, "ev-card-when-line", when=when))
    if event.venue:
        lines.append(tr(lang, "ev-card-venue", venue=event.venue))
    if event.online_url:
        lines.append(tr(lang, "ev-card-online", url=event.online_url))
    organiser = organiser_name(tr, event, lang)
    if organiser:
        lines.append(tr(lang, "ev-card-organiser", organiser=organiser))
    if event.topics:
        lines.append(tr(lang, "ev-card-topics", topics=html_join(", ", (tr(lang, f"topic-{t}") for t in event.topics))))
    if event.is_cancelled:
        lines.append(tr(lang, "ev-card-cancelled"))
    elif event.registration_mode == "external" and event.registration_url:
        lines.append(tr(lang, "ev-card-external", url=event.registration_url))
    elif event.registration_mode == "bot":
        if not event.registration_open(now):
            lines.append(tr(lang, "ev-card-closed"))
        else:
            left = event.seats_left
            if left is None:
                lines.append(tr(lang, "ev-card-open"))
            elif left > 0:
                lines.append(tr(lang, "ev-card-seats", count=left))
            else:
                lines.append(tr(lang, "ev-card-full", count=event.waitlisted))
            if event.registration_deadline is not None:
                lines.append(tr(lang, "ev-card-deadline-line",
                                deadline=format_datetime(event.deadline, lang, timezone)))
    if name_zone:
        lines.append(tr(lang, "time-zone-line", zone=timezone))
        if event.venue and not same_local_time(event.timezone, timezone, event.starts_at):
            # people travel to it: the time on the clocks there too
            lines.append(tr(lang, "ev-card-venue-time-line", when=when_text(event, lang, event.timezone),
                            zone=event.timezone))
    description = event.description(lang)
    text = html_join("\n", lines)
    if with_description and description:
        text += "\n\n" + tr(lang, "ev-description", description=description)
    if event.text_language(lang) != lang:
        text += "\n\n" + tr(lang, "ev-other-language")
    return text


def event_line(tr: Translator, event: EventView, lang: str, timezone: str, index: int) -> Markup:
    """One line of the events list."""
    return tr(lang, "ev-list-line", n=index, title=event.title(lang), kind=tr(lang, f"ev-kind-{event.kind}"),
              when=format_datetime(event.starts_at, lang, timezone))
