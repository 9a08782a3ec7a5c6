"""4.2.III: two administrators of the área, propietaria and suplente, at the right level.

> III. Deberán designar a dos personas servidoras públicas (propietaria y suplente) adscritas
> a su área para fungir como administradoras de las cuentas a su cargo. Para el rol de
> Administración Propietaria deberá tener nivel de mando superior y/o medio y para la
> Suplente, mando medio u operativo.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.2.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("designaciones.vigente_desde", "designaciones.propietaria",
         "designaciones.suplente")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any) -> Iterator[Finding]:
    levels = {"propietaria": set(policy.param(ID, "niveles_propietaria")),
              "suplente": set(policy.param(ID, "niveles_suplente"))}
    for key in inventory.checked_areas:
        designation = inventory.current_designation(key)
        if designation is None:
            if inventory.active_accounts_of(key):
                yield finding(inventory.area_position(key), "r.admins.none", area=key, subject=key,
                              as_of=inventory.as_of.isoformat())
            continue
        since = designation.since.isoformat()
        for role in ("propietaria", "suplente"):
            person = designation.owner if role == "propietaria" else designation.deputy
            if person is None:
                yield finding(designation.where("vigente_desde"), "r.admins.missing_role",
                              area=key, subject=key, role=role, since=since)
                continue
            subject = person.email or person.name
            if person.adscription is None:
                yield finding(person.pos, "r.admins.no_adscription", area=key, subject=subject,
                              role=role, name=person.name)
            elif person.adscription != key:
                yield finding(person.where("adscripcion"), "r.admins.adscription", area=key,
                              subject=subject, role=role, name=person.name,
                              adscription=person.adscription)
            allowed = ", ".join(sorted(levels[role]))
            if person.level is None:
                yield finding(person.pos, "r.admins.no_level", area=key, subject=subject,
                              role=role, name=person.name, allowed=allowed)
            elif person.level not in levels[role]:
                yield finding(person.where("nivel"), "r.admins.level", area=key,
                              subject=subject, role=role, name=person.name,
                              level=person.level, allowed=allowed)
        owner, deputy = designation.owner, designation.deputy
        if owner and deputy and owner.email and owner.email == deputy.email:
            yield finding(deputy.where("correo"), "r.admins.same_person", area=key,
                          subject=owner.email, email=owner.email)

