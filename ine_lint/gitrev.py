"""Read files as they were at a git revision, through plain ``git`` calls and no shell.

Only plumbing commands that never run repository-controlled code are used (``rev-parse``,
``ls-tree``, ``cat-file --batch`` without ``--filters``): no hooks, no smudge or textconv
filters, no fsmonitor. Only regular blobs are read (no symlinks, no submodules), each bounded
in size, so a revision cannot make ine-lint read outside the repository or exhaust memory.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ine_lint.errors import ConfigError
from ine_lint.messages import ui

#: A blob larger than this is not read (the loader's own per-file limit).
MAX_BLOB_BYTES = 16 * 1024 * 1024
#: Nor more than this in all (a revision's inventory).
MAX_TOTAL_BYTES = 512 * 1024 * 1024
#: A git call that takes longer than this has hung (a lock, a network remote).
TIMEOUT_SECONDS = 120
_REGULAR_MODES = ("100644", "100755")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Never prompt for credentials nor page output; never read a system-wide config.
    env.update(
        {"GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"}
    )
    return env


def _git(
    cwd: Path, *args: str, stdin: bytes | None = None, lang: str = "es"
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-c", "core.fsmonitor=false", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            env=_env(),
            check=False,
            timeout=TIMEOUT_SECONDS,
        )
    except FileNotFoundError:
        raise ConfigError(ui("git.missing", lang)) from None
    except subprocess.TimeoutExpired:
        raise ConfigError(
            ui("git.timeout", lang).format(command=args[0], seconds=TIMEOUT_SECONDS)
        ) from None


@dataclass(frozen=True)
class Revision:
    """A commit of the repository that holds ``top``."""

    top: Path
    name: str
    commit: str

    def rel(self, path: Path) -> str | None:
        """``path`` relative to the repository's top, or None if it is outside."""
        try:
            return path.resolve().relative_to(self.top).as_posix()
        except ValueError:
            return None

    def read(self, rel: str) -> bytes | None:
        """One file's bytes at this revision; None if absent or not a regular file."""
        return self.read_tree(rel, single=True).get(rel)

    def read_tree(self, prefix: str, single: bool = False) -> dict[str, bytes]:
        """Every regular file at or under ``prefix`` (repository-relative), by path."""
        spec = prefix.rstrip("/") or "."
        listing = _git(self.top, "ls-tree", "-r", "-z", "--full-tree", self.commit, "--", spec)
        if listing.returncode != 0:
            return {}
        wanted: list[tuple[str, str]] = []
        for record in listing.stdout.split(b"\0"):
            if not record:
                continue
            meta, _, name = record.partition(b"\t")
            mode, kind, sha = meta.decode("ascii", "replace").split(" ")
            path = name.decode("utf-8", "surrogateescape")
            if kind != "blob" or mode not in _REGULAR_MODES:
                continue  # a symlink or a submodule is never followed
            if single and path != prefix:
                continue
            wanted.append((path, sha))
        return self._blobs(wanted)

    def read_index(self, prefix: str) -> dict[str, bytes]:
        """Every regular file at or under ``prefix`` as staged for the next commit."""
        spec = prefix.rstrip("/") or "."
        listing = _git(self.top, "ls-files", "-s", "-z", "--", spec)
        if listing.returncode != 0:
            return {}
        wanted: list[tuple[str, str]] = []
        for record in listing.stdout.split(b"\0"):
            if not record:
                continue
            meta, _, name = record.partition(b"\t")
            mode, sha, stage = meta.decode("ascii", "replace").split(" ")
            if mode in _REGULAR_MODES and stage == "0":
                wanted.append((name.decode("utf-8", "surrogateescape"), sha))
        return self._blobs(wanted)

    def _blobs(self, wanted: list[tuple[str, str]]) -> dict[str, bytes]:
        if not wanted:
            return {}
        sizes = _git(
            self.top,
            "cat-file",
            "--batch-check",
            stdin="".join(f"{sha}\n" for _, sha in wanted).encode(),
        )
        small: list[tuple[str, str]] = []
        total = 0
        for (path, sha), line in zip(wanted, sizes.stdout.decode().splitlines(), strict=False):
            parts = line.split()
            if len(parts) != 3 or not parts[2].isdigit():
                continue
            size = int(parts[2])
            if size > MAX_BLOB_BYTES or total + size > MAX_TOTAL_BYTES:
                continue
            total += size
            small.append((path, sha))
        batch = _git(
            self.top, "cat-file", "--batch", stdin="".join(f"{sha}\n" for _, sha in small).encode()
        )
        out: dict[str, bytes] = {}
        data = batch.stdout
        at = 0
        for path, _sha in small:
            end = data.find(b"\n", at)
            if end < 0:
                break
            header = data[at:end].split()
            if len(header) != 3:
                break
            size = int(header[2])
            out[path] = data[end + 1 : end + 1 + size]
            at = end + 1 + size + 1  # the blob, then a newline
        return out


def resolve(start: Path, rev: str, lang: str = "es") -> Revision:
    """The commit ``rev`` names in the repository holding ``start``; ConfigError if none."""
    if not rev or rev.startswith("-") or any(c in rev for c in "\n\r\0"):
        raise ConfigError(
            ui("git.bad_rev", lang).format(rev=rev.encode("unicode_escape").decode("ascii"))
        )
    folder = start if start.is_dir() else start.parent
    if not folder.is_dir():  # a PATH that does not exist: its own error comes later
        folder = Path.cwd()
    top = _git(folder, "rev-parse", "--show-toplevel", lang=lang)
    if top.returncode != 0:
        raise ConfigError(ui("git.not_a_repo", lang).format(folder=folder))
    top_path = Path(top.stdout.decode("utf-8", "surrogateescape").strip()).resolve()
    found = _git(top_path, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", lang=lang)
    if found.returncode != 0:
        raise ConfigError(ui("git.no_rev", lang).format(rev=rev, top=top_path))
    return Revision(top_path, rev, found.stdout.decode().strip())
