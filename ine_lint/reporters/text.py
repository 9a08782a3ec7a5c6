"""Human output: findings grouped by file, then a summary by severity and by article."""

from __future__ import annotations

from itertools import groupby
from typing import IO

from ine_lint.check import Result
from ine_lint.findings import Finding
from ine_lint.messages import count, ui
from ine_lint.reporters.base import Reporter

_COLOURS = {"error": "31", "warning": "33", "info": "36"}


class TextReporter(Reporter):
    colour_capable = True

    def _c(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def write(self, result: Result, stream: IO[str]) -> None:
        shown = list(result.findings)
        if self.show_suppressed:
            shown = sorted(shown + result.suppressed, key=lambda f: f.sort_key())
        for path, group in groupby(shown, key=lambda f: self.path(result, f)):
            for f in group:
                where = self._c(f"{path}:{f.line}:{f.column}", "1")
                severity = self._c(f.severity, _COLOURS.get(f.severity, "0"))
                if f.suppressed_by:
                    # Its own column, so a suppressed line is never read as a counted one.
                    status = self._c(self.status(f), "2")
                    line = f"{where}  {f.rule}  {severity}  {status}  {self.message(f)}"
                    line += self._c(f"  [{self.show(self.reason(f))}]", "2")
                else:
                    line = f"{where}  {f.rule}  {severity}  {self.message(f)}"
                stream.write(line + "\n")
            stream.write("\n")
        if not self.quiet:
            self.write_summary(result, stream)

    def status(self, f: Finding) -> str:
        inline = f.suppressed_by.startswith("#")
        return ui("status.suppressed" if inline else "status.waived", self.lang)

    def write_summary(self, result: Result, stream: IO[str]) -> None:
        summary = self.summary(result)
        if not result.findings:
            stream.write(ui("no_findings", self.lang) + " ")
        by_severity = summary["by_severity"]
        assert isinstance(by_severity, dict)
        parts = [count(s, n, self.lang) for s, n in by_severity.items()]
        suppressed = count("suppressed", len(result.suppressed), self.lang)
        if self.show_suppressed and result.suppressed:
            suppressed += f" ({ui('shown', self.lang)})"
        stream.write(
            f"{ui('summary', self.lang)}: {', '.join(parts)}; "
            f"{count('files', result.files, self.lang)}; {suppressed}.\n"
        )
        by_rule = summary["by_rule"]
        assert isinstance(by_rule, dict)
        if by_rule:
            stream.write(
                f"{ui('by_rule', self.lang)}: "
                + ", ".join(f"{rule} {n}" for rule, n in by_rule.items())
                + "\n"
            )
