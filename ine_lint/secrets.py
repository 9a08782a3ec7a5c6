"""Find what is a secret in a file's text (4.3.VI): by its label and by its shape.

Works on the raw text, line by line, so it sees keys, values, comments and prose alike,
unknown keys included, and files that are not valid YAML. Two ways in:

- **By label.** A word that names a credential (``contraseña``, ``password``, ``pwd``,
  ``clave de acceso``, ``PIN``, ``códigos de recuperación``, ``token``, ``semilla`` …; in
  Spanish or English, with or without accents, ``ñ`` as ``n``, ``ni`` or ``n`` + combining
  tilde), then a separator (``:``, ``=``, ``->``, ``es``, ``nueva es``, a space …), then a
  value on the same line or on the following lines. The value is a secret unless it is
  empty, masked, or something public or ordinary: a date, a status phrase (``pendiente``,
  ``no aplica``, ``en resguardo de…``, ``revocado``), a CAU ticket, an oficio number, a URL,
  an e-mail address, or a value the inventory publishes (``usuario``, ``url``).
- **By shape**, with no label: ``otpauth://`` URIs, private keys, platform tokens, base32
  seeds (any mix of digits, grouped in fours or not), long random strings, and words built
  like a password (letters, digits and a symbol).

Cost: whole-text searches in C find the candidate lines; each candidate line is then read
once, left to right, with patterns that cannot backtrack, so a file costs time linear in
its size whatever it holds. A hit carries the values it found so that every other output
can hide them; hits live in memory only (a file with a hit is never cached).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ine_lint.memo import Memo

#: Shown in place of a secret, in every message and format.
HIDDEN = "«oculto»"


@dataclass(frozen=True)
class SecretHit:
    line: int
    column: int
    #: key (by label) | otpauth | private_key | token | base32 | random | password, or
    #: hidden: a value not reported, only hidden elsewhere (``HIDDEN_KIND``)
    kind: str
    term: str  # the label word that matched, or the shape; never the value
    #: The strings to hide elsewhere; in memory only, never shown, cached or compared.
    values: tuple[str, ...] = field(default=(), compare=False, repr=False)
    #: Whether the hit stands only on values that the inventory may publish (a username).
    public_ok: bool = field(default=False, compare=False, repr=False)


# ------------------------------------------------------------------------ vocabulary
#: Label patterns on folded text (lower case, no accents), with the term shown. ``weak``
#: labels are ordinary words too (``clave`` is also an área's code): their value must look
#: like a credential by itself.
_LABELS: tuple[tuple[str, str, bool], ...] = (
    (r"contrasen(?:i?a)s?|contrasen(?=[\s:=_])", "contraseña", False),
    (
        r"passwords?|pass[ ]words?|passwd|passphrase|passcodes?|pass[ _-]code|pswd?|pwd|pw|pass"
        r"|psswd|pswrd|pwrd|p/w",
        "password",
        False,
    ),
    (
        r"claves?[ _-]+(?:de[ _-]+)?(?:acceso|configuracion|seguridad|recuperacion|api)"
        r"|clave[ _-]*secreta|clave[ _-]*privada|claveacceso",
        "clave de acceso",
        False,
    ),
    (r"pin|nip", "PIN", False),
    (
        r"codigos?[ _-]+(?:de[ _-]+)?(?:recuperacion|respaldo|verificacion|seguridad|acceso"
        r"|autenticacion|desbloqueo|un[ _-]+solo[ _-]+uso|2fa)|recovery[ _-]*codes?"
        r"|backup[ _-]*codes?"
        r"|codigos?[ _-]+respaldo",
        "código de recuperación",
        False,
    ),
    (r"access[ _-]*tokens?|tokens?|bearer", "token", False),
    (r"client[ _-]*secret|app[ _-]*secret|secret[ _-]*key|secretos?|secret", "secreto", False),
    (r"semilla|seed", "semilla", False),
    (r"api[ _-]*key|apikey|llave[ _-]*privada|private[ _-]*key|clave[ _-]*api", "API key", False),
    (r"totp|otp|2fa|mfa", "segundo factor", True),
    (r"claves?|contra|key", "clave", True),
    # Login verbs that stand for the label: ``le puse X``, ``quedó como X``, ``para entrar
    # usar X``, ``el acceso de fb es con X``.
    (
        r"le[ ]+puse|quedo(?:[ ]+(?:como|en))?|(?:para[ ]+)?(?:entrar|ingresar|acceder)"
        r"(?:[ ]+(?:con|usar|use|usa))?|se[ ]+entra[ ]+con|acceso"
        # ``se restableció y ahora es X``, ``we changed it to X``, ``le dejé X``, ``pon la
        # de siempre, X``, ``credenciales: correo:X``
        r"|ahora[ ]+es|now[ ]+(?:it[ ]+)?is|(?:changed|set|reset|updated)[ ]+(?:it|them)[ ]+to"
        r"|le[ ]+deje|(?:la|el)[ ]+de[ ]+siempre|credenciales?|credentials?"
        r"|(?:la|lo)[ ]+cambi(?:e|o|aron|amos)[ ]+(?:a|por)"
        r"|(?:ingresa|entra|accede|ingresen|entren|ingrese|entre)[ ]+con",
        "contraseña",
        True,
    ),
    # ``código`` alone, ``backup``: codes only by their value's shape (``código 1780 0256``)
    (r"codigos?|backup", "código de recuperación", True),
)
#: The index of that last label, and what a ``código`` may be that is no credential.
_CODE_LABEL = len(_LABELS) - 1
_PUBLIC_CODES = frozenset(
    {
        "postal",
        "postales",
        "cp",
        "presupuestal",
        "programatico",
        "conducta",
        "etica",
        "barras",
        "area",
        "lada",
        "pais",
        "fuente",
        "civil",
        "penal",
        "electoral",
        "procedimiento",
        "procedimientos",
        "colores",
        "color",
        "vestimenta",
        "identificacion",
        "producto",
        "articulo",
        "qr",
        "html",
        "css",
        "python",
        "sat",
        "municipio",
        "entidad",
        "seccion",
        "distrito",
        "partida",
        "puesto",
        "plaza",
        "empleado",
        "cuenta",
        "cuentas",
        "abierto",
    }
)
_LABEL = re.compile(
    "(?<![a-z0-9])(?:"
    + "|".join(f"(?P<l{i}>{p})" for i, (p, _, _) in enumerate(_LABELS))
    + ")(?![a-z0-9])"
)
#: Keys of the contract that hold a word of the vocabulary but no secret.
KNOWN_KEYS = frozenset({"cambios_contrasena", "contrasena_cambiada", "segundo_factor"})

#: Cheap searches that find every line a label can be on (in the lower-cased text).
#: (Weak labels such as ``2fa`` are left to the shape hints: their value must have a shape.)
_STEMS = re.compile(
    # Grouped by first letter, so that each byte is tried against one branch at most (an
    # alternation of literals is tried branch by branch); the typos of ``contraseña`` and
    # ``password`` that the grammar test enumerates are among them.
    b"a(?:ssw|hora es|cce(?:der(?![a-z])|so(?![a-z])|de con))"
    b"|backup"
    b"|c(?:o(?:ntr|ntas|nras|tras|ntars)|lave|redencial|redential|hanged)"
    b"|d(?:igo|eje)"
    b"|entr(?:ar(?![a-z])|a con|e con|en con)"
    b"|ingres(?:ar(?![a-z])|a con|e con|en con)"
    b"|key"
    b"|l(?:lave|a cambi|o cambi)"
    b"|n(?:ip|ow )"
    b"|p(?:ass|asw|ssw|saw|w|sw|in|use)"
    b"|qued(?:o|\xc3\xb3)(?![a-z])"
    b"|r(?:ecovery|tase|asen|ase\xc3\xb1|eset it)"
    b"|s(?:ecret|emilla|eed|e entra|asw|iempre|et it)"
    b"|t(?:rase|oken)"
    b"|updated it"
)
#: (Every branch starts with a literal: a lookbehind in front would make the search try
#: each byte of the file, three times slower.)

#: Separators between a label and its value, tried where the label (and its qualifier) ends.
_SEP = re.compile(
    r"\s*(?:(?:::|:(?!//)|=+>|-+>|~>|>>|=|→|⇒|➜|➔|:=|;|\|)\s*"
    r"|\s*(?:\.{2,}|…+)\s*:?\s*"  # dot leaders: ``contraseña..... X``
    r"|\s+[-–—]{1,2}\s+"
    r"|\s+(?:(?:nueva|nuevo|actual|temporal)\s+)?(?:es(?:\s+(?:con|ahora))?|era|sera|seria"
    r"|is(?:\s+now)?|was|queda"
    r"|quedo(?:\s+(?:como|en))?|fue\s+cambiada\s+a|ahora\s+es)(?:\s*:)?\s+)"
)
#: A word between a label and its separator: ``contraseña de la cuenta de X:``. A clause
#: ends at punctuation, so a qualifier never runs into the next one.
_QUALIFIER = re.compile(
    r"\s+\([^()\n]{1,60}\)"  # a parenthesis is one qualifier: ``PIN (dos pasos): X``
    r"|\s+[^\s:=;.,]{1,40}(?:\.[^\s:=;.,]{1,40}){0,4}(?![^\s:=;|])"
)
_MAX_QUALIFIER = 9
#: A key and its value at the start of a line.
_KEY_VALUE = re.compile(r"\s*(?:-\s+)?[\"']?([^\s:#\"'][^:#\"']{0,60}?)[\"']?\s*:[ \t]+(\S.*)")
#: The kind of hit that is not reported, only hidden in other findings.
HIDDEN_KIND = "hidden"
#: A YAML key at the start of a line (in a list item or not).
_YAML_KEY = re.compile(r"\s*(?:-\s+)?[\"']?([^\s:#\"'][^\s:\"']{5,63})[\"']?:(?:\s|$)")

#: A value that is empty or stands for "nothing here".
_NULLS = frozenset({"", "~", "null", "none", "[]", "{}", "''", '""', "|", ">", "|-", ">-"})
#: Words that make a value ordinary language or a status, never a credential.
_ORDINARY = frozenset(
    {
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "en",
        "por",
        "para",
        "con",
        "sin",
        "se",
        "no",
        "y",
        "o",
        "u",
        "a",
        "al",
        "que",
        "su",
        "sus",
        "es",
        "fue",
        "son",
        "ya",
        "lo",
        "le",
        "les",
        "un",
        "una",
        "uno",
        "unos",
        "ver",
        "mismo",
        "misma",
        "otra",
        "otro",
        "cada",
        "como",
        "cuando",
        "donde",
        "solo",
        "nunca",
        "aqui",
        "hoy",
        "ayer",
        "ni",
        "the",
        "of",
        "in",
        "by",
        "is",
        "not",
        "on",
        "to",
        "at",
        "for",
        "from",
        "see",
        "same",
        "none",
        "with",
        "was",
        "are",
        "be",
        "pendiente",
        "pendientes",
        "vigente",
        "vigentes",
        "resguardo",
        "custodia",
        "sobre",
        "cerrado",
        "cerrada",
        "na",
        "n/a",
        "nd",
        "s/n",
        "tbd",
        "ninguno",
        "ninguna",
        "nada",
        "vacio",
        "vacia",
        "si",
        "sí",
        "true",
        "false",
        "yes",
        "ok",
        "sms",
        "app",
        "correo",
        "telefono",
        "whatsapp",
        "llamada",
        "fisica",
        "fisico",
        "impreso",
        "impresa",
        "oculto",
        "redactado",
        "confidencial",
        "privado",
        "activo",
        "activa",
        "inactivo",
        "inactiva",
        "aplica",
        "corresponde",
        "definir",
        "asignar",
        "cambiar",
        "solicitar",
        "mas",
        "cambio",
        "cambios",
        "solicitud",
        "baja",
        "alta",
        "igual",
        "siempre",
        "temporal",
        "provisional",
        "nueva",
        "nuevo",
        "anterior",
        "actual",
        "consultar",
        "bearer",
        "segura",
        "seguro",
        "larga",
        "corta",
        "oficio",
        "ticket",
        "folio",
        "caja",
        "enlace",
        "titular",
        "mi",
        "mis",
        "tu",
        "tus",
        "usa",
        "renovar",
        "impresos",
        "impresas",
        "sobres",
        "mismas",
        "pedir",
        "preguntar",
        "anotar",
        "verificar",
        "generica",
        "generico",
        "institucional",
        "personal",
        "siguiente",
        "todo",
        "tba",
        "fixme",
        "desconocida",
        "desconocido",
        "unknown",
        "empty",
        "redacted",
        "hidden",
        # what a password *is* in a sentence (``la contraseña es segura``), not what it is
        "secreta",
        "secreto",
        "robusta",
        "robusto",
        "fuerte",
        "debil",
        "vieja",
        "viejo",
        "unica",
        "unico",
        "intransferible",
        "obligatoria",
        "obligatorio",
        "valida",
        "invalida",
        "incorrecta",
        "correcta",
        "caducada",
        "distinta",
        "diferente",
        "compartida",
        "privada",
        "strong",
        "weak",
        "secure",
        "long",
        "short",
        "required",
        "mandatory",
        "unique",
        "private",
        "secret",
        "new",
        "old",
        "temporary",
        "expired",
        "valid",
        "invalid",
        "correct",
        "wrong",
        "changed",
        "now",
        "here",
        "there",
        "stored",
        "kept",
        "set",
        "reset",
        "oauth",
        "oauth2",
        "jwt",
        "api",
        "totp",
        "hotp",
        "otp",
        "autenticador",
        "authenticator",
        "yubikey",
        "passkey",
        "biometrico",
        "huella",
        # status words written in a label's place: they name no secret (``# pass: idem``)
        "idem",
        "hecho",
        "hecha",
        "listo",
        "lista",
        "listos",
        "done",
        "ditto",
        "okay",
        "arriba",
        "abajo",
        "sigue",
        "tramite",
        "proceso",
        "revisar",
        "checar",
        "confirmar",
        "tiene",
        "tienen",
        "propietaria",
        "propietario",
        "suplente",
        "duena",
        "dueno",
        "administradora",
        "administrador",
        "reciente",
        "unchanged",
        "pending",
        "n/d",
        "s/c",
        "tbc",
    }
)
#: Quotes around a value, opening and closing.
_QUOTES = (("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("`", "`"))
_QUOTE_CHARS = frozenset("«»“”‘’\"'`")
#: What sets off a note after a value: ``X (no compartir)``, ``X - temporal``, ``X / …``.
_TAIL_MARKS = frozenset("([{<-–—/|=←→")
#: Words that begin a note about the value before them: ``X desde el…``, ``X vence…``.
_TRAILERS = frozenset(
    {
        "desde",
        "hasta",
        "vence",
        "vencio",
        "vigente",
        "valida",
        "temporal",
        "provisional",
        "ya",
        "no",
        "nunca",
        "ojo",
        "segun",
        "cambiada",
        "cambiado",
        "actualizada",
        "actualizado",
        "asignada",
        "asignado",
        "hoy",
        "ayer",
        "nueva",
        "nuevo",
        "antes",
        "despues",
        "mientras",
        "cambiar",
        "expira",
        "caduca",
    }
)
#: Words after which a word names something instead of being a value (``contraseña de
#: INEColima``, ``contraseña de la cuenta X``).
_NAME_BEFORE = frozenset(
    {
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "en",
        "para",
        "por",
        "con",
        "a",
        "al",
        "y",
        "o",
        "u",
        "que",
        "su",
        "sus",
        "mi",
        "mis",
        "tu",
        "tus",
        "sin",
        "sobre",
        "desde",
        "hasta",
        "entre",
        "ante",
        "hacia",
        "segun",
        "como",
        "cuenta",
        "cuentas",
        "usuario",
        "usuaria",
        "perfil",
        "pagina",
        "canal",
        "correo",
        "grupo",
        "titular",
        "of",
        "for",
        "the",
        "to",
        "at",
        "on",
        "user",
        "account",
        "is",
        "es",
        "son",
        "se",
        "sistema",
        "plataforma",
        "app",
        "aplicacion",
        "portal",
        "sitio",
        "red",
    }
)
#: Words that name a platform or a mailbox: ``la clave del face es X`` is a password, not an
#: área's ``clave``.
_PLATFORMS = frozenset(
    {
        "face",
        "fb",
        "facebook",
        "insta",
        "ig",
        "instagram",
        "x",
        "twitter",
        "tiktok",
        "youtube",
        "yt",
        "threads",
        "whatsapp",
        "wa",
        "correo",
        "mail",
        "email",
        "gmail",
        "cuenta",
        "perfil",
        "pagina",
        "meta",
        "google",
        "outlook",
        "red",
        "redes",
        "celular",
        "telefono",
    }
)
#: A child of a mapping on the lines after a label: ``facebook: X``.
_CHILD = re.compile(r"[\w ]{1,40}:(?:\s+(.*)|$)")
#: A list's numbering on the lines after a label: ``1. 7928 5471``, ``2) …``.
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+")
#: Values that only announce a block on the following lines (YAML block scalars).
_BLOCK = frozenset({"|", ">", "|-", ">-", "|+", ">+"})
#: Verbs' connectors right after a label: ``se cambió la contraseña a X``, ``por X``.
_SOFT_SEP = frozenset({"a", "por", "como", "to"})
#: Names of platforms and products written in CamelCase, which are not passwords.
_BRANDS = frozenset(
    {
        "whatsapp",
        "youtube",
        "tiktok",
        "linkedin",
        "iphone",
        "ipad",
        "icloud",
        "onedrive",
        "sharepoint",
        "appleid",
        "paypal",
        "github",
        "gitlab",
        "wordpress",
        "facebook",
        "instagram",
        "threads",
        "twitter",
        "telegram",
        "messenger",
        "spotify",
        "outlook",
        "hotmail",
        "gmail",
        "google",
        "microsoft",
        "metabusiness",
        "businesssuite",
        "macos",
        "powerpoint",
        "smartphone",
        "javascript",
        "postgresql",
        "mysql",
        # password managers: ``contraseña: en Bitwarden``, ``password: LastPass``
        "bitwarden",
        "lastpass",
        "keepass",
        "keepassxc",
        "1password",
        "onepassword",
        "dashlane",
        "keeper",
        "vault",
        "boveda",
        "nordpass",
        "protonpass",
    }
)
#: Words joined by ``.``, ``-`` or ``_``: ``Gato.Negro.Luna``.
_JOINED_WORDS = re.compile(r"[^\W\d_]{2,}(?:[._-][^\W\d_]{2,})+")
#: Words read after a label with no separator, looking for its value.
_MAX_LOOSE = 8
_ABBR = "ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic"
_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
#: Public shapes: a date, a CAU ticket, an oficio, a URL, an e-mail address.
_PUBLIC = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}/\d{1,2}\b"
    r"|\bcau-\d|\bine/|://|\bwww\."
    r"|[\w.+-]@[a-z][\w-]*\.[a-z]{2,}|\d{1,2} de (?:" + "|".join(_MONTHS) + ")"
    r"|\b\d{1,2}\.\d{1,2}\.[ivxl]+\b"  # a provision: 4.3.IX
    # a date with a month's abbreviation: 04-ago-2026, 10/nov/26, feb-26
    r"|\b\d{1,2}[-/ ](?:" + _ABBR + r")[a-z]*\b"
    r"|\b(?:" + _ABBR + r")[a-z]*\.?[-/](?:(?:19|20)\d\d|19|2\d|3\d)\b"
)
_PLACEHOLDER = re.compile(r"\$[A-Z_][A-Z0-9_]*|%\([a-z_]+\)s")
#: An área's code or a similar reference: capitals and digits in dash-joined parts.
_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+|[A-Z]{2,12}")
_SYMBOLS = frozenset("!$%&*#?+=@^~¡¿;,._-/\\|")
_STRONG_SYMBOLS = frozenset("!$%&*#?@^~¡¿")

# --------------------------------------------------------------------------- shapes
_B32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_VOWELS = frozenset("AEIOUaeiou")
#: A seed shown in dash-joined groups: ``SOEM-IHXT-YTP7-DWOR``.
_DASHED_SEED = re.compile(r"[A-Za-z2-7]{4,8}(?:-[A-Za-z2-7]{4,8}){1,15}")
_TOKEN_PREFIX = re.compile(
    r"(?:EAA[A-Za-z0-9]{30}|ya29\.[\w-]{20}|AIza[\w-]{30}|gh[pousr]_[A-Za-z0-9]{30}"
    r"|github_pat_\w{20}|xox[abprs]-[\w-]{10}|sk-[A-Za-z0-9_-]{20}|sk_live_\w{10}"
    r"|AKIA[A-Z0-9]{16}|IGQV[\w-]{30}|eyJ[\w-]{8,}\.eyJ|AAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{20})"
)
_URL_SECRET = re.compile(
    r"[?&#](?:access_token|token|secret|password|pwd|passwd|api_?key|key|client_secret"
    r"|contrasena|clave)=([^&#\s]{6,})",
    re.IGNORECASE,
)
#: A password inside a URL: ``https://usuario:X@host``.
_URL_USERINFO = re.compile(r"://[^/\s@:]+:([^/\s@]+)@")
_URL_USERINFO_BYTES = re.compile(rb"://[^/\s@:]+:[^/\s@]+@")
_EMAIL_PAIR_BYTES = re.compile(
    rb"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[:/|,;]|[ \t]+[/|-]?[ \t]*)[^\s#(<]"
)
#: Bytes that make a line worth reading by shape: a symbol a password holds, an otpauth URI,
#: a PEM block.
_HINT_BYTES = (*(c.encode() for c in "!$%&*^~¡¿"), b"otpauth", b"-----BEGIN")


def _table(groups: dict[bytes, bytes], default: bytes) -> bytes:
    table = bytearray(default * 256)
    for chars, to in groups.items():
        for c in chars:
            table[c] = to[0]
    return bytes(table)


_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_DIGITS = bytes(range(48, 58))
#: Character classes of the bytes, to search for runs with plain substring searches.
_ALNUM = _table({_LETTERS + _DIGITS: b"a", b" ": b" ", b"\n": b"\n", b"#": b"#", b"-": b"-"}, b".")
_RUNS = _table({_LETTERS + _DIGITS + b"+/=_-": b"a", b"\n": b"\n"}, b".")
_CLASSES = _table(
    {bytes(range(97, 123)) + b"_": b"k", b" \t": b" ", b"\n": b"\n", b":": b":", b"\"'": b"q"}, b"x"
)
_PIECE = re.compile(r"[A-Za-z0-9+/_-]+=*")
_WORD = re.compile(r"\S+")
#: Candidate lines that hold nothing and depend on no other line: an inventory repeats a
#: few thousand of them (``cargo: Vocal Secretario``) many times. Only short ones are kept.
_CLEAN_LINES: Memo[str, bool] = Memo(20_000)
#: A line that cannot hold a secret whatever its words: a lower-case key of letters and
#: ``_`` (maybe ending in ``_<digits>``) shorter than 16 characters, and a value of one to
#: three plain characters. A label's value is then too short to be one, the value is too
#: short for a shape, the key has no digit outside its ``_``-joined number nor a symbol,
#: and the value announces no block; only the key itself can have a shape, and
#: :func:`_plain_key` tells when it cannot. Read line by line, these cost one C match each (an
#: inventory of 200,000 such keys took seconds before).
_TRIVIAL = re.compile(
    r"[ \t]*(?:-[ \t]+)?([a-z][a-z_]*(?:_[0-9]{1,9})?):[ \t]+"
    r"[A-Za-z0-9~.]{1,3}[ \t]*"
)


def _plain_key(key: str) -> bool:
    """Whether a key of :data:`_TRIVIAL` cannot be a secret by its shape: shorter than a
    seed; or joined by ``_`` (so no seed), with no token's prefix, and too few changes of
    character class for a random string (they happen only around its ``_``, two each)."""
    if len(key) < 16:
        return True
    return (
        "_" in key
        and 2 * key.count("_") < 0.3 * len(key)
        and not key.startswith(("gh", "github_pat_", "sk_live_"))
    )


#: Lines read, per line: at most this many labels are tried (one hit per line at most).
_MAX_LABELS = 32
#: Following lines a label with an empty value may take its value from.
_MAX_FOLLOWING = 20


def _fold_table() -> dict[int, str]:
    """Each precomposed Latin letter (``á``, ``ñ``, ``Ü`` …) to its base letter, one for one."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(
            c
            for c in unicodedata.normalize("NFKD", chr(code).lower())
            if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != chr(code):
            table[code] = base
    return table


