"""Inline suppressions: ``# ine-lint: ignorar 4.3.V -- <motivo>``.

A comment at the end of a line covers that line; a comment on a line of its own covers the
next line. The reason after ``--`` is mandatory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"#\s*ine-lint\s*:\s*(?P<verb>ignorar|ignore)\b(?P<rules>[^#]*?)"
    r"(?:\s--\s*(?P<reason>.*?))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Directive:
    line: int  # where the comment is
    column: int
    target: int  # the line it covers
    rules: tuple[str, ...]
    reason: str


def parse_directives(text: str) -> list[Directive]:
    out: list[Directive] = []
    if "ine-lint" not in text:
        return out
    for number, line in enumerate(text.splitlines(), start=1):
        if "ine-lint" not in line:
            continue
        match = _DIRECTIVE.search(line)
        if match is None:
            continue
        rules = tuple(r for r in re.split(r"[\s,]+", match.group("rules").strip()) if r)
        own_line = not line[:match.start()].strip()
        out.append(Directive(number, match.start() + 1, number + 1 if own_line else number,
                             rules, (match.group("reason") or "").strip()))
    return out
