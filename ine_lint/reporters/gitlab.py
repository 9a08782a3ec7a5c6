"""GitLab Code Quality report (a subset of the Code Climate format)."""

from __future__ import annotations

import json
from typing import IO

from ine_lint.check import Result
from ine_lint.reporters.base import Reporter, fingerprints

#: Ours → GitLab's (info, minor, major, critical, blocker).
SEVERITY = {"error": "critical", "warning": "minor", "info": "info"}


class GitlabReporter(Reporter):
    repository_relative = True

    def write(self, result: Result, stream: IO[str]) -> None:
        issues = []
        for f, fp in zip(result.findings, fingerprints(result.findings), strict=True):
            issues.append(
                {
                    "type": "issue",
                    "description": f"{f.rule}: {self.message(f)}",
                    "check_name": f.rule,
                    "categories": ["Security" if f.rule == "4.3.VI" else "Compliance"],
                    "fingerprint": fp,
                    "severity": SEVERITY.get(f.severity, "major"),
                    "location": {"path": self.path(result, f), "lines": {"begin": max(1, f.line)}},
                }
            )
        json.dump(issues, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
