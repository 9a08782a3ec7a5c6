"""Benchmark: ine-lint against the cost of merely parsing the same YAML, in one run.

Generates a synthetic national inventory at scale 1 and 10 (``bench/generate.py``), then
times whole processes several times each and prints medians, ratios and peak memory:

- floor: a Python process that only composes every file with PyYAML's C loader;
- cold: ``ine-lint check --no-cache``;
- warm: ``ine-lint check`` after changing one file, with the previous run's cache;
- check-jsonschema with the project's schemas over the same files (if installed);
- ``ine-lint --help`` and ``ine-lint rules`` (start-up).

Every figure is a ratio against a baseline measured in the same run, so the machine's speed
and load matter as little as possible. Usage: ``python bench/run.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
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
TARGETS = [
    ("cold ≤ 1.5 × floor (scale 1)", lambda r: r["cold@1"] / r["floor@1"], 1.5),
    ("warm ≤ 0.5 × floor (scale 1)", lambda r: r["warm@1"] / r["floor@1"], 0.5),
    ("cold scale 10 ≤ 11 × scale 1", lambda r: r["cold@10"] / r["cold@1"], 11.0),
]


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak resident memory (KB) of one process, from wait4's rusage."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed with exit code {proc.returncode}: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss


def series(name: str, cmd: list[str], env: dict[str, str], repeat: int,
           before: object = None) -> dict[str, float]:
    times, peaks = [], []
    for i in range(repeat):
        if callable(before):
            before(i)
        t, rss = measure(cmd, env)
        times.append(t)
        peaks.append(rss)
    return {"median_s": statistics.median(times), "min_s": min(times),
            "peak_mb": max(peaks) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()

    exe = Path(sys.executable).parent / "ine-lint"
    schemas = HERE.parent / "schemas"
    cache = args.out / "cache"
    # As on a user's machine: Python may keep compiled bytecode between runs.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"})
    results: dict[str, dict[str, float]] = {}
    for scale in args.scales:
        root = args.out / f"inventario-x{scale}"
        generate(root, scale)
        files = sorted(root.rglob("*.yaml"))
        size = sum(p.stat().st_size for p in files) / 1e6
        print(f"scale {scale}: {len(files)} files, {size:.1f} MB", flush=True)
        check = [str(exe), "check", str(root), "--as-of", "2026-11-27", "--config",
                 os.devnull, "--format", "json", "--output", os.devnull]
        results[f"floor@{scale}"] = series("floor", [sys.executable, "-c", FLOOR, str(root)],
                                           env, args.repeat)
        results[f"cold@{scale}"] = series("cold", [*check, "--no-cache"], env, args.repeat)
        shutil.rmtree(cache, ignore_errors=True)
        measure(check, env)  # prime the cache
        victim = root / "cuentas" / "JDE01-AGS.yaml"
        original = victim.read_text(encoding="utf-8")

        def touch(i: int, victim: Path = victim, original: str = original) -> None:
            victim.write_text(original + f"# cambio {time.time_ns()} {i}\n", encoding="utf-8")

        results[f"warm@{scale}"] = series("warm", check, env, args.repeat, before=touch)
        victim.write_text(original, encoding="utf-8")
        cj = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or \
            shutil.which("check-jsonschema")
        if cj and scale == 1:  # ten times as long at scale 10, and says nothing new
            script = " ; ".join(
                f"{cj} --schemafile {schemas / (kind + '.schema.json')} {root}/{pattern}"
                for kind, pattern in KINDS.items())
            results[f"check-jsonschema@{scale}"] = series(
                "check-jsonschema", ["sh", "-c", script], env, max(1, args.repeat // 2))
    measure([str(exe), "--help"], env)  # let the first run write the bytecode
    results["help"] = series("help", [str(exe), "--help"], env, args.repeat)
    results["rules"] = series("rules", [str(exe), "rules"], env, args.repeat)
    results["python"] = series("python", [sys.executable, "-c", "pass"], env, args.repeat)

    from tabulate import tabulate

    rows = []
    for name, r in results.items():
        scale = name.split("@")[1] if "@" in name else "1"
        floor = results.get(f"floor@{scale}", {}).get("median_s")
        ratio = f"{r['median_s'] / floor:.2f}" if floor and "@" in name else ""
        rows.append((name, f"{r['median_s']:.3f}", ratio, f"{r['peak_mb']:.0f}"))
    print(tabulate(rows, headers=("measure", "median s", "× floor", "peak MB")))
    flat = {k: v["median_s"] for k, v in results.items()}
    print()
    for label, ratio_of, limit in TARGETS:
        try:
            value = ratio_of(flat)
        except KeyError:
            continue
        print(f"{'meets' if value <= limit else 'MISSES'}  {label}: {value:.2f}")
    if "cold@10" in results:
        peak = results["cold@10"]["peak_mb"]
        print(f"{'meets' if peak <= 300 else 'MISSES'}  peak memory at scale 10 ≤ 300 MB: "
              f"{peak:.0f} MB")
    print(f"start-up: --help {flat['help'] / flat['python']:.1f} × and rules "
          f"{flat['rules'] / flat['python']:.1f} × a bare Python start")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
