"""The window of processed update ids: ids younger than PROCESSED_UPDATE_RETENTION are kept (a redelivery is
still recognised), older ones are purged, by the service method and by the scheduled job."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from helpdesk_bot.bootstrap import Services, schedule_jobs
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.indicators.log import PROCESSED_UPDATE_RETENTION


async def _claim(services: Services, update_id: int) -> bool:
    """Take ``update_id`` as the bot does when an update arrives; False when it was taken before."""
    async with services.uow() as uow:
        claimed = update_id in await services.interactions.claim_updates_in(uow.session, [update_id])
        await uow.commit()
    return claimed


async def test_purging_keeps_the_ids_younger_than_the_window(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    log = db_services.interactions
    assert PROCESSED_UPDATE_RETENTION >= timedelta(days=1)  # Telegram redelivers for up to a day
    assert await _claim(db_services, 1)
    clock.advance(timedelta(hours=1))
    assert await _claim(db_services, 2)  # will be exactly at the edge of the window
    clock.advance(PROCESSED_UPDATE_RETENTION - timedelta(hours=1))
    assert await _claim(db_services, 3)  # an hour before "now" at purge time
    clock.advance(timedelta(hours=1))
    assert await log.purge_processed_updates() == 1  # only id 1 is older than the window
    assert not await _claim(db_services, 2)  # kept: a redelivery now is still recognised
    assert not await _claim(db_services, 3)
    assert await _claim(db_services, 1)  # forgotten: processed more than the window ago
    assert await log.purge_processed_updates() == 0  # nothing else is old enough


class _JobQueue:
    def __init__(self) -> None:
        self.jobs: dict[str, Any] = {}

    def run_repeating(self, callback: Any, *, name: str, **_kwargs: Any) -> None:
        self.jobs[name] = callback


class _Application:
    def __init__(self) -> None:
        self.job_queue = _JobQueue()
        self.running = False


async def test_the_scheduled_purge_keeps_the_window(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    application = _Application()
    schedule_jobs(application, db_services)
    purge = application.job_queue.jobs["purge-update-ids"]
    assert await _claim(db_services, 10)
    clock.advance(PROCESSED_UPDATE_RETENTION - timedelta(minutes=1))
    assert await _claim(db_services, 11)
    await purge(None)
    assert not await _claim(db_services, 10)  # one minute younger than the window
    clock.advance(timedelta(minutes=2))
    await purge(None)
    assert await _claim(db_services, 10)  # now older: purged
    assert not await _claim(db_services, 11)
