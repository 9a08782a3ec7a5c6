"""4.1.IV.3: no mechanism that does not allow an official institutional link.

> IV. Está prohibido abrir cuentas con carácter institucional, con referencia al INE o a
> cualquier Área de éste, utilizando alguno de los siguientes escenarios:
> 3. Utilizando cualquier otro mecanismo que no permita una vinculación institucional de
> carácter oficial.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.1.IV.3"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.registro",)
TITLE = {
    "es": "Sin mecanismos sin vínculo institucional",
    "en": "No mechanism without an institutional link",
}

MESSAGES: Messages = {
    "r.mechanism": {
        "es": (
            "La cuenta {subject} se abrió con registro «{registration}», que no permite una "
            "vinculación institucional oficial",
            "Cambie el registro a un correo genérico ine.mx (registro: correo)",
        ),
        "en": (
            'Account {subject} was opened with registro "{registration}", which allows no '
            "official institutional link",
            "Move the registration to a generic ine.mx mailbox (registro: correo)",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.mechanism",
    {"registration": "telefono", "subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"},
)


def ine_lint_check(inventory: Inventory, policy: Policy) -> Iterator[Finding]:
    forbidden = set(policy.param(ID, "registros_prohibidos"))
    for account in inventory.active_accounts():
        if account.registration in forbidden:
            yield finding(
                account.where("registro"),
                "r.mechanism",
                area=account.area,
                subject=account.ref,
                registration=account.registration,
            )
