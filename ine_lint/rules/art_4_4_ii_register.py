"""4.4.II: generic name, ine.mx domain, assigned per the CNCS list.

> II. Los correos electrónicos genéricos serán asignados conforme al listado de
> Administradores de cuentas reportados por la CNCS con un nombre genérico y con el dominio
> ine.mx (ejemplo: redes.jd00ags@ine.mx).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.4.II"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("correos", "cncs")
TITLE = {
    "es": "Correo genérico con nombre genérico, dominio ine.mx y conforme al listado",
    "en": "Generic name, ine.mx domain, assigned per the CNCS list",
}

MESSAGES: Messages = {
    "r.register.name": {
        "es": (
            "{email} no tiene nombre genérico del dominio ine.mx (como {example})",
            "Asigne un correo con nombre genérico",
        ),
        "en": (
            "{email} does not have a generic ine.mx name (like {example})",
            "Assign a mailbox with a generic name",
        ),
    },
    "r.register.no_list": {
        "es": (
            "No consta el listado de la CNCS conforme al cual se asignó {email}",
            "Registre el oficio del listado en listado_cncs",
        ),
        "en": (
            "The CNCS list {email} was assigned from is not recorded",
            "Record the list's oficio in listado_cncs",
        ),
    },
    "r.register.unknown_list": {
        "es": (
            "{email} se asignó conforme al listado {oficio}, que no está en cncs.yaml",
            "Corrija el oficio o registre el listado en cncs.yaml",
        ),
        "en": (
            "{email} was assigned per list {oficio}, which is not in cncs.yaml",
            "Fix the oficio or record the list in cncs.yaml",
        ),
    },
    "r.register.list_after": {
        "es": (
            "{email} se asignó el {assigned}, antes del listado {oficio} ({list_date}) que "
            "lo respalda",
            "Corrija las fechas o el listado",
        ),
        "en": (
            "{email} was assigned on {assigned}, before list {oficio} ({list_date}) that backs it",
            "Fix the dates or the list",
        ),
    },
    "r.register.not_listed": {
        "es": (
            "{requester} tramitó {email} pero no está en el listado {oficio}",
            "La CNCS debe incluir a la persona en el listado a la UTSI",
        ),
        "en": (
            "{requester} requested {email} but is not on list {oficio}",
            "CNCS must put the person on the list to UTSI",
        ),
    },
}

EXAMPLE = Example(
    "correos-genericos.yaml",
    "r.register.name",
    {"email": "juan.perez.redes@ine.mx", "example": "redes.jd00ags@ine.mx"},
)


def ine_lint_check(inventory: Inventory, policy: Policy) -> Iterator[Finding]:
    pattern = re.compile(str(policy.param(ID, "patron")))
    example = str(policy.param(ID, "ejemplo"))
    for box in sorted(inventory.mailboxes.values(), key=lambda b: b.pos):
        common = {"area": box.area, "subject": box.email, "email": box.email}
        if not pattern.match(box.email):
            yield finding(box.where("correo"), "r.register.name", example=example, **common)
        if box.cncs_list is None:
            yield finding(box.pos, "r.register.no_list", **common)
            continue
        listing = inventory.cncs_lists.get(box.cncs_list)
        if listing is None:
            yield finding(
                box.where("listado_cncs"), "r.register.unknown_list", oficio=box.cncs_list, **common
            )
            continue
        if listing.date > box.assigned:
            yield finding(
                box.where("listado_cncs"),
                "r.register.list_after",
                oficio=listing.oficio,
                list_date=listing.date.isoformat(),
                assigned=box.assigned.isoformat(),
                **common,
            )
        if box.requested_by is not None and box.requested_by not in listing.administrators:
            yield finding(
                box.where("solicitado_por"),
                "r.register.not_listed",
                oficio=listing.oficio,
                requester=box.requested_by,
                **common,
            )
