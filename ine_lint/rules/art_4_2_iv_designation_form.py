"""4.2.IV: the designation goes to CNCS by oficio with the signed Anexo 1.

> IV. Deberán remitir vía oficio a la CNCS los nombres de las personas servidoras públicas
> Administradoras de cuentas a su cargo junto con el Formato de Designación (Anexo 1 de los
> presentes Lineamientos) y Formato de Responsiva (Anexo 2 de los presentes Lineamientos), a
> fin de contar con un listado actualizado y notificar a la UTSI el listado de las personas
> administradoras de cuentas que tramitarán los correos electrónicos genéricos para la
> asociación a las cuentas.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.2.IV"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("designaciones.vigente_desde", "designaciones.formato_designacion")
TITLE = {
    "es": "Designación por oficio con el Anexo 1 firmado",
    "en": "Designation by oficio with a signed Anexo 1",
}

MESSAGES: Messages = {
    "r.form.missing": {
        "es": (
            "La designación vigente desde {since} no registra el Formato de Designación (Anexo 1)",
            "Remita el Anexo 1 firmado a la CNCS y regístrelo en formato_designacion",
        ),
        "en": (
            "The designation in force since {since} records no Formato de Designación (Anexo 1)",
            "Send the signed Anexo 1 to CNCS and record it in formato_designacion",
        ),
    },
    "r.form.unsigned": {
        "es": (
            "Al Anexo 1 de la designación vigente desde {since} le faltan firmas: {missing}",
            "Recabe las firmas y regístrelas en firmas",
        ),
        "en": (
            "Anexo 1 of the designation in force since {since} lacks signatures: {missing}",
            "Collect the signatures and record them in firmas",
        ),
    },
}

EXAMPLE = Example(
    "designaciones/JDE01-AGS.yaml", "r.form.unsigned", {"since": "2025-11-03", "missing": "titular"}
)

SIGNERS = ("propietaria", "suplente", "titular")


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for key, group in sorted(inventory.designations.items()):
        for designation in group.designations:
            if designation.since > inventory.as_of:
                continue
            since = designation.since.isoformat()
            form = designation.form
            if form is None:
                yield finding(
                    designation.where("vigente_desde"),
                    "r.form.missing",
                    area=key,
                    subject=key,
                    since=since,
                )
                continue
            signatures = form.signatures
            missing = signatures.missing(SIGNERS) if signatures else SIGNERS
            if missing:
                where = signatures.pos if signatures else form.pos
                yield finding(
                    where,
                    "r.form.unsigned",
                    area=key,
                    subject=key,
                    since=since,
                    missing=", ".join(missing),
                )
