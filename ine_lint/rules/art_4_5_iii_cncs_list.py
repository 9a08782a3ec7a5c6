"""4.5.III: CNCS keeps the list of administrators current.

> III. Generar y resguardar el listado de las personas administradoras de cuentas que
> tramitarán los correos electrónicos genéricos.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.5.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cncs", "designaciones.vigente_desde", "designaciones.propietaria",
         "designaciones.suplente")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    by_person = inventory.cncs_lists_by_person
    for key in sorted(inventory.designations):
        designation = inventory.current_designation(key)
        if designation is None:
            continue
        for role, person in designation.administrators():
            if not person.email:
                continue
            lists = by_person.get(person.email, ())
            if not any(lst.date >= designation.since for lst in lists):
                latest = max((lst.date for lst in lists), default=None)
                yield finding(person.where("correo"),
                              "r.cncs.stale" if latest else "r.cncs.absent", area=key,
                              subject=person.email, role=role, email=person.email,
                              since=designation.since.isoformat(),
                              latest=latest.isoformat() if latest else "")
