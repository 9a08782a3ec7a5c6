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
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding, notice
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.context import Context
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.3.IV"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.incidentes",)
TITLE = {
    "es": "Accesos no autorizados atendidos de inmediato",
    "en": "Unauthorised access handled at once",
}

MESSAGES: Messages = {
    "r.incident.missing": {
        "es": (
            "Al incidente detectado el {detected} le falta: {missing}",
            "Complete esas acciones y registre sus fechas y el ticket del CAU",
        ),
        "en": (
            "The incident detected on {detected} lacks: {missing}",
            "Complete those actions and record their dates and the CAU ticket",
        ),
    },
    "r.incident.pending": {
        "es": (
            "Al incidente detectado el {detected} aún le falta: {missing}; el plazo vence el {due}",
            "Complete esas acciones antes de esa fecha y registre sus fechas",
        ),
        "en": (
            "The incident detected on {detected} still lacks: {missing}; the deadline is {due}",
            "Complete those actions before then and record their dates",
        ),
    },
    "r.incident.slow_change": {
        "es": (
            "Incidente del {detected}: la contraseña se cambió el {changed}; debía cambiarse "
            "de inmediato, a más tardar el {limit}",
            "Ante un acceso no autorizado cambie la contraseña el mismo día con el CAU",
        ),
        "en": (
            "Incident of {detected}: the password was changed on {changed}; it had to be "
            "changed at once, by {limit}",
            "On unauthorised access, change the password the same day with CAU",
        ),
    },
    "r.incident.slow_cncs": {
        "es": (
            "Incidente del {detected}: se notificó a la CNCS el {notified}; debía notificarse "
            "a la brevedad, a más tardar el {limit}",
            "Notifique a cncs@ine.mx en cuanto se detecte el acceso",
        ),
        "en": (
            "Incident of {detected}: CNCS was notified on {notified}; it had to be notified "
            "promptly, by {limit}",
            "Notify cncs@ine.mx as soon as the access is detected",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.incident.slow_cncs",
    {
        "detected": "2026-05-08",
        "notified": "2026-05-13",
        "limit": "2026-05-11",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)

#: The actions an incident asks for, and which deadline each one has: "de forma inmediata"
#: (the titular, the password change with CAU) or "a la brevedad" (CNCS).
REQUIRED = (
    ("notificado_titular", "titular_notified", "immediate"),
    ("contrasena_cambiada", "password_changed", "immediate"),
    ("ticket_cau", "cau_ticket", "immediate"),
    ("notificado_cncs", "cncs_notified", "prompt"),
)


def ine_lint_check(inventory: Inventory, policy: Policy, context: Context) -> Iterator[Finding]:
    change_days = int(policy.param(ID, "dias_cambio_contrasena"))
    cncs_days = int(policy.param(ID, "dias_habiles_cncs"))
    for account in inventory.active_accounts():
        for incident in account.incidents:
            detected = incident.detected.isoformat()
            limit = incident.detected + timedelta(days=change_days)
            deadline = context.calendar.add(incident.detected, cncs_days)
            due = {"immediate": limit, "prompt": deadline}
            # An action is missing only once its deadline has passed; before, it is pending
            # (a notice under --horizon), so an incident can be recorded the day it is found.
            missing = [
                key
                for key, attr, kind in REQUIRED
                if getattr(incident, attr) is None and context.as_of > due[kind]
            ]
            if missing:
                yield finding(
                    incident.where("detectado"),
                    "r.incident.missing",
                    area=account.area,
                    subject=account.ref,
                    detected=detected,
                    missing=", ".join(missing),
                )
            pending: dict[date, list[str]] = {}
            for key, attr, kind in REQUIRED:
                if getattr(incident, attr) is None and context.as_of <= due[kind]:
                    pending.setdefault(due[kind], []).append(key)
            for when, keys in sorted(pending.items()):
                if context.due_soon(when):
                    yield notice(
                        finding(
                            incident.where("detectado"),
                            "r.incident.pending",
                            area=account.area,
                            subject=account.ref,
                            detected=detected,
                            missing=", ".join(keys),
                            due=when.isoformat(),
                        )
                    )
            changed = incident.password_changed
            if changed is not None and changed > limit:
                yield finding(
                    incident.where("contrasena_cambiada"),
                    "r.incident.slow_change",
                    area=account.area,
                    subject=account.ref,
                    detected=detected,
                    changed=changed.isoformat(),
                    limit=limit.isoformat(),
                )
            notified = incident.cncs_notified
            if notified is not None and notified > deadline:
                yield finding(
                    incident.where("notificado_cncs"),
                    "r.incident.slow_cncs",
                    area=account.area,
                    subject=account.ref,
                    detected=detected,
                    notified=notified.isoformat(),
                    limit=deadline.isoformat(),
                )
