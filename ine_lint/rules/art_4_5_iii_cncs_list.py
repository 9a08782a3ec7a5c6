"""4.5.III: CNCS keeps the list of administrators current.

> III. Generar y resguardar el listado de las personas administradoras de cuentas que
> tramitarán los correos electrónicos genéricos.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.5.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cncs", "designaciones.vigente_desde", "designaciones.propietaria",
         "designaciones.suplente")
TITLE = {"es": "Listado de administradoras actualizado por la CNCS",
         "en": "CNCS keeps the administrators list current"}

MESSAGES: Messages = {
    "r.cncs.absent": {
        "es": ("{email} ({role}, vigente desde {since}) no está en ningún listado de la CNCS",
               "La CNCS debe incluirla en un listado a la UTSI y registrarlo en cncs.yaml"),
        "en": ("{email} ({role}, since {since}) is on no CNCS list",
               "CNCS should put them on a list to UTSI and record it in cncs.yaml")},
    "r.cncs.stale": {
        "es": ("{email} ({role}, vigente desde {since}) solo está en listados de la CNCS "
               "anteriores (el último del {latest})",
               "La CNCS debe enviar un listado actualizado a la UTSI y registrarlo"),
        "en": ("{email} ({role}, since {since}) is only on older CNCS lists (latest {latest})",
               "CNCS should send an updated list to UTSI and record it")},
}

EXAMPLE = Example("designaciones/JDE01-AGS.yaml", "r.cncs.absent",
                  {"email": "ana.ruiz@ine.mx", "role": "suplente", "since": "2026-09-14"})


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
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
