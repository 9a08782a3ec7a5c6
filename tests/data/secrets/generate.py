"""Write the labelled corpus of 4.3.VI: what INE staff write in inventory files, secret or not.

    python tests/data/secrets/generate.py      # rewrites corpus.jsonl and holdout.jsonl

Each item is one snippet (one or more lines, as they would stand in a file of the
inventory: a YAML key, a comment, a line of prose in a ``descripcion`` or a ``notas.txt``),
its label (1 = holds a secret, 0 = harmless), a class, a note, and the values the rest of
the inventory publishes (``usuario``, ``url``) that the snippet may repeat.

Every secret is synthesized here from a fixed seed: none is, or was, a real credential.
``corpus.jsonl`` (seed 1, wording A) is the development set. ``holdout.jsonl`` (seed 2,
wording B: other labels, sentences and layouts written separately) is the held-out set,
measured once, at the end, and reported beside the first.

The corpus is written from how people write, not from the detector: it was built before
the detector was rewritten, and no item was changed to suit a result.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

HERE = Path(__file__).resolve().parent
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B62 = string.ascii_letters + string.digits
TILDE = "n\u0303"  # ñ typed as n + combining tilde (macOS, some keyboards)

PUBLIC = [
    "INEJuntaDistrital01BajaCaliforniaSur",
    "INEJDE03Ags",
    "INEColima",
    "INEJuntaLocalEjecutivaTlaxcala",
    "INECivicaDeceyec2024",
    "ineags_oficial",
    "INEGuanajuatoJLE11Oficial",
    "INEJDE05CiudadDeMexicoOficial",
]


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # ------------------------------------------------------------------ secret values
    def password(self) -> str:
        kind = self.r.randrange(6)
        word = self.pick(
            [
                "Redes",
                "Ine",
                "Colima",
                "Votar",
                "Democracia",
                "Junta",
                "Tlaxcala",
                "Civica",
                "Eleccion",
                "Sonora",
                "Bcs",
                "Prensa",
                "Comunica",
            ]
        )
        sym = self.pick("!$#%&*.@_-+?")
        year = self.pick(["2025", "2026", "26", "2027"])
        if kind == 0:
            return f"{word}{sym}{year}.{self.chars(string.ascii_letters, 3)}"
        if kind == 1:
            return self.chars(B62 + "!$%&*#@", self.r.randint(10, 18))
        if kind == 2:
            return f"{word.lower()}{self.r.randint(10, 9999)}"
        if kind == 3:
            return f"{sym}{word}{year}{self.pick('!$#')}"
        if kind == 4:
            return (
                f"{self.chars(string.ascii_uppercase, 2)}{self.chars(string.digits, 3)}"
                f"{self.chars(string.ascii_lowercase, 4)}{sym}"
            )
        return (
            f"{word}{self.pick(['Oficial', 'Ags', 'Mx', 'Col'])}{year}{sym}{self.r.randint(0, 99)}"
        )

    def pin(self) -> str:
        return self.chars(string.digits, self.pick([4, 4, 6, 8]))

    def seed(self, n: int = 16, digits: int | None = None) -> str:
        if digits is None:
            return self.chars(B32, n)
        letters = [self.r.choice(B32[:26]) for _ in range(n - digits)]
        for _ in range(digits):
            letters.insert(self.r.randrange(len(letters) + 1), self.r.choice("234567"))
        return "".join(letters)

    def grouped(self, seed: str) -> str:
        return " ".join(seed[i : i + 4] for i in range(0, len(seed), 4))

    def codes(self, n: int) -> list[str]:
        style = self.r.randrange(3)
        if style == 0:
            return [
                f"{self.chars(string.digits, 4)} {self.chars(string.digits, 4)}" for _ in range(n)
            ]
        if style == 1:
            return [self.chars(string.digits, 8) for _ in range(n)]
        return [self.chars(string.ascii_lowercase + string.digits, 12) for _ in range(n)]

    def token(self) -> str:
        kind = self.r.randrange(8)
        if kind == 0:
            return "EAA" + self.chars(B62, self.r.randint(90, 180))
        if kind == 1:
            return "ya29." + self.chars(B62 + "-_", self.r.randint(60, 120))
        if kind == 2:
            return "ghp_" + self.chars(B62, 36)
        if kind == 3:
            head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            return f"{head}.eyJ{self.chars(B62, 40)}.{self.chars(B62 + '-_', 43)}"
        if kind == 4:
            return "AIza" + self.chars(B62 + "-_", 35)
        if kind == 5:
            # an app secret: 32 hex digits (40 or 64 alone are a commit or a checksum)
            return self.chars("0123456789abcdef", 32)
        if kind == 6:
            return "A" * 22 + self.chars(B62, 60) + "%3D" + self.chars(B62, 50)
        return "IGQV" + self.chars(B62 + "-_", self.r.randint(100, 160))

    def random_string(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            return self.chars(B62, self.r.randint(24, 48))
        if kind == 1:
            return self.chars(B62 + "+/", self.r.randint(30, 40)) + "=="
        return self.chars(B62 + "-_", self.r.randint(32, 64))

    def otpauth(self, who: str) -> str:
        issuer = self.pick(["Facebook", "X", "Instagram", "Google", "TikTok", "INE"])
        s = self.seed(self.pick([16, 32]))
        if self.r.random() < 0.2:
            return f"otpauth-migration://offline?data={self.chars(B62 + '%', 60)}"
        return f"otpauth://totp/{issuer}:{who}?secret={s}&issuer={issuer}"


def contrasena(g: Gen) -> str:
    return g.pick(
        [
            "contraseña",
            "Contraseña",
            "contrasena",
            "Contrasena",
            "CONTRASEÑA",
            "contrasenia",
            f"contrase{TILDE}a",
            "contraseña",
            "Contrasenia",
        ]
    )


# ---------------------------------------------------------------------------- wording A
def positives_a(g: Gen) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    add = out.append
    seps = [": ", ":", " = ", "=", " ", " es ", " nueva es ", ": ", " -> "]
    for _ in range(40):
        label = g.pick(
            [
                contrasena(g),
                contrasena(g),
                "password",
                "Password",
                "pass",
                "pwd",
                "pw",
                "clave de acceso",
                "Clave de acceso",
                "PWD",
                "Pass",
            ]
        )
        sep = g.pick(seps)
        value = g.password()
        if sep in (" es ", " nueva es "):
            prefix = g.pick(["# la ", "la ", "La ", "Nota: la "])
        else:
            prefix = g.pick(["# ", "#", "    # ", "", "Nota: ", "- ", "  "])
        add(("etiqueta", f"{prefix}{label}{sep}{value}", f"label {label!r} sep {sep!r}"))
    for _ in range(12):
        key = g.pick(
            [
                "contrasena",
                "password",
                "contraseña",
                "pwd",
                "clave_acceso",
                "contrasena_facebook",
                "password_x",
                "pass_instagram",
                "contraseña_actual",
            ]
        )
        q = g.pick(["", "'", '"'])
        add(("clave", f"    {key}: {q}{g.password()}{q}", f"YAML key {key}"))
    for _ in range(8):
        add(
            (
                "clave",
                f"      {g.password()}: {g.pick(['null', 'x', '1', ''])}".rstrip(),
                "a password written as a key",
            )
        )
    for _ in range(10):
        label = g.pick(["PIN", "pin", "NIP", "nip", "Pin de la tarjeta"])
        add(("etiqueta", f"# {label}: {g.pin()}", "numeric PIN"))
    for _ in range(14):
        label = g.pick(
            [
                "códigos de recuperación",
                "Códigos de recuperación",
                "codigos de recuperacion",
                "código de respaldo",
                "códigos de respaldo",
                "Codigos de seguridad",
                "backup codes",
                "recovery codes",
                "códigos de verificación",
            ]
        )
        codes = g.codes(g.r.randint(2, 10))
        layout = g.r.randrange(3)
        if layout == 0:
            add(("codigos", f"# {label}: {', '.join(codes)}", "codes on the line"))
        elif layout == 1:
            add(
                (
                    "codigos",
                    f"# {label}:\n" + "\n".join(f"#   {c}" for c in codes),
                    "codes on the following comment lines",
                )
            )
        else:
            add(("codigos", f"{label}\n" + "\n".join(codes), "codes in a notes file"))
    for _ in range(6):
        key = g.pick(["codigos_recuperacion", "codigos_respaldo", "recovery_codes"])
        codes = g.codes(g.r.randint(3, 8))
        add(
            (
                "codigos",
                f"    {key}:\n" + "\n".join(f"      - {c}" for c in codes),
                "YAML list under a code key",
            )
        )
    for _ in range(6):
        label = g.pick([contrasena(g), "password", "clave de acceso"])
        add(("etiqueta", f"    {label}:\n      {g.password()}", "value on the next line"))
    for digits in [0, 0, 1, 1, 2, 3, 5, 0, 1, 4, 0, 1]:
        s = g.seed(g.pick([16, 16, 32]), digits)
        shown = g.pick([s, g.grouped(s), s.lower(), g.grouped(s).lower()])
        context = g.pick(
            [
                "# semilla 2FA: {}",
                "semilla: {}",
                "# clave de configuración: {}",
                "secreto TOTP {}",
                "{}",
                "# {}",
                "    notas: {}",
                "Clave de configuración de la app autenticadora: {}",
            ]
        )
        add(("semilla", context.format(shown), f"base32 seed, {digits} digits 2-7"))
    for _ in range(8):
        uri = g.otpauth(g.pick(["redes.jlcol@ine.mx", "INEColima", "comunicacion"]))
        add(
            (
                "otpauth",
                g.pick(["# {}", "    notas: {}", "{}", "QR del 2FA: {}"]).format(uri),
                "otpauth URI",
            )
        )
    for _ in range(14):
        t = g.token()
        context = g.pick(
            [
                "# token: {}",
                "    token_acceso: {}",
                "access_token={}",
                "# Token de la API de Meta: {}",
                "{}",
                "    notas: {}",
                "Token de acceso de la app: {}",
                "# {}",
            ]
        )
        add(("token", context.format(t), "platform token"))
    for _ in range(8):
        add(
            (
                "aleatorio",
                g.pick(["# {}", "    notas: {}", "{}", "- {}"]).format(g.random_string()),
                "long random string, no label",
            )
        )
    for _ in range(8):
        label = g.pick(
            [
                "secreto",
                "secret",
                "api key",
                "API_KEY",
                "client_secret",
                "app secret",
                "clave secreta",
                "llave privada",
            ]
        )
        add(("token", f"# {label}: {g.pick([g.random_string(), g.token()])}", f"label {label}"))
    add(
        (
            "etiqueta",
            "    descripcion: Se restableció el acceso; la contraseña nueva es " + g.password(),
            "prose in an incident",
        )
    )
    add(
        (
            "etiqueta",
            "La contraseña de la cuenta de Facebook quedó como " + g.password(),
            "prose, 'quedó como'",
        )
    )
    add(("etiqueta", "usuario: INEColima / contraseña: " + g.password(), "pair on one line"))
    add(("etiqueta", "    usuario: INEColima  # pwd " + g.password(), "trailing comment"))
    return out


def negatives_a(g: Gen) -> list[tuple[str, str, str, list[str]]]:
    out: list[tuple[str, str, str, list[str]]] = []
    add = out.append

    def date() -> str:
        return f"2026-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}"

    for _ in range(12):
        label = g.pick(
            [
                "último cambio de contraseña",
                "Cambio de contraseña",
                "contraseña cambiada",
                "fecha de cambio de password",
                "token revocado el",
                "Ultimo cambio de contrasena",
                "contraseña actualizada",
            ]
        )
        sep = g.pick([": ", " ", " el "])
        d = date()
        shown = g.pick([d, f"{d[8:]}/{d[5:7]}/{d[:4]}", f"{int(d[8:])} de octubre de 2026"])
        add(("fecha", f"# {label}{sep}{shown}", "a date", []))
    statuses = [
        "pendiente",
        "en resguardo de la titular",
        "no aplica",
        "revocado",
        "Revocado",
        "en resguardo de la persona titular del área",
        "N/A",
        "no se registra aquí (4.3.VI)",
        "la tiene la propietaria",
        "bajo resguardo de la Vocal Secretaria",
        "cambiada por UTSI",
        "pendiente de cambio",
        "********",
        "«oculto»",
        "vigente",
        "desactivado",
        "en sobre cerrado en la Vocalía Secretarial",
        "la misma que la del correo genérico",
        "ver bitácora de cambios",
        "ninguno",
        "por asignar",
        "solicitada al CAU",
        "se entrega en persona",
    ]
    for _ in range(28):
        label = g.pick(
            [
                contrasena(g),
                "pin",
                "PIN",
                "Token",
                "token",
                "clave de acceso",
                "password",
                "códigos de recuperación",
                "NIP",
                "semilla",
                "2FA",
            ]
        )
        sep = g.pick([": ", ":", " = "])
        add(("estado", f"# {label}{sep}{g.pick(statuses)}", "status phrase", []))
    for _ in range(12):
        ticket = f"CAU-2026-{g.r.randint(0, 999999):06d}"
        add(
            (
                "ticket",
                g.pick(
                    [
                        f"    descripcion: Cambio de contraseña: ticket {ticket}",
                        f"    ticket_cau: {ticket}",
                        f"# contraseña: cambio solicitado con {ticket}",
                        f"Se pidió el restablecimiento de la contraseña en el ticket {ticket}",
                        f"# password: {ticket}",
                    ]
                ),
                "CAU ticket",
                [],
            )
        )
    for _ in range(12):
        oficio = (
            f"INE/{g.pick(['CNCS', 'JLE-AGS/VS', 'DECEYEC', 'UTSI', 'JDE02-AGS'])}/"
            f"{g.r.randint(1, 9999):04d}/2026"
        )
        add(
            (
                "oficio",
                g.pick(
                    [
                        f"    oficio: {oficio}",
                        f"# contraseña: cambio notificado con oficio {oficio}",
                        f"    autoriza: {oficio}",
                        f"# Cambio de contraseña informado a la titular mediante {oficio}",
                        f"# clave de acceso: ver {oficio}",
                    ]
                ),
                "oficio number",
                [],
            )
        )
    urls = [
        "https://www.facebook.com/INEJuntaDistrital01BajaCaliforniaSur",
        "https://x.com/INEJDE03Ags",
        "https://www.instagram.com/ineags_oficial/",
        "https://www.youtube.com/channel/UCgD3EoT9nzfQ8rZ2e7lIvTw",
        "https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk",
        "https://docs.google.com/document/d/1Xq7TbR2mZpL9vKcW3sYhN0aJfE5uGdO8iQ4rB6tC1kA/edit",
        "https://www.tiktok.com/@inecolima",
        "https://portal.ine.mx/cau/solicitudes?folio=CAU-2026-001234",
        "https://www.facebook.com/profile.php?id=100064123456789",
        "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456/view?usp=sharing",
    ]
    for u in urls:
        add(
            (
                "url",
                g.pick(["    url: {}", "# anexo en {}", "Recuperar contraseña en {}", "{}"]).format(
                    u
                ),
                "URL",
                [],
            )
        )
    for _ in range(4):
        add(("url", f"# restablecer la contraseña en {g.pick(urls)}", "URL after a label", []))
    mails = [
        "redes.jlcol@ine.mx",
        "comunicacion.social@ine.mx",
        "recuperacion.cuentas@ine.mx",
        "cncs@ine.mx",
        "rosa.torres@ine.mx",
        "utsi.soporte@ine.mx",
    ]
    for m in mails:
        add(
            (
                "correo",
                g.pick(
                    [
                        "    correo: {}",
                        "      - {}",
                        "# contraseña: se envía a {}",
                        "Se notificó a {}",
                    ]
                ).format(m),
                "e-mail address",
                [],
            )
        )
    for m in mails[:4]:
        add(("correo", f"# password: recuperación por {m}", "e-mail after a label", []))
    for u in PUBLIC:
        add(
            (
                "usuario",
                g.pick(
                    [
                        "    usuario: {}",
                        "      - facebook/{}",
                        "# cuenta {}",
                        "    vinculada_a: [instagram/{}]",
                        "{}",
                    ]
                ).format(u),
                "public username, also in the inventory's usuario/url",
                [u],
            )
        )
    for u in PUBLIC[:4]:
        add(("usuario", f"La cuenta {u} migró al correo genérico", "username in prose", [u]))
    contract = [
        "    cambios_contrasena:\n      - fecha: 2026-08-04\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-08-04",
        "        contrasena_cambiada: 2026-10-14",
        "    cambios_contrasena: []",
        "    cambios_contrasena:\n      - fecha: 2026-10-06\n        conforme_utsi: false",
        "        notificado_titular: 2026-10-06",
        "    segundo_factor:\n      activo: true\n      dispositivo: rosa.torres@ine.mx",
        "  - clave: JDE01-AGS",
        "    clave: DECEYEC",
        "      cargo: Vocal Secretario",
        "      cargo: Coordinadora Nacional de Comunicación Social",
        "    registro: correo",
        "    nombre: Dirección Ejecutiva de Capacitación Electoral y Educación Cívica",
        "    telefono_institucional: 55 5628 4200 ext. 372712",
        "      password: null",
        "    contrasena:",
        "    token: ~",
    ]
    for c in contract:
        add(("contrato", c, "contract key or ordinary inventory line", []))
    prose = [
        "    descripcion: Se cambió la contraseña y el token de sesión se cerró",
        "    descripcion: Publicación no autorizada desde una sesión abierta en un equipo compartido",
        "    descripcion: La titular recibió aviso del cambio de contraseña (4.3.IX)",
        "    descripcion: Se revocaron los tokens de aplicaciones de terceros",
        "# Códigos de recuperación impresos y en resguardo de la titular",
        "# Generar nuevos códigos de respaldo tras el incidente",
        "# Publicación fijada (pin) del 2026-10-13",
        "# El NIP se entrega en sobre cerrado a la persona propietaria",
        "# La contraseña se cambia y documenta en instagram/inecomunicacion",
        "# ine-lint: ignorar 4.3.VIII -- la contraseña se cambia y documenta en instagram/inecomunicacion",
        "    descripcion: Intento de inicio de sesión con contraseña incorrecta desde otro país",
        "    descripcion: Se activó el segundo factor con la app autenticadora del celular institucional",
        "# Semilla del 2FA registrada solo en el dispositivo de la propietaria",
        "# ===== CUENTAS INSTITUCIONALES DE LA JUNTA LOCAL EJECUTIVA =====",
        "# RESPONSABILIDADES DE LA PERSONA ADMINISTRADORA",
        "#EleccionJudicial2025 #INEInforma",
        "    descripcion: Phishing: correo que pedía la contraseña; nadie respondió",
        "# Pendiente: solicitar al CAU el cambio de contraseña antes del 2026-12-15",
        "    motivo: La plataforma no permite el segundo factor en el dispositivo institucional",
        "# Contraseñas: se gestionan con el procedimiento de UTSI, nunca aquí",
        "    descripcion: Se cambió la contraseña por sospecha de acceso; aviso a CNCS",
        "# token de sesión caducado; se volvió a iniciar sesión",
        "ADMINISTRACIONDECUENTASINSTITUCIONALES",
        "    descripcion: El proveedor reportó fuga de contraseñas de terceros; sin afectación",
        "Clave del área: JDE02-AGS",
        "# clave de elector no se registra en este inventario",
        "# pass: la contraseña no se guarda en el repositorio",
        "Folio DECEYEC/DDC/1234/2026, recibido el 13/10/2026",
        "# El password se cambió el martes",
        "# 2FA: activo en el celular institucional",
        "    descripcion: Se bloqueó la cuenta tras tres intentos con contraseña errónea",
        "# pwd: ver procedimiento de UTSI para contraseñas",
        "# La clave de acceso la custodia la persona titular (4.3.IX)",
        "    descripcion: Correo apócrifo pidió el código de verificación de WhatsApp",
        "# Se registró la semilla en la app autenticadora del dispositivo institucional",
        "    dispositivo: ivan.zamora@ine.mx",
        "    nombre: Junta Local Ejecutiva en Baja California Sur",
        "# Tokens de acceso: solo en el administrador comercial de Meta, nunca aquí",
        "Contraseña: la que asignó UTSI en el oficio de entrega",
        "# password policy: 12 caracteres, mayúsculas, minúsculas, números y símbolos",
        "    descripcion: Se cerraron sesiones y se cambió la contraseña el mismo día",
        "# pin: publicación fijada sobre la credencial para votar",
    ]
    for p in prose:
        add(("prosa", p, "ordinary note or incident text", []))
    return out


# ---------------------------------------------------------------------------- wording B
def positives_b(g: Gen) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    add = out.append
    for _ in range(30):
        label = g.pick(
            [
                "Contraseña actual",
                "contraseña temporal",
                "nueva contraseña",
                f"Contrase{TILDE}a",
                "CONTRASENA",
                "passwd",
                "Password de X",
                "contraseña de Instagram",
                "clave de acceso al correo",
                "PASSWORD",
                "contraseña del correo genérico",
                "Psw",
                "contra",
            ]
        )
        sep = g.pick([": ", " = ", " → ", ":  ", " - ", " era ", " queda: "])
        add(
            (
                "etiqueta",
                f"{g.pick(['# ', '', '* ', '    # '])}{label}{sep}{g.password()}",
                f"label {label!r}",
            )
        )
    for _ in range(10):
        add(
            (
                "etiqueta",
                g.pick(
                    [
                        "Le comparto la contraseña: {}",
                        "Acceso: usuario INEColima, contraseña {}",
                        "    descripcion: Se restableció la cuenta con la contraseña {} por CAU",
                        "la nueva contraseña quedó {}",
                        "Quedó la contraseña nueva: {}",
                        "# pwd:{} (temporal)",
                    ]
                ).format(g.password()),
                "prose sentence",
            )
        )
    for _ in range(8):
        add(
            (
                "etiqueta",
                f"{g.pick(['contraseña', 'password', 'pwd'])}:\n{g.password()}",
                "value on the following line in a notes file",
            )
        )
    for _ in range(8):
        add(
            (
                "etiqueta",
                f"# {g.pick(['NIP del correo', 'PIN de acceso', 'pin'])} = {g.pin()}",
                "numeric PIN",
            )
        )
    for _ in range(12):
        codes = g.codes(g.r.randint(4, 10))
        label = g.pick(
            [
                "Códigos de respaldo de Google",
                "códigos de recuperación de Facebook",
                "CODIGOS DE RECUPERACION",
                "Backup codes",
                "codigos respaldo X",
                "códigos de un solo uso",
            ]
        )
        if g.r.random() < 0.5:
            add(("codigos", f"{label}:\n" + "\n".join(f"- {c}" for c in codes), "list"))
        else:
            add(("codigos", f"# {label} -> " + " / ".join(codes), "inline list"))
    for digits in [0, 1, 0, 2, 1, 0, 3, 1, 6, 0]:
        s = g.seed(g.pick([16, 26, 32]), digits)
        add(
            (
                "semilla",
                g.pick(
                    [
                        "semilla del autenticador: {}",
                        "# TOTP {}",
                        "    secreto: {}",
                        "clave de configuración {}",
                        "2FA seed = {}",
                        "{}",
                    ]
                ).format(g.pick([s, g.grouped(s).lower(), g.grouped(s)])),
                f"seed {digits} digits",
            )
        )
    for _ in range(8):
        add(
            (
                "otpauth",
                g.pick(["Enlace del QR: {}", "    secreto_2fa: '{}'", "{}"]).format(
                    g.otpauth("INEJDE03Ags")
                ),
                "otpauth",
            )
        )
    for _ in range(12):
        add(
            (
                "token",
                g.pick(
                    ["Bearer {}", "TOKEN={}", "# token de página: {}", "{}", '    token: "{}"']
                ).format(g.token()),
                "token",
            )
        )
    for _ in range(8):
        add(
            (
                "aleatorio",
                g.pick(["Respaldo: {}", "{}", "# clave API {}"]).format(g.random_string()),
                "random",
            )
        )
    for _ in range(6):
        add(
            (
                "clave",
                f"    {g.pick(['pwd', 'passwd', 'contrasenia', 'pin', 'token_pagina'])}: "
                f"{g.pick([g.password(), g.pin(), g.token()])}",
                "YAML key",
            )
        )
    return out


def negatives_b(g: Gen) -> list[tuple[str, str, str, list[str]]]:
    out: list[tuple[str, str, str, list[str]]] = []
    add = out.append
    for _ in range(12):
        add(
            (
                "fecha",
                g.pick(
                    [
                        "# Contraseña renovada el {}",
                        "# password: cambiada {}",
                        "Cambio de clave de acceso: {}",
                        "# NIP actualizado el {}",
                        "    # contrasena cambiada {}",
                    ]
                ).format(f"2026-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}"),
                "date",
                [],
            )
        )
    for _ in range(24):
        add(
            (
                "estado",
                "# {}: {}".format(
                    g.pick(
                        [
                            "Contraseña",
                            "password",
                            "Clave de acceso",
                            "Token",
                            "PIN",
                            "Semilla 2FA",
                            "Códigos de respaldo",
                            "contrasenia",
                        ]
                    ),
                    g.pick(
                        [
                            "Pendiente",
                            "no aplica (inicia sesión con Instagram)",
                            "REVOCADO",
                            "resguardada por la titular",
                            "en resguardo del enlace de UTSI",
                            "sin registrar",
                            "N/A",
                            "no corresponde",
                            "bajo custodia de la Vocalía",
                            "cancelado",
                            "se cambia cada dos meses",
                            "ya se cambió",
                            "por definir",
                            "[no se anota]",
                            "xxxxxxxx",
                            "<oculto>",
                            "sí",
                        ]
                    ),
                ),
                "status",
                [],
            )
        )
    for _ in range(10):
        t = f"CAU-2026-{g.r.randint(0, 999999):06d}"
        add(
            (
                "ticket",
                g.pick(
                    [
                        f"Solicitud de cambio de contraseña {t}",
                        f"    descripcion: Restablecimiento de contraseña (ticket {t})",
                        f"# Token: baja solicitada en {t}",
                    ]
                ),
                "ticket",
                [],
            )
        )
    for _ in range(10):
        o = f"INE/JDE{g.r.randint(1, 9):02d}-AGS/{g.r.randint(1, 999):04d}/2026"
        add(
            (
                "oficio",
                g.pick(
                    [
                        f"Oficio {o}: cambio de contraseña",
                        f"    oficio: {o}",
                        f"# contraseña: oficio {o}",
                    ]
                ),
                "oficio",
                [],
            )
        )
    for u in [
        "https://www.facebook.com/INEMexico",
        "https://www.threads.net/@inecomunicacion",
        "https://www.youtube.com/@INECivica",
        "https://accounts.google.com/signin/recovery",
        "https://x.com/INEJDE03Ags/status/1849302847563829248",
        "https://www.instagram.com/p/C9xYq2LuR3k/",
    ]:
        add(("url", g.pick(["{}", "    url: {}", "# ver {}"]).format(u), "URL", []))
    for m in ["contacto.ine@ine.mx", "redes.jd03ags@ine.mx", "jorge.mendez@ine.mx"]:
        add(("correo", f"# La contraseña se restablece desde {m}", "mail", []))
    for u in PUBLIC:
        add(
            (
                "usuario",
                g.pick(["      - instagram/{}", "Cuenta: {}", "# migrada de {}"]).format(u),
                "public",
                [u],
            )
        )
    for p in [
        "# Se cambiaron contraseñas y se cerraron todas las sesiones abiertas",
        "    descripcion: Suplantación de identidad; se solicitó a la plataforma la baja del perfil falso",
        "# No escribir aquí contraseñas, semillas ni códigos (4.3.VI)",
        "    descripcion: Se perdió el celular con la app autenticadora; se regeneraron los códigos",
        "# Token de la página caducó y se renovó desde el administrador comercial",
        "    nombre: Junta Distrital Ejecutiva 03 en Aguascalientes",
        "      - fecha: 2026-09-15",
        "        conforme_utsi: true",
        "    cambios_contrasena: []  # cuenta nueva",
        "# Pin en el perfil: mensaje de la jornada electoral",
        "Las contraseñas cumplen la recomendación de UTSI",
        "# clave: JLE-AGS",
        "    adscripcion: Junta Local Ejecutiva en Colima",
        "#ProcesoElectoral2026 #VotoLibre",
        "# CONSERVAR ESTE ARCHIVO ACTUALIZADO CADA TRIMESTRE",
        "# Código de conducta de las redes institucionales",
        "    descripcion: Acceso no reconocido; la plataforma pidió el código de verificación",
        "# tel. 449 910 0000 ext. 4402",
        "    vence: 2027-01-31",
        "# Responsiva firmada: ver anexo 2",
        "Recordatorio: la contraseña vence cada dos meses (4.3.VIII)",
        "# password: mismo procedimiento que la cuenta de Facebook",
        "    descripcion: Cambio de contraseña notificado a la titular el mismo día",
        "# Token: no se usa (sin integraciones)",
        "# Semilla: solo en la app del dispositivo de la propietaria",
        "    cargo: Vocal Ejecutiva de la Junta Distrital Ejecutiva 03",
        "# Códigos de respaldo: generados 2026-10-02, impresos, en caja fuerte",
        "# INSTRUCCIONESPARAELENLACE: llenar cada trimestre",
        "Contraseña de acceso: solicitar a la persona titular",
        "    descripcion: Alerta de inicio de sesión; se verificó que era la propietaria",
    ]:
        add(("prosa", p, "note", []))
    return out


# ------------------------------------------------- how people write, second round
# Written after a blind probe by someone who had not seen the detector: the value followed
# by more words, words between the label and its colon, a space (or quotes) as the only
# separator, verb phrasings, ``#`` inside a password and in a file name; and, beside each
# form, the harmless notes written the same way. Each template generalises a class of
# phrasing (many labels x separators x trailers x quoting), not one probe string.
MAILS = [
    "redes.jlcol@ine.mx",
    "comunicacion.social@ine.mx",
    "redes.jd03ags@ine.mx",
    "difusion.jlebcs@ine.mx",
    "cuentas.cncs@ine.mx",
]
PEOPLE = [
    "la Vocal Secretaria",
    "el enlace de UTSI",
    "Rosa Torres",
    "la titular",
    "Iván",
    "el jefe de departamento",
    "la persona propietaria",
]
NETWORKS = ["Facebook", "X", "Instagram", "TikTok", "YouTube", "Threads", "WhatsApp"]


def human_password(g: Gen, plain: bool = True) -> str:
    """A password as people choose them: words, a year, a pet, some symbol or none."""
    words = [
        "Maguey",
        "Tapir",
        "Gato",
        "Negro",
        "Luna",
        "Perro",
        "Firulais",
        "Colibri",
        "Nopal",
        "Volcan",
        "Jaguar",
        "Ajolote",
        "Cenote",
        "Tlacuache",
        "Quetzal",
        "Mezcal",
        "Girasol",
        "Lluvia",
        "Sol",
        "Mar",
        "Pino",
        "Oaxaca",
        "Ags",
        "Colima",
        "Zacatecas",
    ]
    w1, w2, w3 = g.pick(words), g.pick(words), g.pick(words)
    year = g.pick(["2019", "2024", "2025", "2026", "88", "77", "99", "13"])
    kind = g.r.randrange(11 if plain else 10)
    if kind == 0:  # Maguey88Kw3t
        return (
            f"{w1}{g.r.randint(10, 99)}{g.chars(string.ascii_uppercase, 1)}"
            f"{g.chars(string.ascii_lowercase, 1)}{g.r.randint(0, 9)}{g.chars(string.ascii_lowercase, 1)}"
        )
    if kind == 1:  # Gato.Negro.Luna
        return g.pick([".", "-", "_"]).join([w1, w2, w3])
    if kind == 2:  # MiPerroFirulais
        return g.pick(["Mi", "La", "El", "Tu", ""]) + w1 + w2 + g.pick(["", w3])
    if kind == 3:  # Ags2019
        return w1 + year
    if kind == 4:  # Tapir#2026kq
        return f"{w1}#{year}{g.chars(string.ascii_lowercase, 2)}"
    if kind == 5:
        return f"{w1}{g.pick('$!&*@%')}{year}{g.pick(['', '.', '!'])}"
    if kind == 6:
        return f"{w1.lower()}{year}{g.pick(['', '#', '!', '.'])}"
    if kind == 7:
        return (
            f"{g.chars(string.ascii_letters, 3)}{g.chars(string.digits, 2)}#"
            f"{g.chars(string.ascii_letters + string.digits, 4)}"
        )
    if kind == 8:
        return f"{w1}{w2}{year}"
    if kind == 9:
        return f"{w1.upper()}{g.pick(['_', '-', '.'])}{year}"
    return (w1 + w2).lower()  # girasolluna: only letters, still a password


def quoted(g: Gen, value: str) -> str:
    q = g.pick(["«»", "“”", '""', "''", "``", "", "", ""])
    return f"{q[0]}{value}{q[1]}" if q else value


def date_text(g: Gen) -> str:
    d = f"2026-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}"
    return g.pick([d, f"{d[8:]}/{d[5:7]}/{d[:4]}", f"{int(d[8:])} de octubre"])


def pw_label(g: Gen) -> str:
    return g.pick(
        [
            contrasena(g),
            contrasena(g),
            "password",
            "Password",
            "pwd",
            "pass",
            "clave de acceso",
            "Clave de acceso",
            "PASSWORD",
        ]
    )


def second_a(g: Gen) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, list[str]]]]:
    pos: list[tuple[str, str, str]] = []
    neg: list[tuple[str, str, str, list[str]]] = []
    trailers = [
        " (no compartir)",
        ", cambiada hoy",
        " - no compartir",
        " desde el {d}",
        " (temporal)",
        " vigente desde el {d}",
        ", la cambió {p} el {d}",
        " hasta el {d}",
        "  # cambiar en el próximo periodo",
        " (la asignó UTSI)",
        "; se cambia cada dos meses",
        " / cambiar antes del {d}",
        " (confirmada por {p})",
        " según ticket CAU-2026-{t}",
        " <- no borrar",
        " -- ojo con las mayúsculas",
        ", la dio {p}",
        " (nueva)",
    ]
    for _ in range(30):
        tr = g.pick(trailers).format(
            d=date_text(g), p=g.pick(PEOPLE), t=f"{g.r.randint(0, 999999):06d}"
        )
        label = pw_label(g)
        value = human_password(g)
        sep = g.pick([": ", ":", " = ", ": ", ": "])
        pos.append(
            (
                "cola",
                f"{g.pick(['# ', '', '    # ', '- '])}{label}{sep}{value}{tr}",
                "value followed by more words",
            )
        )
    for _ in range(6):
        tr = g.pick(trailers).format(d=date_text(g), p=g.pick(PEOPLE), t="004411")
        pos.append(
            (
                "cola",
                f"# {g.pick(['PIN', 'NIP', 'pin'])}: {g.pin()}{tr}",
                "PIN followed by more words",
            )
        )
    qualifiers = [
        "del correo {m}",
        "de la cuenta de {n}",
        "de {n}",
        "para entrar a {n}",
        "del correo genérico",
        "(nueva)",
        "de la página de {n}",
        "actual de {n}",
        "que dejó {p}",
        "de {m}",
        "[{n}]",
        "de acceso a Meta Business",
    ]
    for _ in range(24):
        q = g.pick(qualifiers).format(m=g.pick(MAILS), n=g.pick(NETWORKS), p=g.pick(PEOPLE))
        label = g.pick([contrasena(g), "password", "clave de acceso", "pwd", "Contraseña"])
        pos.append(
            (
                "calificada",
                f"{g.pick(['# ', '', '# la '])}{label} {q}:"
                f"{g.pick([' ', ' ', ''])}{human_password(g)}",
                "words between the label and the colon",
            )
        )
    for _ in range(6):
        pos.append(
            (
                "calificada",
                f"# la {g.pick(['clave', 'contraseña', 'contra'])} es "
                f"{g.pick(['la de siempre', 'la misma de antes', 'la que dejó ' + g.pick(PEOPLE), 'la siguiente'])}"
                f": {human_password(g, plain=False)}",
                "sentence, then colon and value",
            )
        )
    for _ in range(24):
        label = pw_label(g)
        pos.append(
            (
                "espacio",
                f"{g.pick(['# ', '', '    # ', '* '])}{label} "
                f"{quoted(g, human_password(g, plain=False))}",
                "a space (or quotes) as the only separator",
            )
        )
    for _ in range(8):
        label = g.pick(
            [
                "NIP",
                "nip",
                "PIN",
                "pin",
                "NIP del celular",
                "nip del celular",
                "PIN de la tarjeta",
                "pin del teléfono institucional",
                "NIP de la SIM",
            ]
        )
        pos.append(("espacio", f"# {label} {g.pin()}", "PIN after a space"))
    for _ in range(6):
        label = g.pick(
            [
                "códigos de verificación",
                "códigos de recuperación",
                "Códigos de respaldo",
                "codigos de seguridad",
                "backup codes",
            ]
        )
        codes = [g.chars(string.digits, g.pick([6, 8])) for _ in range(g.r.randint(2, 6))]
        pos.append(("espacio", f"# {label} {' '.join(codes)}", "codes after a space"))
    verbs = [
        "se cambió la contraseña a {v}",
        "cambié el password por {v}",
        "le puse de contraseña {v}",
        "la nueva contraseña quedó como {v}",
        "se le asignó la contraseña {v}",
        "contraseña cambiada a {v}",
        "se actualizó la clave de acceso a {v}",
        "quedó la contraseña {v}",
        "puse como contraseña {v}",
        "la contraseña ahora es {v}",
        "le cambié la contraseña a {v} el {d}",
        "reseteamos el pwd a {v}",
        "Se cambió la contraseña a {v} y se avisó a la titular",
        "se restableció el password a {v}",
    ]
    for _ in range(24):
        text = g.pick(verbs).format(v=human_password(g, plain=False), d=date_text(g))
        pos.append(
            ("verbo", g.pick(["# ", "", "    descripcion: ", "Nota: "]) + text, "verb phrasing")
        )
    for _ in range(8):
        v = (
            f"{g.pick(['Tapir', 'Redes', 'Ine', 'Colima', 'Nopal'])}#{g.r.randint(10, 9999)}"
            f"{g.chars(string.ascii_lowercase, 2)}"
        )
        pos.append(
            (
                "simbolo",
                g.pick(["{}", "# {}", "    notas: {}", "- {}", "respaldo {}"]).format(v),
                "'#' as the password's symbol",
            )
        )
    for _ in range(8):
        v = g.pick([f"Tapir#{g.r.randint(1000, 2030)}kq", human_password(g, plain=False)])
        v = v if any(c in v for c in "#$!&*@%") else v + "#" + g.chars(string.digits, 2)
        pos.append(
            (
                "nombre",
                g.pick(
                    [
                        "cuentas/{}.yaml",
                        "notas/{}.txt",
                        "{}.txt",
                        "cuentas/respaldo-{}.yaml",
                        "cuentas/sub/{}.md",
                    ]
                ).format(v),
                "a file named after a password",
            )
        )
    # ------------------------------------------------------------- harmless, same forms
    statuses = [
        "pendiente (se pide al CAU)",
        "en resguardo de la titular, ver oficio",
        "cambiada el {d} - ver CAU",
        "no aplica (la cuenta no tiene)",
        "revocado desde el {d}",
        "temporal, se cambia al primer acceso",
        "la misma que el correo institucional",
        "la de siempre (ver a {p})",
        "igual que la de Facebook",
        "vence el {d}",
        "actualizada, sin novedad",
        "por asignar (UTSI)",
        "la tiene {p}",
        "se la pide a {p}",
        "cambiada {d}",
        "en sobre cerrado, caja fuerte de la Vocalía",
        "no se anota aquí (4.3.VI)",
        "ver ticket CAU-2026-{t}",
        "solicitada el {d} por correo",
        "se cambió el {d} y se informó a la titular",
    ]
    for _ in range(30):
        label = g.pick(
            [pw_label(g), "PIN", "Token", "token", "NIP", "códigos de recuperación", "semilla 2FA"]
        )
        neg.append(
            (
                "estado",
                f"{g.pick(['# ', '', '    # '])}{label}{g.pick([': ', ':', ' = '])}"
                + g.pick(statuses).format(
                    d=date_text(g), p=g.pick(PEOPLE), t=f"{g.r.randint(0, 999999):06d}"
                ),
                "status with more words",
                [],
            )
        )
    for _ in range(16):
        q = g.pick(qualifiers).format(m=g.pick(MAILS), n=g.pick(NETWORKS), p=g.pick(PEOPLE))
        neg.append(
            (
                "calificada_nota",
                f"# {g.pick([contrasena(g), 'password', 'clave de acceso'])} "
                f"{q}: {g.pick(statuses).format(d=date_text(g), p=g.pick(PEOPLE), t='001234')}",
                "qualified label, status",
                [],
            )
        )
    for u in PUBLIC[:6]:
        neg.append(
            (
                "calificada_nota",
                f"# {g.pick(['contraseña', 'password'])} de la cuenta {u}",
                "label then the account's public name",
                [u],
            )
        )
    bare_harmless = [
        "contraseña actualizada",
        "contraseña vencida",
        "Token revocado",
        "password reset solicitado",
        "NIP pendiente",
        "pin fijado en el perfil",
        "contraseña pendiente de cambio",
        "contraseña de Facebook",
        "contraseña nueva",
        "contraseña cambiada {d}",
        "contraseñas seguras",
        "códigos de verificación enviados por SMS",
        "contraseña en resguardo",
        "Contraseña segura",
        "password olvidado",
        "cambio de contraseña {d}",
        "Contraseña de INE",
        "pin de la publicación",
        "token caducado",
        "clave de acceso temporal",
        "contraseña del correo genérico",
        "contraseña por cambiar",
        "Contraseña (ver {p})",
    ]
    for text in bare_harmless:
        neg.append(
            (
                "espacio_nota",
                f"{g.pick(['# ', '', '    # '])}{text.format(d=date_text(g), p=g.pick(PEOPLE))}",
                "label then words, no value",
                [],
            )
        )
    verb_harmless = [
        "se cambió la contraseña a petición de {p}",
        "se cambió la contraseña el {d} y se informó a la titular",
        "cambié el password por seguridad",
        "le puse de contraseña la que indicó UTSI",
        "la nueva contraseña quedó como pidió UTSI",
        "se cambió la contraseña a las 10:30",
        "la contraseña se cambió por sospecha de acceso",
        "se cambió la contraseña a la del correo genérico",
        "se restableció la contraseña por CAU-2026-{t}",
        "cambié la contraseña por la que sugirió UTSI",
        "se le asignó la contraseña temporal por correo",
        "la contraseña quedó registrada en el CAU",
        "se actualizó la clave de acceso a solicitud de {p}",
        "cambié el password por uno más seguro",
        "le cambié la contraseña a {p}",
        "se cambió la contraseña a la cuenta de Facebook",
        "la contraseña ahora es más larga (16 caracteres)",
        "se le puso contraseña nueva y 2FA",
    ]
    for text in verb_harmless:
        neg.append(
            (
                "verbo_nota",
                g.pick(["# ", "", "    descripcion: "])
                + text.format(d=date_text(g), p=g.pick(PEOPLE), t=f"{g.r.randint(0, 999999):06d}"),
                "verb phrasing without a value",
                [],
            )
        )
    for text in [
        "a: &a [*b, *b, *b]",
        "b: &b [*c, *c, *c]",
        'c: &c ["lol", "lol", "lol"]',
        "lol9: &lol9 [*lol8,*lol8,*lol8,*lol8,*lol8,*lol8]",
        "x2: &anc1 [*ref2,*ref2,*ref2]",
        "defaults: &defaults",
        "  <<: *defaults",
        "    vinculada_a: [*fb1, *ig2, *x3]",
        "c: [*lol1,*lol1,*lol1,*lol1,*lol1]",
        "base: &cuenta_base_2026",
    ]:
        neg.append(("alias", text, "YAML anchors and aliases", []))
    for text in [
        "# ver issue #123 del tablero",
        "Folio #2026-45 del CAU",
        "canal #redes-2026",
        "#Elecciones2027 #INE",
        "# Oficio núm. #0345/2026",
        "#VotoLibre2027",
        "    notas: hilo #12 de la bitácora",
        "# prueba C# y F#",
    ]:
        neg.append(("simbolo_nota", text, "'#' that is not in a password", []))
    for u in PUBLIC:
        neg.append(
            (
                "usuario",
                g.pick(["{}", "# cuenta {}", "usuario {}", "    notas: migrada de {}"]).format(u),
                "public username in a note",
                [u],
            )
        )
    for name in [
        "cuentas/JDE01-AGS.yaml",
        "notas/2026-10-13.txt",
        "cuentas/.notas.yaml",
        "cuentas/JDE03-AGS.yaml.bak",
        "cuentas/sub/INEColima.yaml",
        "designaciones/JLE-BCS.yaml",
        "LEEME.md",
        "cuentas/respaldo #2.yaml",
    ]:
        neg.append(("nombre_comun", name, "an ordinary file name", []))
    return pos, neg


def second_b(g: Gen) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, list[str]]]]:
    pos: list[tuple[str, str, str]] = []
    neg: list[tuple[str, str, str, list[str]]] = []
    trailers = [
        " (ojo: no compartir)",
        ". Cambiada el {d}",
        " — temporal",
        " ya validada por UTSI",
        " vence {d}",
        " (así, con mayúsculas)",
        ", no la cambien",
        " (la puso {p})",
        " => vigente",
        " [temporal]",
        " desde {d}",
        ", pedir a {p} si falla",
    ]
    for _ in range(20):
        label = g.pick(
            [
                "Contraseña nueva",
                "PASS",
                "psw",
                "contra",
                "Password actual",
                f"contrase{TILDE}a",
                "clave de acceso",
                "Contraseña",
            ]
        )
        tr = g.pick(trailers).format(d=date_text(g), p=g.pick(PEOPLE))
        pos.append(
            (
                "cola",
                f"{g.pick(['# ', '', '* '])}{label}{g.pick([': ', ' = ', ':'])}"
                f"{human_password(g)}{tr}",
                "value followed by more words",
            )
        )
    for _ in range(14):
        q = g.pick(
            [
                "del correo {m}",
                "para {n}",
                "de la cuenta institucional de {n}",
                "(la de {n})",
                "que usa {p}",
                "del {n} de la Junta",
            ]
        ).format(m=g.pick(MAILS), n=g.pick(NETWORKS), p=g.pick(PEOPLE))
        pos.append(
            (
                "calificada",
                f"# {g.pick(['contraseña', 'password', 'Contraseña'])} {q}: {human_password(g)}",
                "qualified label",
            )
        )
    for _ in range(16):
        label = g.pick(["contraseña", "Password", "pwd", "clave de acceso", "CONTRASEÑA", "pass"])
        pos.append(
            (
                "espacio",
                f"{g.pick(['# ', ''])}{label} {quoted(g, human_password(g, plain=False))}",
                "space separator",
            )
        )
    for _ in range(6):
        pos.append(
            (
                "espacio",
                f"# {g.pick(['NIP', 'pin', 'NIP de la tarjeta', 'PIN del celular'])} {g.pin()}",
                "PIN after a space",
            )
        )
    for _ in range(14):
        pos.append(
            (
                "verbo",
                "# "
                + g.pick(
                    [
                        "se restableció la contraseña a {v}",
                        "cambiamos la contraseña por {v}",
                        "le asignaron el password {v}",
                        "la contraseña quedó {v}",
                        "dejé la clave de acceso como {v}",
                        "mi contraseña ahora es {v}",
                        "actualicé el pwd a {v}",
                        "Se le puso de contraseña {v}",
                    ]
                ).format(v=human_password(g, plain=False)),
                "verb phrasing",
            )
        )
    for _ in range(6):
        pos.append(
            (
                "simbolo",
                f"{g.pick(['', '# ', '- '])}{g.pick(['Nopal', 'Jaguar', 'Cenote'])}#"
                f"{g.r.randint(10, 99)}{g.chars(string.ascii_letters, 3)}",
                "'#' symbol",
            )
        )
    for _ in range(4):
        pos.append(
            (
                "nombre",
                f"cuentas/{g.pick(['Jaguar', 'Cenote'])}#{g.r.randint(2000, 2030)}"
                f"{g.chars(string.ascii_lowercase, 2)}.yaml",
                "file named after a password",
            )
        )
    for text in [
        "# Contraseña: pendiente, la asigna UTSI",
        "# Token: revocado (ya no se usa)",
        "# PIN: no aplica - cuenta sin tarjeta",
        "# password: cambiada el {d}, sin novedad",
        "# Contraseña: en resguardo de {p} desde el {d}",
        "# contraseña: la misma del correo de la Junta",
        "# contraseña: igual a la anterior",
        "# Contraseña del correo {m}: en resguardo de {p}",
        "# contraseña de {n}: se cambia cada bimestre",
        "# contraseña caducada",
        "# Password nuevo solicitado",
        "# Nip bloqueado",
        "# contraseña renovada {d}",
        "# se restableció la contraseña a solicitud de {p}",
        "# cambiamos la contraseña por precaución",
        "# la contraseña quedó pendiente",
        "# mi contraseña ahora es más segura",
        "# la clave es la de la titular: no se anota",
        "d: &d [*c, *c, *c, *c]",
        "#Elecciones2027",
        "# ticket #4471 del CAU",
        "# contraseña: ver oficio INE/JLE-BCS/0099/2026 (entregada en sobre)",
    ]:
        neg.append(
            (
                "estado",
                text.format(d=date_text(g), p=g.pick(PEOPLE), m=g.pick(MAILS), n=g.pick(NETWORKS)),
                "harmless note",
                [],
            )
        )
    for name in ["cuentas/JLE-BCS.yaml", "notas/bitacora-2026.txt", "cuentas/JDE05-CDMX.yml"]:
        neg.append(("nombre_comun", name, "ordinary file name", []))
    return pos, neg


def third(
    g: Gen, variant: str
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, list[str]]]]:
    """Forms the blind development set showed (``tests/data/secrets/blind_dev.jsonl``),
    generalised: a login verb instead of a label, ``clave`` qualified by a platform, other
    separators (``;``, ``|``), a block scalar, numbered code lists, seeds in groups of 8 or
    joined by dashes, and dates written with a month's abbreviation."""
    pos: list[tuple[str, str, str]] = []
    neg: list[tuple[str, str, str, list[str]]] = []
    platforms = [
        "face",
        "fb",
        "Facebook",
        "insta",
        "IG",
        "Instagram",
        "TikTok",
        "X",
        "correo",
        "cuenta de YouTube",
        "WhatsApp",
        "Threads",
        "mail institucional",
    ]
    joined = [
        "Zacatecas-Plata-21",
        "Tortuga.Lora.19",
        "Girasol.Ags.2026",
        "Nahual.Negro.08",
        "Pitaya.Amarilla.5",
        "Bugambilia_2025",
        "Huapango2026",
        "Cenzontle-2026",
        "Jacaranda2026+",
        "Xoconostle.7",
        "Tepache_Frio_33",
        "Mole.Negro.2024",
    ]

    def pw() -> str:
        return g.pick([g.pick(joined), human_password(g, plain=False)])

    verbs = (
        [
            "# le puse {v} porque la otra ya había vencido",
            "# quedó como: {v} (la cambió Juan)",
            "# {p} dice que la clave quedó en {v}",
            "# para entrar usar {v} y el código que llega al cel",
            "# ojo: el acceso de {n} es con {v}",
            "# se entra con {v}",
            '    descripcion: "Acceso no autorizado. Password cambiado a {v}"',
        ]
        if variant == "A"
        else [
            "# le puse {v} a la de {n}",
            "# quedó como {v}",
            "# para ingresar con {v}",
            "# entrar con {v} (pedir código a {p})",
            "# acceso de {n} es con {v}",
            "    descripcion: Contraseña restablecida a {v} por UTSI",
        ]
    )
    for _ in range(16 if variant == "A" else 10):
        pos.append(
            (
                "verbo",
                g.pick(verbs).format(v=pw(), p=g.pick(PEOPLE), n=g.pick(platforms)),
                "a login verb instead of a label",
            )
        )
    for _ in range(10 if variant == "A" else 6):
        word = g.pick(["votalibre", "girasol", "mariposa", "democracia", "tlacuache", "ajolotito"])
        pos.append(
            (
                "calificada",
                f"# la {g.pick(['clave', 'clave', 'contra'])} "
                f"{g.pick(['del', 'de', 'de la'])} {g.pick(platforms)} "
                f"{g.pick(['es', ':', '=', 'es:'])} {word}",
                "'clave' qualified by a platform",
            )
        )
    for _ in range(6 if variant == "A" else 4):
        pos.append(
            (
                "etiqueta",
                f"# {g.pick(['contraseña', 'Contraseña', 'password'])} "
                f"{g.pick(['ig', 'fb', 'x', 'tiktok', ''])}{g.pick(['; ', ' | ', ' ;', '|'])}{pw()}",
                "';' or '|' as separator",
            )
        )
    for _ in range(4 if variant == "A" else 3):
        key = g.pick(["clave_acceso", "contrasena", "password", "pwd"])
        pos.append(
            ("etiqueta", f"{key}: {g.pick(['|', '>', '|-', '>-'])}\n  {pw()}", "block scalar")
        )
    for _ in range(4 if variant == "A" else 3):
        label = g.pick(
            [
                "codigos de respaldo google",
                "Códigos de recuperación de Facebook",
                "backup codes ig",
                "códigos de respaldo (Google)",
            ]
        )
        codes = [f"{g.chars(string.digits, 4)} {g.chars(string.digits, 4)}" for _ in range(4)]
        pos.append(
            (
                "codigos",
                f"# {label}\n"
                + "\n".join(f"# {k}{g.pick(['.', ')'])} {c}" for k, c in enumerate(codes, start=1)),
                "numbered codes on the following lines",
            )
        )
    for _ in range(6 if variant == "A" else 4):
        seed = g.seed(g.pick([16, 32]), g.pick([0, 1, 2]))
        n = g.pick([4, 8])
        parts = [seed[i : i + n] for i in range(0, len(seed), n)]
        shown = g.pick(["-", " "]).join(parts)
        pos.append(
            (
                "semilla",
                g.pick(
                    ["# 2FA key: {}", "# respaldo del autenticador -> {}", "# seed 2fa fb {}", "{}"]
                ).format(shown),
                "seed in groups of 4 or 8, dashes or spaces",
            )
        )
    for _ in range(4 if variant == "A" else 3):
        pos.append(
            (
                "espacio",
                f"# {g.pick(['TikTok passcode', 'passcode', 'Passcode del celular'])}"
                f"{g.pick([' de 6 dígitos: ', ': ', ' '])}{g.chars(string.digits, 6)}",
                "passcode",
            )
        )
    months = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    for _ in range(8 if variant == "A" else 5):
        d = (
            f"{g.r.randint(1, 28):02d}{g.pick(['-', '/', ' '])}{g.pick(months)}"
            f"{g.pick(['-', '/', ' '])}{g.pick(['2026', '26'])}"
        )
        neg.append(
            (
                "fecha",
                g.pick(
                    [
                        "# último cambio de pwd {d}, siguiente en octubre",
                        "# contraseña cambiada {d}",
                        "# pin renovado el {d}",
                        "# Token vence {d}",
                        "# contraseña: {d}",
                    ]
                ).format(d=d),
                "date with a month's abbreviation",
                [],
            )
        )
    for text in [
        "# le puse la fecha de hoy al oficio",
        "# quedó como pidió la titular",
        "# para entrar usar el correo institucional",
        "# se entra con el usuario genérico",
        "# el acceso de Instagram es con el correo de la Junta",
        "# acceso desde el celular institucional",
        "# la clave del área es JDE03-AGS",
        "# la clave del face es la de siempre",
        "# quedó en Aguascalientes el resguardo",
        "# para ingresar con la cuenta de la Junta pedir a la titular",
        "# Contraseña | ver oficio",
        "clave_acceso: |\n  pendiente de asignar",
        "# codigos de respaldo google\n# impresos en la caja fuerte",
        "# Acceso no autorizado; se cambió la contraseña",
    ]:
        neg.append(("verbo_nota", text, "the same words, no value", []))
    return pos, neg


