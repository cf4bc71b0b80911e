"""Scheduled work of the catalogue: the weekly digests that fell due (read from the database)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any


def schedule_catalogue_jobs(application: Any, services: Any) -> None:
    """Every minute: queue the digests that fell due."""
    job_queue = application.job_queue
    if job_queue is None:
        return

    async def send_digests(_context: Any) -> None:
        await services.catalogue.digest.send_due()  # the outbox wakes the dispatcher after its commit

    job_queue.run_repeating(send_digests, interval=timedelta(minutes=1), first=timedelta(seconds=20),
                            name="catalogue-digest")
