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
        "es": ("El archivo no es YAML válido: {problem}", "Corrija la sintaxis en esta línea"),
        "en": ("The file is not valid YAML: {problem}", "Fix the syntax at this line")},
    "yaml.encoding": {
        "es": ("El archivo no está en UTF-8 (byte {byte} en esta posición)",
               "Guárdelo con codificación UTF-8"),
        "en": ("The file is not UTF-8 (byte {byte} at this position)", "Save it as UTF-8")},
    "yaml.nul": {
        "es": ("El archivo contiene un carácter nulo; no es un archivo de texto",
               "Restaure el archivo desde git o vuelva a capturarlo"),
        "en": ("The file contains a NUL character; it is not a text file",
               "Restore it from git or type it again")},
    "yaml.too_large": {
        "es": ("El archivo mide {size} bytes, más que el límite de {limit}",
               "Divida el contenido: un archivo por área en designaciones/ y cuentas/"),
        "en": ("The file is {size} bytes, over the {limit} limit",
               "Split it: one file per área under designaciones/ and cuentas/")},
    "yaml.tag": {
        # Never the tag itself: ``contrasena: !Redes$2026`` makes a password a tag.
        "es": ("Etiqueta YAML no permitida (un valor que empieza con «!»; no se muestra)",
               "Quite la etiqueta, o escriba el valor entre comillas"),
        "en": ("YAML tag not allowed (a value starting with \"!\"; not shown)",
               "Remove the tag, or quote the value")},
    "yaml.complex_key": {
        "es": ("Una clave no puede ser una lista ni un mapeo", "Use un nombre de campo simple"),
        "en": ("A key cannot be a list or a mapping", "Use a plain field name")},
    "yaml.depth": {
        "es": ("Anidamiento de más de {limit} niveles", "Simplifique la estructura"),
        "en": ("Nesting deeper than {limit} levels", "Simplify the structure")},
    "yaml.alias_unknown": {
        # Never the alias itself: ``contrasena: *Redes2026`` makes a password an alias.
        "es": ("Un alias (un valor que empieza con «*») no está definido antes de usarse, o se "
               "usa dentro de sí mismo; no se muestra",
               "Defina el ancla (&) antes, o escriba el valor completo entre comillas"),
        "en": ("An alias (a value starting with \"*\") is not defined before use, or is used "
               "inside itself; not shown",
               "Define the anchor (&) first, or write the value out in quotes")},
    "yaml.alias_bomb": {
        "es": ("Los alias de este archivo se expanden a más de {limit} nodos (posible ataque "
               "«billion laughs»)", "Escriba los valores sin alias"),
        "en": ("This file's aliases expand to more than {limit} nodes (possible \"billion "
               "laughs\" attack)", "Write the values without aliases")},
    "yaml.multiple_documents": {
        "es": ("El archivo tiene más de un documento YAML (---)",
               "Deje un solo documento por archivo"),
        "en": ("The file holds more than one YAML document (---)",
               "Keep one document per file")},
    "yaml.not_a_file": {
        "es": ("Aquí debería haber un archivo y hay una carpeta", "Renómbrela o muévala"),
        "en": ("A folder stands where a file should be", "Rename or move it")},
    "yaml.unreadable": {
        "es": ("No se pudo leer ({reason})", "Revise los permisos del archivo"),
        "en": ("Could not be read ({reason})", "Check the file's permissions")},
    # ---------------------------------------------------------------- esquema
    "schema.duplicate_key": {
        "es": ("La clave «{key}» ya aparece en la línea {first} de este mismo bloque; YAML "
               "conservaría solo una y se perdería un dato", "Una las dos entradas en una sola"),
        "en": ("Key \"{key}\" already appears at line {first} of the same block; YAML would "
               "keep only one and a fact would be lost", "Merge both entries into one")},
    "schema.not_mapping": {
        "es": ("El archivo debe ser un mapeo (campos clave: valor) y no una lista ni un valor "
               "suelto", "Siga la estructura de la plantilla en inventories/"),
        "en": ("The file must be a mapping (key: value fields), not a list or a lone value",
               "Follow the template structure in inventories/")},
    "schema.empty": {
        "es": ("El archivo está vacío", "Agregue el contenido o borre el archivo"),
        "en": ("The file is empty", "Add its content or delete the file")},
    "schema.unknown_key": {
        "es": ("«{key}» no es un campo de «{parent}»{hint}",
               "Corrija el nombre; los campos válidos son: {known}"),
        "en": ("\"{key}\" is not a field of \"{parent}\"{hint}",
               "Fix the name; valid fields are: {known}")},
    "schema.required": {
        "es": ("Falta el campo obligatorio «{key}» en «{parent}»", "Agréguelo"),
        "en": ("Required field \"{key}\" is missing from \"{parent}\"", "Add it")},
    "schema.type": {
        "es": ("{field} debe ser {expected}, no {got}", "Corrija el valor"),
        "en": ("{field} must be {expected}, not {got}", "Fix the value")},
    "schema.enum": {
        "es": ("{field} tiene un valor no permitido", "Use uno de: {allowed}"),
        "en": ("{field} has a value that is not allowed", "Use one of: {allowed}")},
    "schema.date": {
        "es": ("{field} no es una fecha válida", "Escriba una fecha real en formato AAAA-MM-DD"),
        "en": ("{field} is not a valid date", "Write a real date as YYYY-MM-DD")},
    "schema.pattern": {
        "es": ("{field} no tiene la forma esperada", "{description}"),
        "en": ("{field} does not have the expected form", "{description}")},
    "schema.empty_value": {
        "es": ("{field} está vacío", "Escriba el valor o quite el campo"),
        "en": ("{field} is empty", "Write the value or remove the field")},
    "schema.alternatives": {
        "es": ("{field} no tiene un valor válido", "{description}"),
        "en": ("{field} has no valid value", "{description}")},
    "schema.other": {
        "es": ("{field} no cumple el esquema ({rule_name})", "Revise la descripción del campo"),
        "en": ("{field} breaks the schema ({rule_name})", "Check the field's description")},
    "schema.future_date": {
        "es": ("«{key}» es {value}, posterior a la fecha de revisión {as_of}: una fecha futura "
               "es un error de captura o un dato falso", "Corrija la fecha"),
        "en": ("\"{key}\" is {value}, after the as-of date {as_of}: a future date is a typo "
               "or a forgery", "Fix the date")},
    "schema.implausible_date": {
        "es": ("«{key}» es {value}, fuera de las fechas posibles ({low} a {high}, un año "
               "después de la fecha de revisión); ninguna regla la toma en cuenta",
               "Corrija la fecha"),
        "en": ("\"{key}\" is {value}, outside the possible dates ({low} to {high}, a year "
               "after the as-of date); no rule takes it into account", "Fix the date")},
    # ---------------------------------------------------------------- referencia
    "ref.no_areas": {
        "es": ("El inventario no tiene areas.yaml", "Cree el catálogo de áreas responsables"),
        "en": ("The inventory has no areas.yaml", "Create the catalogue of áreas")},
    "ref.duplicate_area": {
        "es": ("El área {key} ya está en la línea {first}", "Deje una sola entrada por área"),
        "en": ("Área {key} is already at line {first}", "Keep one entry per área")},
    "ref.duplicate_mailbox": {
        "es": ("El correo {email} ya está registrado en la línea {first}",
               "Deje una sola entrada por correo"),
        "en": ("Mailbox {email} is already registered at line {first}",
               "Keep one entry per mailbox")},
    "ref.duplicate_account": {
        "es": ("La cuenta {account} ya está en el inventario ({first})",
               "Deje la cuenta en un solo lugar"),
        "en": ("Account {account} is already in the inventory ({first})",
               "Keep the account in one place")},
    "ref.duplicate_file": {
        "es": ("Hay dos archivos del área {area}: {files}; no se usa ninguno de los dos",
               "Deje uno solo: una los datos en el archivo {area}.yaml y borre el otro"),
        "en": ("There are two files for área {area}: {files}; neither is used",
               "Keep only one: merge the facts into {area}.yaml and delete the other")},
    "ref.duplicate_oficio": {
        "es": ("El oficio {oficio} ya está en la línea {first}; no se sabe cuál de los dos "
               "listados envió la CNCS", "Deje una sola entrada por oficio"),
        "en": ("Oficio {oficio} is already at line {first}; which of the two lists CNCS "
               "sent cannot be told", "Keep one entry per oficio")},
    "ref.file_name": {
        "es": ("El área del archivo es {area} pero el archivo se llama {file}",
               "Renombre el archivo a {area}.yaml o corrija el campo area"),
        "en": ("The file's área is {area} but the file is named {file}",
               "Rename the file to {area}.yaml or fix the area field")},
    "ref.unknown_area": {
        "es": ("El área {area} no está en areas.yaml", "Agréguela a areas.yaml o corrija la clave"),
        "en": ("Área {area} is not in areas.yaml", "Add it to areas.yaml or fix the key")},
    "ref.unknown_area_register": {
        "es": ("El correo {email} está asignado al área {area}, que no está en areas.yaml",
               "Corrija la clave del área en el registro"),
        "en": ("Mailbox {email} is assigned to área {area}, which is not in areas.yaml",
               "Fix the área key in the register")},
    "ref.unknown_account": {
        "es": ("La responsiva es de la cuenta {account}, que no está en ningún archivo de "
               "cuentas/", "Corrija la referencia red/usuario o agregue la cuenta"),
        "en": ("The responsiva names account {account}, which is in no file under cuentas/",
               "Fix the red/usuario reference or add the account")},
    "ref.unknown_platform": {
        "es": ("La red «{network}» no está en el catálogo de plataformas",
               "Use una de: {known}; o agregue la plataforma a policies/plataformas.yaml"),
        "en": ("Network \"{network}\" is not in the platform catalogue",
               "Use one of: {known}; or add the platform to policies/plataformas.yaml")},
    # ---------------------------------------------------------------- engine
    "engine.rule_crashed": {
        "es": ("La regla {rule_id} falló con {error} y no pudo revisar el inventario",
               "Informe el fallo a quien mantiene la regla; las demás reglas sí se aplicaron"),
        "en": ("Rule {rule_id} failed with {error} and could not check the inventory",
               "Report it to the rule's maintainers; the other rules did run")},
    "engine.rule_bad_result": {
        "es": ("La regla {rule_id} produjo un resultado que no es un hallazgo",
               "Informe el fallo a quien mantiene la regla"),
        "en": ("Rule {rule_id} produced something that is not a finding",
               "Report it to the rule's maintainers")},
    "engine.plugin_broken": {
        "es": ("El paquete de reglas «{plugin}» no se pudo cargar: {reason}",
               "Reinstálelo o desinstálelo"),
        "en": ("Rule pack \"{plugin}\" could not be loaded: {reason}",
               "Reinstall or uninstall it")},
    # ---------------------------------------------------------------- suppressions, waivers
    "filter.no_reason": {
        "es": ("La supresión de {rules} no dice el motivo, así que no se aplica",
               "Escriba el motivo después de «--»: # ine-lint: ignorar {rules} -- <motivo>"),
        "en": ("The suppression of {rules} gives no reason, so it does not apply",
               "Write the reason after \"--\": # ine-lint: ignore {rules} -- <reason>")},
    "filter.no_rules": {
        "es": ("La supresión no nombra ninguna regla",
               "Escriba las reglas: # ine-lint: ignorar 4.3.V -- <motivo>"),
        "en": ("The suppression names no rule",
               "Name the rules: # ine-lint: ignore 4.3.V -- <reason>")},
    "filter.unused": {
        "es": ("La supresión de {rule} no suprime ningún hallazgo en la línea {target}",
               "Quítela: ya no hace falta"),
        "en": ("The suppression of {rule} suppresses no finding at line {target}",
               "Remove it: it is no longer needed")},
    "filter.unknown_rule": {
        "es": ("La supresión nombra la regla {rule}, que no existe",
               "Corrija el identificador (vea ine-lint rules)"),
        "en": ("The suppression names rule {rule}, which does not exist",
               "Fix the id (see ine-lint rules)")},
    "note.waiver_expired": {
        "es": ("La excepción {waiver} venció el {expired} y ya no se aplica",
               "Renueve la excepción con un nuevo oficio o corrija el hallazgo"),
        "en": ("Waiver {waiver} expired on {expired} and no longer applies",
               "Renew the waiver with a new oficio or fix the finding")},
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
    """The full message: facts, what the provision asks, what to do."""
    entry = lookup(key)
    values = _Args(args)
    if key == "schema.unknown_key":
        hint = args.get("suggestion")
        values["hint"] = ((f"; ¿quiso decir «{hint}»?" if lang == "es"
                           else f"; did you mean \"{hint}\"?") if hint else "")
    if entry is None:  # a third-party rule's own text
        return key.format_map(values)
    facts, action = entry.get(lang, entry["es"])
    parts = [facts.format_map(values)]
    asks = _asks(rule, lang)
    if asks:
        parts.append(ASKS_LABEL.get(lang, ASKS_LABEL["es"]).format(rule=rule, asks=asks))
    parts.append(action.format_map(values))
    return " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts)