def fourth(
    g: Gen, variant: str
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, list[str]]]]:
    """Forms found by probing the grammar after the blind set: English verbs with ``to``,
    a password written as a key whose value says so, a mapping of networks under a label,
    and beside them dates with dots, password managers, adjectives and masks with a note."""
    pos: list[tuple[str, str, str]] = []
    neg: list[tuple[str, str, str, list[str]]] = []

    def pw() -> str:
        return human_password(g, plain=False)

    en = (
        [
            "# changed the password to {v}",
            "# password reset to {v}",
            "# I set the new pwd to {v}",
            "# the password is now {v}",
            "# new password: {v} (do not share)",
        ]
        if variant == "A"
        else [
            "# pwd changed to {v} today",
            "# updated the password to {v}",
            "# password is now {v}",
        ]
    )
    for _ in range(8 if variant == "A" else 5):
        pos.append(("etiqueta", g.pick(en).format(v=pw()), "English verb phrasing"))
    for _ in range(6 if variant == "A" else 4):
        pos.append(
            (
                "clave",
                f"{pw()}: {g.pick(['contraseña', 'password', 'pwd', 'clave de acceso'])} "
                f"{g.pick(['de la cuenta de fb', 'de IG', 'del correo', 'nueva', ''])}".rstrip(),
                "a password as a key, its value says so",
            )
        )
    for _ in range(5 if variant == "A" else 3):
        nets = g.r.sample(["facebook", "x", "instagram", "tiktok", "youtube"], 2)
        pos.append(
            (
                "etiqueta",
                f"{g.pick(['contraseñas', 'passwords', 'claves de acceso'])}:\n"
                + "\n".join(f"  {n}: {pw()}" for n in nets),
                "a mapping per network",
            )
        )
    for text in (
        [
            "# contraseña cambiada: 06.10.2026",
            "# contraseña vence: 15/10",
            "# password: LastPass",
            "# contraseña: en Bitwarden",
            "# la contraseña es segura",
            "# la contraseña es secreta",
            "# The password is strong",
            "# contraseña: ******** (oculta)",
            "# password: TODO",
            "contrasena:\n  fecha: 2026-10-01\n  responsable: Rosa Torres",
            "Facebook: contraseña en resguardo",
            "usuario: contraseña pendiente",
        ]
        if variant == "A"
        else [
            "# pwd renovada: 30.09.2026",
            "# password: KeePass institucional",
            "# la contraseña es fuerte",
            "# the password is required",
            "# contraseña: xxxxxxxx (ver oficio)",
            "X: contraseña en sobre cerrado",
        ]
    ):
        neg.append(("estado", text, "harmless, same shapes", []))
    return pos, neg


