"""4.1.IV.3: no mechanism that does not allow an official institutional link.

> IV. Está prohibido abrir cuentas con carácter institucional, con referencia al INE o a
> cualquier Área de éste, utilizando alguno de los siguientes escenarios:
> 3. Utilizando cualquier otro mecanismo que no permita una vinculación institucional de
> carácter oficial.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.1.IV.3"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.registro",)


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any) -> Iterator[Finding]:
    forbidden = set(policy.param(ID, "registros_prohibidos"))
    for account in inventory.active_accounts():
        if account.registration in forbidden:
            yield finding(account.where("registro"), "r.mechanism", area=account.area,
                          subject=account.ref, registration=account.registration)
