"""Find what looks like a secret in a file's text, keeping only where it is and what kind.

Works on the raw text, line by line, so it sees keys, values and comments alike, unknown
keys included, and files that are not valid YAML. A hit never carries the value.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

#: Words that, as a part of a key name, mean the value is a credential.
SECRET_WORDS = {
    "contrasena": "contraseña", "contrasenas": "contraseña", "password": "password",
    "passwd": "password", "pwd": "password", "pass": "password", "passphrase": "password",
    "clave_acceso": "clave de acceso", "pin": "PIN", "nip": "NIP",
    "token": "token", "tokens": "token", "secret": "secret", "secreto": "secreto",
    "secretos": "secreto", "totp": "TOTP", "otp": "OTP", "semilla": "semilla",
    "seed": "seed", "mfa_seed": "seed", "codigo_recuperacion": "código de recuperación",
    "codigos_recuperacion": "código de recuperación", "recovery_code": "recovery code",
    "recovery_codes": "recovery code", "backup_codes": "backup code",
    "codigos_respaldo": "código de respaldo", "api_key": "API key", "apikey": "API key",
    "private_key": "private key", "llave_privada": "llave privada", "credencial": "credencial",
    "credenciales": "credencial", "credentials": "credential",
}
#: Multi-word names, matched on the joined key.
_PHRASES = [w for w in SECRET_WORDS if "_" in w]
#: Keys of the contract that contain a secret word but hold no secret.
KNOWN_KEYS = frozenset({"cambios_contrasena", "contrasena_cambiada"})

# A key is at most 80 characters: the bound keeps a long line without colons linear.
_KEY = re.compile(r"""(?:^|[\s{,\-\[#])["']?([^\s"':{}\[\],#][^"':{}\[\],#]{0,80}?)["']?\s*:(?=\s|$)""")
_OTPAUTH = re.compile(r"otpauth(?:-migration)?://", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
_BASE32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]+(?: [A-Z2-7]+)*=*(?![A-Za-z0-9])")
_WORD = re.compile(r"(?<![A-Za-z0-9+/_=\-.~])[A-Za-z0-9+/_=\-.~]{24,}")
# Each alternative starts only where a run starts, so a 200,000-character line stays linear.
_PUBLIC = re.compile(r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\s'\"]*"
                     r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NOT_TOKEN = re.compile(r"^(?:https?|www\.)|@|^INE/|^CAU-|^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class SecretHit:
    line: int
    column: int
    kind: str  # key | otpauth | jwt | private_key | base32 | token
    term: str  # the key word that matched, or the shape; never the value


def _normal(key: str) -> str:
    folded = unicodedata.normalize("NFKD", key.strip().lower())
    ascii_key = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\s\-.]+", "_", ascii_key)


def secret_key_term(key: str) -> str | None:
    """The vocabulary word that makes a key name a credential, if any."""
    norm = _normal(key)
    if norm in KNOWN_KEYS or not norm:
        return None
    if norm in SECRET_WORDS:
        return SECRET_WORDS[norm]
    for phrase in _PHRASES:
        if phrase in norm:
            return SECRET_WORDS[phrase]
    for part in norm.split("_"):
        if part in SECRET_WORDS:
            return SECRET_WORDS[part]
    return None


def _entropy(word: str) -> float:
    counts = Counter(word)
    n = len(word)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _looks_like_token(word: str) -> bool:
    if _NOT_TOKEN.search(word):
        return False
    classes = sum(bool(re.search(p, word)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
    return classes >= 3 and _entropy(word) >= 4.0


def _has_value(rest: str) -> bool:
    value = rest.split(" #", 1)[0].strip().strip("'\"")
    return value not in ("", "~", "null", "Null", "NULL", "[]", "{}")


def scan(text: str) -> list[SecretHit]:
    """Every line that holds, or names, a secret: one hit per line at most."""
    hits: list[SecretHit] = []
    for number, line in enumerate(text.splitlines(), start=1):
        hit = _scan_line(line, number)
        if hit is not None:
            hits.append(hit)
    return hits


def _scan_line(line: str, number: int) -> SecretHit | None:
    if not line.strip():
        return None
    for match in _KEY.finditer(line):
        term = secret_key_term(match.group(1))
        if term is not None and _has_value(line[match.end():]):
            return SecretHit(number, match.start(1) + 1, "key", term)
    for pattern, kind in ((_OTPAUTH, "otpauth"), (_JWT, "jwt"), (_PEM, "private_key")):
        found = pattern.search(line)
        if found:
            return SecretHit(number, found.start() + 1, kind, kind)
    # URLs and e-mail addresses are long and varied but public; blank them, keeping columns.
    line = _PUBLIC.sub(lambda m: " " * len(m.group(0)), line)
    for found in _BASE32.finditer(line):
        groups = found.group(0).rstrip("=").split(" ")
        seed = "".join(groups)
        spaced_like_a_seed = len(groups) == 1 or all(len(g) <= 8 for g in groups)
        if (len(seed) >= 16 and spaced_like_a_seed and re.search("[2-7]", seed)
                and re.search("[A-Z]", seed)):
            return SecretHit(number, found.start() + 1, "base32", "base32")
    for found in _WORD.finditer(line):
        if _looks_like_token(found.group(0)):
            return SecretHit(number, found.start() + 1, "token", "token")
    return None