def fifth(
    g: Gen, variant: str
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, list[str]]]]:
    """Classes a second blind held-out set showed (2026-11-29, session 3), generalised:
    public ids and checksums that read like random strings, status words in a value's place,
    and Markdown tables whose header only mentions a password."""
    pos: list[tuple[str, str, str]] = []
    neg: list[tuple[str, str, str, list[str]]] = []
    hexd = "0123456789abcdef"
    for _ in range(8 if variant == "A" else 5):
        sha1 = g.chars(hexd, 40)
        sha256 = g.chars(hexd, 64)
        uuid = "-".join(g.chars(hexd, n) for n in (8, 4, 4, 4, 12))
        channel = "UC" + g.chars(B62 + "-_", 22)
        neg.append(
            (
                "id_publico",
                g.pick(
                    [
                        f"# corregido en el commit {sha1}",
                        f"# se deshizo el cambio ({sha1[:12]}…): ver {sha1}",
                        f"# suma sha256 del oficio escaneado: {sha256}",
                        f"# integridad del respaldo -> {sha256.upper()}",
                        f"# folio de la solicitud en línea {uuid}",
                        f"    referencia: {uuid}",
                        f"# YouTube channel {channel}",
                        f"# https://www.youtube.com/channel/{channel}",
                        f"# merge {sha1} en main",
                        f"# huella md5 del anexo: {g.chars(hexd, 32)}",
                    ]
                ),
                "a public id or checksum",
                [],
            )
        )
    status = ["listo", "hecho", "ídem", "Idem", "igual", "sin cambio", "ok", "done", "lista"]
    labels = ["pass", "contraseña", "pwd", "clave de acceso", "password", "PIN"]
    for _ in range(8 if variant == "A" else 5):
        neg.append(
            (
                "estado",
                f"# {g.pick(labels)}{g.pick([': ', ' = ', ' -> '])}{g.pick(status)}",
                "a status word in the value's place",
                [],
            )
        )
    heads = [
        "fecha de cambio de contraseña",
        "último cambio de clave",
        "contraseña renovada",
        "pwd actualizado",
    ]
    for _ in range(4 if variant == "A" else 3):
        head = g.pick(heads)
        rows = "\n".join(
            f"| {g.pick(NETWORKS)} | {date_text(g)} |" for _ in range(g.r.randint(1, 3))
        )
        neg.append(
            (
                "tabla",
                f"| red | {head} |\n|---|---|\n{rows}",
                "a table whose header only mentions a password",
                [],
            )
        )
    for _ in range(3 if variant == "A" else 2):
        pos.append(
            (
                "tabla",
                f"| cuenta | {g.pick(['contraseña', 'clave de acceso', 'pwd'])} | nota |\n"
                f"|:--|:--|:--|\n| {g.pick(NETWORKS)} | {human_password(g, plain=False)} | vigente |",
                "a password in a table's column",
            )
        )
    for _ in range(8 if variant == "A" else 5):
        pos.append(
            (
                "etiqueta",
                f"# {typo_label(g)}{g.pick([': ', ' = ', ':', ' -> ', '.... ', ' '])}"
                f"{human_password(g, plain=False)}",
                "a label typed wrong, with its ñ lost, or glued to a platform",
            )
        )
    pos.extend(sixth_positives(g, variant))
    neg.extend(sixth_negatives(g, variant))
    return pos, neg


