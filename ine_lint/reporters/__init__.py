"""Stage 7, report: one small class per output format, chosen by name."""

from __future__ import annotations

from ine_lint.reporters.base import Reporter
from ine_lint.reporters.github import GithubReporter
from ine_lint.reporters.gitlab import GitlabReporter
from ine_lint.reporters.json import JsonReporter
from ine_lint.reporters.junit import JunitReporter
from ine_lint.reporters.sarif import SarifReporter
from ine_lint.reporters.text import TextReporter

REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "junit": JunitReporter,
    "github": GithubReporter,
    "gitlab": GitlabReporter,
}

__all__ = ["REPORTER_BY_NAME", "Reporter"]
