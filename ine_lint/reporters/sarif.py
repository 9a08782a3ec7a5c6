"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from ine_lint import __version__
from ine_lint.check import Result
from ine_lint.reporters.base import Reporter, fingerprints, rule_order

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
#: GitHub code scanning keeps at most this many results per run.
MAX_RESULTS = 25_000


class SarifReporter(Reporter):
    repository_relative = True

    def rule_descriptor(self, result: Result, rule: str) -> dict[str, Any]:
        spec = self.spec(result, rule)
        title = self.title(result, rule)
        full = spec.text if spec else title
        checks = (spec.checks.get(self.lang) or spec.checks.get("es", "")) if spec else ""
        fix = (spec.fix.get(self.lang) or spec.fix.get("es", "")) if spec else ""
        heading = {"es": ("Qué se revisa", "Cómo corregir"),
                   "en": ("What is checked", "How to fix")}[self.lang if self.lang == "en"
                                                            else "es"]
        return {
            "id": rule,
            "name": "".join(p.capitalize() for p in
                            (spec.title.get("en", rule) if spec else rule).split()
                            if p.isalnum()) or rule,
            "shortDescription": {"text": title},
            "fullDescription": {"text": full},
            "help": {
                "text": f"{full}\n\n{heading[0]}: {checks}\n{heading[1]}: {fix}",
                "markdown": f"> {full}\n\n**{heading[0]}:** {checks}\n\n"
                            f"**{heading[1]}:** {fix}",
            },
            "defaultConfiguration": {"level": LEVEL.get(spec.severity if spec else "error",
                                                        "error")},
            "properties": {"tags": ["ine-lint", "lineamientos"]},
        }

    def write(self, result: Result, stream: IO[str]) -> None:
        shown = sorted(result.findings + result.suppressed, key=lambda f: f.sort_key())
        shown = shown[:MAX_RESULTS]
        rule_ids = sorted({f.rule for f in shown} | set(result.ruleset.rules), key=rule_order)
        index = {rule: i for i, rule in enumerate(rule_ids)}
        results = []
        for f, fp in zip(shown, fingerprints(shown), strict=True):
            entry: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVEL.get(f.severity, "error"),
                "message": {"text": self.message(f)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": self.path(result, f), "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": max(1, f.line), "startColumn": max(1, f.column)},
                }}],
                "partialFingerprints": {"ineLintFinding/v1": fp},
            }
            if f.area or f.subject:
                entry["properties"] = {"area": f.area, "subject": f.subject}
            if f.suppressed_by:
                inline = f.suppressed_by.startswith("#")
                entry["suppressions"] = [{"kind": "inSource" if inline else "external",
                                          "justification": f.suppressed_by}]
            results.append(entry)
        doc = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "ine-lint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": [self.rule_descriptor(result, r) for r in rule_ids],
                }},
                "automationDetails": {"id": f"ine-lint/{self.display_root(result)}/"},
                "originalUriBaseIds": {"%SRCROOT%": {
                    "uri": (self.base_dir(result) or Path("/")).as_uri() + "/"}},
                "results": results,
                "properties": {"as_of": result.as_of.isoformat()},
            }],
        }
        json.dump(doc, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
