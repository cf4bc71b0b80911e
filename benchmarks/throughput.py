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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpdesk_bot.sandbox import SandboxServer, SandboxUser  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="1,000 messages from 100 people")
    parser.add_argument("--transport", choices=("both", "httpx", "aiohttp"), default="both",
                        help="run the pair of bots on one transport only")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.people = 1000, 100
    per_person = max(1, args.messages // args.people)
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
