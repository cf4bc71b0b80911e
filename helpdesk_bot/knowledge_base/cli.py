"""``helpdesk-bot kb gaps``, ``kb reload`` and ``kb stale`` (added to the ``kb`` command by :func:`register`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from helpdesk_bot.clock import Clock, SystemClock
from helpdesk_bot.config import Settings


def register(kb_sub: Any) -> None:
    """Add ``gaps``, ``reload`` and ``stale`` to the ``kb`` subcommands; each parser names its function."""
    g = kb_sub.add_parser("gaps", help="questions the knowledge base did not serve, grouped, most frequent first")
    g.add_argument("--json", action="store_true", help="one JSON object per group")
    g.add_argument("--limit", type=int, default=30, help="groups shown (default 30)")
    g.set_defaults(kb_func=cmd_gaps)
    kb_sub.add_parser("reload", help="validate knowledge/ and make the running bots reload it").set_defaults(
        kb_func=cmd_reload)
    s = kb_sub.add_parser("stale", help="entries past valid_until, reviewed too long ago, or with dead sources")
    s.add_argument("directory", nargs="?", help="knowledge folder (default: HELPDESK_KNOWLEDGE_DIR)")
    s.add_argument("--json", action="store_true", help="one JSON object")
    s.add_argument("--check-sources", action="store_true", help="also request every source URL (network)")
    s.add_argument("--timeout", type=float, default=10.0, help="seconds per source (default 10)")
    s.add_argument("--concurrency", type=int, default=8, help="sources requested at once (default 8)")
    s.set_defaults(kb_func=cmd_stale)


def cmd_gaps(args: argparse.Namespace, settings: Settings) -> int:
    """Print the open knowledge gaps."""
    return asyncio.run(_gaps(args, settings))


async def _gaps(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.i18n.formatting import local_today

    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    try:
        clusters = await services.knowledge.gaps.clusters()
    finally:
        await services.close()
    shown = clusters[: max(args.limit, 0)]
    if args.json:
        for cluster in shown:
            print(json.dumps(cluster.to_json(), ensure_ascii=False))
        return 0
    if not clusters:
        print("no open knowledge gaps")
        return 0
    print(f"{len(clusters)} groups of open questions, most frequent first (showing {len(shown)}):")
    for n, cluster in enumerate(shown, start=1):
        entries = ", ".join(e for e, _ in cluster.entries.most_common(3))
        action = f"improve {entries}" if cluster.action == "improve" else "add a new entry"
        kinds = ", ".join(f"{k} {v}" for k, v in cluster.kinds.most_common())
        languages = ", ".join(f"{k} {v}" for k, v in cluster.languages.most_common())
        print(f"\n{n}. x{cluster.count} [{action}] kinds: {kinds}; languages: {languages}; "
              f"last {local_today(cluster.last_seen, settings.timezone)}; id {cluster.first_id}")
        for sample in cluster.samples or ["(no question text kept)"]:
            print(f"   - {sample[:200]}")
    return 0


def cmd_stale(args: argparse.Namespace, settings: Settings, clock: Clock | None = None) -> int:
    """List stale entries; "today" is the date in ``HELPDESK_TIMEZONE`` by ``clock``."""
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from helpdesk_bot.knowledge_base.commands import cmd_stale as run

    today = (clock or SystemClock()).now().astimezone(ZoneInfo(settings.timezone)).date()
    directory = Path(args.directory) if args.directory else Path(settings.knowledge_dir)
    return run(directory, today, settings.kb_review_months, sys.stdout, as_json=args.json,
               check_sources=args.check_sources, timeout=args.timeout, concurrency=args.concurrency)


def cmd_reload(args: argparse.Namespace, settings: Settings) -> int:
    """Validate the knowledge base and ask every running bot process to reload it."""
    return asyncio.run(_reload(args, settings))


async def _reload(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.knowledge_base.validation import Problem, entry_files, validate_directory

    directory = settings.knowledge_dir
    problems = validate_directory(directory)
    if not problems and not entry_files(directory):
        problems = [Problem(str(directory), "directory", "contains no entries")]
    await upgrade_async(settings.database_url)
    services = args.build_services(settings)  # given by the root command line (helpdesk_bot.cli)
    try:
        await services.audit.add("kb.reload", actor=None, target=str(directory), via="cli", ok=not problems,
                                 problems=len(problems))
        if problems:
            print(f"{directory} is invalid; nothing was reloaded (the running bots keep their knowledge base):",
                  file=sys.stderr)
            for problem in problems:
                print(problem, file=sys.stderr)
            return 1
        request = await services.knowledge.reloads.add(by=None, via="cli")
        entries = len(services.knowledge.answers.kb)
    finally:
        await services.close()
    print(f"{directory} is valid ({entries} entries). Reload request {request} recorded: every running bot "
          f"reloads within {settings.kb_reload_check_seconds:g} s (HELPDESK_KB_RELOAD_CHECK_SECONDS); "
          f"staff can also send /reload in Telegram.")
    return 0
