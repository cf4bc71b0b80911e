"""Configuration read once from ``HELPDESK_*`` environment variables (and an optional ``.env`` file).

Nothing here runs at import time: :func:`load_settings` is called by the composition root
(:mod:`helpdesk_bot.bootstrap`) and by the CLI, and the resulting :class:`Settings` is passed on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LANGUAGES: tuple[str, ...] = ("pl", "cs", "sl", "de", "lt", "sv", "en")
"""The seven languages of the help desk, in the order they are offered."""

COUNTRIES: tuple[str, ...] = ("PL", "CZ", "SI", "DE", "LT", "SE")
"""The countries the help desk serves; anything else is ``OTHER``."""

OTHER_COUNTRY = "OTHER"

COUNTRY_TIMEZONES: dict[str, str] = {
    "PL": "Europe/Warsaw",
    "CZ": "Europe/Prague",
    "SI": "Europe/Ljubljana",
    "DE": "Europe/Berlin",
    "LT": "Europe/Vilnius",
    "SE": "Europe/Stockholm",
}

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/helpdesk.sqlite3"
PRIVACY_NOTICE_VERSION = "2026-11"


class Settings(BaseSettings):
    """All settings of one bot process. Environment variables are the field names prefixed ``HELPDESK_``."""

    model_config = SettingsConfigDict(env_prefix="HELPDESK_", env_file=".env", extra="ignore")

    telegram_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_transport: Literal["aiohttp", "httpx"] = Field(
        default="aiohttp", description="HTTP client of the bot: aiohttp (lighter) or PTB's default httpx")
    telegram_pool_size: int = Field(
        default=8, ge=1, le=256,
        description="HTTP connections for the bot's replies; a few kept busy are cheaper than many idle ones")
    database_url: str = DEFAULT_DATABASE_URL
    knowledge_dir: Path = Path("./knowledge")
    staff_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    default_language: str = "en"
    timezone: str = "Europe/Warsaw"
    home_country: str = "PL"
    centre_name: str | None = Field(
        default=None, max_length=128,
        description="the centre's name where a language has no name of its own; none: a generic name per language")
    centre_name_pl: str | None = Field(default=None, max_length=128, description="the centre's name in Polish")
    centre_name_cs: str | None = Field(default=None, max_length=128, description="the centre's name in Czech")
    centre_name_sl: str | None = Field(default=None, max_length=128, description="the centre's name in Slovenian")
    centre_name_de: str | None = Field(default=None, max_length=128, description="the centre's name in German")
    centre_name_lt: str | None = Field(default=None, max_length=128, description="the centre's name in Lithuanian")
    centre_name_sv: str | None = Field(default=None, max_length=128, description="the centre's name in Swedish")
    centre_name_en: str | None = Field(default=None, max_length=128, description="the centre's name in English")
    privacy_notice_version: str = PRIVACY_NOTICE_VERSION
    retention_days: int = Field(default=365, ge=1)
    conversation_ttl_hours: float = Field(
        default=24, gt=0, description="how long a conversation step waits for the person's next answer")
    indicators_file: Path | None = Field(default=None, description="indicator definitions (YAML); None = shipped defaults")

    webhook_url: str | None = None
    webhook_secret: str | None = None
    listen: str = "127.0.0.1"
    port: int = 8443
    webhook_max_body: int = Field(default=1024 * 1024, ge=1024,
                                  description="largest webhook request body in bytes; larger ones get 413")

    advisors_chat_id: int | None = Field(default=None, description="optional group chat notified of new tickets")
    reply_rate: float = Field(default=0.0, ge=0, description="cap on interactive replies per second (0: none)")
    broadcast_rate: float = Field(default=30.0, gt=0, description="messages per second, all chats together")
    broadcast_per_chat_interval: float = Field(default=1.0, ge=0)
    outbox_max_attempts: int = Field(default=8, ge=1, description="tries on 5xx/network errors")
    outbox_retry_base_seconds: float = Field(default=0.5, gt=0,
                                             description="first retry delay; doubles per attempt (0.5 s .. ~1 min)")
    outbox_lease_seconds: float = Field(default=60.0, gt=0)
    dispatcher_interval_seconds: float = Field(default=2.0, gt=0)
    dispatcher_id: str | None = Field(default=None, max_length=64,
                                      description="stable worker id: a restart releases this worker's claims at once")
    dispatcher_linger_seconds: float = Field(default=2.0, ge=0,
                                             description="a drain waits this long for retries falling due")
    events_page_size: int = Field(default=5, ge=1, le=10)
    broadcast_concurrency: int = Field(default=10, ge=1, le=100,
                                       description="sends in flight at once (and HTTP connections of the sender)")

    # consultations: centre defaults (an advisor's profile may override slot, buffer, notice, horizon)
    consultation_slot_minutes: int = Field(default=45, ge=10, le=240)
    consultation_buffer_minutes: int = Field(default=15, ge=0, le=240)
    consultation_min_notice_hours: int = Field(default=24, ge=0)
    consultation_horizon_days: int = Field(default=30, ge=1, le=180)
    consultation_max_upcoming: int = Field(default=3, ge=1, description="upcoming bookings one person may hold")
    consultation_change_window_hours: int = Field(default=12, ge=0, description="no cancel/reschedule closer")
    consultation_request_ttl_hours: int = Field(default=24, ge=1, description="unanswered requests expire")
    consultation_expiry_check_seconds: float = Field(default=60.0, gt=0)

    kb_answer_threshold: float | None = None
    kb_suggest_threshold: float | None = None
    kb_answer_margin: float | None = None
    kb_answer_floor: float | None = None
    kb_answer_step: float | None = None
    kb_answer_whole_margin: float | None = None
    kb_answer_dominant_margin: float | None = None
    ticket_reminder_minutes: int = Field(default=60, ge=1, description="remind advisors of an untaken ticket")
    ticket_max_open: int = Field(default=3, ge=1, description="questions one person may have waiting for advisors")
    ticket_notify_interval_minutes: int = Field(
        default=10, ge=0, description="advisors hear about one person's new questions at most this often (batched)")
    kb_reload_check_seconds: float = Field(default=15.0, gt=0, description="how often a bot looks for reloads")
    kb_review_months: int = Field(default=12, ge=1, le=120,
                                  description="an entry reviewed longer ago than this is stale")

    # makerspace
    makerspace_horizon_days: int = Field(default=14, ge=1, le=90, description="how far ahead machines can be booked")
    makerspace_max_upcoming: int = Field(default=5, ge=1, description="upcoming machine bookings one person may hold")

    web_port: int | None = Field(default=None, ge=0, le=65535,
                                 description="serve the public web catalogue on this port (0: any free port)")
    web_listen: str = "127.0.0.1"
    catalogue_contacts_per_day: int = Field(default=5, ge=1, description="contact requests one person may send a day")
    catalogue_relay_per_day: int = Field(default=20, ge=1,
                                         description="messages one person may send through the bot per contact a day")

    @field_validator("staff_ids", mode="before")
    @classmethod
    def _parse_staff_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            try:
                return frozenset(int(p) for p in parts if p)
            except ValueError as exc:
                raise ValueError("HELPDESK_STAFF_IDS must be comma-separated numeric Telegram user ids") from exc
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("default_language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("home_country")
    @classmethod
    def _check_country(cls, value: str) -> str:
        value = value.upper()
        if value not in COUNTRIES:
            raise ValueError(f"must be one of {', '.join(COUNTRIES)}")
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")


    def centre_names(self) -> dict[str, str]:
        """The centre's configured name per language (``HELPDESK_CENTRE_NAME_<LANG>``, else ``HELPDESK_CENTRE_NAME``).

        A language with neither is left out: it gets the catalog's generic name in that language.
        """
        names = {lang: (getattr(self, f"centre_name_{lang}") or "").strip() or (self.centre_name or "").strip()
                 for lang in LANGUAGES}
        return {lang: name for lang, name in names.items() if name}


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment (and ``.env``); keyword arguments override them."""
    return Settings(**overrides)  # type: ignore[arg-type]


def timezone_for_country(country: str | None, fallback: str) -> str:
    """The time zone a person in ``country`` most likely lives in, else ``fallback``."""
    if country is None:
        return fallback
    return COUNTRY_TIMEZONES.get(country, fallback)
