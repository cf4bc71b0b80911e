"""Mutation testing of the modules that carry the guarantees (not in CI: slow).

For each module below, mutmut (a library made for it) changes the code one small edit at a time and runs
only the tests that concern that module; a mutant the tests do not notice "survives". The score is the
share of mutants killed. Each module runs in its own scratch copy of the project under
``var/mutation/<name>/`` so that runs never touch the work tree.

    python benchmarks/mutation.py                  # every module
    python benchmarks/mutation.py admission slots  # some of them
    python benchmarks/mutation.py --list           # what would run
    python benchmarks/mutation.py --children 2     # parallel test processes (default 1: a shared machine)
    python benchmarks/mutation.py --again booking  # re-test only the last survivors (after adding tests)

Database tests run on SQLite here (set HELPDESK_TEST_POSTGRES_URL to add PostgreSQL: much slower).
Surviving mutants are listed per module; ``cd var/mutation/<name> && mutmut show <mutant>`` shows one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "var" / "mutation"
SAMPLES = ("advisors.sample.yaml", "events.sample.yaml", "makerspace.sample.yaml", "catalogue.sample.yaml")
COPIED = ("helpdesk_bot", "tests", "knowledge", "migrations", "alembic.ini", "pyproject.toml", *SAMPLES)


@dataclass(frozen=True)
class Target:
    """A module to mutate and the tests that speak for its guarantees."""

    source: str
    tests: tuple[str, ...]
    functions: tuple[str, ...] = ()  # only these functions' mutants count (a module's booking paths)


TARGETS: dict[str, Target] = {
    "slots": Target("helpdesk_bot/scheduling/slots.py", (
        "tests/unit/test_consultations_slots.py", "tests/unit/test_scheduling_spans.py",
        "tests/unit/test_slot_engine_edges.py")),
    "booking": Target("helpdesk_bot/consultations/booking.py", (
        "tests/db/test_consultations_service.py", "tests/db/test_races.py", "tests/db/test_booking_rules.py",
        "tests/db/test_booking_edges.py", "tests/db/test_booking_phone.py"),
        ("request_booking", "_try_book", "_check_overlap", "_overlap_count")),
    "booking_changes": Target("helpdesk_bot/consultations/changes.py", (
        "tests/db/test_consultations_service.py", "tests/db/test_races.py", "tests/db/test_booking_rules.py",
        "tests/db/test_booking_edges.py"), ("reschedule",)),
    "booking_slots": Target("helpdesk_bot/consultations/availability.py", (
        "tests/db/test_consultations_service.py", "tests/db/test_races.py", "tests/db/test_booking_rules.py",
        "tests/db/test_booking_edges.py"), ("_slots", "free_slots")),
    "admission": Target("helpdesk_bot/people/admission.py", (
        "tests/db/test_admission.py", "tests/db/test_processed_updates.py")),
    "processed_ids": Target("helpdesk_bot/indicators/log.py", (
        "tests/db/test_admission.py", "tests/db/test_processed_updates.py"),
        ("claim_updates_in", "purge_processed_updates", "forget_processed_updates_before")),
    "erasure": Target("helpdesk_bot/privacy/service.py", (
        "tests/db/test_privacy_service.py", "tests/db/test_erasure_complete.py", "tests/db/test_privacy_contract.py")),
    "outbox": Target("helpdesk_bot/broadcasts/outbox.py", ("tests/db/test_outbox.py", "tests/db/test_outbox_contract.py")),
    "roles": Target("helpdesk_bot/telegram/handlers/common.py", (
        "tests/e2e/test_role_checks.py", "tests/e2e/test_report_telegram.py"),
        ("ensure_role", "requires_role", "decorate", "wrapper")),
    "role_rule": Target("helpdesk_bot/people/service.py", ("tests/unit/test_roles_policy.py",),
                        ("may", "is_staff", "is_advisor")),
}


def _scratch(name: str, target: Target) -> Path:
    folder = WORK / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", "mutants")
    for item in COPIED:
        source = ROOT / item
        if source.is_dir():
            shutil.copytree(source, folder / item, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, folder / item)
    _scratch_config(folder, target)
    return folder


def _scratch_config(folder: Path, target: Target) -> None:
    tests = [t for t in target.tests if (ROOT / t).exists()]
    lines = [
        "[mutmut]",
        "source_paths=helpdesk_bot",
        f"only_mutate={target.source}",
        "also_copy=\n" + "\n".join(f"    {item}" for item in ("knowledge", "migrations", "alembic.ini", *SAMPLES)),
        "pytest_add_cli_args=\n    -p\n    no:randomly\n    -q\n    -x\n    -p\n    no:cacheprovider",
        "pytest_add_cli_args_test_selection=\n" + "\n".join(f"    {t}" for t in tests),
        "use_git_change_detection=false",
        "",
    ]
    (folder / "setup.cfg").write_text("\n".join(lines), encoding="utf-8")


def _results(folder: Path) -> dict[str, str]:
    out = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=folder,
                         capture_output=True, text=True, check=False).stdout
    statuses: dict[str, str] = {}
    for line in out.splitlines():
        if ":" in line and line.startswith("    "):
            mutant, status = line.strip().rsplit(": ", 1)
            statuses[mutant] = status
    return statuses


def _refresh_tests(name: str, target: Target) -> tuple[Path, dict[str, str]]:
    """Put the current tests in place of the last run's; returns the folder and the last run's verdicts.

    Only valid while the mutated source is unchanged. The rest of the package is refreshed too (unmutated
    files are plain copies in ``mutants/``): tests written for a newer package would otherwise fail on the
    scratch copy, and mutmut then reports that it could not collect its stats."""
    folder = WORK / name
    merged = folder / "verdicts.json"  # the verdicts of an earlier --again run, if any
    previous = json.loads(merged.read_text(encoding="utf-8")) if merged.exists() else _results(folder)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    for place in (folder / "tests", folder / "mutants" / "tests"):
        if place.exists():
            shutil.rmtree(place)
        shutil.copytree(ROOT / "tests", place, ignore=ignore)
    package = ROOT / "helpdesk_bot"
    for source in package.rglob("*"):
        relative = source.relative_to(ROOT)
        if source.is_file() and "__pycache__" not in source.parts and relative.as_posix() != target.source:
            for place in (folder, folder / "mutants"):
                (place / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, place / relative)
    (folder / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)  # which tests cover what: ask again
    config = (folder / "setup.cfg").read_text(encoding="utf-8")
    _scratch_config(folder, target)
    if (folder / "setup.cfg").read_text(encoding="utf-8") != config:
        shutil.copy2(folder / "setup.cfg", folder / "mutants" / "setup.cfg")
    return folder, previous


def run(name: str, target: Target, children: int, again: bool = False) -> dict[str, object]:
    """Mutate one module, run its tests per mutant; returns the counts and the survivors.

    ``again``: re-test only the last run's survivors with the current tests (the others stay killed)."""
    previous: dict[str, str] = {}
    scratch_source = WORK / name / target.source
    unchanged = scratch_source.exists() and scratch_source.read_bytes() == (ROOT / target.source).read_bytes()
    if again and not unchanged:
        print(f"{name}: {target.source} changed since the last run: a full run instead of --again", flush=True)
    if again and unchanged and (WORK / name / "mutants").exists():
        folder, previous = _refresh_tests(name, target)
        patterns = [m for m, s in previous.items() if s == "survived"]
    else:
        folder = _scratch(name, target)
        patterns = [p for f in target.functions for p in (f"*\u01c1{f}__mutmut_*", f"*.x_{f}__mutmut_*")]
    env = {k: v for k, v in os.environ.items() if k != "HELPDESK_TEST_UPDATE_DELAY_MS"}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children), *patterns],
                          cwd=folder,
                          env=env, capture_output=True, text=True, check=False)
    (folder / "mutmut-run.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    statuses = _results(folder)
    if previous:  # a changed test selection makes mutmut forget its verdicts: the killed ones stay killed
        statuses = {**previous, **{m: statuses[m] for m in patterns if m in statuses}}
        (folder / "verdicts.json").write_text(json.dumps(statuses, indent=1), encoding="utf-8")
    elif (folder / "verdicts.json").exists():
        (folder / "verdicts.json").unlink()
    if target.functions:
        statuses = {m: s for m, s in statuses.items()
                    if any(f"\u01c1{f}__mutmut" in m or f"x_{f}__mutmut" in m for f in target.functions)}
    killed = sum(1 for s in statuses.values() if s in ("killed", "timeout", "caught by type check"))
    survived = sorted(m for m, s in statuses.items() if s == "survived")
    other = {m: s for m, s in statuses.items() if s not in ("killed", "timeout", "survived", "caught by type check")}
    total = len(statuses)
    return {"module": target.source, "mutants": total, "killed": killed, "survived": len(survived),
            "other": len(other), "score": round(100 * killed / total, 1) if total else None,
            "seconds": round(time.monotonic() - started), "survivors": survived, "not_run": other}


def main(argv: list[str] | None = None) -> int:
    """Run the selected modules and print a table (and var/mutation/scores.json)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(TARGETS)}")
    parser.add_argument("--children", type=int, default=1)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--again", action="store_true",
                        help="re-test only the last run's survivors with the current tests (after adding tests)")
    args = parser.parse_args(argv)
    names = args.modules or list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        parser.error(f"unknown modules {unknown}; choose from {', '.join(TARGETS)}")
    if args.list:
        for name in names:
            print(f"{name:14} {TARGETS[name].source}  <- {' '.join(TARGETS[name].tests)}")
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    scores_file = WORK / "scores.json"
    scores = json.loads(scores_file.read_text()) if scores_file.exists() else {}
    for name in names:
        result = run(name, TARGETS[name], args.children, args.again)
        scores[name] = result
        scores_file.write_text(json.dumps(scores, indent=2), encoding="utf-8")
        print(f"{name:14} {result['score']!s:>6} %  killed {result['killed']}/{result['mutants']}"
              f"  survived {result['survived']}  not run {result['other']}  ({result['seconds']} s)", flush=True)
        for mutant in result["survivors"]:  # type: ignore[attr-defined]
            print(f"    survived: {mutant}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
