"""4.4.II: generic name, ine.mx domain, assigned per the CNCS list.

> II. Los correos electrónicos genéricos serán asignados conforme al listado de
> Administradores de cuentas reportados por la CNCS con un nombre genérico y con el dominio
> ine.mx (ejemplo: redes.jd00ags@ine.mx).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.4.II"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("correos", "cncs")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any) -> Iterator[Finding]:
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
            yield finding(box.where("listado_cncs"), "r.register.unknown_list",
                          oficio=box.cncs_list, **common)
            continue
        if listing.date > box.assigned:
            yield finding(box.where("listado_cncs"), "r.register.list_after",
                          oficio=listing.oficio, list_date=listing.date.isoformat(),
                          assigned=box.assigned.isoformat(), **common)
        if box.requested_by is not None and box.requested_by not in listing.administrators:
            yield finding(box.where("solicitado_por"), "r.register.not_listed",
                          oficio=listing.oficio, requester=box.requested_by, **common)
