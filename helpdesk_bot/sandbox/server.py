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
import contextlib
import functools
import itertools
import json
import logging
import mimetypes
import re
import secrets
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import aiohttp
from aiohttp import web

from .faults import FaultConfig, FaultDecision, FaultInjector, is_message_method
from .formatting import EntityParseError, parse_html, utf16_len
from .groups import SandboxGroup
from .models import (
    ApiCall,
    CallbackAnswer,
    SandboxFile,
    SandboxMessage,
    SandboxTimeout,
    SendStats,
    SentRecord,
    Signal,
)
from .protocol import ApiError, Params, Upload, bad_request
from .users import SandboxUser

__all__ = ["SandboxServer", "WebhookDelivery"]

_LOGGER = logging.getLogger(__name__)

Handler = Callable[[Params], Awaitable[Any]]

MESSAGE_TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
_MEDIA_KINDS = ("document", "photo", "audio", "video", "voice", "animation", "sticker", "video_note")
_MEDIA_KEYS = frozenset(_MEDIA_KINDS)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Methods that act on a chat and therefore fail for users who blocked the bot.
_CHAT_METHODS = frozenset(
    {"sendchataction", "editmessagetext", "editmessagecaption", "editmessagereplymarkup", "editmessagemedia"}
)
_DEFAULT_UPDATE_TYPES_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
_MAX_UPLOAD = 60 * 1024 * 1024


