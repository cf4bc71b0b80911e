"""The events domain as one object on ``Services``: events, subscriptions, announcements, renderers."""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk_bot.events.privacy import EventsPersonalData
from helpdesk_bot.events.renderers import EventRenderers
from helpdesk_bot.events.service import EVENT_ANNOUNCE, EVENT_NOTICE, EventService
from helpdesk_bot.events.subscriptions import ANNOUNCEMENT, AnnouncementService, SubscriptionService
from helpdesk_bot.wiring import Deps


@dataclass(frozen=True)
class EventsDomain:
    """Services of the events issue."""

    catalog: EventService
    subscriptions: SubscriptionService
    announcements: AnnouncementService
    personal_data: EventsPersonalData


def build_events(deps: Deps) -> EventsDomain:
    """Build the events services and register their outbox renderers with ``deps.dispatcher``."""
    uow, clock, outbox, translator, dispatcher = deps.uow, deps.clock, deps.outbox, deps.translator, deps.dispatcher
    catalog = EventService(uow, clock, outbox)
    renderers = EventRenderers(uow, clock, catalog, translator)
    dispatcher.register(EVENT_ANNOUNCE, renderers.announce)
    dispatcher.register(EVENT_NOTICE, renderers.notice)
    dispatcher.register(ANNOUNCEMENT, renderers.announcement)
    return EventsDomain(
        catalog=catalog,
        subscriptions=SubscriptionService(uow, clock),
        announcements=AnnouncementService(uow, clock, outbox),
        personal_data=EventsPersonalData(catalog),
    )
