"""The inventory's weekly history, from git: each week's last commit, checked as of that day.

git is run without a shell, with fixed arguments, and only to read: the commit's files are
taken from the object database (``ls-tree`` and ``cat-file``), not by checking out or
archiving, so no attribute, filter or hook of the repository comes into play and the
working tree and index are never touched. Each commit is written to a temporary folder and
checked like any inventory, with the same cache, so files that did not change between
weeks are not parsed again.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ine_lint.check import Options

#: Seconds any one git command may take; a hung git must not hang the report.
GIT_TIMEOUT = 120
#: A commit's day ends at midnight in Mexico City (UTC-6 all year since 2022).
DAY_END = "T23:59:59-06:00"


class NoHistory(Exception):
    """Why there is no trend: a key of the report's texts, and a detail (git's own words)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


@dataclass
class Week:
    day: date
    commit: str | None  # None: the inventory had no commit yet by that day
    counts: dict[str, int] = field(default_factory=dict)


def _git(top: Path | None, *args: str, stdin: bytes | None = None) -> bytes:
    cmd = ["git"]
    if top is not None:
        cmd += ["-C", str(top)]
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            [*cmd, *args],
            input=stdin,
            capture_output=True,
            env=env,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise NoHistory("no_git") from None
    except subprocess.TimeoutExpired:
        raise NoHistory("git_timeout", str(GIT_TIMEOUT)) from None
    if done.returncode != 0:
        first = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise NoHistory("git_failed", first[0] if first else f"exit {done.returncode}")
    return done.stdout


def repository(root: Path) -> tuple[Path, str]:
    """The repository's top folder, and the inventory's path inside it."""
    try:
        out = _git(None, "-C", str(root), "rev-parse", "--show-toplevel")
    except NoHistory as exc:
        if exc.reason == "no_git":
            raise
        raise NoHistory("not_a_repository") from None
    top = Path(out.decode("utf-8", "surrogateescape").strip())
    try:
        rel = root.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise NoHistory("not_a_repository") from None
    return top, rel


def week_days(as_of: date, weeks: int) -> list[date]:
    """The last day of each of the last ``weeks`` weeks, oldest first, ending on as-of."""
    return [as_of - timedelta(days=7 * k) for k in range(weeks - 1, -1, -1)]


def commit_on(top: Path, rel: str, day: date) -> str | None:
    """The last commit of HEAD's history by the end of ``day`` that touched the inventory."""
    out = _git(
        top, "rev-list", "-1", f"--before={day.isoformat()}{DAY_END}", "HEAD", "--", rel or "."
    )
    sha = out.decode("ascii", "replace").strip()
    return sha or None


def export(top: Path, rel: str, commit: str, dest: Path) -> Path:
    """Write the inventory as it was at ``commit`` under ``dest``; return its root there."""
    listing = _git(top, "ls-tree", "-r", "-z", "--full-tree", commit, "--", rel or ".")
    entries: list[tuple[str, str, PurePosixPath]] = []
    for item in listing.split(b"\0"):
        if not item:
            continue
        meta, _, name = item.partition(b"\t")
        mode, kind, sha = meta.decode("ascii").split(" ")
        path = PurePosixPath(name.decode("utf-8", "surrogateescape"))
        if kind != "blob" or path.is_absolute() or ".." in path.parts:
            continue  # submodules, and anything that would leave the folder
        if mode == "120000" and rel and PurePosixPath(rel).is_relative_to(path):
            continue  # the inventory folder itself as a symlink: nothing of it to check
        entries.append((mode, sha, path))
    blobs = _read_blobs(top, [sha for _, sha, _ in entries])
    for mode, sha, path in entries:
        target = dest.joinpath(*path.parts)
        # git accepts a crafted tree with a symlink and a folder or file of the same name:
        # nothing is written through a symlink, nor over what is already there.
        if not _plain_folders(dest, path.parts[:-1]):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with suppress(FileExistsError):
            if mode == "120000":  # a symlink stays a symlink, for the checker to judge
                os.symlink(os.fsdecode(blobs[sha]), target)
            else:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
                with os.fdopen(fd, "wb") as stream:
                    stream.write(blobs[sha])
    root = dest.joinpath(*PurePosixPath(rel).parts) if rel else dest
    root.mkdir(parents=True, exist_ok=True)
    return root


def _plain_folders(dest: Path, parts: tuple[str, ...]) -> bool:
    """Whether no folder from ``dest`` down to ``parts`` is a symlink or a file."""
    here = dest
    for part in parts:
        here = here / part
        if here.is_symlink() or (here.exists() and not here.is_dir()):
            return False
    return True


def _read_blobs(top: Path, shas: list[str]) -> dict[str, bytes]:
    wanted = sorted(set(shas))
    if not wanted:
        return {}
    out = _git(top, "cat-file", "--batch", stdin="\n".join(wanted).encode() + b"\n")
    blobs: dict[str, bytes] = {}
    at = 0
    for sha in wanted:
        end = out.index(b"\n", at)
        header = out[at:end].decode("ascii").split(" ")
        if len(header) != 3 or header[1] != "blob":
            raise NoHistory("git_failed", f"cat-file {sha}")
        size = int(header[2])
        blobs[header[0]] = out[end + 1 : end + 1 + size]
        at = end + 1 + size + 1
    return blobs


def trend(
    root: Path, options: Options, weeks: int, step: Callable[[], None] = lambda: None
) -> list[Week]:
    """Findings by severity for each of the last ``weeks`` weeks (oldest first)."""
    from dataclasses import replace

    from ine_lint.check import check

    top, rel = repository(root)
    out: list[Week] = []
    with tempfile.TemporaryDirectory(prefix="ine-lint-historia-") as tmp:
        exported: dict[str, Path] = {}
        for day in week_days(options.as_of, weeks):
            commit = commit_on(top, rel, day)
            week = Week(day, commit)
            if commit is not None:
                if commit not in exported:
                    exported[commit] = export(top, rel, commit, Path(tmp) / commit)
                result = check(exported[commit], replace(options, as_of=day, only_paths=None))
                for f in result.findings:
                    week.counts[f.severity] = week.counts.get(f.severity, 0) + 1
            out.append(week)
            step()
    if all(w.commit is None for w in out):
        raise NoHistory("no_commits")
    return out
