"""Translation catalogs (Project Fluent), one folder per language and one ``.ftl`` file per domain.

``locales/<lang>/<domain>.ftl`` holds the messages of one domain in one language; English is the
reference. Plural forms use Fluent's selectors with CLDR plural rules (through Babel), so
``{ $count -> [one] ... [few] ... *[other] ... }`` works per language.

Every string argument is HTML-escaped before it is placed into a message (messages are sent with
``parse_mode=HTML``), so nothing a person typed can inject markup. Wrap an argument in :class:`Markup`
when it is already safe HTML built by the bot.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from helpdesk_bot.config import LANGUAGES

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).parent / "locales"
REFERENCE_LANGUAGE = "en"


class Markup(str):
    """A string that is already safe HTML and must not be escaped again."""

    __slots__ = ()


ArgValue = str | int | float | Decimal | date | datetime | None


@dataclass(frozen=True)
class MessageInfo:
    """A message of a catalog: its variables and attribute names (used by the completeness test)."""

    variables: frozenset[str]
    attributes: frozenset[str]


def _variables(node: object, found: set[str]) -> None:
    if isinstance(node, fluent_ast.VariableReference):
        found.add(node.id.name)
    if isinstance(node, fluent_ast.BaseNode):
        for value in vars(node).values():
            if isinstance(value, list):
                for item in value:
                    _variables(item, found)
            else:
                _variables(value, found)


def parse_catalog_files(lang_dir: Path) -> tuple[dict[str, MessageInfo], list[str]]:
    """Messages of every ``.ftl`` file in ``lang_dir`` with their variables, plus syntax problems."""
    messages: dict[str, MessageInfo] = {}
    problems: list[str] = []
    parser = FluentParser()
    for path in sorted(lang_dir.glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for item in resource.body:
            if isinstance(item, fluent_ast.Junk):
                problems.append(f"{path}: syntax error near {(item.content or '')[:60]!r}")
            elif isinstance(item, fluent_ast.Message):
                found: set[str] = set()
                _variables(item, found)
                if item.id.name in messages:
                    problems.append(f"{path}: duplicate message {item.id.name}")
                messages[item.id.name] = MessageInfo(
                    frozenset(found), frozenset(a.id.name for a in item.attributes)
                )
    return messages, problems


class Translator:
    """Formats messages in one of the seven languages, falling back to English for a missing key."""

    def __init__(self, locales_dir: Path = LOCALES_DIR, languages: tuple[str, ...] = LANGUAGES) -> None:
        self.languages = languages
        self._bundles: dict[str, FluentBundle] = {}
        for lang in languages:
            bundle = FluentBundle([lang], use_isolating=False)
            for path in sorted((locales_dir / lang).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self._bundles[lang] = bundle

    def has(self, lang: str, key: str) -> bool:
        """Whether ``key`` exists in ``lang``'s catalog."""
        bundle = self._bundles.get(lang)
        return bool(bundle and bundle.has_message(key))

    def __call__(self, lang: str, key: str, **args: ArgValue) -> str:
        """The message ``key`` in ``lang`` with ``args`` filled in (string args HTML-escaped)."""
        return self.format(lang, key, args)

    def format(self, lang: str, key: str, args: Mapping[str, ArgValue] | None = None) -> str:
        """Like calling the translator, with the arguments as a mapping."""
        if "." in key:
            key, attribute = key.split(".", 1)
        else:
            attribute = None
        bundle = self._bundles.get(lang)
        if bundle is None or not bundle.has_message(key):
            if lang != REFERENCE_LANGUAGE:
                log.warning("missing translation %s in %s", key, lang)
            bundle = self._bundles[REFERENCE_LANGUAGE]
            if not bundle.has_message(key):
                log.error("unknown message key %s", key)
                return key
        message = bundle.get_message(key)
        pattern = message.attributes.get(attribute) if attribute else message.value
        if pattern is None:
            log.error("message %s has no value/attribute %s", key, attribute)
            return key
        safe_args = {name: _escape(value) for name, value in (args or {}).items()}
        text, errors = bundle.format_pattern(pattern, safe_args)
        for error in errors:
            log.error("formatting %s in %s: %s", key, lang, error)
        return str(text)


def _escape(value: ArgValue) -> object:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, (datetime, date)):
        return html.escape(value.isoformat(), quote=False)
    return value
