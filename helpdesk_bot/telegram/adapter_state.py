"""What the Telegram adapter keeps per Application, typed (python-telegram-bot's per-bot, per-user and
per-chat dictionaries are not used anywhere).

:class:`AdapterApplication` carries the services of the composition root, the :class:`Registry` of what
the handler modules declare besides their handlers, and the web catalogue served while the bot runs. It is
wiring of one process, built at start-up and the same for every update: conversation state lives in the
database (:mod:`helpdesk_bot.conversations`), so any process can take the next message.
:class:`~helpdesk_bot.telegram.application.HelpdeskApplication` is the bot's one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application

from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_protocol import Area

if TYPE_CHECKING:
    from helpdesk_bot.conversations import Conversation
    from helpdesk_bot.services import Services
    from helpdesk_bot.telegram.context import HelpdeskContext
    from helpdesk_bot.web.server import WebCatalogue

Handler = Callable[[Update, "HelpdeskContext"], Coroutine[Any, Any, Any]]
DeepLinkHandler = Callable[[Update, "HelpdeskContext", str], Awaitable[Any]]
FlowTextHandler = Callable[[Update, "HelpdeskContext", "Conversation"], Awaitable[Any]]


@dataclass(frozen=True)
class CommandSpec:
    """A command shown in the bot's menu; its description is the catalog key ``cmd-<name>``."""

    name: str
    role: Role | None = None


@dataclass
class Registry:
    """What the handler modules declare besides their handlers, kept per Application (no module globals).

    Commands for the menus and /help, main-menu buttons, ``/start`` deep links, what passes the consent
    gate, and the flows known to the free-text router. Built by
    :func:`helpdesk_bot.telegram.routing.register_all`; read with
    :func:`helpdesk_bot.telegram.handlers.common.registry_of`.
    """

    commands: list[CommandSpec] = field(default_factory=list)
    menu_actions: dict[str, Handler] = field(default_factory=dict)
    deep_links: dict[str, DeepLinkHandler] = field(default_factory=dict)
    gate_free_commands: set[str] = field(default_factory=set)
    gate_free_buttons: set[Area] = field(default_factory=set)
    """Button areas that work before consent."""
    flow_text_handlers: dict[str, FlowTextHandler] = field(default_factory=dict)
    """The handler of each flow's free-text steps (a flow without one takes buttons only)."""
    flow_restart_commands: dict[str, str] = field(default_factory=dict)
    """The command that starts each flow again after it expired."""
    media_flows: set[str] = field(default_factory=set)
    """Flows whose steps also take photos and files."""


class AdapterApplication(Application[Any, Any, Any, Any, Any, Any]):
    """An Application with the adapter's typed state: services, registry, web catalogue."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services: Services | None = None
        """Set by :func:`helpdesk_bot.telegram.application.build_application` before the bot starts."""
        self.registry = Registry()
        self.web: WebCatalogue | None = None
        """The web catalogue served with the bot (None when it has no port or has not started)."""


def adapter_of(application: Application[Any, Any, Any, Any, Any, Any]) -> AdapterApplication:
    """``application`` as an :class:`AdapterApplication` (TypeError for a plain Application)."""
    if not isinstance(application, AdapterApplication):
        raise TypeError("the bot's handlers run on an AdapterApplication "
                        "(ApplicationBuilder().application_class(HelpdeskApplication))")
    return application


def services_of(application: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    """The services of ``application`` (RuntimeError before they are set)."""
    services = adapter_of(application).services
    if services is None:
        raise RuntimeError("the Application has no services yet (build it with build_application)")
    return services
