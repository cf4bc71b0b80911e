"""Checks of the knowledge base's entry files (``<id>.yaml``, one question and its translations each).

Per file: the YAML parses; the schema (required keys, types, no unknown keys, languages among the
seven, non-empty question and answer, alternatives a list of strings); the id (at most 40 characters,
equal to the file name) and family naming (an entry with ``country`` ends in ``-<country lower>``, an id
ending in a known country suffix has that country); the category; ``reviewed`` a date; sources and URLs
inside answers valid https URLs; and each answer fits a Telegram message once formatted, see
:func:`formatted_length`.  Across files: ids unique (:func:`check_entries`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .freshness import deadline_phrase
from .model import CATEGORIES, COUNTRY_LANGUAGE, FALLBACK_LANGUAGE, LANGUAGES, Entry, Translation
from .problems import Problem

#: Telegram's maximum length of a message text.
TELEGRAM_MESSAGE_LIMIT = 4096
#: Room kept for the bot's own additions (disclaimer, "answer in English" note, buttons text).
FORMAT_ALLOWANCE = 200

TOP_LEVEL_REQUIRED = ("id", "category", "reviewed", "sources", "translations")
TOP_LEVEL_OPTIONAL = ("country", "valid_until")
#: Keys of a source given as a mapping instead of a plain URL.
SOURCE_KEYS = ("url", "country")
#: Countries a source may be tagged with besides the served ones.
SOURCE_EXTRA_COUNTRIES = ("EU",)
TRANSLATION_REQUIRED = ("question", "answer")
TRANSLATION_OPTIONAL = ("alternatives",)

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 40
"""An entry id travels in callback data (``kb:fb:y:<id>:<token>``, at most 64 bytes)."""
_HOST_RE = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"
)
_ANSWER_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+", re.IGNORECASE)


def entry_files(directory: Path) -> list[Path]:
    """The entry files of a knowledge-base folder: ``*.yaml`` not starting with ``_``, sorted."""
    return sorted(p for p in directory.glob("*.yaml") if p.is_file() and not p.name.startswith("_"))


def url_problem(url: object) -> str | None:
    """Return what is wrong with a URL (must be absolute https with a real host), or ``None``."""
    if not isinstance(url, str):
        return f"must be a string, not {type(url).__name__}"
    if not url or url != url.strip() or any(c.isspace() for c in url):
        return f"invalid URL {url!r} (empty or contains spaces)"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return f"invalid URL {url!r}"
    del port
    if parts.scheme.lower() != "https":
        return f"URL must use https: {url!r}"
    host = (parts.hostname or "").lower()
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_host = ""
    if not ascii_host or not _HOST_RE.match(ascii_host):
        return f"invalid host in URL {url!r}"
    if parts.username or parts.password:
        return f"URL must not contain credentials: {url!r}"
    return None


def formatted_length(entry: Entry, lang: str) -> int:
    """Generous upper bound of the length of the message that shows ``entry`` in ``lang``.

    Counts the HTML-escaped title (question, in bold), the answer, a sources section
    with every source URL on its own line, and :data:`FORMAT_ALLOWANCE` characters for
    the disclaimer and the note that the answer is in English.  Tags are counted even
    though Telegram does not count them against its limit.
    """
    _, translation = entry.translation_for(lang)
    parts = [
        f"<b>{html.escape(translation.question)}</b>",
        "",
        html.escape(translation.answer.strip()),
        "",
        "<b>Sources</b>",
        *(f"• {html.escape(url)}" for url in entry.sources),
    ]
    joined = "\n".join(parts)
    return len(joined.encode("utf-16-le")) // 2 + FORMAT_ALLOWANCE  # Telegram counts UTF-16 code units


def _source(check: _Checker, i: int, item: object) -> tuple[str | None, str | None]:
    """A source: a plain https URL, or ``{url: ..., country: XX}`` (``EU`` or absent = EU-wide)."""
    if isinstance(item, Mapping):
        for key in item:
            if key not in SOURCE_KEYS:
                check.add(f"sources[{i}].{key}", "unknown key (a source has url and optionally country)")
        url = item.get("url")
        problem = url_problem(url) if "url" in item else "missing"
        if problem:
            check.add(f"sources[{i}].url", problem)
            return None, None
        country = item.get("country")
        if country is not None and (not isinstance(country, str)
                                    or country not in (*COUNTRY_LANGUAGE, *SOURCE_EXTRA_COUNTRIES)):
            check.add(f"sources[{i}].country",
                      f"{country!r} is not one of {', '.join((*COUNTRY_LANGUAGE, *SOURCE_EXTRA_COUNTRIES))}")
            return None, None
        return str(url), country
    problem = url_problem(item)
    if problem:
        check.add(f"sources[{i}]", problem)
        return None, None
    return str(item), None


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _date_field(check: _Checker, data: Mapping[Any, Any], name: str) -> tuple[date | None, bool]:
    """An optional date field: its date (None when absent) and False after reporting a value that is no date."""
    if data.get(name) is None:
        return None, True
    value = _as_date(data[name])
    if value is None:
        check.add(name, f"{data[name]!r} is not a date (YYYY-MM-DD)")
        return None, False
    return value, True


class _Checker:
    """Collects problems for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, field, message))


