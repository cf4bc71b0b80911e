"""Reading lines from a blocking stream (a terminal, a pipe) without blocking the event loop."""

from __future__ import annotations

import asyncio
import queue
import threading
from typing import TextIO

__all__ = ["LineReader"]


class LineReader:
    """Reads lines from a blocking stream in a daemon thread, one line per request."""

    def __init__(self, stream: TextIO, loop: asyncio.AbstractEventLoop) -> None:
        self._stream = stream
        self._loop = loop
        self._requests: queue.SimpleQueue[asyncio.Future[str] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="sandbox-terminal-input", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            future = self._requests.get()
            if future is None:
                return
            try:
                line = self._stream.readline()
            except (OSError, ValueError):
                line = ""
            try:
                self._loop.call_soon_threadsafe(_resolve, future, line)
            except RuntimeError:  # the loop is closed
                return

    async def readline(self) -> str | None:
        """The next line without its newline, or None at end of input."""
        future: asyncio.Future[str] = self._loop.create_future()
        self._requests.put(future)
        line = await future
        if line == "":
            return None
        return line.rstrip("\r\n")

    def close(self) -> None:
        """Let the thread end (it is a daemon, so a pending read never blocks the exit)."""
        self._requests.put(None)


def _resolve(future: asyncio.Future[str], line: str) -> None:
    if not future.done():
        future.set_result(line)
