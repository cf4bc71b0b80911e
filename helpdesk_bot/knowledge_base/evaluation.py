"""Measuring the matcher on a labelled question set (``kb eval``).

Input: JSON lines ``{"text", "lang", "country", "expected"}`` where ``expected`` is an
entry id, or ``null`` for a question the bot should not answer.

Metrics (overall and per language):

* ``top1`` - share of questions handled correctly: for an expected entry, the
  result's ``entry_id`` is that entry; for ``null``, the decision is not ``answer``.
* ``top3`` - share of in-scope questions whose expected entry is the ``entry_id`` or
  among the ``candidates``.
* ``confident_wrong`` - share of *all* questions answered (decision ``answer``) with a
  wrong entry, answering an out-of-scope question included.
* ``oos_not_answered`` - share of out-of-scope questions not answered.
* ``direct`` - share of in-scope questions answered directly (decision ``answer``) with the
  expected entry: what the person gets without a tap.
* ``answered`` - share of questions answered directly (for information).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from .match_model import MatchResult

if TYPE_CHECKING:
    from .matcher import Matcher


@dataclass(frozen=True, slots=True)
class EvalItem:
    """One labelled question."""

    text: str
    lang: str | None
    country: str | None
    expected: str | None


@dataclass(frozen=True, slots=True)
class EvalOutcome:
    """A labelled question with the matcher's result."""

    item: EvalItem
    result: MatchResult

    @property
    def in_scope(self) -> bool:
        """True when the question has an expected entry."""
        return self.item.expected is not None

    @property
    def top1(self) -> bool:
        """Correct at rank one (see module docstring)."""
        if self.item.expected is None:
            return self.result.decision != "answer"
        return self.result.entry_id == self.item.expected

    @property
    def top3(self) -> bool:
        """Expected entry offered (in-scope questions only)."""
        expected = self.item.expected
        return expected is not None and (
            self.result.entry_id == expected or expected in self.result.candidates
        )

    @property
    def direct(self) -> bool:
        """Answered directly with the expected entry (in-scope questions only)."""
        return self.item.expected is not None and (
            self.result.decision == "answer" and self.result.entry_id == self.item.expected
        )

    @property
    def confident_wrong(self) -> bool:
        """Answered directly with a wrong entry (or answered at all when out of scope)."""
        return self.result.decision == "answer" and self.result.entry_id != self.item.expected


class EvalInputError(ValueError):
    """A line of the evaluation file is not a valid labelled question."""


def _optional_str(obj: dict[str, Any], key: str, line_no: int) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise EvalInputError(f"line {line_no}: {key!r} must be a string or null")


def read_items(lines: Iterable[str]) -> list[EvalItem]:
    """Parse evaluation JSON lines (blank lines ignored); raises :class:`EvalInputError`."""
    items: list[EvalItem] = []
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"line {line_no}: invalid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise EvalInputError(f"line {line_no}: expected a JSON object")
        text = obj.get("text")
        if not isinstance(text, str):
            raise EvalInputError(f"line {line_no}: 'text' must be a string")
        if "expected" not in obj:
            raise EvalInputError(f"line {line_no}: 'expected' is missing (use null for out of scope)")
        items.append(
            EvalItem(
                text=text,
                lang=_optional_str(obj, "lang", line_no),
                country=_optional_str(obj, "country", line_no),
                expected=_optional_str(obj, "expected", line_no),
            )
        )
    return items


def run(matcher: Matcher, items: Sequence[EvalItem]) -> list[EvalOutcome]:
    """Match every item."""
    return [EvalOutcome(item, matcher.match(item.text, item.lang, item.country)) for item in items]


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def summarise(outcomes: Sequence[EvalOutcome]) -> dict[str, Any]:
    """Metrics of a group of outcomes (rates are 0..1, ``None`` when undefined)."""
    total = len(outcomes)
    in_scope = [o for o in outcomes if o.in_scope]
    oos = [o for o in outcomes if not o.in_scope]
    return {
        "questions": total,
        "in_scope": len(in_scope),
        "out_of_scope": len(oos),
        "top1": _rate(sum(o.top1 for o in outcomes), total),
        "top3": _rate(sum(o.top3 for o in in_scope), len(in_scope)),
        "direct": _rate(sum(o.direct for o in in_scope), len(in_scope)),
        "confident_wrong": _rate(sum(o.confident_wrong for o in outcomes), total),
        "oos_not_answered": _rate(sum(o.result.decision != "answer" for o in oos), len(oos)),
        "answered": _rate(sum(o.result.decision == "answer" for o in outcomes), total),
    }


def report(outcomes: Sequence[EvalOutcome]) -> dict[str, Any]:
    """Overall and per-language metrics, plus the questions that went wrong."""
    langs = sorted({o.item.lang or "-" for o in outcomes})
    per_language = {lang: summarise([o for o in outcomes if (o.item.lang or "-") == lang]) for lang in langs}
    failures = [
        {
            "text": o.item.text,
            "lang": o.item.lang,
            "country": o.item.country,
            "expected": o.item.expected,
            "decision": o.result.decision,
            "entry_id": o.result.entry_id,
            "candidates": list(o.result.candidates),
            "score": o.result.score,
        }
        for o in outcomes
        if not o.top1 or o.confident_wrong
    ]
    return {"overall": summarise(outcomes), "per_language": per_language, "failures": failures}


def evaluate(matcher: Matcher, items: Sequence[EvalItem]) -> dict[str, Any]:
    """Run and report in one go (the ``--json`` output)."""
    return report(run(matcher, items))


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def format_report(result: dict[str, Any], out: IO[str], show_failures: bool = True) -> None:
    """Write a human-readable table of :func:`report`'s result."""
    header = (
        f"{'':8} {'n':>4} {'top-1':>7} {'top-3':>7} {'direct':>7} {'conf.wrong':>10} {'oos not ans.':>12}"
        f" {'answered':>8}"
    )
    out.write(header + "\n")
    rows = [("overall", result["overall"]), *result["per_language"].items()]
    for name, m in rows:
        out.write(
            f"{name:8} {m['questions']:>4} {_pct(m['top1']):>7} {_pct(m['top3']):>7} {_pct(m['direct']):>7} "
            f"{_pct(m['confident_wrong']):>10} {_pct(m['oos_not_answered']):>12} {_pct(m['answered']):>8}\n"
        )
    if show_failures and result["failures"]:
        out.write("\nnot right at rank one:\n")
        for f in result["failures"]:
            out.write(
                f"  [{f['lang']}/{f['country']}] {f['text']!r}: expected {f['expected']}, "
                f"got {f['decision']} {f['entry_id']} {f['candidates']} ({f['score']:.1f})\n"
            )
