"""4.1.III: only the designated administrators and the titular have access.

> III. Solamente tendrán acceso a las cuentas las personas servidoras públicas o prestadoras
> de servicios designadas como Administradoras de cuentas, así como las personas titulares
> de las áreas responsables.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.1.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = (
    "areas",
    "designaciones.vigente_desde",
    "designaciones.propietaria",
    "designaciones.suplente",
    "cuentas.accesos",
)
TITLE = {
    "es": "Acceso solo de personas administradoras y titular",
    "en": "Access only for administrators and the titular",
}

MESSAGES: Messages = {
    "r.access.former": {
        "es": (
            "{email} tiene acceso a {account} pero ya no es persona administradora "
            "vigente del área {area}",
            "Cambie la contraseña y quite a la persona de accesos",
        ),
        "en": (
            "{email} has access to {account} but is no longer a current administrator of "
            "área {area}",
            "Change the password and remove the person from accesos",
        ),
    },
    "r.access.unknown": {
        "es": (
            "{email} tiene acceso a {account} y no es la propietaria, la suplente ni la "
            "persona titular del área {area}",
            "Retire el acceso y cambie la contraseña, o designe a la persona por oficio",
        ),
        "en": (
            "{email} has access to {account} and is neither the propietaria, the suplente "
            "nor the titular of área {area}",
            "Revoke the access and change the password, or designate the person by oficio",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.access.former",
    {
        "email": "pedro.soto@ine.mx",
        "account": "facebook/INEJDE01Ags",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        designation = inventory.current_designation(account.area)
        allowed = {p.email for _, p in designation.administrators()} if designation else set()
        area = inventory.areas.get(account.area)
        if area is not None and area.titular is not None:
            allowed.add(area.titular.email)
        former = inventory.administrators_ever.get(account.area, set())
        for entry in account.access:
            if entry.email in allowed:
                continue
            key = "r.access.former" if entry.email in former else "r.access.unknown"
            yield finding(
                entry.pos,
                key,
                area=account.area,
                subject=account.ref,
                email=entry.email,
                account=account.ref,
            )
