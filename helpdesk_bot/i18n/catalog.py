"""Translation catalogs (Project Fluent), one folder per language and one ``.ftl`` file per domain.

``locales/<lang>/<domain>.ftl`` holds the messages of one domain in one language; English is the
reference. Plural forms use Fluent's selectors with CLDR plural rules (through Babel), so
``{ $count -> [one] ... [few] ... *[other] ... }`` works per language.

Every string argument is HTML-escaped before it is placed into a message (messages are sent with
``parse_mode=HTML``), so nothing a person typed can inject markup. A formatted message is a
:class:`Markup` (``markupsafe.Markup``): safe HTML. Joining or adding plain strings to it escapes
them (``Markup("\n").join(parts)``, ``markup + text``); the adapter's send functions accept only
``Markup``, so text that went around the translator or :func:`escape` cannot reach Telegram.
An argument that is already a ``Markup`` is placed as it is.

Times name their zone once per message. A time formatted by :mod:`helpdesk_bot.i18n.formatting` is a
:class:`~helpdesk_bot.i18n.formatting.LocalTime` that remembers its zone; a message given one gets the
zone's name, as people say it in the message's language: in its own ``{ $zone }`` when it has one, else
as a last line (``🕒 Time zone: Central European Time``, message ``time-zone-line``). Messages whose id
ends in ``-line`` are lines of a longer text whose header or footer names the zone, and button labels
(ids with ``-btn``) sit under a message that names it: neither gets a line of its own. An argument
called ``zone`` or ``timezone`` holding a zone id (``Europe/Warsaw``) is shown by that name too, never
as the raw id.

The centre's name, configured per language (``HELPDESK_CENTRE_NAME`` and ``HELPDESK_CENTRE_NAME_<LANG>``),
fills ``{ $centre }`` in any message that uses it.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from markupsafe import Markup, escape

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.i18n.formatting import LocalTime, is_zone_id, zone_name

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).parent / "locales"
REFERENCE_LANGUAGE = "en"


__all__ = ["ArgValue", "Markup", "Translator", "escape", "html_join"]


def html_join(separator: str, parts: Iterable[str]) -> Markup:
    """``parts`` joined by ``separator`` as safe HTML: plain strings among them are escaped."""
    return Markup(separator).join(parts)


ArgValue = str | int | float | Decimal | date | datetime | None


@dataclass(frozen=True)
class MessageInfo:
    """A message of a catalog: its variables and attribute names (used by the completeness test)."""

    variables: frozenset[str]
    attributes: frozenset[str]


def _nodes(node: object) -> Iterator[fluent_ast.BaseNode]:
    """``node`` and every node below it in a Fluent syntax tree."""
    if isinstance(node, fluent_ast.BaseNode):
        yield node
        for value in vars(node).values():
            for item in value if isinstance(value, list) else [value]:
                yield from _nodes(item)


def _variables(node: object, found: set[str]) -> None:
    found.update(n.id.name for n in _nodes(node) if isinstance(n, fluent_ast.VariableReference))


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


_ENTRY_START = re.compile(r"^(-?[A-Za-z][A-Za-z0-9_-]*)[ \t]*=", re.MULTILINE)


def split_entries(source: str) -> dict[str, str]:
    """The source text of each message (``id``) and term (``-id``) of an ``.ftl`` file, unparsed.

    An entry starts at a line beginning with its identifier and ``=``; it runs until the next line
    that begins at column 0 (another entry or a comment). Its continuation lines, attributes and
    variants are indented, as Fluent requires.
    """
    entries: dict[str, str] = {}
    lines = source.splitlines(keepends=True)
    current: str | None = None
    chunk: list[str] = []
    for line in [*lines, "#\n"]:
        starts_entry = _ENTRY_START.match(line)
        if starts_entry or line[:1] not in (" ", "\t", "\n", "\r", "}", ""):
            if current is not None:
                entries.setdefault(current, "".join(chunk))
            current = starts_entry.group(1) if starts_entry else None
            chunk = [line] if starts_entry else []
        elif current is not None:
            chunk.append(line)
    return entries


def _references(node: object, found: set[str]) -> None:
    """Ids of the messages (``id``) and terms (``-id``) that ``node`` refers to."""
    for n in _nodes(node):
        if isinstance(n, fluent_ast.MessageReference):
            found.add(n.id.name)
        elif isinstance(n, fluent_ast.TermReference):
            found.add(f"-{n.id.name}")


class _LanguageCatalog:
    """One language's messages: the ``.ftl`` sources indexed by id, each parsed on its first use.

    Parsing every catalog with Fluent's pure-Python parser took about a third of a second at start
    (every process start: the bot, each CLI command, a restarted dispatcher); a message is parsed in
    well under a millisecond when it is first needed, together with what it refers to.
    """

    def __init__(self, lang: str, paths: list[Path]) -> None:
        self.lang = lang
        self._sources: dict[str, str] = {}
        for path in paths:
            for entry_id, source in split_entries(path.read_text(encoding="utf-8")).items():
                self._sources.setdefault(entry_id, source)
        self._loaded: dict[str, bool] = {}  # entries whose loading has finished, and whether they exist
        self._loading: set[str] = set()  # entries being loaded by the thread holding the lock
        self._lock = threading.RLock()  # reports format messages in worker threads too
        self.bundle = FluentBundle([lang], use_isolating=False)

    def has(self, key: str) -> bool:
        """Whether the catalog defines the message ``key``."""
        return key in self._sources

    def uses(self, key: str, variable: str) -> bool:
        """Whether the message ``key`` refers to ``$variable``."""
        return f"${variable}" in self._sources.get(key, "")

    def names_zone(self, key: str) -> bool:
        """Whether the message ``key`` places the zone itself (``{ $zone }`` or ``{ $timezone }``)."""
        return self.uses(key, "zone") or self.uses(key, "timezone")

    def load(self, key: str) -> bool:
        """Parse ``key`` (and the entries it refers to) into the bundle; False when it is not defined."""
        known = self._loaded.get(key)
        if known is not None:
            return known
        with self._lock:
            return self._load_locked(key)

    def _load_locked(self, key: str) -> bool:
        known = self._loaded.get(key)
        if known is not None:
            return known
        if key in self._loading:  # an entry that refers to itself, directly or through others
            return True
        source = self._sources.get(key)
        if source is None:
            self._loaded[key] = False
            return False
        self._loading.add(key)
        try:
            resource = FluentResource(source)
            for item in resource.body:
                if isinstance(item, fluent_ast.Junk):
                    log.error("syntax error in %s message %s: %r", self.lang, key, (item.content or "")[:60])
            self.bundle.add_resource(resource)
            found: set[str] = set()
            _references(resource, found)
            for reference in found:
                self._load_locked(reference)
            defined = {("-" if isinstance(item, fluent_ast.Term) else "") + item.id.name
                       for item in resource.body if isinstance(item, (fluent_ast.Message, fluent_ast.Term))}
        finally:
            self._loading.discard(key)
        self._loaded[key] = key in defined  # published last: other threads read it without the lock
        return self._loaded[key]


class Translator:
    """Formats messages in one of the seven languages, falling back to English for a missing key."""

    def __init__(self, locales_dir: Path = LOCALES_DIR, languages: tuple[str, ...] = LANGUAGES,
                 centre_names: Mapping[str, str] | None = None) -> None:
        self.languages = languages
        self._centre_names = dict(centre_names or {})
        self._catalogs = {
            lang: _LanguageCatalog(lang, sorted((locales_dir / lang).glob("*.ftl"))) for lang in languages
        }

    def centre_name(self, lang: str) -> str:
        """The centre's name in ``lang`` as configured, else the catalog's generic name in ``lang``."""
        return self._centre_names.get(lang) or self._format(lang, "centre-name-default", None, escaped=False)

    def has(self, lang: str, key: str) -> bool:
        """Whether ``key`` exists in ``lang``'s catalog."""
        catalog = self._catalogs.get(lang)
        return bool(catalog and catalog.has(key))

    def __call__(self, lang: str, key: str, **args: ArgValue) -> Markup:
        """The message ``key`` in ``lang`` with ``args`` filled in (string args HTML-escaped)."""
        return self.format(lang, key, args)

    def plain(self, lang: str, key: str, **args: ArgValue) -> str:
        """The message as plain text (terminal, spreadsheet, calendar file, button label): arguments not escaped.

        Never send the result with ``parse_mode=HTML``; the adapter refuses it (it is not ``Markup``).
        """
        return str(self._format(lang, key, args, escaped=False))

    def format(self, lang: str, key: str, args: Mapping[str, ArgValue] | None = None) -> Markup:
        """Like calling the translator, with the arguments as a mapping (string arguments escaped)."""
        return Markup(self._format(lang, key, args, escaped=True))

    def _format(self, lang: str, key: str, args: Mapping[str, ArgValue] | None, *, escaped: bool) -> str:
        if "." in key:
            key, attribute = key.split(".", 1)
        else:
            attribute = None
        catalog = self._catalogs.get(lang)
        if catalog is None or not catalog.load(key):
            if lang != REFERENCE_LANGUAGE:
                log.warning("missing translation %s in %s", key, lang)
            catalog = self._catalogs[REFERENCE_LANGUAGE]
            if not catalog.load(key):
                log.error("unknown message key %s", key)
                return str(escape(key))
        bundle = catalog.bundle
        message = bundle.get_message(key)
        pattern = message.attributes.get(attribute) if attribute else message.value
        if pattern is None:
            log.error("message %s has no value/attribute %s", key, attribute)
            return str(escape(key))
        given = dict(args or {})
        if "centre" not in given and catalog.uses(key, "centre"):
            given["centre"] = self.centre_name(lang)
        zone_line = self._place_zone(catalog, lang, key, given, whole_message=escaped and attribute is None)
        safe_args = {name: (_escape(value) if escaped else _plain(value)) for name, value in given.items()}
        text, errors = bundle.format_pattern(pattern, safe_args)
        for error in errors:
            log.error("formatting %s in %s: %s", key, lang, error)
        if zone_line:
            text = f"{text}\n{zone_line}"
        return str(text)  # with ``escaped``: the catalog's own markup with every argument escaped

    def _place_zone(self, catalog: _LanguageCatalog, lang: str, key: str, given: dict[str, ArgValue], *,
                    whole_message: bool) -> str | None:
        """Name the zone of the times in ``given`` (see the module docstring): zone ids in ``zone`` and
        ``timezone`` become names, the message's own ``{ $zone }`` is filled; else the zone line to add."""
        for name in ("zone", "timezone"):
            value = given.get(name)
            if isinstance(value, str) and not isinstance(value, Markup) and is_zone_id(value):
                given[name] = zone_name(value, lang)
        zones = sorted({value.timezone for value in given.values() if isinstance(value, LocalTime)})
        if not zones or {"zone", "timezone"} & given.keys():
            return None
        if len(zones) > 1:
            log.error("message %s shows times of %d zones; only %s is named", key, len(zones), zones[0])
        if catalog.names_zone(key):
            given["zone"] = given["timezone"] = zone_name(zones[0], lang)
            return None
        if whole_message and not key.endswith("-line") and "-btn" not in key:
            return self._format(lang, "time-zone-line", {"zone": zone_name(zones[0], lang)}, escaped=True)
        return None


def _plain(value: ArgValue) -> object:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value) if isinstance(value, str) else value


def _escape(value: ArgValue) -> object:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):  # quotes stay as they are: they are text, never inside an attribute
        return html.escape(value, quote=False)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