_FOLD_TABLE = _fold_table()


def _quick_fold(text: str) -> str | None:
    """:func:`fold` with one ``lower`` and one ``translate`` in C, when that gives the same
    text character for character (nearly always: Spanish letters are precomposed)."""
    low = text.lower()
    if low.isascii():
        return low if len(low) == len(text) else None
    out = low.translate(_FOLD_TABLE)
    if len(low) == len(text) and out.isascii():
        return out
    return None


def fold(text: str) -> str:
    """Lower case without accents; ``ñ`` (any spelling) becomes ``n``. Same length only for
    ASCII text: callers that need offsets use :func:`_fold_map`."""
    found = _quick_fold(text)
    if found is None:
        folded = unicodedata.normalize("NFKD", text.lower())
        found = "".join(c for c in folded if not unicodedata.combining(c))
    return found


def _fold_map(line: str) -> tuple[str, list[int] | None]:
    """The folded line and, when it differs in length, each folded character's offset in
    the line."""
    quick = _quick_fold(line)
    if quick is not None:
        return quick, None  # one character for one: offsets are the line's
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(line):
        for c in unicodedata.normalize("NFKD", ch.lower()):
            if not unicodedata.combining(c):
                out.append(c)
                where.append(i)
    return "".join(out), where


# ---------------------------------------------------------------------- public API
def scan(text: str, public: Collection[str] = ()) -> list[SecretHit]:
    """Every line that holds a secret: one hit per line at most, in line order.

    ``public`` holds values the inventory publishes (usernames, URLs): a hit standing only
    on such values is dropped. The inventory applies the same filter after loading
    (:func:`drop_public`), when it knows them.
    """
    hits = _Scanner(text).run()
    return drop_public(hits, public) if public else hits