def _parse_translation(check: _Checker, lang: str, raw: object) -> Translation | None:
    prefix = f"translations.{lang}"
    if not isinstance(raw, Mapping):
        check.add(
            prefix, f"must be a mapping with question, alternatives and answer, not {type(raw).__name__}"
        )
        return None
    for key in raw:
        if key not in TRANSLATION_REQUIRED and key not in TRANSLATION_OPTIONAL:
            check.add(f"{prefix}.{key}", "unknown key")
    ok = True
    texts: dict[str, str] = {}
    for key in TRANSLATION_REQUIRED:
        value = raw.get(key)
        if key not in raw:
            check.add(f"{prefix}.{key}", "missing")
            ok = False
        elif not isinstance(value, str):
            check.add(f"{prefix}.{key}", f"must be a string, not {type(value).__name__}")
            ok = False
        elif not value.strip():
            check.add(f"{prefix}.{key}", "must not be empty")
            ok = False
        else:
            texts[key] = value
    alternatives: list[str] = []
    raw_alts = raw.get("alternatives", [])
    if raw_alts is None:
        raw_alts = []
    if not isinstance(raw_alts, list):
        check.add(f"{prefix}.alternatives", f"must be a list of strings, not {type(raw_alts).__name__}")
        ok = False
    else:
        for i, alt in enumerate(raw_alts):
            if not isinstance(alt, str):
                check.add(f"{prefix}.alternatives[{i}]", f"must be a string, not {type(alt).__name__}")
                ok = False
            elif not alt.strip():
                check.add(f"{prefix}.alternatives[{i}]", "must not be empty")
                ok = False
            else:
                alternatives.append(alt.strip())
    if not ok:
        return None
    for m in _ANSWER_URL_RE.finditer(texts["answer"]):
        url = m.group(0).rstrip(".,;:!?")
        if url.lower().startswith("www."):
            url = "https://" + url
        problem = url_problem(url)
        if problem:
            check.add(f"{prefix}.answer", problem)
    return Translation(
        question=texts["question"].strip(), alternatives=tuple(alternatives), answer=texts["answer"].strip()
    )


