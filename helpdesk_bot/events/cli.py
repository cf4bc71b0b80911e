"""``helpdesk-bot events ...``: import, list, attendees (CSV), attendance, cancel, announce."""

from __future__ import annotations

import argparse
import asyncio
import csv
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from helpdesk_bot.config import Settings
from helpdesk_bot.people.actor import CLI


def register(sub: Any) -> None:
    """Add the ``events`` subcommand to the ``helpdesk-bot`` parser."""
    p = sub.add_parser("events", help="events: import, list, attendees, attendance")
    esub = p.add_subparsers(dest="events_command", required=True)
    q = esub.add_parser("import", help="create or update events from a YAML file (see events.sample.yaml)")
    q.add_argument("file")
    q.add_argument("--no-announce", action="store_true", help="do not announce new events to subscribers")
    q = esub.add_parser("list", help="upcoming events with registration counts")
    q.add_argument("--all", action="store_true", help="past events too")
    q = esub.add_parser("attendees", help="registered and waitlisted people of an event")
    q.add_argument("event_id", type=int)
    q.add_argument("--format", choices=["csv", "text"], default="text")
    q = esub.add_parser("attend", help="mark attendance after the event")
    q.add_argument("event_id", type=int)
    q.add_argument("telegram_ids", type=int, nargs="+")
    q.add_argument("--absent", action="store_true", help="mark as not attended")
    q = esub.add_parser("cancel", help="cancel an event (everyone registered is told)")
    q.add_argument("event_id", type=int)
    q = esub.add_parser("announce", help="announce an event to matching subscribers who did not get it yet")
    q.add_argument("event_id", type=int)
    p.set_defaults(func=cmd_events)


def cmd_events(args: argparse.Namespace, settings: Settings) -> int:
    """Run an ``events`` subcommand."""
    return asyncio.run(_run(args, settings))


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.db.migrate import upgrade_async

    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    commands: dict[str, Callable[[Any, argparse.Namespace], Awaitable[int]]] = {
        "import": _import, "list": _list, "attendees": _attendees, "attend": _attend, "cancel": _cancel,
        "announce": _announce,
    }
    try:
        return await commands[args.events_command](services, args)
    finally:
        await services.close()


async def _import(services: Any, args: argparse.Namespace) -> int:
    from helpdesk_bot.events.importer import ImportProblem, read_events_file
    from helpdesk_bot.events.service import EventError

    try:
        items = read_events_file(Path(args.file), default_timezone=services.settings.timezone)
    except ImportProblem as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 1
    failed = 0
    for item in items:
        try:
            view, action = await services.events.catalog.save_imported(
                item.draft, by=CLI, announce=item.announce and not args.no_announce)
        except EventError as exc:
            failed += 1
            print(f"{item.draft.key}: {exc.reason}: {'; '.join(exc.details)}", file=sys.stderr)
            continue
        print(f"{action}\t{view.id}\t{view.key}\t{view.title(view.default_language)}")
    return 1 if failed else 0


async def _list(services: Any, args: argparse.Namespace) -> int:
    from helpdesk_bot.i18n.formatting import local_stamp

    timezone = services.settings.timezone  # the command line shows the centre's local times
    events = await services.events.catalog.all_events(include_past=args.all)
    if not events:
        print("no events")
    for e in events:
        capacity = "-" if e.capacity is None else str(e.capacity)
        print(f"{e.id}\t{local_stamp(e.starts_at, timezone)}\t{e.kind}\t{e.status}\t{e.registration_mode}\t"
              f"{e.registered}/{capacity}\twaitlist {e.waitlisted}\t{e.title(e.default_language)}")
    return 0


async def _attendees(services: Any, args: argparse.Namespace) -> int:
    event = await services.events.catalog.get(args.event_id)
    if event is None:
        print(f"error: no event {args.event_id}", file=sys.stderr)
        return 1
    people = await services.events.catalog.attendees(args.event_id, by=CLI)
    await services.audit.add("event.attendees_export", actor=None, target=f"event:{event.id}", via="cli",
                             rows=len(people))
    if args.format == "csv":
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(services.settings.timezone)  # the centre's local time, with its offset
        writer = csv.writer(sys.stdout)
        writer.writerow(["registration_id", "telegram_id", "name", "username", "language", "country", "status",
                         "registered_at", "attended"])
        for a in people:
            writer.writerow([a.registration_id, a.telegram_id, a.name, a.username or "", a.language,
                             a.country or "", a.status, a.registered_at.astimezone(zone).isoformat(),
                             "" if a.attended is None else ("yes" if a.attended else "no")])
        return 0
    print(f"{event.title(event.default_language)}: {event.registered} registered, {event.waitlisted} waitlisted")
    for a in people:
        mark = {None: " ", True: "✓", False: "✗"}[a.attended]
        print(f"{mark} {a.status:<10} {a.telegram_id:<12} {a.name}")
    return 0


async def _attend(services: Any, args: argparse.Namespace) -> int:
    missing = 0
    for telegram_id in args.telegram_ids:
        attendee = await services.events.catalog.mark_attendance(
            args.event_id, telegram_id=telegram_id, attended=not args.absent, by=CLI)
        if attendee is None:
            missing += 1
            print(f"error: {telegram_id} is not registered for event {args.event_id}", file=sys.stderr)
            continue
        print(f"{telegram_id}\t{attendee.name}\t{'attended' if attendee.attended else 'absent'}")
    return 1 if missing else 0


async def _cancel(services: Any, args: argparse.Namespace) -> int:
    from helpdesk_bot.events.service import EventError

    try:
        view, told = await services.events.catalog.cancel_event(args.event_id, by=CLI)
    except EventError as exc:
        print(f"error: {exc.reason}", file=sys.stderr)
        return 1
    print(f"cancelled event {view.id}; {told} people will be told")
    return 0


async def _announce(services: Any, args: argparse.Namespace) -> int:
    from helpdesk_bot.events.service import EventError

    try:
        count = await services.events.catalog.announce(args.event_id, by=CLI)
    except EventError as exc:
        print(f"error: {exc.reason}", file=sys.stderr)
        return 1
    print(f"announcement queued for {count} subscribers")
    return 0