def drop_public(hits: Iterable[SecretHit], public: Collection[str]) -> list[SecretHit]:
    keep: list[SecretHit] = []
    for hit in hits:
        if hit.public_ok and hit.values and all(v in public for v in hit.values):
            continue
        keep.append(hit)
    return keep


def scan_name(name: str) -> list[SecretHit]:
    """Hits in a file's path (each hit on line 1): a file may be named after a secret. The
    values to hide include each one without its extension, as messages name a file's stem."""
    hits = _Scanner(name.replace("/", " ").replace("\\", " ")).run()
    if not hits:
        # A name's words are joined by ``_`` or ``-`` and it ends in an extension:
        # ``contrasena_fb_X.txt``, ``semilla-SEED.txt`` read as ``contrasena fb X``.
        spaced = " ".join(
            _EXTENSION.sub("", part).replace("_", " ").replace("-", " ").replace(".", " ")
            for part in re.split(r"[/\\]", name)
        )
        # (a year there dates the file: ``pin-2026.md``)
        hits = [h for h in _Scanner(spaced).run() if not all(_YEAR.fullmatch(v) for v in h.values)]
    out = []
    for hit in hits:
        stems = tuple(v.rsplit(".", 1)[0] for v in hit.values if "." in v[1:])
        out.append(replace(hit, values=hit.values + stems))
    return out


_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def secret_key_term(key: str) -> str | None:
    """The label word that makes a key name a credential, if any."""
    folded = fold(key).strip()
    if folded not in KNOWN_KEYS:
        for match in _LABEL.finditer(folded):
            index = int(match.lastgroup[1:])  # type: ignore[index]
            if not _LABELS[index][2]:
                return _LABELS[index][1]
    return None


