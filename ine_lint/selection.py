"""Rule ids: selection by prefix on whole segments (``4.3`` covers ``4.3.V``, never
``4.30``), and the article order they are listed in."""

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


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int | None:
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN[c]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def rule_order(rule: str) -> tuple[object, ...]:
    """Article order: 4.1.IV.2 < 4.1.IV.10 < 4.2.II; ine-lint's own rules first."""
    if not rule[:1].isdigit():
        return ((0, rule),)
    out: list[tuple[int, object]] = []
    for part in rule.split("."):
        if part.isdigit():
            out.append((1, int(part)))
        else:
            number = _roman(part)
            out.append((1, number) if number is not None else (2, part))
    return tuple(out)
