"""Benchmark: the parallel loader against one process, and against the scheduler it replaced.

``ine_lint.parallel.Loading`` hands the files left to parse, ``FILES_PER_TASK`` at a time,
to a ``concurrent.futures.ProcessPoolExecutor`` of forked workers that inherit the files'
bytes. This times the loading phase alone (read files → ``LoadedFile`` objects, no cache)
of a generated inventory, each way in its own process, in interleaved rounds (the order
reversed every other round):

- ``serial``: one process (``Loading(jobs=1)``, what ``--jobs 1`` does): the baseline;
- ``ine-lint-K``: ``Loading(jobs=N)`` with ``FILES_PER_TASK = K`` (N workers);
- ``map-K``: ``ProcessPoolExecutor(N).map(load, files, chunksize=K)`` as the standard library
  writes it, for reference;
- ``old``, with ``--old REV``: the scheduler of ``ine_lint/parallel.py`` at git revision REV
  (before 2026-11-29: a pipe of chunk numbers, the parent loading chunks too, N - 1 workers),
  read from git into ``--out`` and imported beside the current package.

Wall time and CPU time (the process and its waited-for children, user + system) of the
loading phase, and each one's ratio to ``serial`` within the same round; figures are the
median (min–max) over the rounds. Usage::

    python bench/scheduler.py [--scale 10] [--shape lean] [--rounds 5] [--jobs 2]
        [--sizes 4 16 64] [--map 16] [--old 2d357c6]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: Filled before the pool forks: the workers inherit it instead of receiving the bytes.
_SHARED: list[Any] = []


def _load(index: int) -> Any:
    from ine_lint.modelling import load_and_validate

    return load_and_validate(*_SHARED[index])


def _cpu() -> float:
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def one(root: Path, mode: str, jobs: int, old: Path | None) -> dict[str, float]:
    """Load every file of ``root`` one way; the loading phase's wall and CPU seconds."""
    from ine_lint import parallel
    from ine_lint.discovery import discover, read_regular
    from ine_lint.schema import fast_validator

    sources, _ = discover(root)
    for kind in {s.kind for s in sources}:
        fast_validator(kind)  # as Loading does before forking
    module: Any = parallel
    if mode == "old" and old is not None:
        spec = importlib.util.spec_from_file_location("old_parallel", old)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    elif mode.startswith("ine-lint-"):
        parallel.FILES_PER_TASK = int(mode.rpartition("-")[2])
    module.PARALLEL_MIN_BYTES = 0  # the scheduler is timed at any scale
    wall, cpu = time.perf_counter(), _cpu()
    if mode.startswith("map-"):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        chunksize = int(mode.rpartition("-")[2])
        _SHARED[:] = [(s, read_regular(s.path)) for s in sources]
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            loaded = list(pool.map(_load, range(len(_SHARED)), chunksize=chunksize))
    else:
        loading = module.Loading(sources, None, jobs=1 if mode == "serial" else jobs)
        loaded = loading.finish()
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    assert len(loaded) == len(sources)
    return {"wall": wall, "cpu": cpu}


def spread(values: list[float], digits: int = 2) -> str:
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=10)
    parser.add_argument("--shape", default="lean")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[16], help="FILES_PER_TASK values to time"
    )
    parser.add_argument(
        "--map", type=int, nargs="*", default=[], help="chunksizes of a plain Executor.map"
    )
    parser.add_argument("--old", metavar="REV", help="also time parallel.py at this revision")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--one", nargs=2, metavar=("ROOT", "MODE"), help=argparse.SUPPRESS)
    parser.add_argument("--old-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(Path(args.one[0]), args.one[1], args.jobs, args.old_file)))
        return

    from generate import generate

    root = args.out / f"{args.shape}-x{args.scale:g}"
    generate(root, args.scale, shape=args.shape)
    files = sorted(root.rglob("*.yaml"))
    old_file = None
    if args.old:
        old_file = args.out / f"parallel-{args.old}.py"
        old_file.write_bytes(
            subprocess.run(
                ["git", "show", f"{args.old}:ine_lint/parallel.py"],
                cwd=HERE.parent,
                check=True,
                capture_output=True,
            ).stdout
        )
    print(
        f"{args.shape} {args.scale:g}×: {len(files)} files, "
        f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB; {args.jobs} processes; "
        f"load average {os.getloadavg()[0]:.2f} at the start",
        flush=True,
    )
    modes = [
        "serial",
        *(f"ine-lint-{k}" for k in dict.fromkeys(args.sizes)),
        *(f"map-{k}" for k in dict.fromkeys(args.map)),
        *(["old"] if old_file else []),
    ]
    runs: dict[str, list[dict[str, float]]] = {m: [] for m in modes}
    loads = []
    for i in range(args.rounds):
        for mode in modes if i % 2 == 0 else reversed(modes):
            cmd = [sys.executable, __file__, "--jobs", str(args.jobs), "--one", str(root), mode]
            if old_file:
                cmd += ["--old-file", str(old_file)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            runs[mode].append(json.loads(out))
        loads.append(os.getloadavg()[0])
        print(f"round {i + 1}/{args.rounds} done (load average {loads[-1]:.2f})", flush=True)
    print()
    print(
        f"{args.rounds} interleaved rounds, load average (1 min) {spread(loads)} "
        "after each round; median (min–max) over the rounds, ratios taken within each round"
    )
    print()
    print("| loading | wall s | CPU s | wall × serial | CPU × serial |")
    print("|---|---|---|---|---|")
    base = runs["serial"]
    for mode in modes:
        ratios = {
            key: [r[key] / b[key] for r, b in zip(runs[mode], base, strict=True)]
            for key in ("wall", "cpu")
        }
        print(
            f"| {mode} | {spread([r['wall'] for r in runs[mode]])} | "
            f"{spread([r['cpu'] for r in runs[mode]])} | {spread(ratios['wall'])} | "
            f"{spread(ratios['cpu'])} |"
        )


if __name__ == "__main__":
    main()