# -------------------------------------------------------------------------- scanner
class _Scanner:
    def __init__(self, text: str) -> None:
        self.raw = text.encode("utf-8", "surrogatepass")
        #: Whether the line being read took its value from the lines after it.
        self.looked_ahead = False

    def _candidate_starts(self) -> list[int]:
        """Byte offsets of the lines worth reading. Every search here is a substring
        search in C over the bytes, or over their character classes (one ``translate``),
        so a clean file costs a few fast passes and no per-character Python."""
        raw = self.raw
        starts: set[int] = set()

        def lines_with(haystack: bytes, needle: bytes) -> None:
            at = haystack.find(needle)
            while at >= 0:
                starts.add(raw.rfind(b"\n", 0, at) + 1)
                end = raw.find(b"\n", at)
                if end < 0:
                    break
                at = haystack.find(needle, end)

        def lines_matching(haystack: bytes, pattern: re.Pattern[bytes]) -> None:
            # One match per line at most: the search resumes at the next line.
            found = pattern.search(haystack)
            while found is not None:
                starts.add(raw.rfind(b"\n", 0, found.start()) + 1)
                end = raw.find(b"\n", found.end())
                if end < 0:
                    break
                found = pattern.search(haystack, end)

        lines_matching(raw.lower(), _STEMS)
        for needle in _HINT_BYTES:
            lines_with(raw, needle)
        lines_matching(raw, _EMAIL_PAIR_BYTES)  # an address and a word after it
        lines_matching(raw, _URL_USERINFO_BYTES)  # a password inside a URL
        alnum = raw.translate(_ALNUM)
        lines_with(alnum, b"a" * 16)  # a seed, or the body of a token
        lines_with(alnum, b" aaaa aaaa aaaa")  # a seed shown in groups of four
        # … or of eight, or joined by dashes (other sizes are read when a label or another
        # hint brings the line in: each needle is one more pass over the file)
        for needle in (b"aaaaaaaa aaaaaaaa", b"aaaa-aaaa-aaaa-aaaa", b"aaaaaaaa-aaaaaaaa"):
            lines_with(alnum, needle)
        lines_with(alnum, b"a#a")  # ``#`` inside a word, as a password's symbol
        lines_with(raw.translate(_RUNS), b"a" * 20)  # a token with - _ + / =
        classes = raw.translate(_CLASSES)
        # A key that does not end like the contract's (lower case and _): a password written
        # as a key ends with a capital, a digit or a symbol more often than not.
        for needle in (b"x: ", b"x:\n", b"xq: ", b"xq:\n"):
            lines_with(classes, needle)
        return sorted(starts)

    def run(self) -> list[SecretHit]:
        raw = self.raw
        hits: dict[int, SecretHit] = {}
        line_no = 1
        counted = 0
        consumed_until = -1  # offset up to which following lines were taken as a value
        for start in self._candidate_starts():
            line_no += raw.count(b"\n", counted, start)
            counted = start
            if start < consumed_until:
                continue
            end = raw.find(b"\n", start)
            end = len(raw) if end < 0 else end
            line = raw[start:end].decode("utf-8", "surrogatepass")
            if line in _CLEAN_LINES:
                continue
            trivial = _TRIVIAL.fullmatch(line)
            if trivial is not None and _plain_key(trivial.group(1)):
                continue  # ``clave_12: 1``: nothing here can be a secret (see _TRIVIAL)
            self.looked_ahead = False
            hit, taken = self._line(line, line_no, end)
            if hit is not None:
                hits[line_no] = hit
                consumed_until = taken
            elif not self.looked_ahead and len(line) <= 200:
                _CLEAN_LINES.keep(line, True)
        return [hits[k] for k in sorted(hits)]

    # ---------------------------------------------------------------- one line
    def _line(self, line: str, number: int, end: int) -> tuple[SecretHit | None, int]:
        folded, where = _fold_map(line)
        taken = end
        labelled = self._labelled(line, folded, where, end)
        if labelled is not None:
            column, term, values, public_ok, taken, _ = labelled
            # What the line holds by shape is hidden too: the label may have caught only a
            # part of it (``?secret=X&issuer=`` inside an otpauth URI).
            shaped = _shapes(line)
            if shaped is None:
                return SecretHit(number, column + 1, "key", term, values, public_ok), taken
            kind, col2, term2, values2, public2 = shaped
            return (
                SecretHit(
                    number,
                    min(column, col2) + 1,
                    kind if col2 < column else "key",
                    term2 if col2 < column else term,
                    values + values2,
                    public_ok and public2,
                ),
                taken,
            )
        shaped = _shapes(line)
        if shaped is None:
            shaped = _email_pair(line)
        if shaped is None:
            shaped = _key_shape(line)
        if shaped is None:
            shaped = _key_named_by_value(line)
        if shaped is None:
            hidden = _hidden_value(line)
            if hidden is not None:
                return SecretHit(number, 1, HIDDEN_KIND, "", (hidden,)), end
            return None, end
        kind, column, term, values, public_ok = shaped
        return SecretHit(number, column + 1, kind, term, values, public_ok), end

    def _labelled(
        self, line: str, folded: str, where: list[int] | None, end: int
    ) -> tuple[int, str, tuple[str, ...], bool, int, bool] | None:
        for s, e, index in _label_spans(folded):
            _, term, weak = _LABELS[index]
            if index == _CODE_LABEL and _public_code(folded, e):
                continue  # ``código postal 28000``, ``código de conducta``
            if weak and folded[max(0, s - 9) : s].rstrip().endswith(("palabra", "palabras")):
                continue  # ``palabra clave``: a keyword
            # The whole key-like word holding the label: contract keys hold no secret.
            ks, ke = s, e
            while ks > 0 and (folded[ks - 1].isalnum() or folded[ks - 1] in "_-"):
                ks -= 1
            while ke < len(folded) and (folded[ke].isalnum() or folded[ke] in "_-"):
                ke += 1
            if folded[ks:ke] in KNOWN_KEYS or folded[ks:ke].startswith(tuple(KNOWN_KEYS)):
                continue
            column = where[s] if where is not None and s < len(where) else s
            cell = _table_header_cell(folded, s, e)
            if cell is not None and self._rule_follows(end):
                # A Markdown table's header names a column: its values are in the rows
                # below, under the same cell, never in the next header cells.
                found = self._column(line, end, cell, weak, term)
                if found is not None:
                    values, taken, public_ok = found
                    return column, term, values, public_ok, taken, True
                continue
            p = ke
            while p < len(folded) and folded[p] in "\"')]":
                p += 1
            sep = _SEP.match(folded, p)
            q = p
            for _ in range(_MAX_QUALIFIER):
                if sep is not None:
                    break
                qual = _QUALIFIER.match(folded, q)
                if qual is None:
                    break
                if weak and qual.group().strip().strip("()[]\"'") in _PLATFORMS:
                    weak = False  # ``la clave del face``: a password, not an área's clave
                q = qual.end()
                sep = _SEP.match(folded, q)
            if sep is None and weak and term == "contraseña" and folded[q : q + 1] == ",":
                sep = _SEP.match(folded[:q] + ":" + folded[q + 1 :], q)  # ``la de siempre, X``
            closed = False
            if sep is None and not folded[p:].strip(" \t:\"'"):
                sep = _SEP.match(folded + ":", len(folded))  # the label closes the line
                closed = True
            if sep is not None:
                vstart = min(sep.end(), len(folded))
                value = _original(line, where, vstart, len(folded)).strip()
                if not value.strip(" \"'") or value.split(" #", 1)[0].strip() in _BLOCK:
                    found = self._following(line, end, weak, blank=not closed)
                    if found is not None:
                        values, taken, public_ok = found
                        return column, term, values, public_ok, taken, True
                    secret = _in_key(line, where, p, q, term, weak)
                    if secret is None:
                        continue
                else:
                    secret = _secret_value(value, weak, term) or _in_key(
                        line, where, p, q, term, weak
                    )
            else:
                # No separator: ``contraseña X``, ``NIP del celular 4821``, ``se cambió la
                # contraseña a X``. The value must look like a credential by itself.
                rest = _original(line, where, p, len(folded))
                if not rest[:1].isspace():
                    continue
                quoted = _leading_quoted(rest)
                if quoted is not None and not weak:
                    # ``contraseña «tres palabras y 64»``: quotes mark the value's bounds.
                    secret = _secret_value(quoted, weak, term)
                else:
                    secret = _loose_value(rest, term, weak)
                if secret is None and q >= len(folded.rstrip()) and not weak:
                    # ``# códigos de respaldo google`` and the codes on the lines below.
                    found = self._following(line, end, weak, strict=True)
                    if found is not None:
                        values, taken, public_ok = found
                        return column, term, values, public_ok, taken, True
            if secret is not None and _named_id(secret[0], folded, s):
                continue  # ``token id: <uuid>``, ``hash de la contraseña: <sha256>``
            if secret is not None:
                values, public_ok = secret
                return column, term, values, public_ok, end, True
        return None

    def _rule_follows(self, end: int) -> bool:
        """Whether the line after ``end`` is a Markdown table's rule (``|---|:--|``): the
        row before it is a header; any other row holds a label and its value side by side."""
        nxt_end = self.raw.find(b"\n", end + 1)
        row = self.raw[end + 1 : nxt_end if nxt_end >= 0 else len(self.raw)].strip()
        row = row.lstrip(b"#").strip()
        return row.startswith(b"|") and not row.strip(b"|-: \t")

    def _column(
        self, line: str, end: int, cell: int, weak: bool, term: str
    ) -> tuple[tuple[str, ...], int, bool] | None:
        """The values under a Markdown table's header cell ``cell`` (counted from 0), in the
        rows that follow (the ``|---|`` rule skipped), each judged as the label's value."""
        self.looked_ahead = True
        values: list[str] = []
        public_ok = True
        taken = end
        for row, nxt_end in self._lines_after(end):
            row = row.strip()
            if row.startswith("#") and not row.startswith("#|"):
                row = row.lstrip("#").strip()
            if not row.startswith("|"):
                break
            cells = row.strip("|").split("|")
            if cell >= len(cells):
                continue
            value = cells[cell].strip()
            if not value or set(value) <= set(":- "):
                continue  # the rule under the header, or an empty cell
            secret = _secret_value(value, weak, term)
            if secret is not None:
                values.extend(secret[0])
                public_ok = public_ok and secret[1]
                taken = nxt_end
        if not values:
            return None
        return tuple(values), taken, public_ok

    def _following(
        self, line: str, end: int, weak: bool, strict: bool = False, blank: bool = False
    ) -> tuple[tuple[str, ...], int, bool] | None:
        """Values on the lines after a label with an empty value: indented, listed,
        commented like the label line, or the block of a notes file. ``strict`` (after a
        label and other words, no colon) takes only codes or words built like credentials;
        ``blank`` (after a colon) lets one blank line come before the value."""
        self.looked_ahead = True
        indent = len(line) - len(line.lstrip())
        comment = line.lstrip().startswith("#")
        values: list[str] = []
        public_ok = True
        blank_skipped = 0
        taken = end
        for nxt, nxt_end in self._lines_after(end):
            stripped = nxt.strip()
            if not stripped or (comment and not stripped.lstrip("#").strip()):
                if values or blank_skipped >= 2 or not blank:
                    break
                blank_skipped += 1  # ``pass:``, a blank line or two, then the value
                continue
            nindent = len(nxt) - len(nxt.lstrip())
            body = stripped
            if comment:
                if not body.startswith("#"):
                    break
                body = body.lstrip("#").strip()
            elif nindent < indent or (
                nindent == indent
                and indent > 0
                and not body.startswith("-")
                and (
                    _SIBLING_KEY.match(body) is not None
                    or body.startswith("#")
                    or not _codes_or_credential(body.lstrip(": ").strip("\"'"))
                )
            ):
                # A line as indented as the label is a sibling key, a comment or prose; a
                # line of codes or a credential alone is the next line of a block of text
                # (a ``descripcion: |``).
                break
            if body.startswith("|"):
                break  # a table under a heading: its columns are read by ``_column``
            body = body.lstrip("-*• ").strip().strip("\"'")
            if body.startswith(": "):
                body = body[2:].strip()  # a definition list: ``Contraseña`` / ``: X``
            numbered = _NUMBERED.match(body)
            if numbered is not None:
                body = body[numbered.end() :]
            if not body:
                break
            child = _CHILD.match(body)
            if child is not None and not body[:1].isdigit():
                if child.group(1) is None:
                    break  # a section under the label
                # A mapping under the label: ``contraseñas:`` / ``  facebook: X``. A child's
                # value counts only if built like a credential; else the label was a section.
                word = _bare(child.group(1))
                if " " in child.group(1).strip() or not (
                    _credential_like(word, False) or _shape_of(word) is not None
                ):
                    break
                body = word
            if strict and not _codes_or_credential(body):
                break
            secret = _secret_value(body, weak, "", tail=False)
            if secret is None:
                break
            values.extend(secret[0])
            public_ok = public_ok and secret[1]
            taken = nxt_end
        if not values:
            return None
        return tuple(values), taken, public_ok

    def _lines_after(self, end: int) -> Iterator[tuple[str, int]]:
        """The lines after the one ending at byte ``end``, at most ``_MAX_FOLLOWING``:
        each line's text and the byte where it ends."""
        text = self.raw
        at = end
        for _ in range(_MAX_FOLLOWING):
            if at >= len(text):
                return
            nxt_end = text.find(b"\n", at + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            yield text[at + 1 : nxt_end].decode("utf-8", "surrogatepass"), nxt_end
            at = nxt_end


def _label_spans(folded: str) -> list[tuple[int, int, int]]:
    """The labels of a folded line, in order: (start, end, index in ``_LABELS``). Besides
    the vocabulary's spellings, a word one typo away from ``contraseña`` or ``password``
    (``contrasña``, ``pasword``), with the ``ñ`` lost (``contrase?a``, mojibake
    ``contraseÃ±a``, ``contrasenna``), or glued to a platform (``contraseñaInstagram``)."""
    spans: list[tuple[int, int, int]] = []
    for match in itertools.islice(_LABEL.finditer(folded), _MAX_LABELS):
        spans.append((*match.span(), int(match.lastgroup[1:])))  # type: ignore[index]
    taken = {s for s, _, _ in spans}
    extra = False
    for word in itertools.islice(_TYPO_WORD.finditer(folded), 4 * _MAX_LABELS):
        s, e = word.span()
        if s in taken:
            continue
        index = _typo_label(word.group())
        if index is not None:
            spans.append((s, e, index))
            extra = True
    return sorted(spans) if extra else spans


#: Words that may be a label typed wrong (each begins as the label does).
_TYPO_WORD = re.compile(r"(?<![a-z?±‘\ufffd])[cp][a-z?±‘\ufffd]{5,29}(?![a-z?±‘\ufffd])")
_CANONICAL = {"contrasena": 0, "contrasenas": 0, "password": 1, "passwords": 1}
_GLUED = ("contrasenias", "contrasenia", "contrasenas", "contrasena", "passwords", "password")


def _typo_label(word: str) -> int | None:
    """The label ``word`` stands for when it is one typo from a canonical spelling."""
    norm = word.replace("a±", "n").replace("a‘", "n").replace("?", "n").replace("\ufffd", "n")
    norm = norm.replace("nn", "n")
    found = _CANONICAL.get(norm)
    if found is not None:
        return found
    for stem in _GLUED:
        if norm.startswith(stem) and norm[len(stem) :] in _PLATFORMS:
            return _CANONICAL.get(stem, 0)
    if len(norm) < 7:
        return None
    for canonical, index in _CANONICAL.items():
        if abs(len(canonical) - len(norm)) <= 1 and _one_edit(norm, canonical):
            return index
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter dropped, added, changed or two swapped."""
    if a == b:
        return True
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    if len(a) + 1 == len(b):
        return a[i:] == b[i + 1 :]
    if len(a) == len(b) + 1:
        return a[i + 1 :] == b[i:]
    return False


#: A YAML key opening a line: ``usuario: x``, ``"clave": y``, ``contraseña:``.
_SIBLING_KEY = re.compile(r"[\"']?[\w.-]+[\"']?:(?:\s|$)")


def _table_header_cell(folded: str, s: int, e: int) -> int | None:
    """The index of the cell that a label between ``s`` and ``e`` names, when the line is a
    Markdown table's row whose cell holds no separator and value (``| contraseña |``)."""
    body = folded.lstrip(" \t#")
    lead = len(folded) - len(body)
    if not body.startswith("|") or body.rstrip().count("|") < 2:
        return None
    left = folded.rfind("|", lead, s)
    right = folded.find("|", e)
    if left < 0 or right < 0:
        return None
    text = folded[left + 1 : right]
    if ":" in text or "=" in text:
        return None  # ``| contraseña: X |``: the value is in the cell
    return folded.count("|", lead, left)


def _in_key(
    line: str, where: list[int] | None, p: int, q: int, term: str, weak: bool
) -> tuple[tuple[str, ...], bool] | None:
    """The value written into a key between its label and the colon: ``PIN 4821: x``.

    A year there is a heading (``códigos de respaldo 2026:``), not a PIN."""
    if q <= p:
        return None
    words = _original(line, where, p, q)
    if _YEAR.fullmatch(words.strip(" \t()")):
        return None
    return _loose_value(words, term, weak)


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _original(line: str, where: list[int] | None, start: int, stop: int) -> str:
    if where is None:
        return line[start:stop]
    if start >= len(where):
        return ""
    return line[where[start] :]


# ------------------------------------------------------------------- values
def _secret_value(
    value: str, weak: bool, term: str, tail: bool = True
) -> tuple[tuple[str, ...], bool] | None:
    """The secret strings in a value written after a label and a separator, and whether
    they could be public data; None when the value holds no secret.

    The value may go on with more words (``X (no compartir)``, ``X, cambiada hoy``, ``X
    desde el 2026-10-06``): its first word is then judged alone when the rest is set off by
    punctuation, or reads as a note about it, or the first word looks like a credential by
    itself. ``tail`` is False for values on the lines after a label, where a line of words
    is prose more often than a value with a note.
    """
    # A YAML comment after the value is not part of it.
    cut = value.find(" #")
    if cut > 0:
        value = value[:cut]
    value, quoted = _unquote(value.strip())
    low = fold(value)
    if low in _NULLS:
        return None
    items = _flow(value)
    if items is not None:
        # ``pwd: [X]``, ``backup_codes: ['1', '2']``, ``claves: {fb: X, ig: Y}``; a
        # bracketed status (``[confidencial]``, ``[se omite]``) holds no secret.
        flow: list[str] = []
        flow_public = True
        for item in items[:16]:
            secret = _secret_value(item, weak, term)
            if secret is not None:
                flow.extend(secret[0])
                flow_public = flow_public and secret[1]
        return (tuple(flow), flow_public) if flow else None
    if _masked(value):
        return None
    if tail and ": " in value:
        # ``la de siempre: X``: a sentence, a colon, and the value after it.
        found: list[str] = []
        public_ok = True
        for part in value.split(": ")[:4]:
            secret = _secret_value(part, weak, term)
            if secret is not None:
                found.extend(secret[0])
                public_ok = public_ok and secret[1]
        return (tuple(found), public_ok) if found else None
    raw_words = value.split()
    if raw_words and "@" in raw_words[0]:
        # A user and a password written together: ``correo@ine.mx:X``, ``correo / X``.
        rest = _after_user(raw_words)
        if rest is not None:
            return _secret_value(rest, weak, term, tail)
    words = [_bare(w) for w in raw_words]
    words = [w for w in words if w]
    if not words:
        return None
    if len(words) > 1 and fold(words[0]) in _LEAD_WORDS and not quoted:
        # ``-> now X``, ``: ahora X``, ``es X``: a connector, then the value
        return _secret_value(" ".join(raw_words[1:]), weak, term, tail)
    if len(words) == 1:
        return _single(words[0], value, weak, term)
    if term == "PIN":
        pin = _split_pin(words)
        if pin is not None:
            return pin, False
    if all(
        w.isdigit() or (w.isalnum() and any(c.isdigit() for c in w)) or _DIGIT_CODE.fullmatch(w)
        for w in words
    ) and not _PUBLIC.search(low):
        return (value, *words), False  # codes: 4821 7730, 9104 2286, 2816-0414
    ordinary = any(fold(w) in _ORDINARY or _participle(fold(w)) for w in words)
    if (
        quoted
        and not weak
        and not _PUBLIC.search(low)
        # ``"de la cuenta X"`` names an account, it is not a phrase
        and fold(words[0]) not in ("de", "del", "para", "por", "en", "a", "al", "of", "for")
        and not any(
            (fold(w) in _ORDINARY and fold(w) not in _FUNCTION_WORDS) or _participle(fold(w))
            for w in words
        )
    ):
        # A passphrase in quotes: its small words (``mi perro se llama …``) do not make it
        # a status, as ``pendiente`` or ``en resguardo`` would.
        return (value,), True
    if tail:
        head = _single(words[0], words[0], weak, term)
        if head is not None and (
            raw_words[0][-1:] in ",;."
            or raw_words[1][:1] in _TAIL_MARKS
            or _credential_like(words[0], term == "PIN")
            or fold(words[1]) in _TRAILERS
        ):
            more = tuple(w for w in words[1:] if _password_shape(w) or _shape_of(w) is not None)
            if (
                len(raw_words) > 2
                and raw_words[1] in _PAIR_MARKS
                and _credential_like(_bare(raw_words[2]), False)
                and _bare(raw_words[2]) not in more
            ):
                more += (_bare(raw_words[2]),)  # ``usuario / X``: the user, then the password
            return head[0] + more, head[1] and not more
    if _PUBLIC.search(low):
        return None
    if ordinary:
        # Ordinary language: a secret only if one word is one by its shape alone.
        shaped = [w for w in words if _password_shape(w) or _shape_of(w) is not None]
        return (tuple(shaped), False) if shaped else None
    # (after a weak label, an área's code such as ``JDE01-AGS`` is what it names)
    strong = [w for w in words if _strong(w) and not (weak and _CODE.fullmatch(w))]
    if strong and not weak:
        return tuple(strong), False
    if weak or tail:
        return (tuple(strong), False) if strong else None
    return (value,), True


#: Small words that a quoted passphrase may hold without reading as a status.
_FUNCTION_WORDS = frozenset(
    {
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "se",
        "mi",
        "mis",
        "tu",
        "su",
        "y",
        "o",
        "a",
        "al",
        "un",
        "una",
        "con",
        "en",
        "que",
        "lo",
        "le",
        "the",
        "of",
        "is",
        "my",
    }
)


def _public_code(folded: str, end: int) -> bool:
    """Whether the word after ``código`` (past ``de``/``del``) names a public code."""
    words = folded[end : end + 40].split()[:3]
    while words and words[0] in ("de", "del", "la", "el"):
        words = words[1:]
    return bool(words) and words[0].strip(".,:;()") in _PUBLIC_CODES


def _flow(value: str) -> list[str] | None:
    """The items of a YAML flow list or map written as a value (``[a, b]``, ``{fb: a}``),
    each without its key; None when the value is not one."""
    if len(value) < 3 or (value[0], value[-1]) not in (("[", "]"), ("{", "}")):
        return None
    items = []
    for part in value[1:-1].split(","):
        part = part.strip()
        if value[0] == "{" and ": " in part:
            part = part.split(": ", 1)[1].strip()
        if part:
            items.append(part)
    return items


#: A code of digit groups joined by dashes: ``2816-0414``.
_DIGIT_CODE = re.compile(r"[0-9]{3,}(?:-[0-9]{3,})+")


#: Words that lead into a value after a separator: ``password reset -> now X``.
_LEAD_WORDS = frozenset({"now", "ahora", "es", "is", "queda", "quedo", "sera", "then", "entonces"})
#: What joins a user and a password written together.
_PAIR_MARKS = ("/", "|", "-", "–", "—", ",", ";", ":", "->", "=>", "→", "=", "//", "||")
_USER_GLUED = re.compile(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)[:/|,;](\S+)")


def _after_user(raw_words: list[str]) -> str | None:
    """The text after an e-mail address that opens a value, past the mark that joins it to
    a password (``redes@ine.mx:X``, ``redes@ine.mx / X``); None when the value does not
    open with an address or nothing follows it."""
    glued = _USER_GLUED.fullmatch(raw_words[0])
    if glued is not None:
        return " ".join([glued.group(2), *raw_words[1:]])
    if not _is_email(raw_words[0].strip("<>()[],;")):
        return None
    rest = raw_words[1:]
    if rest and rest[0] in _PAIR_MARKS:
        rest = rest[1:]
    return " ".join(rest) if rest else None


#: A quantity, not a PIN: ``1,267``, ``91.5``, ``2.000``.
_QUANTITY = re.compile(r"[0-9]{1,3}(?:[,.][0-9]{3})+|[0-9]+[.,][0-9]{1,2}")


def _leading_quoted(rest: str) -> str | None:
    """A quoted string that opens the text (``«…»``, ``“…”``, ``'…'``…), with its quotes."""
    text = rest.lstrip()
    for left, right in _QUOTES:
        if text.startswith(left):
            close = text.find(right, len(left))
            if close > len(left):
                return text[: close + len(right)]
            return None
    return None


def _split_pin(words: list[str]) -> tuple[str, ...] | None:
    """A PIN written in groups of digits (``31 07``, ``90 31 8``): the leading digit groups,
    when together they have 4 to 8 digits."""
    groups: list[str] = []
    for word in words:
        if not (word.isdigit() and len(word) <= 4):
            break
        groups.append(word)
    joined = "".join(groups)
    if len(groups) < 2 or not 4 <= len(joined) <= 8:
        return None
    return (" ".join(groups), joined, *groups)


def _single(word: str, value: str, weak: bool, term: str) -> tuple[tuple[str, ...], bool] | None:
    """A one-word value after a label and a separator: a secret unless ordinary or public
    (after a weak label, only when it looks like a credential by itself)."""
    lw = fold(word)
    if (
        lw in _ORDINARY
        or lw in _TRAILERS
        or lw in _BRANDS
        or _participle(lw)
        or len(word) < 4
        or _PUBLIC.search(lw)
        or _LABEL.fullmatch(lw)
        or _masked(word)
        or _QUANTITY.fullmatch(word)
    ):
        return None
    if weak:
        if _credential_like(word, False) or _shape_of(word) is not None:
            return ((word, value) if word != value else (word,)), True
        return None
    if term == "PIN" and sum(c.isdigit() for c in word) < 4:
        return None  # a PIN is digits; ``pin: Convocatoria`` is a pinned post
    if _CODE.fullmatch(word) and term == "clave":
        return None
    return ((word, value) if word != value else (word,)), True


def _loose_value(rest: str, term: str, weak: bool) -> tuple[tuple[str, ...], bool] | None:
    """The value after a label with no separator: ``contraseña Gato.Negro.Luna``, ``NIP del
    celular 4821``, ``se cambió la contraseña a X``, ``códigos 551203 889104``. The first of
    a few words that looks like a credential by itself, unless it names something (it
    follows ``de``, ``la``, ``cuenta``…), and the codes that follow it."""
    pin = term in ("PIN", "código de recuperación")
    prev = ""
    verbed = False  # a verb came before in the clause: ``cambiada el 2026-10-06 a X``
    tokens = [m.group() for m in itertools.islice(_WORD.finditer(rest), _MAX_LOOSE)]
    for i, token in enumerate(tokens):
        word = _bare(token)
        before = fold(prev)
        # ``a``/``por``/``como`` right after the label or after a verb: ``contraseña a X``,
        # ``password cambiado a X``, ``la contraseña se cambió por X``.
        connector = before in _SOFT_SEP and (i == 1 or verbed)
        if word and (i == 0 or before not in _NAME_BEFORE or connector):
            if not weak and _unquote(token.strip(",;"))[1]:
                ok = _single(word, word, weak, term) is not None  # quotes mark a literal
            elif weak:
                ok = (i == 0 or connector) and (
                    _credential_like(word, False) or _shape_of(word) is not None
                )
            else:
                ok = _credential_like(word, pin) or (len(word) >= 8 and _shape_of(word) is not None)
            if ok:
                values = [word]
                if word.isdigit():
                    for more in tokens[i + 1 :]:
                        code = _bare(more)
                        if not (code.isdigit() and 4 <= len(code) <= 12):
                            break
                        values.append(code)
                if len(values) > 1:
                    values.insert(0, " ".join(values))
                return tuple(values), True
        if token[-1:] in ",;.:" or token in ("-", "/", "|"):
            break  # the clause ends before any value
        verbed = verbed or (
            _participle(fold(word))
            or word.endswith(("ó", "é", "ed"))
            or word in ("set", "reset", "cambio", "cambie")
        )
        prev = word
    return None


def _codes_or_credential(body: str) -> bool:
    """A line that is a list of codes or one word built like a credential."""
    words = [_bare(w) for w in body.split()]
    if len(words) == 1:
        return _credential_like(words[0], True) or _shape_of(words[0]) is not None
    return all(w.isdigit() and 4 <= len(w) <= 12 for w in words)


def _credential_like(word: str, pin: bool) -> bool:
    """Built like a credential by itself, without a label to say so: letters with digits or
    a symbol, words joined by ``.``, ``-`` or ``_``, CamelCase words, or a PIN's digits."""
    n = len(word)
    if n < 4 or n > 128:
        return False
    low = fold(word)
    if (
        low in _ORDINARY
        or low in _BRANDS
        or _PUBLIC.search(low)
        or _CODE.fullmatch(word)
        or _LABEL.fullmatch(low)
    ):
        return False
    if word.isdigit():
        # A PIN or a code; a year is not one unless the label says PIN.
        return n <= 8 and (pin or n != 4 or not 1990 <= int(word) <= 2039)
    if n < 6:
        return False
    if any(c.isalpha() for c in word) and any(c.isdigit() for c in word):
        return True
    if n >= 16 and (word.isupper() or word.islower()) and all(c in _B32 for c in word.upper()):
        return True  # a seed after its label, even one that reads like letters
    if any(c in _STRONG_SYMBOLS for c in word[1:]):
        return True
    if _JOINED_WORDS.fullmatch(word):
        return True
    return word.isalpha() and not word.isupper() and any(c.isupper() for c in word[1:])


def _bare(token: str) -> str:
    """A word without the quotes, brackets and clause punctuation around it."""
    token = token.strip(",;()[]{}")
    if token[:1] in _QUOTE_CHARS or token[-1:] in _QUOTE_CHARS:
        token = _unquote(token)[0]
    bare = token.rstrip(".,;:!?").strip("()[]{}")
    if token.rstrip(".,;:?").endswith("!") and any(c.isdigit() for c in bare):
        return bare + "!"  # ``sol99!``: a password's last symbol, not the sentence's
    return bare


def _unquote(value: str) -> tuple[str, bool]:
    """The text inside matching quotes (``«»``, ``“”``, ``"``, ``'``, backticks), and whether
    there were any."""
    for left, right in _QUOTES:
        if len(value) >= 2 and value.startswith(left) and value.endswith(right):
            return value[len(left) : -len(right)].strip(), True
    return value.strip("\"'`«»“”‘’"), False


def _masked(value: str) -> bool:
    """Hidden or a placeholder: ``****``, ``<oculto>``, ``${{ secrets.X }}``, ``$VAR``."""
    if value.startswith(("<", "[", "(")) and value.endswith((">", "]", ")")):
        return True
    if "${" in value or "{{" in value or _PLACEHOLDER.fullmatch(value):
        return True
    return len(set(value) - set("*xX•·.-_# ")) == 0


def _participle(word: str) -> bool:
    return (
        len(word) >= 6
        and word.isalpha()
        and word.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))
    )


