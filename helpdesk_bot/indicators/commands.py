"""``helpdesk-bot report`` and ``helpdesk-bot indicators validate``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path
from typing import Any

from helpdesk_bot.config import LANGUAGES, Settings
from helpdesk_bot.indicators.definitions_file import DefinitionError, load_definitions
from helpdesk_bot.indicators.exporting import Export
from helpdesk_bot.indicators.exports import FORMATS, render
from helpdesk_bot.indicators.report import Period, ReportFilters
from helpdesk_bot.people.actor import CLI


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """Compute the indicator report for a period and write it in the chosen format."""
    return asyncio.run(_report(args, settings))


async def _report(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.db.migrate import upgrade_async

    if args.format == "xlsx" and not args.output:
        print("error: --format xlsx needs --output FILE", file=sys.stderr)
        return 2
    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    try:
        today = services.reports.today()
        try:
            start = args.date_from or services.reports.definitions().project_start
            period = Period(start, args.date_to or today)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except DefinitionError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        filters = ReportFilters(language=args.language, country=args.country.upper() if args.country else None,
                                topic=args.topic)

        async def deliver(export: Export) -> None:
            data = await asyncio.to_thread(render, export.report, args.format, services.translator, args.lang,
                                           export.diagnosis)
            if args.output:
                await asyncio.to_thread(Path(args.output).write_bytes, data)
                print(f"report {period.start} to {period.end} written to {args.output}", file=sys.stderr)
            else:
                sys.stdout.buffer.write(data)
                sys.stdout.flush()

        try:
            await services.report_exports.export(CLI, period, target=args.format, deliver=deliver, filters=filters,
                                                 diagnosis=not args.no_diagnosis, output=args.output)
        except DefinitionError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        return 0
    finally:
        await services.close()


def cmd_indicators(args: argparse.Namespace, settings: Settings) -> int:
    """``indicators validate [FILE]``: exit 0 when the definitions are valid, else 1 with one line per problem."""
    path = args.file or settings.indicators_file
    try:
        definitions = load_definitions(path)
    except DefinitionError as exc:
        for problem in exc.problems:
            print(f"{exc.source}: {problem}")
        return 1
    print(f"{len(definitions.indicators)} indicators in {len(definitions.activities)} activities: ok")
    return 0


def register(sub: Any) -> None:
    """Add ``report`` and ``indicators`` to the ``helpdesk-bot`` command."""
    p = sub.add_parser("report", help="indicator report for a period (table, csv, xlsx or json)")
    p.add_argument("--from", dest="date_from", type=_date, help="first day (default: the project's start)")
    p.add_argument("--to", dest="date_to", type=_date, help="last day, inclusive (default: today)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--output", "-o", help="write to this file instead of standard output")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of names and titles")
    p.add_argument("--language", choices=LANGUAGES, help="only interactions in this language")
    p.add_argument("--country", help="only interactions of people from this country (PL, CZ, ..., OTHER)")
    p.add_argument("--topic", help="only interactions about this knowledge-base category")
    p.add_argument("--no-diagnosis", action="store_true",
                   help="leave out the sector diagnosis of the network of creatives (added by default)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("indicators", help="indicator definitions")
    isub = p.add_subparsers(dest="indicators_command", required=True)
    v = isub.add_parser("validate", help="check a definitions file; exit 1 with one line per problem")
    v.add_argument("file", nargs="?", help="default: HELPDESK_INDICATORS_FILE or the shipped defaults")
    p.set_defaults(func=cmd_indicators)
