"""Each migration upgrades and downgrades cleanly on SQLite and PostgreSQL, and the result matches the models."""

import asyncio

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from helpdesk_bot.db import migrate
from helpdesk_bot.db.engine import create_engine
from helpdesk_bot.db.models import Base


async def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


async def _diff(url: str) -> list[object]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c, opts={"compare_type": False}),
                                           Base.metadata)
            )
    finally:
        await engine.dispose()


def test_every_revision_upgrades_and_downgrades(empty_database_url: str) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(empty_database_url))
    revisions = list(reversed(list(script.walk_revisions())))
    assert revisions, "no migrations"
    for revision in revisions:
        # up to this revision (with its ancestors), back down to its parent(s), and up again
        migrate.upgrade(empty_database_url, revision.revision)
        parents = revision.down_revision
        if parents is None:
            migrate.downgrade(empty_database_url, "base")
        elif isinstance(parents, str):
            migrate.downgrade(empty_database_url, f"{revision.revision}@-1")
        else:  # a merge point: back to its parents, i.e. the branch heads it joins
            migrate.downgrade(empty_database_url, parents[0])
        migrate.upgrade(empty_database_url, revision.revision)
        migrate.downgrade(empty_database_url, "base")
        assert asyncio.run(_tables(empty_database_url)) <= {"alembic_version"}
    migrate.upgrade(empty_database_url)
    assert {"people", "person_roles", "interactions", "processed_updates", "audit_log",
            "outbox_messages", "broadcasts"} <= asyncio.run(_tables(empty_database_url))


def test_migrations_match_the_models(empty_database_url: str) -> None:
    migrate.upgrade(empty_database_url)
    assert asyncio.run(_diff(empty_database_url)) == []
