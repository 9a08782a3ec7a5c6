"""The one message catalogue: every user-facing text, in Spanish and English.

Each entry is ``(facts, action)``. A finding's message is the facts, then what the provision
asks (from ``policies/``), then what to do, so every message says all three. The entries of
the pipeline's own findings are here; each rule module holds its own (``MESSAGES``), and the
catalogue gathers them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, NamedTuple

#: key → language → (facts, action).
Messages = dict[str, dict[str, tuple[str, str]]]


class Example(NamedTuple):
    """A rule's example finding, for ``ine-lint explain``: file, message key, arguments."""

    path: str
    key: str
    args: dict[str, object]


MESSAGES: Messages = {
    # ---------------------------------------------------------------- yaml
    "yaml.syntax": {
        "es": (
            "El archivo no es YAML válido: su estructura se rompe en esta línea",
            "Compare la línea con la plantilla de inventories/ y corrija la sintaxis",
        ),
        "en": (
            "The file is not valid YAML: its structure breaks at this line",
            "Compare the line with the template in inventories/ and fix the syntax",
        ),
    },
    "yaml.tab": {
        "es": (
            "Hay un tabulador en la sangría de esta línea; YAML solo admite espacios",
            "Reemplace el tabulador por espacios (configure su editor para insertar espacios)",
        ),
        "en": (
            "There is a tab in this line's indentation; YAML allows only spaces",
            "Replace the tab with spaces (set your editor to insert spaces)",
        ),
    },
    "yaml.unclosed_quote": {
        "es": (
            "La comilla {quote} abierta en la línea {opened} no se cierra",
            "Cierre la comilla al final del valor, o quítela",
        ),
        "en": (
            "The {quote} quote opened on line {opened} is never closed",
            "Close the quote at the end of the value, or remove it",
        ),
    },
    "yaml.missing_colon": {
        "es": (
            "Falta «:» después del nombre del campo en esta línea",
            "Escriba «campo: valor», con dos puntos y un espacio",
        ),
        "en": (
            "A «:» is missing after the field name on this line",
            "Write «field: value», with a colon and a space",
        ),
    },
    "yaml.indent": {
        "es": (
            "Sangría inconsistente: esta línea no está alineada con su bloque (que empieza "
            "en la línea {block})",
            "Alinee la línea con los demás campos del mismo bloque, con espacios",
        ),
        "en": (
            "Inconsistent indentation: this line is not aligned with its block (which "
            "starts on line {block})",
            "Align the line with the other fields of the same block, with spaces",
        ),
    },
    "yaml.colon_in_value": {
        "es": (
            "El valor de esta línea contiene «: », que YAML lee como otro campo",
            "Escriba el valor entre comillas",
        ),
        "en": (
            "This line's value contains «: », which YAML reads as another field",
            "Put the value in quotes",
        ),
    },
    "yaml.reserved_char": {
        "es": (
            "Un valor no puede empezar con «{char}» sin comillas",
            "Escriba el valor entre comillas",
        ),
        "en": ("A value cannot start with «{char}» without quotes", "Put the value in quotes"),
    },
    "yaml.encoding": {
        "es": (
            "El archivo no está en UTF-8 (byte {byte} en esta posición)",
            "Guárdelo con codificación UTF-8",
        ),
        "en": ("The file is not UTF-8 (byte {byte} at this position)", "Save it as UTF-8"),
    },
    "yaml.nul": {
        "es": (
            "El archivo contiene un carácter nulo; no es un archivo de texto",
            "Restaure el archivo desde git o vuelva a capturarlo",
        ),
        "en": (
            "The file contains a NUL character; it is not a text file",
            "Restore it from git or type it again",
        ),
    },
    "yaml.too_large": {
        "es": (
            "El archivo mide {size} bytes, más que el límite de {limit}",
            "Divida el contenido: un archivo por área en designaciones/ y cuentas/",
        ),
        "en": (
            "The file is {size} bytes, over the {limit} limit",
            "Split it: one file per área under designaciones/ and cuentas/",
        ),
    },
    "yaml.tag": {
        # Never the tag itself: ``contrasena: !Redes$2026`` makes a password a tag.
        "es": (
            "Etiqueta YAML no permitida (un valor que empieza con «!»; no se muestra)",
            "Quite la etiqueta, o escriba el valor entre comillas",
        ),
        "en": (
            'YAML tag not allowed (a value starting with "!"; not shown)',
            "Remove the tag, or quote the value",
        ),
    },
    "yaml.complex_key": {
        "es": ("Una clave no puede ser una lista ni un mapeo", "Use un nombre de campo simple"),
        "en": ("A key cannot be a list or a mapping", "Use a plain field name"),
    },
    "yaml.depth": {
        "es": ("Anidamiento de más de {limit} niveles", "Simplifique la estructura"),
        "en": ("Nesting deeper than {limit} levels", "Simplify the structure"),
    },
    "yaml.alias_unknown": {
        # Never the alias itself: ``contrasena: *Redes2026`` makes a password an alias.
        "es": (
            "Un alias (un valor que empieza con «*») no está definido antes de usarse, o se "
            "usa dentro de sí mismo; no se muestra",
            "Defina el ancla (&) antes, o escriba el valor completo entre comillas",
        ),
        "en": (
            'An alias (a value starting with "*") is not defined before use, or is used '
            "inside itself; not shown",
            "Define the anchor (&) first, or write the value out in quotes",
        ),
    },
    "yaml.alias_bomb": {
        "es": (
            "Los alias de este archivo se expanden a más de {limit} nodos (posible ataque "
            "«billion laughs»)",
            "Escriba los valores sin alias",
        ),
        "en": (
            "This file's aliases expand to more than {limit} nodes (possible \"billion "
            'laughs" attack)',
            "Write the values without aliases",
        ),
    },
    "yaml.multiple_documents": {
        "es": (
            "El archivo tiene más de un documento YAML (---)",
            "Deje un solo documento por archivo",
        ),
        "en": ("The file holds more than one YAML document (---)", "Keep one document per file"),
    },
    "yaml.not_a_file": {
        "es": ("Aquí debería haber un archivo y hay una carpeta", "Renómbrela o muévala"),
        "en": ("A folder stands where a file should be", "Rename or move it"),
    },
    "yaml.unreadable": {
        "es": ("No se pudo leer ({reason})", "Revise los permisos del archivo"),
        "en": ("Could not be read ({reason})", "Check the file's permissions"),
    },
    # Issue 9: only regular files inside the inventory are read; these are never opened.
    "yaml.symlink": {
        "es": (
            "Es un enlace simbólico, no un archivo; ine-lint no lo sigue ni lo lee (podría "
            "apuntar fuera del inventario)",
            "Ponga aquí el archivo mismo en lugar del enlace",
        ),
        "en": (
            "It is a symbolic link, not a file; ine-lint neither follows nor reads it (it "
            "could point outside the inventory)",
            "Put the file itself here, not a link",
        ),
    },
    "yaml.fifo": {
        "es": (
            "Es una tubería con nombre (FIFO), no un archivo; ine-lint no la abre",
            "Quítela y ponga aquí el archivo",
        ),
        "en": (
            "It is a named pipe (FIFO), not a file; ine-lint does not open it",
            "Remove it and put the file here",
        ),
    },
    "yaml.device": {
        "es": (
            "Es un dispositivo, no un archivo; ine-lint no lo abre",
            "Quítelo y ponga aquí el archivo",
        ),
        "en": (
            "It is a device, not a file; ine-lint does not open it",
            "Remove it and put the file here",
        ),
    },
    "yaml.socket": {
        "es": (
            "Es un socket, no un archivo; ine-lint no lo abre",
            "Quítelo y ponga aquí el archivo",
        ),
        "en": (
            "It is a socket, not a file; ine-lint does not open it",
            "Remove it and put the file here",
        ),
    },
    # ---------------------------------------------------------------- esquema
    "schema.duplicate_key": {
        # Never the key itself: a key may be a pasted secret (the position points at it).
        "es": (
            "Esta clave ya aparece en la línea {first} de este mismo bloque; YAML "
            "conservaría solo una y se perdería un dato",
            "Una las dos entradas en una sola",
        ),
        "en": (
            "This key already appears at line {first} of the same block; YAML would "
            "keep only one and a fact would be lost",
            "Merge both entries into one",
        ),
    },
    "schema.not_mapping": {
        "es": (
            "El archivo debe ser un mapeo (campos clave: valor) y no una lista ni un valor suelto",
            "Siga la estructura de la plantilla en inventories/",
        ),
        "en": (
            "The file must be a mapping (key: value fields), not a list or a lone value",
            "Follow the template structure in inventories/",
        ),
    },
    "schema.empty": {
        "es": ("El archivo está vacío", "Agregue el contenido o borre el archivo"),
        "en": ("The file is empty", "Add its content or delete the file"),
    },
    "schema.unknown_key": {
        "es": (
            "«{key}» no es un campo de {parent}{hint}",
            "Corrija el nombre; los campos válidos son: {known}",
        ),
        "en": (
            '"{key}" is not a field of {parent}{hint}',
            "Fix the name; valid fields are: {known}",
        ),
    },
    "schema.required": {
        "es": ("Falta el campo obligatorio «{key}» en {parent}", "Agréguelo"),
        "en": ('Required field "{key}" is missing from {parent}', "Add it"),
    },
    "schema.type": {
        "es": ("{field} debe ser {expected}, no {got}{hint}", "Corrija el valor"),
        "en": ("{field} must be {expected}, not {got}{hint}", "Fix the value"),
    },
    "schema.enum": {
        "es": ("{field} tiene un valor no permitido{hint}", "Use uno de: {allowed}"),
        "en": ("{field} has a value that is not allowed{hint}", "Use one of: {allowed}"),
    },
    "schema.date_value": {
        "es": (
            "{field} es «{value}», que no es una fecha AAAA-MM-DD válida{hint}",
            "Escriba la fecha como AAAA-MM-DD (año, mes, día)",
        ),
        "en": (
            '{field} is "{value}", which is not a valid YYYY-MM-DD date{hint}',
            "Write the date as YYYY-MM-DD (year, month, day)",
        ),
    },
    "schema.date": {
        "es": ("{field} no es una fecha válida", "Escriba una fecha real en formato AAAA-MM-DD"),
        "en": ("{field} is not a valid date", "Write a real date as YYYY-MM-DD"),
    },
    "schema.placeholder": {
        "es": (
            "La persona titular de {area} sigue con el dato de ejemplo «{value}» que "
            "escribió ine-lint init",
            "Capture en areas.yaml el nombre, el cargo y el correo institucional de la "
            "persona titular de {area}",
        ),
        "en": (
            'The titular of {area} still has the example value "{value}" that ine-lint init wrote',
            "Capture in areas.yaml the name, cargo and institutional e-mail of the titular "
            "of {area}",
        ),
    },
    "schema.pattern": {
        "es": ("{field} no tiene la forma esperada{hint}", "{description}"),
        "en": ("{field} does not have the expected form{hint}", "{description}"),
    },
    "schema.empty_value": {
        "es": ("{field} está vacío", "Escriba el valor o quite el campo"),
        "en": ("{field} is empty", "Write the value or remove the field"),
    },
    "schema.alternatives": {
        "es": ("{field} no tiene un valor válido", "{description}"),
        "en": ("{field} has no valid value", "{description}"),
    },
    "schema.other": {
        "es": ("{field} no cumple el esquema ({rule_name})", "Revise la descripción del campo"),
        "en": ("{field} breaks the schema ({rule_name})", "Check the field's description"),
    },
    "schema.future_date": {
        "es": (
            "«{key}» es {value}, posterior a la fecha de revisión {as_of}: una fecha futura "
            "es un error de captura o un dato falso",
            "Corrija la fecha",
        ),
        "en": (
            '"{key}" is {value}, after the as-of date {as_of}: a future date is a typo '
            "or a forgery",
            "Fix the date",
        ),
    },
    "schema.implausible_date": {
        "es": (
            "«{key}» es {value}, fuera de las fechas posibles ({low} a {high}, un año "
            "después de la fecha de revisión); ninguna regla la toma en cuenta",
            "Corrija la fecha",
        ),
        "en": (
            '"{key}" is {value}, outside the possible dates ({low} to {high}, a year '
            "after the as-of date); no rule takes it into account",
            "Fix the date",
        ),
    },
    # ---------------------------------------------------------------- referencia
    "ref.duplicate_area": {
        "es": ("El área {key} ya está en la línea {first}", "Deje una sola entrada por área"),
        "en": ("Área {key} is already at line {first}", "Keep one entry per área"),
    },
    "ref.duplicate_mailbox": {
        "es": (
            "El correo {email} ya está registrado en la línea {first}",
            "Deje una sola entrada por correo",
        ),
        "en": (
            "Mailbox {email} is already registered at line {first}",
            "Keep one entry per mailbox",
        ),
    },
    "ref.duplicate_account": {
        "es": (
            "La cuenta {account} ya está en el inventario ({first})",
            "Deje la cuenta en un solo lugar",
        ),
        "en": (
            "Account {account} is already in the inventory ({first})",
            "Keep the account in one place",
        ),
    },
    "ref.unexpected_entry": {
        "es": (
            "«{entry}» no es parte del inventario: ningún dato suyo se usa{hint}",
            "Renómbrelo como pide el formato, o sáquelo de la carpeta del inventario",
        ),
        "en": (
            '"{entry}" is not part of the inventory: none of its facts is used{hint}',
            "Rename it as the format asks, or move it out of the inventory folder",
        ),
    },
    "ref.duplicate_file": {
        "es": (
            "Hay dos archivos del área {area}: {files}; no se usa ninguno de los dos",
            "Deje uno solo: una los datos en el archivo {area}.yaml y borre el otro",
        ),
        "en": (
            "There are two files for área {area}: {files}; neither is used",
            "Keep only one: merge the facts into {area}.yaml and delete the other",
        ),
    },
    "ref.duplicate_oficio": {
        "es": (
            "El oficio {oficio} ya está en la línea {first}; no se sabe cuál de los dos "
            "listados envió la CNCS",
            "Deje una sola entrada por oficio",
        ),
        "en": (
            "Oficio {oficio} is already at line {first}; which of the two lists CNCS "
            "sent cannot be told",
            "Keep one entry per oficio",
        ),
    },
    "ref.file_name": {
        "es": (
            "El área del archivo es {area} pero el archivo se llama {file}{hint}",
            "Renombre el archivo a {area}.yaml o corrija el campo area",
        ),
        "en": (
            "The file's área is {area} but the file is named {file}{hint}",
            "Rename the file to {area}.yaml or fix the area field",
        ),
    },
    "ref.unknown_area": {
        "es": (
            "El área {area} no está en areas.yaml{hint}",
            "Agréguela a areas.yaml o corrija la clave",
        ),
        "en": ("Área {area} is not in areas.yaml{hint}", "Add it to areas.yaml or fix the key"),
    },
    "ref.unknown_area_register": {
        "es": (
            "El correo {email} está asignado al área {area}, que no está en areas.yaml",
            "Corrija la clave del área en el registro",
        ),
        "en": (
            "Mailbox {email} is assigned to área {area}, which is not in areas.yaml",
            "Fix the área key in the register",
        ),
    },
    "ref.unknown_account": {
        "es": (
            "La responsiva es de la cuenta {account}, que no está en ningún archivo de cuentas/",
            "Corrija la referencia red/usuario o agregue la cuenta",
        ),
        "en": (
            "The responsiva names account {account}, which is in no file under cuentas/",
            "Fix the red/usuario reference or add the account",
        ),
    },
    "ref.unknown_platform": {
        "es": (
            "La red «{network}» no está en el catálogo de plataformas{hint}",
            "Use una de: {known}; o agregue la plataforma a policies/plataformas.yaml",
        ),
        "en": (
            'Network "{network}" is not in the platform catalogue{hint}',
            "Use one of: {known}; or add the platform to policies/plataformas.yaml",
        ),
    },
    # ---------------------------------------------------------------- engine
    "engine.rule_crashed": {
        "es": (
            "La regla {rule_id} falló con {error} y no pudo revisar el inventario",
            "Informe el fallo a quien mantiene la regla; las demás reglas sí se aplicaron",
        ),
        "en": (
            "Rule {rule_id} failed with {error} and could not check the inventory",
            "Report it to the rule's maintainers; the other rules did run",
        ),
    },
    "engine.rule_bad_result": {
        "es": (
            "La regla {rule_id} produjo un resultado que no es un hallazgo del catálogo",
            "Informe el fallo a quien mantiene la regla",
        ),
        "en": (
            "Rule {rule_id} produced something that is not a catalogued finding",
            "Report it to the rule's maintainers",
        ),
    },
    "engine.plugin_broken": {
        "es": (
            "El paquete de reglas «{plugin}» no se pudo cargar: {reason}",
            "Reinstálelo o desinstálelo",
        ),
        "en": ('Rule pack "{plugin}" could not be loaded: {reason}', "Reinstall or uninstall it"),
    },
    # ---------------------------------------------------------------- suppressions, waivers
    "filter.no_reason": {
        "es": (
            "La supresión de {rules} no dice el motivo, así que no se aplica",
            "Escriba el motivo después de «--»: # ine-lint: ignorar {rules} -- <motivo>",
        ),
        "en": (
            "The suppression of {rules} gives no reason, so it does not apply",
            'Write the reason after "--": # ine-lint: ignore {rules} -- <reason>',
        ),
    },
    "filter.no_rules": {
        "es": (
            "La supresión no nombra ninguna regla",
            "Escriba las reglas: # ine-lint: ignorar 4.3.V -- <motivo>",
        ),
        "en": (
            "The suppression names no rule",
            "Name the rules: # ine-lint: ignore 4.3.V -- <reason>",
        ),
    },
    "filter.unused": {
        "es": (
            "La supresión de {rule} no suprime ningún hallazgo en la línea {target}",
            "Quítela: ya no hace falta",
        ),
        "en": (
            "The suppression of {rule} suppresses no finding at line {target}",
            "Remove it: it is no longer needed",
        ),
    },
    "filter.unknown_rule": {
        "es": (
            "La supresión nombra la regla {rule}, que no existe",
            "Corrija el identificador (vea ine-lint rules)",
        ),
        "en": (
            "The suppression names rule {rule}, which does not exist",
            "Fix the id (see ine-lint rules)",
        ),
    },
    # Issue 9: configuration is policy; a pull request cannot switch off the checks.
    "config.no_authority": {
        "es": (
            "«{what}: {rule}» apaga o baja de severidad una disposición sin la autoridad de "
            "una excepción, así que no se aplica: {rule} se sigue revisando como siempre",
            "Escriba la entrada con regla, motivo, autoriza (el oficio que lo autoriza) y "
            "vence, como una excepción, o quítela",
        ),
        "en": (
            '"{what}: {rule}" switches off or lowers a provision without a waiver\'s '
            "authority, so it is not applied: {rule} is still checked as always",
            "Write the entry with regla, motivo, autoriza (the authorising oficio) and vence, "
            "like a waiver, or remove it",
        ),
    },
    "config.authority_expired": {
        "es": (
            "La autorización {authority} de «{what}: {rule}» venció el {expired}; la entrada "
            "ya no se aplica y {rule} se revisa de nuevo",
            "Renueve la autorización con un nuevo oficio o quite la entrada",
        ),
        "en": (
            'Authorisation {authority} of "{what}: {rule}" expired on {expired}; the entry '
            "no longer applies and {rule} is checked again",
            "Renew it with a new oficio or remove the entry",
        ),
    },
    "config.authority_too_long": {
        "es": (
            "La autorización {authority} de «{what}: {rule}» vence el {expires}, más de un "
            "año después de la fecha de revisión: una autorización vale a lo más un año "
            "(hasta el {limit}), así que la entrada no se aplica y {rule} se sigue revisando",
            "Escriba el vencimiento que fija el oficio, a más tardar el {limit}, y renueve la "
            "autorización con un nuevo oficio cuando venza",
        ),
        "en": (
            'Authorisation {authority} of "{what}: {rule}" expires on {expires}, more '
            "than a year after the as-of date: an authorisation lasts at most one year "
            "(until {limit}), so the entry is not applied and {rule} is still checked",
            "Write the expiry date the oficio sets, {limit} at the latest, and renew the "
            "authorisation with a new oficio when it expires",
        ),
    },
    "config.fail_on_never": {
        "es": (
            "«falla_con: never» dejaría pasar todo error, también una contraseña en el "
            "inventario, así que no se aplica: la revisión falla con errores",
            "Quite «falla_con: never»; para omitir una disposición escríbala en «ignorar» "
            "con regla, motivo, autoriza y vence",
        ),
        "en": (
            '"falla_con: never" would let every error pass, a password in the inventory '
            "included, so it is not applied: the check fails on errors",
            'Remove "falla_con: never"; to leave a provision out, write it in '
            '"ignorar" with regla, motivo, autoriza and vence',
        ),
    },
    "config.select_narrows": {
        "es": (
            "«seleccionar» deja fuera disposiciones ({rules}) sin la autoridad de una "
            "excepción, así que no se aplica: se revisa todo",
            "Quite «seleccionar»; para omitir una disposición escríbala en «ignorar» con "
            "regla, motivo, autoriza y vence",
        ),
        "en": (
            '"seleccionar" leaves provisions out ({rules}) without a waiver\'s authority, '
            "so it is not applied: everything is checked",
            'Remove "seleccionar"; to leave a provision out, write it in "ignorar" with '
            "regla, motivo, autoriza and vence",
        ),
    },
    "config.never_off": {
        "es": (
            "«{what}: {rule}» alcanza a {protected}, que la configuración no puede apagar ni "
            "bajar de severidad; la entrada no se aplica",
            "Quítela; si es para otras disposiciones, nómbrelas una por una",
        ),
        "en": (
            '"{what}: {rule}" reaches {protected}, which the configuration can never '
            "switch off or lower; the entry is not applied",
            "Remove it; if it is meant for other provisions, name them one by one",
        ),
    },
    "limit.more": {
        "es": (
            "Y {count} hallazgos más de {rule} en este archivo, del mismo tipo; no se listan "
            "uno por uno para que el informe no crezca sin límite",
            "Corrija los anteriores y vuelva a revisar",
        ),
        "en": (
            "And {count} more {rule} findings in this file, of the same kind; they are not "
            "listed one by one so that the report stays bounded",
            "Fix the ones above and check again",
        ),
    },
    "note.waiver_expired": {
        "es": (
            "La excepción {waiver} venció el {expired} y ya no se aplica",
            "Renueve la excepción con un nuevo oficio o corrija el hallazgo",
        ),
        "en": (
            "Waiver {waiver} expired on {expired} and no longer applies",
            "Renew the waiver with a new oficio or fix the finding",
        ),
    },
}

