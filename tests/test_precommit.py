"""The pre-commit hook, with the real pre-commit tool, in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BASE, REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def git(
    *args: str, cwd: Path, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check, timeout=600
    )


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        {
            "PRE_COMMIT_HOME": str(home / "pre-commit"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "HOME": str(home),
            "GIT_AUTHOR_NAME": "Prueba",
            "GIT_AUTHOR_EMAIL": "prueba@ine.mx",
            "GIT_COMMITTER_NAME": "Prueba",
            "GIT_COMMITTER_EMAIL": "prueba@ine.mx",
            "INE_LINT_AS_OF": "2026-11-30",
            "NO_COLOR": "1",
            # pre-commit runs from this virtual environment.
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        }
    )
    return env


@pytest.fixture(scope="module")
def project_clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """A git clone of this project, with the working tree's changes committed on top."""
    home = tmp_path_factory.mktemp("home")
    env = _env(home)
    clone = tmp_path_factory.mktemp("proyecto") / "ine-lint"
    if (REPO / ".git").exists():
        git("clone", "--quiet", "--no-hardlinks", str(REPO), str(clone), cwd=REPO, env=env)
        listed = git(
            "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO
        ).stdout.split("\0")
        for rel in filter(None, listed):
            src = REPO / rel
            if src.is_file():
                (clone / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, clone / rel)
    else:  # a source tree without history: make it a repository
        shutil.copytree(REPO, clone, ignore=shutil.ignore_patterns(".venv", "*.egg-info"))
        git("init", "-q", cwd=clone, env=env)
    git("add", "-A", cwd=clone, env=env)
    git("commit", "-q", "--allow-empty", "-m", "prueba", cwd=clone, env=env)
    rev = git("rev-parse", "HEAD", cwd=clone, env=env).stdout.strip()
    return clone, rev, home


@pytest.fixture
def inventory_repo(tmp_path: Path, project_clone) -> tuple[Path, dict[str, str]]:
    clone, rev, home = project_clone
    env = _env(home)
    repo = tmp_path / "inventario-ine"
    shutil.copytree(BASE, repo / "inventario")
    (repo / ".ine-lint.yaml").write_text("inventario: inventario/\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {clone.as_uri()}\n    rev: {rev}\n    hooks:\n      - id: ine-lint\n",
        encoding="utf-8",
    )
    git("init", "-q", cwd=repo, env=env)
    pre_commit = [sys.executable, "-m", "pre_commit"]
    subprocess.run(
        [*pre_commit, "install"], cwd=repo, env=env, check=True, capture_output=True, timeout=600
    )
    return repo, env


def commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    git("add", "-A", cwd=repo, env=env)
    return git("commit", "-m", message, cwd=repo, env=env, check=False)


def test_clean_commit_passes_and_a_breach_is_blocked(inventory_repo):
    repo, env = inventory_repo
    first = commit(repo, env, "inventario inicial")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "ine-lint" in first.stdout + first.stderr

    cuentas = repo / "inventario" / "cuentas" / "JDE01-AGS.yaml"
    cuentas.write_text(
        cuentas.read_text(encoding="utf-8").replace(
            "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n"
        ),
        encoding="utf-8",
    )
    blocked = commit(repo, env, "acceso indebido")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert "inventario/cuentas/JDE01-AGS.yaml:" in output and "4.1.III" in output
    assert "intruso@ine.mx" in output


