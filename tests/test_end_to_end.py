"""The installed ``ine-lint`` command on the shipped inventory, as the README runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO

AS_OF = "2026-11-27"  # the date the sample inventory describes (see README)

EXPECTED = [
    ("inventories/cuentas/JDE02-AGS.yaml", 22, "4.3.VIII", "error", "facebook/INEJDE02Ags"),
    ("inventories/cuentas/JDE03-AGS.yaml", 39, "4.1.III", "error", "x/INEJDE03Ags"),
    ("inventories/cuentas/JLE-AGS.yaml", 65, "4.3.VII", "warning", "instagram/ineags"),
    ("inventories/cuentas/JLE-COL.yaml", 52, "4.3.IV", "error", "x/INEColima"),
    ("inventories/cuentas/JLE-COL.yaml", 63, "4.3.V", "error", "tiktok/inecolima"),
    ("inventories/designaciones/DECEYEC.yaml", 66, "4.2.V", "error", "DECEYEC"),
    ("inventories/designaciones/JDE03-AGS.yaml", 51, "4.2.V", "error", "JDE03-AGS"),
    (
        "inventories/designaciones/JDE03-AGS.yaml",
        66,
        "4.5.III",
        "warning",
        "diana.ruvalcaba@ine.mx",
    ),
]
SUPPRESSED = [
    ("inventories/cuentas/CNCS.yaml", 114, "4.3.VIII", "# ine-lint: ignorar 4.3.VIII"),
    ("inventories/cuentas/DECEYEC.yaml", 55, "4.3.V", "excepción INE/CNCS/0456/2026"),
]


def ine_lint(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "ine-lint"
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_shipped_inventory_gives_exactly_the_documented_findings():
    r = ine_lint(
        "check",
        "inventories",
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--show-suppressed",
        "--no-cache",
    )
    assert r.returncode == 1, r.stderr
    doc = json.loads(r.stdout)
    got = [(f["path"], f["line"], f["rule"], f["severity"], f["subject"]) for f in doc["findings"]]
    assert got == EXPECTED
    sup = [(f["path"], f["line"], f["rule"], f["suppressed_by"]) for f in doc["suppressed"]]
    assert [s[:3] for s in sup] == [s[:3] for s in SUPPRESSED]
    assert all(s[3].startswith(e[3]) for s, e in zip(sup, SUPPRESSED, strict=True))
    assert doc["summary"]["files"] == 17


def test_text_output_and_exit_code_of_the_readme_command():
    r = ine_lint("check", "inventories", "--as-of", AS_OF)
    assert r.returncode == 1 and r.stderr == ""
    assert "Resumen: 6 errores, 2 advertencias, 0 avisos; 17 archivos revisados" in r.stdout
    assert "Traceback" not in r.stdout


def test_module_entry_point_and_startup(tmp_path):
    exe = sys.executable
    r = subprocess.run(
        [exe, "-m", "ine_lint", "rules"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert r.returncode == 0 and "4.3.VIII" in r.stdout
    # --help must not import the heavy modules (jsonschema, holidays, the rules).
    probe = (
        "import sys, ine_lint.cli as c\n"
        "from click.testing import CliRunner\n"
        "CliRunner().invoke(c.main, ['--help'])\n"
        "print(sorted(m for m in ('jsonschema', 'holidays', 'yaml') if m in sys.modules))"
    )
    r = subprocess.run([exe, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert r.stdout.strip() == "[]", r.stdout + r.stderr
    # rules takes the catalogue shipped validated in the package, from the first run on:
    # no YAML, no schema compiler, no loader.
    probe = (
        "import sys, ine_lint.cli as c\n"
        "from click.testing import CliRunner\n"
        "CliRunner().invoke(c.main, ['rules'])\n"
        "print(sorted(m for m in ('jsonschema', 'fastjsonschema', 'holidays', 'yaml',"
        " 'ine_lint.loader') if m in sys.modules))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "fresh")}
    for _ in range(2):
        r = subprocess.run(
            [exe, "-c", probe], capture_output=True, text=True, timeout=60, check=False, env=env
        )
        assert r.stdout.strip() == "[]", r.stdout + r.stderr


def test_runs_from_any_directory(tmp_path):
    r = ine_lint(
        "check",
        str(REPO / "inventories"),
        "--as-of",
        AS_OF,
        "--config",
        str(REPO / ".ine-lint.yaml"),
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert r.returncode == 1
    assert len(json.loads(r.stdout)["findings"]) == len(EXPECTED)
