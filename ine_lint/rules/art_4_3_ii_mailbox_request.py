"""4.3.II: the generic mailbox is requested from UTSI by an administrator of the área.

> II. Tramitar ante la UTSI una o varias cuentas de correo electrónico genérico para
> asociarla a la(s) cuenta(s) bajo su responsabilidad.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.II"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("correos", "designaciones.propietaria", "designaciones.suplente", "cuentas.correo")
TITLE = {
    "es": "Correo genérico tramitado ante la UTSI",
    "en": "Generic mailbox requested from UTSI",
}

MESSAGES: Messages = {
    "r.request.other_area": {
        "es": (
            "La cuenta {subject} usa {email}, asignado por la UTSI al área {owner}",
            "Tramite ante la UTSI un correo genérico para el área {area}",
        ),
        "en": (
            "Account {subject} uses {email}, which UTSI assigned to área {owner}",
            "Request a generic mailbox from UTSI for área {area}",
        ),
    },
    "r.request.unknown": {
        "es": (
            "No consta quién tramitó {email} ante la UTSI (cuenta {subject})",
            "Registre en solicitado_por a la persona administradora que lo tramitó",
        ),
        "en": (
            "Who requested {email} from UTSI is not recorded (account {subject})",
            "Record the administrator who requested it in solicitado_por",
        ),
    },
    "r.request.not_admin": {
        "es": (
            "{email} lo tramitó {requester}, que nunca fue persona administradora del "
            "área {area} "
            "(cuenta {subject})",
            "El trámite ante la UTSI debe hacerlo una persona administradora designada del área",
        ),
        "en": (
            "{email} was requested by {requester}, who never was an administrator of área "
            "{area} (account {subject})",
            "The request to UTSI must come from a designated administrator of the área",
        ),
    },
}

EXAMPLE = Example(
    "correos-genericos.yaml",
    "r.request.not_admin",
    {
        "email": "redes.jde01ags@ine.mx",
        "requester": "luis.mora@ine.mx",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        box = inventory.mailboxes.get(account.email) if account.email else None
        if box is None:
            continue  # not in the register: 4.2.II says so
        if box.area != account.area:
            yield finding(
                account.where("correo"),
                "r.request.other_area",
                area=account.area,
                subject=account.ref,
                email=box.email,
                owner=box.area,
            )
            continue
        admins = inventory.administrators_ever.get(account.area, set())
        if box.requested_by is None:
            yield finding(
                box.pos,
                "r.request.unknown",
                area=account.area,
                subject=account.ref,
                email=box.email,
            )
        elif box.requested_by not in admins:
            yield finding(
                box.where("solicitado_por"),
                "r.request.not_admin",
                area=account.area,
                subject=account.ref,
                email=box.email,
                requester=box.requested_by,
            )
