"""End-to-end harness: the real Application, over HTTP, against the sandbox Bot API on loopback."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.clock import Clock, ManualClock
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.embedded import running_bot
from helpdesk_bot.sandbox import SandboxMessage, SandboxServer, SandboxUser
from tests.conftest import make_settings

TOKEN = "123456:TEST"
STAFF_ID = 9000


@dataclass
class Harness:
    """A running bot, its sandbox and its services."""

    sandbox: SandboxServer
    services: Services
    application: Any

    def user(self, user_id: int, first_name: str = "Ana", language_code: str = "en") -> SandboxUser:
        return self.sandbox.user(user_id, first_name=first_name, language_code=language_code)

    async def expect(self, user: SandboxUser, predicate: Callable[[SandboxMessage], bool],
                     timeout: float = 5.0) -> SandboxMessage:
        """The newest bot message in ``user``'s chat (sent or edited) that satisfies ``predicate``."""
        found: list[SandboxMessage] = []

        def check() -> bool:
            for message in reversed(user.messages):
                if message.from_bot and not message.deleted and predicate(message):
                    found.append(message)
                    return True
            return False

        await self.sandbox.wait_until(check, timeout, "an expected bot message")
        return found[0]

    async def expect_button(self, user: SandboxUser, callback_prefix: str, timeout: float = 5.0) -> SandboxMessage:
        """The newest bot message with a button whose callback data starts with ``callback_prefix``."""
        return await self.expect(
            user, lambda m: any((b.value or "").startswith(callback_prefix) for b in m.flat_buttons), timeout
        )

    async def onboard(self, user: SandboxUser, *, language: str = "en", country: str = "PL") -> SandboxMessage:
        """Walk through /start: language, privacy notice, country. Returns the main-menu message."""
        await user.send_command("start")
        picker = await self.expect_button(user, "lang:")
        await user.press(picker, callback_data=f"lang:{language}")
        notice = await self.expect_button(user, "consent:yes")
        await user.press(notice, callback_data="consent:yes")
        countries = await self.expect_button(user, "country:")
        await user.press(countries, callback_data=f"country:{country}")
        menu = await self.expect_button(user, "menu:ask")
        await self.sandbox.wait_for_idle(quiet=0.05)
        user.consume_all()
        return menu


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


HarnessFactory = Callable[..., AbstractAsyncContextManager[Harness]]


@pytest.fixture
def harness_factory(tmp_path: Path) -> HarnessFactory:
    """Start a bot against a sandbox; several can share one database (restarts, two processes)."""

    @asynccontextmanager
    async def start(
        *,
        database_url: str | None = None,
        clock: Clock | None = None,
        sandbox: SandboxServer | None = None,
        mode: Literal["polling", "webhook"] = "polling",
        webhook_secret: str | None = None,
        webhook_port: int | None = None,
        webhook_url: str | None = None,
        **settings_overrides: Any,
    ) -> AsyncIterator[Harness]:
        url = database_url or f"sqlite+aiosqlite:///{tmp_path / 'e2e.sqlite3'}"
        await upgrade_async(url)
        own_sandbox = sandbox is None
        server = sandbox or SandboxServer(token=TOKEN)
        if own_sandbox:
            await server.start()
        settings = make_settings(url, telegram_api_url=server.api_url, staff_ids=str(STAFF_ID),
                                 **settings_overrides)
        services = build_services(settings, clock=clock or ManualClock())
        try:
            async with running_bot(services, api_url=server.api_url, token=TOKEN, mode=mode,
                                   webhook_port=(webhook_port or free_port()) if mode == "webhook" else None,
                                   webhook_secret=webhook_secret, webhook_url=webhook_url) as application:
                yield Harness(server, services, application)
        finally:
            await services.close()
            if own_sandbox:
                await server.stop()

    return start


@pytest.fixture
async def harness(harness_factory: HarnessFactory) -> AsyncIterator[Harness]:
    """One bot in polling mode against its own sandbox and SQLite database."""
    async with harness_factory() as running:
        yield running
