"""``--fix``/``--diff``: the mechanical corrections, made line by line.

Only what has exactly one right answer is changed: accents in keys (``adscripción`` →
``adscripcion``), letter case and known aliases of enumerated values (``Facebook`` →
``facebook``, ``twitter`` → ``x``), dates that can be read only one way (``13/10/2026`` →
``2026-10-13``; ``03/04/2026`` is left and reported), tabs used for indentation and trailing
spaces. Each edit replaces a span of one line, so comments, order and quoting stay as they
were; a line where 4.3.VI saw something is never touched, nor the content of a block scalar.
A file whose edits would leave it unreadable as YAML is left as it was.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ine_lint.dates import read_date
from ine_lint.discovery import Unreadable, read_regular
from ine_lint.loader import load_text
from ine_lint.resources import data_dir

#: Values written under another name, by key: what the inventory's enumerations call them.
ALIASES: dict[str, dict[str, str]] = {
    "red": {"twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube"},
}

_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<dash>(?:-[ \t]+)*)(?P<key>[^\s:#'\"{}\[\],&*!|>%@`-][^:#]*?)"
    r"(?P<colon>[ \t]*:)(?:(?P<gap>[ \t]+)(?P<value>.*?))?(?P<tail>[ \t]+#.*)?(?P<eol>\r?\n?)$"
)
_BLOCK = re.compile(r":[ \t]*[|>][0-9+-]*[ \t]*(#.*)?$")


@dataclass(frozen=True)
class Change:
    path: str
    line: int
    kind: str  # key | enum | date | tab | space | ambiguous | unreadable
    old: str
    new: str


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """From the shipped schemas: every key, the keys holding dates, and each key's enum."""
    keys: set[str] = set()
    dates: set[str] = set()
    enums: dict[str, set[str]] = {}
    for path in sorted(data_dir("schemas").glob("*.schema.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        defs = doc.get("$defs", {})

        def resolve(node: Any, defs: dict[str, Any] = defs) -> Any:
            ref = node.get("$ref", "") if isinstance(node, dict) else ""
            return defs.get(ref.rsplit("/", 1)[-1], node) if ref.startswith("#/$defs/") else node

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for name, sub in (node.get("properties") or {}).items():
                    keys.add(name)
                    target = resolve(sub)
                    if isinstance(target, dict):
                        if target.get("format") == "date":
                            dates.add(name)
                        if "enum" in target:
                            enums.setdefault(name, set()).update(
                                str(v) for v in target["enum"] if isinstance(v, str)
                            )
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(doc)
    try:
        from ine_lint.policy import load_policy

        enums.setdefault("red", set()).update(load_policy().platforms)
    except Exception:  # the catalogue is checked elsewhere; without it, red is left alone
        pass
    return (frozenset(keys), frozenset(dates), {k: tuple(sorted(v)) for k, v in enums.items()})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _unquote(value: str) -> tuple[str, str, str]:
    """(opening quote, inner text, closing quote) of a scalar as written."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[0], value[1:-1], value[-1]
    return "", value, ""


def _expand(lead: str, width: int) -> str:
    """Leading whitespace with each tab taken to the next multiple of ``width`` columns."""
    column = 0
    for char in lead:
        column = (column // width + 1) * width if char == "\t" else column + 1
    return " " * column


def _has_tab_indent(text: str) -> bool:
    return any("\t" in line[: len(line) - len(line.lstrip(" \t"))] for line in text.splitlines())


def _problems(text: str, rel: str, kind: str, path: Path) -> int:
    """How badly the text reads: a file that is not YAML hides everything, so it weighs most."""
    from ine_lint.discovery import SourceFile
    from ine_lint.modelling import load_and_validate

    loaded = load_and_validate(SourceFile(rel, kind, path), text.encode("utf-8"))
    return sum(
        1000 if f.rule == "yaml" else 1 for f in loaded.findings if f.rule in ("yaml", "esquema")
    )


def _fix_tabs(text: str, rel: str, kind: str, path: Path) -> tuple[str, list[Change]]:
    """Fix with the one tab width that reads best; with no single best, leave the tabs.

    A tab has no fixed width, and a wrong guess can still be valid YAML that means
    something else; so each common width is tried and only a strict winner (fewest yaml
    and esquema findings) is taken.
    """
    if not _has_tab_indent(text):
        return fix_text(text, rel)
    tried: dict[str, tuple[int, list[Change]]] = {}
    for width in (2, 4, 8):
        new, changes = fix_text(text, rel, tab_width=width)
        if new not in tried:
            tried[new] = (_problems(new, rel, kind, path), changes)
    ranked = sorted(tried.items(), key=lambda kv: kv[1][0])
    if len(ranked) == 1 or ranked[0][1][0] < ranked[1][1][0]:
        return ranked[0][0], ranked[0][1][1]
    new, changes = fix_text(text, rel)
    lines = [
        n
        for n, line in enumerate(text.splitlines(), start=1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    return new, [*changes, Change(rel, lines[0], "tab_ambiguous", "", "")]


def fix_text(text: str, path: str, tab_width: int | None = None) -> tuple[str, list[Change]]:
    """The corrected text and what changed (and what could not be, as ``ambiguous``).

    ``tab_width`` is how many columns a tab of indentation stands for; None leaves tabs.
    """
    keys, dates, enums = _vocabulary()
    secret_lines = {h.line for h in load_text(text.encode("utf-8"), path, "fix").secrets}
    lines = text.splitlines(keepends=True)
    changes: list[Change] = []
    out: list[str] = []
    block_indent: int | None = None
    for number, line in enumerate(lines, start=1):
        body = line.rstrip("\r\n")
        eol = line[len(body) :]
        indent = len(body) - len(body.lstrip(" \t"))
        if block_indent is not None:
            if body.strip() and indent <= block_indent:
                block_indent = None
            else:
                out.append(line)  # a block scalar's content is the value itself
                continue
        if number in secret_lines:
            out.append(line)
            if _BLOCK.search(body):
                block_indent = indent
            continue
        new = body
        stripped = new.rstrip(" \t")
        if stripped != new:
            changes.append(Change(path, number, "space", repr(new[len(stripped) :]), "''"))
            new = stripped
        lead = new[: len(new) - len(new.lstrip(" \t"))]
        if "\t" in lead and tab_width is not None:
            spaces = _expand(lead, tab_width)
            changes.append(Change(path, number, "tab", repr(lead), repr(spaces)))
            new = spaces + new[len(lead) :]
        new = _fix_pair(new, number, path, keys, dates, enums, changes)
        if _BLOCK.search(new):
            block_indent = len(new) - len(new.lstrip(" "))
        out.append(new + eol)
    return "".join(out), changes


def _fix_pair(
    line: str,
    number: int,
    path: str,
    keys: frozenset[str],
    dates: frozenset[str],
    enums: dict[str, tuple[str, ...]],
    changes: list[Change],
) -> str:
    m = _LINE.match(line + "\n")
    if m is None:
        return line
    key = m["key"].strip()
    q = _unquote(key)[0]
    new_key = key
    if not q and not key.isascii() and _fold(key) in keys and _fold(key) != key:
        new_key = _fold(key)
        changes.append(Change(path, number, "key", key, new_key))
    value = m["value"] or ""
    new_value = value
    name = _fold(key)
    open_q, inner, close_q = _unquote(value)
    if value and name in enums and inner not in enums[name]:
        wanted = ALIASES.get(name, {}).get(inner.casefold())
        if wanted is None:
            wanted = next((e for e in enums[name] if e.casefold() == inner.casefold()), None)
        if wanted is not None and wanted in enums[name]:
            new_value = f"{open_q}{wanted}{close_q}"
            changes.append(Change(path, number, "enum", value, new_value))
    elif value and name in dates:
        iso, ambiguous = read_date(inner)
        if ambiguous:  # written only when it reads one way
            changes.append(Change(path, number, "ambiguous", value, ""))
        elif iso is not None and iso != inner:
            new_value = f"{open_q}{iso}{close_q}"
            changes.append(Change(path, number, "date", value, new_value))
    if new_key == key and new_value == value:
        return line
    start_key, end_key = m.span("key")
    out = line[:start_key] + m["key"].replace(key, new_key, 1) + line[end_key : m.start("colon")]
    rest = line[m.start("colon") :]
    if value:
        vstart = m.start("value") - m.start("colon")
        rest = rest[:vstart] + new_value + rest[vstart + len(value) :]
    return out + rest


def _read(path: Path) -> bytes | None:
    try:
        return read_regular(path)
    except Unreadable:
        return None


def _readable(text: str, path: str) -> bool:
    return not any(f.rule == "yaml" for f in load_text(text.encode("utf-8"), path, "fix").findings)


def fix_inventory(
    root: Path, only: frozenset[str] | None, write: bool
) -> tuple[list[Change], list[str]]:
    """Fix every inventory file (or those in ``only``): (changes, unified diffs)."""
    from ine_lint.discovery import discover

    sources, _ = discover(root)
    changes: list[Change] = []
    diffs: list[str] = []
    for source in sources:
        if only is not None and source.rel not in only:
            continue
        raw = _read(source.path)
        if raw is None:
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        new, found = _fix_tabs(text, source.rel, source.kind, source.path)
        edits = [c for c in found if c.kind not in ("ambiguous", "tab_ambiguous")]
        if edits and _readable(text, source.rel) and not _readable(new, source.rel):
            changes.append(Change(source.rel, 1, "unreadable", "", ""))
            changes.extend(c for c in found if c.kind in ("ambiguous", "tab_ambiguous"))
            continue
        changes.extend(found)
        if new == text:
            continue
        diffs.append(_diff(text, new, source.rel))
        if write:
            _write(source.path, new)
    return changes, diffs


def _diff(old: str, new: str, rel: str) -> str:
    """A unified diff whose context never shows a line where 4.3.VI saw something.

    Such lines are never edited, so they appear only as context, and there as «oculto».
    """
    hidden = {h.line for h in load_text(old.encode("utf-8"), rel, "fix").secrets}
    before = old.splitlines(keepends=True)
    after = new.splitlines(keepends=True)
    # Edits replace spans within lines: line numbers are the same on both sides.
    for number in hidden:
        if 0 < number <= min(len(before), len(after)):
            before[number - 1] = after[number - 1] = "«oculto»\n"
    from ine_lint.redact import shown_path

    shown = shown_path(rel)
    return "".join(difflib.unified_diff(before, after, fromfile=f"a/{shown}", tofile=f"b/{shown}"))


def _write(path: Path, text: str) -> None:
    mode = stat.S_IMODE(os.stat(path).st_mode)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)


def describe(changes: list[Change]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each change as a catalogue key and its arguments."""
    from ine_lint.redact import secret_like, shown_path
    from ine_lint.secrets import HIDDEN

    # Never a secret back: not in a file's name, nor in a value (lines 4.3.VI saw something
    # on are never edited, so this is a last guard).
    for c in changes:
        yield (
            f"fix.{c.kind}",
            {
                "path": shown_path(c.path),
                "line": c.line,
                "old": HIDDEN if secret_like(c.old) else c.old,
                "new": HIDDEN if secret_like(c.new) else c.new,
            },
        )
