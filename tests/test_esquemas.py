"""ine-lint esquemas DIR: the JSON Schemas for editors, as check-jsonschema reads them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from conftest import REPO

from ine_lint.cli import main
from ine_lint.resources import data_dir

BIN = Path(sys.executable).parent


def export(folder: Path, *args: str):
    return CliRunner().invoke(main, ["esquemas", str(folder), *args], catch_exceptions=False)


def cjs(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "check-jsonschema"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_exports_every_shipped_schema_byte_for_byte(tmp_path):
    r = export(tmp_path / "esquemas")
    assert r.exit_code == 0, r.output
    shipped = sorted(data_dir("schemas").glob("*.schema.json"))
    assert len(shipped) == 6
    for source in shipped:
        assert (tmp_path / "esquemas" / source.name).read_bytes() == source.read_bytes()
    assert "cuentas/<CLAVE>.yaml" in r.output
    again = export(tmp_path / "esquemas", "--lang", "en")
    assert again.exit_code == 0 and again.output.count("unchanged") == 6


def test_a_file_in_the_way_is_exit_2(tmp_path):
    (tmp_path / "x").write_text("", encoding="utf-8")
    r = export(tmp_path / "x")
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1


def test_editors_validator_accepts_the_sample_and_catches_a_typo(tmp_path):
    """check-jsonschema stands in for the editor: same schemas, same files."""
    folder = tmp_path / "esquemas"
    assert export(folder).exit_code == 0
    assert cjs("--check-metaschema", *map(str, sorted(folder.glob("*.json")))).returncode == 0
    sample = REPO / "inventories"
    for name, files in (
        ("cuentas", sorted((sample / "cuentas").glob("*.yaml"))),
        ("designaciones", sorted((sample / "designaciones").glob("*.yaml"))),
        ("areas", [sample / "areas.yaml"]),
    ):
        r = cjs("--schemafile", str(folder / f"{name}.schema.json"), *map(str, files))
        assert r.returncode == 0, r.stdout + r.stderr
    typo = tmp_path / "JDE01-AGS.yaml"
    typo.write_text(
        (sample / "cuentas" / "JDE01-AGS.yaml")
        .read_text(encoding="utf-8")
        .replace("    accesos:", "    acesos:", 1),
        encoding="utf-8",
    )
    assert cjs("--schemafile", str(folder / "cuentas.schema.json"), str(typo)).returncode == 1


def test_the_modeline_changes_nothing_for_ine_lint(tmp_path, monkeypatch):
    work = tmp_path / "repo"
    shutil.copytree(REPO / "inventories", work / "inventories")
    monkeypatch.chdir(work)
    args = [
        "check",
        "inventories",
        "--as-of",
        "2026-11-27",
        "--no-cache",
        "--format",
        "json",
        "--config",
        "/dev/null",
    ]
    before = CliRunner().invoke(main, args, catch_exceptions=False).output
    for path in (work / "inventories").rglob("*.yaml"):
        kind = path.parent.name if path.parent.name in ("cuentas", "designaciones") else path.stem
        depth = "../" * len(path.relative_to(work).parts[:-1])
        path.write_text(
            f"# yaml-language-server: $schema={depth}.vscode/ine-lint/"
            f"{kind}.schema.json\n" + path.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    after = CliRunner().invoke(main, args, catch_exceptions=False).output
    # Every finding moves down one line and is otherwise the same.
    strip = __import__("re").compile(r'"line": \d+,')
    assert strip.sub("", before) == strip.sub("", after) and before != after