ASKS_LABEL = {"es": "{rule} pide: {asks}", "en": "{rule} asks: {asks}"}


class _Args(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


#: The entries of the installed rule packs, added by the engine as it loads them.
_PACKS: Messages = {}


def register(entries: Mapping[str, dict[str, tuple[str, str]]]) -> None:
    """Add a rule pack's ``MESSAGES`` to the catalogue."""
    _PACKS.update(entries)


@functools.cache
def _builtin_rules() -> Messages:
    from ine_lint.rules import RULES

    out: Messages = {}
    for module in RULES.values():
        out.update(module.MESSAGES)
    return out


def lookup(key: str) -> dict[str, tuple[str, str]] | None:
    """The catalogue entry of ``key``: the pipeline's, a built-in rule's or a pack's."""
    return MESSAGES.get(key) or _builtin_rules().get(key) or _PACKS.get(key)


def render(key: str, lang: str, args: dict[str, Any], rule: str = "") -> str:
    """The full message: facts, what the provision asks, what to do.

    An unknown ``key`` raises ``KeyError``: every text a user sees is in the catalogue.
    """
    facts, action = _entry(key, lang)
    values = _values(key, lang, args)
    parts = [facts.format_map(values)]
    asks = _asks(rule, lang)
    if asks:
        parts.append(ASKS_LABEL.get(lang, ASKS_LABEL["es"]).format(rule=rule, asks=asks))
    parts.append(action.format_map(values))
    return " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts)


def render_facts(key: str, lang: str, args: dict[str, Any]) -> str:
    """Only the facts of a message (``--format conciso``)."""
    facts, _ = _entry(key, lang)
    return facts.format_map(_values(key, lang, args))


def _entry(key: str, lang: str) -> tuple[str, str]:
    entry = lookup(key)
    if entry is None:
        raise KeyError(f"message key {key!r} is not in the catalogue")
    return entry.get(lang, entry["es"])


def _values(key: str, lang: str, args: dict[str, Any]) -> _Args:
    from ine_lint.display import shorten

    # A finding names a value; it does not reproduce it (issue 9: reports stay bounded).
    values = _Args({k: shorten(v) if isinstance(v, str) else v for k, v in args.items()})
    if key == "engine.plugin_broken" and str(args.get("reason", "")) in UI:
        values["reason"] = ui(str(args["reason"]), lang, **args)
    if key.startswith("schema."):
        # Kept language-neutral in the finding (it is cached), worded here.
        for name in ("field", "parent"):
            if name in args:
                values[name] = field_name(str(args[name]), lang)
        for name in ("expected", "got"):
            if name in args:
                values[name] = type_names(str(args[name]), lang)
    if key in ("schema.pattern", "schema.alternatives") and lang != "es":
        # The schemas describe their fields in Spanish (for the editor): say it in English.
        values["description"] = PATTERN_HELP_EN.get(
            str(args.get("pattern", "")), PATTERN_HELP_EN[""]
        )
    if key.startswith("r.secret.") and lang != "es" and "term" in args:
        # The kind of credential a label names (``secrets._LABELS``), ours to word.
        values["term"] = SECRET_TERMS_EN.get(str(args["term"]), values["term"])
    if key.startswith("schema.") or key in _HINTED:
        suggestion = args.get("suggestion")
        # A date read day/month as in Mexico, that could be month/day, says so.
        hint = "schema.did_you_mean_dmy" if args.get("order") == "dmy" else "schema.did_you_mean"
        values["hint"] = ui(hint, lang, suggestion=suggestion) if suggestion else ""
    return values


#: What a value with a ``pattern`` in the schemas must look like, in English (the Spanish
#: finding quotes the field's own description). A test keeps it in step with the schemas.
PATTERN_HELP_EN: dict[str, str] = {
    "": "Write the value as the field's description says (docs/formato.md lists every field)",
    r"^[^@\s]+@[^@\s]+\.[^@\s]+$": "Write an e-mail address, like nombre.apellido@ine.mx",
    r"^[A-Z0-9][A-Z0-9-]*$": "Write the área's key in capitals, as areas.yaml has it (JDE01-AGS)",
    r"^[a-z0-9_-]+/[^@/\s][^/\s]*$": "Write the account as red/usuario (facebook/INEJDE01Ags)",
    r"^[a-z0-9_-]+$": "Write the platform's id in lower case (facebook, x, instagram, ...)",
    r"^[^@\s/][^\s/]*$": "Write the user name without @, spaces or slashes",
    r"^https?://": "Write the full address, starting with https://",
    r"^[A-Z]+$": "Write the entidad's abbreviation in capitals (AGS, CDMX)",
    r"^INE(/[A-Z][A-Z0-9-]*)+/[0-9]{1,6}/[0-9]{4}$": (
        "Write the number of the authorising oficio as INE numbers them: "
        "INE/UNIDAD/number/year, e.g. INE/CNCS/0456/2026"
    ),
}

#: The kinds of credential 4.3.VI names (the terms of ``ine_lint.secrets._LABELS``), in
#: English; a test keeps it in step with the scanner.
SECRET_TERMS_EN: dict[str, str] = {
    "contraseña": "password",
    "password": "password",
    "clave de acceso": "access key",
    "PIN": "PIN",
    "código de recuperación": "recovery code",
    "token": "token",
    "secreto": "secret",
    "semilla": "seed",
    "API key": "API key",
    "segundo factor": "second factor",
    "clave": "key",
}

#: Findings outside ``schema.`` that carry a «¿quiso decir …?» (issue 11).
_HINTED = frozenset(
    {"ref.unexpected_entry", "ref.unknown_platform", "ref.unknown_area", "ref.file_name"}
)


def _asks(rule: str, lang: str) -> str:
    if not rule or not rule[0].isdigit():
        return ""
    from ine_lint.policy import load_policy

    spec = load_policy().rules.get(rule)
    return spec.asks.get(lang, "") if spec else ""


#: Every other user-facing text (errors, help, headings): key → language → text, with
#: ``{placeholders}`` filled by :func:`ui`.
UI: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------- text report
    "summary": {"es": "Resumen", "en": "Summary"},
    "no_findings": {"es": "Sin hallazgos.", "en": "No findings."},
    "by_severity": {"es": "Por severidad", "en": "By severity"},
    "by_rule": {"es": "Por artículo", "en": "By article"},
    "shown": {"es": "mostrados", "en": "shown"},
    "status.suppressed": {"es": "suprimido", "en": "suppressed"},
    "status.waived": {"es": "exceptuado", "en": "waived"},
    "status.waiver": {
        "es": "excepción {waived} (vence {expires})",
        "en": "waiver {waived} (expires {expires})",
    },
    "concise.found": {"es": "Total: {count}.", "en": "Total: {count}."},
    # ------------------------------------------------------------- errors (exit 2)
    "cli.error": {"es": "ine-lint: error: {message}", "en": "ine-lint: error: {message}"},
    "cli.usage": {
        "es": "ine-lint: error: {message} (vea «{command} --help»)",
        "en": 'ine-lint: error: {message} (see "{command} --help")',
    },
    "cli.version": {"es": "ine-lint, versión {version}", "en": "ine-lint, version {version}"},
    "cli.interrupted": {"es": "ine-lint: interrumpido", "en": "ine-lint: interrupted"},
    "cli.internal": {
        "es": "ine-lint: error interno ({error}); vuelva a ejecutar con INE_LINT_DEBUG=1 y "
        "reporte el resultado",
        "en": "ine-lint: internal error ({error}); run again with INE_LINT_DEBUG=1 and report "
        "the output",
    },
    "cli.bad_date": {
        "es": "«{value}» no es una fecha AAAA-MM-DD",
        "en": '"{value}" is not a YYYY-MM-DD date',
    },
    "cli.bad_env_date": {
        "es": "INE_LINT_AS_OF={value} no es una fecha AAAA-MM-DD",
        "en": "INE_LINT_AS_OF={value} is not a YYYY-MM-DD date",
    },
    "cli.no_config": {
        "es": "{path}: no existe el archivo de configuración",
        "en": "{path}: the configuration file does not exist",
    },
    "cli.cannot_write": {
        "es": "{path}: no se puede escribir ({reason})",
        "en": "{path}: cannot be written ({reason})",
    },
    "cli.missing_output": {
        "es": "falta --output ARCHIVO{suffix}",
        "en": "--output FILE{suffix} is missing",
    },
    "cli.output_inside": {
        "es": "{path}: está dentro del inventario {root}; escríbalo fuera de él",
        "en": "{path}: is inside the inventory {root}; write it outside",
    },
    "cli.no_such_area": {
        "es": "--area {area}: el inventario no tiene esa área{hint}",
        "en": "--area {area}: the inventory has no such área{hint}",
    },
    "inventory.not_inside": {
        "es": "{path}: no está dentro de un inventario",
        "en": "{path}: is not inside an inventory",
    },
    "cli.outside_inventory": {
        "es": "ine-lint: ningún archivo dado está dentro de un inventario; nada que revisar",
        "en": "ine-lint: none of the given files is inside an inventory; nothing to check",
    },
    "inventory.missing": {
        "es": "{path}: no existe la carpeta del inventario",
        "en": "{path}: the inventory folder does not exist",
    },
    "inventory.not_inventory": {
        "es": "{path}: no parece un inventario (no tiene areas.yaml, designaciones/ ni cuentas/)",
        "en": "{path}: does not look like an inventory (it has no areas.yaml, designaciones/ "
        "or cuentas/)",
    },
    "inventory.no_default": {
        "es": "no se indicó inventario y no existe ./inventories (indique la carpeta o "
        "configure «inventario» en .ine-lint.yaml)",
        "en": "no inventory was given and ./inventories does not exist (name the folder or "
        'set "inventario" in .ine-lint.yaml)',
    },
    "inventory.no_path": {"es": "{path}: no existe", "en": "{path}: does not exist"},
    "inventory.outside": {
        "es": "{path}: no es un inventario ni está dentro de uno",
        "en": "{path}: is not an inventory nor inside one",
    },
    "inventory.several": {
        "es": "los archivos pertenecen a inventarios distintos: {roots}",
        "en": "the files belong to different inventories: {roots}",
    },
    "config.no_match": {
        "es": "{where}{kind}: ninguna regla corresponde a «{prefix}» (vea ine-lint rules)",
        "en": '{where}{kind}: no rule matches "{prefix}" (see ine-lint rules)',
    },
    "config.unreadable": {
        "es": "{path}: no se pudo leer la configuración ({reason})",
        "en": "{path}: the configuration could not be read ({reason})",
    },
    "config.invalid": {
        "es": "{where}: configuración inválida: {message}",
        "en": "{where}: invalid configuration: {message}",
    },
    "config.invalid_lines": {
        "es": "configuración inválida\n{lines}",
        "en": "invalid configuration\n{lines}",
    },
    "config.not_mapping": {"es": "el archivo no es un mapeo", "en": "the file is not a mapping"},
    "config.waiver_scope": {
        "es": "{where}: la excepción debe decir qué cubre: area, cuenta o archivo",
        "en": "{where}: the waiver must say what it covers: area, cuenta or archivo",
    },
    "policy.no_param": {
        "es": "policies/lineamientos.yaml: la regla {rule} no define el parámetro {name}",
        "en": "policies/lineamientos.yaml: rule {rule} defines no parameter {name}",
    },
    "policy.invalid": {
        "es": "{path}: catálogo inválido: {message}",
        "en": "{path}: invalid catalogue: {message}",
    },
    "explain.unknown": {
        "es": "no existe la regla {rule}; vea «ine-lint rules»",
        "en": 'there is no rule {rule}; see "ine-lint rules"',
    },
    # ------------------------------------------------------------- rule packs
    "pack.not_module": {
        "es": "el punto de entrada no es un módulo",
        "en": "the entry point is not a module",
    },
    "pack.no_check": {"es": "no define ine_lint_check", "en": "it defines no ine_lint_check"},
    "pack.duplicate": {
        "es": "la regla {rule} ya está registrada",
        "en": "rule {rule} is already registered",
    },
    "pack.bad_id": {"es": "ID debe ser un texto", "en": "ID must be a text"},
    "pack.bad_title": {
        "es": "TITLE debe tener al menos el título en español (es)",
        "en": "TITLE must have at least the Spanish title (es)",
    },
    "pack.no_policy": {
        "es": "la regla {rule} no tiene entrada en policies/lineamientos.yaml ni POLICY propio",
        "en": "rule {rule} has no entry in policies/lineamientos.yaml and no POLICY of its own",
    },
    "pack.bad_policy": {"es": "POLICY inválido ({error})", "en": "invalid POLICY ({error})"},
    "pack.error": {"es": "{error}", "en": "{error}"},
    # ------------------------------------------------------------- rules / explain
    "rules.header": {"es": "regla|título|severidad", "en": "rule|title|severity"},
    "rules.missing": {"es": " (sin implementar)", "en": " (not implemented)"},
    "explain.text": {
        "es": "Disposición (texto de los Lineamientos):",
        "en": "Provision (text of the Lineamientos):",
    },
    "explain.checks": {"es": "Qué se revisa: {text}", "en": "What is checked: {text}"},
    "explain.core": {
        "es": "Regla de ine-lint (no es una disposición de los Lineamientos):",
        "en": "An ine-lint rule (not a provision of the Lineamientos):",
    },
    "explain.severity": {
        "es": "Severidad por omisión: {severity}",
        "en": "Default severity: {severity}",
    },
    "explain.missing": {
        "es": "Estado: sin implementar en esta instalación",
        "en": "Status: not implemented in this installation",
    },
    "explain.params": {
        "es": "Parámetros (policies/lineamientos.yaml):",
        "en": "Parameters (policies/lineamientos.yaml):",
    },
    "explain.example": {"es": "Ejemplo de hallazgo:", "en": "Example finding:"},
    "explain.fix": {"es": "Cómo corregir: {text}", "en": "How to fix: {text}"},
    "explain.group": {
        "es": "{rule} agrupa estas disposiciones (vea «ine-lint explain ID»):",
        "en": '{rule} groups these provisions (see "ine-lint explain ID"):',
    },
    # ------------------------------------------------------------- schema wording
    "schema.document": {"es": "el documento", "en": "the document"},
    "schema.quoted": {"es": "«{name}»", "en": '"{name}"'},
    "schema.or": {"es": " o ", "en": " or "},
    "schema.did_you_mean": {
        "es": "; ¿quiso decir «{suggestion}»?",
        "en": '; did you mean "{suggestion}"?',
    },
    "schema.did_you_mean_dmy": {
        "es": "; ¿quiso decir «{suggestion}» (día/mes/año)?",
        "en": '; did you mean "{suggestion}" (day/month/year)?',
    },
    "type.string": {"es": "texto", "en": "text"},
    "type.integer": {"es": "un número entero", "en": "a whole number"},
    "type.number": {"es": "un número", "en": "a number"},
    "type.boolean": {"es": "true o false", "en": "true or false"},
    "type.array": {"es": "una lista", "en": "a list"},
    "type.object": {"es": "un mapeo (clave: valor)", "en": "a mapping (key: value)"},
    "type.null": {"es": "null", "en": "null"},
    # ------------------------------------------------------------- command line help
    "help.main": {
        "es": "Revisa un inventario de cuentas institucionales contra los Lineamientos del "
        "INE.\n\nSin subcomando equivale a «ine-lint check».",
        "en": "Checks an inventory of institutional accounts against INE's "
        'Lineamientos.\n\nWithout a subcommand it is "ine-lint check".',
    },
    "help.check": {
        "es": "Revisa el inventario (o los archivos dados, dentro de su inventario).",
        "en": "Checks the inventory (or the given files, within their inventory).",
    },
    "help.rules": {
        "es": "Lista las reglas: identificador, título y severidad.",
        "en": "Lists the rules: id, title and severity.",
    },
    "help.explain": {
        "es": "Explica una regla: la disposición, qué se revisa, parámetros, ejemplo y corrección.",
        "en": "Explains a rule: the provision, what is checked, parameters, example and fix.",
    },
    "help.check.as_of": {
        "es": "Fecha de revisión (por omisión INE_LINT_AS_OF, o hoy en la Ciudad de México).",
        "en": "As-of date (by default INE_LINT_AS_OF, or today in Mexico City).",
    },
    "help.check.fmt": {
        "es": "Formato de la salida principal (por omisión text); conciso da una línea corta "
        "por hallazgo; auto elige github dentro de GitHub Actions. Una sola vez: use "
        "--report para más informes.",
        "en": "Format of the main output (by default text); conciso gives one short line per "
        "finding; auto picks github inside GitHub Actions. Once only: use --report for "
        "more reports.",
    },
    "help.check.reports": {
        "es": "Escribir además un informe en ese formato y archivo (repetible).",
        "en": "Also write a report in that format to that file (repeatable).",
    },
    "help.check.base_rev": {
        "es": "Juzgar el cambio respecto de esta revisión de git: regla historial y "
        "configuración leída de REV.",
        "en": "Judge the change against this git revision: historial rule and configuration "
        "read from REV.",
    },
    "help.check.nuevos": {
        "es": "Solo los hallazgos que no estaban en la revisión de --base.",
        "en": "Only the findings that were not in the --base revision.",
    },
    "help.check.baseline_in": {
        "es": "Omitir los hallazgos de esta línea base (ine-lint linea-base).",
        "en": "Leave out the findings of this baseline (ine-lint linea-base).",
    },
    "help.check.fix": {
        "es": "Corregir lo mecánico (acentos en claves, mayúsculas y alias de valores, fechas "
        "inequívocas, tabuladores, espacios finales) y luego revisar.",
        "en": "Fix what is mechanical (accents in keys, case and aliases of values, "
        "unambiguous dates, tabs, trailing spaces), then check.",
    },
    "help.check.diff": {
        "es": "Mostrar lo que --fix cambiaría, sin escribir.",
        "en": "Show what --fix would change, without writing.",
    },
    "help.help": {"es": "Muestra este mensaje y termina.", "en": "Show this message and exit."},
    "help.version": {"es": "Muestra la versión y termina.", "en": "Show the version and exit."},
    "help.check.output": {
        "es": "Escribir el informe en este archivo.",
        "en": "Write the report to this file.",
    },
    "help.lang": {
        "es": "Idioma de los mensajes (por omisión «idioma» de la configuración, o es).",
        "en": 'Language of the messages (by default the configured "idioma", or es).',
    },
    "help.config_path": {
        "es": "Archivo de configuración (por omisión .ine-lint.yaml hacia arriba).",
        "en": "Configuration file (by default .ine-lint.yaml here or above).",
    },
    "help.check.select": {
        "es": "Solo estas reglas, por prefijo de artículo (repetible o separado por comas).",
        "en": "Only these rules, by article prefix (repeatable or comma-separated).",
    },
    "help.check.ignore": {
        "es": "Omitir estas reglas, por prefijo de artículo.",
        "en": "Skip these rules, by article prefix.",
    },
    "help.check.fail_on": {
        "es": "Severidad mínima que da código de salida 1 (por omisión error).",
        "en": "Lowest severity that gives exit code 1 (by default error).",
    },
    "help.check.horizon": {
        "es": "Avisar (info) de plazos que vencen dentro de estos días.",
        "en": "Announce (info) deadlines that fall due within these days.",
    },
    "help.check.show_suppressed": {
        "es": "Mostrar también lo suprimido o exceptuado.",
        "en": "Also show what is suppressed or waived.",
    },
    "help.check.no_cache": {
        "es": "No usar ni escribir la caché.",
        "en": "Neither read nor write the cache.",
    },
    "help.check.jobs": {
        "es": "Procesos para leer y validar.",
        "en": "Processes to read and validate with.",
    },
    "help.check.quiet": {
        "es": "Solo los hallazgos, sin resumen.",
        "en": "Only the findings, no summary.",
    },
    # check --staged and --output (issue 11)
    "staged.with_paths": {
        "es": "--staged toma los archivos de git: no indique rutas",
        "en": "--staged takes the files from git: give no paths",
    },
    "staged.nothing": {
        "es": "ine-lint: no hay archivos preparados para el commit; se revisa todo el inventario",
        "en": "ine-lint: no files are staged; checking the whole inventory",
    },
    "staged.outside": {
        "es": "ine-lint: ningún archivo del commit es de un inventario; nada que revisar",
        "en": "ine-lint: no staged file belongs to an inventory; nothing to check",
    },
    "output.inside": {
        "es": "{path}: está dentro del inventario {root}; escriba el informe fuera de él",
        "en": "{path}: is inside the inventory {root}; write the report outside it",
    },
    "output.yaml": {
        "es": "{path}: ya existe y es un archivo YAML; no se sobrescribe con un informe",
        "en": "{path}: exists and is a YAML file; a report does not overwrite it",
    },
    "staged.no_git": {
        "es": "--staged necesita git, y no se encontró",
        "en": "--staged needs git, which was not found",
    },
    "staged.no_repository": {
        "es": "--staged: esta carpeta no está en un repositorio git",
        "en": "--staged: this folder is not in a git repository",
    },
    "staged.git_timeout": {
        "es": "--staged: git no respondió",
        "en": "--staged: git did not answer",
    },
    "inventory.file_outside": {
        "es": "{path}: no está dentro de ningún inventario (no hay areas.yaml en su carpeta ni "
        "en las de arriba)",
        "en": "{path}: is inside no inventory (there is no areas.yaml in its folder or above)",
    },
    "inventory.no_areas": {
        "es": "{path}: el inventario no tiene areas.yaml; restáurelo o créelo antes de revisar",
        "en": "{path}: the inventory has no areas.yaml; restore or create it before checking",
    },
    "help.check.staged": {
        "es": "Revisar los archivos preparados para el commit (git), borrados incluidos.",
        "en": "Check the files staged for commit (git), deletions included.",
    },
    # Unknown is not absent: what a root-cause finding kept from being evaluated.
    "unknown.one": {
        "es": "{rules} no se evaluó para {whom}",
        "en": "{rules} was not evaluated for {whom}",
    },
    "unknown.many": {
        "es": "{rules} no se evaluaron para {whom}",
        "en": "{rules} were not evaluated for {whom}",
    },
    "unknown.everywhere": {"es": "todo el inventario", "en": "the whole inventory"},
    "unknown.until_file": {"es": "hasta corregir este archivo.", "en": "until this file is fixed."},
    "unknown.until_value": {"es": "hasta corregir este dato.", "en": "until this value is fixed."},
    # Said once on stderr; the run goes on (issue 9: the cache holds plain data only).
    "cache_foreign": {
        "es": "ine-lint: no se usa la caché {path}: pertenece a otro usuario o otros pueden "
        "escribirla; se revisa sin caché",
        "en": "ine-lint: not using the cache {path}: it belongs to another user or others "
        "can write to it; checking without a cache",
    },
    # ------------------------------------------------------------- command line metavars
    "metavar.options": {"es": "[OPCIONES]", "en": "[OPTIONS]"},
    "metavar.command": {"es": "COMANDO [ARGUMENTOS]...", "en": "COMMAND [ARGS]..."},
    "metavar.paths": {"es": "[RUTA]...", "en": "[PATH]..."},
    "metavar.rule_id": {"es": "REGLA", "en": "RULE"},
    "metavar.as_of": {"es": "AAAA-MM-DD", "en": "YYYY-MM-DD"},
    "metavar.check.output": {"es": "ARCHIVO", "en": "FILE"},
    "metavar.config_path": {"es": "ARCHIVO", "en": "FILE"},
    "metavar.reports": {"es": "FORMATO=RUTA", "en": "FORMAT=PATH"},
    "metavar.select": {"es": "REGLA", "en": "RULE"},
    "metavar.ignore": {"es": "REGLA", "en": "RULE"},
    "metavar.horizon": {"es": "DÍAS", "en": "DAYS"},
    "metavar.jobs": {"es": "N", "en": "N"},
    "metavar.check.base_rev": {"es": "REV", "en": "REV"},
    "metavar.check.baseline_in": {"es": "ARCHIVO", "en": "FILE"},
}

