"""JUnit XML: one test case per finding, named so CI trends can follow it.

A test case's identity is its classname (the file) and its name (rule, file and subject,
never the line): GitLab's merge-request widget and Jenkins match cases by that pair across runs,
so a finding that only moved a line stays the same test. Findings below ``--fail-on`` are
listed as passing cases with their message, not as failures.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import IO

from ine_lint.check import Result
from ine_lint.findings import SEVERITY_RANK, Finding
from ine_lint.reporters.base import LINE_ARGS, Reporter, fingerprints


def _facts(f: Finding) -> dict[str, str]:
    """The message kind and its arguments, short, without the ones that are line numbers."""
    out = {"~": f.message.rsplit(".", 1)[-1]}
    for key, value in f.args:
        if key not in LINE_ARGS:
            text = str(value)
            out[key] = text if len(text) <= 40 else text[:39] + "…"
    return out


class JunitReporter(Reporter):
    repository_relative = True

    def is_failure(self, f: Finding) -> bool:
        if self.fail_on == "never":
            return False
        return SEVERITY_RANK.get(f.severity, 3) >= SEVERITY_RANK.get(self.fail_on, 3)

    def case_names(self, result: Result, findings: list[Finding]) -> list[str]:
        """Rule, file and subject, then what tells clashing ones apart.

        The file is also the classname, but report viewers that show only the name (GitLab's
        merge-request widget lists "failed tests" by name) still say where. Where several
        findings of one rule share a subject, the facts that differ between them (a person,
        a date) are added; the line never is, so names survive moved lines.
        """
        base = [
            " ".join(p for p in (f.rule, self.path(result, f), f.subject or f.area) if p)
            for f in findings
        ]
        groups: dict[str, list[int]] = {}
        for i, name in enumerate(base):
            groups.setdefault(name, []).append(i)
        names = list(base)
        for members in groups.values():
            if len(members) < 2:
                continue
            facts = [_facts(findings[i]) for i in members]
            differing = sorted(
                {k for fs in facts for k in fs if len({str(x.get(k)) for x in facts}) > 1}
            )
            if "~" in differing:  # different kinds of finding: the kind says enough
                differing = ["~"]
            for i, fs in zip(members, facts, strict=True):
                shown = [fs[k] for k in differing if k in fs]
                if shown:
                    names[i] = f"{base[i]} ({', '.join(shown)})"
        counts: dict[str, int] = {}
        for name in names:
            counts[name] = counts.get(name, 0) + 1
        return [
            self.show(f"{name} [{fp[:10]}]" if counts[name] > 1 else name)
            for name, fp in zip(names, fingerprints(findings), strict=True)
        ]

    def write(self, result: Result, stream: IO[str]) -> None:
        suites = ET.Element("testsuites", name="ine-lint")
        by_path: dict[str, list[Finding]] = {}
        for f in result.findings:
            by_path.setdefault(self.path(result, f), []).append(f)
        total = failures = 0
        if not by_path:
            suite = ET.SubElement(
                suites,
                "testsuite",
                name="ine-lint",
                tests="1",
                failures="0",
                errors="0",
                skipped="0",
                time="0",
            )
            ET.SubElement(
                suite, "testcase", classname=self.display_root(result), name="inventario", time="0"
            )
            total = 1
        for path, group in by_path.items():
            failing = sum(1 for f in group if self.is_failure(f))
            suite = ET.SubElement(
                suites,
                "testsuite",
                name=path,
                tests=str(len(group)),
                failures=str(failing),
                errors="0",
                skipped="0",
                time="0",
                file=path,
            )
            for f, name in zip(group, self.case_names(result, group), strict=True):
                case = ET.SubElement(suite, "testcase", classname=path, name=name, time="0")
                message = self.message(f)
                detail = f"{path}:{f.line}:{f.column}  {f.rule}  {f.severity}  {message}"
                if self.is_failure(f):
                    failure = ET.SubElement(case, "failure", type=f.rule, message=message)
                    failure.text = detail
                    failures += 1
                else:
                    ET.SubElement(case, "system-out").text = detail
                total += 1
        suites.set("tests", str(total))
        suites.set("failures", str(failures))
        suites.set("errors", "0")
        suites.set("time", "0")
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(suites, encoding="unicode"))
        stream.write("\n")
