"""A warm run (cache, snapshot, names judged before) says exactly what a cold one does.

The sample inventory is edited one file at a time, at random but reproducibly (a seed per
test), and after every edit the JSON report of ``ine-lint check`` with the cache of the
previous runs is compared, byte for byte and suppressed findings included, with the report
of ``ine-lint check --no-cache``. Edits are of every kind a cache could get wrong: a value,
a date, a deleted or repeated line, a secret written in, an edit undone (the file's old
entry is used again), and a file added or removed under a name that looks like a secret.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint import parallel
from ine_lint.cli import main

REPO = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-27"


def _report(root: Path, config: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(root),
            "--as-of",
            AS_OF,
            "--config",
            str(config),
            "--format",
            "json",
            "--show-suppressed",
            "--output",
            str(out),
            *extra,
        ],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.output
    return out.read_text(encoding="utf-8")


class _Editor:
    """Random one-file edits of a copy of the sample inventory."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root = root
        self.rng = rng
        self.original = {
            p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(root.rglob("*.yaml"))
        }
        self.clock = time.time_ns() - 7200 * 1_000_000_000
        self.extra: Path | None = None
        for path in root.rglob("*.yaml"):
            self._date(path)

    def _date(self, path: Path) -> None:
        """A distinct mtime in the past, as an editor's save leaves (never within the
        snapshot's racy window, so the snapshot is trusted and really exercised)."""
        self.clock += 1_000_000_000
        os.utime(path, ns=(self.clock, self.clock))

    def edit(self) -> str:
        rel = self.rng.choice(sorted(self.original))
        path = self.root / rel
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        i = self.rng.randrange(len(lines))
        kind = self.rng.choice(
            ["digit", "digit", "value", "delete", "repeat", "secret", "undo", "name"]
        )
        if kind == "name":
            return self._name()
        if kind == "undo":
            path.write_text(self.original[rel], encoding="utf-8")
        elif kind == "digit":
            digits = [k for k, c in enumerate(lines[i]) if c.isdigit()]
            if digits:
                k = self.rng.choice(digits)
                lines[i] = lines[i][:k] + str(self.rng.randrange(10)) + lines[i][k + 1 :]
        elif kind == "value":
            head, colon, tail = lines[i].partition(": ")
            if colon and tail.strip():
                lines[i] = f"{head}: {tail.rstrip()}x\n"
        elif kind == "delete":
            del lines[i]
        elif kind == "repeat":
            lines.insert(i, lines[i])
        elif kind == "secret":
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            lines.insert(i, " " * indent + "# contraseña: Zq7!mP4w#Lx9\n")
        if kind != "undo":
            path.write_text("".join(lines), encoding="utf-8")
        self._date(path)
        return f"{kind} {rel}:{i + 1}"

    def _name(self) -> str:
        """Add a file named like a token, or take the added one away."""
        if self.extra is not None and self.extra.exists():
            self.extra.unlink()
            return "removed the token-named file"
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        token = "ghp_" + "".join(self.rng.choice(alphabet) for _ in range(36))
        self.extra = self.root / "cuentas" / f"{token}.txt"
        self.extra.write_text("notas\n", encoding="utf-8")
        self._date(self.extra)
        return f"added {self.extra.name}"


@pytest.mark.parametrize("seed", [14, 1414])
def test_warm_runs_report_what_cold_runs_do_after_random_edits(seed, tmp_path, monkeypatch):
    root = tmp_path / "inventories"
    shutil.copytree(REPO / "inventories", root)
    config = tmp_path / ".ine-lint.yaml"
    config.write_text((REPO / ".ine-lint.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rng = random.Random(seed)
    editor = _Editor(root, rng)
    out = tmp_path / "out"
    out.mkdir()
    _report(root, config, out / "first.json")  # fills the cache and the snapshot
    for step in range(14):
        what = editor.edit()
        # Half the time the snapshot is left as it is (an edited file comes from its own
        # entry), half the time it is written again after every edit.
        monkeypatch.setattr(parallel, "_MISSES_PER_REWRITE", 1 if step % 2 else 1000)
        warm = _report(root, config, out / f"warm{step}.json")
        cold = _report(root, config, out / f"cold{step}.json", "--no-cache")
        assert warm == cold, f"seed {seed}, step {step}: {what}"
        # And once more warm, from what this run left in the cache.
        assert _report(root, config, out / f"again{step}.json") == cold, what
