"""Wiring of the consultations domain, called by the composition root (:mod:`helpdesk_bot.bootstrap`)."""

from __future__ import annotations

from datetime import timedelta

from helpdesk_bot.config import Settings
from helpdesk_bot.consultations.notifications import consultation_renderer
from helpdesk_bot.consultations.service import CONSULTATION, ConsultationPolicy, ConsultationService
from helpdesk_bot.consultations.slots import SlotRules
from helpdesk_bot.wiring import Deps


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


def build_consultations(deps: Deps) -> ConsultationService:
    """The service, with its outbox renderer registered on the dispatcher."""
    service = ConsultationService(deps.uow, deps.clock, deps.outbox, policy_from(deps.settings))
    deps.dispatcher.register(CONSULTATION, consultation_renderer(service, deps.translator, deps.clock))
    return service
