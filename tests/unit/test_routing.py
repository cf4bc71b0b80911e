"""The routing table: the rules of helpdesk_bot.telegram.routing hold for the Application the bot builds."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.ext import Application, ApplicationBuilder

from helpdesk_bot.telegram.adapter_state import services_of
from helpdesk_bot.telegram.application import HelpdeskApplication
from helpdesk_bot.telegram.callback_areas import AREAS, BOOKING_AREA
from helpdesk_bot.telegram.handlers.common import registry_of
from helpdesk_bot.telegram.routing import GROUPS, ROUTE_MODULES, format_table, register_all, routing_table


@pytest.fixture(scope="module")
def application() -> Application[Any, Any, Any, Any, Any, Any]:
    app = ApplicationBuilder().application_class(HelpdeskApplication).token("1:routing-test").build()
    register_all(app)
    return app


def test_every_group_in_use_is_documented(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    assert set(application.handlers) == set(GROUPS)


def test_gates_come_first_and_in_order(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    routes = routing_table(application)
    gates = [r.callback for r in routes if r.group < 0]
    assert gates[:2] == ["groups.group_gate", "onboarding.consent_gate"]
    assert gates.index("conversation.route_text") > gates.index("catalogue_profile.on_photo")


def test_every_button_area_has_exactly_one_handler_with_its_pattern(
        application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    routes = routing_table(application)
    patterns = [r.matches for r in routes if r.kind == "CallbackQueryHandler"]
    for area in (*AREAS, BOOKING_AREA):
        expected = area.pattern if area.prefix != "flow" else r"^flow:cancel$"
        assert patterns.count(expected) == 1, area.prefix
    assert patterns[-1] == "any button"  # the fallback, last


def test_fallbacks_are_last_and_knowledge_text_precedes_them(
        application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    group0 = [r.callback for r in routing_table(application) if r.group == 0]
    assert group0[-3:] == ["fallback.unknown_command", "fallback.unsupported", "fallback.unknown_button"]
    assert group0.index("knowledge.on_text") < group0.index("fallback.unknown_command")


def test_registries_belong_to_the_application(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    registry = registry_of(application)
    assert {"start", "book", "events", "cancel"} <= {c.name for c in registry.commands}
    assert {"event", "book", "profile", "private"} <= set(registry.deep_links)
    assert {"forget", "lang", "consent"} <= {area.prefix for area in registry.gate_free_buttons}
    other = ApplicationBuilder().application_class(HelpdeskApplication).token("1:other").build()
    assert registry_of(other).commands == []  # nothing shared between Applications
    assert {"onboarding", "settings.timezone", "catalogue.profile"} <= set(registry.flow_text_handlers)
    assert registry.flow_restart_commands["settings.timezone"] == "timezone"
    assert registry.media_flows == {"staff.announce"}  # profile photos have their own handler (-6)


def test_the_adapter_keeps_nothing_in_bot_data(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    assert application.bot_data == {} and application.user_data == {} and application.chat_data == {}
    with pytest.raises(TypeError):  # the handlers' state needs the typed Application
        registry_of(ApplicationBuilder().token("1:plain").build())
    with pytest.raises(RuntimeError):  # no services before build_application sets them
        services_of(application)


def test_the_table_prints_every_module(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    text = format_table(routing_table(application))
    for module, why in ROUTE_MODULES:
        assert why
        name = module.__name__.rsplit(".", 1)[-1]
        assert f" {name}." in text, name
