"""4.3.VI: keep the password safe; the inventory never holds a secret.

> VI. Resguardar adecuadamente la contraseña.

The scan (``ine_lint.secrets``) runs over the text of every file under the inventory root
when it is loaded (keys, values, comments, prose, files that are not YAML, files of any
name) and over every entry's name; only the place and the kind of secret are reported,
never the value, and every other finding hides it (``ine_lint.redact``). An inline
``ignorar`` cannot silence it; only a waiver naming the file and the line can.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, Pos, finding
from ine_lint.secrets import HIDDEN_KIND

ID = "4.3.VI"


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    for loaded in inventory.files:
        for hit in loaded.secrets:
            if hit.kind == HIDDEN_KIND:  # not a secret by itself; only hidden elsewhere
                continue
            yield finding(Pos(loaded.path, hit.line, hit.column), f"r.secret.{hit.kind}",
                          subject=loaded.path, term=hit.term)
    for path, hit in inventory.name_secrets:
        yield finding(Pos(path, 1, 1), "r.secret.in_name", subject=path, term=hit.term)
