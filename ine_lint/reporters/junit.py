"""JUnit XML: a failure per finding, every classname + name unique."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from typing import IO

from ine_lint.check import Result
from ine_lint.findings import Finding
from ine_lint.reporters.base import Reporter


class JunitReporter(Reporter):
    repository_relative = True

    def write(self, result: Result, stream: IO[str]) -> None:
        suites = ET.Element("testsuites", name="ine-lint")
        by_path: dict[str, list[Finding]] = {}
        for f in result.findings:
            by_path.setdefault(self.path(result, f), []).append(f)
        total = failures = 0
        if not by_path:
            suite = ET.SubElement(suites, "testsuite", name="ine-lint", tests="1",
                                  failures="0", errors="0", skipped="0", time="0")
            ET.SubElement(suite, "testcase", classname=self.display_root(result),
                          name="inventario", time="0")
            total = 1
        seen: Counter[tuple[str, str]] = Counter()
        for path, group in by_path.items():
            suite = ET.SubElement(suites, "testsuite", name=path, tests=str(len(group)),
                                  failures=str(len(group)), errors="0", skipped="0", time="0",
                                  file=path)
            for f in group:
                name = f"{f.rule} {f.line}:{f.column}"
                if f.subject:
                    name += f" {f.subject}"
                seen[(path, name)] += 1
                if seen[(path, name)] > 1:
                    name += f" #{seen[(path, name)]}"
                case = ET.SubElement(suite, "testcase", classname=path, name=name, time="0")
                message = self.message(f)
                failure = ET.SubElement(case, "failure", type=f.rule,
                                        message=message)
                failure.text = (f"{path}:{f.line}:{f.column}  "
                                f"{f.rule}  {f.severity}  {message}")
                total += 1
                failures += 1
        suites.set("tests", str(total))
        suites.set("failures", str(failures))
        suites.set("errors", "0")
        suites.set("time", "0")
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(suites, encoding="unicode"))
        stream.write("\n")
