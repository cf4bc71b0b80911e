"""``helpdesk-bot demo``: the sandbox Bot API server, the bot and a terminal chat, no Telegram needed.

Four personas share the chat: an entrepreneur (goes through onboarding), an advisor, a staff member
and a partner company that posts cooperation calls (already onboarded, with their roles). Switch with
``/as advisor``, ``/as staff``, ``/as partner``, ``/as entrepreneur``. Demo data (advisors, events, ...) comes from the seeders in :data:`DEMO_SEEDERS`.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from helpdesk_bot.bootstrap import build_services
from helpdesk_bot.catalogue.demo import seed_catalogue, seed_partner_call
from helpdesk_bot.config import Settings
from helpdesk_bot.consultations.demo import seed_advisors
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.events.demo import seed_events
from helpdesk_bot.indicators.demo import seed_report_history
from helpdesk_bot.makerspace.demo import seed_makerspace
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import RoleChangeError, TelegramProfile
from helpdesk_bot.services import Services

log = logging.getLogger(__name__)

DEMO_DIR = Path("var/demo")
DEMO_TOKEN = "100000001:DEMO"
ENTREPRENEUR_ID = 1001
ADVISOR_ID = 2001
STAFF_ID = 3001
PARTNER_ID = 4001

PERSONAS = {
    "entrepreneur": {"user_id": ENTREPRENEUR_ID, "first_name": "Ewa", "language_code": "pl", "username": "ewa_ceramics"},
    "advisor": {"user_id": ADVISOR_ID, "first_name": "Tomas", "language_code": "en", "username": "tomas_advisor"},
    "staff": {"user_id": STAFF_ID, "first_name": "Sofia", "language_code": "en", "username": "sofia_staff"},
    "partner": {"user_id": PARTNER_ID, "first_name": "Lena", "language_code": "de", "username": "lena_nordwerk"},
}

DEMO_CENTRE_NAMES = {
    "centre_name": "Demo business-support centre",
    "centre_name_pl": "Demonstracyjne centrum wsparcia biznesu",
    "centre_name_cs": "Ukázkové centrum podpory podnikání",
    "centre_name_sl": "Predstavitveni center za podporo podjetništvu",
    "centre_name_de": "Demo-Zentrum für Unternehmensförderung",
    "centre_name_lt": "Demonstracinis verslo paramos centras",
    "centre_name_sv": "Democentrum för företagsstöd",
    "centre_name_en": "Demo business-support centre",
}
"""The demo centre's name in each language (``HELPDESK_CENTRE_NAME_<LANG>``), unless the environment names it."""

DemoSeeder = Callable[[Services], Awaitable[None]]
DEMO_SEEDERS: tuple[DemoSeeder, ...] = (
    seed_events, seed_advisors, seed_report_history, seed_makerspace, seed_catalogue, seed_partner_call,
)
"""Functions that add demo data (advisors, events...) to a fresh demo database, in order."""


async def seed_people(services: Services) -> None:
    """The advisor and staff personas, onboarded and with their roles."""
    for persona, role in (("advisor", Role.ADVISOR), ("staff", None), ("partner", Role.PARTNER)):
        data = PERSONAS[persona]
        profile = TelegramProfile(int(data["user_id"]), str(data["first_name"]), None,  # type: ignore[call-overload]
                                  str(data["username"]), str(data["language_code"]))
        await services.people.ensure(profile)
        await services.people.accept_notice(profile)
        await services.people.set_country(profile.telegram_id, "DE" if persona == "partner" else "PL")
        if role is not None:
            try:
                await services.people.grant(profile.telegram_id, role, by=CLI)
            except RoleChangeError:
                pass


def _prepare_demo_dir(fresh: bool) -> None:
    if fresh and DEMO_DIR.exists():
        shutil.rmtree(DEMO_DIR, ignore_errors=True)
    DEMO_DIR.mkdir(parents=True, exist_ok=True)


