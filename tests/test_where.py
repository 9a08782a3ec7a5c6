"""Where the inventory is, what ``ine-lint`` alone accepts, and where a report may go."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint.cli import main


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def inside(inv, monkeypatch):  # type: ignore[no-untyped-def]
    """The current directory is the inventory's cuentas/ folder, with no configuration."""
    monkeypatch.chdir(inv.path("cuentas"))
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    return inv


def test_root_found_upward_without_arguments(inside):
    r = run("--as-of", "2026-11-30")
    assert r.exit_code == 1 and "4.1.III" in r.output


def test_root_found_upward_with_a_file_argument(inside):
    r = run("check", "JDE01-AGS.yaml", "--as-of", "2026-11-30")
    assert r.exit_code == 1 and "4.1.III" in r.output


@pytest.mark.parametrize(
    "args", [("-q",), ("--as-of", "2026-11-30"), (".",), ("--format", "json"), ("--select", "4.1")]
)
def test_ine_lint_alone_takes_every_check_option(inside, args):
    r = run(*args)
    assert r.exit_code == 1, r.output
    assert "4.1.III" in r.output


@pytest.mark.parametrize("args", [(".",), ("check", ".")])
def test_a_repository_root_means_the_inventory_its_configuration_names(inv, monkeypatch, args):
    """``ine-lint .`` where ``.ine-lint.yaml`` says ``inventario: <folder>/``."""
    repo = inv.root.parent
    (repo / ".ine-lint.yaml").write_text(f"inventario: {inv.root.name}/\n", encoding="utf-8")
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    monkeypatch.chdir(repo)
    r = run(*args, "--as-of", "2026-11-30")
    assert r.exit_code == 1, r.output
    assert "4.1.III" in r.output


def test_ine_lint_alone_quiet_has_no_summary(inside):
    assert "Resumen" not in run("-q", "--as-of", "2026-11-30").output
    assert "Resumen" in run("--as-of", "2026-11-30").output


def test_missing_areas_yaml_is_exit_2_with_a_file_argument(inside):
    inside.path("areas.yaml").unlink()
    r = run("check", "JDE01-AGS.yaml", "--as-of", "2026-11-30")
    assert r.exit_code == 2
    assert r.output.count("\n") == 1 and "no tiene areas.yaml" in r.output


def test_missing_areas_yaml_is_exit_2_without_arguments(inv):
    inv.path("areas.yaml").unlink()
    r = run("check", str(inv.root), "--config", "/dev/null")
    assert r.exit_code == 2 and "no tiene areas.yaml" in r.output


@pytest.mark.parametrize("target", ["cuentas/NUEVO.txt", "cuentas/JDE01-AGS.yaml", "informe.json"])
def test_output_inside_the_inventory_is_refused(inv, target):
    before = {p: p.read_bytes() for p in inv.root.rglob("*") if p.is_file()}
    r = run("check", str(inv.root), "--config", "/dev/null", "-o", str(inv.path(target)))
    assert r.exit_code == 2 and r.output.count("\n") == 1
    assert "dentro del inventario" in r.output
    assert {p: p.read_bytes() for p in inv.root.rglob("*") if p.is_file()} == before


def test_output_over_an_existing_yaml_is_refused(inv, tmp_path):
    target = tmp_path / "otro.yaml"
    target.write_text("clave: valor\n", encoding="utf-8")
    r = run("check", str(inv.root), "--config", "/dev/null", "-o", str(target))
    assert r.exit_code == 2 and target.read_text(encoding="utf-8") == "clave: valor\n"
    # A new file, or a report format's own file, is fine.
    r = run(
        "check",
        str(inv.root),
        "--config",
        "/dev/null",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path / "informe.txt"),
    )
    assert r.exit_code == 0 and (tmp_path / "informe.txt").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
class TestStaged:
    @pytest.fixture
    def repo(self, inv, monkeypatch):  # type: ignore[no-untyped-def]
        root = inv.root
        env = {
            "GIT_AUTHOR_NAME": "P",
            "GIT_AUTHOR_EMAIL": "p@ine.mx",
            "GIT_COMMITTER_NAME": "P",
            "GIT_COMMITTER_EMAIL": "p@ine.mx",
        }
        monkeypatch.chdir(root)
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        subprocess.run(["git", "add", "-A"], cwd=root, check=True)
        subprocess.run(["git", "commit", "-q", "-m", "x"], cwd=root, check=True)
        return inv

    def test_nothing_staged_checks_everything(self, repo):
        # «pre-commit run --all-files» in CI stages nothing: the whole inventory is judged.
        r = run("check", "--staged", "--as-of", "2026-11-30")
        assert r.exit_code == 0 and "se revisa todo el inventario" in r.output
        repo.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
        r = run("check", "--staged", "--as-of", "2026-11-30")
        assert r.exit_code == 1 and "4.1.III" in r.output

    def test_staged_deletion_of_a_shared_file_is_judged_on_everything(self, repo):
        subprocess.run(["git", "rm", "-q", "cncs.yaml"], cwd=repo.root, check=True)
        r = run("check", "--staged", "--as-of", "2026-11-30")
        assert r.exit_code == 1 and "4.4.II" in r.output

    def test_staged_deletion_of_an_area_file_reports_its_area(self, repo):
        subprocess.run(
            ["git", "rm", "-q", "designaciones/JDE01-AGS.yaml"], cwd=repo.root, check=True
        )
        r = run("check", "--staged", "--as-of", "2026-11-30", "--format", "json")
        assert r.exit_code == 1
        assert '"area": "JDE01-AGS"' in r.output and '"area": "JDE02-AGS"' not in r.output

    def test_staged_takes_no_paths(self, repo):
        assert run("check", "--staged", "cncs.yaml").exit_code == 2

    def test_outside_a_repository_is_exit_2(self, inv, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
        r = run("check", "--staged")
        assert r.exit_code == 2 and r.output.count("\n") == 1


def test_repository_root_is_not_taken_for_the_inventory(inv, monkeypatch, tmp_path: Path):
    # From a folder with neither areas.yaml above nor ./inventories: one line, exit 2.
    monkeypatch.chdir(tmp_path)
    r = run("-q")
    assert r.exit_code == 2 and r.output.count("\n") == 1
