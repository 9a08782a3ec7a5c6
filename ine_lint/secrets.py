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
from functools import lru_cache

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
_KEY = re.compile(r"""(?:^|[\s{,\-\[#])["']?"""
                  r"""([^\s"':{}\[\],#][^"':{}\[\],#]{0,80}?)["']?\s*:(?=\s|$)""")
_OTPAUTH = re.compile(r"otpauth(?:-migration)?://")  # searched in the lower-cased text
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
#: Long values that are public by shape: URLs, oficios, CAU tickets, dates, and account
#: references (``red/usuario``), which can be long and mixed-case.
_NOT_TOKEN = re.compile(r"^(?:https?|www\.)|@|^INE/|^CAU-|^\d{4}-\d{2}-\d{2}|^[a-z0-9_-]+/[^/]+$")
#: Shortest run taken for a token by shape alone: API keys and access tokens are 32+.
TOKEN_MIN = 32


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


@lru_cache(maxsize=4096)
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


def _needles(words: set[str]) -> tuple[str, ...]:
    """The shortest set of words such that each of ``words`` contains one of them."""
    out: list[str] = []
    for word in sorted(words, key=len):
        if not any(n in word for n in out):
            out.append(word)
    return tuple(out)


#: Looked for in the lower-cased text with ``str.find``, one word at a time: several times
#: faster than one regular expression with the words as alternatives.
_HINTS = _needles({w.split("_")[0] for w in SECRET_WORDS} | {
    "contraseña", "recuper", "respaldo", "credential", "clave_acceso", "clave de acceso"})
#: Long runs not inside a URL, an e-mail address or a path: seeds (16+) and tokens (24+).
#: Matched in the text behind a newline, from the character before the run: a pattern that
#: starts with a character class lets the engine skip quickly to where a run can start.
_RUN = re.compile(r"[^A-Za-z0-9+/_=\-.~:@]([A-Za-z0-9+/_=\-]{16,})")
_BASE32_RUN = re.compile(r"[A-Z2-7]{16,}=*|[a-z2-7]{16,}=*")
#: A seed as authenticator apps show it: groups of four, in either case.
_SPACED_SEED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z2-7]{4}(?: [A-Za-z2-7]{4}){3,}(?![A-Za-z0-9])")
#: What every spaced seed contains; it starts with a literal, which the regular expression
#: engine skips to quickly, so only the few lines holding it get the full pattern.
_SPACED_HINT = re.compile(r" [A-Za-z2-7]{4} [A-Za-z2-7]{4} ")


#: Lines that hold a hint word but name no secret ("cargo: Vocal Secretario"): an inventory
#: repeats a few hundred of them thousands of times. Only lines without a hit are kept.
_CLEAN_LINES: set[str] = set()


def scan(text: str) -> list[SecretHit]:
    """Every line that holds, or names, a secret: one hit per line at most, in line order.

    Whole-text regular expressions find the few candidate places; only those are looked at
    line by line, so a clean file costs a handful of passes in C.
    """
    hits: dict[int, SecretHit] = {}
    starts = _LineIndex(text)

    def add(offset: int, kind: str, term: str) -> None:
        line, column = starts.locate(offset)
        if line not in hits or hits[line].column > column:
            hits[line] = SecretHit(line, column, kind, term)

    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two; keep offsets aligned
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    hinted: set[int] = set()  # starts of the lines holding a hint word
    for needle in _HINTS:
        at = lower.find(needle)
        while at >= 0:
            start = lower.rfind("\n", 0, at) + 1
            hinted.add(start)
            end = lower.find("\n", at)
            if end < 0:
                break
            at = lower.find(needle, end)
    for line_start in hinted:
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if line in _CLEAN_LINES:
            continue
        for key in _KEY.finditer(line):
            term = secret_key_term(key.group(1))
            if term is not None and _has_value(line[key.end():]):
                add(line_start + key.start(1), "key", term)
                break
        else:
            if len(_CLEAN_LINES) >= 10_000:
                _CLEAN_LINES.clear()
            if len(line) <= 200:  # the recurring ones are short; a huge line is not kept
                _CLEAN_LINES.add(line)
    for found in _OTPAUTH.finditer(lower):
        add(found.start(), "otpauth", "otpauth")
    for pattern, kind in ((_JWT, "jwt"), (_PEM, "private_key")):
        for found in pattern.finditer(text):
            add(found.start(), kind, kind)
    for found in _RUN.finditer("\n" + text):
        word = found.group(1)
        start, end = found.start(1) - 1, found.end(1) - 1
        if _BASE32_RUN.fullmatch(word):
            if _is_seed(word) and not _in_url(text, start, end):
                add(start, "base32", "base32")
        elif len(word) >= TOKEN_MIN and _looks_like_token(word) and not _in_url(text, start, end):
            add(start, "token", "token")
    spaced: set[int] = set()
    for hint in _SPACED_HINT.finditer(text):
        line_start = text.rfind("\n", 0, hint.start()) + 1
        if line_start in spaced:
            continue
        spaced.add(line_start)
        line_end = text.find("\n", hint.start())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        for found in _SPACED_SEED.finditer(line):
            if _is_seed(found.group(0).replace(" ", "")):
                add(line_start + found.start(), "base32", "base32")
    return [hits[k] for k in sorted(hits)]


def _is_seed(word: str) -> bool:
    body = word.rstrip("=")
    return len(body) >= 16 and sum(c in "234567" for c in body) >= 2 and body.isalnum() \
        and any(c.isalpha() for c in body)


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether the candidate ``text[start:end]`` sits inside a URL or an e-mail address,
    which are public."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    word = re.split(r"[\s'\"]", before)[-1]
    return "://" in word or "@" in word or (end < len(text) and text[end] == "@")


class _LineIndex:
    """Offsets of line starts, to turn a text offset into a line and column."""

    def __init__(self, text: str) -> None:
        self.text = text

    def locate(self, offset: int) -> tuple[int, int]:
        line = self.text.count("\n", 0, offset) + 1
        return line, offset - (self.text.rfind("\n", 0, offset) + 1) + 1
