"""4.3.VIII: change the password at least every two months, and document the change.

> VIII. Cambiar la contraseña, al menos, cada dos meses, para garantizar la seguridad de
> éstas y documentar el cambio.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.dates import add_months
from ine_lint.findings import Finding, finding, notice

ID = "4.3.VIII"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.alta", "cuentas.cambios_contrasena", "cuentas.incidentes")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any, context: Any) -> Iterator[Finding]:
    months = int(policy.param(ID, "max_meses"))
    for account in inventory.active_accounts():
        changes = [c for c in account.password_changes if c.date <= context.as_of]
        if changes:
            last, where, key = changes[-1].date, changes[-1].where("fecha"), "r.rotation.late"
        else:
            last, where, key = account.opened, account.where("alta"), "r.rotation.never"
        due = add_months(last, months)
        if context.as_of > due:
            yield finding(where, key, area=account.area, subject=account.ref,
                          last=last.isoformat(), due=due.isoformat(), months=months)
        elif context.due_soon(due):
            yield notice(finding(where, "r.rotation.due_soon", area=account.area,
                                 subject=account.ref, last=last.isoformat(),
                                 due=due.isoformat()))
