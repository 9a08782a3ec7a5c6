"""The CI examples in docs/ci: valid YAML, the steps present, their commands real."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO

from ine_lint.cli import main

DOCS = REPO / "docs" / "ci"


def ine_lint_commands(lines: list[str]) -> list[list[str]]:
    return [shlex.split(line)[1:] for line in lines if line.strip().startswith("ine-lint ")]


def run_in_sample(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run a command as CI would, from the root of a repository holding the sample."""
    work = tmp_path / "repo"
    shutil.copytree(REPO / "inventories", work / "inventories")
    shutil.copy(REPO / ".ine-lint.yaml", work / ".ine-lint.yaml")
    (work / ".git").mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("INE_LINT_AS_OF", "2026-11-27")
    return work, CliRunner().invoke(main, args, catch_exceptions=False)


def test_github_actions_workflow(tmp_path, monkeypatch):
    doc = yaml.safe_load((DOCS / "github-actions.yml").read_text(encoding="utf-8"))
    assert "pull_request" in doc[True]  # YAML 1.1 reads the key "on" as true
    steps = doc["jobs"]["ine-lint"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    upload = next(s for s in steps if s.get("uses", "").startswith(
        "github/codeql-action/upload-sarif@"))
    assert doc["permissions"]["security-events"] == "write"
    commands = ine_lint_commands([s["run"] for s in steps if "run" in s])
    assert any("sarif" in c for c in commands) and any("github" in c for c in commands)
    for args in commands:
        work, r = run_in_sample(args, tmp_path / str(commands.index(args)), monkeypatch)
        assert r.exit_code in (0, 1), r.output
        if "--output" in args:
            assert (work / args[args.index("--output") + 1]).name == upload["with"]["sarif_file"]
            assert (work / upload["with"]["sarif_file"]).is_file()
        if "github" in args:
            assert r.output.startswith("::error file=inventories/")


def test_gitlab_ci_job(tmp_path, monkeypatch):
    doc = yaml.safe_load((DOCS / "gitlab-ci.yml").read_text(encoding="utf-8"))
    job = doc["ine-lint"]
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    commands = ine_lint_commands(job["script"])
    assert len(commands) == 3
    for i, args in enumerate(commands):
        work, r = run_in_sample(args, tmp_path / str(i), monkeypatch)
        assert r.exit_code in (0, 1), r.output
        if "--output" in args:
            written = args[args.index("--output") + 1]
            assert written in (reports["codequality"], reports["junit"])
            assert (work / written).stat().st_size > 0
