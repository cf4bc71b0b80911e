"""Broadcast benchmark: 10,000 subscribers through the sandbox within Telegram's limits, then a kill.

The sandbox Bot API runs in this process and enforces a global limit of R messages/s (``--rate``,
default 500 for a quick run; Telegram's real limit is about 30) and one message per second per chat;
1 % of the subscribers have blocked the bot (403) and 1 % of the sends are answered 502. The bot's
sending side runs as a separate process: a dispatcher built with ``build_services`` from the same
settings as ``helpdesk-bot run`` (``benchmarks/broadcast_worker.py``), sharing the database.

Phase 1 sends an announcement to everyone and reports the achieved rate as a share of R, messages
lost, duplicates and wall time. Phase 2 sends a second announcement, SIGKILLs the dispatcher process
when half of it is delivered, restarts it, and reports the same, plus how many sends were in flight
at the kill (claimed in the database and already delivered by the sandbox: these are the only ones
that may be sent twice).

    python benchmarks/broadcast.py                 # R = 500, 10,000 subscribers, SQLite
    python benchmarks/broadcast.py --rate 30 --subscribers 2000
    python benchmarks/broadcast.py --database-url postgresql+asyncpg://user@host/db
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from helpdesk_bot.bootstrap import build_services  # noqa: E402
from helpdesk_bot.broadcasts.models import OutboxMessage  # noqa: E402
from helpdesk_bot.config import LANGUAGES, load_settings  # noqa: E402
from helpdesk_bot.db.migrate import upgrade_async  # noqa: E402
from helpdesk_bot.events.models import EventSubscription  # noqa: E402
from helpdesk_bot.events.views import Audience  # noqa: E402
from helpdesk_bot.people.actor import CLI  # noqa: E402
from helpdesk_bot.people.models import Person  # noqa: E402
from helpdesk_bot.sandbox import FaultConfig, SandboxServer  # noqa: E402

TOKEN = "123456:BENCH"
FIRST_ID = 5_000_000
WORKER_ID = "bench-dispatcher"


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start the dispatcher process (``broadcast_worker.py``)."""
    script = os.environ.get("BENCH_WORKER_SCRIPT") or str(Path(__file__).resolve().with_name("broadcast_worker.py"))
    return subprocess.Popen([sys.executable, script], env=env, stdout=subprocess.DEVNULL, stderr=None)


# ------------------------------------------------------------------------------------- the harness
async def seed(services: Any, count: int) -> None:
    """``count`` consenting people, each subscribed to workshops (bulk inserts)."""
    now = datetime.now(UTC)
    async with services.uow() as uow:
        rows = [
            {"telegram_id": FIRST_ID + i, "actor_ref": secrets.token_hex(12), "language": LANGUAGES[i % 7],
             "country": "PL", "timezone": "Europe/Warsaw", "consent_version": "2026-11", "consent_at": now,
             "share_handle": False, "is_active": True, "created_at": now, "updated_at": now,
             "first_name": f"S{i}"}
            for i in range(count)
        ]
        for start in range(0, count, 2000):
            await uow.session.execute(insert(Person), rows[start : start + 2000])
        ids = list((await uow.session.execute(select(Person.id).where(Person.telegram_id >= FIRST_ID))).scalars())
        subs = [{"person_id": pid, "scope": "kind", "value": "workshop", "created_at": now} for pid in ids]
        for start in range(0, len(subs), 2000):
            await uow.session.execute(insert(EventSubscription), subs[start : start + 2000])
        await uow.commit()


def delivered_chats(sandbox: SandboxServer, since_index: int) -> dict[int, int]:
    """Messages per chat delivered since ``since_index`` of the sent log."""
    counts: dict[int, int] = {}
    for record in sandbox.sent_log[since_index:]:
        counts[record.chat_id] = counts.get(record.chat_id, 0) + 1
    return counts


async def run_phase(sandbox: SandboxServer, services: Any, env: dict[str, str], *, label: str, rate: float,
                    expected: set[int], kill_at: float | None, timeout: float,
                    timeline: bool = False) -> dict[str, Any]:
    """One announcement to everyone; with ``kill_at`` the dispatcher is SIGKILLed at that share."""
    sandbox.reset_log()
    worker = start_worker(env)
    await asyncio.sleep(1.5)  # the worker imports and connects before the clock starts
    started = time.monotonic()
    _aid, broadcast_id, recipients = await services.events.announcements.create(
        text=f"Benchmark announcement ({label})", audience=Audience(), by=CLI)
    in_flight = None
    killed_at_sent = None
    try:
        if kill_at is not None:
            target = int(len(expected) * kill_at)
            while len(sandbox.sent_log) < target:  # noqa: ASYNC110 - polling is cheaper than a check per message
                await asyncio.sleep(0.01)
            worker.send_signal(signal.SIGKILL)
            worker.wait()
            killed = time.monotonic()
            killed_at_sent = len(sandbox.sent_log)
            async with services.uow() as uow:  # the dead worker's claims, before the new one releases them
                claimed = set((await uow.session.execute(
                    select(OutboxMessage.recipient_telegram_id)
                    .where(OutboxMessage.broadcast_id == broadcast_id, OutboxMessage.state == "sending"))).scalars())
            worker = start_worker(env)  # same HELPDESK_DISPATCHER_ID: its old claims are released at once
            # answers to requests already on the wire; the new process needs well over 0.3 s to import
            # and start, so deliveries up to kill + 0.3 s are the dead worker's
            await asyncio.sleep(0.3)
            delivered = {r.chat_id for r in sandbox.sent_log if r.time <= killed + 0.3}
            in_flight = len(claimed & delivered)
        deadline = time.monotonic() + timeout
        # polled (not wait_until): a check per delivered message would cost O(n²) in the sandbox's process
        while not (len(sandbox.sent_log) >= len(expected) and expected <= set(delivered_chats(sandbox, 0))):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(expected)} deliveries not done after {timeout} s")
            await asyncio.sleep(0.1)
        wall = time.monotonic() - started
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            worker.kill()
    counts = delivered_chats(sandbox, 0)
    stats = sandbox.stats()
    if timeline:
        first = sandbox.sent_log[0].time if sandbox.sent_log else 0.0
        buckets: dict[int, int] = {}
        for record in sandbox.sent_log:
            buckets[int((record.time - first) * 4)] = buckets.get(int((record.time - first) * 4), 0) + 1
        print(f"{label}: deliveries per 0.25 s:", " ".join(str(buckets.get(i, 0)) for i in range(max(buckets) + 1)))
    lost = len(expected - set(counts))
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    to_blocked = sum(1 for chat in counts if chat not in expected)
    return {
        "phase": label,
        "recipients": recipients,
        "delivered": len(counts),
        "rate": round(stats.rate, 1),
        "rate_share_of_R": round(stats.rate / rate, 3),
        "lost": lost,
        "duplicates": duplicates,
        "delivered_to_blocked": to_blocked,
        "in_flight_at_kill": in_flight,
        "sent_before_kill": killed_at_sent,
        "wall_seconds": round(wall, 2),
        "max_global_per_second": stats.max_global_per_second,
        "max_chat_per_second": stats.max_chat_per_second,
        "server_errors": stats.errors,
    }


