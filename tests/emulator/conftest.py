"""The smoke tests against telegram-test-api, a Bot API emulator from npm that this project did not write.

The emulator is installed outside the package: ``npm install --prefix "$HELPDESK_EMULATOR_DIR"
telegram-test-api@4.2.1`` (``.ci/run`` does it). Without it these tests skip, unless
``HELPDESK_REQUIRE_EMULATOR=1`` (CI), where a missing emulator fails them.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.embedded import running_bot
from tests.conftest import make_settings
from tests.e2e.conftest import STAFF_ID, TOKEN, free_port
from tests.emulator.shim import BotApiShim

EMULATOR_DIR = Path(os.environ.get("HELPDESK_EMULATOR_DIR", Path.home() / ".cache" / "helpdesk-telegram-test-api"))
SERVE_JS = Path(__file__).with_name("serve.js")


def _emulator_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (EMULATOR_DIR / "node_modules" / "telegram-test-api" / "package.json").exists():
        return (f"telegram-test-api is not installed in {EMULATOR_DIR} "
                f"(npm install --prefix {EMULATOR_DIR} telegram-test-api@4.2.1)")
    return None


@dataclass
class BotMessage:
    """A message the bot sent, as the emulator stored it (text as sent: HTML, not parsed)."""

    message_id: int
    chat_id: int
    text: str
    buttons: list[str] = field(default_factory=list)  # callback data of the inline buttons


@dataclass
class EmulatorUser:
    """A person chatting with the bot through the emulator's client API."""

    client: EmulatorClient
    user_id: int
    first_name: str
    language_code: str = "en"
    seen: int = 0  # message ids up to here were there before the last action

    def _from(self) -> dict[str, Any]:
        return {"id": self.user_id, "is_bot": False, "first_name": self.first_name,
                "language_code": self.language_code}

    def _chat(self) -> dict[str, Any]:
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    async def _mark(self) -> None:
        self.seen = max((m.message_id for m in await self.client.bot_messages(self.user_id)), default=self.seen)
        self.client.forget_edits(self.user_id)

    async def send_command(self, command: str, args: str | None = None) -> None:
        """Send ``/command`` with its ``bot_command`` entity."""
        await self._mark()
        text = f"/{command}" + (f" {args}" if args else "")
        await self.client.post("sendCommand", {
            "botToken": TOKEN, "from": self._from(), "chat": self._chat(), "date": int(time.time()), "text": text,
            "entities": [{"offset": 0, "length": len(command) + 1, "type": "bot_command"}]})

    async def send_text(self, text: str) -> None:
        """Send a text message."""
        await self._mark()
        await self.client.post("sendMessage", {"botToken": TOKEN, "from": self._from(), "chat": self._chat(),
                                               "date": int(time.time()), "text": text})

    async def press(self, message: BotMessage, data: str) -> None:
        """Press the inline button with callback data ``data`` under ``message``."""
        assert data in message.buttons, f"{data!r} is not a button of {message}"
        await self._mark()
        await self.client.post("sendCallback", {
            "botToken": TOKEN, "from": self._from(), "data": data,
            "message": {"message_id": message.message_id, "chat": self._chat(), "date": int(time.time()),
                        "text": message.text}})

    async def expect(self, predicate: Callable[[BotMessage], bool], timeout: float = 10.0) -> BotMessage:
        """The newest bot message in this chat, sent (or edited) after the last action, matching ``predicate``."""
        deadline = time.monotonic() + timeout
        while True:
            messages = await self.client.bot_messages(self.user_id)
            for message in reversed(messages):
                fresh = message.message_id > self.seen or message.message_id in self.client.edited_since(self)
                if fresh and predicate(message):
                    return message
            if time.monotonic() > deadline:
                raise AssertionError(f"user {self.user_id}: no matching bot message; last: {messages[-3:]}")
            await asyncio.sleep(0.05)  # polling the emulator's history

    async def expect_button(self, prefix: str, timeout: float = 10.0) -> BotMessage:
        """The newest fresh bot message with a button whose callback data starts with ``prefix``."""
        return await self.expect(lambda m: any(b.startswith(prefix) for b in m.buttons), timeout)


