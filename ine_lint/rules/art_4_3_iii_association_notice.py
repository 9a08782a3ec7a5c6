"""4.3.III: the association is reported to cncs@ine.mx.

> III. Una vez realizada la asociación deberán informar esta situación a la CNCS a la cuenta
> de correo electrónico cncs@ine.mx, con la finalidad de validar el cumplimiento de los
> presentes Lineamientos.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.3.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.asociacion_notificada", "cuentas.correo", "correos")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        notified = account.association_notified
        if notified is None:
            yield finding(account.where("usuario"), "r.association.missing",
                          area=account.area, subject=account.ref)
            continue
        box = inventory.mailboxes.get(account.email) if account.email else None
        if box is not None and notified < box.assigned:
            yield finding(account.where("asociacion_notificada"), "r.association.early",
                          area=account.area, subject=account.ref, notified=notified.isoformat(),
                          assigned=box.assigned.isoformat(), email=box.email)
