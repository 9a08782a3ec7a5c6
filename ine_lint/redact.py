"""Never print a secret back: what 4.3.VI found is hidden in every other finding.

A value 4.3.VI flagged may also be quoted by another finding: a schema error on the same
line, an unknown key named like it, a suppression's reason, the path of a file named after
it. Every such string becomes ``«oculto»`` in the finding's arguments, subject, área, path,
suppression and note, before any reporter sees it, so no format can let it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ine_lint.findings import Finding, Pos
from ine_lint.secrets import HIDDEN, SecretHit, drop_public, hidden_values

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory


def public_values(inventory: Inventory) -> frozenset[str]:
    """What the inventory publishes: the parts of each account's URL, and its usuario when
    the URL shows it too (a token typed as a usuario is not published by being there)."""
    out: set[str] = set()
    for account in inventory.accounts:
        url = getattr(account, "url", None)
        if not isinstance(url, str) or "://" not in url:
            continue  # not a URL: nothing in it is published by being there
        parts = {p for p in re.split(r"[/?&=#@]+", url) if len(p) >= 4}
        out.update(parts)
        user = getattr(account, "user", None)
        if isinstance(user, str) and user.lstrip("@") in parts:
            out.update((user, user.lstrip("@")))
    return frozenset(out)


def settle_secrets(inventory: Inventory, named: Iterable[tuple[str, SecretHit]]) -> None:
    """Drop hits that stand only on published values, in files and in entries' names."""
    public = public_values(inventory)
    for lf in inventory.files:
        if lf.secrets:
            lf.secrets = drop_public(lf.secrets, public)
    inventory.name_secrets = [(name, hit) for name, hit in named
                              if drop_public([hit], public)]


class Redactor:
    """Replaces every known secret string by ``«oculto»``."""

    def __init__(self, values: Iterable[str]) -> None:
        ordered = sorted(set(values), key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    @classmethod
    def of(cls, inventory: Inventory) -> Redactor:
        hits: list[SecretHit] = [h for lf in inventory.files for h in lf.secrets]
        hits += [h for _, h in inventory.name_secrets]
        return cls(hidden_values(hits))

    def text(self, value: str) -> str:
        return self.pattern.sub(HIDDEN, value) if self.pattern is not None else value

    def _any(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, tuple):
            return tuple(self._any(v) for v in value)
        if isinstance(value, list):
            return [self._any(v) for v in value]
        return value

    def finding(self, f: Finding) -> Finding:
        if self.pattern is None:
            return f
        return replace(
            f, pos=Pos(self.text(f.pos.path), f.pos.line, f.pos.column),
            args=tuple((k, self._any(v)) for k, v in f.args), area=self.text(f.area),
            subject=self.text(f.subject), suppressed_by=self.text(f.suppressed_by),
            note=tuple((k, self._any(v)) for k, v in f.note))
