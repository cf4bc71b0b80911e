"""Wiring of the consultations domain, called by the composition root (:mod:`helpdesk_bot.bootstrap`)."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.clock import Clock
from helpdesk_bot.config import Settings
from helpdesk_bot.consultations.notifications import consultation_renderer
from helpdesk_bot.consultations.service import CONSULTATION, ConsultationPolicy, ConsultationService
from helpdesk_bot.consultations.slots import SlotRules
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.i18n.catalog import Translator

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

log = logging.getLogger(__name__)


def policy_from(settings: Settings) -> ConsultationPolicy:
    """The centre's consultation rules from the settings."""
    return ConsultationPolicy(
        rules=SlotRules(
            slot_minutes=settings.consultation_slot_minutes,
            buffer_minutes=settings.consultation_buffer_minutes,
            min_notice=timedelta(hours=settings.consultation_min_notice_hours),
            horizon=timedelta(days=settings.consultation_horizon_days),
        ),
        max_upcoming=settings.consultation_max_upcoming,
        change_window=timedelta(hours=settings.consultation_change_window_hours),
        request_ttl=timedelta(hours=settings.consultation_request_ttl_hours),
        default_timezone=settings.timezone,
    )


def build_consultations(settings: Settings, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox,
                        translator: Translator, dispatcher: Dispatcher) -> ConsultationService:
    """The service, with its outbox renderer registered on the dispatcher."""
    service = ConsultationService(uow, clock, outbox, policy_from(settings))
    dispatcher.register(CONSULTATION, consultation_renderer(service, translator, clock))
    return service


def schedule_consultation_jobs(application: Any, services: Services) -> None:
    """Expire unanswered requests periodically (reads due work from the database)."""
    job_queue = application.job_queue
    if job_queue is None:
        return

    async def expire_requests(_context: Any) -> None:
        try:
            await services.consultations.expire_due()  # the outbox wakes the dispatcher
        except Exception:
            log.exception("expiring consultation requests failed")

    job_queue.run_repeating(expire_requests,
                            interval=timedelta(seconds=services.settings.consultation_expiry_check_seconds),
                            first=timedelta(seconds=1), name="consultations-expire")
