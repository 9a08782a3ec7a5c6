"""GitHub Actions workflow commands: annotations on the pull request's files."""

from __future__ import annotations

from typing import IO

from ine_lint.check import Result
from ine_lint.reporters.base import Reporter
from ine_lint.reporters.text import TextReporter

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = {"error": 0, "warning": 1, "info": 2}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    repository_relative = True

    def write(self, result: Result, stream: IO[str]) -> None:
        # GitHub shows only the first 10 annotations of each kind per step: errors first.
        ordered = sorted(result.findings, key=lambda f: (ORDER.get(f.severity, 0), f.sort_key()))
        for f in ordered:
            props = ",".join(
                [
                    f"file={escape_property(self.path(result, f))}",
                    f"line={f.line}",
                    f"col={f.column}",
                    f"title={escape_property(f'{f.rule} ' + self.title(result, f.rule))}",
                ]
            )
            stream.write(
                f"::{COMMAND.get(f.severity, 'error')} {props}::{escape_data(self.message(f))}\n"
            )
        TextReporter(self.lang, quiet=False, base=self.base).write_summary(result, stream)
