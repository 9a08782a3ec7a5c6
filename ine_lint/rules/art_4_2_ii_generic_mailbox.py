"""4.2.II: accounts use generic mailboxes, never a person's.

> II. Supervisar que las cuentas de redes sociales institucionales sean creadas con correos
> electrónicos genéricos y evitar el uso de correos electrónicos de personas servidoras
> públicas y/o personales.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.2.II"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.correo", "correos")
TITLE = {
    "es": "Correos genéricos, nunca personales",
    "en": "Generic mailboxes, never personal ones",
}

MESSAGES: Messages = {
    "r.generic.personal": {
        "es": (
            "La cuenta {subject} usa {email}, que es el correo de una persona ({role})",
            "Solicite un correo genérico a la UTSI y asócielo a la cuenta",
        ),
        "en": (
            "Account {subject} uses {email}, which is a person's mailbox ({role})",
            "Request a generic mailbox from UTSI and associate it with the account",
        ),
    },
    "r.generic.unregistered": {
        "es": (
            "La cuenta {subject} usa {email}, que no está en el registro de correos "
            "genéricos de la UTSI",
            "Use un correo del registro, o agregue a correos-genericos.yaml el que asignó la UTSI",
        ),
        "en": (
            "Account {subject} uses {email}, which is not in UTSI's generic-mailbox register",
            "Use a registered mailbox, or add the one UTSI assigned to correos-genericos.yaml",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.generic.personal",
    {
        "email": "juan.perez@ine.mx",
        "role": "propietaria",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    people = inventory.people_emails
    for account in inventory.active_accounts():
        if account.email is None:
            continue  # 4.1.IV.1 reports an account without a mailbox
        where = account.where("correo")
        role = people.get(account.email)
        if role is not None:
            yield finding(
                where,
                "r.generic.personal",
                area=account.area,
                subject=account.ref,
                email=account.email,
                role=role,
            )
        elif account.email not in inventory.mailboxes:
            yield finding(
                where,
                "r.generic.unregistered",
                area=account.area,
                subject=account.ref,
                email=account.email,
            )
