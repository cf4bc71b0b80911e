"""A minimal python-telegram-bot echo bot: the library + transport ceiling for throughput benchmarks.

It answers every text message (commands included) with the same text and does nothing else,
so its throughput against the sandbox is the best any PTB bot can reach on the machine.

Run it alone with::

    HELPDESK_TELEGRAM_TOKEN=123456:TEST HELPDESK_TELEGRAM_API_URL=http://127.0.0.1:8081 \
        python benchmarks/echo_bot.py

Webhook mode is used when ``HELPDESK_WEBHOOK_URL`` is set (with ``HELPDESK_WEBHOOK_SECRET``,
``HELPDESK_LISTEN`` and ``HELPDESK_PORT``), like the real bot.  ``HELPDESK_ECHO_CONCURRENCY``
sets PTB's ``concurrent_updates`` (default 1 = sequential, as the PTB default).
``HELPDESK_ECHO_TRANSPORT=aiohttp`` sends through the help-desk bot's transport
(:class:`helpdesk_bot.telegram.transport.AiohttpRequest`) instead of PTB's default httpx one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

DEFAULT_API_URL = "https://api.telegram.org"


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text of the incoming message back to its chat."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    await context.bot.send_message(chat_id=message.chat_id, text=message.text)


def build_echo_application(
    token: str, api_url: str = DEFAULT_API_URL, concurrent_updates: int = 1, transport: str = "httpx"
) -> Application:
    """Build the echo ``Application`` talking to the Bot API at ``api_url`` (no trailing ``/bot``)."""
    api_url = api_url.rstrip("/")
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .concurrent_updates(concurrent_updates if concurrent_updates > 1 else False)
    )
    if transport == "aiohttp":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from helpdesk_bot.telegram.transport import AiohttpRequest

        builder = builder.request(AiohttpRequest(64)).get_updates_request(AiohttpRequest(2))
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


def main() -> int:
    """Run the echo bot configured from ``HELPDESK_*`` environment variables."""
    token = os.environ.get("HELPDESK_TELEGRAM_TOKEN")
    if not token:
        print("HELPDESK_TELEGRAM_TOKEN is not set", file=sys.stderr)
        return 2
    api_url = os.environ.get("HELPDESK_TELEGRAM_API_URL") or DEFAULT_API_URL
    concurrency = int(os.environ.get("HELPDESK_ECHO_CONCURRENCY", "1"))
    transport = os.environ.get("HELPDESK_ECHO_TRANSPORT", "httpx")
    application = build_echo_application(token, api_url, concurrency, transport)
    webhook_url = os.environ.get("HELPDESK_WEBHOOK_URL")
    if webhook_url:
        application.run_webhook(
            listen=os.environ.get("HELPDESK_LISTEN", "127.0.0.1"),
            port=int(os.environ.get("HELPDESK_PORT", "8443")),
            url_path=urlparse(webhook_url).path.lstrip("/"),
            webhook_url=webhook_url,
            secret_token=os.environ.get("HELPDESK_WEBHOOK_SECRET") or None,
        )
    else:
        application.run_polling(poll_interval=0.0, timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
