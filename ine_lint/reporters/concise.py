"""``--format conciso``: one short line per finding, for a terminal (ruff's concise output)."""

from __future__ import annotations

from typing import IO

from ine_lint.check import Result
from ine_lint.messages import count, render_facts, ui
from ine_lint.reporters.base import Reporter


class ConciseReporter(Reporter):
    """``path:line:column: RULE severity facts``: what and where, without what to do
    (``ine-lint explain RULE`` and the text format say that)."""

    def write(self, result: Result, stream: IO[str]) -> None:
        shown = list(result.findings)
        if self.show_suppressed:
            shown = sorted(shown + result.suppressed, key=lambda f: f.sort_key())
        for f in shown:
            facts = render_facts(
                f.message, self.lang, {"area": f.area, "subject": f.subject, **dict(f.args)}
            )
            if f.subject and f.subject not in facts:
                facts = f"{f.subject}: {facts}"
            facts = self.show(facts)  # inventory text: no raw newline, ESC or "::" line
            mark = f" [{ui('status.suppressed', self.lang)}]" if f.suppressed_by else ""
            stream.write(
                f"{self.path(result, f)}:{f.line}:{f.column}: {f.rule} {f.severity}{mark} {facts}\n"
            )
        if not self.quiet and result.findings:
            stream.write(
                ui(
                    "concise.found",
                    self.lang,
                    count=count("findings", len(result.findings), self.lang),
                )
                + "\n"
            )
