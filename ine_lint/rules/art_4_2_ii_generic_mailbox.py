"""4.2.II: accounts use generic mailboxes, never a person's.

> II. Supervisar que las cuentas de redes sociales institucionales sean creadas con correos
> electrónicos genéricos y evitar el uso de correos electrónicos de personas servidoras
> públicas y/o personales.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.findings import Finding, finding

ID = "4.2.II"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("cuentas.correo", "correos")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any) -> Iterator[Finding]:
    people = inventory.people_emails
    for account in inventory.active_accounts():
        if account.email is None:
            continue  # 4.1.IV.1 reports an account without a mailbox
        where = account.where("correo")
        role = people.get(account.email)
        if role is not None:
            yield finding(where, "r.generic.personal", area=account.area, subject=account.ref,
                          email=account.email, role=role)
        elif account.email not in inventory.mailboxes:
            yield finding(where, "r.generic.unregistered", area=account.area,
                          subject=account.ref, email=account.email)
