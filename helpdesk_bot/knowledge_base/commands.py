"""Implementations of the ``helpdesk-bot kb ...`` commands (argument parsing lives in the CLI).

Each function takes its streams as arguments and returns the process exit code.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable, Coroutine
from datetime import date
from pathlib import Path
from typing import IO, Any

from .evaluation import EvalInputError, evaluate, format_report, read_items
from .loader import load_knowledge_base
from .match_model import MatchThresholds
from .matcher import Matcher
from .model import KnowledgeBase
from .validation import KnowledgeBaseInvalid, validate_directory_with_warnings

#: Used when no folder is given and ``HELPDESK_KNOWLEDGE_DIR`` is not set.
DEFAULT_KNOWLEDGE_DIR = Path("knowledge")


def default_knowledge_dir() -> Path:
    """``HELPDESK_KNOWLEDGE_DIR`` or ``./knowledge``."""
    value = os.environ.get("HELPDESK_KNOWLEDGE_DIR")
    return Path(value) if value else DEFAULT_KNOWLEDGE_DIR


def _load(kb_dir: Path | None, err: IO[str]) -> KnowledgeBase | None:
    directory = kb_dir or default_knowledge_dir()
    try:
        return load_knowledge_base(directory)
    except KnowledgeBaseInvalid as exc:
        err.write(f"knowledge base {directory} is invalid:\n")
        for problem in exc.problems:
            err.write(f"{problem}\n")
        return None


def cmd_validate(directory: Path | None, out: IO[str], err: IO[str] | None = None) -> int:
    """``kb validate [DIR]``: one line per problem (``file: field: what is wrong``) on ``out``.

    Returns 0 when the knowledge base is valid, else 1.  The required topics are read
    from ``_topics.yaml`` in the folder when it exists.  Warnings (figures without a year)
    go to ``err`` as ``warning: file: field: ...`` and never change the exit code.
    """
    directory = directory or default_knowledge_dir()
    problems, warnings = validate_directory_with_warnings(directory)
    for problem in problems:
        out.write(f"{problem}\n")
    for warning in warnings:
        (err or sys.stderr).write(f"warning: {warning}\n")
    return 1 if problems else 0


def _match_line(matcher: Matcher, line: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"error": f"invalid JSON: {exc.msg}"}
    if not isinstance(obj, dict):
        return {"error": "expected a JSON object with text, lang and country"}
    text = obj.get("text")
    lang = obj.get("lang")
    country = obj.get("country")
    if not isinstance(text, str):
        return {"error": "'text' must be a string"}
    if lang is not None and not isinstance(lang, str):
        return {"error": "'lang' must be a string or null"}
    if country is not None and not isinstance(country, str):
        return {"error": "'country' must be a string or null"}
    return matcher.match(text, lang or None, country or None).to_json()


def cmd_match_jsonl(
    kb_dir: Path | None, thresholds: MatchThresholds | None, stdin: IO[str], stdout: IO[str]
) -> int:
    """``kb match --jsonl``: one JSON result line per input line, in order.

    Input lines are ``{"text": str, "lang": str, "country": str|null}``; output lines
    are ``{"decision", "entry_id", "candidates", "score"}``.  A line that cannot be
    processed gets ``{"error": "..."}`` in its place; blank lines are skipped.
    Returns 1 when the knowledge base cannot be loaded, else 0.
    """
    kb = _load(kb_dir, sys.stderr)
    if kb is None:
        return 1
    matcher = Matcher(kb, thresholds or MatchThresholds())
    for line in stdin:
        if not line.strip():
            continue
        try:
            result = _match_line(matcher, line)
        except Exception as exc:  # one bad line must not end the stream
            result = {"error": f"internal error: {type(exc).__name__}"}
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def cmd_eval(
    kb_dir: Path | None, thresholds: MatchThresholds | None, file: Path, as_json: bool, out: IO[str]
) -> int:
    """``kb eval FILE.jsonl [--json]``: accuracy report overall and per language.

    Returns 0 after reporting, 1 when the knowledge base cannot be loaded, 2 when the
    file cannot be read or is not valid evaluation JSON lines.
    """
    try:
        with file.open(encoding="utf-8") as handle:
            items = read_items(handle)
    except (OSError, UnicodeDecodeError, EvalInputError) as exc:
        sys.stderr.write(f"{file}: {exc}\n")
        return 2
    kb = _load(kb_dir, sys.stderr)
    if kb is None:
        return 1
    result = evaluate(Matcher(kb, thresholds or MatchThresholds()), items)
    if as_json:
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        format_report(result, out)
    return 0


def cmd_stale(kb_dir: Path | None, today: date, review_months: int, out: IO[str], *, as_json: bool = False,
              check_sources: bool = False, timeout: float = 10.0, concurrency: int = 8,
              checker: Callable[..., Coroutine[Any, Any, dict[str, str]]] | None = None) -> int:
    """``kb stale [--json] [--check-sources]``: entries past ``valid_until``, reviewed too long ago, or
    (with ``check_sources``) citing a source that does not answer.

    Text: a summary line, then one line per reason (``id: what``). JSON: one object with ``today``,
    ``review_months``, ``checked_sources`` and ``entries`` (each with ``id``, ``reviewed``,
    ``valid_until`` and ``reasons``). Returns 0 after reporting (stale entries are a report, not a
    failure), 1 when the knowledge base cannot be loaded. ``checker`` replaces
    :func:`.source_check.check_sources` (same signature), e.g. in tests.
    """
    from .freshness import stale_entries

    kb = _load(kb_dir, sys.stderr)
    if kb is None:
        return 1
    dead: dict[str, str] = {}
    if check_sources:
        from .source_check import check_sources as default_checker

        check = checker or default_checker
        dead = asyncio.run(check((url for entry in kb for url in entry.sources), timeout=timeout,
                                 concurrency=concurrency))
    stale = stale_entries(kb, today, review_months, dead)
    if as_json:
        out.write(json.dumps({"today": today.isoformat(), "review_months": review_months,
                              "checked_sources": check_sources, "entries": [s.to_json() for s in stale]},
                             ensure_ascii=False) + "\n")
        return 0
    if not stale:
        out.write(f"no stale entries (today {today.isoformat()}, review every {review_months} months"
                  f"{', sources checked' if check_sources else ''})\n")
        return 0
    out.write(f"{len(stale)} stale entries of {len(kb)} (today {today.isoformat()}, review every "
              f"{review_months} months{', sources checked' if check_sources else ''}):\n")
    for item in stale:
        for reason in item.reasons:
            if reason.kind == "expired" and reason.day is not None:
                what = f"past valid_until {reason.day.isoformat()}"
            elif reason.kind == "review" and reason.day is not None:
                what = f"reviewed {reason.day.isoformat()}, more than {review_months} months ago"
            else:
                what = f"source {reason.url} does not answer ({reason.detail})"
            out.write(f"{item.entry_id}: {what}\n")
    return 0