def sixth_positives(g: Gen, variant: str) -> list[tuple[str, str, str]]:
    """Positive classes of the burned blind holdout, each in phrasings of our own."""
    out: list[tuple[str, str, str]] = []

    def pw() -> str:
        return human_password(g, plain=False)

    def code4() -> str:
        return g.chars(string.digits, 4)

    n = 2 if variant == "A" else 1
    forms: dict[str, list[str]] = {
        "par": [
            "# {m}:{v}",
            "# {m} / {v}",
            "# {m}    {v}",
            "# credenciales de {net}: {m} | {v}",
            "# usuario y clave: {m} - {v}",
            "# acceso a {net}: {u} / {v}",
        ],
        "prosa": [
            "# ya se restableció y ahora es {v}",
            "# they reset it to {v} yesterday",
            "# pongan la de siempre, {v}",
            "# contraseña modificada el {d} a {v}",
            "# pwd renovada -> ahora {v}",
            "# le dejé a {p} la clave {v}",
            "# la cambiaron a {v} el {d}",
            "# ingrese con {v} y el código del cel",
        ],
        "separador": [
            "# contraseña ⇒ {v}",
            "# clave de acceso — {v}",
            "# pwd :: {v}",
            "# psswd = {v}",
            "| contraseña | {v} |\n| correo | {m} |",
        ],
        "multilinea": [
            "contrasena:\n\n    {v}",
            "# pwd:\n#\n#    {v}",
            "# la contraseña\n# es {v}",
            "clave_acceso: [{v}]",
            "contraseñas: {{{n1}: {v}, {n2}: {v2}}}",
            "# {v}: password de {net}",
            "    descripcion: |\n      Códigos de respaldo de {net}:\n      {c1} {c2}\n      {c3} {c4}",
        ],
        "codigos": [
            "# código {c1} {c2} (el último)",
            "# códigos que quedan: {c1}-{c2} {c3}-{c4}",
            'codigos_respaldo: ["{c1}{c2}", "{c3}{c4}"]',
            "# {net} backup: {a1}, {a2}, {a3}",
            "# recovery codes ({net}): {c1}-{c2}, {c3}-{c4}",
        ],
        "entrecomillada": [
            "# password: '{w1} de mi {w2}'",
            "# contraseña «{w1} y {w2} {yy}»",
            '# clave de acceso: "el {w1} se llama {w2}"',
        ],
        "pin": [
            "# PIN (el de la SIM de {net}, no el viejo): {pin}",
            "# nip de acceso del teléfono de la oficina de redes = {pin}",
            "# el NIP quedó en {p1} {p2}",
        ],
    }
    for template in [
        "respaldos/contrasena_{net}_{v}.txt",
        "notas/clave-de-acceso-{v}.md",
        "semilla-{seed}.txt",
        "cuentas/pwd_{v}.yaml.bak",
    ][: 4 if variant == "A" else 2]:
        value = g.pick(["tlacuache", "nopal", "jaguar"]) + g.chars(string.digits, 3) + "zq"
        out.append(
            (
                "nombre",
                template.format(net=g.pick(["fb", "ig", "x"]), v=value, seed=g.seed(32)),
                "a secret in a file's name, its words joined by _ or -",
            )
        )
    words = ["nopal", "volcan", "girasol", "ajolote", "tunas", "colibri", "maguey"]
    for cls, templates in forms.items():
        for template in templates:
            for _ in range(n):
                nets = g.r.sample(["fb", "ig", "x", "tiktok", "yt"], 2)
                text = template.format(
                    v=pw(),
                    v2=pw(),
                    m=g.pick(MAILS),
                    u=g.pick(["INEJDE05Ags", "inejle.col", "INEBCS_JD02"]),
                    net=g.pick(NETWORKS),
                    n1=nets[0],
                    n2=nets[1],
                    d=date_text(g),
                    p=g.pick(PEOPLE),
                    c1=code4(),
                    c2=code4(),
                    c3=code4(),
                    c4=code4(),
                    a1=g.chars(string.ascii_uppercase + string.digits, 10),
                    a2=g.chars(string.ascii_uppercase + string.digits, 10),
                    a3=g.chars(string.ascii_uppercase + string.digits, 10),
                    w1=g.pick(words),
                    w2=g.pick(words).capitalize(),
                    yy=g.pick(["77", "1999", "2031"]),
                    pin=g.chars(string.digits, g.pick([4, 5, 6])),
                    p1=g.chars(string.digits, 2),
                    p2=g.chars(string.digits, 2),
                )
                out.append((cls, text, f"{cls}: {template[:40]}"))
    return out