def _asks(rule: str, lang: str) -> str:
    if not rule or not rule[0].isdigit():
        return ""
    from ine_lint.policy import load_policy

    spec = load_policy().rules.get(rule)
    return spec.asks.get(lang, "") if spec else ""


UI: dict[str, dict[str, str]] = {
    "summary": {"es": "Resumen", "en": "Summary"},
    "no_findings": {"es": "Sin hallazgos.", "en": "No findings."},
    "by_severity": {"es": "Por severidad", "en": "By severity"},
    "by_rule": {"es": "Por artículo", "en": "By article"},
    "suppressed": {"es": "suprimidos o exceptuados", "en": "suppressed or waived"},
    "files": {"es": "archivos revisados", "en": "files checked"},
    "error": {"es": "errores", "en": "errors"},
    "warning": {"es": "advertencias", "en": "warnings"},
    "info": {"es": "avisos", "en": "notices"},
    # Unknown is not absent: what a root-cause finding kept from being evaluated.
    "unknown.one": {"es": "{rules} no se evaluó para {whom}",
                    "en": "{rules} was not evaluated for {whom}"},
    "unknown.many": {"es": "{rules} no se evaluaron para {whom}",
                     "en": "{rules} were not evaluated for {whom}"},
    "unknown.everywhere": {"es": "todo el inventario", "en": "the whole inventory"},
    "unknown.until_file": {"es": "hasta corregir este archivo.",
                           "en": "until this file is fixed."},
    "unknown.until_value": {"es": "hasta corregir este dato.",
                            "en": "until this value is fixed."},
    # Said once on stderr; the run goes on (issue 9: the cache holds plain data only).
    "cache_foreign": {
        "es": "ine-lint: no se usa la caché {path}: pertenece a otro usuario o otros pueden "
              "escribirla; se revisa sin caché",
        "en": "ine-lint: not using the cache {path}: it belongs to another user or others "
              "can write to it; checking without a cache"},
}


