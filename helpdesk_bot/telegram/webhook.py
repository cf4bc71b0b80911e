"""The webhook endpoint (aiohttp.web): the secret is checked before a byte of the body is read.

PTB's tornado server reads the whole body before it compares the secret token (four concurrent 95 MB
POSTs without the secret took the bot from 171 MB to 926 MB) and answers invalid JSON with 500. Here:

1. a request without the right ``X-Telegram-Bot-Api-Secret-Token`` is answered 403 from its headers;
2. a body larger than ``HELPDESK_WEBHOOK_MAX_BODY`` (default 1 MiB) is answered 413, from its
   ``Content-Length`` or, when chunked, as soon as the limit is passed while reading;
3. a body that is not a JSON object Telegram could have sent is answered 400;
4. anything else is put on the Application's update queue and answered 200.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from aiohttp import web
from telegram import Update

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEFAULT_MAX_BODY = 1024 * 1024


class WebhookServer:
    """Serves ``POST /<path>`` for Telegram on ``listen:port`` and feeds ``application.update_queue``."""

    def __init__(self, application: Any, *, listen: str, port: int, path: str, secret: str | None,
                 max_body: int = DEFAULT_MAX_BODY) -> None:
        self._application = application
        self._listen = listen
        self._port = port
        self._path = "/" + path.strip("/")
        self._secret = secret
        self._max_body = max_body
        self._runner: web.AppRunner | None = None

    def web_app(self) -> web.Application:
        """The aiohttp application (also usable with aiohttp's test client)."""
        app = web.Application(client_max_size=self._max_body)
        app.router.add_post(self._path, self.handle)
        return app

    async def start(self) -> None:
        """Listen for Telegram's POSTs."""
        self._runner = web.AppRunner(self.web_app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        log.info("webhook listening on %s:%s%s (body limit %d bytes)", self._listen, self._port, self._path,
                 self._max_body)

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def handle(self, request: web.Request) -> web.Response:
        """One delivery from Telegram (see the module docstring for the answers)."""
        if self._secret is not None:
            given = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(given.encode(), self._secret.encode()):
                log.warning("webhook: refused a request without the right secret token from %s", request.remote)
                return web.Response(status=403, text="forbidden")
        if request.content_length is not None and request.content_length > self._max_body:
            return web.Response(status=413, text="request body too large")
        try:
            body = await request.read()  # bounded by client_max_size (chunked bodies too)
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413, text="request body too large")
        try:
            data = json.loads(body)
        except ValueError:
            return web.Response(status=400, text="the body is not JSON")
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.Response(status=400, text="the body is not an update")
        try:
            update = Update.de_json(data, self._application.bot)
        except Exception:  # a JSON object Telegram would never send
            log.info("webhook: an update that does not parse", exc_info=True)
            return web.Response(status=400, text="the body is not an update")
        await self._application.update_queue.put(update)
        return web.Response(status=200, text="ok")
