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
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.2.IV"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("designaciones.vigente_desde", "designaciones.formato_designacion")
SIGNERS = ("propietaria", "suplente", "titular")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    for key, group in sorted(inventory.designations.items()):
        for designation in group.designations:
            if designation.since > inventory.as_of:
                continue
            since = designation.since.isoformat()
            form = designation.form
            if form is None:
                yield finding(designation.where("vigente_desde"), "r.form.missing", area=key,
                              subject=key, since=since)
                continue
            signatures = form.signatures
            missing = signatures.missing(SIGNERS) if signatures else SIGNERS
            if missing:
                where = signatures.pos if signatures else form.pos
                yield finding(where, "r.form.unsigned", area=key, subject=key, since=since,
                              missing=", ".join(missing))
