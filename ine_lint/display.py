"""Text from the inventory made safe to show: on a terminal, in a CI log, in a report.

File names, keys and values are written by whoever opens a pull request. Raw, an escape
sequence would rewrite the terminal (clear it, set the clipboard), a newline would forge a
line of output, and a line starting with ``::`` would be run by GitHub Actions as a
workflow command. Every character that is not printable is shown as a Python-style escape
(``\\x1b``, ``\\n``, ``\\u2028``), and a file name's bytes that are not UTF-8 (kept by Python
as surrogates) as ``\\xNN``. A backslash is left as it is, so ordinary Windows-looking text
does not change.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, the line and paragraph separators, bidirectional overrides
#: (which make text read differently from how it is stored), lone surrogates, and the two
#: noncharacters XML 1.0 forbids.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character escaped; unchanged when there is none."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


#: Longest value quoted in a message: a finding names a value, it does not reproduce it
#: (a 20 KB account reference, repeated by aliases, made reports of hundreds of megabytes).
MAX_QUOTED = 1_000


def shorten(text: str, limit: int = MAX_QUOTED) -> str:
    """``text``, cut to ``limit`` characters with an ellipsis when longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
