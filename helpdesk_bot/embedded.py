"""Running the bot inside an existing event loop (demo, end-to-end tests, benchmarks)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Literal

from helpdesk_bot.bootstrap import build_application
from helpdesk_bot.services import Services
from helpdesk_bot.telegram.handlers import publish_commands
from helpdesk_bot.telegram.webhook import WebhookServer


@asynccontextmanager
async def running_bot(
    services: Services,
    *,
    api_url: str,
    token: str,
    mode: Literal["polling", "webhook"] = "polling",
    webhook_port: int | None = None,
    webhook_secret: str | None = None,
    webhook_url: str | None = None,
) -> AsyncIterator[Any]:
    """Start the Application (polling or a webhook server on loopback) and stop it on exit.

    ``webhook_url`` is the address Telegram posts to when it is not the bot's own (a load balancer
    in front of several bot processes); by default the bot's own loopback address.
    """
    application = build_application(services, token=token, api_url=api_url)
    await application.initialize()
    await services.warm_up()
    await publish_commands(application)
    await application.start()
    from helpdesk_bot.web.server import start_with_application, stop_with_application

    await start_with_application(application, services)
    updater = application.updater
    assert updater is not None
    server: WebhookServer | None = None
    if mode == "polling":
        await updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=["message", "callback_query"])
    else:
        if webhook_port is None:
            raise ValueError("webhook mode needs a port")
        server = WebhookServer(application, listen="127.0.0.1", port=webhook_port, path="telegram",
                               secret=webhook_secret, max_body=services.settings.webhook_max_body)
        await server.start()
        await application.bot.set_webhook(webhook_url or f"http://127.0.0.1:{webhook_port}/telegram",
                                          secret_token=webhook_secret,
                                          allowed_updates=["message", "callback_query"])
    try:
        yield application
    finally:
        await stop_with_application(application)
        if server is not None:
            await server.stop()
        if updater.running:
            await updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