#: click's own strings (its gettext message ids) in Spanish; English is click's own text.
CLICK_ES: dict[str, str] = {
    "Usage:": "Uso:",
    "Options": "Opciones",
    "Commands": "Comandos",
    "Positional arguments": "Argumentos",
    "Show this message and exit.": "Muestra este mensaje y termina.",
    "Show the version and exit.": "Muestra la versión y termina.",
    "%(prog)s, version %(version)s": "%(prog)s, versión %(version)s",
    "Error: {message}": "Error: {message}",
    "Try '{command} {option}' for help.": "Vea «{command} {option}».",
    "No such option: {name}": "No existe la opción «{name}».",
    "No such option {name!r}.": "No existe la opción «{name}».",
    "No such command {name!r}.": "No existe el comando «{name}».",
    "Did you mean {possibility}?": "¿Quiso decir {possibility}?",
    "(Possible options: {possibilities})": "(opciones posibles: {possibilities})",
    "(Did you mean one of: {possibilities}?)": "(¿Quiso decir una de: {possibilities}?)",
    "Missing argument": "Falta el argumento",
    "Missing option": "Falta la opción",
    "Missing parameter": "Falta un parámetro",
    "Missing command.": "Falta el comando.",
    "Missing {param_type}": "Falta {param_type}",
    "Missing parameter: {param_name}": "Falta el parámetro {param_name}",
    "argument": "el argumento",
    "option": "la opción",
    "parameter": "el parámetro",
    "Invalid value for {param_hint}: {message}": "Valor no válido para {param_hint}: {message}",
    "Invalid value: {message}": "Valor no válido: {message}",
    "Option {name!r} requires an argument.": "La opción «{name}» requiere un valor.",
    "Option {name!r} requires {nargs} arguments.": "La opción «{name}» requiere {nargs} valores.",
    "Option {name!r} does not take a value.": "La opción «{name}» no admite un valor.",
    "Argument {name!r} takes {nargs} values.": "El argumento «{name}» lleva {nargs} valores.",
    "Got unexpected extra argument ({args})": "Sobra el argumento «{args}».",
    "Got unexpected extra arguments ({args})": "Sobran los argumentos «{args}».",
    "{value!r} is not {choice}.": "«{value}» no es {choice}.",
    "{value!r} is not one of {choices}.": "«{value}» no es ninguno de {choices}.",
    "{value!r} is not a valid {number_type}.": "«{value}» no es un número válido.",
    "{value} is not in the range {range}.": "{value} no está en el intervalo {range}.",
    "default: {default}": "por omisión: {default}",
    "required": "obligatorio",
    "{name} {filename!r} does not exist.": "{name} «{filename}» no existe.",
    "{name} {filename!r} is a directory.": "{name} «{filename}» es una carpeta.",
    "{name} {filename!r} is a file.": "{name} «{filename}» es un archivo.",
    "{name} {filename!r} is not readable.": "{name} «{filename}» no se puede leer.",
    "{name} {filename!r} is not writable.": "{name} «{filename}» no se puede escribir.",
    "{name} {filename!r} is not executable.": "{name} «{filename}» no se puede ejecutar.",
    "Could not open file {filename!r}: {message}": (
        "No se pudo abrir el archivo «{filename}»: {message}"
    ),
    "file": "archivo",
    "directory": "carpeta",
    "path": "ruta",
    "Aborted!": "Interrumpido.",
    "Takes {nargs} values but 1 was given.": "Lleva {nargs} valores, pero se dio 1.",
    "Takes {nargs} values but {len} were given.": "Lleva {nargs} valores, pero se dieron {len}.",
    "deprecated": "obsoleto",
    "env var: {var}": "variable de entorno: {var}",
}

