"""Rule selection by id prefix on whole segments: ``4.3`` covers ``4.3.V``, never ``4.30``."""

from __future__ import annotations

from collections.abc import Iterable


def matches(prefix: str, rule: str) -> bool:
    # Rule ids are case-insensitive: «4.3.viii» is 4.3.VIII.
    prefix = prefix.strip().rstrip(".").upper()
    if prefix in ("ALL", "TODAS", "TODO"):
        return True
    rule = rule.upper()
    return rule == prefix or rule.startswith(prefix + ".")


def selected(rule: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Whether a rule counts. The longest matching prefix wins, so ``--select 4.3 --ignore
    4.3.VII`` keeps 4.3.I-IX but 4.3.VII, and ``--ignore 4.3 --select 4.3.V`` keeps 4.3.V."""
    best_select = max((len(p) for p in select if matches(p, rule)), default=-1)
    best_ignore = max((len(p) for p in ignore if matches(p, rule)), default=-1)
    select = list(select)
    if not select:
        best_select = 0
    if best_select < 0:
        return False
    return best_select > best_ignore
