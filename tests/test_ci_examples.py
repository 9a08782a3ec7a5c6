"""The CI examples in docs/ci work as written.

Validated by check-jsonschema's own copies of the GitHub workflow and GitLab CI schemas (no
network), held to what the README promises, and their ine-lint lines run by a real shell,
as the CI runner would, in a git repository holding the sample inventory.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO

DOCS = REPO / "docs" / "ci"
GITHUB = DOCS / "github-actions.yml"
GITLAB = DOCS / "gitlab-ci.yml"
BIN = Path(sys.executable).parent

needs_git = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None,
    reason="needs git and bash (Debian packages git, bash)",
)


def check_jsonschema(builtin: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", builtin, str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.mark.parametrize(
    ("builtin", "path"), [("vendor.github-workflows", GITHUB), ("vendor.gitlab-ci", GITLAB)]
)
def test_examples_follow_the_hosts_schemas(builtin, path, tmp_path):
    r = check_jsonschema(builtin, path)
    assert r.returncode == 0, r.stdout + r.stderr
    # The validator is not a rubber stamp: the same file with a typo fails.
    broken = tmp_path / path.name
    text = path.read_text(encoding="utf-8")
    broken.write_text(
        text.replace("runs-on:", "run-on:").replace("  script:", "  scripts:"), encoding="utf-8"
    )
    assert check_jsonschema(builtin, broken).returncode == 1


def _install_line(value: str) -> None:
    assert re.fullmatch(r"git\+https://\S+\.git@v\d+\.\d+\.\d+", value), value
    assert "PLACEHOLDER" in value  # clearly marked as the one thing to replace


def test_github_workflow_as_promised():
    text = GITHUB.read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    on = doc[True]  # YAML 1.1 reads the key "on" as true
    assert on["pull_request"] in (None, {}) or "paths" not in on["pull_request"]
    assert "paths" not in json.dumps(on) and "paths-ignore" not in json.dumps(on)
    assert on["push"]["branches"] == ["main"]
    [cron] = on["schedule"]
    assert len(cron["cron"].split()) == 5 and cron["cron"].split()[2:] == ["*", "*", "*"]
    assert doc["permissions"] == {"contents": "read", "security-events": "write", "actions": "read"}
    assert "# PLACEHOLDER" in text
    _install_line(doc["env"]["INE_LINT_PIP"])
    steps = doc["jobs"]["ine-lint"]["steps"]
    # Majors whose runtime is Node 24 (Node 20 actions are deprecated on GitHub's runners).
    minimum = {
        "actions/checkout": 5,
        "actions/setup-python": 6,
        "github/codeql-action/upload-sarif": 4,
        "actions/upload-artifact": 7,
        "actions/upload-pages-artifact": 5,
    }
    used = {
        s["uses"].split("@")[0]: int(s["uses"].split("@v")[1].split(".")[0])
        for s in steps
        if "uses" in s
    }
    assert set(used) == set(minimum)
    assert all(used[a] >= v for a, v in minimum.items())
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["category"] and upload["if"].startswith("always()")
    pr = [
        s
        for s in steps
        if "ine-lint check" in s.get("run", "")
        and s.get("if") == "github.event_name == 'pull_request'"
    ]
    assert len(pr) == 1 and "--base" in pr[0]["run"]
    assert pr[0]["env"]["BASE_SHA"] == "${{ github.event.pull_request.base.sha }}"
    other = [
        s
        for s in steps
        if "ine-lint check" in s.get("run", "")
        and s.get("if") == "github.event_name != 'pull_request'"
    ]
    assert len(other) == 1 and "--base" not in other[0]["run"]
    for step in pr + other:
        assert f"sarif={upload['with']['sarif_file']}" in step["run"]


def test_gitlab_job_as_promised():
    text = GITLAB.read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    job = doc["ine-lint"]
    assert "# PLACEHOLDER" in text
    _install_line(doc["variables"]["INE_LINT_PIP"])
    assert not job["image"].endswith("-slim")  # pip needs git for a git URL
    assert job["variables"]["GIT_DEPTH"] == "0"
    sources = " ".join(r["if"] for r in job["rules"])
    for source in ("merge_request_event", "schedule", "CI_DEFAULT_BRANCH"):
        assert source in sources
    assert "changes" not in json.dumps(job["rules"])
    commands = [c for c in job["script"] if c.startswith("ine-lint ")]
    assert len(commands) == 1  # every report from one run
    reports = job["artifacts"]["reports"]
    for name in (reports["codequality"], reports["junit"]):
        assert name in commands[0]
    assert job["artifacts"]["when"] == "always"


@pytest.fixture
def sample_repo(tmp_path):
    """The CI checkout: the sample inventory and its configuration, with a git history."""
    work = tmp_path / "repo"
    shutil.copytree(REPO / "inventories", work / "inventories")
    shutil.copy(REPO / ".ine-lint.yaml", work / ".ine-lint.yaml")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@ine.mx",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@ine.mx",
    }
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "base"]):
        subprocess.run(["git", *args], cwd=work, env=env, check=True, capture_output=True)
    base = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=work, check=True, capture_output=True, text=True
    ).stdout.strip()
    return work, base


def shell(line: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """One script line, run by bash as the runner would, with this ine-lint on PATH."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CI_"))}
    full.update(
        {
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "INE_LINT_AS_OF": "2026-11-27",
            "NO_COLOR": "1",
            "XDG_CACHE_HOME": str(cwd.parent / "cache"),
            **env,
        }
    )
    return subprocess.run(
        ["bash", "-e", "-c", line],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@needs_git
def test_github_commands_run_on_the_sample(sample_repo):
    work, base = sample_repo
    doc = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    steps = [s for s in doc["jobs"]["ine-lint"]["steps"] if "ine-lint check" in s.get("run", "")]
    sarif = work / "ine-lint.sarif"
    # A pull request that rewrites an incident's date: the historial error is annotated.
    target = work / "inventories" / "cuentas" / "JLE-COL.yaml"
    text = target.read_text(encoding="utf-8")
    assert "notificado_cncs: 2026-10-20" in text
    target.write_text(
        text.replace("notificado_cncs: 2026-10-20", "notificado_cncs: 2026-10-15"), encoding="utf-8"
    )
    for step in steps:
        sarif.unlink(missing_ok=True)
        env = {"GITHUB_ACTIONS": "true"}
        if "env" in step:
            env["BASE_SHA"] = base
        r = shell(step["run"], work, **env)
        assert r.returncode == 1, r.stderr  # the sample has errors on purpose
        assert r.stdout.startswith("::error file=inventories/"), r.stdout[:300]
        doc_sarif = json.loads(sarif.read_text(encoding="utf-8"))
        rules = {x["ruleId"] for x in doc_sarif["runs"][0]["results"]}
        assert ("historial" in rules) == ("--base" in step["run"])
        assert "historial" in r.stdout or "--base" not in step["run"]


@needs_git
@pytest.mark.parametrize("merge_request", [True, False])
def test_gitlab_commands_run_on_the_sample(sample_repo, merge_request):
    work, base = sample_repo
    doc = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    job = doc["ine-lint"]
    [line] = [c for c in job["script"] if c.startswith("ine-lint ")]
    env = {"CI_MERGE_REQUEST_DIFF_BASE_SHA": base} if merge_request else {}
    if merge_request:  # the merge request drops a CNCS list entry
        cncs = work / "inventories" / "cncs.yaml"
        text = cncs.read_text(encoding="utf-8")
        first = re.search(r"      - \S+@ine\.mx\n", text)
        assert first
        cncs.write_text(text.replace(first.group(), "", 1), encoding="utf-8")
    r = shell(line, work, **env)
    assert r.returncode == 1, r.stderr
    assert "4.3.VIII" in r.stdout  # the text log
    quality = json.loads((work / job["artifacts"]["reports"]["codequality"]).read_text("utf-8"))
    junit = (work / job["artifacts"]["reports"]["junit"]).read_text(encoding="utf-8")
    assert quality and "<testsuites" in junit
    checks = {i["check_name"] for i in quality}
    assert ("historial" in checks) == merge_request
