"""The events domain as one object on ``Services``: events, subscriptions, announcements, renderers."""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.privacy import EventsPersonalData
from helpdesk_bot.events.renderers import EventRenderers
from helpdesk_bot.events.service import EVENT_ANNOUNCE, EVENT_NOTICE, EventService
from helpdesk_bot.events.subscriptions import ANNOUNCEMENT, AnnouncementService, SubscriptionService
from helpdesk_bot.i18n.catalog import Translator


@dataclass(frozen=True)
class EventsDomain:
    """Services of the events issue."""

    catalog: EventService
    subscriptions: SubscriptionService
    announcements: AnnouncementService
    personal_data: EventsPersonalData


def build_events(uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox, translator: Translator,
                 dispatcher: Dispatcher) -> EventsDomain:
    """Build the events services and register their outbox renderers with ``dispatcher``."""
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
