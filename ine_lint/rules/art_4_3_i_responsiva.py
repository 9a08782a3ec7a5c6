"""4.3.I: each administrator signs the responsiva (Anexo 2).

> I. Firmar el Formato de responsiva indicado en el inciso IV del artículo 4.2 de los
> presentes Lineamientos.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, finding
from ine_lint.messages import Example, Messages
from ine_lint.model import Responsiva, account_key

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.I"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = (
    "designaciones.vigente_desde",
    "designaciones.propietaria",
    "designaciones.suplente",
    "designaciones.responsivas",
    "cuentas.baja",
)
TITLE = {
    "es": "Responsiva firmada por cada administradora",
    "en": "Responsiva signed by each administrator",
}

MESSAGES: Messages = {
    "r.responsiva.missing": {
        "es": (
            "{email} ({role}) no tiene responsiva (Anexo 2) de la cuenta {account}",
            "Recabe la responsiva firmada y regístrela en responsivas",
        ),
        "en": (
            "{email} ({role}) has no responsiva (Anexo 2) for account {account}",
            "Obtain the signed responsiva and record it in responsivas",
        ),
    },
    "r.responsiva.unsigned": {
        "es": (
            "La responsiva de {email} ({role}) para {account} no tiene las firmas: {missing}",
            "Recabe las firmas y regístrelas",
        ),
        "en": (
            "The responsiva of {email} ({role}) for {account} lacks signatures: {missing}",
            "Collect the signatures and record them",
        ),
    },
}

EXAMPLE = Example(
    "designaciones/JDE01-AGS.yaml",
    "r.responsiva.missing",
    {"email": "ana.ruiz@ine.mx", "role": "suplente", "account": "tiktok/INEJDE01Ags"},
)

SIGNERS = ("administradora", "titular")


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for key, group in sorted(inventory.designations.items()):
        designation = inventory.current_designation(key)
        accounts = inventory.active_accounts_of(key)
        if designation is None or not accounts:
            continue
        # A responsiva signed under an earlier designation still binds the same person.
        signed: set[tuple[str, str]] = set()
        unsigned: dict[tuple[str, str], Responsiva] = {}
        for d in group.designations:
            for r in d.responsivas:
                pair = (r.administrator, account_key(r.account))
                sig = r.signatures
                if sig is not None and not sig.missing(SIGNERS):
                    signed.add(pair)
                else:
                    unsigned[pair] = r
        for role, person in designation.administrators():
            if not person.email:
                continue
            for account in accounts:
                pair = (person.email, account.key)
                if pair in signed:
                    continue
                if pair in unsigned:
                    r = unsigned[pair]
                    missing = r.signatures.missing(SIGNERS) if r.signatures else SIGNERS
                    yield finding(
                        r.signatures.pos if r.signatures else r.pos,
                        "r.responsiva.unsigned",
                        area=key,
                        subject=person.email,
                        role=role,
                        email=person.email,
                        account=account.ref,
                        missing=", ".join(missing),
                    )
                else:
                    yield finding(
                        person.where("correo"),
                        "r.responsiva.missing",
                        area=key,
                        subject=person.email,
                        role=role,
                        email=person.email,
                        account=account.ref,
                    )
