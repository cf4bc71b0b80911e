"""The composition root: builds the engine, the services, the Telegram Application and the scheduler.

Nothing else in the package creates engines, reads settings or wires collaborators together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from helpdesk_bot.clock import Clock, SystemClock
from helpdesk_bot.config import Settings
from helpdesk_bot.db.engine import create_engine, create_session_factory
from helpdesk_bot.db.uow import UnitOfWorkFactory, uow_factory
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.indicators.log import AuditLog, InteractionLog
from helpdesk_bot.people.service import PeopleService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Every service of the bot, built once per process."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    uow: UnitOfWorkFactory
    translator: Translator
    people: PeopleService
    interactions: InteractionLog
    audit: AuditLog
    extras: dict[str, Any] = field(default_factory=dict)

    async def close(self) -> None:
        """Release the database connections."""
        await self.engine.dispose()


def build_services(settings: Settings, *, clock: Clock | None = None, engine: AsyncEngine | None = None) -> Services:
    """All services for ``settings`` (a fresh engine unless one is given)."""
    clock = clock or SystemClock()
    engine = engine or create_engine(settings.database_url)
    uow = uow_factory(create_session_factory(engine))
    translator = Translator()
    people = PeopleService(
        uow,
        clock,
        staff_ids=settings.staff_ids,
        default_language=settings.default_language,
        default_timezone=settings.timezone,
        notice_version=settings.privacy_notice_version,
    )
    return Services(
        settings=settings,
        clock=clock,
        engine=engine,
        uow=uow,
        translator=translator,
        people=people,
        interactions=InteractionLog(uow, clock),
        audit=AuditLog(uow, clock),
    )


def build_application(services: Services, *, token: str | None = None, api_url: str | None = None) -> Any:
    """The Telegram Application for ``services`` with the scheduled jobs registered."""
    from helpdesk_bot.telegram.application import build_application as build_telegram_application

    settings = services.settings
    application = build_telegram_application(
        services,
        token=token or settings.telegram_token or "",
        api_url=api_url or settings.telegram_api_url,
    )
    schedule_jobs(application, services)
    return application


def schedule_jobs(application: Any, services: Services) -> None:
    """Register the periodic jobs; they only wake services that read due work from the database."""
    job_queue = application.job_queue
    if job_queue is None:
        return

    async def purge_update_ids(_context: Any) -> None:
        await services.interactions.forget_processed_updates_before(services.clock.now() - timedelta(days=2))

    job_queue.run_repeating(purge_update_ids, interval=timedelta(hours=6), first=timedelta(minutes=1),
                            name="purge-update-ids")
