"""A local Telegram Bot API server for tests, the demo and benchmarks.

An unmodified python-telegram-bot ``Application`` runs against it when built with::

    ApplicationBuilder().token(TOKEN)
        .base_url(f"{sandbox.api_url}/bot")
        .base_file_url(f"{sandbox.api_url}/file/bot")

The server keeps every chat in memory, hands user actions to the bot through ``getUpdates``
(long polling) or a webhook, and records what the bot sends.  See :class:`SandboxServer`.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import aiohttp
from aiohttp import web

from .bot_settings import BotSettingsMixin
from .faults import FaultConfig, FaultDecision, is_message_method
from .groups import SandboxGroup
from .models import ApiCall, SandboxFile, SandboxTimeout, SendStats, Signal
from .protocol import ApiError, Params
from .state import (
    _CHAT_METHODS,
    _LOGGER,
    _MAX_UPLOAD,
    _MEDIA_KINDS,
    CAPTION_LIMIT,
    MESSAGE_TEXT_LIMIT,
    Handler,
    WebhookDelivery,
    _camel,
    _json_response,
    _max_in_window,
)
from .users import SandboxUser

__all__ = ["CAPTION_LIMIT", "MESSAGE_TEXT_LIMIT", "SandboxServer", "WebhookDelivery"]


class SandboxServer(BotSettingsMixin):
    """An in-memory Telegram Bot API on ``127.0.0.1`` with simulated users and fault injection.

    Example::

        sandbox = SandboxServer(token="123456:TEST", faults=FaultConfig())
        await sandbox.start()
        user = sandbox.user(1001, first_name="Ana", language_code="sl")
        await user.send_command("start")
        reply = await user.wait_for_message()
        await sandbox.stop()

    Args:
        token: the only token accepted (``<digits>:<secret>``; the digits are the bot's user id).
        bot_username: ``username`` of the bot in ``getMe``.
        faults: fault injection, changeable later through :attr:`faults`.
        host, port: where to listen (loopback, a free port by default).
        webhook_retry_delay: first delay before retrying a failed webhook delivery (doubles).
        max_recorded_calls: bound of :attr:`calls`, :attr:`webhook_log` and the redelivery log.

    Attributes useful in tests: :attr:`sent_log`, :attr:`calls`, :attr:`method_counts`,
    :attr:`unknown_methods`, :attr:`fault_counts`, :attr:`webhook_log`.

    Assembled from layers (see :mod:`.state`): state → files → updates and webhook → what sending
    shares → message methods → the bot's settings → this class (lifecycle, public state, HTTP, methods).
    """

    @property
    def port(self) -> int:
        """The bound port (after :meth:`start`)."""
        return self._port

    @property
    def api_url(self) -> str:
        """Root URL, e.g. ``http://127.0.0.1:PORT``; the bot calls ``<api_url>/bot<token>/<method>``."""
        return f"http://{self.host}:{self._port}"

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._runner is not None

    def make_app(self) -> web.Application:
        """The aiohttp application (Bot API, file downloads and the ``/sandbox`` control API)."""
        from .control import register_control_routes

        app = web.Application(client_max_size=_MAX_UPLOAD)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        register_control_routes(app, self)
        return app

    async def start(self) -> None:
        """Bind the HTTP server (port 0 picks a free port) and start serving."""
        if self._runner is not None:
            raise RuntimeError("sandbox already started")
        self._closing = False
        self._http = aiohttp.ClientSession()
        runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._port)
        await site.start()
        self._runner = runner
        for address in runner.addresses:
            if isinstance(address, tuple) and len(address) >= 2:
                self._port = int(address[1])
                break
        _LOGGER.info("Sandbox Bot API listening on %s", self.api_url)

    async def stop(self) -> None:
        """Stop serving; wakes long polls, stops webhook delivery and closes all sockets."""
        self._closing = True
        self._notify_updates()
        self._notify_change()
        await self._stop_webhook_task()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def faults(self) -> FaultConfig:
        """The active fault configuration (fields can be changed at run time)."""
        return self._injector.config

    @faults.setter
    def faults(self, value: FaultConfig) -> None:
        self._injector.config = value

    def user(
        self,
        user_id: int,
        first_name: str = "User",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> SandboxUser:
        """The simulated user ``user_id`` (created on first use; later calls return the same one)."""
        existing = self._users.get(user_id)
        if existing is not None:
            return existing
        if user_id == self.bot_id:
            raise ValueError("a user cannot have the bot's id")
        created = SandboxUser(
            self, user_id, first_name, last_name=last_name, username=username, language_code=language_code
        )
        self._users[user_id] = created
        return created

    @property
    def users(self) -> dict[int, SandboxUser]:
        """All simulated users by id."""
        return dict(self._users)

    @property
    def pending_update_count(self) -> int:
        """Updates not yet confirmed by the bot (or not yet delivered to the webhook)."""
        return len(self._pending)

    @property
    def webhook_url(self) -> str | None:
        """The URL set by ``setWebhook`` (``None`` in polling mode)."""
        return self._webhook.url if self._webhook else None

    def file(self, file_id: str) -> SandboxFile:
        """A stored file by id."""
        return self._files[file_id]

    def reset_log(self) -> None:
        """Clear ``sent_log``, call records and fault counters (e.g. between benchmark phases)."""
        self.sent_log.clear()
        self._content_keys.clear()
        self.calls.clear()
        self.method_counts.clear()
        self.fault_counts.clear()
        self.webhook_log.clear()

    def stats(self, since: float | None = None) -> SendStats:
        """Counts and rates over ``sent_log`` (optionally only records at or after ``since``)."""
        records = [r for r in self.sent_log if since is None or r.time >= since]
        per_chat: Counter[int] = Counter(r.chat_id for r in records)
        seen: set[tuple[int, tuple[str, str, str | None]]] = set()
        duplicates = 0
        for record in records:
            key = self._content_keys.get((record.chat_id, record.message_id))
            if key is None:
                continue
            if (record.chat_id, key) in seen:
                duplicates += 1
            seen.add((record.chat_id, key))
        first = records[0].time if records else None
        last = records[-1].time if records else None
        duration = (last - first) if first is not None and last is not None else 0.0
        rate = (len(records) - 1) / duration if duration > 0 else float(len(records))
        times_by_chat: dict[int, list[float]] = {}
        for record in records:
            times_by_chat.setdefault(record.chat_id, []).append(record.time)
        return SendStats(
            total=len(records),
            per_chat=dict(per_chat),
            duplicates=duplicates,
            first=first,
            last=last,
            duration=duration,
            rate=rate,
            max_global_per_second=_max_in_window([r.time for r in records]),
            max_chat_per_second=max((_max_in_window(t) for t in times_by_chat.values()), default=0),
            errors=dict(self.fault_counts),
        )

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,
        description: str | Callable[[], str] = "condition",
        *,
        user: SandboxUser | None = None,
    ) -> None:
        """Wait until ``predicate()`` is true.

        It is re-checked whenever the sandbox state changes and every 50 ms (so predicates over
        the bot's own state work too); with ``user`` only when that user's chat changes (the
        predicate must then depend on that chat alone).  Raises :class:`SandboxTimeout` after
        ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        signal = user.changes if user is not None else self._changes
        period = 1.0 if user is not None else 0.05
        while True:
            event = signal.event
            if predicate():
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._closing:
                text = description() if callable(description) else description
                raise SandboxTimeout(f"timed out after {timeout:.1f}s waiting for {text}")
            await Signal.wait_event(event, min(remaining, period))

    async def wait_for_idle(self, quiet: float = 0.2, timeout: float = 5.0) -> bool:
        """Wait until nothing changed for ``quiet`` seconds; raises :class:`SandboxTimeout` after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            idle_for = now - self.last_change
            if idle_for >= quiet and not self._pending:
                return True
            if now >= deadline:
                raise SandboxTimeout(f"the sandbox was not idle for {quiet:.2f}s within {timeout:.1f}s "
                                     f"({len(self._pending)} updates pending)")
            await asyncio.sleep(min(max(quiet - idle_for, 0.01), deadline - now, 0.05))

    def group(self, chat_id: int, title: str = "Group") -> SandboxGroup:
        """The simulated group chat ``chat_id`` (negative; created on first use) that the bot is a member of."""
        existing = self._users.get(chat_id)
        if isinstance(existing, SandboxGroup):
            return existing
        if existing is not None:
            raise ValueError(f"{chat_id} is a private chat")
        created = SandboxGroup(self, chat_id, title)
        self._users[chat_id] = created
        return created

    async def _handle_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
        started = time.monotonic()
        params: Params | None = None
        try:
            params = await Params.from_request(request)
            result = await self._call(method, params)
        except ApiError as error:
            self._record(started, method, params, error.status, error.description, injected=error.injected)
            return _json_response(error.to_json(), error.status)
        except Exception as exc:  # a sandbox bug: answer like a server error, loudly
            _LOGGER.exception("sandbox: %s failed", method)
            description = f"Internal Server Error: {exc.__class__.__name__}: {exc}"
            self._record(started, method, params, 500, description)
            return _json_response({"ok": False, "error_code": 500, "description": description}, 500)
        self._record(started, method, params, 200, None)
        return _json_response({"ok": True, "result": result}, 200)

    def _record(
        self, started: float, method: str, params: Params | None, status: int, description: str | None,
        *, injected: bool = False,
    ) -> None:
        self.method_counts[method] += 1
        summary = params.summary() if params is not None else {}
        self.calls.append(ApiCall(started, method, summary, status, description, injected))

    def error_calls(self, *, include_injected: bool = False) -> list[ApiCall]:
        """Calls the sandbox answered with an error (by default without the faults a test injected)."""
        return [c for c in self.calls if c.status >= 400 and (include_injected or not c.injected)]

    async def _call(self, method: str, params: Params) -> Any:
        name = method.lower()
        handler = self._methods.get(name)
        if handler is None:
            self.unknown_methods.append(method)
            _LOGGER.warning("sandbox: unknown Bot API method %s", method)
            raise ApiError(404, "Not Found: method not found")
        config = self.faults
        if config.latency > 0:
            await asyncio.sleep(config.latency)
        chat_id: int | None = None
        if is_message_method(name) or name in _CHAT_METHODS:
            chat_id = self._target_chat_id(params)
            self._raise_fault(self._injector.blocked(chat_id))
        self._raise_fault(self._injector.server_error(name))
        self._raise_fault(self._injector.rate_limit(name, chat_id, time.monotonic()))
        return await handler(params)

    def _raise_fault(self, decision: FaultDecision | None) -> None:
        if decision is None:
            return
        self.fault_counts[decision.status] += 1
        raise ApiError(decision.status, decision.description, retry_after=decision.retry_after, injected=True)

    def _build_method_table(self) -> dict[str, Handler]:
        table: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "deletemessages": self._delete_messages,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setmydescription": functools.partial(
                self._set_text_setting, self._descriptions, "description", 512
            ),
            "getmydescription": functools.partial(self._get_text_setting, self._descriptions, "description"),
            "setmyshortdescription": functools.partial(
                self._set_text_setting, self._short_descriptions, "short_description", 120
            ),
            "getmyshortdescription": functools.partial(
                self._get_text_setting, self._short_descriptions, "short_description"
            ),
            "setmyname": functools.partial(self._set_text_setting, self._names, "name", 64),
            "getmyname": functools.partial(self._get_text_setting, self._names, "name"),
            "setchatmenubutton": self._set_chat_menu_button,
            "getchatmenubutton": self._get_chat_menu_button,
            "getchat": self._get_chat,
            "getfile": self._get_file,
            "sendmediagroup": self._send_media_group,
            "copymessage": self._copy_message,
            "forwardmessage": self._forward_message,
            "close": self._close,
            "logout": self._log_out,
        }
        for kind in _MEDIA_KINDS:
            method = "send" + kind.replace("_", "")
            table[method] = functools.partial(self._send_media, kind=kind, method=_camel(method))
        return table
