"""4.3.VI: keep the password safe; the inventory never holds a secret.

> VI. Resguardar adecuadamente la contraseña.

The scan runs over each file's text when it is loaded (keys, values, comments, even files
that are not valid YAML); only the place and the kind of secret are kept, never the value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, Pos, finding

ID = "4.3.VI"
#: Reads no fact of the model: the scan covers every file, readable or not.
READS = ()


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    for loaded in inventory.files:
        for hit in loaded.secrets:
            yield finding(Pos(loaded.path, hit.line, hit.column), f"r.secret.{hit.kind}",
                          subject=loaded.path, term=hit.term)
