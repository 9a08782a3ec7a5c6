"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from ine_lint import __version__
from ine_lint.catalog import description
from ine_lint.check import Result
from ine_lint.findings import ENGINE, SEVERITY_RANK, Finding, Pos, finding
from ine_lint.messages import ui
from ine_lint.reporters.base import Reporter, fingerprints
from ine_lint.selection import rule_order

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
#: GitHub code scanning keeps at most this many results per run.
MAX_RESULTS = 25_000
#: GitHub's scale (0.1–10): ≥ 9.0 is "critical". A credential in the repository is.
SECURITY_SEVERITY = {"4.3.VI": "9.0"}
#: Used when the installed package names no homepage.
DEFAULT_HOMEPAGE = "https://pypi.org/project/ine-lint/"


def uri(path: str) -> str:
    """A relative path as a URI reference: every byte but unreserved ones and ``/``
    percent-encoded (``Área con espacio.yaml`` → ``%C3%81rea%20con%20espacio.yaml``), so
    ``#``, ``?`` and ``%`` in a file name stay part of it. A name that is not UTF-8 keeps
    its own bytes."""
    from urllib.parse import quote

    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


def homepage() -> str:
    """The project's URL as the installed package declares it (``[project.urls]``)."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("ine-lint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return DEFAULT_HOMEPAGE
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "repository", "source"):
            return str(url).strip().rstrip("/")
    return DEFAULT_HOMEPAGE


def help_uri(home: str, rule: str) -> str:
    """Each rule's documentation: ``ine-lint explain``'s text, in the tagged README."""
    anchor = "what-is-checked" if rule[:1].isdigit() else "choices-where-the-contract-is-silent"
    if "github.com" in home or "gitlab" in home:  # the README of the installed version's tag
        return f"{home}/blob/v{__version__}/README.md#{anchor}"
    return f"{home}#{anchor}"


class SarifReporter(Reporter):
    repository_relative = True

    def rule_descriptor(self, result: Result, rule: str) -> dict[str, Any]:
        spec = self.spec(result, rule)
        title = self.title(result, rule)
        full = description(spec, self.lang) if spec else title
        checks = (spec.checks.get(self.lang) or spec.checks.get("es", "")) if spec else ""
        fix = (spec.fix.get(self.lang) or spec.fix.get("es", "")) if spec else ""
        heading = (ui("sarif.checks", self.lang), ui("sarif.fix", self.lang))
        return {
            "id": rule,
            "name": "".join(
                p.capitalize()
                for p in (spec.title.get("en", rule) if spec else rule).split()
                if p.isalnum()
            )
            or rule,
            "shortDescription": {"text": title},
            "fullDescription": {"text": full},
            "help": {
                "text": f"{full}\n\n{heading[0]}: {checks}\n{heading[1]}: {fix}",
                "markdown": f"> {full}\n\n**{heading[0]}:** {checks}\n\n**{heading[1]}:** {fix}",
            },
            "defaultConfiguration": {
                "level": LEVEL.get(spec.severity if spec else "error", "error")
            },
            "helpUri": help_uri(self.home, rule),
            "properties": self.rule_properties(rule),
        }

    @staticmethod
    def rule_properties(rule: str) -> dict[str, Any]:
        props: dict[str, Any] = {"tags": ["ine-lint", "lineamientos"]}
        if rule in SECURITY_SEVERITY:
            # Code scanning shows a severity only for rules tagged "security".
            props["tags"].append("security")
            props["security-severity"] = SECURITY_SEVERITY[rule]
        return props

    @staticmethod
    def ordered(result: Result) -> list[Finding]:
        """Most severe first, then by place; suppressed ones after the active ones.

        Any cap then drops the least severe: an error never makes way for a warning.
        """
        return sorted(
            result.findings + result.suppressed,
            key=lambda f: (bool(f.suppressed_by), -SEVERITY_RANK.get(f.severity, 3), f.sort_key()),
        )

    def write(self, result: Result, stream: IO[str]) -> None:
        self.home = homepage()
        shown = self.ordered(result)
        if len(shown) > MAX_RESULTS:
            cut = len(shown) - (MAX_RESULTS - 1)
            notice = finding(
                Pos("."), "sarif.truncated", cut=cut, total=len(shown), limit=MAX_RESULTS - 1
            )
            shown = [replace(notice, rule=ENGINE, severity="warning"), *shown[: MAX_RESULTS - 1]]
        rule_ids = sorted({f.rule for f in shown} | set(result.ruleset.rules), key=rule_order)
        index = {rule: i for i, rule in enumerate(rule_ids)}
        results = []
        for f, fp in zip(shown, fingerprints(shown), strict=True):
            entry: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVEL.get(f.severity, "error"),
                "message": {"text": self.message(f)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": uri(self.raw_path(result, f)),
                                "uriBaseId": "%SRCROOT%",
                            },
                            "region": {
                                "startLine": max(1, f.line),
                                "startColumn": max(1, f.column),
                            },
                        }
                    }
                ],
                "partialFingerprints": {"ineLintFinding/v1": fp},
            }
            if f.area or f.subject:
                entry["properties"] = {"area": self.show(f.area), "subject": self.show(f.subject)}
            if f.suppressed_by:
                inline = f.suppressed_by.startswith("#")
                entry["suppressions"] = [
                    {
                        "kind": "inSource" if inline else "external",
                        "justification": self.show(self.reason(f)),
                    }
                ]
            results.append(entry)
        doc = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "ine-lint",
                            "version": __version__,
                            "semanticVersion": __version__,
                            "informationUri": self.home,
                            "rules": [self.rule_descriptor(result, r) for r in rule_ids],
                        }
                    },
                    "originalUriBaseIds": {
                        "%SRCROOT%": {"uri": (self.base_dir(result) or Path("/")).as_uri() + "/"}
                    },
                    "results": results,
                    "properties": {"as_of": result.as_of.isoformat()},
                }
            ],
        }
        json.dump(doc, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
