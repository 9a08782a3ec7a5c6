"""4.3.II: the generic mailbox is requested from UTSI by an administrator of the área.

> II. Tramitar ante la UTSI una o varias cuentas de correo electrónico genérico para
> asociarla a la(s) cuenta(s) bajo su responsabilidad.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.3.II"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("correos", "designaciones.propietaria", "designaciones.suplente",
         "cuentas.correo")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    for account in inventory.active_accounts():
        box = inventory.mailboxes.get(account.email) if account.email else None
        if box is None:
            continue  # not in the register: 4.2.II says so
        if box.area != account.area:
            yield finding(account.where("correo"), "r.request.other_area", area=account.area,
                          subject=account.ref, email=box.email, owner=box.area)
            continue
        admins = inventory.administrators_ever.get(account.area, set())
        if box.requested_by is None:
            yield finding(box.pos, "r.request.unknown", area=account.area,
                          subject=account.ref, email=box.email)
        elif box.requested_by not in admins:
            yield finding(box.where("solicitado_por"), "r.request.not_admin",
                          area=account.area, subject=account.ref, email=box.email,
                          requester=box.requested_by)
