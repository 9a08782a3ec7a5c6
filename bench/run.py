"""Benchmark: ine-lint against the cost of merely parsing the same YAML.

Generates synthetic national inventories (``bench/generate.py``) of two shapes, ``lean``
(like a real one today: 707 files, 2.2 MB at scale 1) and ``heavy`` (years of history:
707 files, 4.2 MB), at scales 0.1 and 1 (and 10 with ``--full``), then times whole
processes in rounds:

- floor: a Python process that only composes every file with PyYAML's C loader;
- cold: ``ine-lint check --no-cache``;
- warm: ``ine-lint check`` after editing one value of one file (a CAU ticket number), with
  the cache of the previous run;
- start-up: ``ine-lint --help`` and ``ine-lint rules`` against ``python -c "import yaml"``.

A shared machine's speed drifts from one second to the next, so every round runs every
measure once, one after the other (in the opposite order every other round), and each
ratio is taken within its round: cold / floor of round 3 divides two runs made seconds
apart. The figures are the minimum, median and maximum of those per-round ratios, for wall
time and for CPU time (user + system of the process and its children, from ``wait4``),
which contention for the cores disturbs less. Peak memory is the largest resident set of
any process of the run (``ru_maxrss``). Usage::

    python bench/run.py [--rounds 7] [--full] [--shapes lean heavy] [--scales 0.1 1]

The table printed at the end is the one in README.md's Performance section.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import SHAPES, generate  # noqa: E402

FLOOR = """
import sys, yaml
from pathlib import Path
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    with open(path, "rb") as handle:
        yaml.compose(handle, Loader=loader)
"""
KINDS = {
    "areas": "areas.yaml",
    "cncs": "cncs.yaml",
    "correos-genericos": "correos-genericos.yaml",
    "designaciones": "designaciones/*.yaml",
    "cuentas": "cuentas/*.yaml",
}
#: Limits of issue 14, on the median of the per-round wall-time ratios.
COLD_LIMIT = {0.1: 3.0, 1.0: 1.5, 10.0: 1.5}
WARM_LIMIT = 0.5
HELP_LIMIT = 3.0
MEMORY_LIMIT_MB = 300
TICKET = re.compile(r"ticket_cau: CAU-(\d{4})-(\d{6})")


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system, the process and every child it waited for
    peak_mb: float


@dataclass
class Results:
    runs: dict[str, list[Run]] = field(default_factory=lambda: defaultdict(list))

    def ratios(self, a: str, b: str, what: str = "wall") -> list[float]:
        """a / b for each round in which both ran."""
        return [
            getattr(x, what) / getattr(y, what)
            for x, y in zip(self.runs[a], self.runs[b], strict=True)
        ]


def measure(cmd: list[str], env: dict[str, str]) -> Run:
    """One process: wall time, CPU time and peak memory, from wait4's rusage.

    ``ru_maxrss`` of wait4 is the largest of the process and of the children it waited
    for, so a forked worker's peak counts too.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"exit code {code}: {' '.join(cmd)}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def edit_one_value(path: Path, original: str, i: int) -> None:
    """A real edit, not a comment: the first CAU ticket gets another number."""
    changed, count = TICKET.subn(
        lambda m: f"ticket_cau: CAU-{m.group(1)}-{i % 1_000_000:06d}", original, count=1
    )
    if count != 1:
        raise SystemExit(f"{path}: no ticket_cau to edit")
    path.write_text(changed, encoding="utf-8")


def spread(values: list[float], digits: int = 2) -> str:
    """median (min–max)"""
    if not values:
        return "—"
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f})"
    )


