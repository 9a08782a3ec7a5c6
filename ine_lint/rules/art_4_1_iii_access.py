"""4.1.III: only the designated administrators and the titular have access.

> III. Solamente tendrán acceso a las cuentas las personas servidoras públicas o prestadoras
> de servicios designadas como Administradoras de cuentas, así como las personas titulares
> de las áreas responsables.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.1.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("areas", "designaciones.vigente_desde", "designaciones.propietaria",
         "designaciones.suplente", "cuentas.accesos")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
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
            yield finding(entry.pos, key, area=account.area, subject=account.ref,
                          email=entry.email, account=account.ref)
