"""Benchmark: ine-lint against the cost of merely parsing the same YAML, in one run.

Generates a synthetic national inventory at scale 1 and 10 (``bench/generate.py``), then
times whole processes in rounds and prints medians, ratios and peak memory:

- floor: a Python process that only composes every file with PyYAML's C loader;
- cold: ``ine-lint check --no-cache``;
- warm: ``ine-lint check`` after editing one value of one file (a CAU ticket number), with
  the cache of the previous run;
- check-jsonschema with the project's schemas over the same files (if installed, once);
- ``ine-lint --help`` and ``ine-lint rules`` (start-up).

Machines are shared and their speed drifts from one minute to the next, so each round runs
every measure once, one after the other, and the ratios are taken within a round: the
figures reported are medians of those per-round ratios. Usage:
``python bench/run.py [--repeat N] [--scales 1 10]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

FLOOR = """
import sys, yaml
from pathlib import Path
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    with open(path, "rb") as handle:
        yaml.compose(handle, Loader=loader)
"""
KINDS = {"areas": "areas.yaml", "cncs": "cncs.yaml",
         "correos-genericos": "correos-genericos.yaml",
         "designaciones": "designaciones/*.yaml", "cuentas": "cuentas/*.yaml"}
#: (what, per-round ratio, limit)
TARGETS = [
    ("cold ≤ 1.5 × floor (scale 1)", ("cold@1", "floor@1"), 1.5),
    ("warm ≤ 0.5 × floor (scale 1)", ("warm@1", "floor@1"), 0.5),
    ("cold at scale 10 ≤ 11 × cold at scale 1", ("cold@10", "cold@1"), 11.0),
]
MEMORY_LIMIT_MB = 300
TICKET = re.compile(r"ticket_cau: CAU-(\d{4})-(\d{6})")


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one process, from wait4's rusage."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed with exit code {code}: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024


def edit_one_value(path: Path, original: str, i: int) -> None:
    """A real edit, not a comment: the first CAU ticket gets another number."""
    changed, count = TICKET.subn(lambda m: f"ticket_cau: CAU-{m.group(1)}-{i % 1_000_000:06d}",
                                 original, count=1)
    if count != 1:
        raise SystemExit(f"{path}: no ticket_cau to edit")
    path.write_text(changed, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()

    exe = Path(sys.executable).parent / "ine-lint"
    schemas = HERE.parent / "schemas"
    cache = args.out / "cache"
    # As on a user's machine: Python may keep compiled bytecode between runs.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"})
    roots = {}
    for scale in args.scales:
        roots[scale] = root = args.out / f"inventario-x{scale}"
        generate(root, scale)
        files = sorted(root.rglob("*.yaml"))
        size = sum(p.stat().st_size for p in files) / 1e6
        print(f"scale {scale}: {len(files)} files, {size:.1f} MB", flush=True)

    def check(scale: int) -> list[str]:
        return [str(exe), "check", str(roots[scale]), "--as-of", "2026-11-27", "--config",
                os.devnull, "--format", "json", "--output", os.devnull]

    measure([str(exe), "--help"], env)  # let the first run write the bytecode
    shutil.rmtree(cache, ignore_errors=True)
    victims = {s: roots[s] / "cuentas" / "JDE01-AGS.yaml" for s in args.scales}
    originals = {s: v.read_text(encoding="utf-8") for s, v in victims.items()}
    for scale in args.scales:
        measure(check(scale), env)  # prime the cache
    times: dict[str, list[float]] = defaultdict(list)
    peaks: dict[str, float] = defaultdict(float)

    def record(name: str, cmd: list[str]) -> None:
        elapsed, peak = measure(cmd, env)
        times[name].append(elapsed)
        peaks[name] = max(peaks[name], peak)

    try:
        for i in range(args.repeat):
            for scale in args.scales:
                record(f"floor@{scale}", [sys.executable, "-c", FLOOR, str(roots[scale])])
                record(f"cold@{scale}", [*check(scale), "--no-cache"])
                edit_one_value(victims[scale], originals[scale], time.time_ns() + i)
                record(f"warm@{scale}", check(scale))
            record("help", [str(exe), "--help"])
            record("rules", [str(exe), "rules"])
            record("python", [sys.executable, "-c", "pass"])
            print(f"round {i + 1}/{args.repeat} done", flush=True)
    finally:
        for scale, victim in victims.items():
            victim.write_text(originals[scale], encoding="utf-8")
    cj = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or \
        shutil.which("check-jsonschema")
    if cj and 1 in roots:  # tens of seconds, and ten times that at scale 10: once, scale 1
        script = " ; ".join(
            f"{cj} --schemafile {schemas / (kind + '.schema.json')} {roots[1]}/{pattern}"
            for kind, pattern in KINDS.items())
        record("check-jsonschema@1", ["sh", "-c", script])

    def ratio(a: str, b: str) -> float:
        """Median over rounds of a / b, both measured in the same round."""
        pairs = list(zip(times[a], times[b], strict=False))
        return statistics.median(x / y for x, y in pairs)

    from tabulate import tabulate

    rows = []
    for name, values in times.items():
        scale = name.split("@")[1] if "@" in name else ""
        floor = f"floor@{scale}"
        shown = f"{ratio(name, floor):.2f}" if scale and floor in times and \
            len(times[name]) == len(times[floor]) else ""
        if name.startswith("check-jsonschema"):
            shown = f"{values[0] / statistics.median(times[floor]):.1f}"
        rows.append((name, f"{statistics.median(values):.3f}", f"{min(values):.3f}", shown,
                     f"{peaks[name]:.0f}"))
    print(tabulate(rows, headers=("measure", "median s", "min s", "× floor", "peak MB")))
    print()
    summary: dict[str, float] = {}
    for label, (a, b), limit in TARGETS:
        if a in times and b in times:
            value = summary[label] = ratio(a, b)
            print(f"{'meets' if value <= limit else 'MISSES'}  {label}: {value:.2f}")
    for scale in args.scales:
        peak = max(peaks[f"cold@{scale}"], peaks[f"warm@{scale}"])
        if scale == 10:
            print(f"{'meets' if peak <= MEMORY_LIMIT_MB else 'MISSES'}  peak memory at "
                  f"scale 10 ≤ {MEMORY_LIMIT_MB} MB: {peak:.0f} MB")
    print(f"start-up: --help {ratio('help', 'python'):.1f} × and rules "
          f"{ratio('rules', 'python'):.1f} × a bare Python start")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(
        {"times": times, "peak_mb": peaks, "targets": summary}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
