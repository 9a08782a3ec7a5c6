"""A detect-secrets plugin for Spanish labels, to give detect-secrets a fair chance on the
4.3.VI corpus (``bench/secrets.py``): its own keyword plugin knows English words only."""

from __future__ import annotations

import re

from detect_secrets.plugins.base import RegexBasedDetector


class SpanishKeywordDetector(RegexBasedDetector):
    """``contraseña: X``, ``clave de acceso = X``, ``NIP X``, ``códigos de recuperación: X``."""

    secret_type = "Spanish Secret Keyword"
    denylist = (
        re.compile(
            r"(?i)(?:contrase(?:ñ|n\u0303|ni|n)as?|clave(?:s)? de acceso|pwd|pw|pass|nip|pin"
            r"|c[oó]digos? de (?:recuperaci[oó]n|respaldo|verificaci[oó]n|seguridad)"
            r"|semilla|secreto|token)"
            r"[^:=\n]{0,30}?(?:\s*[:=]\s*|\s+(?:nueva\s+)?es\s+)([^\s'\"]{4,})"
        ),
    )
