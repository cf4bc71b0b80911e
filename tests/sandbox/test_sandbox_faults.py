"""Fault injection: rate limits (429), blocked users (403), 5xx answers and latency."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from sandbox_testkit import build_test_app, builder, call
from telegram.error import Forbidden, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter

from helpdesk_bot.sandbox import FaultConfig, SandboxServer
from helpdesk_bot.sandbox.faults import FaultInjector, is_message_method

# PTB itself reads RetryAfter.retry_after (deprecated int form) inside AIORateLimiter.
pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2:DeprecationWarning")


def test_message_methods() -> None:
    assert is_message_method("sendMessage") and is_message_method("sendDocument")
    assert is_message_method("copyMessage") and is_message_method("forwardMessage")
    assert not is_message_method("sendChatAction") and not is_message_method("editMessageText")


def test_global_bucket_with_fake_clock() -> None:
    injector = FaultInjector(FaultConfig(global_rate_limit=30))
    assert all(injector.rate_limit("sendMessage", i, 0.0) is None for i in range(30))
    denied = injector.rate_limit("sendMessage", 99, 0.0)
    assert denied is not None and denied.status == 429 and denied.retry_after == 1
    assert denied.description == "Too Many Requests: retry after 1"
    assert injector.rate_limit("sendMessage", 99, 1 / 30 + 1e-9) is None
    assert injector.rate_limit("editMessageText", 99, 1 / 30 + 1e-9) is None  # not a message method
    # 10 s of attempts at 100/s: a refilled burst of 30, then 30/s
    accepted = sum(injector.rate_limit("sendMessage", 1, 1 + t / 100) is None for t in range(1000))
    assert 325 <= accepted <= 332


def test_per_chat_bucket_and_retry_after() -> None:
    injector = FaultInjector(FaultConfig(per_chat_limit=True))
    assert injector.rate_limit("sendMessage", 1, 10.0) is None
    assert injector.rate_limit("sendMessage", 2, 10.0) is None  # other chats are independent
    denied = injector.rate_limit("sendMessage", 1, 10.2)
    assert denied is not None and denied.retry_after == 1
    assert injector.rate_limit("sendMessage", 1, 11.0) is None
    slow = FaultInjector(FaultConfig(per_chat_limit=True, per_chat_rate=0.25))
    assert slow.rate_limit("sendPhoto", 1, 0.0) is None
    late = slow.rate_limit("sendPhoto", 1, 0.5)
    assert late is not None and late.retry_after == 4  # ceil(3.5 s)


def test_error_share_is_seeded() -> None:
    def pattern(seed: int) -> list[bool]:
        injector = FaultInjector(FaultConfig(error_rate=0.25, seed=seed))
        return [injector.server_error("sendMessage") is not None for _ in range(400)]

    assert pattern(7) == pattern(7)
    assert pattern(7) != pattern(8)
    assert 70 <= sum(pattern(7)) <= 130
    injector = FaultInjector(FaultConfig(error_rate=1.0))
    assert injector.server_error("getUpdates") is None
    assert injector.server_error("answerCallbackQuery") is None  # only message methods by default
    everything = FaultInjector(FaultConfig(error_rate=1.0, error_methods=frozenset({"*"})))
    assert everything.server_error("answerCallbackQuery") is not None
    chosen = FaultInjector(FaultConfig(error_rate=1.0, error_methods=frozenset({"editMessageText"})))
    assert chosen.server_error("editmessagetext") is not None and chosen.server_error("sendMessage") is None


async def test_ptb_rate_limiter_recovers_from_429(sandbox: SandboxServer) -> None:
    sandbox.faults.per_chat_limit = True
    user = sandbox.user(1001, first_name="Ana")
    app = build_test_app(sandbox, rate_limiter=AIORateLimiter(max_retries=2))
    async with app:
        started = time.monotonic()
        await app.bot.send_message(user.chat_id, "one")
        await app.bot.send_message(user.chat_id, "two")  # 429 retry_after=1, then success
        elapsed = time.monotonic() - started
    assert sandbox.fault_counts[429] == 1
    assert [m.text for m in user.messages] == ["one", "two"]
    assert elapsed >= 1.0
    assert sandbox.stats().max_chat_per_second == 1


async def test_429_without_rate_limiter(sandbox: SandboxServer, session: aiohttp.ClientSession,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # the token bucket refills with time (3 per second): its clock stands still here, so a slow machine
    # (more than 1/3 s between two calls, or while the app starts) cannot refill it and hide the 429
    injector = sandbox._injector
    real_rate_limit = injector.rate_limit
    frozen = time.monotonic()
    monkeypatch.setattr(injector, "rate_limit",
                        lambda method, chat_id, now: real_rate_limit(method, chat_id, frozen))
    sandbox.faults.global_rate_limit = 3
    sandbox.user(1001, first_name="Ana")
    sandbox.user(1002, first_name="Bo")
    statuses = []
    for i in range(4):
        status, body = await call(session, sandbox, "sendMessage", chat_id=1001 + i % 2, text=str(i))
        statuses.append(status)
    assert statuses == [200, 200, 200, 429]
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert (await call(session, sandbox, "sendChatAction", chat_id=1001, action="typing"))[0] == 200
    app = build_test_app(sandbox)
    async with app:
        with pytest.raises(RetryAfter):
            await app.bot.send_message(1001, "too fast")
    assert len(sandbox.sent_log) == 3
    sandbox.faults.global_rate_limit = None
    assert (await call(session, sandbox, "sendMessage", chat_id=1001, text="free"))[0] == 200


async def test_blocked_user_gets_403(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    user = sandbox.user(1001, first_name="Ana")
    sandbox.user(1002, first_name="Bo")
    sandbox.faults.blocked_user_ids.add(1001)
    status, body = await call(session, sandbox, "sendMessage", chat_id=1001, text="hi")
    assert (status, body) == (
        403,
        {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
    )
    app = build_test_app(sandbox)
    async with app:
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await app.bot.send_document(1001, b"data", filename="x.txt")
        with pytest.raises(Forbidden):
            await app.bot.send_chat_action(1001, "typing")
        assert (await app.bot.send_message(1002, "fine")).text == "fine"
    assert user.messages == [] and sandbox.fault_counts[403] == 3


async def test_server_errors_share(session: aiohttp.ClientSession) -> None:
    async def run(seed: int) -> list[int]:
        async with SandboxServer(faults=FaultConfig(error_rate=0.3, seed=seed)) as server:
            server.user(1001, first_name="Ana")
            statuses = []
            for i in range(200):
                status, body = await call(session, server, "sendMessage", chat_id=1001, text=str(i))
                statuses.append(status)
                if status != 200:
                    assert body == {"ok": False, "error_code": 502, "description": "Bad Gateway"}
            assert len(server.sent_log) == statuses.count(200)
            assert (await call(session, server, "getMe"))[0] == 200
            return statuses

    first = await run(11)
    assert 35 <= first.count(502) <= 85
    assert await run(11) == first


async def test_ptb_sees_502_as_network_error_and_faults_change_at_run_time(sandbox: SandboxServer) -> None:
    sandbox.user(1001, first_name="Ana")
    app = build_test_app(sandbox)
    async with app:
        sandbox.faults.error_rate = 1.0
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await app.bot.send_message(1001, "x")
        sandbox.faults.error_rate = 0.0
        assert (await app.bot.send_message(1001, "y")).text == "y"
        sandbox.faults = FaultConfig(latency=0.2)
        started = time.monotonic()
        await app.bot.get_me()
        assert time.monotonic() - started >= 0.2


async def test_outbox_like_sender_gets_everything_through(sandbox: SandboxServer) -> None:
    """A naive retrying sender under all faults: nothing is lost, rates stay within limits."""
    sandbox.faults = FaultConfig(global_rate_limit=12, per_chat_limit=True, error_rate=0.2, seed=3)
    users = [sandbox.user(7000 + i, first_name=f"U{i}") for i in range(10)]
    app = builder(sandbox).build()

    async def deliver(chat_id: int, text: str) -> None:
        for _ in range(20):
            try:
                await app.bot.send_message(chat_id, text)
                return
            except RetryAfter as exc:
                await asyncio.sleep(float(exc._retry_after.total_seconds()))
            except NetworkError:
                await asyncio.sleep(0.01)
        raise AssertionError("gave up")

    async def deliver_all(chat_id: int) -> None:
        for part in (1, 2):
            await deliver(chat_id, f"news {part} for {chat_id}")

    async with app:
        await asyncio.gather(*(deliver_all(u.chat_id) for u in users))
    stats = sandbox.stats()
    assert stats.total == 20 and stats.duplicates == 0 and stats.max_chat_per_second == 1
    assert stats.max_global_per_second <= 24  # burst (12) + one second of refill (12)
    assert sandbox.fault_counts[429] > 0 and sandbox.fault_counts[502] > 0
    assert all(
        [m.text for m in u.messages] == [f"news 1 for {u.chat_id}", f"news 2 for {u.chat_id}"] for u in users
    )
