"""Write docs/formato.md, the field reference of the inventory, from the shipped schemas.

Every field's name, type, whether it is required, its Spanish title and description and its
allowed values come from ``schemas/*.schema.json``; the generic-mailbox pattern from the
4.4.II entry of ``policies/lineamientos.yaml``. Run ``python scripts/formato.py`` after
changing a schema; ``tests/test_formato.py`` fails while the document is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "schemas"
TARGET = REPO / "docs" / "formato.md"

#: The inventory's files, in the order a newcomer writes them, with where each one lives.
FILES = (
    ("areas.schema.json", "areas.yaml"),
    ("designaciones.schema.json", "designaciones/<CLAVE>.yaml"),
    ("cuentas.schema.json", "cuentas/<CLAVE>.yaml"),
    ("correos-genericos.schema.json", "correos-genericos.yaml"),
    ("cncs.schema.json", "cncs.yaml"),
    ("ine-lint.schema.json", ".ine-lint.yaml"),
)

_TYPES = {
    "string": "texto",
    "integer": "número entero",
    "number": "número",
    "boolean": "true o false",
    "object": "mapeo",
    "array": "lista",
    "null": "null",
}
_DEFS = {
    "fecha": "fecha",
    "correo": "correo",
    "clave": "clave de área",
    "cuenta_ref": "red/usuario",
}


def _type(node: dict[str, Any]) -> str:
    if "$ref" in node:
        return _DEFS.get(node["$ref"].rsplit("/", 1)[-1], "ver abajo")
    if "enum" in node:
        return "uno de los valores"
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " o ".join(_type(branch) for branch in node[key])
    kind = node.get("type", "")
    if isinstance(kind, list):
        return " o ".join(_TYPES.get(k, k) for k in kind)
    if kind == "array" and isinstance(node.get("items"), dict):
        items = node["items"]
        inner = "mapeos" if items.get("type") == "object" else _type(items)
        return f"lista de {inner}"
    return _TYPES.get(kind, kind or "cualquiera")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _rows(node: dict[str, Any], prefix: str, out: list[str]) -> None:
    required = set(node.get("required", ()))
    for name, field in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        values = field.get("enum") or next(
            (b["enum"] for b in field.get("anyOf", ()) if "enum" in b), None
        )
        allowed = ", ".join(f"`{v}`" for v in values) if values else ""
        out.append(
            f"| `{path}` | {_type(field)} | {'sí' if name in required else 'no'} | "
            f"**{_cell(field.get('title', ''))}.** {_cell(field.get('description', ''))}"
            f" | {allowed} |"
        )
        if field.get("type") == "object":
            _rows(field, f"{path}.", out)
        items = field.get("items")
        if isinstance(items, dict) and items.get("type") == "object":
            _rows(items, f"{path}[].", out)


def _keys(node: Any) -> set[str]:
    """Every field name the schemas define, at any depth."""
    out: set[str] = set()
    if isinstance(node, dict):
        out |= set(node.get("properties", {}))
        for value in node.values():
            out |= _keys(value)
    elif isinstance(node, list):
        for value in node:
            out |= _keys(value)
    return out


def _generic_pattern() -> tuple[str, str]:
    import yaml

    doc = yaml.safe_load((REPO / "policies" / "lineamientos.yaml").read_text("utf-8"))
    entry = next(r for r in doc["reglas"] if r["id"] == "4.4.II")
    return entry["parametros"]["patron"], entry["parametros"]["ejemplo"]


def render() -> str:
    schemas = {name: json.loads((SCHEMAS / name).read_text("utf-8")) for name, _ in FILES}
    keys = set().union(*(_keys(s) for s in schemas.values()))
    accented = sorted(k for k in keys if not k.isascii())
    pattern, example = _generic_pattern()
    lines = [
        "# Formato del inventario: referencia de campos",
        "",
        "<!-- Generado por scripts/formato.py a partir de schemas/*.schema.json; no se edita "
        "a mano. -->",
        "",
        "Cada archivo del inventario es YAML en UTF-8 y sigue el esquema JSON de su tipo en "
        "`schemas/` (ine-lint lo revisa: regla `esquema`). Esta página reúne, de esos "
        "esquemas, cada campo con su tipo, si es obligatorio, su descripción y los valores "
        "permitidos. `inventories/` es un ejemplo completo.",
        "",
        "Reglas generales:",
        "",
    ]
    if not accented:
        lines.append(
            "- Las claves se escriben sin acentos ni eñes: `contrasena`, "
            "`adscripcion`, `vinculo`, `descripcion` (los valores sí los llevan)."
        )
    lines += [
        "- Una clave que el esquema no define es un error, con una sugerencia si se parece "
        "a una que sí existe.",
        f"- Los correos genéricos del registro empiezan con `redes.` y son del dominio "
        f"ine.mx (4.4.II; patrón `{pattern}`, por ejemplo `{example}`).",
        "- Un correo de persona (titular, administradoras, `accesos`, `dispositivo`, "
        "`solicitado_por`) es su correo institucional: identifica a la persona en todo el "
        "inventario.",
        "",
        "Tipos comunes:",
        "",
    ]
    defs = next(iter(s["$defs"] for s in schemas.values() if "$defs" in s))
    for key, label in _DEFS.items():
        node = defs[key]
        lines.append(f"- **{label}**: {_cell(node.get('description', ''))}")
    for name, where in FILES:
        schema = schemas[name]
        lines += [
            "",
            f"## `{where}`: {schema.get('title', '')}",
            "",
            _cell(schema.get("description", "")),
            "",
            "| campo | tipo | obligatorio | descripción | valores permitidos |",
            "|---|---|---|---|---|",
        ]
        _rows(schema, "", lines)
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"escrito {TARGET.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
