"""Moments staff type in their own words (sending an announcement later, when an event starts or is
published): read with :func:`~helpdesk_bot.events.natural_time.parse_moment` in their language and zone,
with the injected clock as "now"; a refusal says why, in their language."""

from __future__ import annotations

from datetime import datetime

from telegram import Update

from helpdesk_bot.events.natural_time import example_moment, parse_moment
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.replies import reply


def example(context: HelpdeskContext) -> str:
    """The example shown: tomorrow at 09:00 in the person's zone, as ``YYYY-MM-DD HH:MM``."""
    return f"{example_moment(context.services.clock.now(), context.person.timezone):%Y-%m-%d %H:%M}"


async def read_future_moment(update: Update, context: HelpdeskContext, text: str) -> datetime | None:
    """``text`` as a future moment in the person's zone; None after telling them why it was refused."""
    person = context.person
    parsed = parse_moment(text, language=person.language, timezone=person.timezone,
                          now=context.services.clock.now())
    if parsed.moment is None:
        context.record(outcome=f"time_{parsed.problem}")
        await reply(update, context, context.t(f"ann-time-{parsed.problem}", timezone=person.timezone,
                                               example=example(context)))
    return parsed.moment