@dataclass
class _PendingUpdate:
    update: dict[str, Any]
    chat_id: int | None
    forced: bool = False
    delivered: bool = False
    attempts: int = 0
    not_before: float = 0.0

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])

    @property
    def update_type(self) -> str:
        return next(key for key in self.update if key != "update_id")


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    allowed_updates: list[str] | None
    ip_address: str | None
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class WebhookDelivery:
    """One POST of an update to the webhook."""

    time: float
    update_id: int
    url: str
    status: int | None
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class SandboxServer:
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
    """

    def __init__(
        self,
        token: str = "123456:TEST",
        bot_username: str = "helpdesk_sandbox_bot",
        faults: FaultConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_first_name: str = "Helpdesk Sandbox Bot",
        webhook_retry_delay: float = 0.2,
        max_recorded_calls: int = 100_000,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.host = host
        self._port = port
        self._injector = FaultInjector(faults or FaultConfig())
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 1
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.webhook_retry_delay = webhook_retry_delay

        self._users: dict[int, SandboxUser] = {}
        self._files: dict[str, SandboxFile] = {}
        self._files_by_path: dict[str, SandboxFile] = {}
        self._photo_sizes: dict[str, list[tuple[SandboxFile, int]]] = {}
        self._pending: list[_PendingUpdate] = []
        self._update_log: dict[int, _PendingUpdate] = {}
        self._next_update_id = 1
        self._max_update_log = max_recorded_calls
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._updates = Signal()
        self._changes = Signal()
        self.last_change = time.monotonic()
        self.seq = 0
        """A counter of chat changes: every message sent, edited or deleted by the bot takes the next value."""
        self._pending_callbacks: dict[str, tuple[int, str, int]] = {}
        self._counter = itertools.count(1)

        self.sent_log: list[SentRecord] = []
        self._content_keys: dict[tuple[int, int], tuple[str, str, str | None]] = {}
        self.calls: deque[ApiCall] = deque(maxlen=max_recorded_calls)
        self.method_counts: Counter[str] = Counter()
        self.unknown_methods: list[str] = []
        self.fault_counts: Counter[int] = Counter()
        self.webhook_log: deque[WebhookDelivery] = deque(maxlen=max_recorded_calls)

        self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._descriptions: dict[str, str] = {}
        self._short_descriptions: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self.default_menu_button: dict[str, Any] | None = None
        self.closed_count = 0
        self.logged_out = False

        self._webhook: _Webhook | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._http: aiohttp.ClientSession | None = None
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._methods: dict[str, Handler] = self._build_method_table()

    # ------------------------------------------------------------------ lifecycle
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

    # ------------------------------------------------------------------ public state
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

    def commands(
        self, language_code: str | None = None, scope: dict[str, Any] | None = None
    ) -> list[dict[str, str]]:
        """Commands stored by ``setMyCommands`` for exactly this language and scope."""
        return list(self._commands.get((_scope_key(scope), language_code or ""), []))

    def commands_for(self, user: SandboxUser) -> list[dict[str, str]]:
        """The command menu a Telegram client would show ``user`` (scope and language fallbacks)."""
        scopes: list[dict[str, Any]] = [
            {"type": "chat", "chat_id": user.chat_id},
            {"type": "all_private_chats"},
            {"type": "default"},
        ]
        languages = [user.language_code or "", ""] if user.language_code else [""]
        for scope in scopes:
            for language in languages:
                found = self._commands.get((_scope_key(scope), language))
                if found:
                    return list(found)
        return []

    def description(self, language_code: str | None = None) -> str | None:
        """The description stored by ``setMyDescription``."""
        return self._descriptions.get(language_code or "")

    def short_description(self, language_code: str | None = None) -> str | None:
        """The short description stored by ``setMyShortDescription``."""
        return self._short_descriptions.get(language_code or "")

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

    # ------------------------------------------------------------------ waiting
    def next_seq(self) -> int:
        """Advance and return the change counter (messages carry it as :attr:`SandboxMessage.seq`)."""
        self.seq += 1
        return self.seq

    def _notify_change(self, user: SandboxUser | None = None) -> None:
        self.last_change = time.monotonic()
        self._changes.fire()
        if user is not None:
            user.changes.fire()

    def _notify_updates(self) -> None:
        self._updates.fire()

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

    # ------------------------------------------------------------------ updates
    def queue_update(self, update_type: str, payload: dict[str, Any], *, chat_id: int | None = None) -> int:
        """Add an update for the bot and return its ``update_id``."""
        update_id = self._next_update_id
        self._next_update_id += 1
        pending = _PendingUpdate({"update_id": update_id, update_type: payload}, chat_id)
        actor = self._users.get(chat_id) if chat_id is not None else None
        if actor is not None:  # what the bot says from now on answers this action
            actor.mark = self.seq
        self._update_log[update_id] = pending
        if len(self._update_log) > self._max_update_log:
            del self._update_log[next(iter(self._update_log))]
        self._pending.append(pending)
        self._notify_updates()
        self._notify_change(self._users.get(chat_id) if chat_id is not None else None)
        return update_id

    def update(self, update_id: int) -> dict[str, Any]:
        """A copy of the update ``update_id`` as it was delivered (see :meth:`deliver_copy`)."""
        original = self._update_log.get(update_id)
        if original is None:
            raise KeyError(f"unknown update_id {update_id}")
        return json.loads(json.dumps(original.update))

    def deliver_copy(self, update: dict[str, Any], *, chat_id: int | None = None) -> int:
        """Deliver an update taken from another sandbox with its ``update_id`` unchanged: the same update
        reaching a second bot process (e.g. a webhook redelivered to another instance)."""
        pending = _PendingUpdate(dict(update), chat_id, forced=True)
        self._next_update_id = max(self._next_update_id, pending.update_id + 1)
        self._update_log[pending.update_id] = pending
        self._pending.append(pending)
        self._notify_updates()
        self._notify_change(self._users.get(chat_id) if chat_id is not None else None)
        return pending.update_id

    def issued_update_ids(self) -> list[int]:
        """The ids of the updates queued so far (the most recent ``max_recorded_calls``), oldest first."""
        return list(self._update_log)

    async def redeliver(self, update_id: int) -> None:
        """Deliver the update ``update_id`` once more (as Telegram does after a lost confirmation)."""
        original = self._update_log.get(update_id)
        if original is None:
            raise KeyError(f"unknown update_id {update_id}")
        self._pending.append(_PendingUpdate(dict(original.update), original.chat_id, forced=True))
        self._notify_updates()
        self._notify_change()

    def queue_callback_query(self, user: SandboxUser, message: SandboxMessage, data: str, *,
                             chat_id: int | None = None) -> int:
        """Queue a ``callback_query`` update for a press of an inline button (in ``chat_id``: a group)."""
        query_id = str(4_000_000_000_000_000 + next(self._counter))
        self._pending_callbacks[query_id] = (user.user_id, data, message.message_id)
        chat = user.chat_id if chat_id is None else chat_id
        payload = {
            "id": query_id,
            "from": user.to_api(),
            "message": message.to_api(),
            "chat_instance": str(-(chat * 1_000_003 + self.bot_id)),
            "data": data,
        }
        return self.queue_update("callback_query", payload, chat_id=chat)

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

    def queue_member_update(self, user: SandboxUser, *, old: str, new: str) -> int:
        """Queue a ``my_chat_member`` update (the user blocked or unblocked the bot)."""
        now = int(time.time())
        new_member: dict[str, Any] = {"status": new, "user": self.bot_user}
        if new == "kicked":
            new_member["until_date"] = 0
        old_member: dict[str, Any] = {"status": old, "user": self.bot_user}
        if old == "kicked":
            old_member["until_date"] = 0
        payload = {
            "chat": user.chat_api(),
            "from": user.to_api(),
            "date": now,
            "old_chat_member": old_member,
            "new_chat_member": new_member,
        }
        return self.queue_update("my_chat_member", payload, chat_id=user.chat_id)

    def _allowed(self, pending: _PendingUpdate, allowed: list[str] | None) -> bool:
        kind = pending.update_type
        if not allowed:
            return kind not in _DEFAULT_UPDATE_TYPES_EXCLUDED
        return kind in allowed

    def _confirm(self, offset: int | None) -> None:
        if not offset:
            return
        if offset < 0:
            self._pending = self._pending[offset:]
            return
        self._pending = [p for p in self._pending if p.update_id >= offset or (p.forced and not p.delivered)]

    def _take_batch(self, limit: int) -> list[dict[str, Any]]:
        kept = [p for p in self._pending if self._allowed(p, self._allowed_updates)]
        if len(kept) != len(self._pending):
            self._pending = kept
        batch: list[_PendingUpdate] = []
        for pending in self._pending:
            if pending.forced:
                if not batch:
                    batch.append(pending)
                break
            batch.append(pending)
            if len(batch) >= limit:
                break
        for pending in batch:
            pending.delivered = True
        return [p.update for p in batch]

    # ------------------------------------------------------------------ HTTP handlers
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

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            raise web.HTTPUnauthorized()
        file = self._files_by_path.get(request.match_info["path"])
        if file is None:
            raise web.HTTPNotFound()
        return web.Response(body=file.data, content_type=file.mime_type or "application/octet-stream")

    # ------------------------------------------------------------------ files
    def register_file(
        self, kind: str, data: bytes, filename: str | None, mime_type: str | None, url: str | None = None
    ) -> SandboxFile:
        """Store bytes as a Telegram file and return it (with fresh ``file_id``/``file_path``)."""
        number = next(self._counter)
        suffix = ""
        if filename and "." in filename:
            suffix = "." + filename.rsplit(".", 1)[1]
        elif mime_type:
            suffix = mimetypes.guess_extension(mime_type) or ""
        file = SandboxFile(
            file_id=f"SBX{kind[:3].upper()}{number:06d}{secrets.token_hex(6)}",
            file_unique_id=f"U{number:06d}{secrets.token_hex(3)}",
            kind=kind,
            data=data,
            filename=filename,
            mime_type=mime_type,
            file_path=f"{kind}s/file_{number}{suffix}",
            url=url,
        )
        self._files[file.file_id] = file
        self._files_by_path[file.file_path] = file
        if kind == "photo":
            sizes: list[tuple[SandboxFile, int]] = []
            for side in (90, 320):
                alias_number = next(self._counter)
                alias = SandboxFile(
                    file_id=f"{file.file_id}_{side}",
                    file_unique_id=f"U{alias_number:06d}{secrets.token_hex(3)}",
                    kind="photo",
                    data=data,
                    filename=filename,
                    mime_type=mime_type,
                    file_path=f"photos/file_{alias_number}{suffix}",
                    url=url,
                )
                self._files[alias.file_id] = alias
                self._files_by_path[alias.file_path] = alias
                sizes.append((alias, side))
            sizes.append((file, 800))
            self._photo_sizes[file.file_id] = sizes
        return file

    def media_object(self, kind: str, file: SandboxFile, **extra: Any) -> Any:
        """The Bot API object (``Document``, list of ``PhotoSize``, ``Voice``...) for a stored file."""
        base: dict[str, Any] = {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
        }
        if kind == "photo":
            sizes = self._photo_sizes.get(file.file_id, [(file, 800)])
            return [
                {
                    "file_id": size_file.file_id,
                    "file_unique_id": size_file.file_unique_id,
                    "file_size": size_file.size,
                    "width": side,
                    "height": side * 3 // 4,
                }
                for size_file, side in sizes
            ]
        if kind == "sticker":
            base.update(type="regular", width=512, height=512, is_animated=False, is_video=False)
            if extra.get("emoji"):
                base["emoji"] = extra["emoji"]
            return base
        if kind in ("document", "audio", "video", "animation") and file.filename:
            base["file_name"] = file.filename
        if kind != "video_note" and file.mime_type:
            base["mime_type"] = file.mime_type
        if kind in ("audio", "video", "animation", "voice", "video_note"):
            base["duration"] = int(extra.get("duration") or 1)
        if kind in ("video", "animation"):
            base.update(width=int(extra.get("width") or 640), height=int(extra.get("height") or 360))
        if kind == "video_note":
            base["length"] = int(extra.get("length") or 240)
        return base

    def _resolve_file(self, value: Upload | str, kind: str, filename: str | None) -> SandboxFile:
        if isinstance(value, Upload):
            name = filename or value.filename
            mime = value.content_type
            if not mime or mime == "application/octet-stream":
                mime = (mimetypes.guess_type(name)[0] if name else None) or mime or "application/octet-stream"
            return self.register_file(kind, value.data, name, mime)
        existing = self._files.get(value)
        if existing is not None:
            return existing
        if value.startswith(("http://", "https://")):
            name = urlparse(value).path.rsplit("/", 1)[-1] or None
            mime = mimetypes.guess_type(name)[0] if name else None
            return self.register_file(kind, b"", name, mime, url=value)
        raise bad_request("wrong file identifier/HTTP URL specified")

    # ------------------------------------------------------------------ helpers for methods
    def _target_chat_id(self, params: Params, name: str = "chat_id") -> int | None:
        raw = params.get_str(name)
        if raw is None:
            return None
        if raw.startswith("@"):
            for user in self._users.values():
                if user.username and user.username.lower() == raw[1:].lower():
                    return user.user_id
            return None
        try:
            return int(raw)
        except ValueError:
            return None

    def _chat(self, params: Params, name: str = "chat_id") -> SandboxUser:
        if not params.has(name):
            raise bad_request(f'parameter "{name}" is required')
        chat_id = self._target_chat_id(params, name)
        user = self._users.get(chat_id) if chat_id is not None else None
        if user is None:
            raise bad_request("chat not found")
        return user

    def _format(
        self, params: Params, field_name: str, entities_name: str, limit: int, *, required: bool
    ) -> tuple[str, list[dict[str, Any]], str | None, str | None]:
        source = params.get_str(field_name)
        if source is None or source == "":
            if required:
                raise bad_request("message text is empty")
            return "", [], None, None
        parse_mode = params.get_str("parse_mode")
        entities: list[dict[str, Any]] = []
        text = source
        if parse_mode and parse_mode.lower() == "html":
            try:
                parsed = parse_html(source)
            except EntityParseError as exc:
                raise ApiError(400, exc.description) from None
            text, entities = parsed.text, parsed.entities
        elif parse_mode is None:
            raw_entities = params.get_json(entities_name)
            if raw_entities is not None:
                if not isinstance(raw_entities, list):
                    raise bad_request(f"can't parse {entities_name} JSON object")
                entities = [e for e in raw_entities if isinstance(e, dict)]
        if not text.strip():
            if required:
                raise bad_request("message text is empty")
            return "", [], source, parse_mode
        if utf16_len(text) > limit:
            raise bad_request(
                "message is too long" if field_name == "text" else "message caption is too long"
            )
        return text, entities, source, parse_mode

    def _markup(self, params: Params, *, inline_only: bool = False) -> dict[str, Any] | None:
        markup = params.get_json("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise bad_request(
                    'can\'t parse inline keyboard button: field "inline_keyboard" must be an Array of Arrays'
                )
            for row in rows:
                for button in row:
                    _validate_inline_button(button)
            return markup
        if inline_only:
            raise bad_request("inline keyboard expected")
        if "keyboard" in markup:
            if not isinstance(markup["keyboard"], list):
                raise bad_request("can't parse reply keyboard markup JSON object")
            return markup
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return markup
        raise bad_request("can't parse reply keyboard markup JSON object")

    def _reply_to(self, params: Params, user: SandboxUser) -> int | None:
        reply = params.get_json("reply_parameters")
        message_id: int | None = None
        allow_missing = params.get_bool("allow_sending_without_reply")
        if isinstance(reply, dict) and reply.get("message_id") is not None:
            message_id = int(reply["message_id"])
            allow_missing = bool(reply.get("allow_sending_without_reply", allow_missing))
        elif params.has("reply_to_message_id"):
            message_id = params.get_int("reply_to_message_id")
        if message_id is None:
            return None
        target = user.chat_messages.get(message_id)
        if target is None or target.deleted:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return message_id

    def _deliver(
        self,
        user: SandboxUser,
        method: str,
        *,
        kind: str,
        text: str,
        entities: list[dict[str, Any]],
        source: str | None,
        parse_mode: str | None,
        markup: dict[str, Any] | None,
        file: SandboxFile | None = None,
        extra: dict[str, Any] | None = None,
        reply_to: int | None = None,
    ) -> SandboxMessage:
        message = SandboxMessage(
            message_id=user.allocate_message_id(),
            chat=user.chat_api(),
            sender=self.bot_user,
            date=int(time.time()),
            from_bot=True,
            kind=kind,
            text=text,
            entities=entities,
            source_text=source,
            parse_mode=parse_mode,
            reply_markup=markup,
            file=file,
            extra=dict(extra or {}),
            method=method,
            sent_at=time.monotonic(),
            reply_to_message_id=reply_to,
        )
        if reply_to is not None:
            message.extra["reply_to_message"] = user.chat_messages[reply_to].to_api(with_reply=False)
        message.seq = self.next_seq()
        user.add_message(message)
        self.sent_log.append(SentRecord(message.sent_at, user.chat_id, method, message.message_id))
        self._content_keys[(user.chat_id, message.message_id)] = (
            kind,
            text,
            file.file_unique_id if file else None,
        )
        self._notify_change(user)
        return message

    def _editable(self, params: Params, user: SandboxUser) -> SandboxMessage:
        if params.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        message = user.chat_messages.get(params.require_int("message_id"))
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _apply_edit(self, message: SandboxMessage) -> dict[str, Any]:
        message.edited += 1
        message.edit_date = int(time.time())
        message.seq = self.next_seq()
        self._notify_change(self._users.get(message.chat_id))
        return message.to_api()

    # ------------------------------------------------------------------ Bot API methods
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

    async def _get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        if self._webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            )
        offset = params.get_int("offset")
        limit = max(1, min(100, params.get_int("limit", 100) or 100))
        timeout = max(0.0, params.get_float("timeout", 0.0) or 0.0)
        allowed = params.get_json("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed] or None
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify_updates()  # an older long poll is terminated with 409, as on Telegram
        self._confirm(offset)
        deadline = time.monotonic() + timeout
        while True:
            event = self._updates.event
            if self._poll_generation != generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                )
            if self._webhook is not None:
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
            batch = self._take_batch(limit)
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self._closing:
                return batch
            await Signal.wait_event(event, remaining)

    async def _set_webhook(self, params: Params) -> bool:
        url = params.get_str("url") or ""
        if not url:
            return await self._delete_webhook(params)
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get_str("secret_token")
        if secret is not None and not _SECRET_RE.match(secret):
            raise bad_request("secret token contains unallowed characters")
        allowed = params.get_json("allowed_updates")
        if params.get_bool("drop_pending_updates"):
            self._pending.clear()
        self._webhook = _Webhook(
            url=url,
            secret_token=secret,
            max_connections=max(1, min(100, params.get_int("max_connections", 40) or 40)),
            allowed_updates=[str(a) for a in allowed] if isinstance(allowed, list) and allowed else None,
            ip_address=params.get_str("ip_address"),
        )
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(self._webhook_loop(), name="sandbox-webhook")
        self._notify_updates()
        return True

    async def _delete_webhook(self, params: Params) -> bool:
        if params.get_bool("drop_pending_updates"):
            self._pending.clear()
        self._webhook = None
        await self._stop_webhook_task()
        return True

    async def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        hook = self._webhook
        if hook is None:
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._pending)}
        info: dict[str, Any] = {
            "url": hook.url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
            "max_connections": hook.max_connections,
        }
        if hook.ip_address:
            info["ip_address"] = hook.ip_address
        if hook.allowed_updates:
            info["allowed_updates"] = hook.allowed_updates
        if hook.last_error_date is not None:
            info["last_error_date"] = hook.last_error_date
            info["last_error_message"] = hook.last_error_message
        return info

    async def _send_message(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        text, entities, source, parse_mode = self._format(
            params, "text", "entities", MESSAGE_TEXT_LIMIT, required=True
        )
        markup = self._markup(params)
        reply_to = self._reply_to(params, user)
        message = self._deliver(
            user,
            "sendMessage",
            kind="text",
            text=text,
            entities=entities,
            source=source,
            parse_mode=parse_mode,
            markup=markup,
            reply_to=reply_to,
        )
        return message.to_api()

    async def _send_media(self, params: Params, *, kind: str, method: str) -> dict[str, Any]:
        user = self._chat(params)
        value = params.get_file(kind)
        if value is None:
            raise bad_request(f"there is no {kind} in the request")
        caption, entities, source, parse_mode = self._format(
            params, "caption", "caption_entities", CAPTION_LIMIT, required=False
        )
        markup = self._markup(params)
        reply_to = self._reply_to(params, user)
        file = self._resolve_file(value, kind, params.get_str("filename"))
        media = self.media_object(
            kind,
            file,
            duration=params.get_int("duration"),
            width=params.get_int("width"),
            height=params.get_int("height"),
            length=params.get_int("length"),
            emoji=params.get_str("emoji"),
        )
        message = self._deliver(
            user,
            method,
            kind=kind,
            text=caption,
            entities=entities,
            source=source,
            parse_mode=parse_mode,
            markup=markup,
            file=file,
            extra={kind: media},
            reply_to=reply_to,
        )
        return message.to_api()

    async def _send_media_group(self, params: Params) -> list[dict[str, Any]]:
        user = self._chat(params)
        items = params.get_json("media")
        if not isinstance(items, list) or not 2 <= len(items) <= 10:
            raise bad_request("wrong number of media specified: 2-10 items expected")
        reply_to = self._reply_to(params, user)
        prepared: list[tuple[str, SandboxFile, tuple[str, list[dict[str, Any]], str | None, str | None]]] = []
        for item in items:
            if not isinstance(item, dict) or item.get("type") not in ("photo", "video", "document", "audio"):
                raise bad_request("can't parse InputMedia JSON object")
            kind = str(item["type"])
            sub = Params({k: v for k, v in item.items() if k != "type"}, params.uploads)
            value = sub.get_file("media")
            if value is None:
                raise bad_request("there is no media in the request")
            caption = self._format(sub, "caption", "caption_entities", CAPTION_LIMIT, required=False)
            prepared.append((kind, self._resolve_file(value, kind, None), caption))
        group_id = str(10_000_000 + next(self._counter))
        results = []
        for kind, file, (text, entities, source, parse_mode) in prepared:
            message = self._deliver(
                user,
                "sendMediaGroup",
                kind=kind,
                text=text,
                entities=entities,
                source=source,
                parse_mode=parse_mode,
                markup=None,
                file=file,
                extra={kind: self.media_object(kind, file), "media_group_id": group_id},
                reply_to=reply_to,
            )
            results.append(message.to_api())
        return results

    async def _edit_message_text(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        message = self._editable(params, user)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        text, entities, source, parse_mode = self._format(
            params, "text", "entities", MESSAGE_TEXT_LIMIT, required=True
        )
        markup = self._markup(params, inline_only=True)
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise bad_request(_NOT_MODIFIED)
        message.text, message.entities = text, entities
        message.source_text, message.parse_mode, message.reply_markup = source, parse_mode, markup
        return self._apply_edit(message)

    async def _edit_message_caption(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        message = self._editable(params, user)
        if message.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        caption, entities, source, parse_mode = self._format(
            params, "caption", "caption_entities", CAPTION_LIMIT, required=False
        )
        markup = self._markup(params, inline_only=True)
        if caption == message.text and entities == message.entities and markup == message.reply_markup:
            raise bad_request(_NOT_MODIFIED)
        message.text, message.entities = caption, entities
        message.source_text, message.parse_mode, message.reply_markup = source, parse_mode, markup
        return self._apply_edit(message)

    async def _edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        message = self._editable(params, user)
        markup = self._markup(params, inline_only=True)
        if markup == message.reply_markup or (not markup and not message.has_inline_keyboard):
            raise bad_request(_NOT_MODIFIED)
        message.reply_markup = markup
        return self._apply_edit(message)

    async def _delete_message(self, params: Params) -> bool:
        user = self._chat(params)
        message = user.chat_messages.get(params.require_int("message_id"))
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        message.deleted = True
        message.seq = self.next_seq()
        self._notify_change(user)
        return True

    async def _delete_messages(self, params: Params) -> bool:
        user = self._chat(params)
        ids = params.get_json("message_ids")
        if not isinstance(ids, list) or not ids:
            raise bad_request("message_ids must be a non-empty list")
        for message_id in ids:
            message = user.chat_messages.get(int(message_id))
            if message is not None:
                message.deleted = True
                message.seq = self.next_seq()
        self._notify_change(user)
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = params.require_str("callback_query_id")
        pending = self._pending_callbacks.pop(query_id, None)
        if pending is None:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        user_id, data, message_id = pending
        text = params.get_str("text")
        if text is not None and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        answer = CallbackAnswer(
            query_id=query_id,
            data=data,
            message_id=message_id,
            text=text,
            show_alert=params.get_bool("show_alert"),
            url=params.get_str("url"),
            cache_time=params.get_int("cache_time"),
        )
        self._users[user_id].answered_callbacks.append(answer)
        self._notify_change(self._users[user_id])
        return True

    async def _send_chat_action(self, params: Params) -> bool:
        user = self._chat(params)
        action = params.get_str("action")
        if action not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        user.chat_actions.append(action)
        self._notify_change(user)
        return True

    def _commands_key(self, params: Params) -> tuple[str, str]:
        scope = params.get_json("scope")
        if scope is not None and (not isinstance(scope, dict) or "type" not in scope):
            raise bad_request("can't parse BotCommandScope JSON object")
        language = params.get_str("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return _scope_key(scope), language

    async def _set_my_commands(self, params: Params) -> bool:
        key = self._commands_key(params)
        commands = params.get_json("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands")
        stored: list[dict[str, str]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = str(item.get("command", ""))
            description = str(item.get("description", ""))
            if not _COMMAND_RE.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            stored.append({"command": command, "description": description})
        if stored:
            self._commands[key] = stored
        else:
            self._commands.pop(key, None)
        self._notify_change()
        return True

    async def _get_my_commands(self, params: Params) -> list[dict[str, str]]:
        return list(self._commands.get(self._commands_key(params), []))

    async def _delete_my_commands(self, params: Params) -> bool:
        self._commands.pop(self._commands_key(params), None)
        self._notify_change()
        return True

    async def _set_text_setting(self, store: dict[str, str], name: str, limit: int, params: Params) -> bool:
        value = params.get_str(name) or ""
        if len(value) > limit:
            raise bad_request(f"{name.replace('_', ' ')} is too long")
        language = params.get_str("language_code") or ""
        if value:
            store[language] = value
        else:
            store.pop(language, None)
        self._notify_change()
        return True

    async def _get_text_setting(self, store: dict[str, str], name: str, params: Params) -> dict[str, str]:
        language = params.get_str("language_code") or ""
        return {name: store.get(language, store.get("", ""))}

    async def _set_chat_menu_button(self, params: Params) -> bool:
        button = params.get_json("menu_button")
        if button is not None and (not isinstance(button, dict) or "type" not in button):
            raise bad_request("can't parse menu button JSON object")
        if params.has("chat_id"):
            self._chat(params).menu_button = button
        else:
            self.default_menu_button = button
        self._notify_change()
        return True

    async def _get_chat_menu_button(self, params: Params) -> dict[str, Any]:
        if params.has("chat_id"):
            button = self._chat(params).menu_button
            if button is not None:
                return button
        return self.default_menu_button or {"type": "default"}

    async def _get_chat(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        return {
            **user.chat_api(),
            "accent_color_id": user.user_id % 7,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        }

    async def _get_file(self, params: Params) -> dict[str, Any]:
        file = self._files.get(params.require_str("file_id"))
        if file is None:
            raise bad_request("invalid file_id")
        if file.size > 20 * 1024 * 1024:
            raise bad_request("file is too big")
        return {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
            "file_path": file.file_path,
        }

    def _source_message(self, params: Params, what: str) -> SandboxMessage:
        source_user = self._chat(params, "from_chat_id")
        message = source_user.chat_messages.get(params.require_int("message_id"))
        if message is None or message.deleted:
            raise bad_request(f"message to {what} not found")
        return message

    async def _copy_message(self, params: Params) -> dict[str, int]:
        target = self._chat(params)
        source = self._source_message(params, "copy")
        text, entities = source.text, source.entities
        parse_mode: str | None = None
        src_text = source.source_text
        if source.kind != "text" and params.has("caption"):
            text, entities, src_text, parse_mode = self._format(
                params, "caption", "caption_entities", CAPTION_LIMIT, required=False
            )
        extra = {k: v for k, v in source.extra.items() if k in _MEDIA_KEYS}
        message = self._deliver(
            target,
            "copyMessage",
            kind=source.kind,
            text=text,
            entities=list(entities),
            source=src_text,
            parse_mode=parse_mode or source.parse_mode,
            markup=self._markup(params),
            file=source.file,
            extra=extra,
            reply_to=self._reply_to(params, target),
        )
        return {"message_id": message.message_id}

    async def _forward_message(self, params: Params) -> dict[str, Any]:
        target = self._chat(params)
        source = self._source_message(params, "forward")
        extra = {k: v for k, v in source.extra.items() if k in _MEDIA_KEYS}
        origin = source.extra.get("forward_origin") or {
            "type": "user",
            "date": source.date,
            "sender_user": source.sender,
        }
        extra["forward_origin"] = origin
        if origin.get("type") == "user":
            extra["forward_from"] = origin["sender_user"]
        extra["forward_date"] = origin["date"]
        message = self._deliver(
            target,
            "forwardMessage",
            kind=source.kind,
            text=source.text,
            entities=list(source.entities),
            source=source.source_text,
            parse_mode=source.parse_mode,
            markup=None,
            file=source.file,
            extra=extra,
        )
        return message.to_api()

    async def _close(self, params: Params) -> bool:
        self.closed_count += 1
        return True

    async def _log_out(self, params: Params) -> bool:
        self.logged_out = True
        return True

    # ------------------------------------------------------------------ webhook delivery
    async def _stop_webhook_task(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _webhook_loop(self) -> None:
        in_flight: dict[asyncio.Future[Any], _PendingUpdate] = {}
        try:
            while self._webhook is not None and not self._closing:
                hook = self._webhook
                event = self._updates.event
                now = time.monotonic()
                busy: set[int] = {p.chat_id for p in in_flight.values() if p.chat_id is not None}
                flying = set(map(id, in_flight.values()))
                next_retry: float | None = None
                self._pending = [p for p in self._pending if self._allowed(p, hook.allowed_updates)]
                for pending in list(self._pending):
                    if len(in_flight) >= hook.max_connections:
                        break
                    if id(pending) in flying:
                        continue
                    chat_busy = pending.chat_id is not None and pending.chat_id in busy
                    if pending.chat_id is not None:
                        busy.add(pending.chat_id)
                    if chat_busy:
                        continue
                    if pending.not_before > now:
                        next_retry = min(next_retry or pending.not_before, pending.not_before)
                        continue
                    in_flight[asyncio.ensure_future(self._deliver_webhook(hook, pending))] = pending
                waiter = asyncio.ensure_future(event.wait())
                timeout = None if next_retry is None else max(0.0, next_retry - time.monotonic())
                done, _ = await asyncio.wait(
                    {waiter, *in_flight}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                )
                waiter.cancel()
                for finished in done:
                    if finished is not waiter:
                        in_flight.pop(finished, None)
        finally:
            for delivery in in_flight:
                delivery.cancel()
            if in_flight:
                await asyncio.gather(*in_flight, return_exceptions=True)

    async def _deliver_webhook(self, hook: _Webhook, pending: _PendingUpdate) -> None:
        assert self._http is not None
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        pending.attempts += 1
        status: int | None = None
        error: str | None = None
        try:
            async with self._http.post(
                hook.url,
                data=json.dumps(pending.update, ensure_ascii=False).encode(),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                status = response.status
                await response.read()
                if not 200 <= status < 300:
                    error = f"Wrong response from the webhook: {status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            error = f"Connection failed: {exc.__class__.__name__}: {exc}"
        self.webhook_log.append(
            WebhookDelivery(time.monotonic(), pending.update_id, hook.url, status, error, dict(headers))
        )
        if error is None:
            with contextlib.suppress(ValueError):
                self._pending.remove(pending)
            pending.delivered = True
        else:
            hook.last_error_date = int(time.time())
            hook.last_error_message = error
            delay = min(self.webhook_retry_delay * 2 ** (pending.attempts - 1), 5.0)
            pending.not_before = time.monotonic() + delay
        self._notify_updates()
        self._notify_change()


# ---------------------------------------------------------------------- module helpers
def _json_response(body: dict[str, Any], status: int) -> web.Response:
    return web.Response(
        text=json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
    )


def _scope_key(scope: dict[str, Any] | None) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _camel(lower_method: str) -> str:
    names = {
        "senddocument": "sendDocument",
        "sendphoto": "sendPhoto",
        "sendaudio": "sendAudio",
        "sendvideo": "sendVideo",
        "sendvoice": "sendVoice",
        "sendanimation": "sendAnimation",
        "sendsticker": "sendSticker",
        "sendvideonote": "sendVideoNote",
    }
    return names.get(lower_method, lower_method)


def _validate_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if not button["text"]:
        raise bad_request("text must be non-empty")
    actions = [
        k
        for k in (
            "callback_data",
            "url",
            "web_app",
            "login_url",
            "switch_inline_query",
            "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat",
            "copy_text",
            "callback_game",
            "pay",
        )
        if k in button
    ]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"^(https?|tg)://\S+$", url):
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")


def _max_in_window(times: Iterable[float], window: float = 1.0) -> int:
    ordered = sorted(times)
    best = 0
    start = 0
    for end, value in enumerate(ordered):
        while value - ordered[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best
