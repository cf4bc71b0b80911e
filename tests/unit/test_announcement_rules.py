"""The rules of a staff announcement (no I/O): staff only, content, languages, scheduling, recipients.

The use case refuses before opening a transaction (a unit of work that fails when opened shows it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from helpdesk_bot.events.announcement_rules import (
    SCHEDULE_GRACE,
    AnnouncementError,
    Checked,
    check_announcement,
    check_recipients,
)
from helpdesk_bot.events.subscriptions import AnnouncementService
from helpdesk_bot.events.views import Audience
from helpdesk_bot.people.actor import CLI, Forbidden, Operator
from helpdesk_bot.people.models import Role
from tests.unit.test_role_rules import NoDatabase
from tests.unit.test_roles_policy import person

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


class FixedClock:
    def now(self) -> datetime:
        return NOW


def _service(uow: NoDatabase) -> AnnouncementService:
    return AnnouncementService(uow, FixedClock(), outbox=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("actor", [person(), person(Role.ADVISOR), person(Role.PARTNER),
                                   person(Role.ADVISOR, Role.PARTNER), Operator(5, roles=frozenset())])
async def test_only_staff_announce_and_a_refusal_touches_nothing(actor: object) -> None:
    uow = NoDatabase()
    with pytest.raises(Forbidden) as refused:
        await _service(uow).create(by=actor, text="Fair on Friday", audience=Audience())  # type: ignore[arg-type]
    assert refused.value.role == Role.STAFF and uow.calls == 0


@pytest.mark.parametrize(("kwargs", "reason"), [
    ({"text": "  "}, "empty"),
    ({"text": "Hi", "texts": {"xx": "?"}}, "languages"),
    ({"text": "Hi", "media_kind": "video", "media_file_id": "f1"}, "media"),
    ({"text": "Hi", "send_at": NOW - SCHEDULE_GRACE - timedelta(seconds=1)}, "past"),
])
async def test_staff_announcements_the_rules_refuse_touch_nothing(kwargs: dict[str, object], reason: str) -> None:
    uow = NoDatabase()
    for staff in (CLI, person(Role.STAFF)):
        with pytest.raises(AnnouncementError) as refused:
            await _service(uow).create(by=staff, audience=Audience(), **kwargs)  # type: ignore[arg-type]
        assert refused.value.reason == reason
    assert uow.calls == 0


def _check(**kwargs: object) -> Checked:
    values: dict[str, object] = {"text": "Hi", "texts": None, "media_kind": None, "media_file_id": None,
                                 "send_at": None, "now": NOW}
    return check_announcement(**{**values, **kwargs})  # type: ignore[arg-type]


def test_content_a_file_alone_is_enough_and_blank_texts_per_language_fall_back() -> None:
    only_file = _check(text="", media_kind="photo", media_file_id="f1")
    assert only_file.texts is None and only_file.send_at == NOW
    mixed = _check(texts={"de": "Messe", "pl": "  "})
    assert mixed.texts == {"de": "Messe"}
    assert _check(texts={"pl": " "}).texts is None
    for kind in ("photo", "document", None):
        _check(media_kind=kind, media_file_id="f1" if kind else None)


def test_scheduling_later_now_or_just_past_is_kept_and_long_past_is_refused() -> None:
    later = NOW + timedelta(days=1)
    assert _check(send_at=later).send_at == later
    assert _check(send_at=None).send_at == NOW
    # passed while the staff member confirmed it: sent at once, not in the past
    assert _check(send_at=NOW - timedelta(minutes=2)).send_at == NOW
    assert _check(send_at=NOW - SCHEDULE_GRACE).send_at == NOW
    with pytest.raises(AnnouncementError, match="past"):
        _check(send_at=NOW - SCHEDULE_GRACE - timedelta(seconds=1))
    with pytest.raises(AnnouncementError, match="past"):
        _check(send_at=NOW - timedelta(days=1))


def test_an_announcement_must_reach_someone() -> None:
    check_recipients([7])
    check_recipients([7, 8, 9])
    with pytest.raises(AnnouncementError) as refused:
        check_recipients([])
    assert refused.value.reason == "no-recipients"
