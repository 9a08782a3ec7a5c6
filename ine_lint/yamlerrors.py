"""YAML syntax errors told by their cause, at the line of the cause, in the user's words.

libyaml reports where it noticed the problem, in English, sometimes quoting the file: a
missing «:» on line 4 comes out at 5:5 as "could not find expected ':'", an unclosed quote
at the end of the file, a tab as "found character that cannot start any token". This module
looks at the error and the text around it and names the cause (tabulador, falta «:»,
comilla sin cerrar, sangría…) at its own line. It never quotes the file's content (it may
hold a secret): only line numbers and characters of YAML's own syntax.
"""

from __future__ import annotations

from typing import Any

#: Characters that cannot start a plain value; naming one quotes no content of the file.
RESERVED = "@`"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content_indent(line: str) -> int:
    """Where a line's mapping starts: after its ``- `` markers, if any."""
    i = _indent(line)
    while line[i : i + 2] == "- ":
        i += 2
        while line[i : i + 1] == " ":
            i += 1
    return i


def _leading(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _value(line: str) -> str:
    """The value part of ``key: value`` or ``- value``, as written."""
    body = line.strip()
    while body.startswith("- "):
        body = body[2:].lstrip()
    if body[:1] in "\"'":
        return body
    _, sep, rest = body.partition(": ")
    return rest.strip() if sep else ""


def _unclosed(value: str) -> str:
    """The quote a value opens and does not close on its line, or ""."""
    if not value or value[0] not in "\"'":
        return ""
    quote = value[0]
    i, n = 1, len(value)
    while i < n:
        c = value[i]
        if quote == '"' and c == "\\":
            i += 2
            continue
        if c == quote:
            if quote == "'" and i + 1 < n and value[i + 1] == "'":
                i += 2  # '' is an escaped quote inside single quotes
                continue
            return ""
        i += 1
    return quote


def _meaningful(lines: list[str], before: int) -> int | None:
    """Index of the nearest line before ``before`` that is neither blank nor a comment."""
    for i in range(before - 1, -1, -1):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("#"):
            return i
    return None


def diagnose(text: str, exc: Any) -> tuple[int, int, str, dict[str, Any]]:
    """(line, column, message key, arguments) of a ``yaml.MarkedYAMLError``'s cause."""
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    pm = getattr(exc, "problem_mark", None)
    cm = getattr(exc, "context_mark", None)
    lines = text.split("\n")
    pl = (pm.line + 1, pm.column + 1) if pm is not None else (1, 1)
    cl = (cm.line + 1, cm.column + 1) if cm is not None else pl
    pl = (min(pl[0], max(len(lines), 1)), pl[1])
    at_mark = ""
    if pm is not None and pm.line < len(lines) and pm.column < len(lines[pm.line]):
        at_mark = lines[pm.line][pm.column]

    # A tab: YAML indents with spaces only.
    if "tab" in problem or at_mark == "\t":
        for i in range(pl[0] - 1, -1, -1):
            if "\t" in _leading(lines[i]):
                return i + 1, _leading(lines[i]).index("\t") + 1, "yaml.tab", {}
        return pl[0], pl[1], "yaml.tab", {}

    # A quote opened and never closed: libyaml reads on to the end of the file, or to a later
    # quote, and reports there; the cause is where it opened.
    if context == "while scanning a quoted scalar" and cm is not None:
        quote = (
            lines[cm.line][cm.column]
            if cm.line < len(lines) and cm.column < len(lines[cm.line])
            else '"'
        )
        return cl[0], cl[1], "yaml.unclosed_quote", {"quote": quote, "opened": cl[0]}
    for i in range(min(pl[0], len(lines))):
        stripped = lines[i].lstrip()
        if stripped.startswith("#"):
            continue
        quote = _unclosed(_value(lines[i]))
        if quote:
            return (
                i + 1,
                lines[i].index(quote) + 1,
                "yaml.unclosed_quote",
                {"quote": quote, "opened": i + 1},
            )

    # A key without its colon: libyaml notices on the next line.
    if "could not find expected ':'" in problem:
        return cl[0], cl[1], "yaml.missing_colon", {}

    if "mapping values are not allowed" in problem:
        i = pl[0] - 1
        prev = _meaningful(lines, i)
        if (
            i < len(lines)
            and prev is not None
            and _indent(lines[i]) > _content_indent(lines[prev])
            and _value(lines[prev])
        ):
            # ``nombre: Juan`` then a line indented deeper: read as one value, then a «:».
            return pl[0], _indent(lines[i]) + 1, "yaml.indent", {"block": prev + 1}
        return pl[0], pl[1], "yaml.colon_in_value", {}

    if (
        "did not find expected" in problem or "expected <block end>" in problem
    ) and "block" in context:
        i = pl[0] - 1
        column = _indent(lines[i]) + 1 if i < len(lines) else pl[1]
        return pl[0], column, "yaml.indent", {"block": cl[0]}

    if "cannot start any token" in problem and at_mark and at_mark in RESERVED:
        return pl[0], pl[1], "yaml.reserved_char", {"char": at_mark}

    return pl[0], pl[1], "yaml.syntax", {}