#: click's strings whose English wording is replaced (click names its number types by
#: their class: «'abc' is not a valid integer range»).
CLICK_EN: dict[str, str] = {
    "{value!r} is not a valid {number_type}.": "{value!r} is not a valid whole number.",
    # Quoted, as every value ine-lint echoes: the arguments are the user's, not prose.
    "Got unexpected extra argument ({args})": 'Unexpected extra argument "{args}".',
    "Got unexpected extra arguments ({args})": 'Unexpected extra arguments "{args}".',
}

#: Counted nouns: key → language → (one, many), so counts agree in number (1 error, 2 errores).
COUNTS: dict[str, dict[str, tuple[str, str]]] = {
    "error": {"es": ("error", "errores"), "en": ("error", "errors")},
    "warning": {"es": ("advertencia", "advertencias"), "en": ("warning", "warnings")},
    "info": {"es": ("aviso", "avisos"), "en": ("notice", "notices")},
    "files": {
        "es": ("archivo revisado", "archivos revisados"),
        "en": ("file checked", "files checked"),
    },
    "suppressed": {
        "es": ("suprimido o exceptuado", "suprimidos o exceptuados"),
        "en": ("suppressed or waived", "suppressed or waived"),
    },
    "findings": {"es": ("hallazgo", "hallazgos"), "en": ("finding", "findings")},
}


