"""Start-up checks of ``helpdesk-bot run``: fail fast, in one line, naming the setting and the problem.

A bot that starts against a database it cannot write, or with an empty or invalid knowledge base,
looks alive but drops every update or answers nothing. :func:`check_before_start` finds out before
the bot goes online: the database answers, is migrated and accepts writes; the knowledge base loads
and validates. A problem is raised as :class:`StartupError`, whose text is the one line to print
(the database URL without its password).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from helpdesk_bot.config import Settings

MAX_PROBLEMS_SHOWN = 3


class StartupError(Exception):
    """The bot must not start; ``str(error)`` is one line for the operator."""


def safe_url(url: str) -> str:
    """``url`` with its password masked (``***``), as it may be printed and logged."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not even a URL: show only its scheme
        return url.split("://", 1)[0] + "://…"


def _reason(exc: BaseException) -> str:
    """The first line of the innermost useful message of ``exc`` (no traceback)."""
    inner: BaseException = exc
    while isinstance(getattr(inner, "orig", None), BaseException):  # SQLAlchemy wraps the driver's error
        inner = getattr(inner, "orig")  # noqa: B009
    message = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return f"{type(inner).__name__}: {message}" if message else type(inner).__name__


async def check_database_answers(url: str, *, timeout: float = 10.0) -> None:
    """The database at ``url`` accepts a connection and answers ``SELECT 1``."""
    connect_args = {"timeout": timeout} if url.startswith(("postgresql", "sqlite")) else {}
    engine = create_async_engine(url, connect_args=connect_args)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as exc:
        raise StartupError(f"HELPDESK_DATABASE_URL: the database at {safe_url(url)} does not answer "
                           f"({_reason(exc)})") from None
    finally:
        await engine.dispose()


async def check_database_writable(url: str) -> None:
    """The (migrated) database at ``url`` accepts a write; the write is rolled back."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            transaction = await connection.begin()
            try:
                await connection.execute(text("UPDATE alembic_version SET version_num = version_num"))
            finally:
                await transaction.rollback()
    except Exception as exc:
        raise StartupError(f"HELPDESK_DATABASE_URL: the database at {safe_url(url)} does not accept writes "
                           f"({_reason(exc)})") from None
    finally:
        await engine.dispose()


def check_knowledge_base(directory: Path) -> int:
    """The knowledge base in ``directory`` exists, has entries and validates; returns the number of entries."""
    from helpdesk_bot.knowledge_base.validation import entry_files, validate_directory

    if not directory.is_dir():
        raise StartupError(f"HELPDESK_KNOWLEDGE_DIR: {directory} is not a directory")
    problems = [str(p) for p in validate_directory(directory)]
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        tail = f"; and {more} more (helpdesk-bot kb validate {directory})" if more > 0 else ""
        raise StartupError(f"HELPDESK_KNOWLEDGE_DIR: the knowledge base in {directory} is invalid: {shown}{tail}")
    count = len(entry_files(directory))
    if count == 0:
        raise StartupError(f"HELPDESK_KNOWLEDGE_DIR: {directory} contains no knowledge-base entries")
    return count


async def migrate(url: str) -> None:
    """Run the migrations; a failure becomes one line."""
    from helpdesk_bot.db.migrate import upgrade_async

    try:
        await upgrade_async(url)
    except Exception as exc:
        raise StartupError(f"HELPDESK_DATABASE_URL: migrating the database at {safe_url(url)} failed "
                           f"({_reason(exc)})") from None


async def check_before_start(settings: Settings) -> None:
    """Everything ``run`` needs before it goes online (raises :class:`StartupError`)."""
    check_knowledge_base(Path(settings.knowledge_dir))
    await check_database_answers(settings.database_url)
    await migrate(settings.database_url)
    await check_database_writable(settings.database_url)