def sixth_negatives(g: Gen, variant: str) -> list[tuple[str, str, str, list[str]]]:
    """The same words as :func:`sixth_positives`, with nothing secret after them."""
    texts = [
        "# código postal: {cp}",
        "# código de conducta {y}",
        "# palabra clave: #Elecciones{y}",
        "# acceso: {m}",
        "# {m} ext. {ext}",
        "# contraseña: [se entrega en sobre]",
        "# claves de área: JDE0{k}-AGS, JDE0{k2}-AGS",
        "JDE0{k}-AGS: clave del área",
        "# password: 'pendiente de asignar'",
        "# es la de siempre: {p} firma los anexos",
        "## Rotación de contraseñas\n\n| Mes | Fecha |\n|---|---|\n| oct | {d} |",
        "# la contraseña se cambió el {d} a petición de {p}",
        "# avisado a {m} el {d}",
        "# ahora es obligatorio el segundo factor",
        "# pongan la de siempre: la que dio UTSI",
        "# código {y} del catálogo",
        "# id del token: {uuid}",
        "| cuenta | contraseñas, primer paso |\n|---|---:|\n| {m} | 1,{k}0{k2} |",
        "# la cambiaron por otra área",
        "    descripcion: |\n      Se cambió la contraseña:\n      se avisó a {p} el {d}",
    ]
    if variant == "B":
        texts = texts[::2]
    out: list[tuple[str, str, str, list[str]]] = []
    for template in [
        "notas/cambios-de-contrasena-{y}.md",
        "cuentas/politica_contraseñas.txt",
        "respaldos/pin-{y}.txt",
        "docs/codigos-de-respaldo-pendientes.md",
    ][: 4 if variant == "A" else 2]:
        out.append(("nombre_comun", template.format(y=g.pick(["2026", "2027"])), "a name", []))
    for template in texts:
        text = template.format(
            cp=g.chars(string.digits, 5),
            y=g.pick(["2026", "2027"]),
            m=g.pick(MAILS),
            ext=g.chars(string.digits, 4),
            k=g.r.randint(1, 5),
            k2=g.r.randint(1, 5),
            p=g.pick(PEOPLE),
            d=date_text(g),
            uuid="-".join(g.chars("0123456789abcdef", n) for n in (8, 4, 4, 4, 12)),
        )
        out.append(("nota", text, "same words, no secret", []))
    return out


