"""Outbox renderers of the events domain: announcements, notices (reminder, promotion, change,
cancellation) and staff announcements, rendered at send time in the recipient's language."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select

from helpdesk_bot.broadcasts.delivery import Attachment, ButtonIntent, ButtonSpec, Recipient, RenderedMessage
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.models import Announcement, EventRegistration
from helpdesk_bot.events.presentation import event_card, when_text
from helpdesk_bot.events.service import EventService
from helpdesk_bot.events.views import EventView
from helpdesk_bot.i18n.catalog import Translator

CACHE_SECONDS = 5.0
CAPTION_LIMIT = 1024


class EventRenderers:
    """Renderers for ``event.announce``, ``event.notice`` and ``announcement`` outbox messages.

    Events and announcements are cached for a few seconds: a broadcast renders the same one thousands
    of times.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, events: EventService, translator: Translator) -> None:
        self._uow = uow
        self._clock = clock
        self._events = events
        self._tr = translator
        self._event_cache: dict[int, tuple[float, EventView | None]] = {}
        self._announcement_cache: dict[int, tuple[float, dict[str, Any] | None]] = {}

    async def _event(self, event_id: int) -> EventView | None:
        cached = self._event_cache.get(event_id)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        view = await self._events.get(event_id)
        if len(self._event_cache) > 1000:
            self._event_cache.clear()
        self._event_cache[event_id] = (time.monotonic() + CACHE_SECONDS, view)
        return view

    def _unsubscribe_row(self, lang: str) -> list[ButtonSpec]:
        return [ButtonSpec(self._tr(lang, "sub-unsubscribe-button"), intent=ButtonIntent("sub", "stop"))]

    async def announce(self, args: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        """An event announced to a subscriber; None when the event was cancelled meanwhile."""
        event = await self._event(int(args["event_id"]))
        if event is None or event.is_cancelled:
            return None
        lang = recipient.language
        now = self._clock.now()
        text = self._tr(lang, "ev-announce-intro") + "\n\n" + event_card(self._tr, event, lang, recipient.timezone, now)
        first = []
        if event.registration_open(now):
            first.append(ButtonSpec(self._tr(lang, "ev-button-register"), intent=ButtonIntent("ev", "reg", (event.id,))))
        first.append(ButtonSpec(self._tr(lang, "ev-button-details"), intent=ButtonIntent("ev", "show", (event.id,))))
        return RenderedMessage(text=text, buttons=[first, self._unsubscribe_row(lang)])

    async def notice(self, args: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        """A reminder, promotion, change or cancellation notice for one person."""
        notice = str(args.get("notice"))
        event_id = int(args["event_id"])
        event = await self._events.get(event_id)  # never cached: notices must see the latest state
        if event is None:
            return None
        if notice in ("reminder", "promoted"):
            if event.is_cancelled or not await self._still_registered(event_id, args):
                return None
        lang = recipient.language
        now = self._clock.now()
        intro = self._tr(lang, f"ev-notice-{notice}", title=event.title(lang),
                         when=when_text(event, lang, recipient.timezone))
        if notice == "cancelled":
            return RenderedMessage(text=intro)
        text = intro + "\n\n" + event_card(self._tr, event, lang, recipient.timezone, now, with_description=False,
                                          name_zone=False)  # the intro names it
        buttons = [[ButtonSpec(self._tr(lang, "ev-button-calendar"), intent=ButtonIntent("ev", "ics", (event.id,))),
                    ButtonSpec(self._tr(lang, "ev-button-cancel"), intent=ButtonIntent("ev", "unreg", (event.id,)))]]
        return RenderedMessage(text=text, buttons=buttons)

    async def _still_registered(self, event_id: int, args: dict[str, Any]) -> bool:
        person_id = args.get("person_id")
        if person_id is None:
            return True
        async with self._uow() as uow:
            row = (
                await uow.session.execute(
                    select(EventRegistration.status, EventRegistration.round)
                    .where(EventRegistration.event_id == event_id, EventRegistration.person_id == int(person_id))
                )
            ).first()
        return row is not None and row[0] == "registered" and (args.get("round") in (None, row[1]))

    async def announcement(self, args: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        """A staff announcement: the text in the recipient's language, else the main text (escaped), an
        optional photo or document, an unsubscribe button."""
        announcement_id = int(args["announcement_id"])
        cached = self._announcement_cache.get(announcement_id)
        if cached is None or cached[0] <= time.monotonic():
            async with self._uow() as uow:
                row = await uow.session.get(Announcement, announcement_id)
                data: dict[str, Any] | None = None if row is None else {
                    "text": row.text, "texts": dict(row.texts or {}), "media_kind": row.media_kind,
                    "media_file_id": row.media_file_id}
            if len(self._announcement_cache) > 1000:
                self._announcement_cache.clear()
            self._announcement_cache[announcement_id] = (time.monotonic() + 60.0, data)
        else:
            data = cached[1]
        if data is None:
            return None
        lang = recipient.language
        own = data["texts"].get(lang) if isinstance(data["texts"], dict) else None
        text = self._tr(lang, "announcement-text", text=str(own or data["text"] or ""))  # escaped by the translator
        attachment = None
        if data["media_file_id"]:
            attachment = Attachment(filename="", content=b"", kind=data["media_kind"] or "document",
                                    file_id=data["media_file_id"])
        return RenderedMessage(text=text, buttons=[self._unsubscribe_row(lang)], attachment=attachment)
