"""``ine-lint esquemas DIR``: the JSON Schemas, for editors (yaml-language-server)."""

from __future__ import annotations

import os
from pathlib import Path

from ine_lint.resources import data_dir

#: Which inventory files each schema describes, as the README's modeline example shows.
SCHEMA_FOR = {
    "areas.schema.json": "areas.yaml",
    "cncs.schema.json": "cncs.yaml",
    "correos-genericos.schema.json": "correos-genericos.yaml",
    "designaciones.schema.json": "designaciones/<CLAVE>.yaml",
    "cuentas.schema.json": "cuentas/<CLAVE>.yaml",
    "ine-lint.schema.json": ".ine-lint.yaml",
}


def export(target: Path) -> list[tuple[Path, bool]]:
    """Write every shipped schema into ``target``: (path, whether its content changed).

    Writes are atomic (a temporary file renamed over the old one), so an editor never reads
    half a schema; an unchanged file is left alone.
    """
    target.mkdir(parents=True, exist_ok=True)
    out = []
    for source in sorted(data_dir("schemas").glob("*.schema.json")):
        data = source.read_bytes()
        dest = target / source.name
        try:
            same = dest.read_bytes() == data
        except OSError:
            same = False
        if not same:
            tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, dest)
        out.append((dest, not same))
    return out
