"""Inline suppressions: ``# ine-lint: ignorar 4.3.V -- <motivo>``.

A comment at the end of a line covers that line; a comment on a line of its own covers the
next line. The reason after ``--`` is mandatory. ``parse_directives`` reads them from a
file; the filters below (each a small function, composed by ``check``) judge and apply them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from ine_lint.findings import Finding, Pos, finding
from ine_lint.selection import matches

#: 4.3.VI is never suppressed inline; only a waiver naming file and line silences it.
SECRETS = "4.3.VI"

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
        out.append(Directive(number, start + 1, number + 1 if own_line else number, rules, reason))
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
            rules_text, reason = (
                line[rest_start : separator.start()],
                line[separator.end() :].strip(),
            )
        elif hash_at >= 0:
            continue
        else:
            rules_text, reason = line[rest_start:], ""
        rules = tuple(r for r in _RULE_SPLIT.split(rules_text.strip()) if r)
        return head.start(), rules, reason
    return None


# --------------------------------------------------------------------------- the filters

#: A directive and one rule prefix it names.
Cover = tuple[Directive, str]
#: (path, covered line) → what covers that line.
Coverage = dict[tuple[str, int], list[Cover]]


def directive_problems(path: str, d: Directive, known: Collection[str]) -> list[Finding]:
    """What is wrong with one directive: it names no rule, names one that matches none of
    ``known``, or gives no reason (then it covers nothing)."""
    pos = Pos(path, d.line, d.column)
    if not d.rules:
        return [finding(pos, "filter.no_rules")]
    out = [
        finding(pos, "filter.unknown_rule", rule=r)
        for r in d.rules
        if not any(matches(r, k) for k in known)
    ]
    if not d.reason:
        out.append(finding(pos, "filter.no_reason", rules=", ".join(d.rules)))
    return out


def secret_ignores(path: str, d: Directive) -> list[Finding]:
    """A directive with a reason that names 4.3.VI: whoever leaked a credential cannot
    silence its finding, and trying to is a 4.3.VI error of its own."""
    if not d.reason:
        return []
    return [
        replace(
            finding(Pos(path, d.line, d.column), "r.secret.inline_ignore"),
            rule=SECRETS,
            severity="error",
        )
        for r in d.rules
        if matches(r, SECRETS)
    ]


def coverage(files: Iterable[tuple[str, Sequence[Directive]]]) -> Coverage:
    """Which line of which file each directive covers, for each rule it names; a directive
    without rules or without a reason covers nothing."""
    out: Coverage = {}
    for path, directives in files:
        for d in directives:
            if d.rules and d.reason:
                for r in d.rules:
                    out.setdefault((path, d.target), []).append((d, r))
    return out


def apply(
    found: Iterable[Finding],
    covering: Coverage,
) -> tuple[list[Finding], list[Finding], set[tuple[str, int, str]]]:
    """Split ``found`` into the findings no directive covers and those one does (marked
    with it); also what was used, as (path, directive line, rule prefix). 4.3.VI findings
    are never covered."""
    used: set[tuple[str, int, str]] = set()
    active, suppressed = [], []
    for f in found:
        hit = None
        for d, r in covering.get((f.path, f.line), ()):
            if matches(r, f.rule) and f.rule != SECRETS:
                hit = (d, r)
                used.add((f.path, d.line, r))
        if hit is None:
            active.append(f)
        else:
            d, r = hit
            suppressed.append(replace(f, suppressed_by=f"# ine-lint: ignorar {r} -- {d.reason}"))
    return active, suppressed, used


def unused(
    covering: Coverage, used: set[tuple[str, int, str]], ran: Collection[str]
) -> list[Finding]:
    """Each rule a directive names that suppressed nothing, though a rule it names ran
    (a directive for a rule not run this time is not judged; nor one naming 4.3.VI)."""
    out = []
    for (path, target), covers in covering.items():
        for d, r in covers:
            if (
                (path, d.line, r) in used
                or matches(r, SECRETS)
                or not any(matches(r, k) for k in ran)
            ):
                continue
            out.append(finding(Pos(path, d.line, d.column), "filter.unused", rule=r, target=target))
    return out
