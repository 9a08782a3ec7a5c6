"""4.3.VI over a branch's own commits: a secret added and removed again is still pushed.

With ``--base REV`` the change is judged, and a pull request is more than its last tree:
every commit of ``REV..HEAD`` is on the server and in every clone of the branch. A password
written in one commit and deleted in the next leaves a clean working tree and a leaked
credential. So the lines each commit adds under the inventory root are read by the scan
(one pass over the diff, ``git log -p -U0``), and a secret none of the current files still
holds (those are reported where they are) is an error naming the file and the commit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ine_lint.discovery import Unreadable, read_regular
from ine_lint.findings import Finding, Pos, finding
from ine_lint.gitrev import Revision, _git
from ine_lint.secrets import HIDDEN_KIND, scan

#: Most bytes of ``git log -p`` read; past this the rest of the branch is not read.
MAX_LOG_BYTES = 64 * 1024 * 1024
SECRETS = "4.3.VI"


def findings(revision: Revision, root: Path) -> list[Finding]:
    """A 4.3.VI error per file and commit of ``revision..HEAD`` that added a secret the
    file no longer holds."""
    prefix = revision.rel(root)
    if prefix is None:
        return []
    log = _git(
        revision.top,
        "log",
        "-p",
        "-U0",
        "--no-renames",
        "--no-color",
        "--no-ext-diff",
        "--format=%x00%h",
        f"{revision.commit}..HEAD",
        "--",
        prefix or ".",
    )
    if log.returncode != 0:
        return []
    lead = f"{prefix}/" if prefix and prefix != "." else ""
    out: list[Finding] = []
    for chunk in log.stdout[:MAX_LOG_BYTES].split(b"\0")[1:]:
        head, _, body = chunk.partition(b"\n")
        commit = head.decode("ascii", "replace").strip()
        added: dict[str, list[str]] = {}
        path = ""
        for raw in body.split(b"\n"):
            if raw.startswith(b"+++ "):
                name = raw[4:].decode("utf-8", "surrogateescape")
                path = name[2:] if name.startswith("b/") else ""
                path = path[len(lead) :] if lead and path.startswith(lead) else path
            elif raw.startswith(b"+") and path:
                added.setdefault(path, []).append(raw[1:].decode("utf-8", "replace"))
        for rel, lines in sorted(added.items()):
            now = _current(root / rel).decode("utf-8", "replace")
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
    return out


def _current(path: Path) -> bytes:
    """The file as it is now (a regular file, bounded), or nothing if it is gone."""
    try:
        return read_regular(path)
    except Unreadable:
        return b""
