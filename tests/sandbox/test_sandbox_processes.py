"""The sandbox and the echo bot as separate processes, driven through the control API."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest
from sandbox_testkit import ROOT

from helpdesk_bot.sandbox import SandboxControlClient

pytestmark = pytest.mark.e2e


async def test_standalone_sandbox_and_echo_bot_subprocess() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "helpdesk_bot.sandbox", "--port", "0", "--token", "777:ECHO",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL, env=env, cwd=ROOT,
    )  # fmt: skip
    bot: asyncio.subprocess.Process | None = None
    try:
        assert server.stdout is not None
        api_url = (await asyncio.wait_for(server.stdout.readline(), 15)).decode().strip()
        assert api_url.startswith("http://127.0.0.1:")
        bot_env = {**env, "HELPDESK_TELEGRAM_TOKEN": "777:ECHO", "HELPDESK_TELEGRAM_API_URL": api_url}
        bot = await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "benchmarks" / "echo_bot.py"),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL, env=bot_env, cwd=ROOT,
        )  # fmt: skip
        async with SandboxControlClient(api_url) as control:
            assert (await control.health())["bot"]["id"] == 777
            await control.send_batch([(100 + i, f"ping {i}") for i in range(5)])
            assert await control.wait_total(5, timeout=20) == 5
            for i in range(5):
                (message,) = await control.messages(100 + i)
                assert message["text"] == f"ping {i}"
            stats = await control.stats()
            assert stats["total"] == 5 and stats["chats"] == 5 and stats["duplicates"] == 0
            assert (await control.calls())["unknown_methods"] == []
    finally:
        for process in (bot, server):
            if process is not None and process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in (bot, server):
            if process is not None:
                try:
                    await asyncio.wait_for(process.wait(), 10)
                except TimeoutError:
                    process.kill()
                    await process.wait()
    assert server.returncode == 0
    assert bot is not None and bot.returncode == 0


def test_echo_main_needs_a_token(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from sandbox_testkit import load_echo_bot

    monkeypatch.delenv("HELPDESK_TELEGRAM_TOKEN", raising=False)
    assert load_echo_bot().main() == 2
    assert "HELPDESK_TELEGRAM_TOKEN" in capsys.readouterr().err
