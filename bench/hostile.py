"""Time ``ine-lint check`` on the hostile inputs of issue 9, one process each.

Each input is one file added to a copy of the compliant test inventory (``tests/data/base``),
built here, never committed. Every run has a time limit; a run that reaches it is shown as
``> LIMIT``. Output: input, seconds (wall), bytes of the file, bytes of JSON report, exit code.

    python bench/hostile.py [--limit SECONDS] [--only NAME ...]

Run it from the checkout to measure that checkout (``PYTHONPATH`` may point elsewhere, to
measure another version with the same interpreter).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE.parent / "tests" / "data" / "base"
HEAD = "area: JDE02-AGS\ncuentas: []\n"


def _base32_words() -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    words = ("".join(alphabet[(i * 7 + k * 13) % 32] for k in range(16)) for i in range(60_000))
    return HEAD + "# " + " ".join(words) + "\n"


def _alias_bomb() -> str:
    big = "a" * (4 * 2**20)
    refs = ", ".join(["*x"] * 5_000)
    return f"area: JDE02-AGS\ncuentas: []\nnota: &x {big}\notra: [{refs}]\n"


def _aliased_links() -> str:
    """An account linked to 10,000 copies (aliases) of a 20 KB account reference."""
    ref = "x/" + "u" * 20_000
    links = ", ".join(["*r"] * 10_000)
    return (
        "area: JDE02-AGS\ncuentas:\n  - red: x\n    usuario: u\n    url: &r " + ref + "\n"
        "    alta: 2026-01-05\n    registro: correo\n    vinculada_a: [" + links + "]\n"
    )


def _unknown_keys() -> str:
    keys = "".join(f"    clave_desconocida_{i}: 1\n" for i in range(200_000))
    return (
        "area: JDE02-AGS\ncuentas:\n  - red: x\n    usuario: u\n    alta: 2026-01-05\n"
        "    registro: correo\n" + keys
    )


INPUTS: dict[str, Callable[[], str]] = {
    "secretos: comentario de 60.000 palabras base32 (1 MB)": _base32_words,
    "directiva: # ine-lint: ignorar + 1.000.000 espacios": lambda: (
        HEAD + "# ine-lint: ignorar" + " " * 1_000_000 + "\n"
    ),
    "150.000 líneas '# pin: 1'": lambda: HEAD + "# pin: 1\n" * 150_000,
    "sexagesimal x: 1:1:1:... (500.000 partes)": lambda: (
        HEAD + "x: " + ":".join(["1"] * 500_000) + "\n"
    ),
    "alias a un escalar de 4 MB usado 5.000 veces": _alias_bomb,
    "10.000 alias de una referencia de 20 KB en vinculada_a": _aliased_links,
    "200.000 claves desconocidas": _unknown_keys,
    "16 MB de una sola línea": lambda: HEAD + "# " + "a" * (16 * 2**20 - 40) + "\n",
    "16 MB de líneas 'k: v'": lambda: HEAD + "k: v\n" * ((16 * 2**20 - 40) // 5),
}


def run(name: str, text: str, limit: float) -> tuple[str, int, int, int | str]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "inv"
        shutil.copytree(BASE, root)
        target = root / "cuentas" / "JDE02-AGS.yaml"
        target.write_text(text, encoding="utf-8")
        report = Path(tmp) / "informe.json"
        cmd = [
            sys.executable,
            "-P",
            "-m",
            "ine_lint",
            "check",
            str(root),
            "--as-of",
            "2026-11-30",
            "--config",
            os.devnull,
            "--no-cache",
            "--format",
            "json",
            "--output",
            str(report),
        ]
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=limit)
            seconds = f"{time.perf_counter() - start:.2f}"
            code: int | str = proc.returncode
        except subprocess.TimeoutExpired:
            seconds, code = f"> {limit:.0f}", "-"
        size = report.stat().st_size if report.exists() else 0
        return seconds, len(text.encode()), size, code


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    print("| entrada | s | bytes del archivo | bytes del JSON | salida |")
    print("|---|---|---|---|---|")
    for name, make in INPUTS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        seconds, size, report, code = run(name, make(), args.limit)
        print(f"| {name} | {seconds} | {size:,} | {report:,} | {code} |", flush=True)


if __name__ == "__main__":
    main()
