"""Benchmark: ine-lint's own scheduler for parallel loading against the standard library's.

``ine_lint.parallel.Loading`` forks workers that inherit the files' bytes and take chunks
from a pipe of chunk numbers, while the parent process loads chunks too. The plain
alternative is ``concurrent.futures.ProcessPoolExecutor(mp_context=fork).map(...,
chunksize=...)``, the workers inheriting the same bytes and the parent only waiting. This
times the loading phase alone (read files → ``LoadedFile`` objects, no cache) of a generated
inventory, each way in its own process, in interleaved rounds:

- ``serial``: one process (``Loading(jobs=1)``);
- ``ine-lint``: ``Loading(jobs=N)`` (N - 1 workers and the parent);
- ``executor-K``: ``ProcessPoolExecutor(N).map(chunksize=K)`` (N workers; the parent waits).

Wall time and CPU time (the process and its waited-for children, user + system) of the
loading phase; figures are median (min–max) over the rounds. Usage::

    python bench/scheduler.py [--scale 10] [--shape lean] [--rounds 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
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


def one(root: Path, mode: str, jobs: int) -> dict[str, float]:
    """Load every file of ``root`` one way; the loading phase's wall and CPU seconds."""
    from ine_lint.discovery import discover, read_regular
    from ine_lint.parallel import Loading
    from ine_lint.schema import fast_validator

    sources, _ = discover(root)
    for kind in {s.kind for s in sources}:
        fast_validator(kind)  # as Loading does before forking
    wall, cpu = time.perf_counter(), _cpu()
    if mode in ("serial", "ine-lint"):
        loading = Loading(sources, None, jobs=1 if mode == "serial" else jobs)
        loaded = loading.finish()
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        chunksize = int(mode.rpartition("-")[2])
        _SHARED[:] = [(s, read_regular(s.path)) for s in sources]
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            loaded = list(pool.map(_load, range(len(_SHARED)), chunksize=chunksize))
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    assert len(loaded) == len(sources)
    return {"wall": wall, "cpu": cpu}


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=10)
    parser.add_argument("--shape", default="lean")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--chunksizes",
        type=int,
        nargs="+",
        default=[1, 16, 0],
        help="executor chunk sizes; 0 = files / (12 × jobs), ine-lint's cut",
    )
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--one", nargs=2, metavar=("ROOT", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(Path(args.one[0]), args.one[1], args.jobs)))
        return

    from generate import generate

    root = args.out / f"{args.shape}-x{args.scale:g}"
    generate(root, args.scale, shape=args.shape)
    files = sorted(root.rglob("*.yaml"))
    print(
        f"{args.shape} {args.scale:g}×: {len(files)} files, "
        f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB; {args.jobs} processes",
        flush=True,
    )
    sizes = [c or max(1, len(files) // (12 * args.jobs)) for c in args.chunksizes]
    modes = ["serial", "ine-lint", *(f"executor-{c}" for c in dict.fromkeys(sizes))]
    runs: dict[str, list[dict[str, float]]] = {m: [] for m in modes}
    for i in range(args.rounds):
        for mode in modes if i % 2 == 0 else reversed(modes):
            out = subprocess.run(
                [sys.executable, __file__, "--jobs", str(args.jobs), "--one", str(root), mode],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs[mode].append(json.loads(out))
        print(f"round {i + 1}/{args.rounds} done", flush=True)
    print()
    print("| loading | wall s | CPU s | wall × ine-lint (per round) |")
    print("|---|---|---|---|")
    for mode in modes:
        ratio = [r["wall"] / o["wall"] for r, o in zip(runs[mode], runs["ine-lint"], strict=True)]
        print(
            f"| {mode} | {spread([r['wall'] for r in runs[mode]])} | "
            f"{spread([r['cpu'] for r in runs[mode]])} | {spread(ratio)} |"
        )


if __name__ == "__main__":
    main()
