"""PTB's webhook server fed by the sandbox, and webhook delivery details."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sandbox_testkit import build_test_app, call, free_port, load_echo_bot, webhook

from helpdesk_bot.sandbox import SandboxServer

pytestmark = pytest.mark.e2e


async def test_ptb_webhook_mode(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    user = sandbox.user(1001, first_name="Ana")
    app = build_test_app(sandbox)
    async with webhook(app, secret="s3cret-token") as url:
        assert sandbox.webhook_url == url
        await user.send_command("start", "event-7")
        welcome = await user.wait_for_message()
        assert welcome.text.endswith("payload=event-7")
        await user.press(welcome, "Decline")
        answer = await user.wait_for_callback_answer()
        assert answer.show_alert and answer.text == "You chose decline"

        deliveries = list(sandbox.webhook_log)
        assert deliveries and all(d.status == 200 for d in deliveries)
        assert all(d.headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret-token" for d in deliveries)
        info = await app.bot.get_webhook_info()
        assert info.url == url and info.pending_update_count == 0 and info.last_error_date is None

        # getUpdates is refused while a webhook is set
        status, body = await call(session, sandbox, "getUpdates")
        assert status == 409 and body["ok"] is False and body["description"].startswith("Conflict:")

        # PTB's server refuses requests without the right secret
        update = {"update_id": 999, "message": welcome.to_api()}
        for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
            async with session.post(
                url, data=json.dumps(update), headers={"Content-Type": "application/json", **headers}
            ) as response:
                assert response.status == 403
        assert len(user.messages) == 1


async def test_echo_bot_webhook_many_chats(sandbox: SandboxServer) -> None:
    app = load_echo_bot().build_echo_application(sandbox.token, sandbox.api_url, 8)
    users = [sandbox.user(5000 + i, first_name=f"U{i}") for i in range(20)]
    async with webhook(app, secret=None):
        for round_ in range(3):
            for user in users:
                await user.send_text(f"{user.user_id}-{round_}")
        for user in users:
            replies = await user.wait_for_messages(3)
            # updates of one chat are delivered in order, one at a time
            assert [m.text for m in replies] == [f"{user.user_id}-{r}" for r in range(3)]
    assert sandbox.stats().total == 60
    assert all("X-Telegram-Bot-Api-Secret-Token" not in d.headers for d in sandbox.webhook_log)


async def test_webhook_retries_failures_and_reports_them(
    sandbox: SandboxServer, session: aiohttp.ClientSession
) -> None:
    received: list[tuple[dict[str, Any], str | None]] = []
    failures = {"left": 2}

    async def receive(request: web.Request) -> web.Response:
        if failures["left"] > 0:
            failures["left"] -= 1
            return web.Response(status=500)
        received.append((await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token")))
        return web.Response(text="ok")

    receiver = web.Application()
    receiver.router.add_post("/hook", receive)
    runner = web.AppRunner(receiver)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    sandbox.webhook_retry_delay = 0.05
    try:
        user = sandbox.user(1001, first_name="Ana")
        first = await user.send_text("queued before the webhook")
        status, body = await call(
            session, sandbox, "setWebhook", url=f"http://127.0.0.1:{port}/hook", secret_token="abc_DEF-1"
        )
        assert (status, body) == (200, {"ok": True, "result": True})
        second = await user.send_text("after")
        await sandbox.wait_until(lambda: len(received) == 2)
        assert [u["update_id"] for u, _ in received] == [first, second]
        assert {secret for _, secret in received} == {"abc_DEF-1"}
        assert received[0][0]["message"]["text"] == "queued before the webhook"
        status, body = await call(session, sandbox, "getWebhookInfo")
        info = body["result"]
        assert info["pending_update_count"] == 0
        assert info["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"

        await sandbox.redeliver(first)
        await sandbox.wait_until(lambda: len(received) == 3)
        assert received[2][0]["update_id"] == first

        status, body = await call(
            session, sandbox, "setWebhook", url="http://127.0.0.1/x", secret_token="bad token!"
        )
        assert status == 400 and "secret token" in body["description"]
        status, body = await call(session, sandbox, "deleteWebhook", drop_pending_updates=True)
        assert body == {"ok": True, "result": True}
        assert sandbox.webhook_url is None
        await user.send_text("polling again")
        status, body = await call(session, sandbox, "getUpdates")
        assert status == 200 and [u["message"]["text"] for u in body["result"]] == ["polling again"]
    finally:
        await runner.cleanup()


async def test_webhook_unreachable_keeps_updates(
    sandbox: SandboxServer, session: aiohttp.ClientSession
) -> None:
    sandbox.webhook_retry_delay = 0.05
    port = free_port()  # nobody listens there
    await call(session, sandbox, "setWebhook", url=f"http://127.0.0.1:{port}/hook")
    user = sandbox.user(1001, first_name="Ana")
    await user.send_text("lost?")
    await sandbox.wait_until(lambda: len(sandbox.webhook_log) >= 2)
    _, body = await call(session, sandbox, "getWebhookInfo")
    assert body["result"]["pending_update_count"] == 1
    assert body["result"]["last_error_message"].startswith("Connection failed")
    await call(session, sandbox, "deleteWebhook")
    await asyncio.sleep(0)
    _, body = await call(session, sandbox, "getUpdates")
    assert [u["message"]["text"] for u in body["result"]] == ["lost?"]
