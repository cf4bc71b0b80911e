"""End-to-end harness: the real Application, over HTTP, against the sandbox Bot API on loopback."""

from __future__ import annotations

import asyncio
import os
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.clock import Clock, ManualClock
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.embedded import running_bot
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.sandbox import SandboxMessage, SandboxServer, SandboxUser
from helpdesk_bot.sandbox.formatting import utf16_len
from helpdesk_bot.sandbox.models import SandboxTimeout
from helpdesk_bot.sandbox.server import CAPTION_LIMIT, MESSAGE_TEXT_LIMIT
from tests.conftest import make_settings

TOKEN = "123456:TEST"
STAFF_ID = 9000


UPDATE_DELAY = float(os.environ.get("HELPDESK_TEST_UPDATE_DELAY_MS", "0")) / 1000
"""A delay added before every update is processed (CI runs the e2e tests once more with 300 ms):
tests must wait for effects, never for time."""


def _slow_down_updates(services: Services, delay: float) -> None:
    admit = services.admission.admit

    async def admit_later(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(delay)
        return await admit(*args, **kwargs)

    services.admission.admit = admit_later  # type: ignore[method-assign]


ALWAYS_ALLOWED_ERRORS: tuple[tuple[str, str], ...] = (
    # a long poll the client gave up on is ended by its next getUpdates, as Telegram does
    ("getUpdates", "Conflict: terminated by other getUpdates request"),
)


@dataclass
class Harness:
    """A running bot, its sandbox and its services.

    ``allowed_errors`` lists ``(method, text in the description)`` pairs a test expects the sandbox to
    answer with an error; any other 4xx/5xx answer (other than injected faults) fails the test.
    """

    sandbox: SandboxServer
    services: Services
    application: Any
    allowed_errors: list[tuple[str, str]] = field(default_factory=lambda: list(ALWAYS_ALLOWED_ERRORS))

    def mark(self) -> int:
        """The sandbox's change counter now: pass it as ``since`` to look only at later messages."""
        return self.sandbox.seq

    async def processed(self, update_id: int, timeout: float = 10.0) -> None:
        """Wait until the bot has finished ``update_id`` (its interaction row is written)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            await self.services.interactions.flush()
            async with self.services.uow() as uow:
                found = (await uow.session.execute(
                    select(Interaction.id).where(Interaction.update_id == update_id).limit(1))).first()
            if found is not None:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise SandboxTimeout(f"update {update_id} was not processed within {timeout:.1f}s")
            await asyncio.sleep(0.02)  # polling the database, not waiting for the bot to be done

    async def all_processed(self, timeout: float = 10.0) -> None:
        """Wait until every update the sandbox has issued so far has its interaction row."""
        for update_id in self.sandbox.issued_update_ids():
            await self.processed(update_id, timeout)

    async def outbox_settled(self, timeout: float = 10.0) -> None:
        """Wake the dispatcher until no outbox message is due and unsent (pending and due, or being sent)."""
        from helpdesk_bot.broadcasts.models import OutboxMessage, OutboxState

        async def settled() -> bool:
            await self.services.dispatcher.wake()
            now = self.services.clock.now()
            async with self.services.uow() as uow:
                busy = (await uow.session.execute(select(OutboxMessage.id).where(
                    ((OutboxMessage.state == OutboxState.PENDING.value) & (OutboxMessage.due_at <= now))
                    | (OutboxMessage.state == OutboxState.SENDING.value)).limit(1))).first()
            return busy is None

        await self.wait_for(settled, "the outbox to have nothing due", timeout)

    def user(self, user_id: int, first_name: str = "Ana", language_code: str = "en") -> SandboxUser:
        return self.sandbox.user(user_id, first_name=first_name, language_code=language_code)

    async def expect(self, user: SandboxUser, predicate: Callable[[SandboxMessage], bool],
                     timeout: float = 5.0, *, since: int | None = None) -> SandboxMessage:
        """The newest bot message in ``user``'s chat, sent or edited after ``since`` (default: after the
        user's last action), that satisfies ``predicate``."""
        found: list[SandboxMessage] = []
        after = user.mark if since is None else since

        def check() -> bool:
            for message in reversed(user.messages):
                if message.seq > after and message.from_bot and not message.deleted and predicate(message):
                    found.append(message)
                    return True
            return False

        await self.sandbox.wait_until(check, timeout, "an expected bot message")
        return found[0]

    async def expect_button(self, user: SandboxUser, callback_prefix: str, timeout: float = 5.0, *,
                            since: int | None = None) -> SandboxMessage:
        """The newest bot message (after ``since``, see :meth:`expect`) with a button whose callback data
        starts with ``callback_prefix``."""
        return await self.expect(
            user, lambda m: any((b.value or "").startswith(callback_prefix) for b in m.flat_buttons), timeout,
            since=since,
        )

    async def outcomes_of(self, *update_ids: int) -> list[Interaction]:
        """The interaction rows of ``update_ids``, in order, once each update has been processed."""
        for update_id in update_ids:
            await self.processed(update_id)
        async with self.services.uow() as uow:
            rows = (await uow.session.execute(
                select(Interaction).where(Interaction.update_id.in_(update_ids)))).scalars().all()
        by_update = {r.update_id: r for r in rows}
        return [by_update[u] for u in update_ids]

    async def assert_no_errors(self, *update_ids: int) -> list[Interaction]:
        """Wait for the rows of ``update_ids`` (log flushed) and fail when any of them is an ``error``."""
        rows = await self.outcomes_of(*update_ids)
        failed = [(r.update_id, r.kind) for r in rows if r.outcome == "error"]
        assert not failed, f"updates that ended in an error: {failed}"
        return rows

    def assert_replies_within_limits(self, user: SandboxUser, *, since: int = 0) -> list[SandboxMessage]:
        """Every bot message in ``user``'s chat after ``since`` keeps Telegram's limits as Telegram counts
        them: text 4096 and caption 1024 UTF-16 code units, callback data 1-64 bytes. Returns them."""
        replies = [m for m in user.messages if m.from_bot and m.seq > since]
        for message in replies:
            limit = MESSAGE_TEXT_LIMIT if message.kind == "text" else CAPTION_LIMIT
            assert utf16_len(message.text or "") <= limit, f"{message!r} is longer than {limit} UTF-16 units"
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if "callback_data" in button:
                        data = str(button["callback_data"])
                        assert 1 <= len(data.encode()) <= 64, f"callback data {data!r} of {message!r}"
        return replies

    async def wait_for(self, condition: Callable[[], Awaitable[object]], what: str, timeout: float = 10.0) -> None:
        """Poll ``condition`` (e.g. a database query) until it is truthy; the effect, not the time, ends it."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not await condition():
            if asyncio.get_running_loop().time() > deadline:
                raise SandboxTimeout(f"timed out after {timeout:.1f}s waiting for {what}")
            await asyncio.sleep(0.02)  # polling interval, not a wait for the bot

    def unexpected_errors(self, until: float | None = None) -> list[str]:
        """Error answers of the sandbox no test asked for (injected faults and ``allowed_errors`` aside)."""
        out = [f"{c.method}: {c.status} {c.description}" for c in self.sandbox.error_calls()
               if (until is None or c.time < until)
               and not any(c.method.lower() == m.lower() and text in (c.description or "")
                           for m, text in self.allowed_errors)]
        out += [f"unknown method {m}" for m in self.sandbox.unknown_methods]
        return out

    async def onboard(self, user: SandboxUser, *, language: str = "en", country: str = "PL") -> SandboxMessage:
        """Walk through /start: language, privacy notice, country, skipping the announcements offer. Returns
        the main-menu message."""
        await user.send_command("start")
        picker = await self.expect_button(user, "lang:")
        await user.press(picker, callback_data=f"lang:{language}")
        notice = await self.expect_button(user, "consent:yes")
        await user.press(notice, callback_data="consent:yes")
        countries = await self.expect_button(user, "country:")
        await user.press(countries, callback_data=f"country:{country}")
        interests = await self.expect_button(user, "onb:skip:0")  # the optional announcements step
        await user.press(interests, callback_data="onb:skip:0")
        menu = await self.expect_button(user, "menu:ask")
        await self.sandbox.wait_for_idle(quiet=0.05)
        user.consume_all()
        return menu


def zone_problems(harness: Harness) -> list[str]:
    """Bot messages naming their time zone more than once, or by its raw id (``(Europe/Warsaw)``), issue 12."""
    translator = harness.services.translator
    lines = {translator.plain(lang, "time-zone-line", zone="") for lang in translator.languages}
    return [message.text for user in harness.sandbox.users.values() for message in user.messages
            if message.from_bot and message.text
            and ("(Europe/" in message.text or sum(message.text.count(line) for line in lines) > 1)]


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
        if UPDATE_DELAY:
            _slow_down_updates(services, UPDATE_DELAY)
        harness: Harness | None = None
        stopping_at: float | None = None
        try:
            async with running_bot(services, api_url=server.api_url, token=TOKEN, mode=mode,
                                   webhook_port=(webhook_port or free_port()) if mode == "webhook" else None,
                                   webhook_secret=webhook_secret, webhook_url=webhook_url) as application:
                harness = Harness(server, services, application)
                yield harness
                stopping_at = time.monotonic()
            if harness is not None:
                problems = harness.unexpected_errors(until=stopping_at)
                assert not problems, "the sandbox answered errors nobody expected:\n  " + "\n  ".join(problems)
                problems = zone_problems(harness)
                assert not problems, "messages that name their zone twice or by its raw id:\n  " + "\n  ".join(problems)
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
