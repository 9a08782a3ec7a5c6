"""4.3.VI: keep the password safe; the inventory never holds a secret.

> VI. Resguardar adecuadamente la contraseña.

The scan (``ine_lint.secrets``) runs over the text of every file under the inventory root
when it is loaded (keys, values, comments, prose, files that are not YAML, files of any
name) and over every entry's name; only the place and the kind of secret are reported,
never the value, and every other finding hides it (``ine_lint.redact``). An inline
``ignorar`` cannot silence it; only a waiver naming the file and the line can.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.findings import Finding, Pos, finding
from ine_lint.messages import Example, Messages
from ine_lint.secrets import HIDDEN_KIND

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

ID = "4.3.VI"
#: Reads no fact of the model: the scan covers every file, readable or not.
READS = ()
TITLE = {
    "es": "Contraseñas resguardadas, nunca en el inventario",
    "en": "Passwords kept safe, never in the inventory",
}

#: What to do about a credential in the inventory, in order: the file and its history are
#: in every clone, so deleting it is not enough; only rotating it is.
_FIX_ES = (
    "1) Cambie la credencial ya, mediante el CAU; 2) avise a la persona titular del "
    "área (4.3.IX); 3) quítela del archivo y de la historia de git (git filter-repo "
    "--replace-text) y pida a quien tenga un clon que lo vuelva a clonar; 4) borrarla no "
    "basta: solo una contraseña cambiada lo resuelve de verdad"
)
_FIX_EN = (
    "1) Change the credential now, through the CAU; 2) tell the área's titular "
    "(4.3.IX); 3) remove it from the file and from the git history (git filter-repo "
    "--replace-text) and have everyone with a clone clone again; 4) deleting it is not "
    "enough: only a changed password really fixes it"
)
_FIX_2FA_ES = (
    "1) Vuelva a generar el segundo factor (nueva semilla) y cambie la contraseña "
    "mediante el CAU; 2) avise a la persona titular del área (4.3.IX); 3) quite la "
    "semilla del archivo y de la historia de git (git filter-repo --replace-text); "
    "4) borrarla no basta: solo un factor y una contraseña nuevos lo resuelven"
)
_FIX_2FA_EN = (
    "1) Re-enrol the second factor (a new seed) and change the password through "
    "the CAU; 2) tell the área's titular (4.3.IX); 3) remove the seed from the file "
    "and from the git history (git filter-repo --replace-text); 4) deleting it is "
    "not enough: only a new factor and password really fix it"
)

MESSAGES: Messages = {
    "r.secret.key": {
        "es": ("Hay un valor con rótulo de {term} en el archivo (no se muestra)", _FIX_ES),
        "en": ("A value labelled {term} is in the file (not shown)", _FIX_EN),
    },
    "r.secret.otpauth": {
        "es": (
            "Hay una URI otpauth:// (semilla de segundo factor) en el archivo (no se muestra)",
            _FIX_2FA_ES,
        ),
        "en": ("An otpauth:// URI (second-factor seed) is in the file (not shown)", _FIX_2FA_EN),
    },
    "r.secret.private_key": {
        "es": ("Hay una llave privada en el archivo (no se muestra)", _FIX_ES),
        "en": ("A private key is in the file (not shown)", _FIX_EN),
    },
    "r.secret.base32": {
        "es": (
            "Hay una semilla de segundo factor en base32 en el archivo (no se muestra)",
            _FIX_2FA_ES,
        ),
        "en": ("A base32 second-factor seed is in the file (not shown)", _FIX_2FA_EN),
    },
    "r.secret.token": {
        "es": ("Hay un token de acceso de una plataforma en el archivo (no se muestra)", _FIX_ES),
        "en": ("A platform access token is in the file (not shown)", _FIX_EN),
    },
    "r.secret.random": {
        "es": (
            "Hay una cadena larga generada al azar, como un token o una contraseña, en el "
            "archivo (no se muestra)",
            _FIX_ES,
        ),
        "en": (
            "A long random string, like a token or a password, is in the file (not shown)",
            _FIX_EN,
        ),
    },
    "r.secret.password": {
        "es": (
            "Hay una palabra con forma de contraseña (letras, dígitos y símbolos) en el "
            "archivo (no se muestra)",
            _FIX_ES,
        ),
        "en": (
            "A word built like a password (letters, digits and symbols) is in the file (not shown)",
            _FIX_EN,
        ),
    },
    "r.secret.in_name": {
        "es": (
            "El nombre del archivo contiene lo que parece una credencial ({term}; no se muestra)",
            "Cambie la credencial mediante el CAU, avise a la persona titular "
            "(4.3.IX), renombre el archivo y quite el nombre anterior de la historia de git "
            "(git filter-repo --path-rename); solo una contraseña cambiada lo "
            "resuelve de verdad",
        ),
        "en": (
            "The file's name holds what looks like a credential ({term}; not shown)",
            "Change the credential through the CAU, tell the titular (4.3.IX), rename the "
            "file and remove the old name from the git history (git filter-repo "
            "--path-rename); only a changed password really fixes it",
        ),
    },
    "r.secret.branch": {
        "es": (
            "El commit {commit} de esta rama agregó una credencial que el archivo ya no "
            "tiene: sigue en la historia de la rama (no se muestra)",
            _FIX_ES,
        ),
        "en": (
            "Commit {commit} of this branch added a credential that the file no longer "
            "holds: it is still in the branch's history (not shown)",
            _FIX_EN,
        ),
    },
    "r.secret.branch_not_read": {
        "es": (
            "No se revisó toda la historia de esta rama en busca de credenciales agregadas y "
            "luego borradas: sus cambios pasan de {limit} bytes y solo se leyó esa parte",
            "Revise a mano los commits más antiguos de la rama, o divídala en ramas más pequeñas",
        ),
        "en": (
            "Not all of this branch's history was checked for credentials added and then "
            "removed: its changes exceed {limit} bytes and only that much was read",
            "Check the branch's oldest commits by hand, or split it into smaller branches",
        ),
    },
    "r.secret.branch_unreadable": {
        "es": (
            "No se revisó la historia de esta rama en busca de credenciales agregadas y "
            "luego borradas: git no pudo leerla",
            "Verifique que la revisión de --base y la rama actual estén en el repositorio "
            "(en CI, clone con historia completa: fetch-depth: 0) y vuelva a ejecutar",
        ),
        "en": (
            "This branch's history was not checked for credentials added and then removed: "
            "git could not read it",
            "Make sure the --base revision and the current branch are in the repository "
            "(in CI, clone with full history: fetch-depth: 0) and run again",
        ),
    },
    "r.secret.not_read": {
        "es": (
            "No se revisó si este archivo contiene credenciales: es binario",
            "Si no debe estar en el inventario, quítelo; si es texto, guárdelo como texto",
        ),
        "en": (
            "This file was not checked for credentials: it is binary",
            "If it does not belong in the inventory, remove it; if it is text, save it as text",
        ),
    },
    "r.secret.not_read_size": {
        "es": (
            "No se revisó si este archivo contiene credenciales: mide {size} bytes, más "
            "que el límite de {limit}",
            "Si no debe estar en el inventario, quítelo; si debe estar, divídalo",
        ),
        "en": (
            "This file was not checked for credentials: it is {size} bytes, over the "
            "limit of {limit}",
            "If it does not belong in the inventory, remove it; if it does, split it",
        ),
    },
    "r.secret.inline_ignore": {
        "es": (
            "Este comentario «ine-lint: ignorar» cubre 4.3.VI, que no se puede suprimir "
            "en línea: la persona que escribió la credencial no puede callar su hallazgo",
            "Quite 4.3.VI del comentario; si es un falso positivo, pida una excepción en "
            ".ine-lint.yaml con regla, archivo, linea, motivo, autoriza y vence",
        ),
        "en": (
            'This "ine-lint: ignorar" comment covers 4.3.VI, which cannot be suppressed '
            "inline: whoever wrote the credential cannot silence its finding",
            "Remove 4.3.VI from the comment; if it is a false positive, ask for a waiver "
            "in .ine-lint.yaml with regla, archivo, linea, motivo, autoriza and vence",
        ),
    },
}

EXAMPLE = Example(
    "cuentas/JDE01-AGS.yaml",
    "r.secret.key",
    {"term": "contraseña", "subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"},
)


def ine_lint_check(inventory: Inventory) -> Iterator[Finding]:
    for loaded in inventory.files:
        for hit in loaded.secrets:
            if hit.kind == HIDDEN_KIND:  # not a secret by itself; only hidden elsewhere
                continue
            yield finding(
                Pos(loaded.path, hit.line, hit.column),
                f"r.secret.{hit.kind}",
                subject=loaded.path,
                term=hit.term,
            )
    for path, hit in inventory.name_secrets:
        yield finding(Pos(path, 1, 1), "r.secret.in_name", subject=path, term=hit.term)