def ui(key: str, lang: str) -> str:
    entry = UI[key]
    return entry.get(lang, entry["es"])


# ---------------------------------------------------------------- documents (anexos, listado,
# nueva-area, init): what those commands say, and the listado's column headers.
DOCS: dict[str, dict[str, str]] = {
    "hint": {"es": "; ¿quiso decir «{name}»?", "en": "; did you mean \"{name}\"?"},
    "unknown_area": {
        "es": "el área «{area}» no está en el inventario{hint}",
        "en": "área \"{area}\" is not in the inventory{hint}"},
    "no_current": {
        "es": "el área {area} no tiene designación vigente al {as_of} (use --designacion "
              "AAAA-MM-DD)",
        "en": "área {area} has no designation in force on {as_of} (use --designacion "
              "YYYY-MM-DD)"},
    "unknown_designation": {
        "es": "el área {area} no tiene una designación con vigente_desde {since} (tiene: "
              "{known})",
        "en": "área {area} has no designation with vigente_desde {since} (it has: {known})"},
    "no_area_given": {
        "es": "indique al menos un --area CLAVE, o --todas",
        "en": "give at least one --area CLAVE, or --todas"},
    "area_and_all": {
        "es": "--area y --todas se excluyen: use uno de los dos",
        "en": "--area and --todas exclude each other: use one"},
    "designation_many": {
        "es": "--designacion solo vale con un único --area",
        "en": "--designacion needs exactly one --area"},
    "where": {"es": "{area}, designación del {since}", "en": "{area}, designation of {since}"},
    "missing": {
        "es": "falta {what} en el inventario; se deja una línea en blanco para llenarla a mano",
        "en": "{what} is not in the inventory; a blank line is left to fill in by hand"},
    "f.titular": {"es": "el nombre de la persona titular del área (areas.yaml)",
                  "en": "the name of the área's titular (areas.yaml)"},
    "f.propietaria": {"es": "la persona propietaria", "en": "the propietaria"},
    "f.suplente": {"es": "la persona suplente", "en": "the suplente"},
    "f.nombre": {"es": "el nombre", "en": "the name"},
    "f.cargo": {"es": "el cargo", "en": "the cargo"},
    "f.correo": {"es": "el correo electrónico", "en": "the e-mail address"},
    "f.telefono_institucional": {"es": "el teléfono institucional",
                                 "en": "the institutional phone"},
    "of.propietaria": {"es": "de la propietaria", "en": "of the propietaria"},
    "of.suplente": {"es": "de la suplente", "en": "of the suplente"},
    "f.fecha_anexo1": {"es": "la fecha del Anexo 1 (formato_designacion.fecha)",
                       "en": "the date of the Anexo 1 (formato_designacion.fecha)"},
    "f.fecha_anexo2": {"es": "la fecha de la responsiva de {who} para {account} (responsivas)",
                       "en": "the date of {who}'s responsiva for {account} (responsivas)"},
    "warning": {"es": "ine-lint: aviso: {text}", "en": "ine-lint: warning: {text}"},
    "wrote": {"es": "escrito {path}", "en": "wrote {path}"},
    "no_font": {
        "es": "no se encontró una fuente TrueType Unicode (instale fonts-dejavu-core o indique "
              "una carpeta con INE_LINT_FUENTE); se usa Helvetica, que no muestra caracteres "
              "fuera de Latin-1",
        "en": "no Unicode TrueType font found (install fonts-dejavu-core or name a folder "
              "with INE_LINT_FUENTE); using Helvetica, which cannot show characters outside "
              "Latin-1"},
    "output_format": {
        "es": "{path}: la extensión debe ser .csv o .xlsx",
        "en": "{path}: the extension must be .csv or .xlsx"},
    "listed": {"es": "{count} personas administradoras vigentes al {as_of} en {path}",
               "en": "{count} administrators in office on {as_of} in {path}"},
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
    "col.correos_genericos": {"es": "Correos genéricos del área",
                              "en": "Área's generic mailboxes"},
    "col.cuentas": {"es": "Cuentas del área", "en": "Área's accounts"},
    "col.hallazgos": {"es": "Hallazgos (4.2.III, 4.5.III)", "en": "Findings (4.2.III, 4.5.III)"},
    "cannot_write": {"es": "{path}: no se puede escribir ({reason})",
                     "en": "{path}: cannot write ({reason})"},
}


