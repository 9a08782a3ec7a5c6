"""4.3.V: second factor on, on the propietaria's device, where the platform allows it.

> V. Activar el segundo factor de autenticación, en caso de que la cuenta a su cargo lo
> permita; dicho mecanismo debe estar activado en el dispositivo de la persona
> Administradora de cuenta propietaria.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.3.V"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.segundo_factor", "designaciones.vigente_desde",
         "designaciones.propietaria")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        platform = policy.platform(account.network)
        if platform is None or not platform.second_factor:
            continue  # unknown platforms are a ``referencia`` finding; others are exempt
        factor = account.second_factor
        if factor is None or factor.active is not True:
            where = factor.where("activo") if factor else account.where("usuario")
            yield finding(where, "r.2fa.off", area=account.area, subject=account.ref,
                          platform=platform.name)
            continue
        designation = inventory.current_designation(account.area)
        owner = designation.owner if designation else None
        if owner is None or not owner.email:
            yield finding(factor.where("dispositivo"), "r.2fa.no_owner", area=account.area,
                          subject=account.ref)
        elif factor.device != owner.email:
            key = "r.2fa.device" if factor.device else "r.2fa.no_device"
            yield finding(factor.where("dispositivo"), key, area=account.area,
                          subject=account.ref, device=factor.device or "", owner=owner.email)
