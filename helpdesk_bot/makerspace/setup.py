"""Wiring of the makerspace domain, called by the composition root (:mod:`helpdesk_bot.bootstrap`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from helpdesk_bot.events.service import EventService
from helpdesk_bot.makerspace.inductions import InductionService
from helpdesk_bot.makerspace.notifications import makerspace_renderer
from helpdesk_bot.makerspace.service import MakerspaceService
from helpdesk_bot.makerspace.store import MAKERSPACE, Policy
from helpdesk_bot.makerspace.workshop import WorkshopService
from helpdesk_bot.wiring import Deps


@dataclass(frozen=True)
class MakerspaceDomain:
    """The makerspace services."""

    makers: MakerspaceService
    inductions: InductionService
    workshop: WorkshopService


def build_makerspace(deps: Deps, events: EventService) -> MakerspaceDomain:
    """The services, their outbox renderer and the induction hook on event attendance."""
    settings, uow, clock, outbox = deps.settings, deps.uow, deps.clock, deps.outbox
    policy = Policy(horizon=timedelta(days=settings.makerspace_horizon_days),
                    max_upcoming=settings.makerspace_max_upcoming, default_timezone=settings.timezone)
    inductions = InductionService(uow, clock)
    makers = MakerspaceService(uow, clock, outbox, policy, inductions)
    workshop = WorkshopService(uow, clock, outbox, makers)
    deps.dispatcher.register(MAKERSPACE, makerspace_renderer(makers, deps.translator, clock))
    events.attendance_hooks.append(inductions.on_attended)
    return MakerspaceDomain(makers, inductions, workshop)
