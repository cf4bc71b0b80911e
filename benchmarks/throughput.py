"""Throughput of the help-desk bot against the sandbox, beside a minimal PTB echo bot (the ceiling).

N text messages from P distinct people go through the sandbox Bot API as fast as the bot takes them:
every person sends their next message as soon as the bot has answered the previous one (a closed
loop with P concurrent people). Each bot runs as its own process (like in production) against a
sandbox in this process, on the same machine and harness, one after the other. Printed: messages per
second and p50/p99 reply latency for both, and the help-desk bot's rate as a share of the echo bot's.

The baseline is a minimal PTB echo bot with the library's defaults (httpx). Both bots run twice,
once on PTB's default httpx transport and once on aiohttp (the help-desk bot's default,
``helpdesk_bot/telegram/transport.py``; ``HELPDESK_TELEGRAM_TRANSPORT``). Printed against the
baseline: the help-desk bot as shipped (aiohttp) and on the same transport as the baseline (httpx);
for reference also the pair on aiohttp, whose echo bot is about five times faster than the baseline.
``--transport`` runs one of the two pairs.

    python benchmarks/throughput.py              # 5,000 messages from 200 people
    python benchmarks/throughput.py --quick      # 1,000 messages from 100 people

The help-desk bot uses SQLite (the embedded default) in a temporary folder; its people have already
accepted the privacy notice, so every message is a real question for the knowledge base.

Scale-out figures (issue 11), each against its baseline in the same run:

    python benchmarks/throughput.py --open-loop        # 30 messages/s for 60 s from 600 people: p50/p99
    python benchmarks/throughput.py --processes        # one vs two bot processes, webhook mode, PostgreSQL
    python benchmarks/throughput.py --baseline main    # closed loop: this working tree vs revision main
    python benchmarks/throughput.py --scaleout         # all three (the baseline is the merge base with main)

``--open-loop`` sends at a fixed rate whatever the bot does (a person sends again only 20 s later), so
the latency is that of a realistic load, not of a saturated bot. ``--processes`` runs the help-desk
bot as one and as two OS processes in webhook mode on one PostgreSQL database
(``HELPDESK_BENCH_POSTGRES_URL``, default ``postgresql://postgres@127.0.0.1:5432/test``; a fresh
database per run) behind a round-robin proxy (``tests/e2e/proxy.py``), closed loop. ``--baseline REV``
runs the closed loop of the help-desk bot of revision REV (``git archive``, its own code and
migrations) and of this working tree one after the other.

The scale-out runs also print the CPU time per message, measured (``/proc``) over the measured part
only and independent of the machine's load: of the bot process(es), of this process (the harness:
sandbox Bot API, webhook delivery, load generator and, with ``--processes``, the round-robin proxy
``benchmarks/lb.py``, or with ``--proxy aiohttp`` the tests' recording proxy) and of the PostgreSQL
backends serving the benchmark's database, with the machine's load average. ``--processes`` then
prints the ceiling those figures allow on this machine's cores: one bot process uses one core at
most, two share all cores with the harness and PostgreSQL, so two / one <= 2 * bot / (bot + harness
+ PostgreSQL) on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lb import LeanProxy  # noqa: E402  (this folder, first on sys.path when run as a script)

from helpdesk_bot.sandbox import SandboxServer, SandboxUser  # noqa: E402
from tests.e2e.proxy import RoundRobinProxy  # noqa: E402

TOKEN = "123456:BENCH"
PROFILE = os.environ.get("HELPDESK_BENCH_PROFILE")  # py-spy raw output file for the help-desk bot
QUESTIONS = [
    "how much should I charge for my illustrations",
    "jak zarejestrować działalność",
    "Wie melde ich ein Gewerbe an",
    "kolik stojí ochranná známka",
    "kako zaščitim svoj dizajn",
    "kaip gauti paskolą verslui",
    "hur sätter jag pris på mina produkter",
    "do I need insurance for a craft fair stand",
    "where can I use a laser cutter",
    "what is the weather tomorrow",
    "newsletter consent rules",
    "how to find partners abroad for a design project",
]


@dataclass
class Result:
    name: str
    messages: int
    seconds: float
    latencies: list[float]
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds during the measured part, per process group
    load: tuple[float, float] = (0.0, 0.0)  # the machine's 1-minute load average before and after

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def _wait_ready(sandbox: SandboxServer, user: SandboxUser, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    await user.send_text("ping")
    while time.monotonic() < deadline:
        try:
            await user.wait_for_message(timeout=1.0)
            return
        except Exception:
            continue
    raise RuntimeError("the bot did not answer within 60 s")


async def _drive(sandbox: SandboxServer, people: int, per_person: int, first_id: int) -> tuple[float, list[float]]:
    latencies: list[float] = []

    async def person(index: int) -> None:
        user = sandbox.user(first_id + index, first_name=f"P{index}", language_code="en")
        user.consume_all()
        for n in range(per_person):
            started = time.monotonic()
            await user.send_text(QUESTIONS[(index + n) % len(QUESTIONS)])
            await user.wait_for_message(timeout=60.0)
            latencies.append(time.monotonic() - started)

    started = time.monotonic()
    await asyncio.gather(*(person(i) for i in range(people)))
    return time.monotonic() - started, latencies


async def _seed_people(database_url: str, people: int, first_id: int) -> None:
    from helpdesk_bot.bootstrap import build_services
    from helpdesk_bot.config import load_settings
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.people.service import TelegramProfile

    await upgrade_async(database_url)
    services = build_services(load_settings(database_url=database_url, _env_file=None))
    try:
        for i in range(people + 1):
            profile = TelegramProfile(first_id + i, f"P{i}", None, None, "en")
            await services.people.ensure(profile)
            await services.people.accept_notice(profile)
            await services.people.set_country(profile.telegram_id, "PL")
    finally:
        await services.close()


async def run_one(name: str, people: int, per_person: int) -> Result:
    sandbox = SandboxServer(token=TOKEN)
    await sandbox.start()
    first_id = 100_000
    with tempfile.TemporaryDirectory(prefix="helpdesk-bench-") as tmp:
        env = {**os.environ, "HELPDESK_TELEGRAM_TOKEN": TOKEN, "HELPDESK_TELEGRAM_API_URL": sandbox.api_url}
        env.pop("HELPDESK_WEBHOOK_URL", None)
        if name.startswith("echo"):
            env["HELPDESK_ECHO_CONCURRENCY"] = "32"
            env["HELPDESK_ECHO_TRANSPORT"] = "aiohttp" if name == "echo-aiohttp" else "httpx"
            command = [sys.executable, str(ROOT / "benchmarks" / "echo_bot.py")]
        else:
            env["HELPDESK_TELEGRAM_TRANSPORT"] = "aiohttp" if name == "helpdesk-aiohttp" else "httpx"
            database_url = f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
            await _seed_people(database_url, people, first_id)
            env.update({"HELPDESK_DATABASE_URL": database_url, "HELPDESK_KNOWLEDGE_DIR": str(ROOT / "knowledge")})
            command = [sys.executable, "-m", "helpdesk_bot", "run"]
            if PROFILE:
                command = ["py-spy", "record", "-r", "100", "-f", "raw", "-o", PROFILE, "--", *command]
        log_file = open(Path(tmp) / f"{name}.log", "wb")  # noqa: ASYNC230 - closed below
        process = await asyncio.create_subprocess_exec(*command, env=env, cwd=tmp, stdout=log_file,
                                                       stderr=subprocess.STDOUT)
        try:
            await _wait_ready(sandbox, sandbox.user(first_id + people, first_name="Warmup", language_code="en"))
            seconds, latencies = await _drive(sandbox, people, per_person, first_id)
        finally:
            process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 20)
            except TimeoutError:
                process.kill()
                await process.wait()
            log_file.close()
            await sandbox.stop()
    return Result(name, people * per_person, seconds, latencies)


# ------------------------------------------------------------------------------------------ scale-out
@dataclass
class HelpdeskRun:
    """How to run the help-desk bot for one measurement."""

    name: str
    processes: int = 1
    database: str = "sqlite"  # or "postgresql"
    checkout: Path | None = None  # another revision's source tree; None: this working tree
    webhook: bool = False
    proxy: str = "lean"  # the round-robin proxy in front of webhook bots: "lean" (benchmarks/lb.py) or "aiohttp"


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system) that process ``pid`` has used so far; 0 if it is gone (Linux /proc)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _postgres_backends(server: str, name: str) -> list[int]:
    """The server processes serving database ``name`` (the bots' connections; PostgreSQL on this machine)."""
    import asyncpg

    conn = await asyncpg.connect(server)
    try:
        rows = await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1", name)
    finally:
        await conn.close()
    return [int(row["pid"]) for row in rows]


@dataclass
class _CpuMeter:
    """CPU time of the bot processes, this (harness) process and the database's backends between two reads."""

    bots: list[int]
    pg: tuple[str, str] | None
    start: dict[str, dict[int, float]] = field(default_factory=dict)

    async def _read(self) -> dict[str, dict[int, float]]:
        backends = await _postgres_backends(*self.pg) if self.pg is not None else []
        return {"bot": {pid: _process_cpu(pid) for pid in self.bots},
                "harness": {0: time.process_time()},
                "postgres": {pid: _process_cpu(pid) for pid in backends}}

    async def begin(self) -> None:
        """Take the first reading."""
        self.start = await self._read()

    async def end(self) -> dict[str, float]:
        """CPU seconds per group since :meth:`begin` (a backend that started since counts from zero)."""
        now = await self._read()
        return {group: sum(value - self.start[group].get(pid, 0.0) for pid, value in values.items())
                for group, values in now.items()}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _postgres_database() -> tuple[str, str, str]:
    """A fresh PostgreSQL database: (SQLAlchemy URL, its name, the server URL)."""
    import uuid

    import asyncpg
    from sqlalchemy.engine import make_url

    server = os.environ.get("HELPDESK_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    name = f"helpdesk_bench_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    url = make_url(server).set(drivername="postgresql+asyncpg", database=name)
    return url.render_as_string(hide_password=False), name, server


async def _drop_postgres_database(server: str, name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(server)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def _port_open(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.2)
            continue
        writer.close()
        return
    raise RuntimeError(f"nothing listens on port {port}")


async def _open_loop(sandbox: SandboxServer, people: int, rate: float, duration: float,
                     first_id: int) -> tuple[float, list[float]]:
    """Message i leaves at i / rate seconds, from person i mod ``people``, whatever the bot does."""
    latencies: list[float] = []
    total = int(rate * duration)
    started = time.monotonic()

    async def person(index: int) -> None:
        user = sandbox.user(first_id + index, first_name=f"P{index}", language_code="en")
        user.consume_all()
        for n in range(index, total, people):
            delay = started + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            sent = time.monotonic()
            await user.send_text(QUESTIONS[n % len(QUESTIONS)])
            await user.wait_for_message(timeout=60.0)
            latencies.append(time.monotonic() - sent)

    await asyncio.gather(*(person(i) for i in range(min(people, total))))
    return time.monotonic() - started, latencies


async def run_helpdesk(run: HelpdeskRun, people: int, per_person: int, *,
                       open_loop: tuple[float, float] | None = None) -> Result:
    """The help-desk bot (aiohttp transport) as ``run`` says, closed loop or at a fixed rate."""
    sandbox = SandboxServer(token=TOKEN)
    await sandbox.start()
    first_id = 100_000
    source = run.checkout or ROOT
    pg: tuple[str, str] | None = None
    processes: list[asyncio.subprocess.Process] = []
    proxy: RoundRobinProxy | LeanProxy | None = None
    logs = []
    with tempfile.TemporaryDirectory(prefix="helpdesk-bench-") as tmp:
        try:
            if run.database == "postgresql":
                database_url, name, server = await _postgres_database()
                pg = (server, name)
            else:
                database_url = f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
            env = {**os.environ, "HELPDESK_TELEGRAM_TOKEN": TOKEN, "HELPDESK_TELEGRAM_API_URL": sandbox.api_url,
                   "HELPDESK_TELEGRAM_TRANSPORT": "aiohttp", "HELPDESK_DATABASE_URL": database_url,
                   # a baseline revision reads its own knowledge base (its validation may not know today's files)
                   "HELPDESK_KNOWLEDGE_DIR": str(source / "knowledge"), "PYTHONPATH": str(source)}
            env.pop("HELPDESK_WEBHOOK_URL", None)
            seed = await asyncio.create_subprocess_exec(
                sys.executable, str(ROOT / "benchmarks" / "seed.py"), database_url, str(people + 2), str(first_id),
                env=env, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            output, _ = await seed.communicate()
            if seed.returncode != 0:
                raise RuntimeError(output.decode()[-2000:])
            ports = [_free_port() for _ in range(run.processes)]
            if run.webhook:
                backends = [f"http://127.0.0.1:{p}/telegram" for p in ports]
                proxy = RoundRobinProxy(backends, _free_port()) if run.proxy == "aiohttp" else LeanProxy(backends)
                await proxy.start()
            for index in range(run.processes):
                process_env = dict(env)
                if proxy is not None:
                    process_env.update({"HELPDESK_WEBHOOK_URL": proxy.url, "HELPDESK_WEBHOOK_SECRET": "bench-secret",
                                        "HELPDESK_LISTEN": "127.0.0.1", "HELPDESK_PORT": str(ports[index])})
                log_file = open(Path(tmp) / f"{run.name}-{index}.log", "wb")  # noqa: ASYNC230 - closed below
                logs.append(log_file)
                command = [sys.executable, "-m", "helpdesk_bot", "run"]
                if PROFILE:
                    command = ["py-spy", "record", "-r", "100", "-f", "raw", "-o", f"{PROFILE}.{run.name}.{index}",
                               "--", *command]
                processes.append(await asyncio.create_subprocess_exec(
                    *command, env=process_env, cwd=tmp, stdout=log_file, stderr=subprocess.STDOUT))
                if proxy is not None:
                    await _port_open(ports[index])
            warmup = sandbox.user(first_id + people, first_name="Warmup", language_code="en")
            try:
                for _ in range(run.processes):  # round robin: one warm-up message per process
                    await _wait_ready(sandbox, warmup)
                    warmup.consume_all()
            except RuntimeError as exc:  # say why: the bot's own last words
                for log_file in logs:
                    log_file.flush()
                tails = [Path(f.name).read_text(errors="replace")[-1500:] for f in logs]  # noqa: ASYNC240 - failing anyway
                raise RuntimeError(f"{run.name}: {exc}; its log ends:\n" + "\n---\n".join(tails)) from exc
            meter = _CpuMeter([] if PROFILE else [p.pid for p in processes], pg)
            await meter.begin()
            load_before = os.getloadavg()[0]
            if open_loop is not None:
                rate, duration = open_loop
                seconds, latencies = await _open_loop(sandbox, people, rate, duration, first_id)
            else:
                seconds, latencies = await _drive(sandbox, people, per_person, first_id)
            cpu = await meter.end()
            load = (load_before, os.getloadavg()[0])
        finally:
            for process in processes:
                if process.returncode is None:
                    process.send_signal(signal.SIGINT)
            for process in processes:
                try:
                    await asyncio.wait_for(process.wait(), 20)
                except TimeoutError:
                    process.kill()
                    await process.wait()
            for log_file in logs:
                log_file.close()
            if proxy is not None:
                await proxy.stop()
            await sandbox.stop()
            if pg is not None:
                await _drop_postgres_database(*pg)
    return Result(run.name, len(latencies), seconds, latencies, cpu, load)


def _checkout(revision: str, into: Path) -> Path:
    """The source tree of ``revision`` (``git archive``; the repository is not changed)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _print(results: list[Result]) -> None:
    print(f"{'run':<28}{'messages':>10}{'seconds':>10}{'msg/s':>10}{'p50 ms':>10}{'p99 ms':>10}"
          f"{'CPU ms/msg: bot':>17}{'harness':>9}{'pg':>6}{'load':>11}")
    for r in results:
        per = {group: 1000 * seconds / max(1, r.messages) for group, seconds in r.cpu.items()}
        print(f"{r.name:<28}{r.messages:>10}{r.seconds:>10.2f}{r.rate:>10.1f}{r.percentile(0.5):>10.1f}"
              f"{r.percentile(0.99):>10.1f}{per.get('bot', 0):>17.2f}{per.get('harness', 0):>9.2f}"
              f"{per.get('postgres', 0):>6.2f}{r.load[0]:>6.1f}-{r.load[1]:<4.1f}")


def _cpu_ms(result: Result, group: str) -> float:
    return 1000 * result.cpu.get(group, 0.0) / max(1, result.messages)


def _explain_ceiling(one: Result, two: Result, cores: int | None = None) -> None:
    """What the CPU per message allows two processes to gain on this machine's cores.

    One bot process can use one core at most: it handles at most ``1 / bot`` messages a second. Every
    message also costs CPU in the harness (sandbox Bot API, proxy, load generator; one process) and in
    PostgreSQL, on the same cores. With two bot processes the cores are shared by everything:
    at most ``cores / (bot + harness + pg)`` messages a second. The ratio of the two is the ceiling of
    the scale-out on this machine, whatever the bot does about its own CPU.
    """
    cores = cores or os.cpu_count() or 1
    if not one.cpu.get("bot"):
        print("(no CPU figures: HELPDESK_BENCH_PROFILE wraps the bots in py-spy)")
        return
    bot = (_cpu_ms(one, "bot") + _cpu_ms(two, "bot")) / 2
    harness = (_cpu_ms(one, "harness") + _cpu_ms(two, "harness")) / 2
    pg = (_cpu_ms(one, "postgres") + _cpu_ms(two, "postgres")) / 2
    total = bot + harness + pg
    one_max = min(1000 / bot, cores * 1000 / total)
    two_max = min(2 * 1000 / bot, cores * 1000 / total)
    print(f"CPU per message (mean of both runs): bot {bot:.2f} ms, harness {harness:.2f} ms, PostgreSQL {pg:.2f} ms "
          f"= {total:.2f} ms; the bot is {bot / total:.0%} of it")
    for r in (one, two):
        print(f"  {r.name}: cores used: bot {r.cpu.get('bot', 0) / r.seconds:.2f}, harness "
              f"{r.cpu.get('harness', 0) / r.seconds:.2f}, PostgreSQL {r.cpu.get('postgres', 0) / r.seconds:.2f}"
              f" (machine load {r.load[0]:.1f} -> {r.load[1]:.1f})")
    print(f"ceiling on {cores} cores: one process <= {one_max:.0f} msg/s (one core for the bot), two <= "
          f"{two_max:.0f} msg/s (all cores for bots + harness + PostgreSQL) -> two / one <= {two_max / one_max:.2f}; "
          f"1.6 needs the harness and PostgreSQL below {bot * (2 / 1.6 - 1):.2f} ms per message together "
          f"(a bot with less CPU per message lowers this ceiling; other processes on the machine lower it further)")


def scaleout(args: argparse.Namespace, per_person: int) -> None:
    """The issue's scale-out figures: open loop, one vs two processes, this tree vs a baseline revision."""
    if args.open_loop:
        result = asyncio.run(run_helpdesk(HelpdeskRun("open loop sqlite"), args.open_people, 0,
                                          open_loop=(args.rate, args.duration)))
        _print([result])
        print(f"open loop at {args.rate:g} messages/s for {args.duration:g} s: p50 {result.percentile(0.5):.1f} ms, "
              f"p99 {result.percentile(0.99):.1f} ms (target p99 <= 100 ms)")
    if args.processes:
        one = asyncio.run(run_helpdesk(HelpdeskRun("1 process webhook pg", 1, "postgresql", webhook=True,
                                                   proxy=args.proxy), args.people, per_person))
        two = asyncio.run(run_helpdesk(HelpdeskRun("2 processes webhook pg", 2, "postgresql", webhook=True,
                                                   proxy=args.proxy), args.people, per_person))
        _print([one, two])
        print(f"two processes / one: rate {two.rate / one.rate:.2f} (target >= 1.6 on 2 cores), "
              f"p50 latency ratio {two.percentile(0.5) / one.percentile(0.5):.2f}")
        _explain_ceiling(one, two)
    if args.baseline:
        with tempfile.TemporaryDirectory(prefix="helpdesk-baseline-") as tmp:
            checkout = _checkout(args.baseline, Path(tmp))
            base = asyncio.run(run_helpdesk(HelpdeskRun(f"baseline {args.baseline[:12]}", checkout=checkout),
                                            args.people, per_person))
            now = asyncio.run(run_helpdesk(HelpdeskRun("this working tree"), args.people, per_person))
        _print([base, now])
        print(f"closed loop, this tree / {args.baseline[:12]}: rate {now.rate / base.rate:.2f} (target >= 0.90)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="1,000 messages from 100 people")
    parser.add_argument("--transport", choices=("both", "httpx", "aiohttp"), default="both",
                        help="run the pair of bots on one transport only")
    parser.add_argument("--open-loop", action="store_true", help="fixed rate (--rate, --duration), p50/p99")
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--open-people", type=int, default=600)
    parser.add_argument("--processes", action="store_true", help="one vs two processes, webhook, PostgreSQL")
    parser.add_argument("--proxy", choices=("lean", "aiohttp"), default="lean",
                        help="--processes: the round-robin proxy, benchmarks/lb.py or tests/e2e/proxy.py")
    parser.add_argument("--baseline", metavar="REV", help="closed loop of this tree vs revision REV")
    parser.add_argument("--scaleout", action="store_true", help="--open-loop --processes --baseline <merge base>")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.people = 1000, 100
    per_person = max(1, args.messages // args.people)
    if args.scaleout:
        args.open_loop = args.processes = True
        args.baseline = args.baseline or subprocess.run(
            ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], check=True, capture_output=True,
            text=True).stdout.strip()
    if args.open_loop or args.processes or args.baseline:
        scaleout(args, per_person)
        return
    pairs = [("echo", "helpdesk"), ("echo-aiohttp", "helpdesk-aiohttp")]
    if args.transport != "both":
        pairs = [pairs[0] if args.transport == "httpx" else pairs[1]]
    results = {name: asyncio.run(run_one(name, args.people, per_person)) for pair in pairs for name in pair}
    print(f"{'bot':<18}{'messages':>10}{'seconds':>10}{'msg/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for r in results.values():
        print(f"{r.name:<18}{r.messages:>10}{r.seconds:>10.2f}{r.rate:>10.1f}{r.percentile(0.5):>10.1f}"
              f"{r.percentile(0.99):>10.1f}")
    if "echo" in results:  # the baseline: a minimal PTB echo bot, PTB's defaults (httpx)
        echo = results["echo"]
        for name, label in (("helpdesk-aiohttp", "help-desk as shipped (aiohttp)"),
                            ("helpdesk", "help-desk on httpx (same transport)")):
            if name in results:
                print(f"{label} / minimal PTB echo bot: rate {results[name].rate / echo.rate:.2f} "
                      f"(target >= 0.50), p50 latency ratio "
                      f"{results[name].percentile(0.5) / echo.percentile(0.5):.2f}")
    if "echo-aiohttp" in results:
        echo, helpdesk = results["echo-aiohttp"], results["helpdesk-aiohttp"]
        print(f"for reference, both on aiohttp (an echo bot that needs ~0.4 ms of CPU per message): "
              f"rate {helpdesk.rate / echo.rate:.2f}, p50 latency ratio "
              f"{helpdesk.percentile(0.5) / echo.percentile(0.5):.2f}")


if __name__ == "__main__":
    main()
