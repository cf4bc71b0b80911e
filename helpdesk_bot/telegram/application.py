"""The one place that builds the python-telegram-bot Application.

:class:`HelpdeskApplication` wraps every update: it skips an ``update_id`` seen before, resolves the
person, lets the handlers run, and logs exactly one interaction row for the update (outcome ``error``
when a handler failed). :class:`PerChatUpdateProcessor` processes updates of different chats
concurrently but the updates of one chat in order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BaseUpdateProcessor, ContextTypes

from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.people.service import TelegramProfile
from helpdesk_bot.telegram.adapter_state import AdapterApplication, services_of
from helpdesk_bot.telegram.callback_protocol import prefix_of
from helpdesk_bot.telegram.context import HelpdeskContext, RequestState, current_request
from helpdesk_bot.telegram.transport import AiohttpRequest

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

log = logging.getLogger(__name__)


def default_kind(update: Update) -> str:
    """The interaction kind of an update before a handler names it more precisely."""
    if update.callback_query is not None:
        return f"button.{prefix_of(update.callback_query.data)[:32] or 'unknown'}"
    message = update.effective_message
    if message is not None:
        if message.text:
            if message.text.startswith("/"):
                command = message.text[1:].split(maxsplit=1)[0].split("@")[0] if len(message.text) > 1 else ""
                return f"command.{command[:32].lower() or 'empty'}"
            return "message.text"
        return "message.unsupported"
    return "update.other"


class HelpdeskApplication(AdapterApplication):
    """Application that de-duplicates updates and logs one interaction per processed update."""

    async def process_update(self, update: object) -> None:
        """Process ``update`` once, with the person resolved and the interaction logged."""
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        services = services_of(self)
        user = update.effective_user
        profile = (
            TelegramProfile(user.id, user.first_name, user.last_name, user.username, user.language_code)
            if user is not None and not user.is_bot else None
        )
        # the hot path: claim the update id and read the person, in a transaction shared with the
        # updates arriving at the same time (group commit)
        try:
            admission = await services.admission.admit(update.update_id, profile)
        except Exception as exc:  # the database refused: an apology instead of silence, and counted
            log.error("update %s could not be admitted", update.update_id, exc_info=exc)
            services.interactions.record_soon(InteractionRecord(kind=default_kind(update), update_id=update.update_id,
                                                                outcome="error"))
            await self._apologise(update, services)
            return
        claimed, person = admission.claimed, admission.person
        if not claimed:
            log.info("update %s delivered again; skipped", update.update_id)
            return
        state = RequestState(record=InteractionRecord(kind=default_kind(update), update_id=update.update_id))
        token = current_request.set(state)
        try:
            if profile is not None:
                state.person = person or await services.people.ensure(profile)
                state.conversation_known = person is not None
                state.conversation = admission.conversation
            await super().process_update(update)
        except Exception as exc:  # failures outside handlers (e.g. the database is down)
            state.record.outcome = "error"
            log.exception("update %s could not be processed", update.update_id, exc_info=exc)
        finally:
            current_request.reset(token)
            person = state.person
            record = state.record
            if person is not None:
                record.actor_ref = record.actor_ref or person.actor_ref
                record.person_id = record.person_id or person.id
                record.language = record.language or person.language
                record.country = record.country or person.country
            services.interactions.record_soon(record)


    async def _apologise(self, update: Update, services: Services) -> None:
        """A short apology in the sender's language when the update cannot be processed (private chats only)."""
        chat = update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE:
            return
        user = update.effective_user
        code = (user.language_code or "")[:2].lower() if user is not None else ""
        lang = code if code in services.translator.languages else services.settings.default_language
        try:
            if update.callback_query is not None:
                await update.callback_query.answer()
            await self.bot.send_message(chat.id, services.translator(lang, "error-apology"), parse_mode=ParseMode.HTML)
        except Exception:  # Telegram unreachable as well: nothing more to do
            log.warning("could not apologise for update %s", update.update_id)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats, strictly ordered within one chat."""

    def __init__(self, max_concurrent_updates: int = 32) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run ``coroutine`` once the previous update of the same chat is done."""
        key = _chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if self._waiting[key] == 0:
                del self._waiting[key]
                self._locks.pop(key, None)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def _chat_key(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


POOL_WAIT_SECONDS = 10.0
"""How long a reply may wait for a free connection of the pool before it counts as timed out."""


def build_application(services: Services, *, token: str, api_url: str) -> HelpdeskApplication:
    """The Application with every handler, the error handler and the command menus registered."""
    from helpdesk_bot.telegram.handlers import register_all

    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .application_class(HelpdeskApplication)
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .context_types(ContextTypes(context=HelpdeskContext))
        .rate_limiter(AIORateLimiter(overall_max_rate=services.settings.reply_rate, max_retries=3))
        .concurrent_updates(PerChatUpdateProcessor(32))
        .post_init(_post_init)
    )
    # A small pool of busy connections: every request of httpx scans all idle connections of its pool
    # (a system call each), and 32 concurrent handlers rarely hold more than a few requests on the wire.
    # Handlers that find every connection busy wait for one (up to POOL_WAIT_SECONDS), they do not fail.
    pool_size = services.settings.telegram_pool_size
    if services.settings.telegram_transport == "aiohttp":
        builder = builder.request(AiohttpRequest(pool_size, pool_timeout=POOL_WAIT_SECONDS)).get_updates_request(
            AiohttpRequest(2))
    else:
        builder = (builder.connection_pool_size(pool_size).pool_timeout(POOL_WAIT_SECONDS)
                   .get_updates_connection_pool_size(2))
    application: HelpdeskApplication = builder.build()  # type: ignore[assignment]
    application.services = services
    register_all(application)
    return application


async def _post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    from helpdesk_bot.telegram.handlers import publish_commands

    await services_of(application).warm_up()
    try:
        await publish_commands(application)
    except Exception:  # the bot still works without menus
        log.exception("could not register the command menus")
