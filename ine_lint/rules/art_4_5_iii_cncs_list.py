"""4.5.III: CNCS keeps the list of administrators current.

> III. Generar y resguardar el listado de las personas administradoras de cuentas que
> tramitarán los correos electrónicos genéricos.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.model import Designation

ID = "4.5.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = (
    "cncs",
    "designaciones.vigente_desde",
    "designaciones.propietaria",
    "designaciones.suplente",
)
TITLE = {
    "es": "Listado de personas administradoras actualizado por la CNCS",
    "en": "CNCS keeps the administrators list current",
}

MESSAGES: Messages = {
    "r.cncs.absent": {
        "es": (
            "{email} ({role}, vigente desde {since}) no está en ningún listado de la CNCS",
            "La CNCS debe incluir a la persona en un listado a la UTSI y registrarlo en cncs.yaml",
        ),
        "en": (
            "{email} ({role}, since {since}) is on no CNCS list",
            "CNCS should put them on a list to UTSI and record it in cncs.yaml",
        ),
    },
    "r.cncs.stale": {
        "es": (
            "{email} ({role}, vigente desde {since}) solo está en listados de la CNCS "
            "anteriores (el último del {latest})",
            "La CNCS debe enviar un listado actualizado a la UTSI y registrarlo",
        ),
        "en": (
            "{email} ({role}, since {since}) is only on older CNCS lists (latest {latest})",
            "CNCS should send an updated list to UTSI and record it",
        ),
    },
}

EXAMPLE = Example(
    "designaciones/JDE01-AGS.yaml",
    "r.cncs.absent",
    {"email": "ana.ruiz@ine.mx", "role": "suplente", "since": "2026-09-14"},
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    by_person = inventory.cncs_lists_by_person
    for key in sorted(inventory.designations):
        designation = inventory.current_designation(key)
        if designation is None:
            continue
        group = inventory.designations[key]
        for role, person in designation.administrators():
            if not person.email:
                continue
            since = _held_since(group.designations, designation, role, person.email)
            lists = by_person.get(person.email, ())
            if not any(lst.date >= since for lst in lists):
                latest = max((lst.date for lst in lists), default=None)
                yield finding(
                    person.where("correo"),
                    "r.cncs.stale" if latest else "r.cncs.absent",
                    area=key,
                    subject=person.email,
                    role=role,
                    email=person.email,
                    since=since.isoformat(),
                    latest=latest.isoformat() if latest else "",
                )


def _held_since(
    history: tuple[Designation, ...], current: Designation, role: str, email: str
) -> date:
    """Since when ``email`` has held ``role`` in the área without a break up to ``current``:
    a propietaria who stays on through a new designation (only the suplente changes) needs
    no new CNCS list; one who changes role does (the list is sent for the new designation)."""
    past = [d for d in history if d.since <= current.since]
    since = current.since
    for d in reversed(past):
        if not any(r == role and p.email == email for r, p in d.administrators()):
            break
        since = d.since
    return since
