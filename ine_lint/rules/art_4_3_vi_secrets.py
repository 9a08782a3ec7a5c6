"""4.3.VI: keep the password safe; the inventory never holds a secret.

> VI. Resguardar adecuadamente la contraseña.

The scan runs over each file's text when it is loaded (keys, values, comments, even files
that are not valid YAML); only the place and the kind of secret are kept, never the value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, Pos, finding
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.VI"
#: Reads no fact of the model: the scan covers every file, readable or not.
READS = ()
TITLE = {"es": "Contraseñas resguardadas, nunca en el inventario",
         "en": "Passwords kept safe, never in the inventory"}

MESSAGES: Messages = {
    "r.secret.key": {
        "es": ("Hay un dato con nombre de {term} en el archivo (el valor no se muestra)",
               "Bórrelo del archivo y de la historia de git, y cambie la credencial de "
               "inmediato"),
        "en": ("A value named like a {term} is in the file (the value is not shown)",
               "Delete it from the file and the git history, and change the credential "
               "at once")},
    "r.secret.otpauth": {
        "es": ("Hay una URI otpauth:// (semilla de segundo factor) en el archivo (no se "
               "muestra)", "Bórrela del archivo y de la historia de git, y vuelva a generar el "
               "segundo factor"),
        "en": ("An otpauth:// URI (second-factor seed) is in the file (not shown)",
               "Delete it from the file and the git history, and re-enrol the second factor")},
    "r.secret.jwt": {
        "es": ("Hay un token JWT en el archivo (no se muestra)",
               "Bórrelo del archivo y de la historia de git, y revoque el token"),
        "en": ("A JWT is in the file (not shown)",
               "Delete it from the file and the git history, and revoke the token")},
    "r.secret.private_key": {
        "es": ("Hay una llave privada en el archivo (no se muestra)",
               "Bórrela del archivo y de la historia de git, y reemplace la llave"),
        "en": ("A private key is in the file (not shown)",
               "Delete it from the file and the git history, and replace the key")},
    "r.secret.base32": {
        "es": ("Hay lo que parece una semilla de segundo factor en base32 (no se muestra)",
               "Bórrela del archivo y de la historia de git, y vuelva a generar el segundo "
               "factor"),
        "en": ("What looks like a base32 second-factor seed is in the file (not shown)",
               "Delete it from the file and the git history, and re-enrol the second factor")},
    "r.secret.token": {
        "es": ("Hay lo que parece un token o una contraseña larga (no se muestra)",
               "Si es una credencial, bórrela del archivo y de la historia de git y cámbiela; "
               "si no, suprima este hallazgo con su motivo"),
        "en": ("What looks like a token or long password is in the file (not shown)",
               "If it is a credential, delete it from the file and the git history and change "
               "it; if not, suppress this finding with a reason")},
}

EXAMPLE = Example("cuentas/JDE01-AGS.yaml", "r.secret.key",
                  {"term": "contraseña", "subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"})


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for loaded in inventory.files:
        for hit in loaded.secrets:
            yield finding(Pos(loaded.path, hit.line, hit.column), f"r.secret.{hit.kind}",
                          subject=loaded.path, term=hit.term)
