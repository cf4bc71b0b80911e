"""Benchmark of the indicator report: 100,000 and 1,000,000 interactions, SQLite and PostgreSQL.

Generates a realistic interaction log (``helpdesk_bot.indicators.synthetic``) over eleven months,
then times the full report (every default indicator: totals, trend by month, breakdowns by
language, country and topic) for the project to date. PostgreSQL is measured too when
``HELPDESK_TEST_POSTGRES_URL`` is set (a temporary database is created and dropped).

    python benchmarks/report.py [--sizes 100000 1000000] [--runs 3]

Targets: the 1,000,000-row report in at most 5 s on SQLite and 2 s on PostgreSQL; growth between
the two sizes no worse than linear (factor <= 10 for 10x the rows).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from sqlalchemy.engine import make_url

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.db.engine import create_engine, create_session_factory
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.db.uow import uow_factory
from helpdesk_bot.indicators.definitions_file import DefinitionsSource
from helpdesk_bot.indicators.report import ReportService
from helpdesk_bot.indicators.synthetic import synthetic_interactions

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
START = datetime(2026, 1, 1, tzinfo=UTC)


async def _admin(server_url: str, sql: str) -> None:
    import asyncpg  # type: ignore[import-untyped]

    parsed = make_url(server_url)
    conn = await asyncpg.connect(host=parsed.host, port=parsed.port or 5432, user=parsed.username,
                                 password=parsed.password, database=parsed.database)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


COLUMNS = ["occurred_at", "kind", "outcome", "actor_ref", "person_id", "language", "country", "subject", "topic",
           "value", "update_id"]


def _fill_sqlite(path: str, size: int) -> None:
    import sqlite3

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in synthetic_interactions(size, START, NOW):
            # the storage format of SQLAlchemy's DateTime on SQLite (naive UTC)
            row["occurred_at"] = row["occurred_at"].astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
            yield tuple(row[c] for c in COLUMNS)

    con = sqlite3.connect(path)
    try:
        con.executemany(f"INSERT INTO interactions ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                        rows())
        con.commit()
    finally:
        con.close()


async def fill(url: str, engine: Any, size: int) -> None:
    """Insert ``size`` synthetic interactions as fast as the driver allows (COPY on PostgreSQL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        await asyncio.to_thread(_fill_sqlite, str(parsed.database), size)
        return
    async with engine.connect() as conn:
        raw = await conn.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        records = (tuple(row[c] for c in COLUMNS) for row in synthetic_interactions(size, START, NOW))
        await driver.copy_records_to_table("interactions", records=list(records), columns=COLUMNS)
        await conn.commit()


async def measure(url: str, size: int, runs: int) -> list[float]:
    """Fill a fresh database at ``url`` with ``size`` interactions and time ``runs`` full reports."""
    await upgrade_async(url)
    engine = create_engine(url)
    try:
        started = time.perf_counter()
        await fill(url, engine, size)
        async with engine.begin() as conn:
            await conn.execute(text("ANALYZE"))
        uow = uow_factory(create_session_factory(engine))
        print(f"  generated {size:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
        service = ReportService(uow, ManualClock(NOW), DefinitionsSource(), timezone="Europe/Warsaw",
                                dialect=engine.dialect.name,
                                home_country="PL")
        period = service.named_period("project")
        await service.build(period)  # warm-up (caches, connection pool)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            report = await service.build(period)
            times.append(time.perf_counter() - started)
        supported = report.get("entrepreneurs_supported").value
        print(f"  runs: {', '.join(f'{t:.3f}' for t in times)} s (median {statistics.median(times):.3f} s); "
              f"{len(report.results)} indicators, {len(period.months('Europe/Warsaw'))} months, "
              f"entrepreneurs supported = {supported:,.0f}", flush=True)
        return times
    finally:
        await engine.dispose()


async def run_backend(name: str, sizes: list[int], runs: int) -> dict[int, float]:
    """Median report time per size on one backend."""
    medians: dict[int, float] = {}
    server = os.environ.get("HELPDESK_TEST_POSTGRES_URL")
    for size in sizes:
        print(f"{name}, {size:,} interactions", flush=True)
        if name == "sqlite":
            with tempfile.TemporaryDirectory(prefix="helpdesk-report-bench-") as folder:
                medians[size] = statistics.median(
                    await measure(f"sqlite+aiosqlite:///{folder}/bench.sqlite3", size, runs))
        else:
            assert server is not None
            db = f"helpdesk_bench_{uuid.uuid4().hex[:10]}"
            await _admin(server, f'CREATE DATABASE "{db}"')
            try:
                url = make_url(server).set(drivername="postgresql+asyncpg", database=db)
                medians[size] = statistics.median(await measure(url.render_as_string(hide_password=False), size, runs))
            finally:
                await _admin(server, f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    return medians


async def main() -> int:
    """Run the benchmark and print the figures; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not os.environ.get("HELPDESK_TEST_POSTGRES_URL"):
        print("HELPDESK_TEST_POSTGRES_URL not set: PostgreSQL skipped")
        backends.remove("postgresql")
    limits = {"sqlite": 5.0, "postgresql": 2.0}
    ok = True
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    summary = []
    for backend in backends:
        medians = await run_backend(backend, args.sizes, args.runs)
        sizes = sorted(medians)
        line = f"{backend}: " + ", ".join(f"{s:,} rows {medians[s]:.3f} s per run (median)" for s in sizes)
        if len(sizes) >= 2:
            small, large = sizes[0], sizes[-1]
            growth = medians[large] / medians[small]
            fits = growth <= (large / small) * 1.1
            line += (f"; growth x{growth:.1f} for x{large / small:.0f} rows "
                     f"({'no worse than linear' if fits else 'WORSE THAN LINEAR'})")
            ok = ok and fits
        if 1_000_000 in medians:
            met = medians[1_000_000] <= limits[backend]
            line += (f"; 1,000,000 rows: {medians[1_000_000]:.3f} s against a target of {limits[backend]:.0f} s "
                     f"({medians[1_000_000] / limits[backend]:.0%} of it{'' if met else ', MISSED'})")
            ok = ok and met
        summary.append(line)
    summary.append(f"machine load average (1, 5, 15 min) at the start: {load}; at the end: "
                   + ", ".join(f"{n:.2f}" for n in os.getloadavg()) + f" ({os.cpu_count()} CPUs)")
    print("\n".join(summary))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