def _strong(word: str) -> bool:
    """Built like a credential: letters with digits or with a symbol, or a long number."""
    if len(word) < 6 or _PUBLIC.search(word.lower()):
        return False
    letters = sum(c.isalpha() for c in word)
    digits = sum(c.isdigit() for c in word)
    symbols = sum(c in _STRONG_SYMBOLS for c in word)
    if letters and (digits or symbols):
        return True
    return digits >= 6 and digits == len(word)


# ------------------------------------------------------------------- shapes
def _shapes(line: str) -> tuple[str, int, str, tuple[str, ...], bool] | None:
    """The first unlabelled secret on a line, by shape: (kind, column, term, values,
    public_ok)."""
    lower = line.lower()
    if "otpauth" in lower:
        at = lower.find("otpauth")
        stop = line.find(" ", at)
        uri = line[at : stop if stop >= 0 else len(line)].strip("\"'),]").rstrip(":.,;")
        if "://" in uri:
            seed = _URL_SECRET.search(uri)
            parts = (seed.group(1),) if seed else ()
            return "otpauth", at, "otpauth", (uri, *parts), False
    if "-----BEGIN" in line and "PRIVATE KEY" in line:
        return "private_key", line.find("-----BEGIN"), "private_key", (), False
    groups: list[tuple[int, str]] = []  # a run of 4- to 8-character words, as a seed is shown
    best: tuple[str, int, str, tuple[str, ...], bool] | None = None
    for match in _WORD.finditer(line):
        raw = match.group()
        if len(raw) < 4 and not groups:
            continue
        word = raw.strip("\"'()[]{},;")
        offset = match.start() + raw.find(word) if word else match.start()
        if word[:1] in "*&" and all(part[:1] in "*&" for part in word.split(",") if part):
            # YAML anchors and aliases (``&a [*b,*b,*b]``): each name is judged alone, as
            # the run of names is no password, but one name may be a seed.
            for part in word.split(","):
                name = part[1:].strip("[]{}")
                shape = _shape_of(name) if len(name) >= 8 else None
                if shape is not None:
                    return shape[0], offset, shape[0], shape[1], shape[2]
            continue
        if (
            4 <= len(word) <= 8
            and word.isalnum()
            and all(c.upper() in _B32 for c in word)
            and (word.isupper() or word.islower() or word.isdigit())
            and (not groups or len(word) == len(groups[0][1]))
        ):
            groups.append((offset, word))
            continue
        if groups:
            found = _grouped(groups, word)
            groups = []
            if found is not None:
                return found
            if (
                4 <= len(word) <= 8
                and word.isalnum()
                and all(c.upper() in _B32 for c in word)
                and (word.isupper() or word.islower() or word.isdigit())
            ):
                groups.append((offset, word))  # a group of another length starts here
                continue
        if len(word) < 8:
            continue
        shape = _shape_of(word)
        if shape is not None:
            kind, values, public_ok = shape
            if kind == "random" and _after_id_word(line, offset):
                continue  # ``commit 9c1f…``, ``hash: …``: an id or a checksum
            best = (kind, offset, kind, values, public_ok)
            return best
    if groups:
        return _grouped(groups, "")
    return None


