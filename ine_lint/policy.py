"""The policy catalogue (policies/): provision texts, severities, thresholds, platforms."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ine_lint.errors import ConfigError
from ine_lint.memo import Memo
from ine_lint.resources import data_dir

T = TypeVar("T")


class Store(Protocol):
    """What keeping the catalogue between runs needs of the cache (``ine_lint.store.Cache``)."""

    def entry(self, folder: str, *parts: str) -> str: ...

    def get(self, name: str, kind: type[T]) -> T | None: ...

    def put(self, name: str, value: object) -> None: ...


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
    #: ``text`` in other languages: only for prose of ours (ine-lint's own rules, a pack's
    #: rules); a provision is quoted as the Lineamientos write it, in Spanish.
    translations: dict[str, str] = field(default_factory=dict)

    def text_in(self, lang: str) -> str:
        """``text`` in ``lang`` if it has a rendering there, else as written."""
        return self.translations.get(lang) or self.text


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    url: str
    second_factor: bool


class Policy:
    """The loaded catalogue. Rules read thresholds through :meth:`param`."""

    def __init__(
        self, rules: dict[str, RuleSpec], platforms: dict[str, Platform], digest: str
    ) -> None:
        self.rules = rules
        self.platforms = platforms
        self.digest = digest

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

    def param(self, rule_id: str, name: str) -> Any:
        try:
            return self.rules[rule_id].params[name]
        except KeyError:
            raise ConfigError("policy.no_param", rule=rule_id, name=name) from None

    def platform(self, network: str) -> Platform | None:
        return self.platforms.get(network)


def spec_from_entry(entry: dict[str, Any]) -> RuleSpec:
    """A catalogue entry as written in ``lineamientos.yaml`` (or a rule pack's ``POLICY``).

    A provision's title is code, kept in its rule module; the core rules (``yaml``,
    ``esquema``, ...) have no module and keep theirs here.
    """
    text = entry["texto"]
    texts = {
        lang: " ".join(t.split()) for lang, t in (text.items() if isinstance(text, dict) else ())
    }
    return RuleSpec(
        id=entry["id"],
        title=dict(entry.get("titulo", {})),
        severity=entry["severidad"],
        text=texts.pop("es") if texts else " ".join(text.split()),
        translations=texts,
        checks=dict(entry["comprueba"]),
        fix=dict(entry["corrige"]),
        asks=dict(entry.get("pide", {})),
        params=dict(entry.get("parametros", {})),
    )


def _validated(path: Path, schema_name: str) -> Any:
    # fastjsonschema, not jsonschema: this runs on every start, and importing jsonschema
    # would double the start-up time of a run whose files are all valid.
    import fastjsonschema
    import yaml

    data = yaml.load(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schema = json.loads((path.parent / schema_name).read_text(encoding="utf-8"))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    try:
        fastjsonschema.compile(schema)(data)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ConfigError("policy.invalid", path=path, message=exc.message) from None
    return data


#: The catalogue of each folder, read once per process (every finding's text looks it up).
_LOADED: Memo[Path, Policy] = Memo(16)


def policy_digest(base: Path) -> str:
    """Digest of every file of a catalogue folder, names and bytes."""
    import hashlib

    digest = hashlib.sha256()
    for name in sorted(p.name for p in base.iterdir() if p.is_file()):
        digest.update(name.encode() + b"\0" + (base / name).read_bytes())
    return digest.hexdigest()


def read_catalogue(base: Path) -> tuple[Any, Any]:
    """``lineamientos.yaml`` and ``plataformas.yaml`` of ``base``, each validated."""
    return (
        _validated(base / "lineamientos.yaml", "catalogo.schema.json"),
        _validated(base / "plataformas.yaml", "plataformas.schema.json"),
    )


def load_policy(directory: Path | None = None, store: Store | None = None) -> Policy:
    """Load and validate ``lineamientos.yaml`` and ``plataformas.yaml``, once per process.

    The shipped catalogue comes validated in ``ine_lint.generated.catalogo``, used while
    its digest matches the folder's files. Otherwise, with a ``store``
    (``ine_lint.store``), a catalogue already validated is taken from it, keyed by the
    bytes of every file of the folder.
    """
    base = directory or data_dir("policies")
    found = _LOADED.get(base)
    if found is not None:
        return found
    digest = policy_digest(base)
    policy = _shipped(digest) if directory is None else None
    if policy is None:
        name = store.entry("compilado", "politica", digest) if store is not None else ""
        policy = store.get(name, Policy) if store is not None else None
        if policy is None:
            policy = _load(base, digest)
            if store is not None:
                store.put(name, policy)
    return _LOADED.keep(base, policy)


def _shipped(digest: str) -> Policy | None:
    from ine_lint.generated import catalogo

    if digest != catalogo.DIGEST:  # policies/ edited since: read it
        return None
    return _build(catalogo.REGLAS, catalogo.PLATAFORMAS, digest)


def _load(base: Path, digest: str) -> Policy:
    return _build(*read_catalogue(base), digest)


def _build(rules_doc: Any, platforms_doc: Any, digest: str) -> Policy:
    rules = {entry["id"]: spec_from_entry(entry) for entry in rules_doc["reglas"]}
    raw = {p["id"]: p for p in platforms_doc["plataformas"]}
    platforms = {}
    for pid, p in raw.items():
        allows = p.get("segundo_factor")
        if allows is None:
            allows = bool(raw.get(p["segundo_factor_de"], {}).get("segundo_factor", False))
        platforms[pid] = Platform(pid, p["nombre"], p["url"], bool(allows))
    return Policy(rules, platforms, digest)
