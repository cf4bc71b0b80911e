"""Wiring of the makerspace domain, called by the composition root (:mod:`helpdesk_bot.bootstrap`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.clock import Clock
from helpdesk_bot.config import Settings
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.service import EventService
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.makerspace.inductions import InductionService
from helpdesk_bot.makerspace.notifications import ActionData, makerspace_renderer
from helpdesk_bot.makerspace.service import MakerspaceService
from helpdesk_bot.makerspace.store import MAKERSPACE, Policy
from helpdesk_bot.makerspace.workshop import WorkshopService

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MakerspaceDomain:
    """The makerspace services."""

    makers: MakerspaceService
    inductions: InductionService
    workshop: WorkshopService


def build_makerspace(settings: Settings, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox,
                     translator: Translator, dispatcher: Dispatcher, events: EventService,
                     action_data: ActionData) -> MakerspaceDomain:
    """The services, their outbox renderer (buttons through the adapter's ``action_data``), and the
    induction hook on event attendance."""
    policy = Policy(horizon=timedelta(days=settings.makerspace_horizon_days),
                    max_upcoming=settings.makerspace_max_upcoming, default_timezone=settings.timezone)
    inductions = InductionService(uow, clock)
    makers = MakerspaceService(uow, clock, outbox, policy, inductions)
    workshop = WorkshopService(uow, clock, outbox, makers)
    dispatcher.register(MAKERSPACE, makerspace_renderer(makers, translator, clock, action_data))
    events.attendance_hooks.append(inductions.on_attended)
    return MakerspaceDomain(makers, inductions, workshop)


def schedule_makerspace_jobs(application: Any, services: Services) -> None:
    """Record the finished days' open and booked hours (for the utilisation indicator) every hour."""
    job_queue = application.job_queue
    if job_queue is None:
        return

    async def day_totals(_context: Any) -> None:
        try:
            await services.makerspace.workshop.record_day_totals()
        except Exception:
            log.exception("recording makerspace day totals failed")

    job_queue.run_repeating(day_totals, interval=timedelta(hours=1), first=timedelta(seconds=30),
                            name="makerspace-day-totals")
