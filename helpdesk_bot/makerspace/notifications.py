"""The outbox renderer of makerspace messages: rendered from the booking at send time.

A message is dropped when its booking is gone, is no longer in a state the message was about, or has
moved (its version changed). Times are in the maker's zone, zone named. Buttons are intents
(:data:`ACTION_VERBS`) that the Telegram adapter encodes (the domain never builds callback data).
"""

from __future__ import annotations

import html
import re
from typing import Any

from helpdesk_bot.broadcasts.delivery import (
    Attachment,
    ButtonIntent,
    ButtonSpec,
    Recipient,
    RenderedMessage,
    Renderer,
)
from helpdesk_bot.clock import Clock
from helpdesk_bot.i18n.catalog import ArgValue, Translator
from helpdesk_bot.i18n.formatting import format_datetime, format_time
from helpdesk_bot.makerspace.ics import booking_ics
from helpdesk_bot.makerspace.service import MakerspaceService
from helpdesk_bot.makerspace.views import MakerBookingView

ACTION_VERBS = {"rebook_unit": "ru", "rebook_time": "rt"}
"""The ``ms`` button intent of each action a message offers (see :class:`ButtonIntent`)."""
"""(action, booking id) -> callback data of its button."""


def booking_args(booking: MakerBookingView, lang: str, timezone: str) -> dict[str, ArgValue]:
    """The arguments every makerspace message may use (strings are escaped by the translator)."""
    return {
        "resource": booking.resource_name(lang),
        "when": format_datetime(booking.starts_at, lang, timezone),
        "until": format_time(booking.ends_at, lang, timezone),
        "unit": str(booking.unit),
        "units": str(booking.units),
        "minutes": str(int((booking.ends_at - booking.starts_at).total_seconds() // 60)),
        "person": booking.person_name,
        "id": str(booking.id),
    }


def plain(text: str) -> str:
    """Calendar texts are plain: undo the translator's HTML escaping and drop tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def calendar_file(booking: MakerBookingView, translator: Translator, lang: str, timezone: str,
                  clock: Clock) -> Attachment:
    """The booking's .ics for a reader in ``lang`` and ``timezone``."""
    args = booking_args(booking, lang, timezone)
    content = booking_ics(booking, timezone=timezone, summary=plain(translator.format(lang, "ms-ics-summary", args)),
                          description=plain(translator.format(lang, "ms-ics-description", args)), location="",
                          now=clock.now())
    return Attachment(f"makerspace-{booking.id}.ics", content)


def makerspace_renderer(service: MakerspaceService, translator: Translator, clock: Clock) -> Renderer:
    """The renderer of :data:`~helpdesk_bot.makerspace.store.MAKERSPACE` outbox payloads."""

    async def render(payload: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        booking = await service.get_booking(int(payload["booking"]))
        if booking is None or booking.state not in (payload.get("states") or [booking.state]):
            return None
        if int(payload.get("v", booking.version)) != booking.version:
            return None  # the booking moved: this message was about the old time
        lang = recipient.language
        args = booking_args(booking, lang, recipient.timezone)
        args.update(payload.get("args") or {})
        text = translator.format(lang, str(payload["key"]), args)
        rows = [[ButtonSpec(translator(lang, f"ms-btn-{action}"), intent=ButtonIntent("ms", ACTION_VERBS[action], (booking.id,)))]
                for action in payload.get("actions", [])]
        attachment = calendar_file(booking, translator, lang, recipient.timezone, clock) if payload.get("ics") else None
        return RenderedMessage(text=text, buttons=rows, attachment=attachment)

    return render
