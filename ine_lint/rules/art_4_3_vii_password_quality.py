"""4.3.VII: the password is built per UTSI's recommendations.

> VII. Construir la contraseña de acuerdo con las recomendaciones indicadas por la UTSI, así
> como la periodicidad de su cambio, a fin de evitar vulnerabilidades.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.3.VII"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.cambios_contrasena",)


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        for change in account.password_changes:
            if change.per_utsi is not True:
                yield finding(change.where("conforme_utsi", "fecha"), "r.quality",
                              area=account.area, subject=account.ref,
                              date=change.date.isoformat())
