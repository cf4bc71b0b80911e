"""A realistic, reproducible history of anonymous interactions (the demo's past months, the benchmark).

The mix follows what the bot logs: many plain updates (commands, menu buttons, settings), questions
to the knowledge base with their outcomes, feedback, tickets, bookings and events, spread over
``people`` anonymous actor references from the seven countries (the home country most often).
Topics are the one vocabulary of :mod:`helpdesk_bot.topics`; a booking, a ticket or an event keeps its
topic in every row about it (as the real log does), so the "by topic" breakdowns add up to the totals.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert

from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.topics import TOPICS

COUNTRY_LANGUAGE = {"PL": "pl", "CZ": "cs", "SI": "sl", "DE": "de", "LT": "lt", "SE": "sv"}

# (kind, weight, outcomes with weights, carries a topic, value range)
_MIX: tuple[tuple[str, float, tuple[tuple[str, float], ...], bool, tuple[int, int] | None], ...] = (
    ("command.start", 6, (("ok", 1),), False, None),
    ("command.help", 2, (("ok", 1),), False, None),
    ("menu.ask", 5, (("ok", 1),), False, None),
    ("menu.events", 3, (("ok", 1),), False, None),
    ("message.text", 4, (("ok", 1),), False, None),
    ("settings.language", 2, (("ok", 1),), False, None),
    ("outbox.translated", 8, (("delivered", 0.97), ("failed", 0.01), ("blocked", 0.02)), False, None),
    ("kb.question", 22, (("answered", 0.55), ("suggested", 0.25), ("unanswered", 0.15), ("ask_country", 0.05)),
     True, None),
    ("kb.suggestion", 4, (("answered", 1),), True, None),
    ("kb.topic", 5, (("answered", 1),), True, None),
    ("kb.feedback", 5, (("helpful", 0.78), ("not_helpful", 0.22)), True, None),
    ("kb.gap_closed", 0.1, (("ok", 1),), True, None),
    ("ticket.opened", 2.5, (("ok", 1),), True, None),
    ("ticket.answered", 2, (("ok", 1),), True, None),
    ("booking.requested", 3, (("ok", 1),), True, None),
    ("booking.confirmed", 2.5, (("ok", 1),), True, None),
    ("booking.cancelled", 0.5, (("by_person", 0.7), ("by_advisor", 0.3)), True, None),
    ("booking.held", 2, (("ok", 1),), True, None),
    ("booking.no_show", 0.3, (("ok", 1),), True, None),
    ("booking.feedback", 1.5, (("ok", 1),), True, (3, 5)),
    ("event.registered", 3, (("ok", 1),), True, None),
    ("event.waitlisted", 0.8, (("ok", 1),), True, None),
    ("event.promoted", 0.4, (("ok", 1),), True, None),
    ("event.attended", 2.2, (("attended", 0.9), ("absent", 0.1)), True, None),
)


def synthetic_interactions(count: int, start: datetime, end: datetime, *, seed: int = 7,
                           people: int | None = None, home_country: str = "PL") -> Iterator[dict[str, Any]]:
    """``count`` interaction rows (column dicts) between ``start`` and ``end``, reproducible by ``seed``."""
    rng = random.Random(seed)
    people = people or max(10, count // 20)
    countries = [home_country] * 8 + [c for c in COUNTRIES if c != home_country] + [OTHER_COUNTRY]
    actors: list[tuple[str, str, str]] = []
    for n in range(people):
        country = rng.choice(countries)
        language = COUNTRY_LANGUAGE.get(country, "en") if rng.random() < 0.8 else rng.choice(LANGUAGES)
        actors.append((f"synthetic{seed:02d}{n:08d}", language, country))
    kinds = [m[0] for m in _MIX]
    cumulative = list(itertools.accumulate(m[1] for m in _MIX))
    by_kind = {m[0]: m for m in _MIX}
    outcome_choices = {m[0]: ([o for o, _w in m[2]], list(itertools.accumulate(w for _o, w in m[2]))) for m in _MIX}
    span = (end - start).total_seconds()
    for _ in range(count):
        kind = rng.choices(kinds, cum_weights=cumulative)[0]
        _kind, _weight, _outcomes, with_topic, values = by_kind[kind]
        names, weights = outcome_choices[kind]
        outcome = rng.choices(names, cum_weights=weights)[0] if len(names) > 1 else names[0]
        actor, language, country = actors[int(rng.paretovariate(1.2)) % people if rng.random() < 0.5
                                          else rng.randrange(people)]
        subject = None
        topic = rng.choice(TOPICS) if with_topic else None
        if kind.startswith("ticket."):
            number = rng.randrange(max(1, count // 50))
            subject, topic = f"ticket:{number}", TOPICS[number % len(TOPICS)]
        elif kind.startswith(("booking.", "event.")):
            number = rng.randrange(max(1, count // 30))
            subject, topic = f"{kind.split('.')[0]}:{number}", TOPICS[(number * 7) % len(TOPICS)]
        value = float(rng.randint(*values)) if values else None
        if kind == "event.attended":
            value = 1.0 if outcome == "attended" else 0.0
        yield {
            "occurred_at": start + timedelta(seconds=rng.random() * span),
            "kind": kind,
            "outcome": outcome,
            "actor_ref": actor,
            "person_id": None,
            "language": language,
            "country": country,
            "subject": subject,
            "topic": topic,
            "value": value,
            "update_id": None,
        }


async def insert_interactions(uow: UnitOfWorkFactory, rows: Iterator[dict[str, Any]], batch: int = 5000) -> int:
    """Insert rows in batches (one transaction per batch); returns how many."""
    total = 0
    chunk: list[dict[str, Any]] = []

    async def flush() -> None:
        async with uow() as work:
            await work.session.execute(insert(Interaction), chunk)
            await work.commit()

    for row in rows:
        chunk.append(row)
        if len(chunk) >= batch:
            await flush()
            total += len(chunk)
            chunk = []
    if chunk:
        await flush()
        total += len(chunk)
    return total
