"""Paths in the terminal formats: relative to where the command runs when the inventory is
there or below it, relative to the inventory root when run from inside it, never absolute
because of which of its folders the user stands in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint.cli import main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def sample(tmp_path, monkeypatch):
    shutil.copytree(REPO / "inventories", tmp_path / "inventories")
    shutil.copy(REPO / ".ine-lint.yaml", tmp_path / ".ine-lint.yaml")
    return tmp_path


def shown(*args: str) -> list[str]:
    r = CliRunner().invoke(
        main,
        ["check", "--as-of", "2026-11-27", "--format", "conciso", "--no-cache", *args],
        catch_exceptions=False,
    )
    assert r.exit_code == 1, r.output
    return [line.split(":", 1)[0] for line in r.output.splitlines() if ".yaml:" in line]


EXPECTED = [
    "cuentas/JDE02-AGS.yaml",
    "cuentas/JDE03-AGS.yaml",
    "cuentas/JLE-AGS.yaml",
    "cuentas/JLE-COL.yaml",
    "cuentas/JLE-COL.yaml",
    "designaciones/DECEYEC.yaml",
    "designaciones/JDE03-AGS.yaml",
    "designaciones/JDE03-AGS.yaml",
]


def test_from_the_repository_root_paths_start_at_it(sample, monkeypatch):
    monkeypatch.chdir(sample)
    assert shown() == [f"inventories/{p}" for p in EXPECTED]


@pytest.mark.parametrize(
    "where", ["inventories", "inventories/cuentas", "inventories/designaciones"]
)
def test_from_inside_the_inventory_paths_are_relative_to_its_root(sample, monkeypatch, where):
    monkeypatch.chdir(sample / where)
    assert shown() == EXPECTED
    r = CliRunner().invoke(
        main, ["check", "--as-of", "2026-11-27", "--no-cache"], catch_exceptions=False
    )
    firsts = [line.split(":", 1)[0] for line in r.output.splitlines() if ".yaml:" in line]
    assert firsts == EXPECTED
    assert str(sample) not in r.output


def test_a_file_argument_from_its_folder(sample, monkeypatch):
    monkeypatch.chdir(sample / "inventories" / "cuentas")
    assert shown("JDE02-AGS.yaml") == ["cuentas/JDE02-AGS.yaml"]