def parse_entry(path: Path) -> tuple[Entry | None, list[Problem]]:
    """Parse and check one entry file (without cross-file checks).

    Returns the entry (``None`` when it cannot be built) and the problems found.
    """
    check = _Checker(path.name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        check.add("file", f"cannot be read: {exc}")
        return None, check.problems
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        check.add("yaml", f"does not parse{where}: {reason}")
        return None, check.problems
    if not isinstance(data, Mapping):
        check.add("yaml", f"must be a mapping of keys, not {type(data).__name__}")
        return None, check.problems
    return _check_mapping(check, path, data)


def _check_mapping(
    check: _Checker, path: Path, data: Mapping[Any, Any]
) -> tuple[Entry | None, list[Problem]]:
    for key in data:
        if key not in TOP_LEVEL_REQUIRED and key not in TOP_LEVEL_OPTIONAL:
            check.add(str(key), "unknown key")
    for key in TOP_LEVEL_REQUIRED:
        if key not in data or data[key] is None:
            check.add(key, "missing")
    ok = not any(p.message == "missing" for p in check.problems)

    entry_id = data.get("id")
    if "id" in data and entry_id is not None:
        if not isinstance(entry_id, str):
            check.add("id", f"must be a string, not {type(entry_id).__name__}")
            ok = False
        elif not _ID_RE.match(entry_id):
            check.add("id", f"{entry_id!r} must be lower-case letters, digits and single hyphens")
            ok = False
        elif len(entry_id) > MAX_ID_LENGTH:
            check.add("id", f"{entry_id!r} is longer than {MAX_ID_LENGTH} characters (buttons carry it)")
            ok = False
        elif entry_id != path.stem:
            check.add("id", f"{entry_id!r} does not match the file name {path.stem!r}")

    country = data.get("country")
    if country is not None:
        if not isinstance(country, str):
            check.add("country", f"must be a string, not {type(country).__name__}")
            ok = False
            country = None
        elif country not in COUNTRY_LANGUAGE:
            check.add("country", f"{country!r} is not one of {', '.join(COUNTRY_LANGUAGE)}")
            ok = False
            country = None
    if isinstance(entry_id, str):
        if country is not None and not entry_id.endswith("-" + country.lower()):
            check.add("id", f"an entry for country {country} must end in '-{country.lower()}'")
        elif country is None and "country" not in data:
            for code in COUNTRY_LANGUAGE:
                if entry_id.endswith("-" + code.lower()):
                    check.add(
                        "country", f"missing: id {entry_id!r} ends in '-{code.lower()}', set country: {code}"
                    )
                    break

    category = data.get("category")
    if category is not None:
        if not isinstance(category, str):
            check.add("category", f"must be a string, not {type(category).__name__}")
            ok = False
        elif category not in CATEGORIES:
            check.add("category", f"{category!r} is not one of {', '.join(CATEGORIES)}")
            ok = False

    reviewed, reviewed_ok = _date_field(check, data, "reviewed")
    valid_until, valid_until_ok = _date_field(check, data, "valid_until")
    ok = ok and reviewed_ok and valid_until_ok

    sources: list[str] = []
    source_countries: dict[str, str] = {}
    raw_sources = data.get("sources")
    if raw_sources is not None:
        if not isinstance(raw_sources, list):
            check.add("sources", f"must be a list of https URLs, not {type(raw_sources).__name__}")
            ok = False
        else:
            for i, item in enumerate(raw_sources):
                url, source_country = _source(check, i, item)
                if url is None:
                    ok = False
                    continue
                sources.append(url)
                if source_country is not None:
                    source_countries[url] = source_country

    translations: dict[str, Translation] = {}
    raw_translations = data.get("translations")
    if raw_translations is not None:
        if not isinstance(raw_translations, Mapping) or not raw_translations:
            check.add(
                "translations", "must be a non-empty mapping of language -> question/alternatives/answer"
            )
            ok = False
        else:
            for lang, raw in raw_translations.items():
                if lang not in LANGUAGES:
                    check.add(f"translations.{lang}", f"unknown language (use one of {', '.join(LANGUAGES)})")
                    ok = False
                    continue
                translation = _parse_translation(check, lang, raw)
                if translation is None:
                    ok = False
                else:
                    translations[lang] = translation
            if FALLBACK_LANGUAGE not in raw_translations:
                check.add("translations", f"missing '{FALLBACK_LANGUAGE}' (the fallback language)")
            if country is not None and COUNTRY_LANGUAGE[country] not in raw_translations:
                check.add("translations", f"missing '{COUNTRY_LANGUAGE[country]}', the language of {country}")

    if not ok or not isinstance(entry_id, str) or not isinstance(category, str) or reviewed is None:
        return None, check.problems
    entry = Entry(
        id=entry_id,
        country=country,
        category=category,
        reviewed=reviewed,
        sources=tuple(sources),
        translations=translations,
        path=path,
        valid_until=valid_until,
        source_countries=source_countries,
    )
    if valid_until is None:
        for lang, translation in translations.items():
            phrase = deadline_phrase(translation.answer, lang)
            if phrase:
                check.add("valid_until", f"missing: the {lang} answer names a deadline or a call window "
                                         f"({phrase[:80]!r}); set the date after which it expires")
                break
    for lang in translations:
        length = formatted_length(entry, lang)
        if length > TELEGRAM_MESSAGE_LIMIT:
            check.add(
                f"translations.{lang}.answer",
                f"too long for one Telegram message once formatted ({length} > {TELEGRAM_MESSAGE_LIMIT})",
            )
    return entry, check.problems


def check_entries(directory: Path) -> tuple[list[Entry], list[Problem]]:
    """Parse every entry file of ``directory`` and run the per-file and cross-file checks.

    Returns the entries that could be built and all problems (required topics are
    not checked here, see :func:`check_required_topics`).
    """
    problems: list[Problem] = []
    entries: list[Entry] = []
    if not directory.is_dir():
        return [], [Problem(str(directory), "directory", "does not exist or is not a directory")]
    seen: dict[str, str] = {}
    for path in entry_files(directory):
        entry, found = parse_entry(path)
        problems.extend(found)
        if entry is None:
            continue
        if entry.id in seen:
            problems.append(Problem(path.name, "id", f"duplicate id {entry.id!r}, also in {seen[entry.id]}"))
            continue
        seen[entry.id] = path.name
        entries.append(entry)
    return entries, problems
