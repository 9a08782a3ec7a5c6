"""Unknown is not absent: facts that could not be read, and the findings they rule out.

A file, an entry or a field with a ``yaml``, ``esquema`` or ``referencia`` finding is
*unknown*. A rule must not report a violation derived from its absence, nor from what the
model would use in its place (an older password change, ``alta``). So every unknown fact is
recorded as an :class:`Unknown` (whose fact, which input, which finding says why), each rule
declares the inputs it reads (``READS`` in its module), and the engine drops the findings of
a rule about an área or account whose input is unknown. The root-cause finding then says
which provisions were not evaluated, for whom.

Inputs are dotted names: ``areas``, ``cncs``, ``correos`` (whole files), ``designaciones``
and ``cuentas`` (an área's file, or with a field: ``designaciones.propietaria``,
``cuentas.cambios_contrasena``), and ``inventario.cuentas`` (the set of every account). A
coarse name covers its finer ones and the other way round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from ine_lint.findings import ACCOUNT as ACCOUNT
from ine_lint.findings import ALL as ALL
from ine_lint.findings import AREA as AREA
from ine_lint.findings import CORE_RULES, Finding, Pos
from ine_lint.findings import FILE as FILE
from ine_lint.findings import VALUE as VALUE
from ine_lint.selection import rule_order


class Unknown(NamedTuple):
    """One fact that could not be read. Plain data: it is cached with its file."""

    scope: str  # AREA | ACCOUNT | ALL
    key: str  # área clave, account key (``red/usuario`` lower-cased), or "" for ALL
    input: str  # what could not be read, e.g. ``designaciones.propietaria``
    path: str  # the root-cause finding: file, line, column
    line: int
    column: int
    level: str = VALUE  # FILE | VALUE
    label: str = ""  # how to name ``key`` to a person (the account as written)

    @property
    def cause(self) -> tuple[str, int, int]:
        return (self.path, self.line, self.column)


def covers(unknown_input: str, reads: Iterable[str]) -> bool:
    """Whether a rule reading ``reads`` depends on ``unknown_input``."""
    for name in reads:
        if (
            name == unknown_input
            or name.startswith(unknown_input + ".")
            or unknown_input.startswith(name + ".")
        ):
            return True
    return False


def _about(f: Finding, u: Unknown) -> bool:
    if u.scope == ALL:
        return True
    if u.scope == AREA:
        return f.area == u.key
    account = dict(f.args).get("account")
    return u.key in (
        f.subject.strip().lstrip("@").lower(),
        account.strip().lstrip("@").lower() if isinstance(account, str) else "",
    )


def blocked(f: Finding, reads: Sequence[str] | None, unknowns: Sequence[Unknown]) -> bool:
    """Whether ``f`` may rest on an unknown fact. A rule that declares nothing is assumed to
    read everything about the área or account its finding names."""
    return any((reads is None or covers(u.input, reads)) and _about(f, u) for u in unknowns)


def apply(
    found: list[Finding], unknowns: Sequence[Unknown], reads: Mapping[str, Sequence[str] | None]
) -> list[Finding]:
    """The provision findings that do not rest on an unknown fact."""
    if not unknowns:
        return found
    out = []
    for f in found:
        if f.rule in CORE_RULES or f.message.startswith("engine.") or f.rule not in reads:
            out.append(f)  # a crash of a rule is never hidden
        elif not blocked(f, reads[f.rule], unknowns):
            out.append(f)
    return out


def annotate(
    core: list[Finding], unknowns: Sequence[Unknown], reads: Mapping[str, Sequence[str] | None]
) -> list[Finding]:
    """Each root-cause finding, with the provisions it kept from being evaluated, for whom."""
    if not unknowns:
        return core
    # cause → (scope label → rules not evaluated); and the level of the cause
    by_cause: dict[tuple[str, int, int], dict[tuple[str, str], set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    level: dict[tuple[str, int, int], str] = {}
    for u in unknowns:
        rules = {
            r
            for r, names in reads.items()
            if (names is None or covers(u.input, names)) and r[:1].isdigit()
        }
        if not rules:
            continue
        by_cause[u.cause][(u.scope, u.label or u.key)] |= rules
        if level.get(u.cause) != FILE:
            level[u.cause] = u.level
    done: set[tuple[str, int, int]] = set()
    out = []
    for f in sorted(core, key=Finding.sort_key):
        cause = (f.path, f.line, f.column)
        groups = by_cause.get(cause)
        if groups is None or cause in done or f.rule not in CORE_RULES:
            out.append(f)
            continue
        done.add(cause)
        out.append(
            replace(
                f,
                note=(
                    *f.note,
                    ("not_evaluated", _parts(groups)),
                    ("not_evaluated_level", level[cause]),
                ),
            )
        )
    # A cause with no finding at its exact place (it should not happen): attach to the
    # file's first core finding, so the note is never lost.
    missing = [c for c in by_cause if c not in done]
    for cause in missing:
        for i, f in enumerate(out):
            if (
                f.path == cause[0]
                and f.rule in CORE_RULES
                and not dict(f.note).get("not_evaluated")
            ):
                out[i] = replace(
                    f,
                    note=(
                        *f.note,
                        ("not_evaluated", _parts(by_cause[cause])),
                        ("not_evaluated_level", level[cause]),
                    ),
                )
                break
    return out


def _parts(groups: dict[tuple[str, str], set[str]]) -> tuple[tuple[str, bool, str, str], ...]:
    """(rules, plural, scope, whom): whoever shares the same rules is named together."""
    by_rules: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for (scope, key), rules in groups.items():
        by_rules[tuple(sorted(rules, key=rule_order))].append((scope, key))
    out = []
    for ordered, whom in sorted(
        by_rules.items(),
        key=lambda kv: (any(s == ALL for s, _ in kv[1]), sorted(k for _, k in kv[1])),
    ):
        names = sorted(k for s, k in whom if s != ALL)
        scope = ALL if any(s == ALL for s, _ in whom) else AREA
        out.append((", ".join(ordered), len(ordered) > 1, scope, ", ".join(names)))
    return tuple(out)


def area_scope(area: str, input_name: str, pos: Pos, level: str = VALUE) -> Unknown:
    return Unknown(AREA, area, input_name, pos.path, pos.line, pos.column, level)


def everywhere(input_name: str, pos: Pos, level: str = VALUE) -> Unknown:
    return Unknown(ALL, "", input_name, pos.path, pos.line, pos.column, level)


def account_scope(
    key: str, input_name: str, pos: Pos, level: str = VALUE, label: str = ""
) -> Unknown:
    return Unknown(ACCOUNT, key, input_name, pos.path, pos.line, pos.column, level, label)