def _hidden_value(line: str) -> str | None:
    """The value of a key named like a credential that is not a secret by itself
    (``contrasena_cambiada: hunter22``): not reported, but never printed either."""
    match = _KEY_VALUE.match(line)
    if match is None:
        return None
    key = fold(match.group(1))
    if key not in KNOWN_KEYS and secret_key_term(key) is None:
        return None
    value = match.group(2).split(" #", 1)[0].strip().strip("\"'")
    low = value.lower()
    if (
        len(value) < 4
        or low in _NULLS
        or low in ("true", "false", "yes", "no")
        or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    ):
        return None
    if any(fold(w) in _ORDINARY or _participle(fold(w)) for w in value.split()):
        return None  # a status such as "pendiente": hiding it elsewhere would only confuse
    return value


def _email_pair(line: str) -> tuple[str, int, str, tuple[str, ...], bool] | None:
    """A password written right after an e-mail address, with no label: ``redes@ine.mx
    Tunal.Grande.19``, ``redes@ine.mx / X``, ``redes@ine.mx:X``. The word after the address
    must be built like a password (letters with digits or symbols), not a number, a code,
    a date or another address."""
    if "@" not in line:
        return None
    words = line.split()
    for i, raw in enumerate(words):
        if "@" not in raw:
            continue
        rest = _after_user(words[i:])
        if rest is None:
            continue
        word = _bare(rest.split()[0])
        if (
            len(word) >= 6
            and any(c.isalpha() for c in word)
            and _credential_like(word, False)
            and not _is_email(word)
        ):
            return "password", line.find(word), "password", (word,), True
    return None


