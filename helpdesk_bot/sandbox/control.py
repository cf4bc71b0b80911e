"""HTTP control API of the sandbox (``/sandbox/...``) and a small async client for it.

It lets another process (a benchmark harness running the bot as a subprocess) act as users
and read what the bot sent.  All bodies and answers are JSON.

=====================================  =========================================================
``GET  /sandbox/health``               ``{"ok": true, "api_url": ..., "token_id": ...}``
``POST /sandbox/users``                ``{"user_id", "first_name"?, "language_code"?, "username"?}``
``POST /sandbox/send``                 ``{"user_id", "text"}`` (commands get their entity) → ``{"update_id"}``
``POST /sandbox/command``              ``{"user_id", "command", "args"?}`` → ``{"update_id"}``
``POST /sandbox/send_batch``           ``{"messages": [{"user_id", "text"}, ...]}`` → ``{"update_ids"}``
``POST /sandbox/press``                ``{"user_id", "message_id", "text"? | "index"? | "callback_data"?}``
``GET  /sandbox/messages``             ``?chat_id=&after=0&include_user=0`` → ``{"messages": [...]}``
``POST /sandbox/wait``                 ``{"chat_id", "after"?, "count"?, "timeout"?}`` → ``{"messages"}``
``POST /sandbox/wait_total``           ``{"count", "timeout"?}``: until ``sent_log`` holds count records
``GET  /sandbox/stats``                summary of the sent log (``?since=`` monotonic seconds)
``GET  /sandbox/sent_log``             ``?since=`` → ``{"records": [[time, chat_id, method, message_id], ...]}``
``GET  /sandbox/commands``             ``?language_code=`` → ``{"commands": [...]}``
``GET  /sandbox/calls``                ``{"method_counts", "unknown_methods"}``
``POST /sandbox/faults``               fields of :class:`FaultConfig` to change → current config
``POST /sandbox/redeliver``            ``{"update_id"}``
``POST /sandbox/reset``                clears the sent log and counters
=====================================  =========================================================
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web

from .models import SandboxTimeout

if TYPE_CHECKING:
    from .server import SandboxServer

__all__ = ["SandboxControlClient", "register_control_routes"]


def _fault_json(server: SandboxServer) -> dict[str, Any]:
    data = dataclasses.asdict(server.faults)
    data["blocked_user_ids"] = sorted(server.faults.blocked_user_ids)
    if data["error_methods"] is not None:
        data["error_methods"] = sorted(data["error_methods"])
    return data


def register_control_routes(app: web.Application, server: SandboxServer) -> None:
    """Add the ``/sandbox/...`` routes for ``server`` to ``app``."""

    async def body(request: web.Request) -> dict[str, Any]:
        if not request.can_read_body:
            return {}
        try:
            data = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="JSON body expected") from None
        if not isinstance(data, dict):
            raise web.HTTPBadRequest(text="JSON object expected")
        return data

    def user_from(data: dict[str, Any]) -> Any:
        try:
            user_id = int(data["user_id"])
        except (KeyError, TypeError, ValueError):
            raise web.HTTPBadRequest(text="user_id required") from None
        return server.user(
            user_id,
            first_name=str(data.get("first_name") or f"User {user_id}"),
            username=data.get("username"),
            language_code=data.get("language_code", "en"),
        )

    def messages_of(chat_id: int, after: int, include_user: bool) -> list[dict[str, Any]]:
        user = server.users.get(chat_id)
        if user is None:
            return []
        return [
            m.to_json()
            for m in user.chat_messages.values()
            if m.message_id > after and (include_user or m.from_bot)
        ]

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "api_url": server.api_url, "bot": server.bot_user})

    async def users(request: web.Request) -> web.Response:
        user = user_from(await body(request))
        return web.json_response({"user": user.to_api()})

    async def send(request: web.Request) -> web.Response:
        data = await body(request)
        user = user_from(data)
        return web.json_response({"update_id": await user.send_text(str(data.get("text", "")))})

    async def command(request: web.Request) -> web.Response:
        data = await body(request)
        user = user_from(data)
        update_id = await user.send_command(str(data.get("command", "start")), data.get("args"))
        return web.json_response({"update_id": update_id})

    async def send_batch(request: web.Request) -> web.Response:
        data = await body(request)
        ids = []
        for item in data.get("messages", []):
            ids.append(await user_from(item).send_text(str(item.get("text", ""))))
        return web.json_response({"update_ids": ids})

    async def press(request: web.Request) -> web.Response:
        data = await body(request)
        user = user_from(data)
        button: str | int | None = data.get("text")
        if button is None and data.get("index") is not None:
            button = int(data["index"])
        try:
            update_id = await user.press(
                int(data["message_id"]), button, callback_data=data.get("callback_data")
            )
        except (KeyError, ValueError) as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response({"update_id": update_id})

    async def messages(request: web.Request) -> web.Response:
        try:
            chat_id = int(request.query["chat_id"])
        except (KeyError, ValueError):
            raise web.HTTPBadRequest(text="chat_id required") from None
        after = int(request.query.get("after", "0"))
        include_user = request.query.get("include_user", "0") in ("1", "true")
        return web.json_response({"messages": messages_of(chat_id, after, include_user)})

    async def wait(request: web.Request) -> web.Response:
        data = await body(request)
        chat_id = int(data["chat_id"])
        after = int(data.get("after", 0))
        count = int(data.get("count", 1))
        timeout = float(data.get("timeout", 5.0))
        try:
            await server.wait_until(
                lambda: len(messages_of(chat_id, after, False)) >= count,
                timeout,
                "bot messages",
                user=server.users.get(chat_id),
            )
        except SandboxTimeout as exc:
            return web.json_response(
                {"error": str(exc), "messages": messages_of(chat_id, after, False)}, status=408
            )
        return web.json_response({"messages": messages_of(chat_id, after, False)})

    async def wait_total(request: web.Request) -> web.Response:
        data = await body(request)
        count = int(data["count"])
        timeout = float(data.get("timeout", 30.0))
        try:
            await server.wait_until(lambda: len(server.sent_log) >= count, timeout, f"{count} sent messages")
        except SandboxTimeout as exc:
            return web.json_response({"error": str(exc), "total": len(server.sent_log)}, status=408)
        return web.json_response({"total": len(server.sent_log)})

    async def stats(request: web.Request) -> web.Response:
        since = request.query.get("since")
        result = server.stats(float(since) if since else None).to_json()
        result["pending_updates"] = server.pending_update_count
        return web.json_response(result)

    async def sent_log(request: web.Request) -> web.Response:
        since = float(request.query.get("since") or "-inf")
        records = [list(r) for r in server.sent_log if r.time >= since]
        return web.json_response({"records": records})

    async def commands(request: web.Request) -> web.Response:
        return web.json_response({"commands": server.commands(request.query.get("language_code"))})

    async def calls(request: web.Request) -> web.Response:
        return web.json_response(
            {"method_counts": dict(server.method_counts), "unknown_methods": server.unknown_methods}
        )

    async def faults(request: web.Request) -> web.Response:
        data = await body(request)
        config = server.faults
        names = {f.name for f in dataclasses.fields(config)}
        for key, value in data.items():
            if key not in names:
                return web.json_response({"error": f"unknown fault field {key}"}, status=400)
            if key == "blocked_user_ids":
                config.blocked_user_ids = {int(v) for v in value}
            elif key == "error_methods":
                config.error_methods = None if value is None else frozenset(str(v) for v in value)
            else:
                setattr(config, key, value)
        return web.json_response(_fault_json(server))

    async def redeliver(request: web.Request) -> web.Response:
        data = await body(request)
        try:
            await server.redeliver(int(data["update_id"]))
        except KeyError as exc:
            return web.json_response({"error": str(exc)}, status=404)
        return web.json_response({"ok": True})

    async def reset(request: web.Request) -> web.Response:
        server.reset_log()
        return web.json_response({"ok": True})

    app.router.add_get("/sandbox/health", health)
    app.router.add_post("/sandbox/users", users)
    app.router.add_post("/sandbox/send", send)
    app.router.add_post("/sandbox/command", command)
    app.router.add_post("/sandbox/send_batch", send_batch)
    app.router.add_post("/sandbox/press", press)
    app.router.add_get("/sandbox/messages", messages)
    app.router.add_post("/sandbox/wait", wait)
    app.router.add_post("/sandbox/wait_total", wait_total)
    app.router.add_get("/sandbox/stats", stats)
    app.router.add_get("/sandbox/sent_log", sent_log)
    app.router.add_get("/sandbox/commands", commands)
    app.router.add_get("/sandbox/calls", calls)
    app.router.add_post("/sandbox/faults", faults)
    app.router.add_post("/sandbox/redeliver", redeliver)
    app.router.add_post("/sandbox/reset", reset)


class SandboxControlClient:
    """Async client of the control API, for harnesses in another process.

    Use as ``async with SandboxControlClient("http://127.0.0.1:PORT") as control: ...``.
    """

    def __init__(self, api_url: str) -> None:
        self.api_url = api_url.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> SandboxControlClient:
        self._session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        async with self._session.request(method, f"{self.api_url}/sandbox/{path}", **kwargs) as response:
            data: dict[str, Any] = await response.json()
            if response.status == 408:
                raise SandboxTimeout(str(data.get("error")))
            if response.status >= 400:
                raise RuntimeError(f"sandbox control {path}: {response.status} {data}")
            return data

    async def health(self) -> dict[str, Any]:
        """Server status."""
        return await self._request("GET", "health")

    async def send_text(self, user_id: int, text: str, **user: Any) -> int:
        """Send text (or a command) as ``user_id``; returns the update id."""
        data = await self._request("POST", "send", json={"user_id": user_id, "text": text, **user})
        return int(data["update_id"])

    async def send_batch(self, messages: list[tuple[int, str]]) -> list[int]:
        """Send many texts at once: ``[(user_id, text), ...]``."""
        payload = {"messages": [{"user_id": u, "text": t} for u, t in messages]}
        data = await self._request("POST", "send_batch", json=payload)
        return [int(i) for i in data["update_ids"]]

    async def press(
        self,
        user_id: int,
        message_id: int,
        text: str | None = None,
        *,
        index: int | None = None,
        callback_data: str | None = None,
    ) -> int:
        """Press a button of a bot message."""
        payload = {
            "user_id": user_id,
            "message_id": message_id,
            "text": text,
            "index": index,
            "callback_data": callback_data,
        }
        data = await self._request("POST", "press", json=payload)
        return int(data["update_id"])

    async def messages(self, chat_id: int, after: int = 0) -> list[dict[str, Any]]:
        """Bot messages of a chat with ``message_id > after``."""
        data = await self._request("GET", "messages", params={"chat_id": chat_id, "after": after})
        return list(data["messages"])

    async def wait(
        self,
        chat_id: int,
        after: int = 0,
        count: int = 1,
        timeout: float = 5.0,
    ) -> list[dict[str, Any]]:
        """Wait until the chat has ``count`` bot messages after ``after``."""
        payload = {"chat_id": chat_id, "after": after, "count": count, "timeout": timeout}
        data = await self._request(
            "POST", "wait", json=payload, timeout=aiohttp.ClientTimeout(total=timeout + 5)
        )
        return list(data["messages"])

    async def wait_total(self, count: int, timeout: float = 30.0) -> int:
        """Wait until the sent log holds ``count`` messages."""
        data = await self._request(
            "POST",
            "wait_total",
            json={"count": count, "timeout": timeout},
            timeout=aiohttp.ClientTimeout(total=timeout + 5),
        )
        return int(data["total"])

    async def stats(self, since: float | None = None) -> dict[str, Any]:
        """Summary of the sent log."""
        return await self._request("GET", "stats", params={"since": str(since)} if since is not None else {})

    async def sent_log(self, since: float | None = None) -> list[tuple[float, int, str, int]]:
        """Raw sent-log records ``(monotonic time, chat_id, method, message_id)``.

        ``time.monotonic()`` is system-wide on Linux, so times compare across processes.
        """
        params = {"since": str(since)} if since is not None else {}
        data = await self._request("GET", "sent_log", params=params)
        return [(float(t), int(c), str(m), int(i)) for t, c, m, i in data["records"]]

    async def set_faults(self, **fields: Any) -> dict[str, Any]:
        """Change fault injection fields (see :class:`FaultConfig`)."""
        return await self._request("POST", "faults", json=fields)

    async def reset(self) -> None:
        """Clear the sent log and counters."""
        await self._request("POST", "reset")

    async def calls(self) -> dict[str, Any]:
        """Method counts and unknown methods."""
        return await self._request("GET", "calls")