async def run_demo_async(settings: Settings, *, database_url: str | None = None, fresh: bool = True,
                         input_stream: object = None, output_stream: object = None) -> int:
    """Start everything, run the terminal chat until /quit or end of input, then stop everything."""
    from helpdesk_bot.embedded import running_bot
    from helpdesk_bot.sandbox import SandboxServer
    from helpdesk_bot.sandbox.terminal import run_terminal_chat

    if database_url is None:
        await asyncio.to_thread(_prepare_demo_dir, fresh)
        database_url = f"sqlite+aiosqlite:///{DEMO_DIR / 'demo.sqlite3'}"
    await upgrade_async(database_url)
    sandbox = SandboxServer(token=DEMO_TOKEN, bot_username="helpdesk_demo_bot")
    await sandbox.start()
    demo_settings = settings.model_copy(
        update={
            "database_url": database_url,
            "telegram_api_url": sandbox.api_url,
            "telegram_token": DEMO_TOKEN,
            "staff_ids": frozenset({STAFF_ID}),
            "webhook_url": None,
            "dispatcher_interval_seconds": 1.0,
            "web_port": settings.web_port if settings.web_port is not None else 0,  # 0: any free port
            **({} if settings.centre_names() else DEMO_CENTRE_NAMES),  # a name set in the environment wins
        }
    )
    services = build_services(demo_settings)
    try:
        await seed_people(services)
        for seeder in DEMO_SEEDERS:
            await seeder(services)
        async with running_bot(services, api_url=sandbox.api_url, token=DEMO_TOKEN) as application:
            web = application.web
            if web is not None:
                print(f"Web catalogue of the network of creatives: {web.url}", flush=True)
            print(
                "Help-desk bot demo: you are chatting with the bot through a local sandbox.\n"
                "Type a message, or a number to press a button (3.2: button 2 of message #3). /as advisor, /as staff, "
                "/as partner, /as entrepreneur switch persona; /help in the chat shows the bot's help, /? the "
                "terminal's own commands (/buttons, /reply, /commands); /quit ends.\n"
                "Start with /start.",
                flush=True,
            )
            async def language_of(telegram_id: int) -> str | None:
                person = await services.people.get(telegram_id)
                return person.language if person is not None else None

            await run_terminal_chat(sandbox, PERSONAS, input_stream=input_stream,  # type: ignore[arg-type]
                                    output_stream=output_stream,  # type: ignore[arg-type]
                                    download_dir=DEMO_DIR / "downloads", language_of=language_of)
    finally:
        await services.close()
        await sandbox.stop()
    return 0


PROJECT_KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"
"""The knowledge base beside the package in a checkout of the project."""


def demo_knowledge_dir(settings: Settings, project_dir: Path = PROJECT_KNOWLEDGE_DIR) -> Path | None:
    """The knowledge base the demo answers from, or None when there is none to use.

    ``HELPDESK_KNOWLEDGE_DIR`` when it is set (even if it is missing: a setting is never silently replaced);
    otherwise ``./knowledge`` when the demo runs in the project's folder, else the project's own
    ``knowledge/`` beside the package, so the demo works from any folder of a checkout.
    """
    configured = Path(settings.knowledge_dir)
    if "knowledge_dir" in settings.model_fields_set or configured.is_dir():
        return configured if configured.is_dir() else None
    return project_dir if project_dir.is_dir() else None


def run_demo(settings: Settings, *, database_url: str | None = None, fresh: bool = True) -> int:
    """Blocking entry point of ``helpdesk-bot demo``: 2 with a clear message when there is no knowledge base."""
    knowledge = demo_knowledge_dir(settings)
    if knowledge is None:
        print(f"helpdesk-bot demo: no knowledge base at {settings.knowledge_dir}: start the demo in the project's "
              "folder (where README.md and knowledge/ are) or set HELPDESK_KNOWLEDGE_DIR to the folder of "
              "the knowledge base.", file=sys.stderr)
        return 2
    logging.getLogger("helpdesk_bot").setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(logging.WARNING)
    settings = settings.model_copy(update={"knowledge_dir": knowledge})
    return asyncio.run(run_demo_async(settings, database_url=database_url, fresh=fresh))
