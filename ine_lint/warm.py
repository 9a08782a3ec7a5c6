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
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ine_lint.secrets import SecretHit
    from ine_lint.store import Cache

#: More secrets than this in a run, and no names are kept (each name is compared with each
#: secret; past this the comparison would cost more than judging the names again).
_MAX_HIDDEN = 1_000
#: A file of clean names larger than this is not read (no inventory walks more than
#: ``scope.MAX_ENTRIES`` names).
_MAX_BYTES = 64 * 1024 * 1024


class JudgedNames:
    """The hits of ``redact.name_hits`` in an inventory's names, with their names, judging
    only the names an earlier run on this inventory (with this code) found clean; and,
    once the files are read, the keeping of the names found clean (:meth:`keep`)."""

    def __init__(self, root: Path, names: Sequence[str], cache: Cache | None) -> None:
        from ine_lint.redact import name_hits

        self.cache = cache
        self.entry = cache.entry("nombres", os.path.abspath(root)) if cache is not None else ""
        self.known = _read(cache, self.entry) if cache is not None else frozenset()
        self.found: list[tuple[str, SecretHit]] = []
        self.clean: list[str] = []
        for name in names:
            if name in self.known:
                self.clean.append(name)
                continue
            hits = name_hits(name)
            if hits:
                self.found += [(name, hit) for hit in hits]
            else:
                self.clean.append(name)

    def keep(self, hidden: Collection[str]) -> None:
        """Keep the names found clean, but none that holds a secret found anywhere in the
        run: a name clean on its own may sit under a folder named after a secret
        (``<secret>/notas.txt``) or hold a value a file's content showed to be one, and the
        store holds no second copy of a secret."""
        if self.cache is None or len(hidden) > _MAX_HIDDEN:
            return  # a run full of secrets: its names are judged again next time
        named = {name for name, _ in self.found}
        folded = [v.lower() for v in hidden]
        clean = [
            n
            for n in self.clean
            if not (named and _under(n, named)) and not any(v in n.lower() for v in folded)
        ]
        if frozenset(clean) == self.known:
            return
        try:
            body = "\0".join(clean).encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a name no file system gave: judged again next time
            return
        self.cache.put_body(self.entry, body)


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
