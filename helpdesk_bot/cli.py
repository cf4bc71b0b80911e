"""The ``helpdesk-bot`` command (also ``python -m helpdesk_bot``)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from helpdesk_bot.config import Settings, load_settings
from helpdesk_bot.events import cli as events_cli
from helpdesk_bot.people.actor import CLI

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

log = logging.getLogger("helpdesk_bot")

CommandFn = Callable[[argparse.Namespace, Settings], int]


def _settings() -> Settings:
    try:
        return load_settings()
    except ValidationError as exc:
        lines = [f"HELPDESK_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()]
        print("Invalid configuration:\n  " + "\n  ".join(lines), file=sys.stderr)
        raise SystemExit(2) from None


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bot against Telegram (polling, or webhook when HELPDESK_WEBHOOK_URL is set)."""
    if not settings.telegram_token:
        print(
            "HELPDESK_TELEGRAM_TOKEN is not set: get a bot token from @BotFather and export it, "
            "or try the bot without Telegram with `helpdesk-bot demo`.",
            file=sys.stderr,
        )
        return 2
    from helpdesk_bot.runner import run_forever

    return run_forever(settings)


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Run the sandbox Bot API server, the bot and a terminal chat."""
    from helpdesk_bot.demo import run_demo

    return run_demo(settings, database_url=args.database_url, fresh=not args.keep)


def cmd_db(args: argparse.Namespace, settings: Settings) -> int:
    """Database migrations."""
    from alembic import command

    from helpdesk_bot.db import migrate

    if args.db_command == "upgrade":
        migrate.upgrade(settings.database_url, args.revision)
        print(f"database at {args.revision}: {settings.database_url}")
    elif args.db_command == "downgrade":
        migrate.downgrade(settings.database_url, args.revision)
        print(f"database downgraded to {args.revision}")
    else:
        command.current(migrate.alembic_config(settings.database_url), verbose=False)
    return 0


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    """List people with roles, grant or revoke a role."""
    return asyncio.run(_users(args, settings))


async def _users(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.bootstrap import build_services
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.people.models import Role
    from helpdesk_bot.people.service import RoleChangeError

    await upgrade_async(settings.database_url)
    services = build_services(settings)
    try:
        if args.users_command == "list":
            people = await services.people.list_with_roles()
            if not people:
                print("nobody has a role yet")
            for p in people:
                print(f"{p.telegram_id}\t{p.display_name()}\t{','.join(sorted(p.roles))}")
            return 0
        role = Role(args.role)
        try:
            if args.users_command == "grant":
                person = await services.people.grant(args.telegram_id, role, by=CLI)
            else:
                person = await services.people.revoke(args.telegram_id, role, by=CLI)
        except RoleChangeError as exc:
            messages = {
                "unknown_person": "this person has not started the bot yet (they must send /start first)",
                "already_has_role": "this person already has that role",
                "does_not_have_role": "this person does not have that role",
                "configured_staff": "staff from HELPDESK_STAFF_IDS cannot be revoked; change the configuration",
                "self_revoke": "you cannot revoke your own staff role",
            }
            print(f"error: {messages.get(exc.reason, exc.reason)}", file=sys.stderr)
            return 1
        print(f"{person.telegram_id}\t{person.display_name()}\t{','.join(sorted(person.roles)) or '-'}")
        return 0
    finally:
        await services.close()


def cmd_audit(args: argparse.Namespace, settings: Settings) -> int:
    """List the staff audit log."""
    return asyncio.run(_audit(args, settings))


async def _audit(args: argparse.Namespace, settings: Settings) -> int:
    from helpdesk_bot.bootstrap import build_services
    from helpdesk_bot.db.migrate import upgrade_async
    from helpdesk_bot.i18n.formatting import local_stamp

    await upgrade_async(settings.database_url)
    services = build_services(settings)
    try:
        for entry in await services.audit.entries(args.limit, action=args.action, actor=args.actor,
                                                  since=args.since, timezone=settings.timezone):
            actor = entry.actor_telegram_id if entry.actor_telegram_id is not None else "cli"
            print(f"{local_stamp(entry.occurred_at, settings.timezone, seconds=True)}\t{actor}\t{entry.action}\t{entry.target or ''}\t"
                  f"{entry.detail or ''}")
    finally:
        await services.close()
    return 0


def cmd_kb(args: argparse.Namespace, settings: Settings) -> int:
    """Knowledge-base tools: validate, match, eval."""
    from helpdesk_bot.knowledge_base import commands
    from helpdesk_bot.knowledge_base.match_model import thresholds_from

    kb_dir = Path(getattr(args, "directory", None) or settings.knowledge_dir)
    if args.kb_command == "validate":
        return commands.cmd_validate(kb_dir, sys.stdout)
    thresholds = thresholds_from(settings)
    if args.kb_command == "match":
        return commands.cmd_match_jsonl(Path(settings.knowledge_dir), thresholds, sys.stdin, sys.stdout)
    if args.kb_command == "eval":
        return commands.cmd_eval(Path(settings.knowledge_dir), thresholds, Path(args.file), args.json, sys.stdout)
    extra: CommandFn | None = getattr(args, "kb_func", None)  # set by the subcommand's own parser
    if extra is not None:
        return extra(args, settings)
    return 2


def _build_services(settings: Settings) -> Services:
    """The composition root's services (the domains' subcommands call this through ``args``, never import it)."""
    from helpdesk_bot.bootstrap import build_services

    return build_services(settings)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="helpdesk-bot", description=(__doc__ or "").replace("``", ""))
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.set_defaults(build_services=_build_services)  # subcommands of the domains get services through args
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="run the bot against Telegram (needs HELPDESK_TELEGRAM_TOKEN)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("demo", help="sandbox Bot API + bot + terminal chat; no Telegram account needed")
    p.add_argument("--database-url", help="default: a fresh SQLite file under ./var/demo/")
    p.add_argument("--keep", action="store_true", help="keep the demo database of the last run")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("db", help="database migrations")
    dbsub = p.add_subparsers(dest="db_command", required=True)
    up = dbsub.add_parser("upgrade", help="migrate to the latest (or the given) revision")
    up.add_argument("revision", nargs="?", default="heads")
    down = dbsub.add_parser("downgrade", help="migrate down to a revision ('base' empties the database)")
    down.add_argument("revision")
    dbsub.add_parser("current", help="show the current revision")
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("users", help="people and roles")
    usub = p.add_subparsers(dest="users_command", required=True)
    usub.add_parser("list", help="everyone with a role")
    for name in ("grant", "revoke"):
        q = usub.add_parser(name, help=f"{name} advisor, staff or partner")
        q.add_argument("role", choices=["advisor", "staff", "partner"])
        q.add_argument("telegram_id", type=int)
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("kb", help="knowledge base")
    ksub = p.add_subparsers(dest="kb_command", required=True)
    v = ksub.add_parser("validate", help="check the knowledge base; exit 1 with one line per problem")
    v.add_argument("directory", nargs="?")
    m = ksub.add_parser("match", help="match JSON lines from stdin")
    m.add_argument("--jsonl", action="store_true", required=True)
    e = ksub.add_parser("eval", help="accuracy on a JSONL question set")
    e.add_argument("file")
    e.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb, kb_parser=ksub)
    from helpdesk_bot.knowledge_base.cli import register as register_kb_curation
    register_kb_curation(ksub)

    p = sub.add_parser("audit", help="staff actions")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--action", help="only actions starting with this (e.g. role., report.)")
    p.add_argument("--actor", type=int, help="only actions of this Telegram id")
    p.add_argument("--since", type=date.fromisoformat, help="only from this day (YYYY-MM-DD, in HELPDESK_TIMEZONE)")
    p.set_defaults(func=cmd_audit)

    events_cli.register(sub)
    from helpdesk_bot.consultations import cli as consultations_cli  # helpdesk-bot advisors ...
    consultations_cli.register(sub)
    from helpdesk_bot.indicators import commands as indicators_cli  # helpdesk-bot report / indicators
    indicators_cli.register(sub)
    from helpdesk_bot.makerspace import cli as makerspace_cli  # helpdesk-bot makerspace ...
    makerspace_cli.register(sub)
    from helpdesk_bot.catalogue import cli as catalogue_cli  # helpdesk-bot catalogue import/export
    catalogue_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "httpcore", "apscheduler", "aiosqlite", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    settings = _settings()
    return int(args.func(args, settings))


if __name__ == "__main__":
    raise SystemExit(main())
