"""``helpdesk-bot advisors import FILE.yaml`` and ``helpdesk-bot advisors list``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from helpdesk_bot.config import Settings
from helpdesk_bot.people.actor import CLI


def register(sub: Any) -> None:
    """Add the ``advisors`` subcommands to the ``helpdesk-bot`` parser."""
    p = sub.add_parser("advisors", help="consultation advisors (import from YAML, list)")
    asub = p.add_subparsers(dest="advisors_command", required=True)
    imp = asub.add_parser("import", help="create or update advisors from a YAML file (see advisors.sample.yaml)")
    imp.add_argument("file")
    asub.add_parser("list", help="every advisor with languages, expertise and weekly hours")
    p.set_defaults(func=cmd_advisors)


def cmd_advisors(args: argparse.Namespace, settings: Settings) -> int:
    """Run an ``advisors`` subcommand."""
    return asyncio.run(_advisors(args, settings))


async def _advisors(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.consultations.advisors_file import AdvisorsFileError, load_advisors
    from helpdesk_bot.consultations.slots import WEEKDAYS
    from helpdesk_bot.db.migrate import upgrade_async

    specs = []
    if args.advisors_command == "import":
        try:
            specs = load_advisors(Path(args.file))
        except AdvisorsFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    try:
        if args.advisors_command == "import":
            for spec in specs:
                advisor = await services.consultations.upsert_advisor(spec)
                await grant_advisor_role(services, advisor.telegram_id)
                print(f"{advisor.id}\t{advisor.telegram_id}\t{advisor.name}\t{'active' if advisor.active else 'inactive'}")
            await services.audit.add("advisors.import", actor=None, target=str(args.file), count=len(specs), via="cli")
            print(f"imported {len(specs)} advisor(s)")
            return 0
        advisors = await services.consultations.list_advisors()
        if not advisors:
            print("no advisors yet: helpdesk-bot advisors import advisors.yaml")
        for a in advisors:
            availability = await services.consultations.availability(a.id)
            hours = ", ".join(f"{WEEKDAYS[h.weekday]} {h.window.label()}" for h in availability.weekly) or "no hours"
            print(f"{a.id}\t{a.telegram_id}\t{a.name}\t{'active' if a.active else 'inactive'}\t{a.timezone}\t"
                  f"{','.join(a.languages)}\t{','.join(a.expertise)}\t{','.join(a.modes)}\t"
                  f"{'auto-confirm' if a.auto_confirm else 'manual'}\t{hours}")
        return 0
    finally:
        await services.close()


async def grant_advisor_role(services: Any, telegram_id: int) -> None:
    """Give the advisor role to an advisor who has already started the bot (others get it on import later)."""
    from helpdesk_bot.people.models import Role
    from helpdesk_bot.people.service import RoleChangeError

    try:
        await services.people.grant(telegram_id, Role.ADVISOR, by=CLI)
    except RoleChangeError:
        pass
