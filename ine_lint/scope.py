"""Which files 4.3.VI reads: every regular file under the inventory root, and every name.

A password is as exposed in ``notas.txt``, ``LEEME.md``, ``cuentas/.notas.yaml`` or
``cuentas/X.yaml.bak`` as in a cuentas file: all of them are in every clone. So besides the
files of the contract (``discovery.discover``), every other regular file under the root is
read for secrets only (kind ``otro``), hidden ones included; ``.git`` is left out (git's own
objects are compressed: a secret there is also in a working file) and so are symbolic links
(they may point outside the inventory). Binary files are reported as not read.
"""

from __future__ import annotations

import os
from pathlib import Path

from ine_lint.discovery import SourceFile

#: The kind of a file read only for secrets.
OTHER = "otro"
#: Folders never walked.
SKIPPED_DIRS = frozenset({".git"})
#: At most this many entries are walked (a hostile tree cannot make the run endless).
MAX_ENTRIES = 100_000


def walk(root: Path, taken: set[str]) -> tuple[list[SourceFile], list[str]]:
    """The regular files under ``root`` not in ``taken`` (inventory-relative paths), and
    the relative path of every entry walked (files and folders), whose names are scanned."""
    extra: list[SourceFile] = []
    names: list[str] = []
    stack = [(root, "")]
    while stack and len(names) < MAX_ENTRIES:
        folder, prefix = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            rel = f"{prefix}{entry.name}"
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = entry.is_file(follow_symlinks=False)
            except OSError:
                continue
            if is_dir and entry.name in SKIPPED_DIRS:
                continue
            names.append(rel)
            if is_dir:
                stack.append((Path(entry.path), rel + "/"))
            elif is_file and rel not in taken:
                extra.append(SourceFile(rel, OTHER, Path(entry.path)))
    extra.sort(key=lambda s: s.rel)
    names.sort()
    return extra, names
