"""From what the user named to the inventory root and the files to report on."""

from __future__ import annotations

from pathlib import Path

from ine_lint.config import Config
from ine_lint.errors import InventoryError
from ine_lint.inventory import is_inventory


def _root_of(path: Path, configured: Path | None) -> Path | None:
    here = path.resolve()
    if configured is not None:
        conf = configured.resolve()
        if here == conf or conf in here.parents:
            return conf
    for folder in (here, *here.parents):
        if (folder / "areas.yaml").is_file():
            return folder
    return None


def resolve_targets(paths: tuple[Path, ...],
                    config: Config) -> tuple[Path | None, frozenset[str] | None]:
    """The inventory root, and the inventory-relative files to report on (None = all).

    A root of None means none of the given files is in an inventory: nothing to check.
    """
    if not paths:
        if config.inventory is not None:
            return config.inventory, None
        if is_inventory(Path.cwd()) and (Path.cwd() / "areas.yaml").exists():
            return Path.cwd(), None
        default = Path("inventories")
        if not default.is_dir():
            raise InventoryError("inventory.no_default")
        return default, None
    roots: set[Path] = set()
    files: set[str] = set()
    whole = False
    for path in paths:
        if not path.exists():
            raise InventoryError("inventory.no_path", path=path)
        if path.is_dir() and is_inventory(path):
            roots.add(path.resolve())
            whole = True
            continue
        root = _root_of(path, config.inventory)
        if root is None:
            if path.is_dir():
                raise InventoryError("inventory.outside", path=path)
            continue  # a file outside any inventory (pre-commit may pass one): nothing to do
        roots.add(root)
        if path.is_dir():
            whole = True
        else:
            files.add(path.resolve().relative_to(root).as_posix())
    if not roots:
        return None, None
    if len(roots) > 1:
        raise InventoryError("inventory.several",
                             roots=", ".join(sorted(str(r) for r in roots)))
    return roots.pop(), None if whole else frozenset(files)
