"""Evaluation metrics and the ``kb`` command functions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from helpdesk_bot.knowledge_base.commands import cmd_eval, cmd_match_jsonl, cmd_validate
from helpdesk_bot.knowledge_base.evaluation import (
    EvalInputError,
    EvalItem,
    EvalOutcome,
    format_report,
    read_items,
    report,
    summarise,
)
from helpdesk_bot.knowledge_base.matcher import MatchResult, MatchThresholds

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "kb" / "fixture"
HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "kb" / "holdout.jsonl"


def outcome(
    expected: str | None, decision: str, entry_id: str | None, *candidates: str, lang: str = "en"
) -> EvalOutcome:
    return EvalOutcome(
        EvalItem("q", lang, None, expected),
        MatchResult(decision, entry_id, tuple(candidates), 50.0),  # type: ignore[arg-type]
    )


def test_metrics_arithmetic() -> None:
    outcomes = [
        outcome("a", "answer", "a", "a"),  # right, answered
        outcome("a", "suggest", "b", "b", "a"),  # wrong at 1, right in top 3
        outcome("a", "answer", "b", "b"),  # confident wrong
        outcome("a", "fallback", None),  # missed
        outcome(None, "fallback", None),  # out of scope, not answered: right
        outcome(None, "suggest", "a", "a"),  # out of scope, suggested: right (not answered)
        outcome(None, "answer", "a", "a"),  # out of scope answered: wrong and confident wrong
    ]
    m = summarise(outcomes)
    assert m["questions"] == 7 and m["in_scope"] == 4 and m["out_of_scope"] == 3
    assert m["top1"] == round(3 / 7, 4)
    assert m["top3"] == round(2 / 4, 4)
    assert m["confident_wrong"] == round(2 / 7, 4)
    assert m["oos_not_answered"] == round(2 / 3, 4)
    assert m["answered"] == round(3 / 7, 4)
    assert m["direct"] == round(1 / 4, 4)  # in-scope questions answered directly with the right entry


def test_report_per_language_and_failures() -> None:
    outcomes = [
        outcome("a", "answer", "a", "a", lang="pl"),
        outcome("a", "answer", "b", "b", lang="sv"),
        outcome(None, "fallback", None, lang="sv"),
    ]
    result = report(outcomes)
    assert set(result["per_language"]) == {"pl", "sv"}
    assert result["per_language"]["pl"]["top1"] == 1.0
    assert result["per_language"]["sv"]["top1"] == 0.5
    assert result["per_language"]["pl"]["oos_not_answered"] is None
    assert [f["expected"] for f in result["failures"]] == ["a"]
    text = io.StringIO()
    format_report(result, text)
    assert "overall" in text.getvalue() and "sv" in text.getvalue()
    header = text.getvalue().splitlines()[0].split()
    assert header[header.index("top-3") + 1] == "direct"  # the direct-answer rate beside top-1 and top-3


def test_read_items() -> None:
    items = read_items(
        [
            '{"text": "VAT?", "lang": "en", "country": null, "expected": "vat-pl"}\n',
            "\n",
            '{"text": "weather", "lang": "en", "country": "PL", "expected": null}\n',
        ]
    )
    assert items == [EvalItem("VAT?", "en", None, "vat-pl"), EvalItem("weather", "en", "PL", None)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "invalid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"lang": "en", "expected": null}', "'text'"),
        ('{"text": "x", "lang": "en"}', "'expected'"),
        ('{"text": "x", "lang": 3, "expected": null}', "'lang'"),
    ],
)
def test_read_items_rejects_bad_lines(line: str, message: str) -> None:
    with pytest.raises(EvalInputError, match=message):
        read_items([line])


def test_holdout_file_is_well_formed() -> None:
    with HOLDOUT.open(encoding="utf-8") as handle:
        items = read_items(handle)
    assert len(items) >= 150
    assert {i.lang for i in items} == {"pl", "cs", "sl", "de", "lt", "sv", "en"}
    out_of_scope = sum(i.expected is None for i in items)
    assert 0.1 <= out_of_scope / len(items) <= 0.25


# ---------------------------------------------------------------------------- commands


def test_cmd_validate_ok_and_problems(tmp_path: Path) -> None:
    out = io.StringIO()
    assert cmd_validate(FIXTURE, out) == 0
    assert out.getvalue() == ""
    (tmp_path / "bad.yaml").write_text("id: bad\ncategory: nope\n", encoding="utf-8")
    out = io.StringIO()
    assert cmd_validate(tmp_path, out) == 1
    lines = out.getvalue().splitlines()
    assert any(line.startswith("bad.yaml: category: 'nope' is not one of ") for line in lines)
    assert "bad.yaml: sources: missing" in lines
    assert all(line.startswith("bad.yaml: ") and line.count(": ") >= 2 for line in lines)


def test_cmd_validate_uses_environment_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_KNOWLEDGE_DIR", str(FIXTURE))
    assert cmd_validate(None, io.StringIO()) == 0


def test_cmd_match_jsonl_keeps_order_and_reports_bad_lines() -> None:
    stdin = io.StringIO(
        "\n".join(
            [
                json.dumps({"text": "Jak wycenić swoje produkty?", "lang": "pl", "country": "PL"}),
                "this is not json",
                json.dumps({"text": "VAT threshold small business", "lang": "en", "country": None}),
                json.dumps(["not", "an", "object"]),
                json.dumps({"lang": "en", "country": None}),
                "",
                json.dumps({"text": "weather tomorrow", "lang": "en", "country": "SE"}),
                json.dumps({"text": "VAT registration", "lang": "en", "country": 5}),
            ]
        )
        + "\n"
    )
    stdout = io.StringIO()
    assert cmd_match_jsonl(FIXTURE, MatchThresholds(), stdin, stdout) == 0
    lines = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert len(lines) == 7  # the blank line is not an input
    assert set(lines[0]) == {"decision", "entry_id", "candidates", "score"}
    assert lines[0]["decision"] == "answer" and lines[0]["entry_id"] == "pricing"
    assert set(lines[1]) == {"error"}
    assert lines[2]["decision"] == "suggest" and lines[2]["entry_id"] in {"vat-pl", "vat-de", "vat-se"}
    assert set(lines[3]) == {"error"} and set(lines[4]) == {"error"}
    assert lines[5] == {"decision": "fallback", "entry_id": None, "candidates": [], "score": 0.0}
    assert set(lines[6]) == {"error"}


def test_cmd_match_jsonl_invalid_kb(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: [", encoding="utf-8")
    assert cmd_match_jsonl(tmp_path, None, io.StringIO("{}\n"), io.StringIO()) == 1


def test_cmd_eval_text_and_json(tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        "\n".join(
            json.dumps(q)
            for q in [
                {"text": "Jak wycenić swoje produkty?", "lang": "pl", "country": "PL", "expected": "pricing"},
                {"text": "Kleinunternehmerregelung", "lang": "de", "country": "DE", "expected": "vat-de"},
                {"text": "Wie backe ich einen Apfelkuchen?", "lang": "de", "country": "DE", "expected": None},
            ]
        ),
        encoding="utf-8",
    )
    out = io.StringIO()
    assert cmd_eval(FIXTURE, None, questions, True, out) == 0
    data = json.loads(out.getvalue())
    assert data["overall"]["top1"] == 1.0
    assert data["overall"]["confident_wrong"] == 0.0
    assert set(data["per_language"]) == {"pl", "de"}
    text = io.StringIO()
    assert cmd_eval(FIXTURE, None, questions, False, text) == 0
    assert "top-1" in text.getvalue()
    assert cmd_eval(FIXTURE, None, tmp_path / "missing.jsonl", False, io.StringIO()) == 2
