"""The outbox renderer of consultation messages: rendered from the booking at send time.

A message is dropped (not sent) when its booking is gone, is no longer in the state it was about,
or has moved to another time. Times are shown in the entrepreneur's zone to the entrepreneur and in
the advisor's zone to the advisor; each message names its zone once (the translator adds the line), and
the advisor's also names the entrepreneur's zone when the two show the time differently. The entrepreneur's
number for a phone consultation is in the advisor's messages about the booking only (:data:`ADVISOR_PHONE_KEYS`).
"""

from __future__ import annotations

from typing import Any

from helpdesk_bot.broadcasts.delivery import (
    Attachment,
    ButtonIntent,
    ButtonSpec,
    Recipient,
    RenderedMessage,
    Renderer,
)
from helpdesk_bot.broadcasts.renderers import payload_button
from helpdesk_bot.clock import Clock
from helpdesk_bot.consultations.ics import booking_ics
from helpdesk_bot.consultations.service import ConsultationService
from helpdesk_bot.consultations.views import BookingView
from helpdesk_bot.i18n.catalog import ArgValue, Markup, Translator
from helpdesk_bot.i18n.formatting import format_datetime, same_local_time

ADVISOR_PHONE_KEYS = frozenset({"consult-n-request", "consult-n-request-moved", "consult-n-confirmed-advisor",
                                "consult-n-reminder"})
"""The advisor's messages that carry the entrepreneur's number (a phone consultation)."""


def booking_args(booking: BookingView, translator: Translator, lang: str, timezone: str) -> dict[str, ArgValue]:
    """The arguments every consultation message may use (strings are escaped by the translator)."""
    return {
        "when": format_datetime(booking.starts_at, lang, timezone),
        "advisor": booking.advisor_name,
        "person": booking.person_name,
        "topic": translator(lang, f"topic-{booking.topic}"),
        "mode": translator(lang, f"consult-mode-{booking.mode}"),
        "place": booking.place or "—",
        "description": booking.description or "—",
        "id": str(booking.id),
    }


def phone_for_advisor(booking: BookingView, translator: Translator, lang: str) -> Markup | None:
    """The line with the entrepreneur's number for the booking's advisor (None: not a phone consultation).

    Only for the advisor of ``booking``: the caller has checked who reads it.
    """
    if booking.mode != "phone" or not booking.phone:
        return None
    return translator(lang, "consult-phone-for-advisor", phone=booking.phone)


def person_zone_note(booking: BookingView, translator: Translator, lang: str) -> Markup | None:
    """For the advisor: the entrepreneur's zone and local time, when they differ from the advisor's."""
    person_zone = booking.person_timezone
    if not person_zone or same_local_time(person_zone, booking.advisor_timezone, booking.starts_at):
        return None
    return translator(lang, "consult-person-zone", person=booking.person_name, zone=person_zone,
                      time=str(format_datetime(booking.starts_at, lang, person_zone)))


def consultation_renderer(service: ConsultationService, translator: Translator, clock: Clock) -> Renderer:
    """The renderer of :data:`~helpdesk_bot.consultations.service.CONSULTATION` outbox payloads."""

    async def render(payload: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        booking = await service.get_booking(int(payload["booking"]))
        if booking is None:
            return None
        states = payload.get("states")
        if states and booking.state not in states:
            return None
        if payload.get("at") and booking.starts_at.isoformat() != payload["at"]:
            return None  # the booking moved: this message was about the old time
        lang = recipient.language
        to_advisor = payload.get("to") == "advisor"
        timezone = booking.advisor_timezone if to_advisor else recipient.timezone
        args = booking_args(booking, translator, lang, timezone)
        args.update(payload.get("args") or {})
        text = translator.format(lang, str(payload["key"]), args)
        to_this_advisor = to_advisor and recipient.telegram_id == booking.advisor_telegram_id
        phone = phone_for_advisor(booking, translator, lang) \
            if to_this_advisor and payload["key"] in ADVISOR_PHONE_KEYS else None
        if phone is not None:
            text += "\n" + phone
        reason = booking.decline_reason if booking.state == "declined" else booking.cancel_reason
        if reason and not to_advisor and booking.state in ("declined", "cancelled"):
            text += "\n" + translator(lang, "consult-reason", reason=reason)
        note = person_zone_note(booking, translator, lang) if to_advisor else None
        if note:
            text += "\n" + note
        rows = [[payload_button(translator(lang, b["key"]), b) for b in row]
                for row in payload.get("buttons", [])]
        if payload.get("alternatives"):
            # the slot that just fell through (declined, cancelled by the advisor) is no alternative to itself
            slots = tuple(s for s in await service.next_free_slots(booking.advisor_id, 4)
                          if s != booking.starts_at)[:3]
            if slots:
                text += "\n\n" + translator(lang, "consult-alternatives")
                rows += [[ButtonSpec(format_datetime(slot, lang, timezone),
                                     intent=ButtonIntent("bk", "rebook", (booking.id, int(slot.timestamp()))))]
                         for slot in slots]
            rows.append([ButtonSpec(translator(lang, "consult-btn-other-times"), intent=ButtonIntent("bk", "again", (booking.id,)))])
        attachment = None
        if payload.get("ics"):
            summary = translator(lang, "consult-ics-summary",
                                 name=booking.person_name if to_advisor else booking.advisor_name)
            description = translator(lang, "consult-ics-description", topic=args["topic"], mode=args["mode"],
                                     place=args["place"], description=args["description"])
            content = booking_ics(
                booking, timezone=timezone, summary=_plain(summary), description=_plain(description),
                location=booking.place if booking.mode != "online" else "", now=clock.now(),
                url=booking.place if booking.mode == "online" else None,
            )
            attachment = Attachment(f"consultation-{booking.id}.ics", content)
        return RenderedMessage(text=text, buttons=rows, attachment=attachment)

    return render


def _plain(text: str) -> str:
    """Calendar texts are plain: undo the HTML escaping of the translator and drop tags."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", text))
