"""4.3.V: second factor on, on the propietaria's device, where the platform allows it.

> V. Activar el segundo factor de autenticación, en caso de que la cuenta a su cargo lo
> permita; dicho mecanismo debe estar activado en el dispositivo de la persona
> Administradora de cuenta propietaria.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.3.V"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.segundo_factor", "designaciones.vigente_desde", "designaciones.propietaria")
TITLE = {
    "es": "Segundo factor en el dispositivo de la propietaria",
    "en": "Second factor on the propietaria's device",
}

MESSAGES: Messages = {
    "r.2fa.off": {
        "es": (
            "{platform} permite segundo factor y la cuenta {subject} no lo tiene activo",
            "Actívelo en el dispositivo de la propietaria y registre segundo_factor",
        ),
        "en": (
            "{platform} allows a second factor and account {subject} does not have it on",
            "Turn it on on the propietaria's device and record segundo_factor",
        ),
    },
    "r.2fa.device": {
        "es": (
            "El segundo factor de {subject} está en el dispositivo de {device}, no en el de "
            "la propietaria vigente {owner}",
            "Muévalo al dispositivo de la propietaria y actualice dispositivo",
        ),
        "en": (
            "The second factor of {subject} is on {device}'s device, not on the current "
            "propietaria {owner}'s",
            "Move it to the propietaria's device and update dispositivo",
        ),
    },
    "r.2fa.no_device": {
        "es": (
            "No consta en qué dispositivo está el segundo factor de {subject}",
            "Registre en dispositivo el correo de la propietaria vigente ({owner})",
        ),
        "en": (
            "Which device holds the second factor of {subject} is not recorded",
            "Record the current propietaria ({owner}) in dispositivo",
        ),
    },
    "r.2fa.no_owner": {
        "es": (
            "El área {area} no tiene propietaria vigente, así que el segundo factor de "
            "{subject} no está en su dispositivo",
            "Designe a la propietaria y active el segundo factor en su dispositivo",
        ),
        "en": (
            "Área {area} has no current propietaria, so the second factor of {subject} is "
            "not on her device",
            "Designate the propietaria and turn on the second factor on her device",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.2fa.device",
    {
        "device": "ana.ruiz@ine.mx",
        "owner": "juan.perez@ine.mx",
        "subject": "facebook/INEJDE01Ags",
        "area": "JDE01-AGS",
    },
)


def ine_lint_check(inventory: Inventory, policy: Policy) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        platform = policy.platform(account.network)
        if platform is None or not platform.second_factor:
            continue  # unknown platforms are a ``referencia`` finding; others are exempt
        factor = account.second_factor
        if factor is None or factor.active is not True:
            where = factor.where("activo") if factor else account.where("usuario")
            yield finding(
                where, "r.2fa.off", area=account.area, subject=account.ref, platform=platform.name
            )
            continue
        designation = inventory.current_designation(account.area)
        owner = designation.owner if designation else None
        if owner is None or not owner.email:
            yield finding(
                factor.where("dispositivo"),
                "r.2fa.no_owner",
                area=account.area,
                subject=account.ref,
            )
        elif factor.device != owner.email:
            key = "r.2fa.device" if factor.device else "r.2fa.no_device"
            yield finding(
                factor.where("dispositivo"),
                key,
                area=account.area,
                subject=account.ref,
                device=factor.device or "",
                owner=owner.email,
            )
