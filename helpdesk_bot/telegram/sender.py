"""The dispatcher's sender: turns rendered outbox messages into Bot API calls and errors into outcomes.

Plain text messages (nearly every broadcast) take a lean path: one JSON ``sendMessage`` request over a
pooled aiohttp session, the answer read for ``message_id`` and Telegram's error code only. Building a
PTB ``Message`` from every answer and going through httpx cost about three times as much CPU per message,
which capped a broadcast well below a high global rate. Messages with an attachment go through PTB's
``Bot`` (multipart uploads, ``InputFile``) in :mod:`helpdesk_bot.telegram.media_sender`, loaded on first use.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import aiohttp

from helpdesk_bot.broadcasts.delivery import (
    PermanentError,
    RateLimited,
    RecipientBlocked,
    RenderedMessage,
    TransientError,
)
from helpdesk_bot.telegram.callback_areas import button_data
from helpdesk_bot.telegram.proxies import env_proxy
from helpdesk_bot.telegram.render import split_html

if TYPE_CHECKING:
    from helpdesk_bot.telegram.media_sender import MediaSender


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
            data = button_data(b)
            if data is not None:
                button["callback_data"] = data
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
        self._token = token
        self._api_url = api_url
        self._media: MediaSender | None = None
        self._send_message_url = f"{api_url}/bot{token}/sendMessage"
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None

    @property
    def media(self) -> MediaSender:
        """The sender of messages with attachments (PTB), made on first use."""
        if self._media is None:
            from helpdesk_bot.telegram.media_sender import MediaSender

            self._media = MediaSender(self._token, self._api_url, connections=self._connections)
        return self._media

    async def close(self) -> None:
        """Close the HTTP connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._media is not None:
            await self._media.close()

    async def send(self, telegram_id: int, message: RenderedMessage) -> int | None:
        """Send ``message``; map Telegram's errors onto the dispatcher's outcomes."""
        if message.attachment is not None:
            return await self.media.send(telegram_id, message)
        parts = split_html(message.text)
        markup = _markup_json(message)
        last_id: int | None = None
        for index, part in enumerate(parts):
            last_id = await self._send_text(telegram_id, part, markup if index == len(parts) - 1 else None)
        return last_id

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
            async with self._session.post(self._send_message_url, json=payload,
                                          proxy=env_proxy(self._send_message_url)) as response:
                body = await response.read()
                status = response.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            # only a refused connection surely sent nothing; a time-out may hide a delivered message
            raise TransientError(f"network: {exc!r}"[:200],
                                 may_have_arrived=not isinstance(exc, aiohttp.ClientConnectorError)) from exc
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
