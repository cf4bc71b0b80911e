"""Running Alembic migrations from code (``helpdesk-bot db upgrade``, ``run`` and ``demo``)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

from helpdesk_bot.db.engine import ensure_sqlite_directory

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def alembic_config(database_url: str) -> Config:
    """An Alembic config for ``database_url`` pointing at the project's ``migrations/``."""
    if not MIGRATIONS_DIR.is_dir():
        raise RuntimeError(
            f"migrations folder not found at {MIGRATIONS_DIR}; install the project from its checkout "
            "with `pip install -e .`"
        )
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["database_url"] = database_url
    return cfg


def upgrade(database_url: str, revision: str = "heads") -> None:
    """Migrate the database to ``revision`` (blocking; call through ``asyncio.to_thread`` from async code)."""
    ensure_sqlite_directory(database_url)
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    """Migrate the database down to ``revision`` (``base`` for an empty database)."""
    command.downgrade(alembic_config(database_url), revision)


async def upgrade_async(database_url: str, revision: str = "heads") -> None:
    """:func:`upgrade` from inside a running event loop (Alembic's env.py starts its own loop)."""
    await asyncio.to_thread(upgrade, database_url, revision)
