"""Demo data for the indicators: months of anonymous history, so `/report` has something to show."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from helpdesk_bot.indicators.synthetic import insert_interactions, synthetic_interactions

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

DEMO_HISTORY_ROWS = 4000


async def seed_report_history(services: Services) -> None:
    """Anonymous interactions from the project's start until yesterday (no people rows, no personal data)."""
    start = datetime.combine(services.reports.definitions().project_start, time(0), UTC)
    end = services.clock.now() - timedelta(days=1)
    if end <= start:
        return
    await insert_interactions(services.uow, synthetic_interactions(
        DEMO_HISTORY_ROWS, start, end, seed=2026, people=300, home_country=services.settings.home_country))
