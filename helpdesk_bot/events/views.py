"""Plain values the events domain hands out and takes in (no database objects, no Telegram)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.events.models import EVENT_KINDS, Event, RegistrationMode
from helpdesk_bot.indicators import kinds
from helpdesk_bot.topics import TOPICS


def is_http_url(value: str | None) -> bool:
    """Whether ``value`` is an absolute http(s) URL."""
    if not value:
        return False
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


CENTRE_ORGANISER = "centre"
"""The ``organiser`` of an event the centre itself organises: shown as the centre's name in each reader's
language (``HELPDESK_CENTRE_NAME_<LANG>``), not as this word."""

@dataclass(frozen=True)
class EventDraft:
    """Everything needed to create an event (from the bot's conversation, a YAML file or the demo)."""

    kind: str
    texts: dict[str, dict[str, str]]
    default_language: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue: str | None = None
    online_url: str | None = None
    organiser: str | None = None
    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    registration_mode: str = RegistrationMode.NONE
    registration_url: str | None = None
    capacity: int | None = None
    registration_deadline: datetime | None = None
    publish_at: datetime | None = None
    key: str | None = None

    def problems(self) -> list[str]:
        """What is wrong with the draft (empty when it can be saved), as ``field: problem`` lines."""
        out: list[str] = []
        if self.kind not in EVENT_KINDS:
            out.append(f"kind: must be one of {', '.join(EVENT_KINDS)}")
        if self.default_language not in LANGUAGES:
            out.append(f"default_language: must be one of {', '.join(LANGUAGES)}")
        if self.default_language not in self.texts or not self.texts.get(self.default_language, {}).get("title"):
            out.append("title: missing in the default language")
        for lang, text in self.texts.items():
            if lang not in LANGUAGES:
                out.append(f"title: unknown language {lang}")
            if len(text.get("title", "")) > 200:
                out.append(f"title: longer than 200 characters ({lang})")
            if len(text.get("description", "")) > 3000:
                out.append(f"description: longer than 3000 characters ({lang})")
        for name in ("starts_at", "ends_at"):
            if getattr(self, name).tzinfo is None:
                out.append(f"{name}: needs a time zone")
        if self.starts_at.tzinfo is not None and self.ends_at.tzinfo is not None and self.ends_at <= self.starts_at:
            out.append("end: must be after the start")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            out.append(f"timezone: unknown time zone {self.timezone!r}")
        if not self.venue and not self.online_url:
            out.append("venue: give a venue address or an online link")
        if self.online_url and not is_http_url(self.online_url):
            out.append("online_url: must be an http(s) link")
        if self.venue and len(self.venue) > 256:
            out.append("venue: longer than 256 characters")
        if self.organiser and len(self.organiser) > 128:
            out.append("organiser: longer than 128 characters")
        for topic in self.topics:
            if topic not in TOPICS:
                out.append(f"topics: unknown topic {topic!r}")
        for country in self.countries:
            if country not in (*COUNTRIES, OTHER_COUNTRY):
                out.append(f"countries: unknown country {country!r}")
        for lang in self.languages:
            if lang not in LANGUAGES:
                out.append(f"languages: unknown language {lang!r}")
        if self.registration_mode not in tuple(RegistrationMode):
            out.append("registration: mode must be bot, external or none")
        if self.registration_mode == RegistrationMode.EXTERNAL and not is_http_url(self.registration_url):
            out.append("registration: an external registration needs an http(s) url")
        if self.capacity is not None and self.capacity < 1:
            out.append("registration: capacity must be at least 1")
        if self.key is not None and not (0 < len(self.key) <= 64):
            out.append("key: 1 to 64 characters")
        return out


@dataclass(frozen=True)
class EventView:
    """An event as the rest of the bot sees it, with its registration counts."""

    id: int
    key: str | None
    kind: str
    status: str
    default_language: str
    texts: dict[str, dict[str, str]]
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue: str | None
    online_url: str | None
    organiser: str | None
    topics: tuple[str, ...]
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    registration_mode: str
    registration_url: str | None
    capacity: int | None
    registration_deadline: datetime | None
    publish_at: datetime
    revision: int
    created_by: int | None
    registered: int = 0
    waitlisted: int = 0
    announcement_broadcast_id: int | None = None

    def text_language(self, lang: str) -> str:
        """The language the reader gets: theirs when the event has it, else the event's default."""
        return lang if self.texts.get(lang, {}).get("title") else self.default_language

    def title(self, lang: str) -> str:
        """The title in ``lang`` (or the default language)."""
        return self.texts.get(self.text_language(lang), {}).get("title", "")

    def description(self, lang: str) -> str:
        """The description in ``lang`` (or the default language)."""
        return self.texts.get(self.text_language(lang), {}).get("description", "")

    @property
    def is_cancelled(self) -> bool:
        """Whether staff cancelled the event."""
        return self.status == "cancelled"

    @property
    def seats_left(self) -> int | None:
        """Free places (None when the capacity is unlimited)."""
        return None if self.capacity is None else max(0, self.capacity - self.registered)

    @property
    def deadline(self) -> datetime:
        """When registration closes (the deadline, else the start)."""
        return min(self.registration_deadline, self.starts_at) if self.registration_deadline else self.starts_at

    def registration_open(self, now: datetime) -> bool:
        """Whether people can register in the bot now."""
        return (self.registration_mode == RegistrationMode.BOT and not self.is_cancelled
                and self.publish_at <= now < self.deadline)

    def visible_to(self, country: str | None, language: str) -> bool:
        """Whether the event concerns someone from ``country`` speaking ``language``."""
        if self.countries and (country or OTHER_COUNTRY) not in self.countries:
            return False
        return not self.languages or language in self.languages


def event_view(event: Event, registered: int = 0, waitlisted: int = 0) -> EventView:
    """The view of an ORM event."""
    return EventView(
        id=event.id, key=event.key, kind=event.kind, status=event.status, default_language=event.default_language,
        texts={k: dict(v) for k, v in (event.texts or {}).items()}, starts_at=event.starts_at,
        ends_at=event.ends_at, timezone=event.timezone, venue=event.venue, online_url=event.online_url,
        organiser=event.organiser, topics=tuple(event.topics or ()), countries=tuple(event.countries or ()),
        languages=tuple(event.languages or ()), registration_mode=event.registration_mode,
        registration_url=event.registration_url, capacity=event.capacity,
        registration_deadline=event.registration_deadline, publish_at=event.publish_at, revision=event.revision,
        created_by=event.created_by, registered=registered, waitlisted=waitlisted,
        announcement_broadcast_id=event.announcement_broadcast_id,
    )


@dataclass(frozen=True)
class EventPage:
    """One page of upcoming events."""

    events: tuple[EventView, ...]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class RegistrationResult:
    """What a registration attempt did.

    ``outcome``: registered | waitlisted | already_registered | already_waitlisted | closed | not_found |
    not_in_bot | cancelled_event.
    """

    outcome: str
    event: EventView | None = None
    position: int | None = None

    @property
    def interaction(self) -> tuple[str, str, float | None]:
        """The interaction row the attempt is logged as: kind, outcome and value (the waitlist place)."""
        if self.outcome == "waitlisted":
            return kinds.EVENT_WAITLISTED, "ok", float(self.position or 0)
        return kinds.EVENT_REGISTERED, "ok" if self.outcome == "registered" else self.outcome, None


@dataclass(frozen=True)
class CancellationResult:
    """What cancelling a registration did (``outcome``: cancelled | not_registered | not_found | started)."""

    outcome: str
    event: EventView | None = None
    promoted: tuple[int, ...] = ()

    @property
    def interaction(self) -> tuple[str, str]:
        """The interaction row the cancellation is logged as: kind and outcome."""
        return kinds.EVENT_CANCELLED, "by_person" if self.outcome == "cancelled" else self.outcome


@dataclass(frozen=True)
class AttendeeView:
    """One registration as staff see it."""

    registration_id: int
    person_id: int
    telegram_id: int
    name: str
    username: str | None  # None unless the person allowed showing their handle (``share_handle``)
    language: str
    country: str | None
    status: str
    registered_at: datetime
    attended: bool | None


@dataclass(frozen=True)
class MyRegistration:
    """A registration of the person, with its event."""

    event: EventView
    status: str
    position: int | None = None


@dataclass(frozen=True)
class Audience:
    """Who an announcement goes to: subscribers, narrowed by kinds or topics, countries, languages.

    Empty ``kinds`` and ``topics`` mean all subscribers; otherwise people subscribed to any of the
    given kinds or topics. Empty ``countries``/``languages`` mean any.
    """

    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        """JSON form (stored with the announcement)."""
        return {"kinds": list(self.kinds), "topics": list(self.topics), "countries": list(self.countries),
                "languages": list(self.languages)}


@dataclass(frozen=True)
class Subscriptions:
    """A person's subscriptions: the kinds and topics they want to hear about, and the countries besides
    their own whose events and announcements concern them too (countries alone subscribe to nothing)."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    topics: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)

    @property
    def any(self) -> bool:
        """Whether the person is subscribed to anything."""
        return bool(self.kinds or self.topics)
