"""Texts about events in a reader's language (shared by the handlers and the outbox renderers)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from helpdesk_bot.events.views import EventView
from helpdesk_bot.i18n.catalog import Markup, Translator, html_join
from helpdesk_bot.i18n.formatting import format_datetime, format_time


def when_text(event: EventView, lang: str, timezone: str) -> str:
    """``Mon, 7 Dec 2026, 10:00 (Europe/Warsaw) – 16:00`` (the end with its date when on another day)."""
    start = format_datetime(event.starts_at, lang, timezone)
    zone = ZoneInfo(timezone)
    if event.starts_at.astimezone(zone).date() == event.ends_at.astimezone(zone).date():
        end = format_time(event.ends_at, lang, timezone)
    else:
        end = format_datetime(event.ends_at, lang, timezone)
    return f"{start} – {end}"


def event_card(tr: Translator, event: EventView, lang: str, timezone: str, now: datetime, *,
               with_description: bool = True) -> Markup:
    """The event as an HTML message in ``lang``: title, kind, time, place, topics, registration."""
    lines = [Markup("<b>{}</b>").format(event.title(lang))]
    lines.append(tr(lang, "ev-card-kind", kind=tr(lang, f"ev-kind-{event.kind}")))
    lines.append(tr(lang, "ev-card-when", when=when_text(event, lang, timezone)))
    if event.venue:
        lines.append(tr(lang, "ev-card-venue", venue=event.venue))
    if event.online_url:
        lines.append(tr(lang, "ev-card-online", url=event.online_url))
    if event.organiser:
        lines.append(tr(lang, "ev-card-organiser", organiser=event.organiser))
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
                lines.append(tr(lang, "ev-card-deadline",
                                deadline=format_datetime(event.deadline, lang, timezone)))
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