def test_a_commit_is_judged_on_the_files_it_touches(inventory_repo):
    repo, env = inventory_repo
    cuentas = repo / "inventario" / "cuentas" / "JDE01-AGS.yaml"
    cuentas.write_text(
        cuentas.read_text(encoding="utf-8").replace(
            "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n"
        ),
        encoding="utf-8",
    )
    git("add", "-A", cwd=repo, env=env)
    git("commit", "-q", "--no-verify", "-m", "violación previa", cwd=repo, env=env)
    other = repo / "inventario" / "designaciones" / "JDE02-AGS.yaml"
    other.write_text(other.read_text(encoding="utf-8") + "# revisado\n", encoding="utf-8")
    unrelated = commit(repo, env, "cambio de otra área")
    assert unrelated.returncode == 0, unrelated.stdout + unrelated.stderr
    # cncs.yaml is shared by every área: a change to it is judged on everything.
    cncs = repo / "inventario" / "cncs.yaml"
    cncs.write_text(cncs.read_text(encoding="utf-8") + "# revisado\n", encoding="utf-8")
    shared = commit(repo, env, "cambio en un archivo compartido")
    assert shared.returncode == 1, shared.stdout + shared.stderr
    assert "intruso@ine.mx" in shared.stdout + shared.stderr


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_changing_the_suplente_is_judged_on_the_areas_accounts(inventory_repo):
    repo, env = inventory_repo
    assert commit(repo, env, "inicial").returncode == 0
    # Only the designation changes: Ana stops being suplente, but keeps access in cuentas/.
    _edit(
        repo / "inventario" / "designaciones" / "JDE01-AGS.yaml",
        "      correo: ana.ruiz@ine.mx",
        "      correo: luis.mora@ine.mx",
    )
    blocked = commit(repo, env, "nuevo suplente")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode == 1, output
    assert "inventario/cuentas/JDE01-AGS.yaml:" in output and "4.1.III" in output


def test_removing_a_waiver_is_judged(inventory_repo):
    repo, env = inventory_repo
    _edit(
        repo / "inventario" / "cuentas" / "JDE01-AGS.yaml",
        "      activo: true\n",
        "      activo: false\n",
    )
    (repo / ".ine-lint.yaml").write_text(
        "inventario: inventario/\n"
        "excepciones:\n"
        "  - regla: 4.3.V\n"
        "    cuenta: facebook/INEJDE01Ags\n"
        "    motivo: La cuenta pasa al nuevo correo genérico\n"
        "    autoriza: INE/CNCS/0456/2026\n"
        "    vence: 2027-01-31\n",
        encoding="utf-8",
    )
    first = commit(repo, env, "inicial, con excepción")
    assert first.returncode == 0, first.stdout + first.stderr
    (repo / ".ine-lint.yaml").write_text("inventario: inventario/\n", encoding="utf-8")
    blocked = commit(repo, env, "sin excepción")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "4.3.V" in blocked.stdout + blocked.stderr


def test_deleting_a_shared_file_is_judged(inventory_repo):
    repo, env = inventory_repo
    assert commit(repo, env, "inicial").returncode == 0
    git("rm", "-q", "inventario/cncs.yaml", cwd=repo, env=env)
    blocked = git("commit", "-m", "sin listados", cwd=repo, env=env, check=False)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode == 1, output
    assert "4.4.II" in output and "no files to check" not in output


def test_deleting_areas_yaml_stops_the_commit(inventory_repo):
    repo, env = inventory_repo
    assert commit(repo, env, "inicial").returncode == 0
    git("rm", "-q", "inventario/areas.yaml", cwd=repo, env=env)
    blocked = git("commit", "-m", "sin áreas", cwd=repo, env=env, check=False)
    assert blocked.returncode != 0
    assert "no tiene areas.yaml" in blocked.stdout + blocked.stderr


def test_a_commit_outside_the_inventory_passes(inventory_repo):
    repo, env = inventory_repo
    assert commit(repo, env, "inicial").returncode == 0
    (repo / "LEEME.md").write_text("notas\n", encoding="utf-8")
    other = commit(repo, env, "notas del repositorio")
    assert other.returncode == 0, other.stdout + other.stderr


def test_run_all_files_judges_the_whole_inventory(inventory_repo):
    # In CI, «pre-commit run --all-files» stages nothing: the hook checks everything.
    repo, env = inventory_repo
    cuentas = repo / "inventario" / "cuentas" / "JDE01-AGS.yaml"
    _edit(cuentas, "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n")
    git("add", "-A", cwd=repo, env=env)
    git("commit", "-q", "--no-verify", "-m", "violación previa", cwd=repo, env=env)
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "intruso@ine.mx" in done.stdout + done.stderr
