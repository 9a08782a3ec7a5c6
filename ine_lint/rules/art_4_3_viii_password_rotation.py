"""4.3.VIII: change the password at least every two months, and document the change.

> VIII. Cambiar la contraseña, al menos, cada dos meses, para garantizar la seguridad de
> éstas y documentar el cambio.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.dates import add_months
from ine_lint.findings import Finding, finding, notice
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.context import Context
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.3.VIII"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.alta", "cuentas.cambios_contrasena", "cuentas.incidentes")
TITLE = {
    "es": "Cambio de contraseña al menos cada dos meses",
    "en": "Password changed at least every two months",
}

MESSAGES: Messages = {
    "r.rotation.late": {
        "es": (
            "Último cambio de contraseña: {last}; debía cambiarse a más tardar el {due}",
            "Cambie la contraseña y documente el cambio en cambios_contrasena",
        ),
        "en": (
            "Latest password change: {last}; it was due to change by {due}",
            "Change the password and document it in cambios_contrasena",
        ),
    },
    "r.rotation.never": {
        "es": (
            "La cuenta no documenta ningún cambio de contraseña desde su alta ({last}); "
            "debía cambiarse a más tardar el {due}",
            "Cambie la contraseña y documente el cambio en cambios_contrasena",
        ),
        "en": (
            "The account documents no password change since its alta ({last}); it was due "
            "to change by {due}",
            "Change the password and document it in cambios_contrasena",
        ),
    },
    "r.rotation.due_soon": {
        "es": (
            "Último cambio de contraseña: {last}; el siguiente vence el {due}",
            "Programe el cambio antes de esa fecha",
        ),
        "en": (
            "Latest password change: {last}; the next one is due on {due}",
            "Schedule the change before then",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.rotation.late",
    {
        "last": "2026-09-15",
        "due": "2026-11-15",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory, policy: Policy, context: Context) -> Iterator[Finding]:
    months = int(policy.param(ID, "max_meses"))
    for account in inventory.active_accounts():
        # A password changed during an incident (contrasena_cambiada) is a documented change.
        changes = [
            (c.date, c.where("fecha")) for c in account.password_changes if c.date <= context.as_of
        ]
        changes += [
            (i.password_changed, i.where("contrasena_cambiada"))
            for i in account.incidents
            if i.password_changed is not None and i.password_changed <= context.as_of
        ]
        if changes:
            last, where = max(changes, key=lambda c: (c[0], c[1].line))
            key = "r.rotation.late"
        else:
            last, where, key = account.opened, account.where("alta"), "r.rotation.never"
        due = add_months(last, months)
        if context.as_of > due:
            yield finding(
                where,
                key,
                area=account.area,
                subject=account.ref,
                last=last.isoformat(),
                due=due.isoformat(),
                months=months,
            )
        elif context.due_soon(due):
            yield notice(
                finding(
                    where,
                    "r.rotation.due_soon",
                    area=account.area,
                    subject=account.ref,
                    last=last.isoformat(),
                    due=due.isoformat(),
                )
            )
