"""Per-set, per-language figures of the knowledge-base matcher on every labelled question set.

Runs ``kb eval`` on our own sets (``tests/data/kb/*.jsonl``) and the shared development sets
(``../shared/eval/*.jsonl``, measured only) and prints, per set and language: questions, direct
(answered directly with the right entry, share of in-scope questions), top-1, confident wrong (share of
all questions) and out-of-scope not answered.  ``--json FILE`` also writes the figures, ``--misses``
lists the in-scope questions not answered directly with the right entry.

Usage: ``python benchmarks/kb_sets.py [--kb DIR] [--json FILE] [--misses] [SET ...]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpdesk_bot.knowledge_base.evaluation import read_items, report  # noqa: E402
from helpdesk_bot.knowledge_base.evaluation import run as run_eval  # noqa: E402
from helpdesk_bot.knowledge_base.loader import load_knowledge_base  # noqa: E402
from helpdesk_bot.knowledge_base.matcher import Matcher  # noqa: E402

OWN_SETS = sorted((ROOT / "tests" / "data" / "kb").glob("*.jsonl"))
#: ../shared/eval next to the main checkout (or two levels up from a worktree under /work/wt)
SHARED_SETS = sorted(
    next((d for d in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if d.is_dir()), ROOT)
    .glob("dev*.jsonl")
)


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def main(argv: list[str] | None = None) -> int:
    """Print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="question sets (default: all)")
    parser.add_argument("--kb", type=Path, default=ROOT / "knowledge")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--misses", action="store_true", help="list in-scope questions not answered right")
    args = parser.parse_args(argv)
    matcher = Matcher(load_knowledge_base(args.kb))
    sets = args.sets or [*OWN_SETS, *SHARED_SETS]
    figures: dict[str, Any] = {}
    print(f"{'set':12} {'lang':7} {'n':>4} {'direct':>6} {'top1':>6} {'cwrong':>6} {'oos-na':>6}")
    for path in sets:
        outcomes = run_eval(matcher, read_items(path.read_text(encoding="utf-8").splitlines()))
        result = report(outcomes)
        figures[path.stem] = {"overall": result["overall"], "per_language": result["per_language"]}
        for name, m in [("overall", result["overall"]), *result["per_language"].items()]:
            print(
                f"{path.stem:12} {name:7} {m['questions']:>4} {_pct(m['direct']):>6} {_pct(m['top1']):>6}"
                f" {_pct(m['confident_wrong']):>6} {_pct(m['oos_not_answered']):>6}"
            )
        if args.misses:
            for o in outcomes:
                if (o.in_scope and not o.direct) or o.confident_wrong:
                    r = o.result
                    print(
                        f"    MISS [{o.item.lang}] exp={o.item.expected} got={r.decision}:{r.entry_id}"
                        f" {list(r.candidates)} {r.score:.1f} | {o.item.text}"
                    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
