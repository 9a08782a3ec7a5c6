"""4.3.IX: every password change is reported to the titular.

> IX. Informar cualquier cambio de contraseña a la persona titular del Área Responsable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.3.IX"
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
            notified = change.titular_notified
            if notified is None:
                yield finding(change.where("fecha"), "r.notice.missing", area=account.area,
                              subject=account.ref, date=change.date.isoformat())
            elif notified < change.date:
                yield finding(change.where("notificado_titular"), "r.notice.early",
                              area=account.area, subject=account.ref,
                              date=change.date.isoformat(), notified=notified.isoformat())