def ui(key: str, lang: str, **args: object) -> str:
    """A user-facing text of the catalogue; an unknown key is a programming error."""
    entry = UI[key]
    text = entry.get(lang, entry["es"])
    return text.format_map(_Args(args)) if args else text


def count(key: str, n: int, lang: str) -> str:
    """``n`` and its noun, agreeing in number: «1 error», «2 errores»."""
    entry = COUNTS[key]
    one, many = entry.get(lang, entry["es"])
    return f"{n} {one if n == 1 else many}"


def type_names(codes: str, lang: str) -> str:
    """JSON types (``string,null``) as words of the language: «texto o vacío»."""
    return ui("schema.or", lang).join(
        ui(f"type.{c}", lang) if f"type.{c}" in UI else c for c in codes.split(",") if c
    )


def field_name(name: str, lang: str) -> str:
    """A field as a message names it: quoted, or «el documento» for the file as a whole."""
    return ui("schema.quoted", lang, name=name) if name else ui("schema.document", lang)


# ---------------------------------------------------------------- documents (anexos, listado,
# nueva-area, init): what those commands say, and the listado's column headers.
DOCS: dict[str, dict[str, str]] = {
    "hint": {"es": "; ¿quiso decir «{name}»?", "en": '; did you mean "{name}"?'},
    "unknown_area": {
        "es": "el área «{area}» no está en el inventario{hint}",
        "en": 'área "{area}" is not in the inventory{hint}',
    },
    "no_current": {
        "es": "el área {area} no tiene designación vigente al {as_of} (use --designacion "
        "AAAA-MM-DD)",
        "en": "área {area} has no designation in force on {as_of} (use --designacion YYYY-MM-DD)",
    },
    "unknown_designation": {
        "es": "el área {area} no tiene una designación con vigente_desde {since} (tiene: {known})",
        "en": "área {area} has no designation with vigente_desde {since} (it has: {known})",
    },
    "no_area_given": {
        "es": "indique al menos un --area CLAVE, o --todas",
        "en": "give at least one --area CLAVE, or --todas",
    },
    "area_and_all": {
        "es": "--area y --todas se excluyen: use uno de los dos",
        "en": "--area and --todas exclude each other: use one",
    },
    "designation_many": {
        "es": "--designacion solo vale con un único --area",
        "en": "--designacion needs exactly one --area",
    },
    "where": {"es": "{area}, designación del {since}", "en": "{area}, designation of {since}"},
    "missing": {
        "es": "falta {what} en el inventario; se deja una línea en blanco para llenarla a mano",
        "en": "{what} is not in the inventory; a blank line is left to fill in by hand",
    },
    "f.titular": {
        "es": "el nombre de la persona titular del área (areas.yaml)",
        "en": "the name of the área's titular (areas.yaml)",
    },
    "f.propietaria": {"es": "la persona propietaria", "en": "the propietaria"},
    "f.suplente": {"es": "la persona suplente", "en": "the suplente"},
    "f.nombre": {"es": "el nombre", "en": "the name"},
    "f.cargo": {"es": "el cargo", "en": "the cargo"},
    "f.correo": {"es": "el correo electrónico", "en": "the e-mail address"},
    "f.telefono_institucional": {
        "es": "el teléfono institucional",
        "en": "the institutional phone",
    },
    "of.propietaria": {"es": "de la propietaria", "en": "of the propietaria"},
    "of.suplente": {"es": "de la suplente", "en": "of the suplente"},
    "f.fecha_anexo1": {
        "es": "la fecha del Anexo 1 (formato_designacion.fecha)",
        "en": "the date of the Anexo 1 (formato_designacion.fecha)",
    },
    "f.fecha_anexo2": {
        "es": "la fecha de la responsiva de {who} para {account} (responsivas)",
        "en": "the date of {who}'s responsiva for {account} (responsivas)",
    },
    "warning": {"es": "ine-lint: aviso: {text}", "en": "ine-lint: warning: {text}"},
    "wrote": {"es": "escrito {path}", "en": "wrote {path}"},
    "no_font": {
        "es": "no se encontró una fuente TrueType Unicode (instale fonts-dejavu-core o indique "
        "una carpeta con INE_LINT_FUENTE); se usa Helvetica, que no muestra caracteres "
        "fuera de Latin-1",
        "en": "no Unicode TrueType font found (install fonts-dejavu-core or name a folder "
        "with INE_LINT_FUENTE); using Helvetica, which cannot show characters outside "
        "Latin-1",
    },
    "unreadable": {
        "es": "{path} tiene errores de lectura o de esquema ({count}): lo que no se pudo leer "
        "no está en el documento (vea ine-lint check)",
        "en": "{path} has read or schema errors ({count}): what could not be read is not in "
        "the document (see ine-lint check)",
    },
    "unreadable_designations": {
        "es": "{path} no se pudo leer: corríjalo (ine-lint check) antes de generar los Anexos",
        "en": "{path} could not be read: fix it (ine-lint check) before writing the Anexos",
    },
    "not_a_folder": {
        "es": "{path}: existe y no es una carpeta",
        "en": "{path}: exists and is not a folder",
    },
    "is_a_folder": {
        "es": "{path}: es una carpeta; indique un archivo .csv o .xlsx",
        "en": "{path}: is a folder; name a .csv or .xlsx file",
    },
    "output_format": {
        "es": "{path}: la extensión debe ser .csv o .xlsx",
        "en": "{path}: the extension must be .csv or .xlsx",
    },
    "listed": {
        "es": "{count} personas administradoras vigentes al {as_of} en {path}",
        "en": "{count} administrators in office on {as_of} in {path}",
    },
    "sheet": {"es": "Administradoras {as_of}", "en": "Administrators {as_of}"},
    "col.clave_area": {"es": "Clave del área", "en": "Área key"},
    "col.area": {"es": "Área", "en": "Área"},
    "col.rol": {"es": "Rol", "en": "Role"},
    "col.nombre": {"es": "Nombre", "en": "Name"},
    "col.cargo": {"es": "Cargo", "en": "Position (cargo)"},
    "col.nivel": {"es": "Nivel", "en": "Level"},
    "col.correo": {"es": "Correo electrónico", "en": "E-mail"},
    "col.telefono_institucional": {"es": "Teléfono institucional", "en": "Institutional phone"},
    "col.vigente_desde": {"es": "Vigente desde", "en": "In office since"},
    "col.oficio_designacion": {"es": "Oficio de designación", "en": "Designation oficio"},
    "col.correos_genericos": {"es": "Correos genéricos del área", "en": "Área's generic mailboxes"},
    "col.cuentas": {"es": "Cuentas del área", "en": "Área's accounts"},
    "col.hallazgos": {"es": "Hallazgos (4.2.III, 4.5.III)", "en": "Findings (4.2.III, 4.5.III)"},
    "not_evaluated": {"es": "{rule} no evaluado", "en": "{rule} not evaluated"},
    "new.unknown": {
        "es": "la clave «{area}» no está en areas.yaml{hint}; agregue primero el área allí",
        "en": 'clave "{area}" is not in areas.yaml{hint}; add the área there first',
    },
    "new.exists": {
        "es": "{path} ya existe; no se sobrescribe",
        "en": "{path} already exists; it is not overwritten",
    },
    "new.modeline": {
        "es": "el repositorio no tiene los esquemas: la línea yaml-language-server apunta a "
        "los de esta instalación de ine-lint (expórtelos con ine-lint esquemas "
        ".vscode/ine-lint y vuelva a crear el área)",
        "en": "the repository has no schemas: the yaml-language-server line points at this "
        "ine-lint installation's (export them with ine-lint esquemas .vscode/ine-lint "
        "and create the área again)",
    },
    "new.titular": {
        "es": "la persona titular de {area} sigue «POR CAPTURAR» en areas.yaml",
        "en": 'the titular of {area} is still "POR CAPTURAR" in areas.yaml',
    },
    "created": {"es": "creado {path}", "en": "created {path}"},
    "init.state": {
        "es": "entidad desconocida «{state}»{hint} (use una de: {known}, o todas)",
        "en": 'unknown entidad "{state}"{hint} (use one of: {known}, or todas)',
    },
    "init.exists": {
        "es": "{path} ya existe; init no sobrescribe nada",
        "en": "{path} already exists; init overwrites nothing",
    },
    "init.done": {
        "es": "inventario creado en {path} con {count} áreas; capture las personas titulares "
        "(«POR CAPTURAR») y, por cada área con cuentas, ejecute ine-lint nueva-area CLAVE",
        "en": 'inventory created in {path} with {count} áreas; fill in the titulares ("POR '
        'CAPTURAR") and, for each área with accounts, run ine-lint nueva-area CLAVE',
    },
    "cannot_write": {
        "es": "{path}: no se puede escribir ({reason})",
        "en": "{path}: cannot write ({reason})",
    },
}


