"""Benchmark: what each process-wide memo table (``ine_lint.memo.Memo``) saves.

``bench/run.py`` times whole runs, whose spread on a shared machine (±10 %) hides what one
table saves; this times, in one process, the work each table serves, with every table on
and with one switched off (its limit set to 0), in interleaved rounds:

- ``load``: every file of a generated inventory parsed, validated, modelled and scanned for
  secrets (``modelling.load_and_validate``, what a cold run does per file) — ``_RESOLVED``
  (loader), ``_SHAPES`` and ``_DATES`` (modelling), ``_CLEAN_LINES`` (4.3.VI scan);
- ``rebuild``: every file rebuilt from its cache entry's body (``store.from_body``, what a
  warm run does per changed file and per snapshot) — ``_DAYS``;
- ``render``: the Spanish text of every finding of the sample inventory's check —
  ``_LOADED`` (the catalogue).

Every ``Memo`` of the package must be listed in :func:`tables` (checked at start).

Before each measure every table is emptied, as in a new process. CPU seconds of this
process (``time.process_time``): median (min–max) over the rounds, and the median of the
per-round ratio to the same measure with every table on. Usage::

    python bench/memos.py [--scale 1] [--shapes lean heavy] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SAMPLE = HERE.parent / "inventories"


def tables() -> dict[str, Any]:
    from ine_lint import loader, modelling, policy, secrets, store

    return {
        "_RESOLVED": loader._RESOLVED,
        "_SHAPES": modelling._SHAPES,
        "_DATES": modelling._DATES,
        "_CLEAN_LINES": secrets._CLEAN_LINES,
        "_DAYS": store._DAYS,
        "_LOADED": policy._LOADED,
    }


def untimed() -> list[str]:
    """Memo tables of the package that :func:`tables` leaves out."""
    import importlib
    import pkgutil

    import ine_lint
    from ine_lint.memo import Memo

    listed = {id(t) for t in tables().values()}
    missing = []
    for info in pkgutil.walk_packages(ine_lint.__path__, "ine_lint."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the command
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Memo) and id(value) not in listed:
                missing.append(f"{info.name}.{name}")
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--shapes", nargs="+", default=["lean", "heavy"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()

    from generate import generate

    from ine_lint.check import Options, check
    from ine_lint.discovery import discover, read_regular
    from ine_lint.loader import LoadedFile
    from ine_lint.modelling import load_and_validate
    from ine_lint.store import from_body, to_body

    missing = untimed()
    if missing:
        sys.exit(f"bench/memos.py does not time {', '.join(missing)}: add it to tables()")
    memo = tables()
    limits = {name: table.limit for name, table in memo.items()}
    serves = {
        "load": ["_RESOLVED", "_SHAPES", "_DATES", "_CLEAN_LINES"],
        "rebuild": ["_DAYS"],
        "render": ["_LOADED"],
    }
    gc.disable()  # as check() does
    for shape in args.shapes:
        root = generate(args.out / f"{shape}-x{args.scale:g}", args.scale, shape=shape)
        sources, _ = discover(root)
        raw = [(s, read_regular(s.path)) for s in sources]
        bodies = [to_body(load_and_validate(*item)) for item in raw]
        # The generated inventories are compliant: the findings rendered are the sample's.
        findings = check(SAMPLE, Options(as_of=date(2026, 11, 27))).findings

        def load(raw: list[Any] = raw) -> object:
            return [load_and_validate(*item) for item in raw]

        def rebuild(bodies: list[bytes | None] = bodies) -> object:
            return [from_body(b, LoadedFile) for b in bodies if b is not None]

        def render(findings: list[Any] = findings) -> object:
            return [f.text("es") for f in findings]

        work: dict[str, Callable[[], object]] = {"load": load, "rebuild": rebuild, "render": render}
        print(
            f"{shape} {args.scale:g}×: {len(sources)} files, {len(findings)} findings", flush=True
        )
        variants = [(what, off) for what, names in serves.items() for off in ("", *names)]
        times: dict[tuple[str, str], list[float]] = {v: [] for v in variants}
        for i in range(args.rounds):
            for what, off in variants if i % 2 == 0 else reversed(variants):
                for name, table in memo.items():
                    table.clear()
                    table.limit = 0 if name == off else limits[name]
                start = time.process_time()
                work[what]()
                times[what, off].append(time.process_time() - start)
        for name, table in memo.items():
            table.limit = limits[name]
        print("| work | table off | CPU s | × all on |")
        print("|---|---|---|---|")
        for what, off in variants:
            cpu = times[what, off]
            ratio = [a / b for a, b in zip(cpu, times[what, ""], strict=True)]
            print(
                f"| {what} | {off or '(none)'} | {statistics.median(cpu):.3f} "
                f"({min(cpu):.3f}–{max(cpu):.3f}) | {statistics.median(ratio):.2f} |"
            )
        print(flush=True)


if __name__ == "__main__":
    main()
