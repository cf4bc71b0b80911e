"""The composition root: builds the engine, the services, the Telegram Application and the scheduler.

Nothing else in the package creates engines, reads settings or wires collaborators together.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.outbox import BroadcastProgress, Outbox
from helpdesk_bot.broadcasts.renderers import TRANSLATED, translated_renderer
from helpdesk_bot.broadcasts.reports import delivery_report_hook
from helpdesk_bot.catalogue.diagnosis import sector_diagnosis
from helpdesk_bot.catalogue.domain import build_catalogue
from helpdesk_bot.clock import Clock, SystemClock
from helpdesk_bot.config import Settings
from helpdesk_bot.consultations.privacy import ConsultationsPersonalData
from helpdesk_bot.consultations.setup import build_consultations
from helpdesk_bot.conversations import ConversationStore
from helpdesk_bot.conversations.privacy import ConversationsPersonalData
from helpdesk_bot.db.engine import create_engine, create_session_factory
from helpdesk_bot.db.uow import uow_factory
from helpdesk_bot.events.domain import build_events
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.indicators.definitions_file import DefinitionsSource
from helpdesk_bot.indicators.exporting import ReportExports
from helpdesk_bot.indicators.log import AuditLog, InteractionLog
from helpdesk_bot.indicators.report import ReportService
from helpdesk_bot.jobs import schedule_jobs
from helpdesk_bot.knowledge_base.desk import build_knowledge_desk
from helpdesk_bot.knowledge_base.privacy import KnowledgeBasePrivacy
from helpdesk_bot.makerspace.privacy import MakerspacePersonalData
from helpdesk_bot.makerspace.setup import build_makerspace
from helpdesk_bot.people.admission import UpdateAdmission
from helpdesk_bot.people.service import PeopleService
from helpdesk_bot.privacy.service import PrivacyService
from helpdesk_bot.services import Services
from helpdesk_bot.wiring import Deps

__all__ = ["Services", "build_application", "build_services", "schedule_jobs"]

log = logging.getLogger(__name__)


def build_services(settings: Settings, *, clock: Clock | None = None, engine: AsyncEngine | None = None) -> Services:
    """All services for ``settings`` (a fresh engine unless one is given)."""
    clock = clock or SystemClock()
    engine = engine or create_engine(settings.database_url)
    uow = uow_factory(create_session_factory(engine), serialize=engine.dialect.name == "sqlite")
    translator = Translator(centre_names=settings.centre_names())
    people = PeopleService(
        uow,
        clock,
        staff_ids=settings.staff_ids,
        default_language=settings.default_language,
        default_timezone=settings.timezone,
        notice_version=settings.privacy_notice_version,
    )
    from helpdesk_bot.telegram.sender import TelegramSender  # the adapter the dispatcher sends through

    interactions = InteractionLog(uow, clock)
    outbox = Outbox(uow, clock)
    sender = TelegramSender(settings.telegram_token or "0:none", settings.telegram_api_url,
                            connections=settings.broadcast_concurrency)
    hooks: list[Callable[[BroadcastProgress], Awaitable[None]]] = []

    async def broadcast_finished(progress: BroadcastProgress) -> None:
        for hook in hooks:
            await hook(progress)

    dispatcher = Dispatcher(
        outbox,
        sender,
        {TRANSLATED: translated_renderer(translator)},
        uow,
        clock,
        interactions=interactions,
        rate=settings.broadcast_rate,
        per_chat_interval=settings.broadcast_per_chat_interval,
        max_attempts=settings.outbox_max_attempts,
        retry_base=settings.outbox_retry_base_seconds,
        lease=timedelta(seconds=settings.outbox_lease_seconds),
        default_timezone=settings.timezone,
        default_language=settings.default_language,
        on_blocked=people.mark_inactive,
        on_broadcast_finished=broadcast_finished,
        worker_id=settings.dispatcher_id,
        concurrency=settings.broadcast_concurrency,
        linger=settings.dispatcher_linger_seconds,
    )
    deps = Deps(settings=settings, uow=uow, clock=clock, outbox=outbox, translator=translator, dispatcher=dispatcher)
    events = build_events(deps)
    hooks.append(delivery_report_hook(outbox))
    reports = ReportService(uow, clock, DefinitionsSource(settings.indicators_file), timezone=settings.timezone,
                            home_country=settings.home_country, dialect=engine.dialect.name)
    services = Services(
        settings=settings,
        clock=clock,
        engine=engine,
        uow=uow,
        translator=translator,
        people=people,
        conversations=ConversationStore(uow, clock, timedelta(hours=settings.conversation_ttl_hours)),
        interactions=interactions,
        admission=UpdateAdmission(uow, interactions, people),
        audit=AuditLog(uow, clock),
        outbox=outbox,
        dispatcher=dispatcher,
        events=events,
        knowledge=build_knowledge_desk(deps, people, AuditLog(uow, clock)),
        consultations=build_consultations(deps),
        reports=reports,
        report_exports=ReportExports(reports, AuditLog(uow, clock),
                                     lambda since, until: sector_diagnosis(uow, since, until)),
        privacy=PrivacyService(uow, clock, lambda: services.personal_data, audit=AuditLog(uow, clock),
                               retention_days=settings.retention_days, default_language=settings.default_language,
                               default_timezone=settings.timezone, staff_ids=settings.staff_ids),
        makerspace=build_makerspace(deps, events.catalog),
        broadcast_finished_hooks=hooks,
        personal_data=[KnowledgeBasePrivacy(), ConsultationsPersonalData(outbox), ConversationsPersonalData()],
        closers=[sender.close],
        catalogue=build_catalogue(deps, kb_entries=lambda: services.knowledge.answers.live.kb.entries.values()),
    )
    services.personal_data.append(events.personal_data)
    services.personal_data.append(MakerspacePersonalData(services.makerspace.makers))
    services.personal_data.append(services.catalogue.personal_data)
    return services


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
    attach_web_catalogue(application, services)
    return application


def attach_web_catalogue(application: Any, services: Services) -> None:
    """Serve the web catalogue while the bot runs (``run``: PTB's post-init/post-shutdown hooks)."""
    from helpdesk_bot.web.server import start_with_application, stop_with_application

    if services.settings.web_port is None:
        return
    before_init, before_shutdown = application.post_init, application.post_shutdown

    async def post_init(app: Any) -> None:
        if before_init is not None:
            await before_init(app)
        await start_with_application(app, services)

    async def post_shutdown(app: Any) -> None:
        await stop_with_application(app)
        if before_shutdown is not None:
            await before_shutdown(app)

    application.post_init, application.post_shutdown = post_init, post_shutdown