class EmulatorClient:
    """The emulator's client API (not the Bot API): what people send, what the bot sent."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.session = aiohttp.ClientSession()
        self._texts: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {}
        self._edited: dict[int, set[int]] = {}

    async def post(self, path: str, body: dict[str, Any]) -> Any:
        async with self.session.post(f"{self.base}/{path}", json=body) as response:
            data = await response.json()
            assert response.status == 200 and data.get("ok"), (path, response.status, data)
            return data.get("result")

    async def bot_messages(self, chat_id: int) -> list[BotMessage]:
        history = await self.post("getUpdatesHistory", {"token": TOKEN})
        out = []
        for entry in history or []:
            message = entry.get("message") or {}
            if "chat_id" not in message or str(message["chat_id"]) != str(chat_id):
                continue
            markup = message.get("reply_markup") or {}
            buttons = [str(b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row
                       if "callback_data" in b]
            found = BotMessage(int(entry["messageId"]), chat_id, str(message.get("text", "")), buttons)
            key = (chat_id, found.message_id)
            signature = (found.text, tuple(found.buttons))
            if key in self._texts and self._texts[key] != signature:
                self._edited.setdefault(chat_id, set()).add(found.message_id)
            self._texts[key] = signature
            out.append(found)
        return out

    def forget_edits(self, chat_id: int) -> None:
        """Edits seen so far are old news from now on (called before each action)."""
        self._edited.pop(chat_id, None)

    def edited_since(self, user: EmulatorUser) -> set[int]:
        return self._edited.get(user.user_id, set())

    def user(self, user_id: int, first_name: str = "Ana") -> EmulatorUser:
        return EmulatorUser(self, user_id, first_name)

    async def close(self) -> None:
        await self.session.close()


@dataclass
class EmulatorBot:
    """The real bot, polling the emulator through the shim."""

    services: Services
    client: EmulatorClient
    shim: BotApiShim

    def user(self, user_id: int, first_name: str = "Ana") -> EmulatorUser:
        return self.client.user(user_id, first_name)

    async def onboard(self, user: EmulatorUser, *, language: str = "en", country: str = "PL") -> BotMessage:
        """Walk through /start: language, privacy notice, country; returns the main menu."""
        await user.send_command("start")
        await user.press(await user.expect_button("lang:"), f"lang:{language}")
        await user.press(await user.expect_button("consent:yes"), "consent:yes")
        await user.press(await user.expect_button("country:"), f"country:{country}")
        await user.press(await user.expect_button("onb:skip:0"), "onb:skip:0")  # the optional announcements step
        return await user.expect_button("menu:ask")


@pytest.fixture
async def emulator_bot(tmp_path: Path) -> AsyncIterator[EmulatorBot]:
    """The bot against telegram-test-api (a node process on a free port) behind the conformance shim."""
    missing = _emulator_missing()
    if missing:
        if os.environ.get("HELPDESK_REQUIRE_EMULATOR") == "1":
            pytest.fail(f"the independent emulator is required here (HELPDESK_REQUIRE_EMULATOR=1): {missing}")
        pytest.skip(missing)
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        "node", str(SERVE_JS), str(port), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "HELPDESK_EMULATOR_DIR": str(EMULATOR_DIR)})
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 20)
        assert line.strip() == b"ready", f"telegram-test-api did not start: {line!r}"
        upstream = f"http://127.0.0.1:{port}"
        shim = BotApiShim(upstream)
        await shim.start()
        client = EmulatorClient(upstream)
        url = f"sqlite+aiosqlite:///{tmp_path / 'emulator.sqlite3'}"
        await upgrade_async(url)
        services = build_services(make_settings(url, telegram_api_url=shim.api_url, staff_ids=str(STAFF_ID),
                                                broadcast_per_chat_interval=0), clock=ManualClock())
        try:
            async with running_bot(services, api_url=shim.api_url, token=TOKEN, mode="polling"):
                yield EmulatorBot(services, client, shim)
            assert not shim.errors, f"the emulator answered errors: {shim.errors}"
            if shim.unsupported:  # shown with -rP: what this emulator cannot check
                print("methods telegram-test-api does not have:", sorted(set(shim.unsupported)))
        finally:
            await services.close()
            await client.close()
            await shim.stop()
    finally:
        if process.returncode is None:
            assert process.stdin is not None
            process.stdin.close()
            try:
                await asyncio.wait_for(process.wait(), 10)
            except TimeoutError:
                process.kill()
                await process.wait()
