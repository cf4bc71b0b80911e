"""The knowledge-base desk: answering, tickets, gaps and reloads, built once by the composition root.

Reloading across processes: ``/reload`` (Telegram) reloads the process that received it at once and
``helpdesk-bot kb reload`` (CLI, another process) validates the folder; both then write a row in
``kb_reload_requests``. Every bot process polls that table (:meth:`KnowledgeDesk.follow_reload_requests`,
a scheduled job) and reloads when it sees a newer request, so all processes behind a load balancer
pick up the change within seconds, without a restart and without signals.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from helpdesk_bot.clock import Clock
from helpdesk_bot.config import Settings
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import AuditLog
from helpdesk_bot.people.service import PeopleService
from helpdesk_bot.wiring import Deps

from .feedback import AnswerFeedback
from .gaps import GapService
from .match_model import MatchThresholds, thresholds_from
from .models import GapKind, ReloadRequest
from .service import (
    Answered,
    AskCountry,
    ChitChat,
    KnowledgeService,
    Outcome,
    ReloadResult,
    Suggested,
    Unanswered,
)
from .staleness import StaleEntries
from .tickets import TicketService

log = logging.getLogger(__name__)


def thresholds_for(settings: Settings) -> MatchThresholds:
    """The matching bands: configured values where set, the measured defaults otherwise."""
    return thresholds_from(settings)


class ReloadRequests:
    """Rows of ``kb_reload_requests``: how one process tells the others to reload."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def add(self, *, by: int | None, via: str) -> int:
        """Record a reload request; returns its id."""
        async with self._uow() as uow:
            row = ReloadRequest(requested_at=self._clock.now(), requested_by=by, via=via[:16])
            uow.session.add(row)
            await uow.commit()
            return row.id

    async def latest(self) -> int | None:
        """The newest request id (None when there was none)."""
        async with self._uow() as uow:
            return (await uow.session.execute(select(func.max(ReloadRequest.id)))).scalar_one_or_none()


@dataclass(frozen=True)
class Asked:
    """What the desk decided about a question: the match, the interaction outcome to log (``answered``,
    ``chitchat``, ``ask_country``, ``suggested`` or ``unanswered``) and the gap it collected, if any."""

    outcome: Outcome
    label: str
    gap_id: int | None = None


def outcome_label(outcome: Outcome) -> str:
    """The interaction outcome of a match (the ``kb.question`` row's ``outcome``)."""
    if isinstance(outcome, Answered):
        return "answered"
    if isinstance(outcome, ChitChat):
        return "chitchat"
    if isinstance(outcome, AskCountry):
        return "ask_country"
    if isinstance(outcome, Suggested):
        return "suggested"
    return "unanswered"


@dataclass(kw_only=True)
class KnowledgeDesk:
    """Everything of the knowledge base a handler or the CLI needs."""

    answers: KnowledgeService
    tickets: TicketService
    gaps: GapService
    reloads: ReloadRequests
    audit: AuditLog
    feedback: AnswerFeedback
    stale: StaleEntries

    async def ask(self, text: str, *, language: str, country: str | None, person_id: int | None) -> Asked:
        """Match a question; a question the base cannot answer is collected as a knowledge gap here, where
        that is decided (the adapter renders the outcome and logs the label)."""
        outcome = self.answers.ask(text, language, country)
        label = outcome_label(outcome)
        gap_id = None
        if isinstance(outcome, Unanswered):
            gap_id = await self.gaps.add(GapKind.UNANSWERED, text, language=language, entry_id=outcome.entry_id,
                                         person_id=person_id)
        return Asked(outcome, label, gap_id)

    async def none_of_these(self, text: str, *, language: str, entry_id: str | None, person_id: int | None,
                            gap_id: int | None) -> int | None:
        """The person said none of the suggestions fits: the question becomes a gap (once; ``gap_id`` is the
        one already collected for it)."""
        if gap_id is not None:
            return gap_id
        return await self.gaps.add(GapKind.UNANSWERED, text, language=language, entry_id=entry_id,
                                   person_id=person_id)

    async def reload(self, *, by: int | None, via: str) -> ReloadResult:
        """Reload this process now, audit it, and (when it worked) ask the other processes to follow."""
        result = await self.answers.reload()
        await self.audit.add(
            "kb.reload", actor=by, target=str(self.answers.directory), via=via, ok=result.ok,
            entries=result.entries, previous=result.previous_entries, problems=len(result.problems),
        )
        if result.ok:
            self.answers.last_reload_request = await self.reloads.add(by=by, via=via)
        return result

    async def follow_reload_requests(self) -> ReloadResult | None:
        """Reload when another process (or the CLI) asked for it since this process last looked."""
        latest = await self.reloads.latest()
        seen = self.answers.last_reload_request
        if seen is None:
            self.answers.last_reload_request = latest or 0  # requests before this process started are done
            return None
        if latest is None or latest <= seen:
            return None
        self.answers.last_reload_request = latest
        result = await self.answers.reload()
        if result.ok:
            log.info("knowledge base reloaded on request %s: %d entries", latest, result.entries)
        else:
            log.error("reload request %s refused: the knowledge base is invalid:\n%s", latest,
                      "\n".join(str(p) for p in result.problems[:20]))
        return result


def build_knowledge_desk(deps: Deps, people: PeopleService, audit: AuditLog) -> KnowledgeDesk:
    """The desk for ``deps.settings`` (the knowledge base itself is loaded on first use)."""
    settings, uow, clock, outbox = deps.settings, deps.uow, deps.clock, deps.outbox
    answers = KnowledgeService(Path(settings.knowledge_dir), thresholds_for(settings), clock=clock,
                               timezone=settings.timezone)
    gaps = GapService(uow, clock)
    return KnowledgeDesk(
        answers=answers,
        tickets=TicketService(uow, clock, outbox, people, advisors_chat_id=settings.advisors_chat_id,
                              reminder_after=timedelta(minutes=settings.ticket_reminder_minutes),
                              max_open=settings.ticket_max_open,
                              notify_interval=timedelta(minutes=settings.ticket_notify_interval_minutes)),
        gaps=gaps,
        reloads=ReloadRequests(uow, clock),
        audit=audit,
        feedback=AnswerFeedback(uow, clock, gaps),
        stale=StaleEntries(lambda: answers.kb, uow, clock, outbox, people, timezone=settings.timezone,
                           review_months=settings.kb_review_months),
    )
