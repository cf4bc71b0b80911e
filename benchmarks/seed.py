"""Seed a benchmark database: migrate it and add people who accepted the privacy notice (country PL).

Run as a script so that it imports whichever ``helpdesk_bot`` is first on ``PYTHONPATH`` (the
throughput benchmark seeds the database of a baseline revision with that revision's code):

    python benchmarks/seed.py DATABASE_URL PEOPLE FIRST_TELEGRAM_ID
"""

from __future__ import annotations

import asyncio
import sys


async def seed(database_url: str, people: int, first_id: int) -> None:
    """Migrate ``database_url`` and create ``people`` consenting people from ``first_id`` on."""
    from helpdesk_bot.bootstrap import build_services
    from helpdesk_bot.config import load_settings
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.people.service import TelegramProfile

    await upgrade_async(database_url)
    services = build_services(load_settings(database_url=database_url, _env_file=None))
    try:
        for i in range(people):
            profile = TelegramProfile(first_id + i, f"P{i}", None, None, "en")
            await services.people.ensure(profile)
            await services.people.accept_notice(profile)
            await services.people.set_country(profile.telegram_id, "PL")
    finally:
        await services.close()


if __name__ == "__main__":
    asyncio.run(seed(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
