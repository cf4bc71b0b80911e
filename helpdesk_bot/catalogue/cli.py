"""``helpdesk-bot catalogue import FILE.yaml`` and ``catalogue export --format csv|xlsx``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from helpdesk_bot.config import Settings


def register(sub: Any) -> None:
    """Add the ``catalogue`` subcommand to the ``helpdesk-bot`` parser."""
    p = sub.add_parser("catalogue", help="network of creatives: import and export profiles")
    csub = p.add_subparsers(dest="catalogue_command", required=True)
    q = csub.add_parser("import", help="create or update profiles by telegram_id (see catalogue.sample.yaml)")
    q.add_argument("file")
    q = csub.add_parser("export", help="every profile as CSV (to stdout or --output) or an Excel workbook")
    q.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    q.add_argument("--output", "-o", help="file to write (required for xlsx)")
    q = csub.add_parser("diagnosis", help="sector diagnosis: profiles by sector and country, needs, contacts, calls")
    q.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_catalogue)


def cmd_catalogue(args: argparse.Namespace, settings: Settings) -> int:
    """Run a ``catalogue`` subcommand."""
    return asyncio.run(_run(args, settings))


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.db.migrate import upgrade_async

    if args.catalogue_command == "export" and args.format == "xlsx" and not args.output:
        print("error: --output FILE.xlsx is needed for the xlsx format", file=sys.stderr)
        return 2
    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    try:
        if args.catalogue_command == "import":
            return await import_file(services, Path(args.file))
        if args.catalogue_command == "diagnosis":
            import json

            from helpdesk_bot.catalogue.diagnosis import diagnosis_text, sector_diagnosis

            data = await sector_diagnosis(services.uow)
            print(json.dumps(data, ensure_ascii=False) if args.json else diagnosis_text(data))
            return 0
        return await _export(services, args)
    finally:
        await services.close()


async def import_file(services: Any, path: Path) -> int:
    """Import ``path``; print one line per profile (or per problem, importing nothing). Returns the exit code."""
    from helpdesk_bot.catalogue.importer import ImportProblem, read_catalogue_file
    from helpdesk_bot.catalogue.validation import ProfileError

    try:
        items = read_catalogue_file(path)
        results = await services.catalogue.profiles.import_profiles(items)
    except ImportProblem as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 1
    except ProfileError as exc:
        print(f"{path}: {exc.reason}: {exc.detail}", file=sys.stderr)
        return 1
    from helpdesk_bot.indicators.log import InteractionRecord

    for view, action in results:
        if view.status == "approved":  # counted by the catalogue_profiles indicator
            services.interactions.record_soon(InteractionRecord(kind="catalogue.profile_listed",
                                                                subject=f"profile:{view.id}", country=view.country))
        await services.audit.add(f"catalogue.{action}", actor=None, target=f"profile:{view.id}", via="cli",
                                 slug=view.slug)
        print(f"{action}\t{view.id}\t{view.slug}\t{view.status}\t{view.visibility}")
    await services.interactions.flush()
    return 0


async def _export(services: Any, args: argparse.Namespace) -> int:
    from helpdesk_bot.catalogue.importer import to_csv, to_xlsx

    views = await services.catalogue.profiles.all_profiles()
    if args.format == "xlsx":
        await asyncio.to_thread(to_xlsx, views, Path(args.output))
        print(f"{len(views)} profiles written to {args.output}")
    else:
        text = to_csv(views)
        if args.output:
            await asyncio.to_thread(Path(args.output).write_text, text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    await services.audit.add("catalogue.export", actor=None, target=None, via="cli", format=args.format)
    return 0
