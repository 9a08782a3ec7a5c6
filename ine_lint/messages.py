"""The one message catalogue: every user-facing text, in Spanish and English.

Each entry is ``(facts, action)``. A finding's message is the facts, then what the provision
asks (from ``policies/``), then what to do, so every message says all three.
"""

from __future__ import annotations

from typing import Any

M = dict[str, dict[str, tuple[str, str]]]

#: What to do about a credential in the inventory, in order (4.3.VI): the file and its
#: history are in every clone, so deleting it is not enough; only rotating it is.
_FIX_ES = ("1) Cambie la credencial ya, mediante el CAU; 2) avise a la persona titular del "
           "área (4.3.IX); 3) quítela del archivo y de la historia de git (git filter-repo "
           "--replace-text) y pida a quien tenga un clon que lo vuelva a clonar; 4) borrarla no "
           "basta: solo una contraseña cambiada lo resuelve de verdad")
_FIX_EN = ("1) Change the credential now, through the CAU; 2) tell the área's titular "
           "(4.3.IX); 3) remove it from the file and from the git history (git filter-repo "
           "--replace-text) and have everyone with a clone clone again; 4) deleting it is not "
           "enough: only a changed password really fixes it")
_FIX_2FA_ES = ("1) Vuelva a generar el segundo factor (nueva semilla) y cambie la contraseña "
               "mediante el CAU; 2) avise a la persona titular del área (4.3.IX); 3) quite la "
               "semilla del archivo y de la historia de git (git filter-repo --replace-text); "
               "4) borrarla no basta: solo un factor y una contraseña nuevos lo resuelven")
_FIX_2FA_EN = ("1) Re-enrol the second factor (a new seed) and change the password through "
               "the CAU; 2) tell the área's titular (4.3.IX); 3) remove the seed from the file "
               "and from the git history (git filter-repo --replace-text); 4) deleting it is "
               "not enough: only a new factor and password really fix it")

