"""Shared helpers for the sandbox tests: a small PTB test bot, app runners and raw API calls."""

from __future__ import annotations

import contextlib
import html
import importlib.util
import json
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any

import aiohttp
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from helpdesk_bot.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
ADVISOR_ID = 2002


def load_echo_bot() -> ModuleType:
    """Import ``benchmarks/echo_bot.py`` (``benchmarks`` is not a package)."""
    name = "helpdesk_echo_bot_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "echo_bot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def builder(sandbox: SandboxServer) -> ApplicationBuilder:
    """An ``ApplicationBuilder`` pointed at the sandbox."""
    return (
        ApplicationBuilder()
        .token(sandbox.token)
        .base_url(f"{sandbox.api_url}/bot")
        .base_file_url(f"{sandbox.api_url}/file/bot")
    )


# -- the test bot -----------------------------------------------------------------------------
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/start [payload]``: greeting with an inline keyboard."""
    assert update.effective_message is not None
    payload = " ".join(context.args or []) or "-"
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("✅ Accept", callback_data="accept"),
                InlineKeyboardButton("Decline", callback_data="decline"),
            ],
            [InlineKeyboardButton("Docs", url="https://example.org/docs")],
        ]
    )
    await update.effective_message.reply_text(
        f"<b>Welcome</b>, {html.escape(update.effective_user.first_name if update.effective_user else '')}! "
        f"payload={html.escape(payload)}",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
    )


async def choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Button press: toast + edit of the message (which removes the keyboard)."""
    query = update.callback_query
    assert query is not None
    await query.answer(f"You chose {query.data}", show_alert=query.data == "decline")
    await query.edit_message_text(f"Chosen: <i>{query.data}</i>", parse_mode=ParseMode.HTML)


async def doc(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/doc``: send a document with an HTML caption."""
    assert update.effective_chat is not None
    await context.bot.send_document(
        update.effective_chat.id,
        document=b"%PDF-1.4 hello",
        filename="report.pdf",
        caption="<b>Your report</b>",
        parse_mode=ParseMode.HTML,
    )


async def ping_advisor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/ping_advisor``: notify another user and confirm."""
    assert update.effective_message is not None
    await context.bot.send_message(ADVISOR_ID, "New question waiting for you")
    await update.effective_message.reply_text("Advisor notified")


async def received_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download a user's document through getFile and report its size."""
    message = update.effective_message
    assert message is not None and message.document is not None
    file = await message.document.get_file()
    data = await file.download_as_bytearray()
    await message.reply_text(
        f"Got {message.document.file_name}: {len(data)} bytes, starts {bytes(data[:4])!r}"
    )


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, voice notes and photos are not understood."""
    assert update.effective_message is not None
    await update.effective_message.reply_text("Sorry, I only understand text.")


async def forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Report who a forwarded message came from."""
    message = update.effective_message
    assert message is not None and message.forward_origin is not None
    origin = message.forward_origin
    sender = getattr(origin, "sender_user", None)
    name = sender.first_name if sender is not None else getattr(origin, "sender_user_name", "?")
    await message.reply_text(f"Forwarded from {name}: {message.text}")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo text with HTML formatting."""
    message = update.effective_message
    assert message is not None and message.text is not None
    replied = message.reply_to_message
    about = f" (replying to “{html.escape(replied.text or '')}”)" if replied is not None else ""
    await message.reply_text(f"<i>You said:</i> {html.escape(message.text)}{about}", parse_mode=ParseMode.HTML)


async def member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember block/unblock events."""
    assert update.my_chat_member is not None
    context.bot_data.setdefault("member_events", []).append(
        (update.my_chat_member.chat.id, update.my_chat_member.new_chat_member.status)
    )


def build_test_app(sandbox: SandboxServer, *, rate_limiter: AIORateLimiter | None = None) -> Application:
    """A small bot exercising keyboards, deep links, edits, files and forwards."""
    app_builder = builder(sandbox)
    if rate_limiter is not None:
        app_builder = app_builder.rate_limiter(rate_limiter)
    app = app_builder.build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("doc", doc))
    app.add_handler(CommandHandler("ping_advisor", ping_advisor))
    app.add_handler(CallbackQueryHandler(choice))
    app.add_handler(MessageHandler(filters.Document.ALL, received_document))
    app.add_handler(MessageHandler(filters.Sticker.ALL | filters.VOICE | filters.PHOTO, unsupported))
    app.add_handler(MessageHandler(filters.FORWARDED & filters.TEXT, forwarded))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(ChatMemberHandler(member, ChatMemberHandler.MY_CHAT_MEMBER))
    return app


@contextlib.asynccontextmanager
async def polling(app: Application) -> AsyncIterator[Application]:
    """Run ``app`` with long polling against the sandbox, and shut it down cleanly."""
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@contextlib.asynccontextmanager
async def webhook(app: Application, secret: str | None = "s3cret-token") -> AsyncIterator[str]:
    """Run ``app`` with PTB's webhook server on a free port; yields the webhook URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg-hook"
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_webhook(
        listen="127.0.0.1", port=port, url_path="tg-hook", webhook_url=url, secret_token=secret
    )
    try:
        yield url
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def call(
    session: aiohttp.ClientSession,
    sandbox: SandboxServer,
    method: str,
    *,
    as_json: bool = False,
    **params: Any,
) -> tuple[int, dict[str, Any]]:
    """Call a Bot API method directly: form-encoded like PTB (default) or with a JSON body."""
    url = f"{sandbox.api_url}/bot{sandbox.token}/{method}"
    if as_json:
        request = session.post(url, json=params)
    else:
        form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        request = session.post(url, data=form)
    async with request as response:
        return response.status, await response.json()