def doc_text(key: str, lang: str, **args: Any) -> str:
    """A text of the document commands, in ``lang`` (Spanish if missing)."""
    entry = DOCS[key]
    if "hint" in args:
        args["hint"] = DOCS["hint"].get(lang, DOCS["hint"]["es"]).format(name=args["hint"]) \
            if args["hint"] else ""
    return entry.get(lang, entry["es"]).format_map(_Args(args))


# ---------------------------------------------------------------- CI and repository (issue 13)
UI.update({
    "ci.format_repeated": {
        "es": "--format se dio {n} veces ({values}); la salida principal tiene un solo "
              "formato: use --report FORMATO=RUTA para los demás",
        "en": "--format was given {n} times ({values}); the main output has one format: "
              "use --report FORMAT=PATH for the others"},
    "ci.report_syntax": {
        "es": "--report «{value}»: se espera FORMATO=RUTA, p. ej. --report sarif=ine-lint.sarif",
        "en": "--report \"{value}\": expected FORMAT=PATH, e.g. --report sarif=ine-lint.sarif"},
    "ci.report_format": {
        "es": "--report «{value}»: formato desconocido «{kind}» (use uno de: {known})",
        "en": "--report \"{value}\": unknown format \"{kind}\" (use one of: {known})"},
    "ci.report_same_file": {
        "es": "--report «{value}»: otro informe ya se escribe en {target}",
        "en": "--report \"{value}\": another report is already written to {target}"},
    "ci.sarif_partial": {
        "es": "el formato sarif describe el inventario completo: subido con {what}, cerraría "
              "las alertas de lo demás; use otro formato o revise todo el inventario",
        "en": "the sarif format describes the whole inventory: uploaded with {what}, it "
              "would close the alerts of everything else; use another format or check the "
              "whole inventory"},
    "ci.sarif_partial.files": {"es": "solo algunos archivos", "en": "only some files"},
    "ci.sarif_partial.new": {"es": "solo los hallazgos nuevos", "en": "only the new findings"},
    "ci.cannot_write": {"es": "{target}: no se puede escribir ({reason})",
                        "en": "{target}: cannot write ({reason})"},
})
MESSAGES["sarif.truncated"] = {
    "es": ("Este informe SARIF omite {cut} de {total} resultados: el límite es {limit} por "
           "ejecución y se conservaron los más graves",
           "Vea la lista completa con ine-lint check --format json o text"),
    "en": ("This SARIF report leaves out {cut} of {total} results: the limit is {limit} per "
           "run and the most severe were kept",
           "See the full list with ine-lint check --format json or text")}
