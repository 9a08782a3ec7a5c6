"""4.3.VI cannot be suppressed inline, in any way ine-lint is run (issue 10, item 5).

An inline ``ignorar`` that covers 4.3.VI (by its id, a prefix of it, ``todas``, with or
without a reason) is itself a 4.3.VI error and the finding it aimed at stays, whether the
whole inventory is checked, some files are given, the staged files of a commit are judged
(``--staged``) or a change against a base revision (``--base``); a waiver in the
configuration naming file and line is the only way to silence a false positive.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import BASE

from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"
PW = "Xq7mPz2026"
COVERING = [
    "4.3.VI -- temporal",
    "4 -- x",
    "4.3 -- x",
    "4.3.vi -- x",
    "todas -- x",
    "all -- x",
    "4.3.VIII, 4.3.VI -- x",
]
GIT = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def leak(root: Path, directive: str) -> int:
    """Write a password under an inline suppression; the password's line."""
    path = root / C
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "    registro: correo\n",
        f"    registro: correo\n    # ine-lint: ignorar {directive}\n    contrasena: {PW}\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    return text.splitlines().index(f"    contrasena: {PW}") + 1


def run(args: list[str], cwd: Path | None = None) -> tuple[int, list[dict[str, object]]]:
    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        r = CliRunner().invoke(
            main,
            ["check", *args, "--format", "json", "--as-of", "2026-11-30", "--no-cache"],
            catch_exceptions=False,
        )
    finally:
        os.chdir(old)
    assert PW not in r.output
    return r.exit_code, json.loads(r.stdout)["findings"]


def secret_findings(found: list[dict[str, object]]) -> set[tuple[object, object]]:
    return {(f["line"], f["message"]) for f in found if f["rule"] == "4.3.VI"}


def assert_not_suppressed(code: int, found: list[dict[str, object]], line: int) -> None:
    assert code == 1
    lines = {line for line, _ in secret_findings(found)}
    assert line in lines, found  # the password's finding stays
    assert line - 1 in lines, found  # and the comment is an error of its own
    assert all(f["severity"] == "error" for f in found if f["rule"] == "4.3.VI")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(BASE, tmp_path / "inv")
    return tmp_path / "inv"


@pytest.mark.parametrize("directive", COVERING)
def test_whole_inventory(root, directive):
    line = leak(root, directive)
    assert_not_suppressed(*run([str(root), "--config", "/dev/null"]), line)


def test_without_a_reason_it_suppresses_nothing(root):
    # It is no attempt (``supresion`` reports the missing reason); the finding stays.
    line = leak(root, "4.3.VI")
    code, found = run([str(root), "--config", "/dev/null"])
    assert code == 1 and line in {line for line, _ in secret_findings(found)}


@pytest.mark.parametrize("directive", ["4.3.VI -- temporal", "todas -- x"])
def test_file_argument_mode(root, directive):
    line = leak(root, directive)
    assert_not_suppressed(*run([str(root / C), "--config", "/dev/null"]), line)


def test_a_waiver_naming_file_and_line_is_the_only_way(root, tmp_path):
    line = leak(root, "4.3.VI -- falso positivo")
    config = tmp_path / "c.yaml"
    config.write_text(
        "excepciones:\n  - regla: 4.3.VI\n    archivo: cuentas/JDE01-AGS.yaml\n"
        f"    linea: {line}\n    motivo: Es el identificador público, no una credencial\n"
        "    autoriza: INE/CNCS/0456/2026\n    vence: 2027-01-31\n",
        encoding="utf-8",
    )
    code, found = run([str(root), "--config", str(config)])
    # The finding is waived; the comment that tried to suppress it is still an error.
    assert {line for line, _ in secret_findings(found)} == {line - 1}
    assert code == 1


def git(*args: str, cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        {
            "GIT_AUTHOR_NAME": "P",
            "GIT_AUTHOR_EMAIL": "p@ine.mx",
            "GIT_COMMITTER_NAME": "P",
            "GIT_COMMITTER_EMAIL": "p@ine.mx",
            "HOME": str(cwd),
        }
    )
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, timeout=120)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo / "inventario")
    (repo / ".ine-lint.yaml").write_text("inventario: inventario/\n", encoding="utf-8")
    git("init", "-q", cwd=repo)
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "inicial", cwd=repo)
    return repo


@GIT
@pytest.mark.parametrize("directive", ["4.3.VI -- temporal", "4 -- x"])
def test_staged(repo, directive):
    line = leak(repo / "inventario", directive)
    git("add", "-A", cwd=repo)
    assert_not_suppressed(*run(["--staged"], cwd=repo), line)


@GIT
@pytest.mark.parametrize("directive", ["4.3.VI -- temporal", "4.3 -- x"])
def test_base(repo, directive):
    line = leak(repo / "inventario", directive)
    assert_not_suppressed(*run(["--base", "HEAD"], cwd=repo), line)


@GIT
def test_base_never_quotes_a_secret_of_the_changed_configuration(repo):
    # --base judges with the base's configuration and reports what the change does to it:
    # that report must not quote a password pasted into a waiver of the new one.
    (repo / ".ine-lint.yaml").write_text(
        f"inventario: inventario/\nexcepciones:\n  - regla: 4.3.V\n    area: {PW}\n"
        "    motivo: temporal\n    autoriza: INE/CNCS/0456/2026\n"
        "    vence: 2027-01-31\n",
        encoding="utf-8",
    )
    for fmt in ("text", "json", "sarif"):
        old = Path.cwd()
        try:
            os.chdir(repo)
            r = CliRunner().invoke(
                main,
                ["check", "--base", "HEAD", "--format", fmt, "--as-of", "2026-11-30", "--no-cache"],
                catch_exceptions=False,
            )
        finally:
            os.chdir(old)
        assert PW not in r.output, fmt
        assert "excepciones" in r.output, fmt  # the change is reported, the value hidden