def doc_text(key: str, lang: str, **args: Any) -> str:
    """A text of the document commands, in ``lang`` (Spanish if missing)."""
    entry = DOCS[key]
    if "hint" in args:
        args["hint"] = (
            DOCS["hint"].get(lang, DOCS["hint"]["es"]).format(name=args["hint"])
            if args["hint"]
            else ""
        )
    return entry.get(lang, entry["es"]).format_map(_Args(args))


# The document commands' help, in the user's language (see cli._localise).
_DOC_AS_OF = {
    "es": "Fecha de referencia (por omisión INE_LINT_AS_OF, o hoy en la Ciudad de México).",
    "en": "Reference date (default INE_LINT_AS_OF, or today in Mexico City).",
}
UI.update(
    {
        "help.anexos": {
            "es": "Genera en PDF el Anexo 1 y los Anexos 2 de la designación de un área.",
            "en": "Write the Anexo 1 and the Anexos 2 of an área's designation as PDF.",
        },
        "help.listado": {
            "es": "Escribe el listado de personas administradoras vigentes (4.5.III), en CSV o "
            "XLSX.",
            "en": "Write the list of administrators in office (4.5.III), as CSV or XLSX.",
        },
        "help.nueva-area": {
            "es": "Crea designaciones/CLAVE.yaml y cuentas/CLAVE.yaml de un área, por llenar.",
            "en": "Create an área's designaciones/CLAVE.yaml and cuentas/CLAVE.yaml, to fill in.",
        },
        "help.init": {
            "es": "Crea un repositorio de inventario nuevo: áreas, configuración, pre-commit y CI.",
            "en": "Create a new inventory repository: áreas, configuration, pre-commit and CI.",
        },
        "help.anexos.areas": {
            "es": "Área cuyos Anexos se generan (repetible o separada por comas).",
            "en": "Área whose Anexos are written (repeatable or comma-separated).",
        },
        "help.anexos.all_areas": {
            "es": "Todas las áreas con designación vigente.",
            "en": "Every área with a designation in force.",
        },
        "help.anexos.since": {
            "es": "La designación con este vigente_desde (por omisión, la vigente).",
            "en": "The designation with this vigente_desde (default: the one in force).",
        },
        "help.anexos.output": {
            "es": "Carpeta donde escribir los PDF.",
            "en": "Folder to write the PDFs into.",
        },
        "help.anexos.quiet": {
            "es": "No listar los archivos escritos.",
            "en": "Do not list the files written.",
        },
        "help.anexos.as_of": _DOC_AS_OF,
        "help.listado.output": {
            "es": "Archivo a escribir, .csv (UTF-8 con BOM) o .xlsx.",
            "en": "File to write, .csv (UTF-8 with BOM) or .xlsx.",
        },
        "help.listado.for_utsi": {
            "es": "Solo las columnas que la UTSI necesita para asignar correos (4.4.II).",
            "en": "Only the columns UTSI needs to assign mailboxes (4.4.II).",
        },
        "help.listado.quiet": {"es": "Sin resumen.", "en": "No summary."},
        "help.listado.as_of": _DOC_AS_OF,
        "help.nueva-area.quiet": {
            "es": "No listar los archivos creados.",
            "en": "Do not list the files created.",
        },
        "help.nueva-area.as_of": _DOC_AS_OF,
        "help.init.central": {
            "es": "Incluir los órganos centrales del INE.",
            "en": "Include the INE's central áreas.",
        },
        "help.init.states": {
            "es": "Incluir la junta local y las distritales de esta entidad (AGS, CDMX, ...; "
            "repetible, separada por comas, o «todas»).",
            "en": "Include this entidad's junta local and juntas distritales (AGS, CDMX, ...; "
            'repeatable, comma-separated, or "todas").',
        },
        "help.init.sin_distritales": {
            "es": "Solo las juntas locales.",
            "en": "Juntas locales only.",
        },
        "help.init.quiet": {"es": "Sin resumen.", "en": "No summary."},
        "metavar.areas": {"es": "CLAVE", "en": "KEY"},
        "metavar.since": {"es": "AAAA-MM-DD", "en": "YYYY-MM-DD"},
        "metavar.anexos.output": {"es": "CARPETA", "en": "FOLDER"},
        "metavar.listado.output": {"es": "ARCHIVO.csv|.xlsx", "en": "FILE.csv|.xlsx"},
        "metavar.clave": {"es": "CLAVE", "en": "KEY"},
        "metavar.states": {"es": "ABREV", "en": "ABBR"},
        "metavar.directory": {"es": "CARPETA", "en": "FOLDER"},
    }
)


