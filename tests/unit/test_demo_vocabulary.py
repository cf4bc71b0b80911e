"""The demo's data speaks the one vocabulary of topics and every language of the bot."""

from __future__ import annotations

from datetime import UTC, datetime

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.consultations.demo import DEMO_ADVISORS
from helpdesk_bot.events.demo import demo_events
from helpdesk_bot.indicators.synthetic import synthetic_interactions
from helpdesk_bot.knowledge_base.model import CATEGORIES
from helpdesk_bot.topics import TOPICS

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def test_the_knowledge_base_categories_are_the_topics() -> None:
    assert CATEGORIES is TOPICS


def test_demo_events_and_advisors_use_the_topics_and_events_read_in_every_language() -> None:
    for draft in demo_events(NOW):
        assert draft.topics and set(draft.topics) <= set(TOPICS), draft.key
        assert set(draft.texts) == set(LANGUAGES), draft.key
        assert all(text["title"] and text["description"] for text in draft.texts.values()), draft.key
    for advisor in DEMO_ADVISORS:
        assert set(advisor.expertise) <= set(TOPICS), advisor.name


def test_the_synthetic_history_keeps_one_topic_per_booking_ticket_and_event() -> None:
    rows = list(synthetic_interactions(3000, datetime(2026, 1, 1, tzinfo=UTC), NOW, seed=2026))
    assert {row["topic"] for row in rows} <= {*TOPICS, None}
    topic_of: dict[str, set[str]] = {}
    for row in rows:
        if row["kind"].startswith(("booking.", "ticket.", "event.")):
            assert row["topic"] in TOPICS, row
            topic_of.setdefault(row["subject"], set()).add(row["topic"])
    assert topic_of and all(len(topics) == 1 for topics in topic_of.values())
    attended = [row for row in rows if row["kind"] == "event.attended"]
    assert attended and {row["outcome"] for row in attended} == {"attended", "absent"}


def test_demo_advisors_introduce_themselves_in_every_language() -> None:
    for advisor in DEMO_ADVISORS:
        assert set(advisor.bios) == set(LANGUAGES) and all(advisor.bios.values()), advisor.name