async def bench(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Both phases; returns their reports."""
    workdir = Path(tempfile.mkdtemp(prefix="helpdesk-bench-"))
    database_url = args.database_url or f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}"
    await upgrade_async(database_url)
    ids = [FIRST_ID + i for i in range(args.subscribers)]
    blocked = set(ids[:: max(1, round(1 / args.blocked_share))]) if args.blocked_share > 0 else set()
    faults = FaultConfig(global_rate_limit=args.rate, per_chat_limit=True, blocked_user_ids=blocked,
                         error_rate=args.error_rate, seed=42)
    sandbox = SandboxServer(token=TOKEN, faults=faults)
    await sandbox.start()
    for tid in ids:
        sandbox.user(tid, first_name="S")
    env = dict(os.environ)
    env.update({
        "HELPDESK_DATABASE_URL": database_url,
        "HELPDESK_TELEGRAM_API_URL": sandbox.api_url,
        "HELPDESK_TELEGRAM_TOKEN": TOKEN,
        "HELPDESK_BROADCAST_RATE": str(args.rate * args.headroom),
        "HELPDESK_DISPATCHER_ID": WORKER_ID,
        "HELPDESK_DISPATCHER_INTERVAL_SECONDS": "0.5",
        "HELPDESK_DISPATCHER_LINGER_SECONDS": "3",
        "HELPDESK_OUTBOX_LEASE_SECONDS": "60",
        "HELPDESK_STAFF_IDS": "",
    })
    settings = load_settings(database_url=database_url, telegram_api_url=sandbox.api_url, telegram_token=TOKEN,
                             _env_file=None)
    services = build_services(settings)
    reports = []
    try:
        await seed(services, args.subscribers)
        expected = set(ids) - blocked
        # the sandbox holds every chat in memory: keep those objects out of the garbage collector's full
        # passes, which otherwise stall this process (and so the fake Bot API) for a good fraction of a second
        gc.collect()
        gc.freeze()
        if args.phases in ("both", "no-kill"):
            reports.append(await run_phase(sandbox, services, env, label="no kill", rate=args.rate,
                                           expected=expected, kill_at=None, timeout=args.timeout,
                                           timeline=args.timeline))
        if args.phases in ("both", "kill"):
            reports.append(await run_phase(sandbox, services, env, label="SIGKILL at 50 % and restart",
                                           rate=args.rate, expected=expected, kill_at=0.5, timeout=args.timeout,
                                           timeline=args.timeline))
    finally:
        await services.close()
        await sandbox.stop()
    return reports


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=500.0, help="global limit R of the sandbox (messages/s)")
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--blocked-share", type=float, default=0.01)
    parser.add_argument("--error-rate", type=float, default=0.01)
    parser.add_argument("--headroom", type=float, default=1.0,
                        help="the dispatcher's rate as a share of R (HELPDESK_BROADCAST_RATE); the dispatcher's "
                             "sliding window keeps any second at or under it, so R itself is safe")
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--timeline", action="store_true", help="print deliveries per 0.25 s")
    parser.add_argument("--phases", choices=("both", "no-kill", "kill"), default="both",
                        help="run only one of the two phases")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    args = parser.parse_args()
    reports = asyncio.run(bench(args))
    if args.json:
        print(json.dumps(reports, indent=2))
        return 0
    print(f"R = {args.rate:g} messages/s, {args.subscribers} subscribers, {args.blocked_share:.0%} blocked, "
          f"{args.error_rate:.0%} of sends answered 502")
    for r in reports:
        flight = "" if r["in_flight_at_kill"] is None else f", in flight at kill {r['in_flight_at_kill']}"
        print(f"{r['phase']}: delivered {r['delivered']}/{r['recipients']}, rate {r['rate']}/s = "
              f"{r['rate_share_of_R']:.1%} of R, lost {r['lost']}, duplicates {r['duplicates']}{flight}, "
              f"wall {r['wall_seconds']} s, max {r['max_global_per_second']}/s overall and "
              f"{r['max_chat_per_second']}/s per chat, server errors {r['server_errors']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
