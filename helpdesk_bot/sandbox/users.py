"""Simulated Telegram users of the sandbox: each one has a private chat with the bot."""

from __future__ import annotations

import mimetypes
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .formatting import utf16_len
from .models import CallbackAnswer, SandboxMessage, Signal

if TYPE_CHECKING:
    from .server import SandboxServer

__all__ = ["SandboxUser", "detect_entities"]

_ENTITY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("bot_command", re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?(?![A-Za-z0-9_@])")),
    ("url", re.compile(r"(?<!\S)https?://[^\s]+")),
    ("email", re.compile(r"(?<!\S)[\w.+-]+@[\w-]+\.[\w.-]+\w")),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}\b")),
    ("hashtag", re.compile(r"(?<![\w#])#\w+")),
]

# Tiny but well-formed payloads for the media a user can send.
_STICKER_BYTES = (
    b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"
)
_VOICE_BYTES = b"OggS\x00\x02" + b"\x00" * 20 + b"OpusHead"
_PHOTO_BYTES = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
    "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100"
    "ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9"
)


def detect_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram adds to a user's plain text: bot commands, URLs, e-mails, mentions, hashtags."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _ENTITY_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind == "url":
                while end > start and text[end - 1] in ".,;:!?)":
                    end -= 1
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            found.append((start, end, kind))
    found.sort()
    return [
        {"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])}
        for start, end, kind in found
    ]


class SandboxUser:
    """A person talking to the bot in a private chat (chat id == user id)."""

    def __init__(
        self,
        server: SandboxServer,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> None:
        self._server = server
        self.user_id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.chat_messages: dict[int, SandboxMessage] = {}
        self.answered_callbacks: list[CallbackAnswer] = []
        self.chat_actions: list[str] = []
        self.menu_button: dict[str, Any] | None = None
        self.changes = Signal()
        self._next_message_id = 1
        self._consumed: set[int] = set()
        self._answers_consumed = 0
        self.mark = 0
        """The sandbox's change counter when this user last acted: later bot messages answer that action."""

    # -- identity ---------------------------------------------------------------------------
    @property
    def chat_id(self) -> int:
        """The private chat's id (equal to the user id)."""
        return self.user_id

    @property
    def is_blocked(self) -> bool:
        """True while the user has blocked the bot."""
        return self.user_id in self._server.faults.blocked_user_ids

    def to_api(self) -> dict[str, Any]:
        """The Bot API ``User`` object."""
        data: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def chat_api(self) -> dict[str, Any]:
        """The Bot API ``Chat`` object of the private chat."""
        data: dict[str, Any] = {"id": self.user_id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data

    # -- chat contents ---------------------------------------------------------------------
    @property
    def messages(self) -> list[SandboxMessage]:
        """All bot messages in this chat, oldest first, with edits applied (deleted ones flagged)."""
        return [m for m in self.chat_messages.values() if m.from_bot]

    @property
    def history(self) -> list[SandboxMessage]:
        """All messages in the chat, from both sides."""
        return list(self.chat_messages.values())

    @property
    def last_message(self) -> SandboxMessage | None:
        """The latest bot message that was not deleted."""
        for message in reversed(self.chat_messages.values()):
            if message.from_bot and not message.deleted:
                return message
        return None

    def message(self, message_id: int) -> SandboxMessage:
        """A message of this chat by id."""
        try:
            return self.chat_messages[message_id]
        except KeyError:
            raise KeyError(f"no message {message_id} in chat {self.chat_id}") from None

    def allocate_message_id(self) -> int:
        """Next message id of this chat (shared by both sides, as in Telegram private chats)."""
        message_id = self._next_message_id
        self._next_message_id += 1
        return message_id

    def add_message(self, message: SandboxMessage) -> None:
        """Store a message in the chat."""
        self.chat_messages[message.message_id] = message

    def consume_all(self) -> None:
        """Mark every bot message received so far as seen by :meth:`wait_for_message`."""
        self._consumed.update(m.message_id for m in self.messages)
        self._answers_consumed = len(self.answered_callbacks)

    # -- sending ---------------------------------------------------------------------------
    def _new_message(
        self, kind: str, text: str = "", entities: list[dict[str, Any]] | None = None
    ) -> SandboxMessage:
        message = SandboxMessage(
            message_id=self.allocate_message_id(),
            chat=self.chat_api(),
            sender=self.to_api(),
            date=int(time.time()),
            from_bot=False,
            kind=kind,
            text=text,
            entities=entities or [],
            sent_at=time.monotonic(),
        )
        self.add_message(message)
        return message

    def _queue(self, message: SandboxMessage) -> int:
        return self._server.queue_update("message", message.to_api(), chat_id=self.chat_id)

    async def send_text(self, text: str, *, reply_to: SandboxMessage | None = None) -> int:
        """Send a text message (commands get their ``bot_command`` entity), optionally as a reply to a
        message of this chat; returns the update id."""
        message = self._new_message("text", text, detect_entities(text))
        if reply_to is not None:
            if reply_to.chat_id != self.chat_id:
                raise ValueError(f"message {reply_to.message_id} belongs to chat {reply_to.chat_id}")
            message.extra["reply_to_message"] = reply_to.to_api(with_reply=False)
            message.reply_to_message_id = reply_to.message_id
        return self._queue(message)

    async def send_command(self, command: str, args: str | None = None) -> int:
        """Send ``/command args`` (e.g. ``send_command("start", "event-5")`` for a deep link)."""
        text = "/" + command.lstrip("/")
        if args:
            text += f" {args}"
        return await self.send_text(text)

    async def send_sticker(self, emoji: str = "👍") -> int:
        """Send a sticker."""
        file = self._server.register_file("sticker", _STICKER_BYTES, "sticker.webp", "image/webp")
        message = self._new_message("sticker")
        message.file = file
        message.extra["sticker"] = self._server.media_object("sticker", file, emoji=emoji)
        return self._queue(message)

    async def send_voice(self, duration: int = 3, data: bytes | None = None) -> int:
        """Send a voice note."""
        file = self._server.register_file("voice", data or _VOICE_BYTES, "voice.ogg", "audio/ogg")
        message = self._new_message("voice")
        message.file = file
        message.extra["voice"] = self._server.media_object("voice", file, duration=duration)
        return self._queue(message)

    async def send_photo(
        self, caption: str | None = None, data: bytes | None = None, filename: str = "photo.jpg"
    ) -> int:
        """Send a photo with an optional caption."""
        file = self._server.register_file("photo", data or _PHOTO_BYTES, filename, "image/jpeg")
        message = self._new_message("photo", caption or "", detect_entities(caption) if caption else [])
        message.file = file
        message.extra["photo"] = self._server.media_object("photo", file)
        return self._queue(message)

    async def send_document(
        self, data: bytes, filename: str, caption: str | None = None, mime_type: str | None = None
    ) -> int:
        """Send a file as a document."""
        mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        file = self._server.register_file("document", data, filename, mime)
        message = self._new_message("document", caption or "", detect_entities(caption) if caption else [])
        message.file = file
        message.extra["document"] = self._server.media_object("document", file)
        return self._queue(message)

    async def send_forwarded(
        self, from_user: SandboxUser | None = None, text: str = "", *, from_name: str | None = None
    ) -> int:
        """Forward a text message written by ``from_user`` (or by a hidden user called ``from_name``)."""
        message = self._new_message("text", text, detect_entities(text))
        date = int(time.time()) - 60
        if from_user is not None:
            message.extra["forward_origin"] = {
                "type": "user",
                "date": date,
                "sender_user": from_user.to_api(),
            }
            message.extra["forward_from"] = from_user.to_api()
        else:
            name = from_name or "Hidden User"
            message.extra["forward_origin"] = {"type": "hidden_user", "date": date, "sender_user_name": name}
            message.extra["forward_sender_name"] = name
        message.extra["forward_date"] = date
        return self._queue(message)

    async def press(
        self,
        message: SandboxMessage | int,
        button: str | int | None = None,
        *,
        callback_data: str | None = None,
    ) -> int:
        """Press a button of a bot message and return the update id once the update is queued.

        ``button`` is the button text (exact, else a unique case-insensitive substring) or its
        0-based index over all rows; alternatively give ``callback_data``.  Inline buttons give a
        ``callback_query`` update; reply-keyboard buttons send their text as a message.
        """
        if isinstance(message, SandboxMessage) and message.chat_id != self.chat_id:
            raise ValueError(
                f"message {message.message_id} belongs to chat {message.chat_id}, not {self.chat_id}"
            )
        current = self.message(message if isinstance(message, int) else message.message_id)
        if current.deleted:
            raise ValueError(f"message {current.message_id} was deleted")
        markup = current.reply_markup or {}
        if "keyboard" in markup:
            chosen = _choose(current, button, callback_data)
            return await self.send_text(chosen.get("text", ""))
        if "inline_keyboard" not in markup:
            raise ValueError(f"message {current.message_id} has no buttons: {current!r}")
        chosen = _choose(current, button, callback_data)
        if "callback_data" not in chosen:
            raise ValueError(f"button {chosen.get('text')!r} has no callback_data: {chosen}")
        return self._server.queue_callback_query(self, current, str(chosen["callback_data"]))

    async def block(self) -> int:
        """Block the bot: later sends get 403 and the bot receives a ``my_chat_member`` update."""
        self._server.faults.blocked_user_ids.add(self.user_id)
        return self._server.queue_member_update(self, old="member", new="kicked")

    async def unblock(self) -> int:
        """Unblock the bot (the bot receives a ``my_chat_member`` update)."""
        self._server.faults.blocked_user_ids.discard(self.user_id)
        return self._server.queue_member_update(self, old="kicked", new="member")

    # -- waiting ---------------------------------------------------------------------------
    async def wait_for_message(
        self,
        timeout: float = 5.0,
        predicate: Callable[[SandboxMessage], bool] | None = None,
    ) -> SandboxMessage:
        """Wait for the next bot message in this chat not returned by an earlier wait.

        With a ``predicate`` the first unseen message matching it is returned (others stay
        unseen).  Raises :class:`SandboxTimeout` after ``timeout`` seconds.
        """
        found: list[SandboxMessage] = []

        def check() -> bool:
            for message in self.chat_messages.values():
                if not message.from_bot or message.message_id in self._consumed:
                    continue
                if predicate is None or predicate(message):
                    found.append(message)
                    return True
            return False

        await self._server.wait_until(
            check, timeout, lambda: self._timeout_text("a new bot message"), user=self
        )
        self._consumed.add(found[0].message_id)
        return found[0]

    async def wait_for_messages(self, count: int, timeout: float = 5.0) -> list[SandboxMessage]:
        """Wait for ``count`` new bot messages (see :meth:`wait_for_message`)."""
        deadline = time.monotonic() + timeout
        out = []
        for _ in range(count):
            out.append(await self.wait_for_message(timeout=max(0.0, deadline - time.monotonic())))
        return out

    async def wait_for_callback_answer(self, timeout: float = 5.0) -> CallbackAnswer:
        """Wait for the next ``answerCallbackQuery`` for this user's presses."""
        await self._server.wait_until(
            lambda: len(self.answered_callbacks) > self._answers_consumed,
            timeout,
            lambda: self._timeout_text("a callback answer"),
            user=self,
        )
        answer = self.answered_callbacks[self._answers_consumed]
        self._answers_consumed += 1
        return answer

    def _timeout_text(self, what: str) -> str:
        recent = self.history[-5:]
        lines = "\n  ".join(repr(m) for m in recent) or "(no messages)"
        return f"user {self.user_id}: timed out waiting for {what}; last messages:\n  {lines}"

    def __repr__(self) -> str:
        return f"<SandboxUser {self.user_id} {self.first_name!r} lang={self.language_code}>"


def _choose(message: SandboxMessage, button: str | int | None, callback_data: str | None) -> dict[str, Any]:
    markup = message.reply_markup or {}
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    flat: list[dict[str, Any]] = [b if isinstance(b, dict) else {"text": b} for row in rows for b in row]
    if callback_data is not None:
        for candidate in flat:
            if candidate.get("callback_data") == callback_data:
                return candidate
        raise ValueError(f"no button with callback_data {callback_data!r} in {message!r}")
    if isinstance(button, int):
        if not 0 <= button < len(flat):
            raise ValueError(f"button index {button} out of range in {message!r}")
        return flat[button]
    if button is None:
        raise ValueError("give a button text, an index or callback_data")
    exact = [b for b in flat if b.get("text") == button]
    if exact:
        return exact[0]
    loose = [b for b in flat if button.casefold() in str(b.get("text", "")).casefold()]
    if len(loose) == 1:
        return loose[0]
    texts = [b.get("text") for b in flat]
    if loose:
        raise ValueError(f"button text {button!r} is ambiguous among {texts}")
    raise ValueError(f"no button {button!r}; buttons are {texts}")
