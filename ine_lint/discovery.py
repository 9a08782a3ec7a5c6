"""Find an inventory's files, and read one without following links or blocking."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ine_lint.findings import REFERENCE, YAML, Finding, Pos, finding, stamp
from ine_lint.loader import MAX_FILE_BYTES

TOP_FILES = {"areas.yaml": "areas", "cncs.yaml": "cncs", "correos-genericos.yaml": "correos"}
AREA_DIRS = {"designaciones": "designaciones", "cuentas": "cuentas"}
YAML_SUFFIXES = (".yaml", ".yml")
#: The kinds of file of the contract; any other kind is read for secrets only.
KINDS = frozenset({*TOP_FILES.values(), *AREA_DIRS.values()})


@dataclass(frozen=True)
class SourceFile:
    rel: str
    kind: str
    path: Path


def is_inventory(root: Path) -> bool:
    return any((root / name).exists() for name in (*TOP_FILES, *AREA_DIRS))


#: What is not a regular file or a folder, by ``stat`` file type: never opened, never
#: followed (a link to /etc/passwd or /proc/self/environ, a FIFO that blocks, /dev/zero).
SPECIAL = (
    (stat.S_ISLNK, "yaml.symlink"),
    (stat.S_ISFIFO, "yaml.fifo"),
    (stat.S_ISCHR, "yaml.device"),
    (stat.S_ISBLK, "yaml.device"),
    (stat.S_ISSOCK, "yaml.socket"),
)


def special(mode: int) -> str | None:
    """The finding for an entry of this ``st_mode`` that is neither a file nor a folder."""
    return next((message for test, message in SPECIAL if test(mode)), None)


#: Never follow the last component, never block on a FIFO, never leak the descriptor.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class Unreadable(Exception):
    """A path that is not a regular file of at most ``MAX_FILE_BYTES``: the finding's message
    key and arguments say why."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.reason, self.details = key, args


#: How much more is read at a time from a file that grew since its size was taken.
_READ_MORE = 1 << 16


def read_regular(path: Path | str) -> bytes:
    """The bytes of a regular file (a link itself is never followed: O_NOFOLLOW; a FIFO opened
    by mistake never blocks: O_NONBLOCK), its size checked before reading and the read
    bounded; else ``Unreadable``. The one way ine-lint reads a file of the inventory."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise Unreadable("yaml.not_a_file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # the last component is a symbolic link
            raise Unreadable("yaml.symlink") from None
        raise Unreadable("yaml.unreadable", reason=exc.strerror or type(exc).__name__) from None
    try:
        info = os.fstat(fd)
        kind = special(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable("yaml.not_a_file")
        if kind is not None or not stat.S_ISREG(info.st_mode):
            raise Unreadable(kind or "yaml.device")
        if info.st_size > MAX_FILE_BYTES:
            raise Unreadable("yaml.too_large", size=info.st_size, limit=MAX_FILE_BYTES)
        # os.read rather than a buffered file object: BufferedReader.read(n) set up a buffer
        # of n bytes (16 MB) for each file, which took longer than reading the file.
        chunks = []
        left = MAX_FILE_BYTES + 1  # grown since fstat: still bounded
        want = info.st_size + 1  # one read, and one more that finds the end
        while left > 0:
            chunk = os.read(fd, min(want, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
            want = _READ_MORE
        return b"".join(chunks)
    except OSError as exc:
        raise Unreadable("yaml.unreadable", reason=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)


def _classify(path: Path) -> str | None:
    """``file``, ``folder``, a ``special`` finding's message, or None if there is nothing."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return "file"  # unreadable: reading it says why
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return special(mode) or "yaml.device"


def discover(root: Path) -> tuple[list[SourceFile], list[Finding]]:
    """The inventory's files, in a stable order; what cannot be a file becomes a finding.

    Entries are classified with ``lstat``: a symbolic link, FIFO, device or socket is a
    finding naming it, and is neither followed nor opened.
    """
    files: list[SourceFile] = []
    problems: list[Finding] = []
    for name, kind in TOP_FILES.items():
        path = root / name
        found = _classify(path)
        if found == "folder":
            problems.append(stamp(finding(Pos(name), "yaml.not_a_file"), YAML))
        elif found == "file":
            files.append(SourceFile(name, kind, path))
        elif found is not None:
            problems.append(stamp(finding(Pos(name), found), YAML))
    for dirname, kind in AREA_DIRS.items():
        folder = root / dirname
        found = _classify(folder)
        if found not in ("folder", None, "file"):
            problems.append(stamp(finding(Pos(dirname), found), YAML))  # never followed
        if found != "folder":
            continue
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            problems.append(stamp(finding(Pos(dirname), "yaml.unreadable"), YAML))
            continue
        for entry in entries:
            if not entry.name.endswith(YAML_SUFFIXES) or entry.name.startswith("."):
                continue
            rel = f"{dirname}/{entry.name}"
            found = _classify(Path(entry.path))
            if found == "folder":
                problems.append(stamp(finding(Pos(rel), "yaml.not_a_file"), YAML))
            elif found == "file":
                files.append(SourceFile(rel, kind, Path(entry.path)))
            elif found is not None:
                problems.append(stamp(finding(Pos(rel), found), YAML))
    problems += unexpected_entries(root)
    return files, problems


