"""The HTTP transport of the bot's python-telegram-bot ``Application``: PTB's ``BaseRequest`` over aiohttp.

PTB ships one transport, ``HTTPXRequest``. Profiling the bot under load showed httpx, httpcore and anyio
(cancel scopes, socket checks, ``current_task`` lookups on every read and write) taking about a fifth
of the process's CPU for sending answers and long polling, more than the knowledge-base matching. aiohttp
does the same HTTP/1.1 keep-alive work in far fewer Python steps; the Bot API sees identical requests
(form-encoded fields, multipart when a file is attached). PTB's own contrib repository offers the same
idea (``ptbcontrib.aiohttp_request``), which is not published on PyPI.

Timeouts keep PTB's meaning: ``connect_timeout`` to open a connection, ``pool_timeout`` to wait for a
free one, ``read_timeout`` between two reads of the answer (PTB adds the long-polling time to it for
``getUpdates``) and ``write_timeout`` for sending: requests with files get ``media_write_timeout``.
Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``), as with httpx.
"""

from __future__ import annotations

from urllib.parse import urlencode

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from helpdesk_bot.telegram.proxies import env_proxy

_FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}


def _value(given: ODVInput[float], default: float | None) -> float | None:
    """A timeout given to one request, or this transport's default when the caller left it unset."""
    return default if isinstance(given, DefaultValue) else given


class AiohttpRequest(BaseRequest):
    """PTB's request interface implemented with one pooled ``aiohttp.ClientSession``.

    The session is made in :meth:`initialize` (inside the running event loop) and closed in
    :meth:`shutdown`; PTB calls both through the ``Application``'s life cycle, and again after a
    shutdown when the application is started anew (tests, the demo).
    """

    __slots__ = ("_connect_timeout", "_media_write_timeout", "_pool_size", "_pool_timeout", "_read_timeout",
                 "_session", "_write_timeout")

    def __init__(
        self,
        connection_pool_size: int = 64,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (PTB adds the long-polling timeout to it for ``getUpdates``)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the connection pool (again, after a shutdown)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, keepalive_timeout=30),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the connection pool."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; returns the HTTP status and the raw answer (PTB parses it)."""
        if self._session is None or self._session.closed:
            await self.initialize()
        assert self._session is not None
        files = bool(request_data and request_data.contains_files)
        read = _value(read_timeout, self._read_timeout)
        write = _value(write_timeout, self._media_write_timeout if files else self._write_timeout)
        connect = _value(connect_timeout, self._connect_timeout)
        pool = _value(pool_timeout, self._pool_timeout)
        data: aiohttp.FormData | bytes
        headers: dict[str, str] | None = None
        if request_data and request_data.multipart_data:
            data = aiohttp.FormData(request_data.json_parameters)
            for name, (filename, content, mime_type) in request_data.multipart_data.items():
                data.add_field(name, content, filename=filename, content_type=mime_type)
        else:
            # the bytes aiohttp.FormData would make for fields only, without its per-field bookkeeping
            # (a measurable share of the bot's CPU per answer)
            data = urlencode(request_data.json_parameters if request_data else {}, doseq=True).encode()
            headers = _FORM_HEADERS
        # aiohttp has no write timeout: the whole exchange may take the write time plus the reads
        total = None if read is None or write is None else write + read + (connect or 0) + (pool or 0)
        # aiohttp's ``connect`` covers waiting for a free connection of the pool plus opening one
        waiting = None if pool is None and connect is None else (pool or 0) + (connect or 0)
        timeout = aiohttp.ClientTimeout(total=total, connect=waiting, sock_connect=connect, sock_read=read)
        try:
            async with self._session.request(method, url, data=data, headers=headers, timeout=timeout,
                                             proxy=env_proxy(url)) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            if isinstance(exc, aiohttp.ConnectionTimeoutError):
                raise TimedOut("Timed out waiting for a connection to the Bot API") from exc
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc
