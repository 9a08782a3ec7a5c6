"""Inline suppressions: ``# ine-lint: ignorar 4.3.V -- <motivo>``.

A comment at the end of a line covers that line; a comment on a line of its own covers the
next line. The reason after ``--`` is mandatory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Where a directive starts. What follows is cut by hand (``_directive``), not by one
#: pattern: ``(?P<rules>[^#]*?)(?:\s--(?P<reason>.*?))?\s*$`` backtracked over every
#: trailing space, and a comment followed by a million of them took minutes.
_HEAD = re.compile(r"#\s*ine-lint\s*:\s*(?:ignorar|ignore)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s--")
_RULE_SPLIT = re.compile(r"[\s,]+")


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
        found = _directive(line)
        if found is None:
            continue
        start, rules, reason = found
        own_line = not line[:start].strip()
        out.append(Directive(number, start + 1, number + 1 if own_line else number,
                             rules, reason))
    return out


def _directive(line: str) -> tuple[int, tuple[str, ...], str] | None:
    """The first directive of a line: where it starts, its rules and its reason.

    The rules run up to the first `` --`` (the reason is all after it) and hold no ``#``;
    a head whose rules would reach a ``#`` is not a directive, and the next head is tried.
    Each head looks only as far as the next ``#``, so a line costs time linear in its length.
    """
    for head in _HEAD.finditer(line):
        rest_start = head.end()
        hash_at = line.find("#", rest_start)
        limit = hash_at if hash_at >= 0 else len(line)
        separator = _SEPARATOR.search(line, rest_start, limit)
        if separator is not None:
            rules_text, reason = line[rest_start:separator.start()], \
                line[separator.end():].strip()
        elif hash_at >= 0:
            continue
        else:
            rules_text, reason = line[rest_start:], ""
        rules = tuple(r for r in _RULE_SPLIT.split(rules_text.strip()) if r)
        return head.start(), rules, reason
    return None
