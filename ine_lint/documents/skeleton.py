"""Skeletons: a new área's files (``nueva-area``) and a new inventory (``init``).

An área's skeleton is written from the JSON Schemas themselves: every key of the contract,
with its Spanish title, description and allowed values as comments. Values to be filled are
``~`` (null), which every schema rejects, so a skeleton can never pass as compliant: until each
one is filled in (or an optional key deleted), ``check`` reports it as an ``esquema`` error.
"""

from __future__ import annotations

import difflib
import json
import os
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ine_lint.model import PLACEHOLDER_EMAIL, PLACEHOLDER_NAME

WIDTH = 100
#: Lists that are rightly empty in a new área (nothing linked, no incident, no report yet, no
#: password change since the alta): written as ``[]`` with their item shown as a comment.
EMPTY_LISTS = frozenset({"vinculada_a", "incidentes", "informes", "cambios_contrasena"})
#: Where ``init`` puts the schemas: where the README tells ``ine-lint esquemas`` to.
SCHEMA_HOME = ".vscode/ine-lint"
#: Where the schemas are looked for, from the inventory upward, for the modeline.
SCHEMA_DIRS = (SCHEMA_HOME, "esquemas", "schemas")


def closest(name: str, known: list[str]) -> str | None:
    """The known name nearest to ``name`` (case-insensitive), if any is near enough."""
    by_upper = {k.upper(): k for k in known}
    if name.upper() in by_upper:
        return by_upper[name.upper()]
    found = difflib.get_close_matches(name.upper(), list(by_upper), n=1, cutoff=0.6)
    return by_upper[found[0]] if found else None


@cache
def schema(kind: str) -> dict[str, Any]:
    from ine_lint.resources import data_dir

    loaded: dict[str, Any] = json.loads(
        (data_dir("schemas") / f"{kind}.schema.json").read_text("utf-8")
    )
    return loaded


# --------------------------------------------------------------------------- área skeleton