#: At the root, besides the contract: the repository's own settings (git, CI, editor) are
#: hidden entries, and a README may explain the inventory to people.
ROOT_CONTRACT = (*TOP_FILES, *AREA_DIRS, ".ine-lint.yaml")
#: Inside designaciones/ and cuentas/, git's placeholder for a folder is expected too.
AREA_DIR_EXTRAS = (".gitkeep",)


def unexpected_entries(root: Path) -> list[Finding]:
    """Every entry under the root that is not part of the contract, as a finding naming it.

    Nothing may be left out in silence: ``cuentas/X.YAML``, ``correos_genericos.yaml`` or a
    folder ``cuenta/`` would otherwise only show as odd consequences elsewhere. A name close
    to a contract name is an error (a fact meant for the inventory is not read); anything
    else, a warning (it does not belong in the inventory).
    """
    out: list[Finding] = []
    try:
        top = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return out
    for entry in top:
        name = entry.name
        if name in ROOT_CONTRACT or name.startswith(".") or name.upper().startswith("README"):
            continue
        is_dir = _is_dir(entry)
        candidates = [
            n for n in ROOT_CONTRACT if not n.startswith(".") and (n in AREA_DIRS) == is_dir
        ]
        meant = _close(name, candidates, is_dir)
        kind, areas = "", ""
        if meant.rstrip("/") in TOP_FILES:
            kind = TOP_FILES[meant]
        elif meant.rstrip("/") in AREA_DIRS:
            # The folder's files are the áreas' facts, unread: each área's are unknown.
            kind = AREA_DIRS[meant.rstrip("/")]
            try:
                areas = ",".join(
                    sorted(
                        e.name.partition(".")[0]
                        for e in os.scandir(entry.path)
                        if e.name.lower().endswith(YAML_SUFFIXES)
                    )
                )
            except OSError:
                areas = ""
        out.append(_unexpected(name + ("/" if is_dir else ""), meant, kind=kind, area_of=areas))
    for dirname, kind in AREA_DIRS.items():
        folder = root / dirname
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name) if folder.is_dir() else []
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name in AREA_DIR_EXTRAS:
                continue
            is_dir = _is_dir(entry)
            if not is_dir and name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                continue  # a file of the contract (or a folder so named: yaml.not_a_file)
            if is_dir and name.endswith(YAML_SUFFIXES):
                continue
            rel = f"{dirname}/{name}" + ("/" if is_dir else "")
            stem, dot, suffix = name.partition(".")
            if not is_dir and dot and f".{suffix.lower()}" in YAML_SUFFIXES and stem:
                # X.YAML: the área's file, not read because of the case of its extension.
                out.append(
                    _unexpected(rel, f"{dirname}/{stem}.{suffix.lower()}", kind=kind, area_of=stem)
                )
            elif not is_dir and _AREA_KEY.fullmatch(stem) and (not dot or _yaml_like(suffix)):
                # JDE01-AGS, jde01-ags, JDE01-AGS.ymal: an área's file by its name; whether
                # that área exists is known once areas.yaml is read (references.build).
                key = stem.upper()
                out.append(
                    _unexpected(rel, f"{dirname}/{key}.yaml", kind=kind, area_of=key, guess="1")
                )
            else:
                out.append(_unexpected(rel, ""))
    return out


#: The shape of an área's key (``areas.schema.json``), in either case.
_AREA_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def _yaml_like(suffix: str) -> bool:
    """``ymal``, ``yamll``: an extension meant to be ``yaml`` (``yaml.bak`` is not)."""
    import difflib

    return "." not in suffix and bool(
        difflib.get_close_matches(suffix.lower(), ["yaml", "yml"], n=1, cutoff=0.6)
    )


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _close(name: str, candidates: list[str], is_dir: bool) -> str:
    import difflib

    lowered = {c.lower(): c for c in candidates}
    found = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.75)
    return lowered[found[0]] + ("/" if is_dir else "") if found else ""


def _unexpected(
    rel: str, suggestion: str, kind: str = "", area_of: str = "", guess: str = ""
) -> Finding:
    extra = {"guess": guess} if guess else {}
    f = stamp(
        finding(
            Pos(rel.rstrip("/")),
            "ref.unexpected_entry",
            entry=rel,
            suggestion=suggestion,
            kind=kind,
            area_of=area_of,
            **extra,
        ),
        REFERENCE,
    )
    return f if suggestion else replace(f, severity="warning")


def stem(path: str) -> str:
    """``cuentas/JDE01-AGS.yaml`` → ``JDE01-AGS``: the área a per-área file is named for."""
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
