"""The public machine interface. Keep it stable: add keys, never rename or remove them."""

from __future__ import annotations

import json
from typing import IO, Any

from ine_lint.check import Result
from ine_lint.findings import Finding
from ine_lint.reporters.base import Reporter

VERSION = 1


class JsonReporter(Reporter):
    def record(self, result: Result, f: Finding) -> dict[str, Any]:
        return {
            "rule": f.rule,
            "severity": f.severity,
            "path": self.path(result, f),
            "line": f.line,
            "column": f.column,
            "area": self.show(f.area),
            "subject": self.show(f.subject),
            "message": self.message(f),
        }

    def write(self, result: Result, stream: IO[str]) -> None:
        doc: dict[str, Any] = {
            "version": VERSION,
            "as_of": result.as_of.isoformat(),
            "inventory": self.display_root(result),
            "findings": [self.record(result, f) for f in result.findings],
            "summary": self.summary(result),
        }
        if self.show_suppressed:
            doc["suppressed"] = [
                {**self.record(result, f), "suppressed_by": self.show(self.reason(f))}
                for f in result.suppressed
            ]
        json.dump(doc, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
