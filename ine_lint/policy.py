"""The policy catalogue (policies/): provision texts, severities, thresholds, platforms."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ine_lint.errors import ConfigError
from ine_lint.resources import data_dir


@dataclass(frozen=True)
class RuleSpec:
    """One catalogue entry: what ``ine-lint rules`` and ``explain`` show."""

    id: str
    title: dict[str, str]
    severity: str
    text: str
    checks: dict[str, str]
    fix: dict[str, str]
    asks: dict[str, str] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    origin: str = "ine-lint"


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    url: str
    second_factor: bool


class Policy:
    """The loaded catalogue. Rules read thresholds through :meth:`param`."""

    def __init__(self, rules: dict[str, RuleSpec], platforms: dict[str, Platform],
                 digest: str) -> None:
        self.rules = rules
        self.platforms = platforms
        self.digest = digest

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

    def param(self, rule_id: str, name: str) -> Any:
        try:
            return self.rules[rule_id].params[name]
        except KeyError:
            raise ConfigError(
                f"policies/lineamientos.yaml: la regla {rule_id} no define el parámetro {name}"
            ) from None

    def platform(self, network: str) -> Platform | None:
        return self.platforms.get(network)


def _validated(path: Path, schema_name: str) -> Any:
    # fastjsonschema, not jsonschema: this runs on every start, and importing jsonschema
    # would double the start-up time of a run whose files are all valid.
    import fastjsonschema

    data = yaml.load(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schema = json.loads((path.parent / schema_name).read_text(encoding="utf-8"))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    try:
        fastjsonschema.compile(schema)(data)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ConfigError(f"{path}: catálogo inválido: {exc.message}") from None
    return data


@cache
def load_policy(directory: Path | None = None) -> Policy:
    """Load and validate ``lineamientos.yaml`` and ``plataformas.yaml``."""
    import hashlib

    base = directory or data_dir("policies")
    rules_doc = _validated(base / "lineamientos.yaml", "catalogo.schema.json")
    platforms_doc = _validated(base / "plataformas.yaml", "plataformas.schema.json")
    rules = {}
    for entry in rules_doc["reglas"]:
        rules[entry["id"]] = RuleSpec(
            id=entry["id"], title=entry["titulo"], severity=entry["severidad"],
            text=" ".join(entry["texto"].split()), checks=entry["comprueba"],
            fix=entry["corrige"], asks=entry.get("pide", {}), params=entry.get("parametros", {}))
    raw = {p["id"]: p for p in platforms_doc["plataformas"]}
    platforms = {}
    for pid, p in raw.items():
        allows = p.get("segundo_factor")
        if allows is None:
            allows = bool(raw.get(p["segundo_factor_de"], {}).get("segundo_factor", False))
        platforms[pid] = Platform(pid, p["nombre"], p["url"], bool(allows))
    digest = hashlib.sha256()
    for name in sorted(p.name for p in base.iterdir() if p.is_file()):
        digest.update(name.encode() + (base / name).read_bytes())
    return Policy(rules, platforms, digest.hexdigest())
