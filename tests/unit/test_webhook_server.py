"""The webhook endpoint over HTTP on loopback (issue 10, item 6): the secret is checked from the headers
before any of the body is read, bodies over the limit get 413, invalid JSON with the right secret gets 400."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from telegram import Bot, Update

from helpdesk_bot.config import Settings
from helpdesk_bot.telegram.webhook import WebhookServer

SECRET = "s3cret-token"
LIMIT = 4096


@dataclass
class FakeApplication:
    bot: Bot = field(default_factory=lambda: Bot("123:TEST"))
    update_queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def served() -> AsyncIterator[tuple[FakeApplication, int]]:
    app = FakeApplication()
    port = _free_port()
    server = WebhookServer(app, listen="127.0.0.1", port=port, path="/telegram", secret=SECRET, max_body=LIMIT)
    await server.start()
    try:
        yield app, port
    finally:
        await server.stop()


async def _raw(port: int, headers: dict[str, str], body: bytes = b"") -> int:
    """Send the request head (and ``body``, possibly much shorter than announced); return the status code."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = "POST /telegram HTTP/1.1\r\nHost: bot\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(head.encode() + b"\r\n" + body)
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), timeout=30)
        return int(status_line.split()[1])
    finally:
        writer.close()


UPDATE = {"update_id": 7, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"},
                                      "from": {"id": 5, "is_bot": False, "first_name": "X"}, "text": "/help"}}


async def test_wrong_or_missing_secret_is_refused_before_the_body_is_read(served: tuple[FakeApplication, int]) -> None:
    app, port = served
    # 95 MB announced, not a byte sent: the answer comes from the headers alone
    huge = {"Content-Type": "application/json", "Content-Length": str(95 * 1024 * 1024)}
    assert await _raw(port, huge) == 403
    assert await _raw(port, {**huge, "X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
    assert app.update_queue.empty()


async def test_body_over_the_limit_gets_413(served: tuple[FakeApplication, int]) -> None:
    app, port = served
    announced = {"Content-Type": "application/json", "Content-Length": str(LIMIT + 1),
                 "X-Telegram-Bot-Api-Secret-Token": SECRET}
    assert await _raw(port, announced) == 413  # refused from Content-Length, body never sent
    async with aiohttp.ClientSession() as session:
        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(8):
                yield b" " * 1024

        async with session.post(f"http://127.0.0.1:{port}/telegram", data=chunks(),
                                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
            assert response.status == 413  # chunked: stopped once past the limit
    assert app.update_queue.empty()


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b"{}", b'{"update_id": "x"}', b"\xff\xfe"])
async def test_invalid_json_with_the_right_secret_gets_400(served: tuple[FakeApplication, int], body: bytes) -> None:
    app, port = served
    async with aiohttp.ClientSession() as session, session.post(
            f"http://127.0.0.1:{port}/telegram", data=body,
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}) as response:
        assert response.status == 400
    assert app.update_queue.empty()


async def test_a_valid_update_is_queued(served: tuple[FakeApplication, int]) -> None:
    app, port = served
    async with aiohttp.ClientSession() as session, session.post(
            f"http://127.0.0.1:{port}/telegram", data=json.dumps(UPDATE).encode(),
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}) as response:
        assert response.status == 200
    update = app.update_queue.get_nowait()
    assert isinstance(update, Update) and update.update_id == 7 and update.message is not None


def test_the_body_limit_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().webhook_max_body == 1024 * 1024
    monkeypatch.setenv("HELPDESK_WEBHOOK_MAX_BODY", "65536")
    assert Settings().webhook_max_body == 65536
