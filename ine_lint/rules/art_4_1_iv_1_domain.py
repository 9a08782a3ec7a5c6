"""4.1.IV.1: accounts are registered only with an ine.mx mailbox (see also 3.d).

> IV. Está prohibido abrir cuentas con carácter institucional, con referencia al INE o a
> cualquier Área de éste, utilizando alguno de los siguientes escenarios:
> 1. Cuentas de correo que no pertenezcan al dominio ine.mx;
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.1.IV.1"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.correo",)


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any) -> Iterator[Finding]:
    domain = str(policy.param(ID, "dominio")).lower()
    for account in inventory.active_accounts():
        if account.email is None:
            yield finding(account.where("usuario"), "r.domain.missing", area=account.area,
                          subject=account.ref, domain=domain)
        elif account.email.rsplit("@", 1)[-1] != domain:
            yield finding(account.where("correo"), "r.domain.outside", area=account.area,
                          subject=account.ref, email=account.email, domain=domain)