class _Emitter:
    """YAML text with a comment above each key, from one schema."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.lines: list[str] = []

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """The node with its ``$ref`` followed (within the schema), title kept."""
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            target = dict(self.root["$defs"][ref.rsplit("/", 1)[1]])
            target.update({k: v for k, v in node.items() if k != "$ref"})
            return target
        return node

    def comment(self, indent: int, text: str) -> None:
        prefix = " " * indent + "# "
        self.lines.extend(
            textwrap.wrap(
                text,
                WIDTH,
                initial_indent=prefix,
                subsequent_indent=prefix + "  ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def describe(self, node: dict[str, Any], required: bool) -> str:
        node = self.resolve(node)
        # «Título — descripción»: a colon after a title such as «Cambios de contraseña» would
        # read as a key with a value, which 4.3.VI rightly distrusts even in a comment.
        parts = [f"{node.get('title', '')} — {node.get('description', '')}".strip(" —")]
        allowed = _allowed(node)
        if allowed:
            parts.append("Valores permitidos: " + " | ".join(allowed) + ".")
        kind = _kind(node)
        if kind == "date":
            parts.append("Formato AAAA-MM-DD.")
        elif kind == "boolean":
            parts.append("true o false.")
        if required:
            parts.append("Obligatorio.")
        return " ".join(p if p.endswith((".", ")")) else p + "." for p in parts)

    def mapping(
        self, node: dict[str, Any], indent: int, fixed: dict[str, str], first_prefix: str = ""
    ) -> None:
        """The keys of an object schema; ``first_prefix`` opens a list item (``- ``)."""
        node = self.resolve(node)
        required = set(node.get("required", ()))
        for index, (key, child) in enumerate(node.get("properties", {}).items()):
            lead = first_prefix if index == 0 else " " * len(first_prefix)
            pad = " " * indent
            # The first key's comment stands above the dash that opens the item.
            at = indent if index == 0 else indent + len(first_prefix)
            self.comment(at, self.describe(child, key in required))
            child = self.resolve(child)
            if key in fixed:
                self.lines.append(f"{pad}{lead}{key}: {fixed[key]}")
            elif _kind(child) == "object":
                self.lines.append(f"{pad}{lead}{key}:")
                self.mapping(child, indent + len(first_prefix) + 2, fixed)
            elif _kind(child) == "array":
                self.array(key, child, indent + len(first_prefix), lead, pad, fixed)
            elif key == "baja":
                self.lines.append(f"{pad}{lead}{key}: null")
            else:
                self.lines.append(f"{pad}{lead}{key}: ~")

    def array(
        self,
        key: str,
        node: dict[str, Any],
        indent: int,
        lead: str,
        pad: str,
        fixed: dict[str, str],
    ) -> None:
        items = self.resolve(node.get("items", {}))
        if key in EMPTY_LISTS:
            self.lines.append(f"{pad}{lead}{key}: []")
            if _kind(items) == "object":
                # The item, commented out, for when there is one to record.
                inner = _Emitter(self.root)
                inner.mapping(items, 0, {}, first_prefix="- ")
                self.comment(indent, "Cuando haya uno, agréguelo así:")
                self.lines.extend(
                    " " * indent + "#   " + line
                    for line in inner.lines
                    if not line.lstrip().startswith("#")
                )
            return
        self.lines.append(f"{pad}{lead}{key}:")
        if _kind(items) == "object":
            self.mapping(items, indent + 2, fixed, first_prefix="- ")
        else:
            self.lines.append(f"{' ' * (indent + 2)}- ~")


def _kind(node: dict[str, Any]) -> str:
    if node.get("format") == "date":
        return "date"
    if "enum" in node:
        return "enum"
    kind = node.get("type")
    if isinstance(kind, str):
        return kind
    return "any"


def _allowed(node: dict[str, Any]) -> list[str]:
    return [str(v) for v in node.get("enum", ())]


def area_file(kind: str, key: str, modeline: str) -> str:
    """The text of ``designaciones/KEY.yaml`` or ``cuentas/KEY.yaml`` for a new área."""
    root = schema(kind)
    emitter = _Emitter(root)
    emitter.lines.append(f"# yaml-language-server: $schema={modeline}")
    emitter.comment(0, f"{root['title']} {key}. {root['description']}")
    emitter.comment(
        0,
        "Cada «~» es un dato por llenar: mientras quede uno, ine-lint check lo "
        "reporta como error de esquema. Borre solo un dato que de verdad no "
        "aplique (por ejemplo ticket_cau, si el CAU no intervino). Nunca escriba "
        "aquí contraseñas, semillas ni códigos (4.3.VI).",
    )
    emitter.mapping(root, 0, {"area": key})
    return "\n".join(emitter.lines) + "\n"


def modeline_for(target: Path, kind: str) -> tuple[str, bool]:
    """Where the editor finds the schema, relative to ``target`` when the repository has the
    schemas (one of ``SCHEMA_DIRS`` at or above the inventory); else the schema
    shipped with ine-lint (and False, so the caller can say so)."""
    folder = target.parent.resolve()
    for base in (folder, *folder.parents):
        for name in SCHEMA_DIRS:
            candidate = base / name / f"{kind}.schema.json"
            if candidate.is_file():
                return os.path.relpath(candidate, folder).replace(os.sep, "/"), True
        if (base / ".git").exists():
            break
    from ine_lint.resources import data_dir

    return (data_dir("schemas") / f"{kind}.schema.json").resolve().as_uri(), False


# --------------------------------------------------------------------------- new inventory


@dataclass(frozen=True)
class AreaEntry:
    clave: str
    nombre: str
    tipo: str
    entidad: str | None
    cargo_titular: str


@cache
def organisation() -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(
        Path(__file__).with_name("organizacion-ine.yaml").read_text("utf-8")
    )
    return loaded


def select_areas(central: bool, states: list[str], districts: bool) -> list[AreaEntry]:
    """The áreas of the real INE structure the user picked, in a stable order."""
    org = organisation()
    out: list[AreaEntry] = []
    if central:
        out += [
            AreaEntry(
                o["clave"], o["nombre"], "organo_central", None, f"Titular de la {o['nombre']}"
            )
            for o in org["organos_centrales"]
        ]
    by_abbr = {e["abrev"]: e for e in org["entidades"]}
    for abbr in states:
        entity = by_abbr[abbr]
        out.append(
            AreaEntry(
                f"JLE-{abbr}",
                f"Junta Local Ejecutiva en {entity['nombre']}",
                "junta_local",
                abbr,
                org["cargo_titular_junta"],
            )
        )
        if districts:
            out += [
                AreaEntry(
                    f"JDE{n:02d}-{abbr}",
                    f"{n:02d} Junta Distrital Ejecutiva en {entity['nombre']}",
                    "junta_distrital",
                    abbr,
                    org["cargo_titular_junta"],
                )
                for n in range(1, entity["distritos"] + 1)
            ]
    if not out:
        # The contract wants at least one área; the CNCS keeps the lists of every inventory.
        out = [
            AreaEntry(
                o["clave"], o["nombre"], "organo_central", None, f"Titular de la {o['nombre']}"
            )
            for o in org["organos_centrales"]
            if o["clave"] == "CNCS"
        ]
    return out


def states_known() -> list[str]:
    return [e["abrev"] for e in organisation()["entidades"]]


def _q(text: str) -> str:
    """A YAML scalar, quoted only when it must be."""
    return (
        json.dumps(text, ensure_ascii=False)
        if any(c in text for c in ":#{}[],&*!|>'\"%@`") or text != text.strip()
        else text
    )


def areas_yaml(areas: list[AreaEntry], modeline: str) -> str:
    lines = [
        f"# yaml-language-server: $schema={modeline}",
        "# Catálogo de áreas responsables (3.a) y sus personas titulares (4.1.III).",
        "# Estructura tomada de la organización del INE; capture en cada área el nombre",
        f"# y el correo de la persona titular donde dice «{PLACEHOLDER_NAME}».",
        "# Después, por cada área con cuentas: ine-lint nueva-area CLAVE",
    ]
    lines.append("areas:")
    for area in areas:
        lines += [
            f"  - clave: {area.clave}",
            f"    nombre: {_q(area.nombre)}",
            f"    tipo: {area.tipo}",
        ]
        if area.entidad:
            lines.append(f"    entidad: {area.entidad}")
        lines += [
            "    titular:",
            f"      nombre: {PLACEHOLDER_NAME}",
            f"      cargo: {_q(area.cargo_titular)}",
            f"      correo: {PLACEHOLDER_EMAIL}",
        ]
    return "\n".join(lines) + "\n"


def repository_url() -> str:
    """This project's public repository, from the installed package's metadata."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("ine-lint").get_all("Project-URL") or []
    except PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("homepage", "source", "repository"):
            return url.strip()
    return "https://github.com/ine-mx/ine-lint"