MESSAGES: M = {
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
    # ---------------------------------------------------------------- 4.1.III
    "r.access.former": {
        "es": ("{email} tiene acceso a {account} pero ya no es administradora vigente del área "
               "{area}", "Cambie la contraseña y quite a la persona de accesos"),
        "en": ("{email} has access to {account} but is no longer a current administrator of "
               "área {area}", "Change the password and remove the person from accesos")},
    "r.access.unknown": {
        "es": ("{email} tiene acceso a {account} y no es la propietaria, la suplente ni la "
               "persona titular del área {area}",
               "Retire el acceso y cambie la contraseña, o designe a la persona por oficio"),
        "en": ("{email} has access to {account} and is neither the propietaria, the suplente "
               "nor the titular of área {area}",
               "Revoke the access and change the password, or designate the person by oficio")},
    # ---------------------------------------------------------------- 4.1.IV
    "r.domain.missing": {
        "es": ("La cuenta {subject} no registra el correo con que se abrió",
               "Registre en correo el buzón genérico @{domain} de la cuenta"),
        "en": ("Account {subject} does not record the mailbox it was opened with",
               "Record the generic @{domain} mailbox in correo")},
    "r.domain.outside": {
        "es": ("La cuenta {subject} está registrada con {email}, fuera del dominio {domain}",
               "Cambie el correo de la cuenta por un correo genérico @{domain} asignado por la "
               "UTSI"),
        "en": ("Account {subject} is registered with {email}, outside the {domain} domain",
               "Move the account to a generic @{domain} mailbox issued by UTSI")},
    "r.external.registration": {
        "es": ("La cuenta {subject} se abrió con registro «{registration}» (una cuenta externa)",
               "Registre la cuenta con su correo genérico ine.mx y desvincule la cuenta externa"),
        "en": ("Account {subject} was opened with registro \"{registration}\" (an external "
               "account)", "Register it with its generic ine.mx mailbox and unlink the "
               "external account")},
    "r.external.link": {
        "es": ("La cuenta {subject} está vinculada a {link}, que no está en el inventario",
               "Desvincúlela o, si es institucional, agréguela al inventario"),
        "en": ("Account {subject} is linked to {link}, which is not in the inventory",
               "Unlink it or, if it is institutional, add it to the inventory")},
    "r.mechanism": {
        "es": ("La cuenta {subject} se abrió con registro «{registration}», que no permite una "
               "vinculación institucional oficial",
               "Cambie el registro a un correo genérico ine.mx (registro: correo)"),
        "en": ("Account {subject} was opened with registro \"{registration}\", which allows no "
               "official institutional link",
               "Move the registration to a generic ine.mx mailbox (registro: correo)")},
    # ---------------------------------------------------------------- 4.2.II
    "r.generic.personal": {
        "es": ("La cuenta {subject} usa {email}, que es el correo de una persona ({role})",
               "Solicite un correo genérico a la UTSI y asócielo a la cuenta"),
        "en": ("Account {subject} uses {email}, which is a person's mailbox ({role})",
               "Request a generic mailbox from UTSI and associate it with the account")},
    "r.generic.unregistered": {
        "es": ("La cuenta {subject} usa {email}, que no está en el registro de correos "
               "genéricos de la UTSI",
               "Use un correo del registro, o agregue a correos-genericos.yaml el que asignó "
               "la UTSI"),
        "en": ("Account {subject} uses {email}, which is not in UTSI's generic-mailbox "
               "register", "Use a registered mailbox, or add the one UTSI assigned to "
               "correos-genericos.yaml")},
    # ---------------------------------------------------------------- 4.2.III
    "r.admins.none": {
        "es": ("El área {area} tiene cuentas activas y ninguna designación vigente al {as_of}",
               "Designe propietaria y suplente (Anexo 1) y regístrelas en "
               "designaciones/{area}.yaml"),
        "en": ("Área {area} has active accounts and no designation in force on {as_of}",
               "Designate a propietaria and a suplente (Anexo 1) and record them in "
               "designaciones/{area}.yaml")},
    "r.admins.missing_role": {
        "es": ("La designación vigente desde {since} no tiene {role}",
               "Designe a la persona {role} y regístrela"),
        "en": ("The designation in force since {since} has no {role}",
               "Designate the {role} and record them")},
    "r.admins.no_adscription": {
        "es": ("No consta la adscripción de {name} ({role})",
               "Registre en adscripcion la clave de su área"),
        "en": ("The adscripción of {name} ({role}) is not recorded",
               "Record their área's key in adscripcion")},
    "r.admins.adscription": {
        "es": ("{name} ({role}) está adscrita a {adscription}, no al área {area}",
               "Designe a una persona adscrita al área {area}"),
        "en": ("{name} ({role}) belongs to {adscription}, not to área {area}",
               "Designate someone attached to área {area}")},
    "r.admins.no_level": {
        "es": ("No consta el nivel de {name} ({role})",
               "Registre su nivel; para {role} se admite: {allowed}"),
        "en": ("The level of {name} ({role}) is not recorded",
               "Record their level; for {role} allowed: {allowed}")},
    "r.admins.level": {
        "es": ("{name} ({role}) tiene nivel {level}; para {role} se requiere: {allowed}",
               "Designe a una persona con el nivel requerido"),
        "en": ("{name} ({role}) is at level {level}; {role} requires: {allowed}",
               "Designate someone at the required level")},
    "r.admins.same_person": {
        "es": ("La misma persona ({email}) es propietaria y suplente",
               "Designe a dos personas distintas"),
        "en": ("The same person ({email}) is both propietaria and suplente",
               "Designate two different people")},
    # ---------------------------------------------------------------- 4.2.IV
    "r.form.missing": {
        "es": ("La designación vigente desde {since} no registra el Formato de Designación "
               "(Anexo 1)", "Remita el Anexo 1 firmado a la CNCS y regístrelo en "
               "formato_designacion"),
        "en": ("The designation in force since {since} records no Formato de Designación "
               "(Anexo 1)", "Send the signed Anexo 1 to CNCS and record it in "
               "formato_designacion")},
    "r.form.unsigned": {
        "es": ("Al Anexo 1 de la designación vigente desde {since} le faltan firmas: {missing}",
               "Recabe las firmas y regístrelas en firmas"),
        "en": ("Anexo 1 of the designation in force since {since} lacks signatures: {missing}",
               "Collect the signatures and record them in firmas")},
    # ---------------------------------------------------------------- 4.2.V
    "r.report.none": {
        "es": ("No consta ningún informe ni oficio del área {area} a la CNCS",
               "Envíe el informe con los Anexos 1 y 2 y regístrelo en informes"),
        "en": ("No report or oficio from área {area} to CNCS is recorded",
               "Send the report with Anexos 1 and 2 and record it in informes")},
    "r.report.overdue": {
        "es": ("Último informe a la CNCS: {last}; el siguiente debía enviarse a más tardar el "
               "{due}", "Envíe el informe trimestral con los Anexos 1 y 2 y regístrelo en "
               "informes"),
        "en": ("Latest report to CNCS: {last}; the next one was due by {due}",
               "Send the quarterly report with Anexos 1 and 2 and record it in informes")},
    "r.report.due_soon": {
        "es": ("Último informe a la CNCS: {last}; el siguiente vence el {due}",
               "Prepare el informe trimestral antes de esa fecha"),
        "en": ("Latest report to CNCS: {last}; the next one is due on {due}",
               "Prepare the quarterly report before then")},
    "r.report.change_missing": {
        "es": ("El cambio de administradoras del {since} no tiene oficio a la CNCS; el plazo de "
               "{days} días hábiles venció el {deadline}",
               "Envíe el oficio con los Anexos 1 y 2 y registre fecha_oficio"),
        "en": ("The change of administrators on {since} has no oficio to CNCS; the {days} "
               "business-day period ended on {deadline}",
               "Send the oficio with Anexos 1 and 2 and record fecha_oficio")},
    "r.report.change_due_soon": {
        "es": ("El cambio de administradoras del {since} debe informarse a la CNCS a más tardar "
               "el {deadline}", "Envíe el oficio con los Anexos 1 y 2 antes de esa fecha"),
        "en": ("The change of administrators on {since} must be reported to CNCS by "
               "{deadline}", "Send the oficio with Anexos 1 and 2 before then")},
    "r.report.change_late": {
        "es": ("El cambio de administradoras del {since} se informó el {sent}; el plazo de "
               "{days} días hábiles vencía el {deadline}",
               "Informe los próximos cambios dentro del plazo"),
        "en": ("The change of administrators on {since} was reported on {sent}; the {days} "
               "business-day period ended on {deadline}",
               "Report future changes within the period")},
    "r.report.no_forms": {
        "es": ("El informe {oficio} del {date} no consta que adjunte los Anexos 1 y 2",
               "Remita los formatos a la CNCS y registre adjunta_formatos: true"),
        "en": ("Report {oficio} of {date} is not recorded as attaching Anexos 1 and 2",
               "Send the forms to CNCS and record adjunta_formatos: true")},
    # ---------------------------------------------------------------- 4.3.I
    "r.responsiva.missing": {
        "es": ("{email} ({role}) no tiene responsiva (Anexo 2) de la cuenta {account}",
               "Recabe la responsiva firmada y regístrela en responsivas"),
        "en": ("{email} ({role}) has no responsiva (Anexo 2) for account {account}",
               "Obtain the signed responsiva and record it in responsivas")},
    "r.responsiva.unsigned": {
        "es": ("La responsiva de {email} ({role}) para {account} no tiene las firmas: {missing}",
               "Recabe las firmas y regístrelas"),
        "en": ("The responsiva of {email} ({role}) for {account} lacks signatures: {missing}",
               "Collect the signatures and record them")},
    # ---------------------------------------------------------------- 4.3.II
    "r.request.other_area": {
        "es": ("La cuenta {subject} usa {email}, asignado por la UTSI al área {owner}",
               "Tramite ante la UTSI un correo genérico para el área {area}"),
        "en": ("Account {subject} uses {email}, which UTSI assigned to área {owner}",
               "Request a generic mailbox from UTSI for área {area}")},
    "r.request.unknown": {
        "es": ("No consta quién tramitó {email} ante la UTSI (cuenta {subject})",
               "Registre en solicitado_por a la administradora que lo tramitó"),
        "en": ("Who requested {email} from UTSI is not recorded (account {subject})",
               "Record the administrator who requested it in solicitado_por")},
    "r.request.not_admin": {
        "es": ("{email} lo tramitó {requester}, que nunca fue administradora del área {area} "
               "(cuenta {subject})",
               "El trámite ante la UTSI debe hacerlo una administradora designada del área"),
        "en": ("{email} was requested by {requester}, who never was an administrator of área "
               "{area} (account {subject})",
               "The request to UTSI must come from a designated administrator of the área")},
    # ---------------------------------------------------------------- 4.3.III
    "r.association.missing": {
        "es": ("No consta que la asociación del correo de {subject} se haya informado a "
               "cncs@ine.mx", "Infórmela y registre la fecha en asociacion_notificada"),
        "en": ("The association of {subject}'s mailbox is not recorded as reported to "
               "cncs@ine.mx", "Report it and record the date in asociacion_notificada")},
    "r.association.early": {
        "es": ("La asociación se informó el {notified}, antes de que la UTSI asignara {email} "
               "({assigned})", "Corrija la fecha o informe de nuevo la asociación"),
        "en": ("The association was reported on {notified}, before UTSI assigned {email} "
               "({assigned})", "Fix the date or report the association again")},
    # ---------------------------------------------------------------- 4.3.IV
    "r.incident.missing": {
        "es": ("Al incidente detectado el {detected} le falta: {missing}",
               "Complete esas acciones y registre sus fechas y el ticket del CAU"),
        "en": ("The incident detected on {detected} lacks: {missing}",
               "Complete those actions and record their dates and the CAU ticket")},
    "r.incident.slow_change": {
        "es": ("Incidente del {detected}: la contraseña se cambió el {changed}; debía cambiarse "
               "de inmediato, a más tardar el {limit}",
               "Ante un acceso no autorizado cambie la contraseña el mismo día con el CAU"),
        "en": ("Incident of {detected}: the password was changed on {changed}; it had to be "
               "changed at once, by {limit}",
               "On unauthorised access, change the password the same day with CAU")},
    "r.incident.slow_cncs": {
        "es": ("Incidente del {detected}: se notificó a la CNCS el {notified}; debía notificarse "
               "a la brevedad, a más tardar el {limit}",
               "Notifique a cncs@ine.mx en cuanto se detecte el acceso"),
        "en": ("Incident of {detected}: CNCS was notified on {notified}; it had to be notified "
               "promptly, by {limit}", "Notify cncs@ine.mx as soon as the access is detected")},
    # ---------------------------------------------------------------- 4.3.V
    "r.2fa.off": {
        "es": ("{platform} permite segundo factor y la cuenta {subject} no lo tiene activo",
               "Actívelo en el dispositivo de la propietaria y registre segundo_factor"),
        "en": ("{platform} allows a second factor and account {subject} does not have it on",
               "Turn it on on the propietaria's device and record segundo_factor")},
    "r.2fa.device": {
        "es": ("El segundo factor de {subject} está en el dispositivo de {device}, no en el de "
               "la propietaria vigente {owner}",
               "Muévalo al dispositivo de la propietaria y actualice dispositivo"),
        "en": ("The second factor of {subject} is on {device}'s device, not on the current "
               "propietaria {owner}'s", "Move it to the propietaria's device and update "
               "dispositivo")},
    "r.2fa.no_device": {
        "es": ("No consta en qué dispositivo está el segundo factor de {subject}",
               "Registre en dispositivo el correo de la propietaria vigente ({owner})"),
        "en": ("Which device holds the second factor of {subject} is not recorded",
               "Record the current propietaria ({owner}) in dispositivo")},
    "r.2fa.no_owner": {
        "es": ("El área {area} no tiene propietaria vigente, así que el segundo factor de "
               "{subject} no está en su dispositivo",
               "Designe a la propietaria y active el segundo factor en su dispositivo"),
        "en": ("Área {area} has no current propietaria, so the second factor of {subject} is "
               "not on her device",
               "Designate the propietaria and turn on the second factor on her device")},
    # ---------------------------------------------------------------- 4.3.VI
    "r.secret.key": {
        "es": ("Hay un valor con rótulo de {term} en el archivo (no se muestra)", _FIX_ES),
        "en": ("A value labelled {term} is in the file (not shown)", _FIX_EN)},
    "r.secret.otpauth": {
        "es": ("Hay una URI otpauth:// (semilla de segundo factor) en el archivo (no se "
               "muestra)", _FIX_2FA_ES),
        "en": ("An otpauth:// URI (second-factor seed) is in the file (not shown)",
               _FIX_2FA_EN)},
    "r.secret.private_key": {
        "es": ("Hay una llave privada en el archivo (no se muestra)", _FIX_ES),
        "en": ("A private key is in the file (not shown)", _FIX_EN)},
    "r.secret.base32": {
        "es": ("Hay una semilla de segundo factor en base32 en el archivo (no se muestra)",
               _FIX_2FA_ES),
        "en": ("A base32 second-factor seed is in the file (not shown)", _FIX_2FA_EN)},
    "r.secret.token": {
        "es": ("Hay un token de acceso de una plataforma en el archivo (no se muestra)",
               _FIX_ES),
        "en": ("A platform access token is in the file (not shown)", _FIX_EN)},
    "r.secret.random": {
        "es": ("Hay una cadena larga generada al azar, como un token o una contraseña, en el "
               "archivo (no se muestra)", _FIX_ES),
        "en": ("A long random string, like a token or a password, is in the file (not shown)",
               _FIX_EN)},
    "r.secret.password": {
        "es": ("Hay una palabra con forma de contraseña (letras, dígitos y símbolos) en el "
               "archivo (no se muestra)", _FIX_ES),
        "en": ("A word built like a password (letters, digits and symbols) is in the file "
               "(not shown)", _FIX_EN)},
    "r.secret.in_name": {
        "es": ("El nombre del archivo contiene lo que parece una credencial ({term}; no se "
               "muestra)", "Cambie la credencial mediante el CAU, avise a la persona titular "
               "(4.3.IX), renombre el archivo y quite el nombre anterior de la historia de git "
               "(git filter-repo --path-rename); solo una contraseña cambiada lo "
               "resuelve de verdad"),
        "en": ("The file's name holds what looks like a credential ({term}; not shown)",
               "Change the credential through the CAU, tell the titular (4.3.IX), rename the "
               "file and remove the old name from the git history (git filter-repo "
               "--path-rename); only a changed password really fixes it")},
    "r.secret.not_read": {
        "es": ("No se revisó si este archivo contiene credenciales: {reason}",
               "Si no debe estar en el inventario, quítelo; si es texto, guárdelo como texto"),
        "en": ("This file was not checked for credentials: {reason}",
               "If it does not belong in the inventory, remove it; if it is text, save it "
               "as text")},
    "r.secret.inline_ignore": {
        "es": ("Este comentario «ine-lint: ignorar» cubre 4.3.VI, que no se puede suprimir "
               "en línea: la persona que escribió la credencial no puede callar su hallazgo",
               "Quite 4.3.VI del comentario; si es un falso positivo, pida una excepción en "
               ".ine-lint.yaml con regla, archivo, linea, motivo, autoriza y vence"),
        "en": ("This \"ine-lint: ignorar\" comment covers 4.3.VI, which cannot be suppressed "
               "inline: whoever wrote the credential cannot silence its finding",
               "Remove 4.3.VI from the comment; if it is a false positive, ask for a waiver "
               "in .ine-lint.yaml with regla, archivo, linea, motivo, autoriza and vence")},
    # ---------------------------------------------------------------- 4.3.VII
    "r.quality": {
        "es": ("El cambio de contraseña del {date} no consta conforme a las recomendaciones de "
               "la UTSI", "Cambie la contraseña según la UTSI y registre conforme_utsi: true"),
        "en": ("The password change of {date} is not recorded as following UTSI's "
               "recommendations",
               "Change the password per UTSI and record conforme_utsi: true")},
    # ---------------------------------------------------------------- 4.3.VIII
    "r.rotation.late": {
        "es": ("Último cambio de contraseña: {last}; debía cambiarse a más tardar el {due}",
               "Cambie la contraseña y documente el cambio en cambios_contrasena"),
        "en": ("Latest password change: {last}; it was due to change by {due}",
               "Change the password and document it in cambios_contrasena")},
    "r.rotation.never": {
        "es": ("La cuenta no documenta ningún cambio de contraseña desde su alta ({last}); "
               "debía cambiarse a más tardar el {due}",
               "Cambie la contraseña y documente el cambio en cambios_contrasena"),
        "en": ("The account documents no password change since its alta ({last}); it was due "
               "to change by {due}", "Change the password and document it in "
               "cambios_contrasena")},
    "r.rotation.due_soon": {
        "es": ("Último cambio de contraseña: {last}; el siguiente vence el {due}",
               "Programe el cambio antes de esa fecha"),
        "en": ("Latest password change: {last}; the next one is due on {due}",
               "Schedule the change before then")},
    # ---------------------------------------------------------------- 4.3.IX
    "r.notice.missing": {
        "es": ("No consta que el cambio de contraseña del {date} se informara a la persona "
               "titular", "Infórmelo y registre la fecha en notificado_titular"),
        "en": ("The password change of {date} is not recorded as reported to the titular",
               "Report it and record the date in notificado_titular")},
    "r.notice.early": {
        "es": ("El aviso a la persona titular ({notified}) es anterior al cambio de contraseña "
               "del {date}", "Corrija la fecha o informe el cambio"),
        "en": ("The notice to the titular ({notified}) predates the password change of {date}",
               "Fix the date or report the change")},
    # ---------------------------------------------------------------- 4.4.II
    "r.register.name": {
        "es": ("{email} no tiene nombre genérico del dominio ine.mx (como {example})",
               "Asigne un correo con nombre genérico"),
        "en": ("{email} does not have a generic ine.mx name (like {example})",
               "Assign a mailbox with a generic name")},
    "r.register.no_list": {
        "es": ("No consta el listado de la CNCS conforme al cual se asignó {email}",
               "Registre el oficio del listado en listado_cncs"),
        "en": ("The CNCS list {email} was assigned from is not recorded",
               "Record the list's oficio in listado_cncs")},
    "r.register.unknown_list": {
        "es": ("{email} se asignó conforme al listado {oficio}, que no está en cncs.yaml",
               "Corrija el oficio o registre el listado en cncs.yaml"),
        "en": ("{email} was assigned per list {oficio}, which is not in cncs.yaml",
               "Fix the oficio or record the list in cncs.yaml")},
    "r.register.list_after": {
        "es": ("{email} se asignó el {assigned}, antes del listado {oficio} ({list_date}) que "
               "lo respalda", "Corrija las fechas o el listado"),
        "en": ("{email} was assigned on {assigned}, before list {oficio} ({list_date}) that "
               "backs it", "Fix the dates or the list")},
    "r.register.not_listed": {
        "es": ("{requester} tramitó {email} pero no está en el listado {oficio}",
               "La CNCS debe incluir a la persona en el listado a la UTSI"),
        "en": ("{requester} requested {email} but is not on list {oficio}",
               "CNCS must put the person on the list to UTSI")},
    # ---------------------------------------------------------------- 4.5.III
    "r.cncs.absent": {
        "es": ("{email} ({role}, vigente desde {since}) no está en ningún listado de la CNCS",
               "La CNCS debe incluirla en un listado a la UTSI y registrarlo en cncs.yaml"),
        "en": ("{email} ({role}, since {since}) is on no CNCS list",
               "CNCS should put them on a list to UTSI and record it in cncs.yaml")},
    "r.cncs.stale": {
        "es": ("{email} ({role}, vigente desde {since}) solo está en listados de la CNCS "
               "anteriores (el último del {latest})",
               "La CNCS debe enviar un listado actualizado a la UTSI y registrarlo"),
        "en": ("{email} ({role}, since {since}) is only on older CNCS lists (latest {latest})",
               "CNCS should send an updated list to UTSI and record it")},
}

ASKS_LABEL = {"es": "{rule} pide: {asks}", "en": "{rule} asks: {asks}"}


class _Args(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(key: str, lang: str, args: dict[str, Any], rule: str = "") -> str:
    """The full message: facts, what the provision asks, what to do."""
    entry = MESSAGES.get(key)
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
}


def ui(key: str, lang: str) -> str:
    entry = UI[key]
    return entry.get(lang, entry["es"])
