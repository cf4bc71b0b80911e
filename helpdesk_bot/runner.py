"""Running the bot for real: migrate, then long polling or a webhook server until stopped."""

from __future__ import annotations

import asyncio
import logging
import secrets
from urllib.parse import urlparse

from helpdesk_bot.bootstrap import build_application, build_services
from helpdesk_bot.config import Settings
from helpdesk_bot.db.migrate import upgrade

log = logging.getLogger(__name__)


def run_forever(settings: Settings) -> int:
    """Migrate the database and run the bot (blocking, stops on Ctrl+C / SIGTERM)."""
    upgrade(settings.database_url)
    services = build_services(settings)
    application = build_application(services)
    try:
        if settings.webhook_url:
            if not settings.webhook_secret:
                log.warning("HELPDESK_WEBHOOK_SECRET is not set; generated one for this run")
            secret = settings.webhook_secret or secrets.token_urlsafe(32)
            url_path = urlparse(settings.webhook_url).path.strip("/")
            log.info("webhook mode on %s:%s", settings.listen, settings.port)
            application.run_webhook(
                listen=settings.listen,
                port=settings.port,
                url_path=url_path,
                webhook_url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=["message", "callback_query"],
            )
        else:
            log.info("polling %s", settings.telegram_api_url)
            application.run_polling(allowed_updates=["message", "callback_query"])
    finally:
        asyncio.run(services.close())
    return 0
