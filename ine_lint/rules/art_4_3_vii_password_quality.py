"""4.3.VII: the password is built per UTSI's recommendations.

> VII. Construir la contraseña de acuerdo con las recomendaciones indicadas por la UTSI, así
> como la periodicidad de su cambio, a fin de evitar vulnerabilidades.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.VII"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.cambios_contrasena",)
TITLE = {"es": "Contraseña conforme a la UTSI", "en": "Password built per UTSI's recommendations"}

MESSAGES: Messages = {
    "r.quality": {
        "es": (
            "El cambio de contraseña del {date} no consta conforme a las recomendaciones de "
            "la UTSI",
            "Cambie la contraseña según la UTSI y registre conforme_utsi: true",
        ),
        "en": (
            "The password change of {date} is not recorded as following UTSI's recommendations",
            "Change the password per UTSI and record conforme_utsi: true",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.quality",
    {"date": "2026-10-01", "subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"},
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        for change in account.password_changes:
            if change.per_utsi is not True:
                yield finding(
                    change.where("conforme_utsi", "fecha"),
                    "r.quality",
                    area=account.area,
                    subject=account.ref,
                    date=change.date.isoformat(),
                )
