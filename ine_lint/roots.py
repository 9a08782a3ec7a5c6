"""From what the user named to the inventory root and the files to report on."""

from __future__ import annotations

from pathlib import Path

from ine_lint.config import CONFIG_NAME, Config
from ine_lint.discovery import AREA_DIRS, TOP_FILES, is_inventory
from ine_lint.errors import InventoryError

#: Files whose change can alter the findings of every área: given one of them, everything
#: is reported (with the configuration file itself).
SHARED_FILES = frozenset(TOP_FILES)


def _upward(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``areas.yaml``."""
    for folder in (start, *start.parents):
        if (folder / "areas.yaml").is_file():
            return folder
    return None


def _implied_root(here: Path) -> Path | None:
    """The root a path of the contract implies by its place (``X/areas.yaml`` → ``X``;
    ``X/cuentas/A.yaml`` → ``X``), even when the file is gone (a staged deletion)."""
    if here.name in TOP_FILES:
        return here.parent
    if here.parent.name in AREA_DIRS:
        return here.parent.parent
    return None


def _where(path: Path) -> Path:
    """``path`` made absolute, its folders resolved but not the path itself when it is a
    symbolic link: a staged link is judged where it is in the inventory (and reported as a
    link), never where it points."""
    return path.parent.resolve() / path.name if path.is_symlink() else path.resolve()


def _root_of(path: Path, configured: Path | None) -> Path | None:
    here = _where(path)
    if configured is not None:
        conf = configured.resolve()
        if here == conf or conf in here.parents:
            return conf
    found = _upward(here if here.is_dir() else here.parent)
    if found is not None:
        return found
    implied = _implied_root(here)
    # An inventory whose areas.yaml is missing is still an inventory: the check then stops
    # with one line (exit 2) instead of letting the commit that deleted it pass.
    return implied if implied is not None and implied.is_dir() else None


def default_root(config: Config) -> Path:
    """Without a path: the configured inventory, else the nearest folder at or above the
    current one that holds areas.yaml, else ./inventories."""
    if config.inventory is not None:
        return config.inventory
    found = _upward(Path.cwd().resolve())
    if found is not None:
        return found
    default = Path("inventories")
    if not default.is_dir():
        raise InventoryError("inventory.no_default")
    return default


def resolve_targets(
    paths: tuple[Path, ...], config: Config, *, staged: bool = False
) -> tuple[Path | None, frozenset[str] | None]:
    """The inventory root, and the inventory-relative files to report on (None = all).

    A file argument outside any inventory is an error; so is a path that does not exist,
    unless it comes from ``--staged`` (a deletion). With ``staged``, files outside the
    inventory are ignored, and a root of None means none of them is in one.
    """
    if not paths:
        if staged:
            return None, None
        return default_root(config), None
    roots: set[Path] = set()
    files: set[str] = set()
    whole = False
    config_file = config.path.resolve() if config.path is not None else None
    for path in paths:
        here = _where(path)
        if (config_file is not None and here == config_file) or (
            staged and here.name == CONFIG_NAME and not here.exists()
        ):
            # The configuration judges every finding: a change to it can alter any of them.
            roots.add(default_root(config).resolve())
            whole = True
            continue
        if not path.exists() and not path.is_symlink() and not staged:
            raise InventoryError("inventory.no_path", path=path)
        if path.is_dir() and is_inventory(path):
            roots.add(here)
            whole = True
            continue
        root = _root_of(path, config.inventory)
        if (
            root is None
            and path.is_dir()
            and config.inventory is not None
            and here in config.inventory.resolve().parents
        ):
            # ``ine-lint .`` at the root of a repository whose configuration names its
            # inventory (``inventario: inventories/``): that inventory, whole.
            root = config.inventory.resolve()
        if root is None:
            if staged:
                continue  # a file of the repository that is not part of any inventory
            if path.is_dir():
                raise InventoryError("inventory.outside", path=path)
            raise InventoryError("inventory.file_outside", path=path)
        roots.add(root)
        if path.is_dir():
            whole = True
        else:
            files.add(here.relative_to(root.resolve()).as_posix())
    if not roots:
        return None, None
    if len(roots) > 1:
        raise InventoryError("inventory.several", roots=", ".join(sorted(str(r) for r in roots)))
    return roots.pop(), None if whole else frozenset(files)


def staged_paths(cwd: Path) -> tuple[Path, ...]:
    """The files staged for commit, deletions included, as paths (asked to git)."""
    import subprocess  # only for --staged: a check of the whole inventory never runs git

    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        names = subprocess.run(
            [
                "git",
                "diff",
                "--cached",
                "--name-only",
                "--no-renames",
                "-z",
                "--diff-filter=ACDMRT",
            ],
            cwd=cwd,
            capture_output=True,
            timeout=60,
            check=True,
        )
    except FileNotFoundError:
        raise InventoryError("staged.no_git") from None
    except subprocess.CalledProcessError:
        raise InventoryError("staged.no_repository") from None
    except subprocess.TimeoutExpired:
        raise InventoryError("staged.git_timeout") from None
    base = Path(top.stdout.rstrip("\n"))
    return tuple(
        base / name for name in names.stdout.decode("utf-8", "surrogateescape").split("\0") if name
    )


def reported_areas(only: frozenset[str]) -> frozenset[str] | None:
    """The áreas whose findings file-argument mode reports; None: every área (a shared file,
    or the configuration, was given)."""
    areas: set[str] = set()
    for rel in only:
        parts = rel.split("/")
        if len(parts) == 1 and parts[0] in SHARED_FILES:
            return None
        if len(parts) == 2 and parts[0] in AREA_DIRS:
            areas.add(parts[1].partition(".")[0])
    return frozenset(areas)
