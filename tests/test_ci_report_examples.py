"""The CI examples publish the compliance report on the scheduled run of main.

The files as a whole are validated against the hosts' schemas in test_ci_examples.py; here,
what the report steps promise, and their lines run by bash in a git repository holding the
sample, as the runner would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import icalendar
import pytest
import yaml
from conftest import REPO

DOCS = REPO / "docs" / "ci"
BIN = Path(sys.executable).parent
SCHEDULED = "github.event_name == 'schedule'"

needs_git = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None,
    reason="needs git and bash (Debian packages git, bash)",
)


def github() -> dict[Any, Any]:
    doc: dict[Any, Any] = yaml.safe_load((DOCS / "github-actions.yml").read_text("utf-8"))
    return doc


def gitlab() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((DOCS / "gitlab-ci.yml").read_text("utf-8"))
    return doc


def test_github_report_on_the_scheduled_run_as_artifact_and_optional_pages():
    doc = github()
    assert "schedule" in doc[True]
    steps = doc["jobs"]["ine-lint"]["steps"]
    [report] = [s for s in steps if "ine-lint reporte" in s.get("run", "")]
    # Only on the daily run, and also when the check step failed (it fails on findings).
    assert SCHEDULED in report["if"] and "!cancelled()" in report["if"]
    output = re.search(r"ine-lint reporte .*--output (\S+)", report["run"])
    assert output and "--historia" in report["run"]
    [artifact] = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert SCHEDULED in artifact["if"] and "!cancelled()" in artifact["if"]
    assert output.group(1).startswith(artifact["with"]["path"])
    [pages_upload] = [s for s in steps if "upload-pages-artifact" in s.get("uses", "")]
    assert "vars.INE_LINT_PAGES == 'true'" in pages_upload["if"]
    assert pages_upload["with"]["path"] == artifact["with"]["path"]
    # Checkout keeps the whole history: the trend reads it.
    assert next(s for s in steps if "checkout" in s.get("uses", ""))["with"]["fetch-depth"] == 0
    pages = doc["jobs"]["pages"]
    assert pages["needs"] == "ine-lint"
    assert SCHEDULED in pages["if"] and "vars.INE_LINT_PAGES == 'true'" in pages["if"]
    assert pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert pages["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in pages["steps"]] == ["actions/deploy-pages"]
    assert int(pages["steps"][0]["uses"].split("@v")[1]) >= 5  # Node 24 major
    # The workflow's own permissions do not grow for the optional job.
    assert "pages" not in doc["permissions"] and "id-token" not in doc["permissions"]


def test_gitlab_report_job_on_the_schedule_with_expose_as():
    doc = gitlab()
    job = doc["ine-lint-reporte"]
    [rule] = job["rules"]
    assert '$CI_PIPELINE_SOURCE == "schedule"' in rule["if"]
    assert "$CI_DEFAULT_BRANCH" in rule["if"]
    assert job["variables"]["GIT_DEPTH"] == "0"
    [line] = [c for c in job["script"] if c.startswith("ine-lint reporte ")]
    output = re.search(r"--output (\S+)", line)
    assert output and output.group(1) in job["artifacts"]["paths"]
    assert job["artifacts"]["expose_as"]
    # expose_as links only plain paths: no glob, no variable.
    assert all(not re.search(r"[*$]", p) for p in job["artifacts"]["paths"])


@pytest.fixture
def ci_checkout(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(REPO / "inventories", work / "inventories")
    shutil.copy(REPO / ".ine-lint.yaml", work / ".ine-lint.yaml")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@ine.mx",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@ine.mx",
        "GIT_AUTHOR_DATE": "2026-11-20T12:00:00-06:00",
        "GIT_COMMITTER_DATE": "2026-11-20T12:00:00-06:00",
    }
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "inventario"]):
        subprocess.run(["git", *args], cwd=work, env=env, check=True, capture_output=True)
    return work


def run_lines(lines: list[str], cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CI_"))}
    env.update(
        {
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "INE_LINT_AS_OF": "2026-11-27",
            "NO_COLOR": "1",
            "XDG_CACHE_HOME": str(cwd.parent / "cache"),
        }
    )
    for line in lines:
        done = subprocess.run(
            ["bash", "-e", "-c", line],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        # A report is not a gate: it exits 0 although the sample has errors on purpose.
        assert done.returncode == 0, done.stderr
        assert done.stdout == "" and done.stderr == ""  # no progress bar in a CI log


def assert_report(html: Path, ics: Path) -> None:
    text = html.read_text(encoding="utf-8")
    assert text.count('<tr class="') >= 7 and 'data-area="JLE-COL"' in text
    trend = text.split('id="tendencia"')[1].split("</section>")[0]
    assert "<svg" in trend  # the checkout's history gave a trend
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert len(list(cal.walk("VEVENT"))) > 0


@needs_git
def test_github_report_step_runs_on_the_sample(ci_checkout):
    [report] = [
        s for s in github()["jobs"]["ine-lint"]["steps"] if "ine-lint reporte" in s.get("run", "")
    ]
    run_lines([report["run"]], ci_checkout)
    assert_report(ci_checkout / "reporte" / "index.html", ci_checkout / "reporte" / "plazos.ics")


@needs_git
def test_gitlab_report_job_runs_on_the_sample(ci_checkout):
    job = gitlab()["ine-lint-reporte"]
    run_lines([c for c in job["script"] if c.startswith("ine-lint ")], ci_checkout)
    html, ics = (ci_checkout / p for p in job["artifacts"]["paths"])
    assert_report(html, ics)
