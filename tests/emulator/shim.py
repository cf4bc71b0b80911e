"""A Bot API conformance shim in front of telegram-test-api (npm), an emulator this project did not write.

telegram-test-api 4.2.1 departs from the Bot API in ways python-telegram-bot cannot parse; the shim fixes
exactly those, and nothing about what the bot says:

* ``getMe`` lacks the required ``is_bot`` field: it is added (``true``).
* ``callback_query`` updates lack the required ``chat_instance``: one is added (from the chat id).
* messages the bot sent come back with ``date`` in milliseconds: converted to seconds; they also echo the
  request's own parameters (``parse_mode``, ``link_preview_options`` as a JSON string, ``chat_id``...):
  only the fields of a Message are kept.
* ``getUpdates`` answers at once (no long polling): the shim polls the emulator until an update arrives or
  the request's ``timeout`` passes, as the Bot API does (else the bot would spin on a core).
* ``editMessageText``/``answerCallbackQuery`` return ``null``: the Bot API returns ``true`` there.
* the menu set-up methods it lacks (``setMyCommands``, ``setMyDescription``, ...), which the bot calls at
  start, are answered ``true`` by the shim itself (listed in ``stubbed``; the smoke tests do not check menus).
* errors come as ``{"message": ...}`` with status 500 (unsupported methods too): turned into Bot API errors
  (``ok: false``, ``error_code``, ``description``), and each unsupported method is recorded.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any
from urllib.parse import parse_qs

import aiohttp
from aiohttp import web

_SETUP_ONLY = frozenset(m.lower() for m in (
    "setMyCommands", "deleteMyCommands", "setMyDescription", "setMyShortDescription", "setChatMenuButton",
    "setMyName", "setMyDefaultAdministratorRights"))
_MESSAGE_FIELDS = frozenset({"message_id", "date", "chat", "from", "text", "caption", "reply_markup"})
_UNSUPPORTED = re.compile(r"API method '([^']+)' is not supported")


class BotApiShim:
    """Forwards ``/bot<token>/<method>`` to the emulator at ``upstream`` and repairs its answers."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.unsupported: list[str] = []
        self.errors: list[str] = []
        self.stubbed: list[str] = []
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    @property
    def api_url(self) -> str:
        """The base URL the bot is given (its requests go to ``{api_url}/bot<token>/<method>``)."""
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        """Listen on a free loopback port."""
        self._session = aiohttp.ClientSession()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, method: str, token: str, body: bytes, content_type: str | None) -> tuple[int, Any]:
        assert self._session is not None
        headers = {"Content-Type": content_type} if content_type else {}
        async with self._session.post(f"{self.upstream}/bot{token}/{method}", data=body, headers=headers) as resp:
            text = await resp.text()
            try:
                return resp.status, json.loads(text)
            except ValueError:
                return resp.status, {"message": text}

    async def _handle(self, request: web.Request) -> web.Response:
        method, token = request.match_info["method"], request.match_info["token"]
        body = await request.read()
        if method.lower() in _SETUP_ONLY:
            self.stubbed.append(method)
            return web.json_response({"ok": True, "result": True})
        status, data = await self._forward(method, token, body, request.headers.get("Content-Type"))
        if method.lower() == "getupdates" and status == 200 and not data.get("result"):
            deadline = time.monotonic() + min(_timeout_of(body, request.headers.get("Content-Type")), 5.0)
            while status == 200 and not data.get("result") and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
                status, data = await self._forward(method, token, body, request.headers.get("Content-Type"))
        if status >= 400 or "ok" not in data:
            description = str(data.get("message") or data.get("description") or data)
            unsupported = _UNSUPPORTED.search(description)
            if unsupported:
                self.unsupported.append(unsupported.group(1))
            else:
                self.errors.append(f"{method}: {status} {description}")
            code = 400 if unsupported else (status if status >= 400 else 500)  # 404 would read as a bad token
            return web.json_response({"ok": False, "error_code": code, "description": description}, status=code)
        result = data.get("result")
        if method.lower() == "getme" and isinstance(result, dict):
            result.setdefault("is_bot", True)
        if method.lower() == "getupdates" and isinstance(result, list):
            for update in result:
                query = update.get("callback_query")
                if isinstance(query, dict):
                    chat = (query.get("message") or {}).get("chat") or {}
                    query.setdefault("chat_instance", str(chat.get("id", query.get("from", {}).get("id", 0))))
        if isinstance(result, dict) and "message_id" in result:
            result = {k: v for k, v in result.items() if k in _MESSAGE_FIELDS}
            if isinstance(result.get("date"), int) and result["date"] > 10**11:
                result["date"] //= 1000
        if result is None and method.lower() in ("editmessagetext", "answercallbackquery",
                                                 "editmessagereplymarkup", "deletemessage"):
            result = True
        return web.json_response({"ok": True, "result": result})


def _timeout_of(body: bytes, content_type: str | None) -> float:
    try:
        if content_type and "json" in content_type:
            return float(json.loads(body or b"{}").get("timeout") or 0)
        values = parse_qs(body.decode())
        return float(values.get("timeout", ["0"])[0])
    except (ValueError, AttributeError):
        return 0.0
