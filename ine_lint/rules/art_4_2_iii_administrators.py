"""4.2.III: two administrators of the área, propietaria and suplente, at the right level.

> III. Deberán designar a dos personas servidoras públicas (propietaria y suplente) adscritas
> a su área para fungir como administradoras de las cuentas a su cargo. Para el rol de
> Administración Propietaria deberá tener nivel de mando superior y/o medio y para la
> Suplente, mando medio u operativo.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.2.III"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("designaciones.vigente_desde", "designaciones.propietaria", "designaciones.suplente")
TITLE = {
    "es": "Propietaria y suplente del área con el nivel debido",
    "en": "Propietaria and suplente of the área at the right level",
}

MESSAGES: Messages = {
    "r.admins.none": {
        "es": (
            "El área {area} tiene cuentas activas y ninguna designación vigente al {as_of}",
            "Designe propietaria y suplente (Anexo 1) y regístrelas en designaciones/{area}.yaml",
        ),
        "en": (
            "Área {area} has active accounts and no designation in force on {as_of}",
            "Designate a propietaria and a suplente (Anexo 1) and record them in "
            "designaciones/{area}.yaml",
        ),
    },
    "r.admins.missing_role": {
        "es": (
            "La designación vigente desde {since} no tiene {role}",
            "Designe a la persona {role} y regístrela",
        ),
        "en": (
            "The designation in force since {since} has no {role}",
            "Designate the {role} and record them",
        ),
    },
    "r.admins.no_adscription": {
        "es": (
            "No consta la adscripción de {name} ({role})",
            "Registre en adscripcion la clave de su área",
        ),
        "en": (
            "The adscripción of {name} ({role}) is not recorded",
            "Record their área's key in adscripcion",
        ),
    },
    "r.admins.adscription": {
        "es": (
            "{name} ({role}) tiene adscripción en {adscription}, no en el área {area}",
            "Designe a una persona adscrita al área {area}",
        ),
        "en": (
            "{name} ({role}) belongs to {adscription}, not to área {area}",
            "Designate someone attached to área {area}",
        ),
    },
    "r.admins.no_level": {
        "es": (
            "No consta el nivel de {name} ({role})",
            "Registre su nivel; para {role} se admite: {allowed}",
        ),
        "en": (
            "The level of {name} ({role}) is not recorded",
            "Record their level; for {role} allowed: {allowed}",
        ),
    },
    "r.admins.level": {
        "es": (
            "{name} ({role}) tiene nivel {level}; para {role} se requiere: {allowed}",
            "Designe a una persona con el nivel requerido",
        ),
        "en": (
            "{name} ({role}) is at level {level}; {role} requires: {allowed}",
            "Designate someone at the required level",
        ),
    },
    "r.admins.not_institutional": {
        "es": (
            "{name} ({role}) figura con el correo {email}, fuera del dominio institucional "
            "{domain}: una persona administradora debe ser servidora pública del Instituto",
            "Registre su correo institucional @{domain}, o designe a otra persona",
        ),
        "en": (
            "{name} ({role}) is recorded with {email}, outside the institutional domain "
            "{domain}: an administrator must be a public servant of the Institute",
            "Record their institutional @{domain} address, or designate someone else",
        ),
    },
    "r.admins.same_person": {
        "es": (
            "La misma persona ({email}) es propietaria y suplente",
            "Designe a dos personas distintas",
        ),
        "en": (
            "The same person ({email}) is both propietaria and suplente",
            "Designate two different people",
        ),
    },
}

EXAMPLE = Example(
    "designaciones/JDE01-AGS.yaml",
    "r.admins.level",
    {
        "name": "Ana Ruiz Soto",
        "role": "propietaria",
        "level": "operativo",
        "allowed": "mando_medio, mando_superior",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory, policy: Policy) -> Iterator[Finding]:
    levels = {
        "propietaria": set(policy.param(ID, "niveles_propietaria")),
        "suplente": set(policy.param(ID, "niveles_suplente")),
    }
    domain = str(policy.param(ID, "dominio")).lower()
    for key in inventory.checked_areas:
        designation = inventory.current_designation(key)
        if designation is None:
            if inventory.active_accounts_of(key):
                yield finding(
                    inventory.area_position(key),
                    "r.admins.none",
                    area=key,
                    subject=key,
                    as_of=inventory.as_of.isoformat(),
                )
            continue
        since = designation.since.isoformat()
        for role in ("propietaria", "suplente"):
            person = designation.owner if role == "propietaria" else designation.deputy
            if person is None:
                yield finding(
                    designation.where("vigente_desde"),
                    "r.admins.missing_role",
                    area=key,
                    subject=key,
                    role=role,
                    since=since,
                )
                continue
            subject = person.email or person.name
            if person.adscription is None:
                yield finding(
                    person.pos,
                    "r.admins.no_adscription",
                    area=key,
                    subject=subject,
                    role=role,
                    name=person.name,
                )
            elif person.adscription != key:
                yield finding(
                    person.where("adscripcion"),
                    "r.admins.adscription",
                    area=key,
                    subject=subject,
                    role=role,
                    name=person.name,
                    adscription=person.adscription,
                )
            if person.email and person.email.rpartition("@")[2] != domain:
                yield finding(
                    person.where("correo"),
                    "r.admins.not_institutional",
                    area=key,
                    subject=subject,
                    role=role,
                    name=person.name,
                    email=person.email,
                    domain=domain,
                )
            allowed = ", ".join(sorted(levels[role]))
            if person.level is None:
                yield finding(
                    person.pos,
                    "r.admins.no_level",
                    area=key,
                    subject=subject,
                    role=role,
                    name=person.name,
                    allowed=allowed,
                )
            elif person.level not in levels[role]:
                yield finding(
                    person.where("nivel"),
                    "r.admins.level",
                    area=key,
                    subject=subject,
                    role=role,
                    name=person.name,
                    level=person.level,
                    allowed=allowed,
                )
        owner, deputy = designation.owner, designation.deputy
        if owner and deputy and owner.email and owner.email == deputy.email:
            yield finding(
                deputy.where("correo"),
                "r.admins.same_person",
                area=key,
                subject=owner.email,
                email=owner.email,
            )
