"""The inventory as the document commands read it: found as ``check`` finds it, modelled
by the same pipeline, without running the rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ine_lint.config import Config, find_config, load_config
from ine_lint.errors import ConfigError, InventoryError
from ine_lint.inventory import Inventory


@dataclass(frozen=True)
class Opened:
    root: Path
    config: Config
    inventory: Inventory
    platform_names: dict[str, str]


def load_settings(config_path: Path | None) -> Config:
    """The configuration as ``check`` reads it: ``--config``, else ``.ine-lint.yaml`` above."""
    if config_path is not None and not config_path.exists():
        raise ConfigError("cli.no_config", path=config_path)
    found = config_path or find_config(Path.cwd())
    return load_config(found) if found else Config()


def find_root(path: Path | None, config: Config) -> Path:
    """The inventory root for ``path`` (or none given), exactly as ``check`` resolves it."""
    from ine_lint.roots import resolve_targets

    root, _only = resolve_targets((path,) if path is not None else (), config)
    if root is None:
        raise InventoryError("inventory.not_inside", path=path)
    if not root.is_dir():
        raise InventoryError("inventory.missing", path=root)
    return root


def open_inventory(
    path: Path | None, config: Config, as_of: date, cache_dir: Path | None
) -> Opened:
    """Load and model every file of the inventory (through the cache, like ``check``)."""
    from ine_lint.discovery import discover, is_inventory
    from ine_lint.parallel import Loading
    from ine_lint.policy import load_policy
    from ine_lint.references import build
    from ine_lint.store import store

    root = find_root(path, config)
    if not is_inventory(root):
        raise InventoryError("inventory.not_inventory", path=root)
    from ine_lint.redact import name_hits

    sources, problems = discover(root)
    cache = store(cache_dir)
    # A file named after a secret is never cached, here as in ``check``.
    loading = Loading(sources, cache, name_hits=[h for s in sources for h in name_hits(s.rel)])
    try:
        policy = load_policy(store=cache)
        loaded = loading.finish()
    finally:
        loading.close()
    inventory = build(root, as_of, loaded, problems, policy.platforms)
    names = {pid: p.name for pid, p in policy.platforms.items()}
    return Opened(root, config, inventory, names)


def unreadable(opened: Opened, paths: set[str] | None = None) -> list[tuple[str, int, bool]]:
    """Files (all, or those in ``paths``) with yaml or esquema findings: (path, how many,
    whether nothing at all could be modelled). What they hold is unknown, not absent, so
    the documents say so instead of quietly leaving it out."""
    out = []
    for loaded in opened.inventory.files:
        if paths is not None and loaded.path not in paths:
            continue
        count = sum(1 for f in loaded.findings if f.rule in ("yaml", "esquema"))
        if count:
            out.append((loaded.path, count, loaded.model is None))
    return sorted(out)


def area_paths(key: str) -> set[str]:
    """The files an área's documents are made from."""
    return {
        "areas.yaml",
        *(
            f"{kind}/{key}{suffix}"
            for kind in ("designaciones", "cuentas")
            for suffix in (".yaml", ".yml")
        ),
    }
