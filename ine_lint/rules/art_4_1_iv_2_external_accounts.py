"""4.1.IV.2: no account associated with external social-network accounts.

> IV. Está prohibido abrir cuentas con carácter institucional, con referencia al INE o a
> cualquier Área de éste, utilizando alguno de los siguientes escenarios:
> 2. Que se asocien a cuentas externas de servicios de redes sociales;
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages
from ine_lint.model import account_key

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.1.IV.2"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.registro", "cuentas.vinculada_a", "inventario.cuentas")
TITLE = {"es": "Sin asociación a cuentas externas", "en": "No association with external accounts"}

MESSAGES: Messages = {
    "r.external.registration": {
        "es": (
            "La cuenta {subject} se abrió con registro «{registration}» (una cuenta externa)",
            "Registre la cuenta con su correo genérico ine.mx y desvincule la cuenta externa",
        ),
        "en": (
            'Account {subject} was opened with registro "{registration}" (an external account)',
            "Register it with its generic ine.mx mailbox and unlink the external account",
        ),
    },
    "r.external.link": {
        "es": (
            "La cuenta {subject} está vinculada a {link}, que no está en el inventario",
            "Desvincúlela o, si es institucional, agréguela al inventario",
        ),
        "en": (
            "Account {subject} is linked to {link}, which is not in the inventory",
            "Unlink it or, if it is institutional, add it to the inventory",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.external.link",
    {"link": "x/PersonalAcct", "subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"},
)


def ine_lint_check(inventory: Inventory, policy: Policy) -> Iterator[Finding]:
    forbidden = set(policy.param(ID, "registros_prohibidos"))
    known = inventory.accounts_by_key
    for account in inventory.active_accounts():
        if account.registration in forbidden:
            yield finding(
                account.where("registro"),
                "r.external.registration",
                area=account.area,
                subject=account.ref,
                registration=account.registration,
            )
        for ref, pos in account.linked_to:
            if account_key(ref) not in known:
                yield finding(
                    pos, "r.external.link", area=account.area, subject=account.ref, link=ref
                )
