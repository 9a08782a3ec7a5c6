"""What a run takes from the one before it besides the files: the names judged clean.

4.3.VI reads the name of every entry under the inventory root (``redact.name_hits``), and a
national inventory has thousands: judging them all took 0.02 s of a 0.3 s warm run at 1×,
0.17 s at 10×. What a name holds depends only on the name and on the code, so the names
found clean are kept, per inventory, in one entry of the store whose name covers the code
(``Cache.entry``): the next run judges only names it has not seen clean. Names in which
something was found are never kept (the store holds no second copy of a secret) and are
judged again on every run.

The entry is the names joined by NUL (which no file name holds), signed like every other;
read back, it is split and nothing else: no ``marshal``, no object built.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ine_lint.secrets import SecretHit
    from ine_lint.store import Cache

#: A file of clean names larger than this is not read (no inventory walks more than
#: ``scope.MAX_ENTRIES`` names).
_MAX_BYTES = 64 * 1024 * 1024


def judged_names(
    root: Path, names: Sequence[str], cache: Cache | None
) -> list[tuple[str, SecretHit]]:
    """Each hit of ``redact.name_hits`` in ``names``, with its name, judging only the names
    not found clean by an earlier run on this inventory (with this code)."""
    from ine_lint.redact import name_hits

    entry = cache.entry("nombres", os.path.abspath(root)) if cache is not None else ""
    known = _read(cache, entry) if cache is not None else frozenset()
    found: list[tuple[str, SecretHit]] = []
    clean: list[str] = []
    for name in names:
        if name in known:
            clean.append(name)
            continue
        hits = name_hits(name)
        if hits:
            found += [(name, hit) for hit in hits]
        else:
            clean.append(name)
    if found:
        # A name judged clean on its own may sit under a folder named after a secret
        # (``<secret>/notas.txt``): the store holds no second copy of one, so it is left out.
        # (Its folders are names of their own: one look per folder, linear in the names.)
        named = {name for name, _ in found}
        clean = [n for n in clean if not _under(n, named)]
    if cache is not None and frozenset(clean) != known:
        try:
            body = "\0".join(clean).encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a name no file system gave: judged again next time
            return found
        cache.put_body(entry, body)
    return found


def _under(name: str, folders: set[str]) -> bool:
    """Whether one of the folders ``name`` is in belongs to ``folders``."""
    cut = name.find("/")
    while cut >= 0:
        if name[:cut] in folders:
            return True
        cut = name.find("/", cut + 1)
    return False


def _read(cache: Cache, entry: str) -> frozenset[str]:
    body = cache.get_body(entry)
    if body is None or len(body) > _MAX_BYTES or not len(body):
        return frozenset()
    try:
        return frozenset(bytes(body).decode("utf-8", "surrogateescape").split("\0"))
    except UnicodeDecodeError:
        return frozenset()