UI.update({
    "git.missing": {"es": "--base necesita el programa git, que no se encontró",
                    "en": "--base needs the git program, which was not found"},
    "git.timeout": {"es": "git {command} no terminó en {seconds} s",
                    "en": "git {command} did not finish in {seconds} s"},
    "git.bad_rev": {"es": "--base «{rev}»: no es una revisión de git",
                    "en": "--base \"{rev}\": not a git revision"},
    "git.not_a_repo": {"es": "--base: {folder} no está dentro de un repositorio git",
                       "en": "--base: {folder} is not inside a git repository"},
    "git.no_rev": {"es": "--base «{rev}»: esa revisión no existe en {top} (en CI, clone con "
                         "su historia: fetch-depth: 0)",
                   "en": "--base \"{rev}\": no such revision in {top} (in CI, clone with "
                         "history: fetch-depth: 0)"},
})
MESSAGES.update({
    "history.deleted": {
        "es": ("Se eliminó un registro que existía en {rev}: {list}, {record} ({old})",
               "El historial no se borra: restaure el registro; si de verdad era un error de "
               "captura, deje en esta línea «# ine-lint: ignorar historial -- <motivo>»"),
        "en": ("A record present at {rev} was deleted: {list}, {record} ({old})",
               "The history is not deleted: restore the record; if it truly was a typing "
               "error, leave \"# ine-lint: ignorar historial -- <reason>\" on this line")},
    "history.altered": {
        "es": ("Se modificó un registro que existía en {rev}: {list}, {record}: {changes}",
               "El historial no se reescribe: restaure el valor anterior y registre lo nuevo "
               "como una entrada aparte; si era un error de captura, deje en esta línea "
               "«# ine-lint: ignorar historial -- <motivo>»"),
        "en": ("A record present at {rev} was altered: {list}, {record}: {changes}",
               "The history is not rewritten: restore the old value and record what is new as "
               "a separate entry; if it was a typing error, leave "
               "\"# ine-lint: ignorar historial -- <reason>\" on this line")},
    "history.people": {
        "es": ("La designación {record}, que existía en {rev}, cambia de personas ({changes})",
               "Un cambio de administradoras es una designación nueva: restaure la anterior y "
               "agregue otra con su propio vigente_desde, oficio y Anexo 1"),
        "en": ("The designation {record}, present at {rev}, changes its people ({changes})",
               "A change of administrators is a new designation: restore the old one and add "
               "another with its own vigente_desde, oficio and Anexo 1")},
    "history.config": {
        "es": ("Este cambio modifica la configuración respecto de {rev}: {changes}. La revisión "
               "usa la configuración de {rev}",
               "La nueva configuración regirá cuando se integre; revise que el cambio esté "
               "autorizado"),
        "en": ("This change modifies the configuration as of {rev}: {changes}. The check uses "
               "the configuration of {rev}",
               "The new configuration applies once merged; check that the change is "
               "authorised")},
})
UI.update({
    "git.outside": {"es": "--base: el inventario {root} no está dentro del repositorio {top}",
                    "en": "--base: the inventory {root} is not inside the repository {top}"},
    "baseline.invalid": {
        "es": "{path}: no es una línea base de ine-lint (créela con ine-lint linea-base "
              "--output {path})",
        "en": "{path}: not an ine-lint baseline (create it with ine-lint linea-base "
              "--output {path})"},
    "baseline.missing": {"es": "{path}: no existe la línea base",
                         "en": "{path}: the baseline does not exist"},
    "baseline.needs_base": {"es": "--nuevos compara con una revisión: indique --base REV",
                            "en": "--nuevos compares with a revision: give --base REV"},
    "baseline.written": {"es": "ine-lint: línea base con {n} hallazgos escrita en {path}",
                         "en": "ine-lint: baseline with {n} findings written to {path}"},
    "baseline.known_rev": {"es": "ya presente en {rev}", "en": "already present at {rev}"},
    "baseline.known_file": {"es": "en la línea base {path}", "en": "in the baseline {path}"},
})
UI.update({
    "schemas.written": {"es": "{path}  (para {files})", "en": "{path}  (for {files})"},
    "schemas.unchanged": {"es": "{path}  (para {files}; sin cambios)",
                          "en": "{path}  (for {files}; unchanged)"},
    "schemas.not_a_folder": {"es": "{path}: existe y no es una carpeta",
                             "en": "{path}: exists and is not a folder"},
})
UI.update({
    "fix.key": {"es": "{path}:{line}: clave «{old}» → «{new}» (sin acentos)",
                "en": "{path}:{line}: key \"{old}\" → \"{new}\" (no accents)"},
    "fix.enum": {"es": "{path}:{line}: valor {old} → {new}",
                 "en": "{path}:{line}: value {old} → {new}"},
    "fix.date": {"es": "{path}:{line}: fecha {old} → {new} (AAAA-MM-DD)",
                 "en": "{path}:{line}: date {old} → {new} (YYYY-MM-DD)"},
    "fix.tab": {"es": "{path}:{line}: tabuladores de sangría → espacios",
                "en": "{path}:{line}: indentation tabs → spaces"},
    "fix.space": {"es": "{path}:{line}: espacios al final de la línea quitados",
                  "en": "{path}:{line}: trailing spaces removed"},
    "fix.ambiguous": {
        "es": "{path}:{line}: sin corregir: la fecha {old} puede leerse como día/mes o "
              "mes/día; escríbala como AAAA-MM-DD",
        "en": "{path}:{line}: not fixed: the date {old} reads as day/month or month/day; "
              "write it as YYYY-MM-DD"},
    "fix.unreadable": {
        "es": "{path}: sin corregir: con los cambios el archivo dejaría de leerse como YAML",
        "en": "{path}: not fixed: with the changes the file would no longer read as YAML"},
    "fix.summary": {"es": "ine-lint --fix: {n} cambios en {files} archivos",
                    "en": "ine-lint --fix: {n} changes in {files} files"},
})
UI["fix.tab_ambiguous"] = {
    "es": "{path}:{line}: sin corregir: la sangría con tabuladores puede leerse de más de una "
          "forma; use espacios",
    "en": "{path}:{line}: not fixed: the tab indentation reads more than one way; use spaces"}