# ---------------------------------------------------------------- CI and repository (issue 13)
UI.update(
    {
        "ci.format_repeated": {
            "es": "--format se dio {n} veces ({values}); la salida principal tiene un solo "
            "formato: use --report FORMATO=RUTA para los demás",
            "en": "--format was given {n} times ({values}); the main output has one format: "
            "use --report FORMAT=PATH for the others",
        },
        "ci.report_syntax": {
            "es": (
                "--report «{value}»: se espera FORMATO=RUTA, p. ej. --report sarif=ine-lint.sarif"
            ),
            "en": '--report "{value}": expected FORMAT=PATH, e.g. --report sarif=ine-lint.sarif',
        },
        "ci.report_format": {
            "es": "--report «{value}»: formato desconocido «{kind}» (use uno de: {known})",
            "en": '--report "{value}": unknown format "{kind}" (use one of: {known})',
        },
        "ci.report_same_file": {
            "es": "--report «{value}»: otro informe ya se escribe en {target}",
            "en": '--report "{value}": another report is already written to {target}',
        },
        "ci.sarif_partial": {
            "es": "el formato sarif describe el inventario completo: subido con {what}, cerraría "
            "las alertas de lo demás; use otro formato o revise todo el inventario",
            "en": "the sarif format describes the whole inventory: uploaded with {what}, it "
            "would close the alerts of everything else; use another format or check the "
            "whole inventory",
        },
        "ci.sarif_partial.files": {"es": "solo algunos archivos", "en": "only some files"},
        "ci.sarif_partial.new": {"es": "solo los hallazgos nuevos", "en": "only the new findings"},
        "ci.cannot_write": {
            "es": "{target}: no se puede escribir ({reason})",
            "en": "{target}: cannot write ({reason})",
        },
    }
)
MESSAGES["sarif.truncated"] = {
    "es": (
        "Este informe SARIF omite {cut} de {total} resultados: el límite es {limit} por "
        "ejecución y se conservaron los más graves",
        "Vea la lista completa con ine-lint check --format json o text",
    ),
    "en": (
        "This SARIF report leaves out {cut} of {total} results: the limit is {limit} per "
        "run and the most severe were kept",
        "See the full list with ine-lint check --format json or text",
    ),
}
UI.update(
    {
        "git.missing": {
            "es": "--base necesita el programa git, que no se encontró",
            "en": "--base needs the git program, which was not found",
        },
        "git.timeout": {
            "es": "git {command} no terminó en {seconds} s",
            "en": "git {command} did not finish in {seconds} s",
        },
        "git.bad_rev": {
            "es": "--base «{rev}»: no es una revisión de git",
            "en": '--base "{rev}": not a git revision',
        },
        "git.not_a_repo": {
            "es": "--base: {folder} no está dentro de un repositorio git",
            "en": "--base: {folder} is not inside a git repository",
        },
        "git.no_rev": {
            "es": "--base «{rev}»: esa revisión no existe en {top} (en CI, clone con "
            "su historia: fetch-depth: 0)",
            "en": '--base "{rev}": no such revision in {top} (in CI, clone with '
            "history: fetch-depth: 0)",
        },
    }
)
MESSAGES.update(
    {
        "history.deleted": {
            "es": (
                "Se eliminó un registro que existía en {rev}: {list}, {record} ({old})",
                "El historial no se borra: restaure el registro; si de verdad era un error de "
                "captura, deje en esta línea «# ine-lint: ignorar historial -- <motivo>»",
            ),
            "en": (
                "A record present at {rev} was deleted: {list}, {record} ({old})",
                "The history is not deleted: restore the record; if it truly was a typing "
                'error, leave "# ine-lint: ignorar historial -- <reason>" on this line',
            ),
        },
        "history.altered": {
            "es": (
                "Se modificó un registro que existía en {rev}: {list}, {record}: {changes}",
                "El historial no se reescribe: restaure el valor anterior y registre lo nuevo "
                "como una entrada aparte; si era un error de captura, deje en esta línea "
                "«# ine-lint: ignorar historial -- <motivo>»",
            ),
            "en": (
                "A record present at {rev} was altered: {list}, {record}: {changes}",
                "The history is not rewritten: restore the old value and record what is new as "
                "a separate entry; if it was a typing error, leave "
                '"# ine-lint: ignorar historial -- <reason>" on this line',
            ),
        },
        "history.people": {
            "es": (
                "La designación {record}, que existía en {rev}, cambia de personas ({changes})",
                "Un cambio de personas administradoras es una designación nueva: restaure la "
                "anterior y agregue otra con su propio vigente_desde, oficio y Anexo 1",
            ),
            "en": (
                "The designation {record}, present at {rev}, changes its people ({changes})",
                "A change of administrators is a new designation: restore the old one and add "
                "another with its own vigente_desde, oficio and Anexo 1",
            ),
        },
        "history.config": {
            "es": (
                "Este cambio modifica la configuración respecto de {rev}: {changes}. La revisión "
                "usa la configuración de {rev}",
                "La nueva configuración regirá cuando se integre; revise que el cambio esté "
                "autorizado",
            ),
            "en": (
                "This change modifies the configuration as of {rev}: {changes}. The check uses "
                "the configuration of {rev}",
                "The new configuration applies once merged; check that the change is authorised",
            ),
        },
    }
)
UI.update(
    {
        "git.outside": {
            "es": "--base: el inventario {root} no está dentro del repositorio {top}",
            "en": "--base: the inventory {root} is not inside the repository {top}",
        },
        "baseline.invalid": {
            "es": "{path}: no es una línea base de ine-lint (créela con ine-lint linea-base "
            "--output {path})",
            "en": "{path}: not an ine-lint baseline (create it with ine-lint linea-base "
            "--output {path})",
        },
        "baseline.missing": {
            "es": "{path}: no existe la línea base",
            "en": "{path}: the baseline does not exist",
        },
        "baseline.needs_base": {
            "es": "--nuevos compara con una revisión: indique --base REV",
            "en": "--nuevos compares with a revision: give --base REV",
        },
        "baseline.written": {
            "es": "ine-lint: línea base con {n} hallazgos escrita en {path}",
            "en": "ine-lint: baseline with {n} findings written to {path}",
        },
        "baseline.known_rev": {"es": "ya presente en {rev}", "en": "already present at {rev}"},
        "baseline.known_file": {"es": "en la línea base {path}", "en": "in the baseline {path}"},
    }
)
UI.update(
    {
        "schemas.written": {"es": "{path}  (para {files})", "en": "{path}  (for {files})"},
        "schemas.unchanged": {
            "es": "{path}  (para {files}; sin cambios)",
            "en": "{path}  (for {files}; unchanged)",
        },
        "schemas.not_a_folder": {
            "es": "{path}: existe y no es una carpeta",
            "en": "{path}: exists and is not a folder",
        },
    }
)
UI.update(
    {
        "fix.key": {
            "es": "{path}:{line}: clave «{old}» → «{new}» (sin acentos)",
            "en": '{path}:{line}: key "{old}" → "{new}" (no accents)',
        },
        "fix.enum": {
            "es": "{path}:{line}: valor {old} → {new}",
            "en": "{path}:{line}: value {old} → {new}",
        },
        "fix.date": {
            "es": "{path}:{line}: fecha {old} → {new} (AAAA-MM-DD)",
            "en": "{path}:{line}: date {old} → {new} (YYYY-MM-DD)",
        },
        "fix.tab": {
            "es": "{path}:{line}: tabuladores de sangría → espacios",
            "en": "{path}:{line}: indentation tabs → spaces",
        },
        "fix.space": {
            "es": "{path}:{line}: espacios al final de la línea quitados",
            "en": "{path}:{line}: trailing spaces removed",
        },
        "fix.ambiguous": {
            "es": "{path}:{line}: sin corregir: la fecha {old} puede leerse como día/mes o "
            "mes/día; escríbala como AAAA-MM-DD",
            "en": "{path}:{line}: not fixed: the date {old} reads as day/month or month/day; "
            "write it as YYYY-MM-DD",
        },
        "fix.unreadable": {
            "es": "{path}: sin corregir: con los cambios el archivo dejaría de leerse como YAML",
            "en": "{path}: not fixed: with the changes the file would no longer read as YAML",
        },
        "fix.summary": {
            "es": "ine-lint --fix: {n} cambios en {files} archivos",
            "en": "ine-lint --fix: {n} changes in {files} files",
        },
    }
)
UI["fix.tab_ambiguous"] = {
    "es": "{path}:{line}: sin corregir: la sangría con tabuladores puede leerse de más de una "
    "forma; use espacios",
    "en": "{path}:{line}: not fixed: the tab indentation reads more than one way; use spaces",
}
# ---------------------------------------------------------------- reporte and calendario
UI.update(
    {
        "help.reporte": {
            "es": (
                "Escribe un reporte HTML de cumplimiento: semáforo por área, detalle y tendencia."
            ),
            "en": "Write an HTML compliance report: traffic light by área, detail and trend.",
        },
        "help.calendario": {
            "es": "Escribe un calendario iCalendar con una fecha por obligación próxima.",
            "en": "Write an iCalendar file with one date per upcoming obligation.",
        },
        "help.reporte.output": {
            "es": "Archivo HTML que se escribe (obligatorio).",
            "en": "HTML file to write (required).",
        },
        "help.calendario.output": {
            "es": "Archivo iCalendar (.ics) que se escribe (obligatorio).",
            "en": "iCalendar (.ics) file to write (required).",
        },
        "help.reporte.horizon": {
            "es": "Plazos que vencen dentro de estos días (por omisión 30).",
            "en": "Deadlines falling due within these days (default 30).",
        },
        "help.calendario.horizon": {
            "es": "Obligaciones que vencen dentro de estos días (por omisión 30).",
            "en": "Obligations falling due within these days (default 30).",
        },
        "help.historia": {
            "es": "Tendencia de las últimas SEMANAS según el historial git del inventario.",
            "en": "Trend over the last WEEKS from the inventory's git history.",
        },
        "help.calendario.area": {
            "es": "Solo las obligaciones de esta área.",
            "en": "Only this área's obligations.",
        },
        "help.reporte.as_of": {
            "es": "Fecha de revisión (por omisión INE_LINT_AS_OF, o hoy en la Ciudad de México).",
            "en": "Date to check as of (default INE_LINT_AS_OF, or today in Mexico City).",
        },
        "help.reporte.no_cache": {
            "es": "No usar ni escribir la caché.",
            "en": "Neither read nor write the cache.",
        },
        "metavar.historia": {"es": "SEMANAS", "en": "WEEKS"},
        "metavar.reporte.output": {"es": "ARCHIVO.html", "en": "FILE.html"},
        "metavar.calendario.output": {"es": "ARCHIVO.ics", "en": "FILE.ics"},
        "metavar.calendario.area": {"es": "CLAVE", "en": "KEY"},
        "metavar.inventario": {"es": "[INVENTARIO]", "en": "[INVENTORY]"},
    }
)
UI.update(
    {
        "help.linea-base": {
            "es": "Registra los hallazgos actuales en un archivo, para que check --linea-base "
            "ARCHIVO informe solo los nuevos (repositorios sin historia de git).",
            "en": "Records today's findings in a file, so that check --linea-base FILE reports "
            "only new ones (repositories without git history).",
        },
        "help.linea-base.baseline_out": {
            "es": "Archivo donde escribir la línea base.",
            "en": "File to write the baseline to.",
        },
        "metavar.linea-base.baseline_out": {"es": "ARCHIVO", "en": "FILE"},
        "help.esquemas": {
            "es": "Exporta los esquemas JSON del inventario a CARPETA, para la ayuda del editor.",
            "en": "Exports the inventory's JSON Schemas to FOLDER, for the editor's help.",
        },
        "metavar.carpeta": {"es": "CARPETA", "en": "FOLDER"},
        "sarif.checks": {"es": "Qué se revisa", "en": "What is checked"},
        "sarif.fix": {"es": "Cómo corregir", "en": "How to fix"},
    }
)
UI["help.calendario.as_of"] = UI["help.reporte.as_of"]
UI["help.calendario.no_cache"] = UI["help.reporte.no_cache"]
UI["baseline.missing_at_rev"] = {
    "es": "{path}: la línea base no existe en {rev}; con --base se lee de {rev}, para que un "
    "cambio no amplíe la suya (intégrela primero en un cambio aparte)",
    "en": "{path}: the baseline does not exist at {rev}; with --base it is read from {rev}, so "
    "a change cannot widen its own (merge it first, in a separate change)",
}