def scale_label(scale: float) -> str:
    return f"{scale:g}×"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds",
        "--repeat",
        type=int,
        default=7,
        help="interleaved rounds (default 7; at least 7 for quoted figures)",
    )
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--scales", type=float, nargs="+", default=[0.1, 1.0])
    parser.add_argument(
        "--full",
        action="store_true",
        help="also scale 10 (several minutes more; the README's figures use it)",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also time check-jsonschema once on each shape at scale 1",
    )
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    scales = sorted(set(args.scales) | ({10.0} if args.full else set()))

    exe = Path(sys.executable).parent / "ine-lint"
    cache = args.out / "cache"
    # As on a user's machine: Python may keep compiled bytecode between runs.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"})
    cases = [(shape, scale) for shape in args.shapes for scale in scales]
    roots: dict[tuple[str, float], Path] = {}
    sizes: dict[tuple[str, float], tuple[int, float]] = {}
    for shape, scale in cases:
        root = roots[shape, scale] = args.out / f"{shape}-x{scale:g}"
        generate(root, scale, shape=shape)
        files = sorted(root.rglob("*.yaml"))
        sizes[shape, scale] = (len(files), sum(p.stat().st_size for p in files) / 1e6)
        print(
            f"{shape} {scale_label(scale)}: {len(files)} files, {sizes[shape, scale][1]:.1f} MB",
            flush=True,
        )

    def check(case: tuple[str, float]) -> list[str]:
        return [
            str(exe),
            "check",
            str(roots[case]),
            "--as-of",
            "2026-11-27",
            "--config",
            os.devnull,
            "--format",
            "json",
            "--output",
            os.devnull,
        ]

    measure([str(exe), "--help"], env)  # let the first run write the bytecode
    shutil.rmtree(cache, ignore_errors=True)
    victims = {c: roots[c] / "cuentas" / "JDE01-AGS.yaml" for c in cases}
    originals = {c: v.read_text(encoding="utf-8") for c, v in victims.items()}
    for case in cases:
        measure(check(case), env)  # prime the cache
    results = Results()

    def name(case: tuple[str, float], what: str) -> str:
        return f"{what}@{case[0]}-{case[1]:g}"

    steps: list[tuple[str, list[str] | None, tuple[str, float] | None]] = []
    for case in cases:
        steps += [
            (name(case, "floor"), [sys.executable, "-c", FLOOR, str(roots[case])], None),
            (name(case, "cold"), [*check(case), "--no-cache"], None),
            (name(case, "warm"), check(case), case),
        ]
    steps += [
        ("import-yaml", [sys.executable, "-c", "import yaml"], None),
        ("help", [str(exe), "--help"], None),
        ("rules", [str(exe), "rules"], None),
    ]
    started = time.perf_counter()
    try:
        for i in range(args.rounds):
            # Every other round in the opposite order, so that no measure always follows
            # the same neighbour (a cold run's freed memory, a warm file cache).
            for what, cmd, edit in steps if i % 2 == 0 else reversed(steps):
                if edit is not None:
                    edit_one_value(victims[edit], originals[edit], time.time_ns() + i)
                assert cmd is not None
                results.runs[what].append(measure(cmd, env))
            print(
                f"round {i + 1}/{args.rounds} done ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    finally:
        for case, victim in victims.items():
            victim.write_text(originals[case], encoding="utf-8")

    compared: dict[str, float] = {}
    cj = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which(
        "check-jsonschema"
    )
    if args.compare and cj:
        schemas = HERE.parent / "schemas"
        for shape in args.shapes:
            if (shape, 1.0) not in roots:
                continue
            script = " ; ".join(
                f"{cj} --schemafile {schemas / (kind + '.schema.json')} "
                f"{roots[shape, 1.0]}/{pattern}"
                for kind, pattern in KINDS.items()
            )
            run = measure(["sh", "-c", script], env)
            floor = statistics.median(r.wall for r in results.runs[name((shape, 1.0), "floor")])
            compared[shape] = run.wall / floor

    report(args, cases, sizes, results, compared)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(
        json.dumps(
            {
                "when": datetime.now(UTC).isoformat(timespec="seconds"),
                "cores": os.cpu_count(),
                "python": platform.python_version(),
                "rounds": args.rounds,
                "sizes": {f"{s}-{c:g}": v for (s, c), v in sizes.items()},
                "runs": {k: [vars(r) for r in v] for k, v in results.runs.items()},
                "check_jsonschema_x_floor": compared,
            },
            indent=2,
        ),
        encoding="utf-8",
    )


def report(
    args: argparse.Namespace,
    cases: list[tuple[str, float]],
    sizes: dict[tuple[str, float], tuple[int, float]],
    results: Results,
    compared: dict[str, float],
) -> None:
    def name(case: tuple[str, float], what: str) -> str:
        return f"{what}@{case[0]}-{case[1]:g}"

    print()
    print(
        f"{args.rounds} interleaved rounds, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; ratios: median (min–max) over the rounds"
    )
    print()
    print(
        "| shape | scale | files | MB | floor s | cold × floor | cold CPU × floor CPU "
        "| warm × floor | warm CPU × floor CPU | peak MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    verdicts = []
    for case in cases:
        shape, scale = case
        floor, cold, warm = (name(case, w) for w in ("floor", "cold", "warm"))
        files, mb = sizes[case]
        peak = max(r.peak_mb for r in results.runs[cold] + results.runs[warm])
        cold_wall = results.ratios(cold, floor)
        warm_wall = results.ratios(warm, floor)
        print(
            f"| {shape} | {scale_label(scale)} | {files:,} | {mb:.1f} | "
            f"{statistics.median(r.wall for r in results.runs[floor]):.2f} | "
            f"{spread(cold_wall)} | {spread(results.ratios(cold, floor, 'cpu'))} | "
            f"{spread(warm_wall)} | {spread(results.ratios(warm, floor, 'cpu'))} | "
            f"{peak:.0f} |"
        )
        limit = COLD_LIMIT.get(scale)
        if limit is not None:
            verdicts.append(
                (
                    f"cold ≤ {limit:g} × floor ({shape}, {scale_label(scale)})",
                    statistics.median(cold_wall),
                    limit,
                )
            )
        verdicts.append(
            (
                f"warm ≤ {WARM_LIMIT:g} × floor ({shape}, {scale_label(scale)})",
                statistics.median(warm_wall),
                WARM_LIMIT,
            )
        )
        if scale == 10.0:
            verdicts.append(
                (f"peak memory ≤ {MEMORY_LIMIT_MB} MB ({shape}, 10×)", peak, MEMORY_LIMIT_MB)
            )
    print()
    yaml_s = statistics.median(r.wall for r in results.runs["import-yaml"])
    print('| start-up | s | × `python -c "import yaml"` | CPU × |')
    print("|---|---|---|---|")
    print(f'| `python -c "import yaml"` | {yaml_s:.3f} | 1.00 | 1.00 |')
    for what, label in (("help", "`ine-lint --help`"), ("rules", "`ine-lint rules`")):
        print(
            f"| {label} | {statistics.median(r.wall for r in results.runs[what]):.3f} | "
            f"{spread(results.ratios(what, 'import-yaml'))} | "
            f"{spread(results.ratios(what, 'import-yaml', 'cpu'))} |"
        )
    verdicts.append(
        (
            f"ine-lint --help ≤ {HELP_LIMIT:g} × import yaml",
            statistics.median(results.ratios("help", "import-yaml")),
            HELP_LIMIT,
        )
    )
    for shape, value in compared.items():
        print(f"\ncheck-jsonschema, same schemas and files ({shape}, 1×): {value:.1f} × floor")
    print()
    for label, value, limit in verdicts:
        print(f"{'meets ' if value <= limit else 'MISSES'}  {label}: {value:.2f}")


if __name__ == "__main__":
    main()
