"""Human output: findings grouped by file, then a summary by severity and by article."""

from __future__ import annotations

from itertools import groupby
from typing import IO

from ine_lint.check import Result
from ine_lint.messages import ui
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
                line = f"{where}  {f.rule}  {severity}  {self.message(f)}"
                if f.suppressed_by:
                    line += self._c(f"  [{self.show(f.suppressed_by)}]", "2")
                stream.write(line + "\n")
            stream.write("\n")
        if not self.quiet:
            self.write_summary(result, stream)

    def write_summary(self, result: Result, stream: IO[str]) -> None:
        summary = self.summary(result)
        if not result.findings:
            stream.write(ui("no_findings", self.lang) + " ")
        by_severity = summary["by_severity"]
        assert isinstance(by_severity, dict)
        parts = [f"{n} {ui(s, self.lang)}" for s, n in by_severity.items()]
        stream.write(f"{ui('summary', self.lang)}: {', '.join(parts)}; "
                     f"{summary['files']} {ui('files', self.lang)}; "
                     f"{summary['suppressed']} {ui('suppressed', self.lang)}.\n")
        by_rule = summary["by_rule"]
        assert isinstance(by_rule, dict)
        if by_rule:
            stream.write(f"{ui('by_rule', self.lang)}: "
                         + ", ".join(f"{rule} {n}" for rule, n in by_rule.items()) + "\n")
