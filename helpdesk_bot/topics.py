"""The one vocabulary of topics: the knowledge base's categories, consultation topics and advisors'
expertise, event topics, announcement subscriptions and the reports' "by topic" breakdown.

Ids are stable (stored in the database and in callback data); names are translated once, as
``topic-<id>`` in ``locales/<lang>/topics.ftl``, so a topic reads the same on every screen.
"""

from __future__ import annotations

from typing import Protocol

TOPICS: tuple[str, ...] = (
    "starting",
    "taxes",
    "social-insurance",
    "intellectual-property",
    "funding",
    "sales-marketing",
    "legal",
    "cooperation",
    "help-desk",
)
"""Topic ids, in display order."""


class _Catalog(Protocol):
    def has(self, lang: str, key: str) -> bool: ...

    def plain(self, lang: str, key: str) -> str: ...


def is_topic(value: object) -> bool:
    """Whether ``value`` is one of :data:`TOPICS`."""
    return value in TOPICS


def topic_key(topic: str) -> str:
    """The message id of a topic's name (``topic-taxes``)."""
    return f"topic-{topic}"


def topic_name(translator: _Catalog, lang: str, topic: str) -> str:
    """A topic's name in ``lang`` as plain text; a value outside the vocabulary is returned unchanged
    (e.g. a makerspace resource key in the reports' topic column)."""
    key = topic_key(topic)
    return translator.plain(lang, key) if topic in TOPICS and translator.has(lang, key) else topic
