"""The command line shows dates and times in the centre's zone (HELPDESK_TIMEZONE), not UTC (issue 12):
at 00:24 in Warsaw (23:24 UTC the day before) ``kb gaps`` says "last" today and ``audit`` today's time."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime

import pytest

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.cli import _audit
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.cli import _gaps
from helpdesk_bot.knowledge_base.models import GapKind
from helpdesk_bot.people.actor import CLI

LATE = datetime(2026, 12, 6, 23, 24, tzinfo=UTC)  # 00:24 on 7 December in Warsaw


async def test_kb_gaps_and_audit_show_the_centres_day(db_services: Services, clock: ManualClock,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    clock.set(LATE)
    assert db_services.settings.timezone == "Europe/Warsaw"
    await db_services.knowledge.gaps.add(GapKind.UNANSWERED, "How do I sell pottery abroad?", language="en",
                                         entry_id=None, person_id=None)
    await db_services.audit.add("kb.reload", actor=None, target="knowledge")
    assert await _gaps(argparse.Namespace(json=False, limit=10, build_services=build_services),
                       db_services.settings) == 0
    gaps = capsys.readouterr().out
    assert "last 2026-12-07;" in gaps and "2026-12-06" not in gaps
    args = argparse.Namespace(limit=10, action=None, actor=None, since=date(2026, 12, 7))
    assert await _audit(args, db_services.settings) == 0
    audit = capsys.readouterr().out
    assert audit.startswith("2026-12-07 00:24:00\t") and "kb.reload" in audit  # 7 Dec from midnight in Warsaw
    args.since = date(2026, 12, 8)
    assert await _audit(args, db_services.settings) == 0
    assert capsys.readouterr().out == ""


async def test_events_list_shows_the_centres_local_start(db_services: Services, clock: ManualClock,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from helpdesk_bot.events.cli import _list
    from helpdesk_bot.events.demo import demo_events

    clock.set(LATE)
    workshop = demo_events(clock.now())[0]  # 10:00 in Warsaw six days on: 09:00 UTC
    event = await db_services.events.catalog.create(workshop, created_by=CLI, announce=False)
    assert f"{event.starts_at.astimezone(UTC):%H:%M}" == "09:00"
    assert await _list(db_services, argparse.Namespace(all=True)) == 0
    listed = capsys.readouterr().out
    assert f"{event.id}\t2026-12-13 10:00\t" in listed and "Z\t" not in listed
