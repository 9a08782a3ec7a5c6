"""4.3.VI over a branch's own commits: a secret added and removed again is still pushed.

With ``--base REV`` the change is judged, and a pull request is more than its last tree:
every commit of ``REV..HEAD`` is on the server and in every clone of the branch. A password
written in one commit and deleted in the next leaves a clean working tree and a leaked
credential. So the lines each commit adds under the inventory root are read by the scan
(one pass over the diff, ``git log -p -U0``), and a secret none of the current files still
holds (those are reported where they are) is an error naming the file and the commit.
"""

from __future__ import annotations

import subprocess
import threading
from dataclasses import replace
from pathlib import Path

from ine_lint.discovery import Unreadable, read_regular
from ine_lint.findings import Finding, Pos, finding
from ine_lint.gitrev import TIMEOUT_SECONDS, Revision, _env
from ine_lint.secrets import HIDDEN_KIND, scan

#: Most bytes of ``git log -p`` read; past this the rest of the branch is not read (and
#: an info notice says so).
MAX_LOG_BYTES = 64 * 1024 * 1024
SECRETS = "4.3.VI"


def findings(revision: Revision, root: Path) -> list[Finding]:
    """A 4.3.VI error per file and commit of ``revision..HEAD`` that added a secret the
    file no longer holds; an info notice when the branch's diff is longer than is read."""
    prefix = revision.rel(root)
    if prefix is None:
        return []
    log, complete = _log(revision, prefix)
    lead = f"{prefix}/" if prefix and prefix != "." else ""
    out: list[Finding] = []
    for chunk in (log or b"").split(b"\0")[1:]:
        head, _, body = chunk.partition(b"\n")
        commit = head.decode("ascii", "replace").strip()
        for rel, lines in sorted(_added(body, lead).items()):
            now = _current(root, rel).decode("utf-8", "replace")
            for hit in scan("\n".join(lines)):
                if hit.kind == HIDDEN_KIND or not hit.values:
                    continue
                if all(v in now for v in hit.values):
                    continue  # still in the file: reported there, at its line
                out.append(
                    replace(
                        finding(
                            Pos(rel, 1, 1),
                            "r.secret.branch",
                            subject=rel,
                            commit=commit,
                            term=hit.term,
                        ),
                        rule=SECRETS,
                        severity="error",
                    )
                )
                break  # one per file and commit
    if log is None or not complete:  # unknown is not absent: say what was not read
        notice = (
            finding(Pos("."), "r.secret.branch_unreadable")
            if log is None
            else finding(Pos("."), "r.secret.branch_not_read", limit=MAX_LOG_BYTES)
        )
        out.append(replace(notice, rule=SECRETS, severity="info"))
    return out


def _log(revision: Revision, prefix: str) -> tuple[bytes | None, bool]:
    """The first ``MAX_LOG_BYTES`` of the branch's diff, and whether that is all of it.

    Read as it comes and cut there (a branch can add gigabytes); no textconv or external
    diff drivers, which a repository's configuration could name. None if git failed or
    was stopped by the time limit.
    """
    command = [
        "git",
        "-c",
        "core.fsmonitor=false",
        "log",
        "-p",
        "-U0",
        "--no-renames",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--format=%x00%h",
        f"{revision.commit}..HEAD",
        "--",
        prefix or ".",
    ]
    try:
        proc = subprocess.Popen(
            command,
            cwd=revision.top,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_env(),
        )
    except OSError:
        return None, False
    assert proc.stdout is not None
    timer = threading.Timer(TIMEOUT_SECONDS, proc.kill)  # a lock or a hung filesystem
    timer.start()
    try:
        log = proc.stdout.read(MAX_LOG_BYTES + 1)
        complete = len(log) <= MAX_LOG_BYTES
        if not complete:
            proc.kill()
        status = proc.wait()
    finally:
        timer.cancel()
        proc.stdout.close()
    if complete and status != 0:
        return None, False
    return log[:MAX_LOG_BYTES], complete


def _added(body: bytes, lead: str) -> dict[str, list[str]]:
    """The lines one commit's diff adds, by path relative to the inventory root.

    A ``+++`` line names the file only in a file's header (between ``diff --git`` and the
    first ``@@``): inside a hunk it is an added line that starts with ``++``, which must
    neither hide the lines after it nor move them to another file.
    """
    added: dict[str, list[str]] = {}
    path = ""
    in_header = link = False
    for raw in body.split(b"\n"):
        if raw.startswith(b"diff --git "):
            in_header, link, path = True, False, ""
        elif in_header and raw.startswith(b"@@"):
            in_header = False
        elif in_header and raw.startswith((b"new file mode 120000", b"new mode 120000")):
            link = True  # a symbolic link: its "lines" are its target, never read as a file
        elif in_header and raw.startswith(b"+++ ") and not link:
            # (git ends a name that holds a space with a tab, and quotes an unusual one)
            name = _unquote(raw[4:].removesuffix(b"\t")).decode("utf-8", "surrogateescape")
            path = name[2:] if name.startswith("b/") else ""  # /dev/null: deleted
            path = path[len(lead) :] if lead and path.startswith(lead) else path
        elif not in_header and raw.startswith(b"+") and path:
            added.setdefault(path, []).append(raw[1:].decode("utf-8", "replace"))
    return added


def _unquote(name: bytes) -> bytes:
    """A path as git writes it in a diff header: bare, or, when it holds a byte outside
    printable ASCII, a quote, or a backslash, in double quotes with C escapes (``\\303\\261``
    for ``ñ``, ``\\t``, ``\\"``). Unquoted here, or a file named in Spanish would be skipped."""
    if not (name.startswith(b'"') and name.endswith(b'"') and len(name) >= 2):
        return name
    out = bytearray()
    body = name[1:-1]
    i = 0
    while i < len(body):
        c = body[i]
        if c != 0x5C or i + 1 == len(body):  # not a backslash
            out.append(c)
            i += 1
        elif body[i + 1 : i + 4].isdigit() and len(body[i + 1 : i + 4]) == 3:
            out.append(int(body[i + 1 : i + 4], 8) & 0xFF)
            i += 4
        else:
            out += _C_ESCAPES.get(body[i + 1 : i + 2], body[i + 1 : i + 2])
            i += 2
    return bytes(out)


_C_ESCAPES = {
    b"a": b"\a",
    b"b": b"\b",
    b"t": b"\t",
    b"n": b"\n",
    b"v": b"\v",
    b"f": b"\f",
    b"r": b"\r",
}


def _current(root: Path, rel: str) -> bytes:
    """The file as it is now (a regular file, bounded, inside the inventory), or nothing if
    it is gone. A folder on its way may be a link out of the inventory now, though the
    commit had a folder there: such a path is not read."""
    path = root / rel
    try:
        if not path.parent.resolve().is_relative_to(root.resolve()):
            return b""
        return read_regular(path)
    except (Unreadable, OSError):
        return b""
