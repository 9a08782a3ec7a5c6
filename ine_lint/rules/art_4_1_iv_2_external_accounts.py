"""4.1.IV.2: no account associated with external social-network accounts.

> IV. Está prohibido abrir cuentas con carácter institucional, con referencia al INE o a
> cualquier Área de éste, utilizando alguno de los siguientes escenarios:
> 2. Que se asocien a cuentas externas de servicios de redes sociales;
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding
from ine_lint.model import account_key

ID = "4.1.IV.2"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.registro", "cuentas.vinculada_a", "inventario.cuentas")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any) -> Iterator[Finding]:
    forbidden = set(policy.param(ID, "registros_prohibidos"))
    known = inventory.accounts_by_key
    for account in inventory.active_accounts():
        if account.registration in forbidden:
            yield finding(account.where("registro"), "r.external.registration",
                          area=account.area, subject=account.ref,
                          registration=account.registration)
        for ref, pos in account.linked_to:
            if account_key(ref) not in known:
                yield finding(pos, "r.external.link", area=account.area, subject=account.ref,
                              link=ref)
