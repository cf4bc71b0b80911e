"""Shared fixtures: a guard against the internet, databases (SQLite, and PostgreSQL when
HELPDESK_TEST_POSTGRES_URL is set), settings and services with a controllable clock."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.config import Settings, load_settings
from helpdesk_bot.db.migrate import upgrade_async

PROJECT_ROOT = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get("HELPDESK_TEST_POSTGRES_URL")

# ---------------------------------------------------------------- Hypothesis profiles
# HELPDESK_HYPOTHESIS_PROFILE selects one (.ci/run uses "ci"). A test's own @settings (e.g. its
# max_examples) still wins over the profile for the values it names.
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci",
    derandomize=True,  # the same examples on every run: a CI failure is reproducible, never a lucky draw
    database=None,  # no example database in a fresh clone
    deadline=None,  # a shared, loaded machine: timings are not what these tests check
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HELPDESK_HYPOTHESIS_PROFILE", "dev"))

# ---------------------------------------------------------------- no internet in tests
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _is_local(host: object) -> bool:
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _guard_address(address: Any) -> None:
    if isinstance(address, tuple) and address and not _is_local(address[0]):
        raise RuntimeError(f"tests must not reach the network: connection to {address!r} refused")


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _guard_address(address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _guard_address(address)
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not _is_local(host if not isinstance(host, bytes) else host.decode()):
        raise RuntimeError(f"tests must not reach the network: name lookup of {host!r} refused")
    return _real_getaddrinfo(host, *args, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    """Install the network guard for the whole test run (every test, every thread)."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _guarded_getaddrinfo


# ---------------------------------------------------------------- databases
async def _admin_execute(url: str, sql: str) -> None:
    import asyncpg  # type: ignore[import-untyped]
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    conn = await asyncpg.connect(
        host=parsed.host, port=parsed.port or 5432, user=parsed.username, password=parsed.password,
        database=parsed.database,
    )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """The PostgreSQL server given by HELPDESK_TEST_POSTGRES_URL (tests skip without it)."""
    if not POSTGRES_URL:
        pytest.skip("HELPDESK_TEST_POSTGRES_URL not set")
    return POSTGRES_URL


def _fresh_postgres_database(server_url: str) -> tuple[str, str]:
    from sqlalchemy.engine import make_url

    name = f"helpdesk_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin_execute(server_url, f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(drivername="postgresql+asyncpg", database=name)
    return url.render_as_string(hide_password=False), name


def _drop_postgres_database(server_url: str, name: str) -> None:
    asyncio.run(_admin_execute(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, and a fresh PostgreSQL database when configured."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
        return
    server = request.getfixturevalue("postgres_server_url")
    url, name = _fresh_postgres_database(server)
    try:
        yield url
    finally:
        _drop_postgres_database(server, name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """An empty SQLite database file."""
    return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when the test says so."""
    return ManualClock()


def make_settings(database_url: str, **overrides: Any) -> Settings:
    """Settings for tests: no .env, knowledge base of the repository, staff id 9000."""
    values: dict[str, Any] = {
        "database_url": database_url,
        "knowledge_dir": PROJECT_ROOT / "knowledge",
        "staff_ids": "9000",
        "telegram_token": "123456:TEST",
        "_env_file": None,
    }
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture
async def services(sqlite_url: str, clock: ManualClock) -> AsyncIterator[Services]:
    """Services on a migrated SQLite database."""
    await upgrade_async(sqlite_url)
    built = build_services(make_settings(sqlite_url), clock=clock)
    try:
        yield built
    finally:
        await built.close()


@pytest.fixture
async def db_services(empty_database_url: str, clock: ManualClock) -> AsyncIterator[Services]:
    """Services on a migrated database, once on SQLite and once on PostgreSQL (when configured)."""
    await upgrade_async(empty_database_url)
    built = build_services(make_settings(empty_database_url), clock=clock)
    try:
        yield built
    finally:
        await built.close()
