"""A lean round-robin HTTP/1.1 forwarder for the scale-out benchmark, in the role nginx plays in production.

``tests/e2e/proxy.py`` (aiohttp, a record of every forwarded update for the tests' assertions) costs
about as much CPU per message as a third of the bot's own on the benchmark's 2 cores, all of it
counted against the bots. This one does what a load balancer does and nothing more: each request
(``Content-Length`` bodies, keep-alive) goes whole to the next backend in turn over a kept-alive
connection, and the answer goes back unchanged. One process or two, every message crosses it once.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]


async def _read_message(reader: asyncio.StreamReader) -> bytes | None:
    """One HTTP/1.1 request or response with a ``Content-Length`` body (``None`` at end of stream)."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return head + (await reader.readexactly(length) if length else b"")


@dataclass
class LeanProxy:
    """Forwards each request on ``port`` to the next of ``backends`` (``http://host:port/path`` URLs)."""

    backends: list[str]
    port: int = 0
    _turn: itertools.cycle[int] = field(init=False)
    _idle: list[list[_Connection]] = field(init=False)
    _server: asyncio.Server | None = None

    def __post_init__(self) -> None:
        self._turn = itertools.cycle(range(len(self.backends)))
        self._idle = [[] for _ in self.backends]
        self._targets = [(urlsplit(u).hostname or "127.0.0.1", urlsplit(u).port or 80) for u in self.backends]

    @property
    def url(self) -> str:
        """The address the bots register as their webhook (the backends' path)."""
        return f"http://127.0.0.1:{self.port}{urlsplit(self.backends[0]).path}"

    async def start(self) -> None:
        """Listen on loopback (``port`` 0: a port the OS chooses)."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening and close the kept-alive connections."""
        if self._server is not None:
            self._server.close()
        for idle in self._idle:
            for _, writer in idle:
                writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while (request := await _read_message(reader)) is not None:
                writer.write(await self._forward(next(self._turn), request))
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def _forward(self, index: int, request: bytes) -> bytes:
        idle = self._idle[index]
        reader, writer = idle.pop() if idle else await asyncio.open_connection(*self._targets[index])
        writer.write(request)
        answer = await _read_message(reader)
        if answer is None:
            raise ConnectionError("the backend closed the connection")
        if b"connection: close" in answer.split(b"\r\n\r\n", 1)[0].lower():
            writer.close()
        else:
            idle.append((reader, writer))
        return answer
