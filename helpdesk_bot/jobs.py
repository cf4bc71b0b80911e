"""Every periodic job of a bot process in one table (registered by the composition root).

Jobs only wake services that read their due work from the database, so any process may run them (and
several processes running the same job do no harm: each unit of work is claimed or unique). Domain
packages do not schedule anything themselves: they offer the method, this table says how often.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from helpdesk_bot.config import Settings
from helpdesk_bot.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """A periodic job: how often, when first, what it runs (messages it queues are sent when its transaction
    commits); ``guarded`` logs a failure instead of passing it to the Application's error handler."""

    name: str
    interval: Callable[[Settings], timedelta]
    first: timedelta
    run: Callable[[Services], Awaitable[Any]]
    guarded: bool = False


def _every(delta: timedelta) -> Callable[[Settings], timedelta]:
    return lambda _settings: delta


JOBS: tuple[Job, ...] = (
    Job("purge-update-ids", _every(timedelta(hours=6)), timedelta(minutes=1),
        lambda s: s.interactions.purge_processed_updates()),
    Job("consultations-expire", lambda st: timedelta(seconds=st.consultation_expiry_check_seconds),
        timedelta(seconds=1), lambda s: s.consultations.expire_due(), guarded=True),
    Job("makerspace-day-totals", _every(timedelta(hours=1)), timedelta(seconds=30),
        lambda s: s.makerspace.workshop.record_day_totals(), guarded=True),
    Job("privacy-retention", _every(timedelta(days=1)), timedelta(minutes=5), lambda s: s.privacy.purge_expired()),
    Job("conversation-purge", _every(timedelta(hours=6)), timedelta(minutes=3),
        lambda s: s.conversations.purge_expired()),
    Job("ticket-reminders", _every(timedelta(minutes=1)), timedelta(seconds=5),
        lambda s: s.knowledge.tickets.send_reminders()),
    Job("kb-reload-requests", lambda st: timedelta(seconds=st.kb_reload_check_seconds), timedelta(seconds=0.2),
        lambda s: s.knowledge.follow_reload_requests()),
    Job("kb-stale-reminder", _every(timedelta(hours=1)), timedelta(seconds=30),
        lambda s: s.knowledge.stale.send_monthly()),  # one reminder per staff member and month
    Job("catalogue-digest", _every(timedelta(minutes=1)), timedelta(seconds=20),
        lambda s: s.catalogue.digest.send_due()),
)
"""Besides these, the outbox dispatcher is woken every ``dispatcher_interval_seconds`` and after each commit
that queued messages (see :func:`schedule_jobs`)."""


def schedule_jobs(application: Any, services: Services) -> None:
    """Register :data:`JOBS` and the outbox dispatcher's wake-ups on the Application's job queue."""
    job_queue = application.job_queue
    if job_queue is None:
        return

    def wake() -> None:
        application.create_task(services.dispatcher.wake(), name="outbox-dispatcher")

    def wake_after_commit() -> None:  # messages were enqueued and committed: send them now
        if application.running:
            wake()

    services.outbox.wake_after_commit(wake_after_commit)

    async def wake_dispatcher(_context: Any) -> None:
        # returns at once: the drain runs as its own task and reads due work from the database
        if application.running:  # not a last tick while stopping: the next start resumes the outbox
            wake()

    job_queue.run_repeating(wake_dispatcher, interval=timedelta(seconds=services.settings.dispatcher_interval_seconds),
                            first=timedelta(seconds=0.5), name="outbox-dispatcher")
    for job in JOBS:
        job_queue.run_repeating(_callback(job, services), interval=job.interval(services.settings),
                                first=job.first, name=job.name)


def _callback(job: Job, services: Services) -> Callable[[Any], Awaitable[None]]:
    async def run(_context: Any) -> None:
        try:
            await job.run(services)
        except Exception:
            if not job.guarded:
                raise
            log.exception("job %s failed", job.name)

    return run
