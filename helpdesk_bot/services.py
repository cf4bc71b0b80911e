"""The bundle of every service of one bot process (built by :mod:`helpdesk_bot.bootstrap`).

It lives in its own module so that adapters and tools can name the type without importing the
composition root.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.outbox import BroadcastProgress, Outbox
from helpdesk_bot.catalogue.domain import CatalogueDomain
from helpdesk_bot.clock import Clock
from helpdesk_bot.config import Settings
from helpdesk_bot.consultations.service import ConsultationService
from helpdesk_bot.conversations import ConversationStore
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.events.domain import EventsDomain
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.indicators.exporting import ReportExports
from helpdesk_bot.indicators.log import AuditLog, InteractionLog
from helpdesk_bot.indicators.report import ReportService
from helpdesk_bot.knowledge_base.desk import KnowledgeDesk
from helpdesk_bot.makerspace.setup import MakerspaceDomain
from helpdesk_bot.people.admission import UpdateAdmission
from helpdesk_bot.people.service import PeopleService
from helpdesk_bot.privacy.providers import PersonalDataProvider
from helpdesk_bot.privacy.service import PrivacyService

log = logging.getLogger(__name__)


@dataclass(kw_only=True)
class Services:
    """Every service of the bot, built once per process."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    uow: UnitOfWorkFactory
    translator: Translator
    people: PeopleService
    conversations: ConversationStore
    interactions: InteractionLog
    admission: UpdateAdmission
    audit: AuditLog
    outbox: Outbox
    dispatcher: Dispatcher
    events: EventsDomain
    knowledge: KnowledgeDesk
    consultations: ConsultationService
    reports: ReportService
    report_exports: ReportExports
    """The use case of exporting the report (chat and command line)."""
    privacy: PrivacyService
    makerspace: MakerspaceDomain
    catalogue: CatalogueDomain
    personal_data: list[PersonalDataProvider] = field(default_factory=list)
    broadcast_finished_hooks: list[Callable[[BroadcastProgress], Awaitable[None]]] = field(default_factory=list)
    closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def warm_up(self) -> None:
        """Load what the first question would otherwise wait for (the knowledge base and its matcher)."""
        await asyncio.to_thread(lambda: self.knowledge.answers.live)

    async def close(self) -> None:
        """Write pending interactions, stop the dispatcher, close HTTP clients and the database."""
        await self.interactions.flush()
        self.dispatcher.stop()
        for closer in self.closers:
            try:
                await closer()
            except Exception:
                log.exception("closing %s failed", closer)
        try:
            await self.outbox.release_worker(self.dispatcher.worker_id)
        except Exception:
            log.exception("could not release the dispatcher's claims")
        await self.engine.dispose()
