"""Running the bot for real: start-up checks and migrations, then long polling or a webhook server until stopped."""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import sys
from typing import Any
from urllib.parse import urlparse

from helpdesk_bot.bootstrap import build_application, build_services
from helpdesk_bot.config import Settings
from helpdesk_bot.db.health import install_database_error_throttle
from helpdesk_bot.startup import StartupError, check_before_start

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query"]


def run_forever(settings: Settings) -> int:
    """Check, migrate and run the bot (blocking, stops on Ctrl+C / SIGTERM).

    Returns 2 (after one line on stderr naming the setting and the problem) when the database does not
    answer or accept writes, or the knowledge base is missing or invalid.
    """
    try:
        asyncio.run(check_before_start(settings))
    except StartupError as exc:
        print(f"cannot start: {exc}", file=sys.stderr)
        return 2
    install_database_error_throttle()  # a database that goes away while running: one line a minute
    services = build_services(settings)
    application = build_application(services)
    try:
        if settings.webhook_url:
            if not settings.webhook_secret:
                log.warning("HELPDESK_WEBHOOK_SECRET is not set; generated one for this run")
            secret = settings.webhook_secret or secrets.token_urlsafe(32)
            asyncio.run(_serve_webhook(application, settings, secret))
        else:
            log.info("polling %s", settings.telegram_api_url)
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    finally:
        asyncio.run(services.close())
    return 0


async def _serve_webhook(application: Any, settings: Settings, secret: str) -> None:
    """Our own webhook server (secret checked before the body, body size limit) until SIGINT/SIGTERM."""
    from helpdesk_bot.telegram.webhook import WebhookServer

    assert settings.webhook_url is not None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # not on this platform
            pass
    server = WebhookServer(application, listen=settings.listen, port=settings.port,
                           path=urlparse(settings.webhook_url).path, secret=secret,
                           max_body=settings.webhook_max_body)
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        await server.start()
        await application.bot.set_webhook(settings.webhook_url, secret_token=secret,
                                          allowed_updates=ALLOWED_UPDATES)
        log.info("webhook mode on %s:%s", settings.listen, settings.port)
        await stop.wait()
    finally:
        await server.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
