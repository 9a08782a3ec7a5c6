"""4.1.IV.1: accounts are registered only with an ine.mx mailbox (see also 3.d).

> IV. Está prohibido abrir cuentas con carácter institucional, con referencia al INE o a
> cualquier Área de éste, utilizando alguno de los siguientes escenarios:
> 1. Cuentas de correo que no pertenezcan al dominio ine.mx;
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.1.IV.1"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.correo", "cuentas.accesos")
TITLE = {
    "es": "Cuentas solo con correo del dominio ine.mx",
    "en": "Accounts only with an ine.mx mailbox",
}

MESSAGES: Messages = {
    "r.domain.missing": {
        "es": (
            "La cuenta {subject} no registra el correo con que se abrió",
            "Registre en correo el buzón genérico @{domain} de la cuenta",
        ),
        "en": (
            "Account {subject} does not record the mailbox it was opened with",
            "Record the generic @{domain} mailbox in correo",
        ),
    },
    "r.domain.outside": {
        "es": (
            "La cuenta {subject} está registrada con {email}, fuera del dominio {domain}",
            "Cambie el correo de la cuenta por un correo genérico @{domain} asignado por la UTSI",
        ),
        "en": (
            "Account {subject} is registered with {email}, outside the {domain} domain",
            "Move the account to a generic @{domain} mailbox issued by UTSI",
        ),
    },
    "r.domain.access": {
        "es": (
            "{email} tiene acceso a {account} con un correo fuera del dominio {domain}: "
            "quien administra una cuenta institucional lo hace con su correo institucional",
            "Registre en accesos el correo @{domain} de la persona, o retire el acceso",
        ),
        "en": (
            "{email} has access to {account} with a mailbox outside the {domain} domain: "
            "an institutional account is administered with an institutional mailbox",
            "Record the person's @{domain} address in accesos, or revoke the access",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.domain.outside",
    {
        "email": "inejde01ags@gmail.com",
        "domain": "ine.mx",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory, policy: Policy) -> Iterator[Finding]:
    domain = str(policy.param(ID, "dominio")).lower()
    for account in inventory.active_accounts():
        if account.email is None:
            yield finding(
                account.where("usuario"),
                "r.domain.missing",
                area=account.area,
                subject=account.ref,
                domain=domain,
            )
        elif account.email.rsplit("@", 1)[-1] != domain:
            yield finding(
                account.where("correo"),
                "r.domain.outside",
                area=account.area,
                subject=account.ref,
                email=account.email,
                domain=domain,
            )
        for entry in account.access:
            if entry.email.rpartition("@")[2] != domain:
                yield finding(
                    entry.pos,
                    "r.domain.access",
                    area=account.area,
                    subject=account.ref,
                    email=entry.email,
                    account=account.ref,
                    domain=domain,
                )
