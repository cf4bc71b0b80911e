"""Starting and stopping the web catalogue next to the bot (same process, same event loop)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from aiohttp import web

from helpdesk_bot.web.app import WebContext, build_web_app
from helpdesk_bot.web.photos import TelegramPhotos

if TYPE_CHECKING:
    from helpdesk_bot.services import Services
    from helpdesk_bot.telegram.adapter_state import AdapterApplication

log = logging.getLogger(__name__)


class WebCatalogue:
    """The running web server; :meth:`stop` closes it."""

    def __init__(self, runner: web.AppRunner, photos: TelegramPhotos, url: str) -> None:
        self._runner = runner
        self._photos = photos
        self.url = url

    async def stop(self) -> None:
        """Stop serving and close the photo client."""
        await self._runner.cleanup()
        await self._photos.close()


def web_context(services: Services, bot_username: Any, photos: TelegramPhotos | None = None) -> WebContext:
    """The pages' collaborators taken from ``services``; ``bot_username`` is a callable or a string."""
    username = bot_username if callable(bot_username) else (lambda: bot_username)
    return WebContext(profiles=services.catalogue.profiles, search=services.catalogue.search,
                      translator=services.translator, default_language=services.settings.default_language,
                      bot_username=username, photos=photos.get if photos else None)


async def start_web_catalogue(services: Services, bot_username: Any) -> WebCatalogue | None:
    """Serve the web catalogue on ``HELPDESK_WEB_LISTEN:HELPDESK_WEB_PORT``; None when no port is set."""
    settings = services.settings
    if settings.web_port is None:
        return None
    photos = TelegramPhotos(settings.telegram_api_url, settings.telegram_token or "0:none")
    runner = web.AppRunner(build_web_app(web_context(services, bot_username, photos)), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.web_listen, settings.web_port)
    await site.start()
    port = settings.web_port
    server = getattr(site, "_server", None)
    sockets = getattr(server, "sockets", None) or []
    if sockets:
        port = sockets[0].getsockname()[1]
    url = f"http://{settings.web_listen}:{port}/catalogue"
    log.info("web catalogue at %s", url)
    return WebCatalogue(runner, photos, url)


def _username_of(application: Any) -> str | None:
    try:
        return str(application.bot.username)
    except Exception:  # not initialised yet (getMe not called)
        return None


async def start_with_application(application: AdapterApplication, services: Services) -> WebCatalogue | None:
    """Start the web catalogue for a running bot (once); the bot's username makes the Telegram deep links."""
    if application.web is not None:
        return application.web
    application.web = await start_web_catalogue(services, lambda: _username_of(application))
    return application.web


async def stop_with_application(application: AdapterApplication) -> None:
    """Stop the web catalogue started by :func:`start_with_application` (if any)."""
    catalogue, application.web = application.web, None
    if catalogue is not None:
        await catalogue.stop()
