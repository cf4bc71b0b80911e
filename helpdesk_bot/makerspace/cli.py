"""``helpdesk-bot makerspace import FILE.yaml | list | induct KEY TELEGRAM_ID | close KEY ...``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from helpdesk_bot.config import Settings
from helpdesk_bot.people.actor import CLI

ERRORS = {
    "unknown_induction": "no induction or resource with key {key!r} (see `helpdesk-bot makerspace list`)",
    "unknown_person": "nobody with Telegram id {telegram_id} has started the bot yet (they must send /start first)",
    "unknown_resource": "no resource with key {key!r} (see `helpdesk-bot makerspace list`)",
    "slot_changed": "resource {resource!r} has upcoming bookings: its slot length cannot change now",
    "units_in_use": "resource {resource!r} has upcoming bookings on units above {units}: cancel or move them first",
    "not_found": "that unit does not exist",
    "invalid_state": "the closure must end after it starts (and in the future)",
}


def register(sub: Any) -> None:
    """Add the ``makerspace`` subcommands to the ``helpdesk-bot`` parser."""
    p = sub.add_parser("makerspace", help="makerspace machines, inductions and closures")
    msub = p.add_subparsers(dest="makerspace_command", required=True)
    imp = msub.add_parser("import", help="create or update resources and inductions (see makerspace.sample.yaml)")
    imp.add_argument("file")
    msub.add_parser("list", help="every resource with units, hours, lengths and the induction it needs")
    ind = msub.add_parser("induct", help="record that a person completed an induction")
    ind.add_argument("key", help="the induction's key, or the key of a resource that requires it")
    ind.add_argument("telegram_id", type=int)
    close = msub.add_parser("close", help="close a resource for maintenance (bookings in the way are told)")
    close.add_argument("key")
    close.add_argument("--unit", type=int, help="only this unit (default: all)")
    close.add_argument("--hours", type=int, default=24, help="from now, for this many hours (default 24)")
    close.add_argument("--reason")
    p.set_defaults(func=cmd_makerspace)


def cmd_makerspace(args: argparse.Namespace, settings: Settings) -> int:
    """Run a ``makerspace`` subcommand."""
    return asyncio.run(_makerspace(args, settings))


def _error(exc: Any) -> int:
    template = ERRORS.get(exc.reason, exc.reason)
    try:
        message = template.format(**exc.details)
    except (KeyError, IndexError):
        message = template
    print(f"error: {message}", file=sys.stderr)
    return 1


async def _makerspace(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.i18n.formatting import local_today
    from helpdesk_bot.makerspace.specs import MakerspaceFileError, load_makerspace
    from helpdesk_bot.makerspace.views import MakerError

    specs: Any = None
    if args.makerspace_command == "import":
        try:
            specs = load_makerspace(Path(args.file), settings.timezone)
        except MakerspaceFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    domain = services.makerspace
    try:
        if args.makerspace_command == "import":
            inductions, resources = await domain.workshop.import_specs(*specs)
            await services.audit.add("makerspace.import", actor=None, target=str(args.file), count=resources,
                                     via="cli")
            print(f"imported {inductions} induction(s) and {resources} resource(s)")
        elif args.makerspace_command == "induct":
            induction, expires, name = await domain.inductions.record(args.key, args.telegram_id, by=CLI,
                                                                      source="cli")
            print(f"{args.telegram_id}\t{name}\t{induction.key}\tvalid until {local_today(expires, settings.timezone)}")
        elif args.makerspace_command == "close":
            now = services.clock.now()
            result = await domain.workshop.close(args.key, unit=args.unit, start=now,
                                                 end=now + timedelta(hours=max(1, args.hours)), reason=args.reason,
                                                 by=CLI)
            print(f"closed {args.key} ({'unit ' + str(args.unit) if args.unit else 'all units'}) for "
                  f"{args.hours} h; {len(result.cancelled)} booking(s) cancelled, their makers will be told")
        else:
            _list(await domain.makers.list_resources(active_only=False))
        return 0
    except MakerError as exc:
        return _error(exc)
    finally:
        await services.close()


def _list(resources: list[Any]) -> None:
    from helpdesk_bot.scheduling.slots import WEEKDAYS

    if not resources:
        print("no resources yet: helpdesk-bot makerspace import makerspace.sample.yaml")
    for r in resources:
        hours = ", ".join(f"{WEEKDAYS[h.weekday]} {h.window.label()}" for h in r.weekly) or "no hours"
        rules = r.rules
        lengths = f"{rules.min_slots * rules.slot_minutes}-{rules.max_slots * rules.slot_minutes} min"
        print(f"{r.key}\t{r.name('en')}\t{r.units} unit(s)\tslot {rules.slot_minutes} min\t{lengths}\t"
              f"{r.induction.key if r.induction else 'no induction'}\t{r.timezone}\t{hours}"
              f"{'' if r.active else chr(9) + 'inactive'}")


