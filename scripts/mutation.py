"""Mutation run of the rules and the calendar (README, Development): one module at a time.

Each rule module ``ine_lint/rules/art_X.py`` is mutated by mutmut and judged by its own test
module ``tests/rules/test_art_X.py`` only (``dates.py`` by ``tests/test_dates.py`` and
``tests/test_date_reading.py``): a rule's tests must kill its mutants without help from the
other rules' tests, and a mutant costs a second instead of the whole rule suite. One module
at a time, one test process at a time: the machine it runs on is shared.

    python scripts/mutation.py                     # every rule module and dates.py
    python scripts/mutation.py art_4_3_v_second_factor dates

It prints, per module, the mutants killed, surviving, equivalent (listed with their reason
in ``tests/mutmut-equivalent.md``) and the kill rate: killed / (all - equivalent). The
survivors are listed; ``mutmut show NAME`` prints one. Needs ``pip install mutmut``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EQUIVALENT = REPO / "tests" / "mutmut-equivalent.md"
#: mutmut's mark for each result it prints at the end of a run.
MARKS = {
    "🎉": "killed",
    "🙁": "survived",
    "🫥": "no tests",
    "⏰": "timeout",
    "🤔": "suspicious",
    "🔇": "skipped",
    "🧙": "caught by type check",
}


def modules() -> list[str]:
    rules = sorted(p.stem for p in (REPO / "ine_lint" / "rules").glob("art_*.py"))
    return [*rules, "dates"]


def target(module: str) -> tuple[str, str]:
    """The mutant-name pattern of ``module`` and the ``-k`` expression of its tests."""
    if module == "dates":
        return "ine_lint.dates.*", "test_dates or test_date_reading"
    return f"ine_lint.rules.{module}.*", f"test_{module}"


def equivalent() -> set[str]:
    """The mutants recorded as equivalent: a ``## ine_lint/...py`` heading, then lines
    starting with a backticked mutant name."""
    names: set[str] = set()
    prefix = ""
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (ine_lint/\S+)\.py$", line)
        if heading:
            prefix = heading.group(1).replace("/", ".")
            continue
        item = re.match(r"- `([^`]+)`", line)
        if item and prefix:
            names.add(f"{prefix}.{item.group(1)}")
    return names


def run(module: str) -> dict[str, str]:
    """Mutate ``module``, run its tests against each mutant; mutant name → result."""
    pattern, tests = target(module)
    # The test-to-function map is rebuilt for each module, since each uses other tests.
    (REPO / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    env = {**os.environ, "PYTEST_ADDOPTS": f"-k '{tests}'"}
    out = subprocess.run(
        [sys.executable, "-m", "mutmut", "run", "--max-children", "1", pattern],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    results = {}
    for line in out.splitlines():
        mark, _, name = line.partition(" ")
        if mark in MARKS and name.startswith("ine_lint."):
            results[name.strip()] = MARKS[mark]
    return results


def main(argv: list[str]) -> int:
    chosen = argv or modules()
    same = equivalent()
    total = {"killed": 0, "counted": 0}
    for module in chosen:
        results = run(module)
        if not results:
            print(f"{module}: no mutants run (is mutmut installed?)")
            return 2
        eq = {n for n in results if n in same and results[n] != "killed"}
        counted = len(results) - len(eq)
        killed = sum(1 for r in results.values() if r == "killed")
        total["killed"] += killed
        total["counted"] += counted
        print(
            f"{module}: {len(results)} mutants, {killed} killed, {len(eq)} equivalent, "
            f"kill rate {100 * killed / counted:.1f} %",
            flush=True,
        )
        for name, result in sorted(results.items()):
            if result != "killed" and name not in eq:
                print(f"    {result}: {name}")
    if total["counted"]:
        print(
            f"all: {total['killed']} of {total['counted']} killed, "
            f"{100 * total['killed'] / total['counted']:.1f} %"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