def _key_shape(line: str) -> tuple[str, int, str, tuple[str, ...], bool] | None:
    """A YAML key built like a password (letters and digits, mixed case or a symbol):
    keys of the contract are lower-case words joined by ``_``."""
    match = _YAML_KEY.match(line)
    if match is None:
        return None
    key = match.group(1)
    folded = fold(key)
    if folded in KNOWN_KEYS or "_" in key or _CODE.fullmatch(key) or _PUBLIC.search(folded):
        return None
    digits = sum(c.isdigit() for c in key)
    letters = sum(c.isalpha() for c in key)
    if not digits or not letters:
        return None
    mixed = not (key.islower() or key.isupper())
    if digits >= 2 or mixed or any(c in _STRONG_SYMBOLS for c in key):
        return "password", match.start(1), "password", (key,), True
    return None


def _key_named_by_value(line: str) -> tuple[str, int, str, tuple[str, ...], bool] | None:
    """A password written as a key whose value says what it is: ``Tuna.Roja: contraseña de
    la cuenta de fb``."""
    match = _YAML_KEY.match(line)
    if match is None:
        # a key commented out: ``# Tuna.Roja: contraseña de fb``
        match = _COMMENTED_KEY.match(line)
        if match is None:
            return None
    key = match.group(1)
    rest = fold(line[match.end() :]).lstrip().lstrip("#").lstrip()  # ``X:  # pass de fb``
    label = _LABEL.match(rest)
    if label is None:
        return None
    _, term, weak = _LABELS[int(label.lastgroup[1:])]  # type: ignore[index]
    if weak and term != "clave":
        return None
    if secret_key_term(key) is not None:
        return None
    if _IDENTIFIER.fullmatch(key) and (weak or sum(c.isdigit() for c in key) < 2 or "_" in key):
        # A lower-case identifier is a key of the contract's kind, not a password, unless
        # it has digits in it and its value says it is one (``# tapir2025: password``).
        return None
    if not _credential_like(key, False):
        # ``PIRUL-404: clave actual tiktok``: built like an área's code, but its value says
        # it is the current password of a platform (``JDE01-AGS: clave del área`` is not).
        after = rest[label.end() :].split()[:2]
        if not (
            _CODE.fullmatch(key)
            and any(c.isdigit() for c in key)
            and any(w in _PLATFORMS or w in ("actual", "nueva", "vigente") for w in after)
        ):
            return None
    return "password", match.start(1), "password", (key,), True


_COMMENTED_KEY = re.compile(r"\s*#+\s*(?:-\s+)?[\"']?([^\s:#\"'][^\s:\"']{5,63})[\"']?:(?:\s|$)")


_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


def _grouped(
    groups: list[tuple[int, str]], tail: str
) -> tuple[str, int, str, tuple[str, ...], bool] | None:
    words = [w for _, w in groups]
    if tail and len(tail) < 4 and tail.isalnum() and all(c.upper() in _B32 for c in tail):
        words.append(tail)
    joined = "".join(words)
    if len(groups) < 2 or len(joined) < 16:
        return None
    if not (joined.isupper() or joined.islower()) or not _is_seed(joined.upper()):
        return None
    return "base32", groups[0][0], "base32", (" ".join(words), joined), False


def _shape_of(word: str) -> tuple[str, tuple[str, ...], bool] | None:
    """What a whitespace-free word is, if a secret by its shape alone."""
    if len(word) < 16 and word.isalpha():
        return None  # a seed has 16 letters at least; every other shape a digit or symbol
    if "://" in word or word.lower().startswith("www.") or _is_email(word):
        found = _URL_SECRET.search(word)
        if found is not None:
            return "token", (found.group(1),), False
        userinfo = _URL_USERINFO.search(word)
        if userinfo is not None and not _masked(userinfo.group(1)):
            return "password", (userinfo.group(1),), False
        return None
    if _public_word(word.lower()):
        return None
    if _TOKEN_PREFIX.search(word):
        return "token", (word,), False
    if _PUBLIC_ID.fullmatch(word.strip(".,;:()[]")):
        return None  # a commit, a checksum, a UUID, a channel's id: published, not secret
    if _DASHED_SEED.fullmatch(word):
        joined = word.replace("-", "")
        if (
            len(joined) >= 16
            and (joined.isupper() or joined.islower())
            and _is_seed(joined.upper())
        ):
            return "base32", (word, joined), False
    bare = word.rstrip(":")
    for piece_match in _PIECE.finditer(bare):
        piece = piece_match.group()
        body = piece.rstrip("=")
        if (
            len(body) >= 16
            and (body.isupper() or body.islower())
            and body.isalnum()
            and all(c in _B32 for c in body.upper())
            and _is_seed(body.upper())
        ):
            return "base32", (piece,), False
        if len(body) >= 20 and _is_random(body):
            return "random", (piece,), True
    if _password_shape(bare):
        return "password", (bare,), True
    return None


