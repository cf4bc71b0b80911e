"""Outbox messages with an attachment (photo, document), sent through PTB's ``Bot``.

Multipart uploads and ``InputFile`` are PTB's job, over the same aiohttp transport as the outbox's
plain texts (:class:`~helpdesk_bot.telegram.transport.AiohttpRequest`); PTB's errors are mapped onto
the dispatcher's outcomes here. Imported by :class:`~helpdesk_bot.telegram.sender.TelegramSender` on the first such
message only: a process that sends plain texts never loads PTB for it.
"""

from __future__ import annotations

from typing import Any

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

from helpdesk_bot.broadcasts.delivery import (
    PermanentError,
    RateLimited,
    RecipientBlocked,
    RenderedMessage,
    TransientError,
)
from helpdesk_bot.telegram.callback_areas import button_data
from helpdesk_bot.telegram.render import CAPTION_LIMIT, split_html, utf16_len
from helpdesk_bot.telegram.transport import AiohttpRequest


def _markup(message: RenderedMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=button_data(b), url=b.url) for b in row]
         for row in message.buttons]
    )


class MediaSender:
    """Sends messages with attachments through its own PTB ``Bot`` (no PTB rate limiter)."""

    def __init__(self, token: str, api_url: str, *, connections: int) -> None:
        request = AiohttpRequest(connections, read_timeout=15, write_timeout=15, connect_timeout=10,
                                 pool_timeout=30)
        self.bot = Bot(token, base_url=f"{api_url}/bot", base_file_url=f"{api_url}/file/bot", request=request)
        self._initialized = False

    async def close(self) -> None:
        """Close PTB's HTTP connections."""
        if self._initialized:
            await self.bot.shutdown()
            self._initialized = False

    async def send(self, chat_id: int, message: RenderedMessage) -> int | None:
        """Send ``message``; map PTB's errors onto the dispatcher's outcomes."""
        if not self._initialized:
            await self.bot.initialize()
            self._initialized = True
        try:
            return await self._send(chat_id, message)
        except RetryAfter as exc:
            retry = exc.retry_after
            seconds = retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)
            raise RateLimited(max(seconds, 1.0)) from exc
        except Forbidden as exc:
            raise RecipientBlocked(str(exc)) from exc
        except (BadRequest, ChatMigrated) as exc:
            raise PermanentError(str(exc)) from exc
        except (TimedOut, NetworkError) as exc:  # the upload may have reached Telegram
            raise TransientError(str(exc), may_have_arrived=True) from exc
        except TelegramError as exc:
            raise TransientError(str(exc)) from exc

    async def _send(self, chat_id: int, message: RenderedMessage) -> int | None:
        markup = _markup(message)
        attachment = message.attachment
        kwargs: dict[str, Any] = {"parse_mode": ParseMode.HTML}
        if attachment is not None and utf16_len(message.text) <= CAPTION_LIMIT:
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
