"""The finding: one small, immutable, sortable record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "info": 1}

#: Findings that are not about a provision.
YAML = "yaml"
SCHEMA = "esquema"
REFERENCE = "referencia"
ENGINE = "ine-lint"
CORE_RULES = (YAML, SCHEMA, REFERENCE)

#: The note of a root-cause finding (``ine_lint.unknown``): the scopes of a fact that could
#: not be read, and what the finding asks to fix (the whole file, or one value or entry).
AREA, ACCOUNT, ALL = "area", "account", "all"
FILE, VALUE = "archivo", "dato"


@dataclass(frozen=True, order=True)
class Pos:
    """Where a value came from: inventory-relative path, 1-based line and column."""

    path: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Finding:
    """A problem found at a place. ``message`` is a catalogue key plus its arguments.

    Rules yield findings with ``rule`` and ``severity`` left empty; the engine stamps them,
    so a rule can never mislabel itself.
    """

    pos: Pos
    message: str
    args: tuple[tuple[str, Any], ...] = ()
    rule: str = ""
    severity: str = ""
    area: str = ""
    subject: str = ""
    #: Set by the filter stage: why the finding does not count (suppression or waiver).
    suppressed_by: str = ""
    #: Extra context for reporters (never shown as the message), e.g. a waiver's expiry.
    note: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    @property
    def path(self) -> str:
        return self.pos.path

    @property
    def line(self) -> int:
        return self.pos.line

    @property
    def column(self) -> int:
        return self.pos.column

    def sort_key(self) -> tuple[str, bool, int, int, str, str]:
        # Within a file, what could not be read comes first: it explains what follows.
        return (
            self.pos.path,
            self.rule not in CORE_RULES,
            self.pos.line,
            self.pos.column,
            self.rule,
            self.message,
        )

    def text(self, lang: str) -> str:
        """The message, with any control character from the input escaped (``\\x1b``)."""
        from ine_lint.display import printable, shorten
        from ine_lint.messages import render

        text = render(
            self.message,
            lang,
            {"area": self.area, "subject": self.subject, **dict(self.args)},
            rule=self.rule,
        )
        if self.subject and self.subject not in text.split(". ", 1)[0]:
            text = f"{shorten(self.subject)}: {text}"
        notes = dict(self.note)
        if "waiver" in notes:
            text += " " + render("note.waiver_expired", lang, notes)
        if "not_evaluated" in notes:
            text += " " + not_evaluated(notes["not_evaluated"], notes["not_evaluated_level"], lang)
        return printable(text)


def not_evaluated(parts: Sequence[tuple[str, bool, str, str]], level: str, lang: str) -> str:
    """«4.1.III, 4.2.III no se evaluaron para JLE-JAL hasta corregir este archivo.»"""
    from ine_lint.messages import ui

    pieces = []
    for rules, plural, scope, key in parts:
        whom = key if scope != ALL else ui("unknown.everywhere", lang)
        template = ui("unknown.many" if plural else "unknown.one", lang)
        pieces.append(template.format(rules=rules, whom=whom))
    until = ui("unknown.until_file" if level == FILE else "unknown.until_value", lang)
    return "; ".join(pieces) + " " + until


def stamp(f: Finding, rule: str) -> Finding:
    """The finding with its rule set, unless it already has one."""
    return f if f.rule else replace(f, rule=rule)


def notice(f: Finding) -> Finding:
    """An upcoming deadline (``--horizon``): reported as ``info``, never as a breach."""
    return replace(f, severity="info")


def finding(pos: Pos, message: str, *, area: str = "", subject: str = "", **args: Any) -> Finding:
    """Build a finding; keyword arguments fill the message template."""
    return Finding(
        pos=pos, message=message, args=tuple(sorted(args.items())), area=area, subject=subject
    )