#: Shapes of public identifiers that read like random strings: a git commit (SHA-1), a
#: SHA-256 checksum, a UUID, a YouTube channel's id. After a secret's label they are still
#: taken as its value (an API key may be 40 hex digits); with no label they are ids.
_PUBLIC_ID = re.compile(
    r"[0-9a-f]{40}|[0-9A-F]{40}|[0-9a-f]{64}|[0-9A-F]{64}"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|UC[A-Za-z0-9_-]{22}"
)
#: Words that say the string after them is an identifier or a checksum, not a secret:
#: ``hash del acuse (sha256): …``, ``revertido en …``, ``canal (id): …``.
_ID_WORDS = frozenset(
    {
        "hash",
        "sha",
        "sha1",
        "sha-1",
        "sha256",
        "sha-256",
        "sha512",
        "md5",
        "checksum",
        "digest",
        "huella",
        "commit",
        "revision",
        "rev",
        "revertido",
        "revert",
        "reverted",
        "uuid",
        "guid",
        "id",
        "ids",
        "identificador",
        "canal",
        "channel",
        "folio",
        "etag",
        "build",
        "merge",
    }
)


def _named_id(values: tuple[str, ...], folded: str, start: int) -> bool:
    """Whether a label's values are all public ids or checksums (a UUID, 40 or 64 hex
    digits) that a word of the line names as such (``token id``, ``hash de la clave``)."""
    if not all(_PUBLIC_ID.fullmatch(v) for v in values):
        return False
    words = folded[max(0, start - 40) :].split()[:12]
    return any(w.strip("()[]{}:=,;.#'\"") in _ID_WORDS for w in words)


def _after_id_word(line: str, offset: int) -> bool:
    """Whether one of the three words before ``offset`` says that an identifier follows."""
    words = line[max(0, offset - 60) : offset].split()[-3:]
    return any(fold(w.strip("()[]{}:=,;.#'\"")) in _ID_WORDS for w in words)


def _is_email(word: str) -> bool:
    at = word.find("@")
    return at > 0 and "." in word[at + 1 :] and word[at + 1 : at + 2].isalnum()


def _is_seed(body: str) -> bool:
    """A base32 seed (upper case here): any mix of digits 2-7, and when there is none,
    letters that do not read like a word (seeds have few vowels)."""
    if len(body) < 16 or any(c not in _B32 for c in body) or body.isdigit():
        return False
    if any(c.isdigit() for c in body):
        return True
    return not _wordlike(body)


def _wordlike(letters: str) -> bool:
    vowels = sum(c in _VOWELS for c in letters)
    run = longest = 0
    for c in letters:
        run = 0 if c in _VOWELS or not c.isalpha() else run + 1
        longest = max(longest, run)
    return vowels / len(letters) >= 0.3 and longest <= 4


def _is_random(body: str) -> bool:
    """A long string that changes between lower case, capitals and digits as randomly
    generated ones do, not as CamelCase words or slugs do."""
    if body.isascii():
        # The same measure with searches in C: an ASCII character is lower, upper, digit
        # or other, and a change is a character followed by one of another class.
        lower, upper, digit = (
            _HAS_LOWER.search(body) is not None,
            _HAS_UPPER.search(body) is not None,
            _HAS_DIGIT.search(body) is not None,
        )
        if lower + upper + digit < 2:
            return False
        if _HEX_LOWER.fullmatch(body) or _HEX_UPPER.fullmatch(body):
            return len(body) >= 32
        ratio = len(_CHANGES.findall(body)) / len(body)
        n_letters = len(body) - len(_NOT_LETTER.findall(body))
        share = sum(map(body.count, "AEIOUaeiou")) / n_letters if n_letters else 0.0
        return ratio >= 0.4 or (ratio >= 0.3 and share < 0.25)
    classes = [(c.islower(), c.isupper(), c.isdigit()) for c in body]
    kinds = {k for k in classes if any(k)}
    if len(kinds) < 2:
        return False
    if all(c in "0123456789abcdef" for c in body) or all(c in "0123456789ABCDEF" for c in body):
        return len(body) >= 32
    changes = sum(1 for a, b in itertools.pairwise(classes) if a != b)
    ratio = changes / len(body)
    letters = [c for c in body if c.isalpha()]
    vowels = sum(c in _VOWELS for c in letters) / len(letters) if letters else 0.0
    return ratio >= 0.4 or (ratio >= 0.3 and vowels < 0.25)


_HAS_LOWER = re.compile(r"[a-z]")
_HAS_UPPER = re.compile(r"[A-Z]")
_HAS_DIGIT = re.compile(r"[0-9]")
_HEX_LOWER = re.compile(r"[0-9a-f]+")
_HEX_UPPER = re.compile(r"[0-9A-F]+")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
#: A character followed by one of another class (lower, upper, digit, other).
_CHANGES = re.compile(
    r"[a-z](?=[^a-z])|[A-Z](?=[^A-Z])|[0-9](?=[^0-9])"
    r"|[^A-Za-z0-9](?=[A-Za-z0-9])"
)


def _public_word(low: str) -> bool:
    """Whether ``_PUBLIC`` finds a public shape in ``low``."""
    return _PUBLIC.search(low) is not None


def _password_shape(word: str) -> bool:
    """Letters, digits and a symbol not only in front (a tag, alias, hashtag or mention)."""
    if not 8 <= len(word) <= 64:
        return False
    if not any(c.isalpha() for c in word) or not any(c.isdigit() for c in word):
        return False
    if _public_word(word.lower()):
        return False
    return any(c in _STRONG_SYMBOLS for c in word[1:].rstrip(".,;:"))


def hidden_values(hits: Iterable[SecretHit]) -> Iterator[str]:
    """The strings to hide, longest first, so a value is hidden before its parts."""
    seen: set[str] = set()
    for hit in hits:
        for value in hit.values:
            if len(value) >= 4 and value not in seen:
                seen.add(value)
                yield value


# ------------------------------------------------------------ bare values (redaction)
#: A piece of a bare value tested on its own: letters and digits between separators.
_BARE_PIECES = re.compile(r"[A-Za-z0-9]+")
#: Shortest piece read as a random string when it stands alone in a field that holds words,
#: codes or names (``red``, ``cargo``, a key): the scan needs 20 characters in free text.
_MIN_BARE_RANDOM = 10
#: CamelCase words, capitals and digit runs: how a name reads when split.
_NAME_TOKENS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def looks_secret(value: str) -> bool:
    """Whether a bare value, with no label, is built like a secret by its shape alone.

    For the strings other findings quote: a field's value or key, a list item, a file's
    name, a word of a suppression. Besides the shapes the scan finds in free text (seeds,
    grouped seeds, tokens, URIs with a secret, passwords with a symbol, long random
    strings), a shorter random string counts (``Gz6Rq2Hm8Wx4Tn``): the inventory's names,
    codes and usernames are words, CamelCase or slugs, never that.
    """
    return bool(bare_secrets(value))


def bare_secrets(value: str) -> list[tuple[str, tuple[str, ...]]]:
    """The secret-shaped parts of a bare value (see :func:`looks_secret`): for each, its
    kind (as a hit's) and the strings to hide."""
    text = value.strip()
    if len(text) < 8:
        return []
    if "otpauth" in text.lower() or "-----BEGIN" in text:
        shaped = _shapes(text)
        if shaped is not None:
            return [(shaped[0], shaped[3])]
    # ``text`` is stripped, so it is one word iff it splits in one (str.split and
    # str.isspace agree on what whitespace is); a test per character cost more.
    words = text.split()
    if len(words) == 1:  # one word: no groups to join
        word = text.strip("\"'()[]{},;").lstrip("!*&").rstrip(":").strip("\"'")
        return list(_bare_word(word)) if len(word) >= 8 else []
    out: list[tuple[str, tuple[str, ...]]] = []
    groups: list[str] = []

    def flush() -> None:
        joined = "".join(groups)
        if len(groups) >= 4 and (joined.isupper() or joined.islower()) and _is_seed(joined.upper()):
            out.append(("base32", (" ".join(groups), joined)))
        groups.clear()

    for raw in [*words, ""]:
        # A tag, an alias or an anchor marks the front of a word, a colon ends a key.
        word = raw.strip("\"'()[]{},;").lstrip("!*&").rstrip(":").strip("\"'")
        # A seed shown in groups of four, possibly after a prefix (``facebook/KRSX G5CT``),
        # all in one case; a key (``alta:``) is never one of them.
        tail = word.rsplit("/", 1)[-1]
        if (
            len(tail) == 4
            and tail.isalnum()
            and all(c.upper() in _B32 for c in tail)
            and (tail.isupper() or tail.islower() or tail.isdigit())
        ):
            run = "".join(groups) + tail
            if tail != word or not (run.isupper() or run.islower() or run.isdigit()):
                flush()
            groups.append(tail)
            if raw.endswith(":"):  # a key ends here (``KRSX … EZLU:``, or ``alta:`` alone)
                flush()
            continue
        flush()
        if len(word) >= 8:
            out.extend(_bare_word(word))
    return out


def _bare_word(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    shape = _shape_of(word)
    if shape is not None:
        return ((shape[0], shape[1]),)
    if "://" in word or _is_email(word) or _public_word(word.lower()):
        return ()
    if _PUBLIC_ID.fullmatch(word.strip(".,;:()[]")):
        return ()  # a commit, a checksum, a UUID: its pieces are not random secrets either
    return tuple(
        ("random", (piece,))
        for piece in _BARE_PIECES.findall(word)
        if len(piece) >= _MIN_BARE_RANDOM
        and any(c.isdigit() for c in piece)
        and any(c.isalpha() for c in piece)
        and _is_random(piece)
        and _short_tokens(piece)
    )


def _short_tokens(piece: str) -> bool:
    """Split where case or class changes, a random string falls into pieces of one or two
    characters (``Gz 6 Rq 2 Hm``); a name into words (``i Phone 13 Pro Max``)."""
    tokens = _NAME_TOKENS.findall(piece)
    return bool(tokens) and len(piece) / len(tokens) <= 2.2
