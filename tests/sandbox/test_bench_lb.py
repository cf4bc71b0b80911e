"""The scale-out benchmark's lean round-robin forwarder (``benchmarks/lb.py``)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from sandbox_testkit import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from lb import LeanProxy


@pytest.fixture
async def backends() -> AsyncIterator[tuple[list[str], list[list[bytes]]]]:
    received: list[list[bytes]] = [[], []]
    runners = []
    urls = []
    for index in range(2):
        async def handle(request: web.Request, index: int = index) -> web.Response:
            received[index].append(await request.read())
            return web.Response(status=200 if index == 0 else 201, text=f"backend {index}")

        app = web.Application()
        app.router.add_post("/telegram", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        urls.append(f"http://127.0.0.1:{runner.addresses[0][1]}/telegram")
    yield urls, received
    for runner in runners:
        await runner.cleanup()


async def test_requests_alternate_between_backends_and_answers_come_back_whole(
        backends: tuple[list[str], list[list[bytes]]]) -> None:
    urls, received = backends
    proxy = LeanProxy(urls)
    await proxy.start()
    try:
        assert proxy.url.endswith("/telegram") and proxy.port != 0
        answers = []
        async with aiohttp.ClientSession() as session:  # one kept-alive connection for all six
            for n in range(6):
                async with session.post(proxy.url, data=f'{{"update_id": {n}}}'.encode()) as answer:
                    answers.append((answer.status, await answer.text()))
    finally:
        await proxy.stop()
    assert answers == [(200, "backend 0"), (201, "backend 1")] * 3
    assert received == [[b'{"update_id": 0}', b'{"update_id": 2}', b'{"update_id": 4}'],
                        [b'{"update_id": 1}', b'{"update_id": 3}', b'{"update_id": 5}']]
