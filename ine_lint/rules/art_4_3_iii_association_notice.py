"""4.3.III: the association is reported to cncs@ine.mx.

> III. Una vez realizada la asociación deberán informar esta situación a la CNCS a la cuenta
> de correo electrónico cncs@ine.mx, con la finalidad de validar el cumplimiento de los
> presentes Lineamientos.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.asociacion_notificada", "cuentas.correo", "correos")
TITLE = {"es": "Asociación informada a cncs@ine.mx", "en": "Association reported to cncs@ine.mx"}

MESSAGES: Messages = {
    "r.association.missing": {
        "es": (
            "No consta que la asociación del correo de {subject} se haya informado a cncs@ine.mx",
            "Infórmela y registre la fecha en asociacion_notificada",
        ),
        "en": (
            "The association of {subject}'s mailbox is not recorded as reported to cncs@ine.mx",
            "Report it and record the date in asociacion_notificada",
        ),
    },
    "r.association.early": {
        "es": (
            "La asociación se informó el {notified}, antes de que la UTSI asignara {email} "
            "({assigned})",
            "Corrija la fecha o informe de nuevo la asociación",
        ),
        "en": (
            "The association was reported on {notified}, before UTSI assigned {email} ({assigned})",
            "Fix the date or report the association again",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.association.missing",
    {"subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"},
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        notified = account.association_notified
        if notified is None:
            yield finding(
                account.where("usuario"),
                "r.association.missing",
                area=account.area,
                subject=account.ref,
            )
            continue
        box = inventory.mailboxes.get(account.email) if account.email else None
        if box is not None and notified < box.assigned:
            yield finding(
                account.where("asociacion_notificada"),
                "r.association.early",
                area=account.area,
                subject=account.ref,
                notified=notified.isoformat(),
                assigned=box.assigned.isoformat(),
                email=box.email,
            )