def typo_label(g: Gen) -> str:
    """``contraseña`` or ``password`` as people mistype it: a letter dropped, doubled or
    swapped, the ``ñ`` lost to an encoding, or a platform glued to it."""
    kind = g.r.randrange(4)
    if kind == 0:
        return g.pick(["contraseÃ±a", "contrase?a", "contrase\ufffda", "contrasenna", "CONTRASE?A"])
    if kind == 1:
        return g.pick(["contraseña", "password", "Contraseña"]) + g.pick(
            ["Facebook", "IG", "_tiktok", "Correo", "X"]
        )
    word = g.pick(["contraseña", "password", "contrasena"])
    i = g.r.randrange(2, len(word) - 1)
    edit = g.r.randrange(3)
    if edit == 0:
        return word[:i] + word[i + 1 :]
    if edit == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def build(seed: int, variant: str) -> list[dict[str, object]]:
    g = Gen(seed)
    pos = positives_a(g) if variant == "A" else positives_b(g)
    neg = negatives_a(g) if variant == "A" else negatives_b(g)
    items: list[dict[str, object]] = []
    for cls, text, note in pos:
        items.append({"label": 1, "class": cls, "text": text, "note": note, "public": []})
    for cls, text, note, public in neg:
        items.append({"label": 0, "class": cls, "text": text, "note": note, "public": public})
    more_pos, more_neg = (second_a if variant == "A" else second_b)(Gen(seed + 10))
    for cls, text, note in more_pos:
        items.append({"label": 1, "class": cls, "text": text, "note": note, "public": []})
    for cls, text, note, public in more_neg:
        items.append({"label": 0, "class": cls, "text": text, "note": note, "public": public})
    for extra, offset in ((third, 20), (fourth, 30), (fifth, 40)):
        more_pos, more_neg = extra(Gen(seed + offset), variant)
        for cls, text, note in more_pos:
            items.append({"label": 1, "class": cls, "text": text, "note": note, "public": []})
        for cls, text, note, public in more_neg:
            items.append({"label": 0, "class": cls, "text": text, "note": note, "public": public})
    for number, item in enumerate(items, start=1):
        item["id"] = f"{variant}{number:03d}"
    return items


def main() -> None:
    for name, seed, variant in (("corpus", 1, "A"), ("holdout", 2, "B")):
        items = build(seed, variant)
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        pos = sum(1 for i in items if i["label"])
        print(f"{name}: {len(items)} items, {pos} positive, {len(items) - pos} negative")


if __name__ == "__main__":
    main()
