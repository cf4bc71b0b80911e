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


def _condition_terms(sql: str) -> set[str]:
    """The quoted literals and bare words of an index condition, without casts and SQL keywords."""
    import re

    sql = re.sub(r"::[a-z ]+(\[\])?", "", sql.lower())
    literals = set(re.findall(r"'([^']*)'", sql))
    words = set(re.findall(r"\b[a-z_][a-z0-9_]*\b", re.sub(r"'[^']*'", "", sql)))
    return literals | (words - {"in", "and", "or", "not", "is", "null", "any", "array", "text", "where"})


async def _index_conditions(url: str) -> dict[str, str]:
    from sqlalchemy import text

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                rows = (await conn.execute(text("SELECT indexname, indexdef FROM pg_indexes"))).all()
            else:
                rows = (await conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))).all()
    finally:
        await engine.dispose()
    return {name: sql.split(" WHERE ", 1)[1] for name, sql in rows if sql and " WHERE " in sql}


def test_partial_index_conditions_match_the_models(empty_database_url: str) -> None:
    """compare_metadata ignores the condition of a partial index: compare it here."""
    migrate.upgrade(empty_database_url)
    dialect = "postgresql" if empty_database_url.startswith("postgresql") else "sqlite"
    in_database = asyncio.run(_index_conditions(empty_database_url))
    partial = [(index.name, index.dialect_options[dialect]["where"]) for table in Base.metadata.tables.values()
               for index in table.indexes if index.dialect_options[dialect]["where"] is not None]
    assert partial, "no partial index in the models"
    for name, condition in partial:
        assert name in in_database, f"{name} is not a partial index in the migrated database"
        assert _condition_terms(str(condition)) == _condition_terms(in_database[name]), name
