"""The dispatcher's sender: turns rendered outbox messages into Bot API calls and errors into outcomes.

Plain text messages (nearly every broadcast) take a lean path: one JSON ``sendMessage`` request over a
pooled aiohttp session, the answer read for ``message_id`` and Telegram's error code only. Building a
PTB ``Message`` from every answer and going through httpx cost about three times as much CPU per message,
which capped a broadcast well below a high global rate. Messages with an attachment go through PTB's
``Bot`` (multipart uploads, ``InputFile``).
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from helpdesk_bot.broadcasts.delivery import (
    PermanentError,
    RateLimited,
    RecipientBlocked,
    RenderedMessage,
    TransientError,
)
from helpdesk_bot.telegram.render import CAPTION_LIMIT, split_html


def _markup(message: RenderedMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.callback_data, url=b.url) for b in row]
         for row in message.buttons]
    )


def _markup_json(message: RenderedMessage) -> str | None:
    if not message.buttons:
        return None
    rows = []
    for row in message.buttons:
        buttons = []
        for b in row:
            button: dict[str, str] = {"text": b.text}
            if b.url is not None:
                button["url"] = b.url
            if b.callback_data is not None:
                button["callback_data"] = b.callback_data
            buttons.append(button)
        rows.append(buttons)
    return json.dumps({"inline_keyboard": rows}, ensure_ascii=False, separators=(",", ":"))


def _raise_for_answer(status: int, answer: dict[str, Any]) -> None:
    """Map an unsuccessful Bot API answer onto the dispatcher's errors (as PTB would classify it)."""
    description = str(answer.get("description") or f"HTTP {status}")
    code = int(answer.get("error_code") or status)
    parameters = answer.get("parameters") or {}
    if parameters.get("retry_after") is not None:
        raise RateLimited(max(float(parameters["retry_after"]), 1.0))
    if parameters.get("migrate_to_chat_id") is not None or code == 400:
        raise PermanentError(description)
    if code == 403:
        raise RecipientBlocked(description)
    raise TransientError(description)


class TelegramSender:
    """Sends with its own HTTP session (no PTB rate limiter: the dispatcher limits the rate itself)."""

    def __init__(self, token: str, api_url: str, *, connections: int = 64) -> None:
        request = HTTPXRequest(connection_pool_size=connections, read_timeout=15, write_timeout=15,
                               connect_timeout=10, pool_timeout=30)
        self.bot = Bot(token, base_url=f"{api_url}/bot", base_file_url=f"{api_url}/file/bot", request=request)
        self._initialized = False
        self._send_message_url = f"{api_url}/bot{token}/sendMessage"
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        """Close the HTTP connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._initialized:
            await self.bot.shutdown()
            self._initialized = False

    async def send(self, telegram_id: int, message: RenderedMessage) -> int | None:
        """Send ``message``; map Telegram's errors onto the dispatcher's outcomes."""
        if message.attachment is None:
            parts = split_html(message.text)
            markup = _markup_json(message)
            last_id: int | None = None
            for index, part in enumerate(parts):
                last_id = await self._send_text(telegram_id, part, markup if index == len(parts) - 1 else None)
            return last_id
        if not self._initialized:
            await self.bot.initialize()
            self._initialized = True
        try:
            return await self._send(telegram_id, message)
        except RetryAfter as exc:
            retry = exc.retry_after
            seconds = retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)
            raise RateLimited(max(seconds, 1.0)) from exc
        except Forbidden as exc:
            raise RecipientBlocked(str(exc)) from exc
        except (BadRequest, ChatMigrated) as exc:
            raise PermanentError(str(exc)) from exc
        except (TimedOut, NetworkError) as exc:
            raise TransientError(str(exc)) from exc
        except TelegramError as exc:
            raise TransientError(str(exc)) from exc

    async def _send_text(self, chat_id: int, text: str, markup: str | None) -> int | None:
        """One ``sendMessage`` (HTML, no link preview) as a JSON request; returns the message id."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections, keepalive_timeout=30),
                timeout=aiohttp.ClientTimeout(total=30, connect=10, sock_read=15),
                json_serialize=json.dumps,
            )
        payload: dict[str, Any] = {"chat_id": chat_id, "text": text, "parse_mode": "HTML",
                                   "link_preview_options": {"is_disabled": True}}
        if markup is not None:
            payload["reply_markup"] = markup
        try:
            async with self._session.post(self._send_message_url, json=payload) as response:
                body = await response.read()
                status = response.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise TransientError(f"network: {exc!r}"[:200]) from exc
        try:
            answer = json.loads(body)
        except ValueError:
            answer = {}
        if not isinstance(answer, dict):
            answer = {}
        if status == 200 and answer.get("ok"):
            result = answer.get("result") or {}
            message_id = result.get("message_id") if isinstance(result, dict) else None
            return int(message_id) if message_id is not None else None
        _raise_for_answer(status, answer)
        return None  # unreachable: _raise_for_answer always raises

    async def _send(self, chat_id: int, message: RenderedMessage) -> int | None:
        markup = _markup(message)
        attachment = message.attachment
        kwargs: dict[str, Any] = {"parse_mode": ParseMode.HTML}
        if attachment is not None and len(message.text) <= CAPTION_LIMIT:
            file: Any = attachment.file_id or InputFile(attachment.content, filename=attachment.filename)
            if attachment.kind == "photo":
                sent = await self.bot.send_photo(chat_id, file, caption=message.text or None, reply_markup=markup,
                                                 **kwargs)
            else:
                sent = await self.bot.send_document(chat_id, file, caption=message.text or None,
                                                    reply_markup=markup, **kwargs)
            return sent.message_id
        parts = split_html(message.text)
        last_id: int | None = None
        for index, part in enumerate(parts):
            is_last = index == len(parts) - 1
            sent = await self.bot.send_message(
                chat_id, part, reply_markup=markup if is_last and attachment is None else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True), **kwargs,
            )
            last_id = sent.message_id
        if attachment is not None:
            file = attachment.file_id or InputFile(attachment.content, filename=attachment.filename)
            if attachment.kind == "photo":
                sent = await self.bot.send_photo(chat_id, file, reply_markup=markup)
            else:
                sent = await self.bot.send_document(chat_id, file, reply_markup=markup)
            last_id = sent.message_id
        return last_id
