"""The routing table: which handler module registers in which order, the handler groups, and why.

python-telegram-bot offers every update to the handler groups in ascending order; within a group the first
handler whose filter matches takes it, and a handler that raises ``ApplicationHandlerStop`` ends the update.
So the order matters in exactly these places:

====  ==================  ==============================================================================
  -20 group gate          In group chats only staff commands and ticket buttons go on; everything else in a
                          group stops here (people's questions are answered in private only).
  -10 consent gate        Before consent only onboarding and the privacy commands work (the registry's
                          ``gate_free_*``); anything else gets the privacy notice again and stops.
   -6 profile photos      Photos sent at the photo step of /profile, before the conversation router (-5),
                          which hands photos and documents to the active flow's step (/announce media).
   -5 conversation        Free text of a person with an active flow goes to that flow's step and stops, so
                          it is never filed as a question by the knowledge base of group 0.
    0 everything else     Commands and buttons (each button area has its own ``^prefix:`` pattern, so their
                          order does not matter); the knowledge base's text handler is the only one for
                          private plain text here; the fallbacks (unknown command, unsupported content,
                          unknown button) are registered last, after every specific handler.
====  ==================  ==============================================================================

:data:`ROUTE_MODULES` is the order of registration; :func:`routing_table` lists every registered handler
with its group (``python -m helpdesk_bot.telegram.routing`` prints it; ``tests/unit/test_routing.py`` checks
the rules above against it).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
)

from helpdesk_bot.telegram import conversation
from helpdesk_bot.telegram.handlers import (
    announcements,
    catalogue_calls,
    catalogue_digest,
    catalogue_find,
    catalogue_profile,
    catalogue_relay,
    consultations,
    consultations_advisor,
    errors,
    events,
    events_flow,
    fallback,
    groups,
    knowledge,
    makerspace,
    makerspace_staff,
    onboarding,
    personal_settings,
    privacy,
    reports,
    roles,
)

GROUP_GATE = groups.GROUP_GATE
CONSENT_GATE = -10
PROFILE_PHOTOS = -6
CONVERSATION = conversation.ROUTER_GROUP
DEFAULT = 0

GROUPS: dict[int, str] = {
    GROUP_GATE: "group chats: only staff commands and ticket buttons pass",
    CONSENT_GATE: "before consent only onboarding and privacy",
    PROFILE_PHOTOS: "profile photos before the conversation router",
    CONVERSATION: "free text to the person's active flow step",
    DEFAULT: "commands, buttons, the knowledge base's text handler, fallbacks last",
}
"""Every handler group in use and what it is for (see the module docstring)."""

ROUTE_MODULES: tuple[tuple[ModuleType, str], ...] = (
    (groups, "the group gate (-20) and the private-chat deep link"),
    (onboarding, "the consent gate (-10), /start, the menu, /help (declares the menus' first commands)"),
    (personal_settings, "/settings and /timezone"),
    (roles, "/grant, /revoke, /roles"),
    (consultations, "booking a consultation"),
    (consultations_advisor, "advisors' agenda and availability, staff /advisors"),
    (knowledge, "questions, /topics, /gaps; its text handler takes any plain text that reaches group 0"),
    (events, "events, registrations, subscriptions"),
    (announcements, "staff /announce"),
    (reports, "staff /report"),
    (privacy, "/mydata, /forget (free before consent)"),
    (events_flow, "staff /newevent and editing an event"),
    (makerspace, "makerspace bookings"),
    (makerspace_staff, "makerspace staff: workshop, inductions, maintenance"),
    (catalogue_profile, "/profile (photos at -6), moderation"),
    (catalogue_find, "/find, contact requests"),
    (catalogue_calls, "/call, /calls"),
    (catalogue_digest, "/digest"),
    (catalogue_relay, "writing through the bot"),
    (conversation, "the free-text router (-5), /cancel and the Cancel button"),
    (fallback, "unknown commands, unsupported content, unknown buttons: registered last"),
)
"""Every module that registers handlers, in the order it does (the reason for each position)."""


def register_all(application: Application) -> None:  # type: ignore[type-arg]
    """Register every module's handlers in :data:`ROUTE_MODULES` order, then the error handler."""
    for module, _why in ROUTE_MODULES:
        module.register(application)
    application.add_error_handler(errors.on_error)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Route:
    """One registered handler: its group, position in the group, kind, callback and what it matches."""

    group: int
    position: int
    kind: str
    callback: str
    matches: str


def _matches(handler: BaseHandler[Any, Any, Any]) -> str:
    if isinstance(handler, CommandHandler):
        return "/" + ", /".join(sorted(handler.commands))
    if isinstance(handler, CallbackQueryHandler):
        pattern = handler.pattern
        return getattr(pattern, "pattern", None) or str(pattern or "any button")
    if isinstance(handler, MessageHandler):
        return str(handler.filters)
    if isinstance(handler, TypeHandler):
        return handler.type.__name__
    return ""


def routing_table(application: Application) -> list[Route]:  # type: ignore[type-arg]
    """Every handler of ``application`` in the order updates meet them."""
    routes = []
    for group in sorted(application.handlers):
        for position, handler in enumerate(application.handlers[group]):
            callback = getattr(handler.callback, "__qualname__", repr(handler.callback))
            module = getattr(handler.callback, "__module__", "").rsplit(".", 1)[-1]
            routes.append(Route(group, position, type(handler).__name__, f"{module}.{callback}", _matches(handler)))
    return routes


def format_table(routes: list[Route]) -> str:
    """The table as text, one handler a line, each group headed by its purpose."""
    lines: list[str] = []
    for route in routes:
        if route.position == 0:
            lines.append(f"group {route.group}: {GROUPS.get(route.group, '?')}")
        lines.append(f"  {route.position:3d} {route.kind:22} {route.callback:52} {route.matches}")
    return "\n".join(lines)


def main() -> None:
    """Print the routing table of a freshly built Application (no services or network needed)."""
    from telegram.ext import ApplicationBuilder

    from helpdesk_bot.telegram.application import HelpdeskApplication

    application = ApplicationBuilder().application_class(HelpdeskApplication).token("1:routing-table").build()
    register_all(application)
    print(format_table(routing_table(application)))


if __name__ == "__main__":
    main()
