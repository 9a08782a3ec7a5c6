"""4.3.IX: every password change is reported to the titular.

> IX. Informar cualquier cambio de contraseña a la persona titular del Área Responsable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.IX"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.cambios_contrasena",)
TITLE = {
    "es": "Cada cambio de contraseña informado a la persona titular",
    "en": "Every password change reported to the titular",
}

MESSAGES: Messages = {
    "r.notice.missing": {
        "es": (
            "No consta que el cambio de contraseña del {date} se informara a la persona titular",
            "Infórmelo y registre la fecha en notificado_titular",
        ),
        "en": (
            "The password change of {date} is not recorded as reported to the titular",
            "Report it and record the date in notificado_titular",
        ),
    },
    "r.notice.early": {
        "es": (
            "El aviso a la persona titular ({notified}) es anterior al cambio de contraseña "
            "del {date}",
            "Corrija la fecha o informe el cambio",
        ),
        "en": (
            "The notice to the titular ({notified}) predates the password change of {date}",
            "Fix the date or report the change",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.notice.missing",
    {"date": "2026-10-01", "subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"},
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        for change in account.password_changes:
            notified = change.titular_notified
            if notified is None:
                yield finding(
                    change.where("fecha"),
                    "r.notice.missing",
                    area=account.area,
                    subject=account.ref,
                    date=change.date.isoformat(),
                )
            elif notified < change.date:
                yield finding(
                    change.where("notificado_titular"),
                    "r.notice.early",
                    area=account.area,
                    subject=account.ref,
                    date=change.date.isoformat(),
                    notified=notified.isoformat(),
                )
