"""The rule of registering for an event (capacity, duplicates, cancelled or closed events), on plain
values and a manual clock: no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.events.rules import registration_outcome
from helpdesk_bot.events.views import CancellationResult, EventView, RegistrationResult

NOW = ManualClock().now()


def _event(**changes: object) -> EventView:
    event = EventView(
        id=1, key=None, kind="workshop", status="published", default_language="en",
        texts={"en": {"title": "Pricing", "description": ""}}, starts_at=NOW + timedelta(days=2),
        ends_at=NOW + timedelta(days=2, hours=2), timezone="Europe/Warsaw", venue="Hall", online_url=None,
        organiser="Centre", topics=("sales-marketing",), countries=(), languages=("en",), registration_mode="bot",
        registration_url=None, capacity=2, registration_deadline=None, publish_at=NOW - timedelta(days=1),
        revision=1, created_by=None,
    )
    return replace(event, **changes)  # type: ignore[arg-type]


def test_places_go_to_the_first_and_the_rest_wait() -> None:
    assert registration_outcome(_event(), current=None, registered=0, now=NOW) == "registered"
    assert registration_outcome(_event(), current=None, registered=1, now=NOW) == "registered"
    assert registration_outcome(_event(), current=None, registered=2, now=NOW) == "waitlisted"
    assert registration_outcome(_event(capacity=None), current=None, registered=500, now=NOW) == "registered"


def test_someone_who_cancelled_may_register_again() -> None:
    assert registration_outcome(_event(), current="cancelled", registered=1, now=NOW) == "registered"
    assert registration_outcome(_event(), current="cancelled", registered=2, now=NOW) == "waitlisted"


@pytest.mark.parametrize(("event", "current", "outcome"), [
    (None, None, "not_found"),
    (_event(publish_at=NOW + timedelta(hours=1)), None, "not_found"),  # scheduled: not visible yet
    (_event(status="cancelled"), None, "cancelled_event"),
    (_event(status="cancelled"), "registered", "cancelled_event"),
    (_event(registration_mode="external", registration_url="https://example.org/r"), None, "not_in_bot"),
    (_event(), "registered", "already_registered"),
    (_event(), "waitlisted", "already_waitlisted"),
    (_event(registration_deadline=NOW - timedelta(minutes=1)), None, "closed"),
    (_event(starts_at=NOW - timedelta(minutes=1)), None, "closed"),
])
def test_a_press_that_changes_nothing_says_why(event: EventView | None, current: str | None, outcome: str) -> None:
    assert registration_outcome(event, current=current, registered=0, now=NOW) == outcome


@pytest.mark.parametrize(("result", "row"), [
    (RegistrationResult("registered"), ("event.registered", "ok", None)),
    (RegistrationResult("waitlisted", position=3), ("event.waitlisted", "ok", 3.0)),
    (RegistrationResult("already_registered"), ("event.registered", "already_registered", None)),
    (RegistrationResult("closed"), ("event.registered", "closed", None)),
])
def test_the_use_case_names_the_interaction_it_is_logged_as(result: RegistrationResult,
                                                            row: tuple[str, str, float | None]) -> None:
    assert result.interaction == row
    assert CancellationResult("cancelled").interaction == ("event.registration_cancelled", "by_person")
    assert CancellationResult("started").interaction == ("event.registration_cancelled", "started")
