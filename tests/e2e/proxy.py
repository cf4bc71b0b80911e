"""A tiny round-robin HTTP proxy for tests: a load balancer in front of several bot processes."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web


@dataclass
class Forwarded:
    """One request the proxy forwarded: to which backend, and the update id it carried."""

    backend: int
    update_id: int | None
    status: int


@dataclass
class RoundRobinProxy:
    """Forwards each POST to the next backend in turn (no stickiness of any kind), like a load balancer."""

    backends: list[str]
    port: int
    log: list[Forwarded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._turn = itertools.cycle(range(len(self.backends)))
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        """The address the bots register as their webhook."""
        return f"http://127.0.0.1:{self.port}/telegram"

    async def start(self) -> None:
        """Listen on loopback."""
        self._session = aiohttp.ClientSession()
        app = web.Application()
        app.router.add_post("/telegram", self._forward)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        body = await request.read()
        index = next(self._turn)
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("content-type",
                                                                              "x-telegram-bot-api-secret-token")}
        try:
            update_id = int(json.loads(body).get("update_id"))
        except Exception:
            update_id = None
        try:
            async with self._session.post(self.backends[index], data=body, headers=headers) as answer:
                payload = await answer.read()
                self.log.append(Forwarded(index, update_id, answer.status))
                return web.Response(status=answer.status, body=payload)
        except aiohttp.ClientError:
            self.log.append(Forwarded(index, update_id, 502))
            return web.Response(status=502)
