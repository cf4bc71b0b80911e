"""The state of the sandbox Bot API server and what every part of it shares (see :class:`~.server.SandboxServer`).

The server is one class assembled from layers, each in its module and each seeing the ones before it:
:class:`ServerState` (this module) → :mod:`.files` → :mod:`.updates` → :mod:`.outgoing` → :mod:`.messages`
→ :mod:`.bot_settings` → :class:`~.server.SandboxServer` (lifecycle, public state, HTTP, method table).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from .faults import FaultConfig, FaultInjector
from .models import ApiCall, SandboxFile, SentRecord, Signal
from .protocol import Params, bad_request
from .users import SandboxUser

__all__ = ["ServerState", "WebhookDelivery"]


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


class ServerState:
    """The in-memory state of the sandbox (chats, files, updates, logs); the layers above add behaviour."""

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

    def _build_method_table(self) -> dict[str, Handler]:
        raise NotImplementedError  # the server's method table (see SandboxServer)

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