def init_files(areas: list[AreaEntry], inventory_dir: str = "inventario") -> dict[str, str]:
    """Every file of a new inventory repository, by path relative to its root."""
    from ine_lint import __version__
    from ine_lint.resources import data_dir

    url = repository_url()
    tag = f"v{__version__}"
    inv = inventory_dir
    files: dict[str, str] = {}
    home = SCHEMA_HOME
    for path in sorted(data_dir("schemas").glob("*.schema.json")):
        files[f"{home}/{path.name}"] = path.read_text("utf-8")
    files[f"{inv}/areas.yaml"] = areas_yaml(areas, f"../{home}/areas.schema.json")
    files[f"{inv}/cncs.yaml"] = (
        f"# yaml-language-server: $schema=../{home}/cncs.schema.json\n"
        "# Listados de personas administradoras que la CNCS envía a la UTSI (4.5.I) y que\n"
        "# resguarda (4.5.III). Agregue cada listado así:\n"
        "#   - oficio: INE/CNCS/0001/2027\n"
        "#     fecha: 2027-01-15\n"
        "#     administradoras: [persona.uno@ine.mx, persona.dos@ine.mx]\n"
        "listados_utsi: []\n"
    )
    files[f"{inv}/correos-genericos.yaml"] = (
        f"# yaml-language-server: $schema=../{home}/correos-genericos.schema.json\n"
        "# Registro de la UTSI de los correos genéricos asignados (4.4.I, 4.4.II). Agregue\n"
        "# cada correo así:\n"
        "#   - correo: redes.area@ine.mx\n"
        "#     area: CLAVE\n"
        "#     asignado: 2027-01-20\n"
        "#     solicitado_por: persona.uno@ine.mx\n"
        "#     listado_cncs: INE/CNCS/0001/2027\n"
        "correos_genericos: []\n"
    )
    files[".ine-lint.yaml"] = (
        f"# yaml-language-server: $schema={home}/ine-lint.schema.json\n"
        "# Configuración de ine-lint (vea «Configuración» en el README de ine-lint).\n"
        f"inventario: {inv}/\n"
        "idioma: es\n"
        "dias_inhabiles: []                 # días inhábiles del INE además de los federales\n"
        "excepciones: []                    # cada una con regla, motivo, autoriza y vence\n"
    )
    files[".pre-commit-config.yaml"] = (
        "# Revisa el inventario en cada commit (https://pre-commit.com): pre-commit install\n"
        "repos:\n"
        f"  - repo: {url}\n"
        f"    rev: {tag}\n"
        "    hooks:\n"
        "      - id: ine-lint          # los hallazgos de los archivos del commit\n"
    )
    files[".github/workflows/ine-lint.yml"] = (
        "# Revisa el inventario en cada pull request, en cada push a main y cada día (los\n"
        "# plazos vencen con la fecha, no solo con los commits).\n"
        "name: ine-lint\n"
        "on:\n"
        "  pull_request:\n"
        "  push:\n"
        "    branches: [main]\n"
        "  schedule:\n"
        '    - cron: "0 14 * * *"      # 08:00 en la Ciudad de México\n'
        "permissions:\n"
        "  contents: read\n"
        "jobs:\n"
        "  ine-lint:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@v5\n"
        "        with:\n"
        '          python-version: "3.12"\n'
        f'      - run: pip install "ine-lint @ git+{url}@{tag}"\n'
        "      - run: ine-lint check --format github\n"
    )
    return files
