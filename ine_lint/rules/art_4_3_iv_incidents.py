"""4.3.IV: unauthorised access: notify the titular, change the password at once with CAU,
notify CNCS.

> IV. En caso de identificar que personas distintas a las autorizadas tengan acceso a alguna
> cuenta bajo su responsabilidad, deberá notificarlo a la persona titular del área
> responsable y realizar las siguientes acciones:
> 1. Modificar la contraseña de forma inmediata con el apoyo del CAU.
> 2. Notificar a la CNCS a la cuenta cncs@ine.mx esta situación a la brevedad con la
> finalidad de tomar las medidas institucionales pertinentes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.3.IV"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.incidentes",)
REQUIRED = (("notificado_titular", "titular_notified"),
            ("contrasena_cambiada", "password_changed"),
            ("ticket_cau", "cau_ticket"),
            ("notificado_cncs", "cncs_notified"))


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any, context: Any) -> Iterator[Finding]:
    change_days = int(policy.param(ID, "dias_cambio_contrasena"))
    cncs_days = int(policy.param(ID, "dias_habiles_cncs"))
    for account in inventory.active_accounts():
        for incident in account.incidents:
            detected = incident.detected.isoformat()
            missing = [key for key, attr in REQUIRED if getattr(incident, attr) is None]
            if missing:
                yield finding(incident.where("detectado"), "r.incident.missing",
                              area=account.area, subject=account.ref, detected=detected,
                              missing=", ".join(missing))
            changed = incident.password_changed
            limit = incident.detected + timedelta(days=change_days)
            if changed is not None and changed > limit:
                yield finding(incident.where("contrasena_cambiada"), "r.incident.slow_change",
                              area=account.area, subject=account.ref, detected=detected,
                              changed=changed.isoformat(), limit=limit.isoformat())
            notified = incident.cncs_notified
            deadline = context.calendar.add(incident.detected, cncs_days)
            if notified is not None and notified > deadline:
                yield finding(incident.where("notificado_cncs"), "r.incident.slow_cncs",
                              area=account.area, subject=account.ref, detected=detected,
                              notified=notified.isoformat(), limit=deadline.isoformat())
