"""Shared fixtures: a compliant inventory to break one small edit at a time."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from ine_lint.check import Options, Result, check
from ine_lint.findings import Finding

HERE = Path(__file__).resolve().parent
BASE = HERE / "data" / "base"
REPO = HERE.parent
SHARED = REPO.parent / "shared"
#: The as-of date the base inventory is compliant on (a Monday).
AS_OF = date(2026, 11, 30)


class Inv:
    """A copy of ``tests/data/base`` in a temporary folder, with editing helpers."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, rel: str) -> Path:
        return self.root / rel

    def text(self, rel: str) -> str:
        return self.path(rel).read_text(encoding="utf-8")

    def write(self, rel: str, text: str) -> None:
        self.path(rel).parent.mkdir(parents=True, exist_ok=True)
        self.path(rel).write_text(text, encoding="utf-8")

    def patch(self, rel: str, old: str, new: str, count: int = 1) -> None:
        """Replace text; the old text must be there, so a stale test fails loudly."""
        text = self.text(rel)
        assert old in text, f"{old!r} not in {rel}"
        self.write(rel, text.replace(old, new, count))

    def update(self, rel: str, change: Callable[[Any], Any]) -> None:
        """Load, change and dump a file (for edits that do not care about lines)."""
        data = yaml.safe_load(self.text(rel))
        result = change(data)
        self.write(
            rel,
            yaml.safe_dump(
                result if result is not None else data, allow_unicode=True, sort_keys=False
            ),
        )

    def add_designation(self, rel: str, replace: dict[str, str]) -> None:
        """Append a copy of the file's first designation, edited: a change of administrators."""
        block = self.text(rel).split("informes:")[0].split("designaciones:\n", 1)[1]
        for old, new in replace.items():
            assert old in block, f"{old!r} not in the designation"
            block = block.replace(old, new)
        self.patch(rel, "informes:", block + "informes:")

    def line_of(self, rel: str, needle: str, nth: int = 1) -> int:
        """1-based line of the nth line containing ``needle``."""
        seen = 0
        for number, line in enumerate(self.text(rel).splitlines(), start=1):
            if needle in line:
                seen += 1
                if seen == nth:
                    return number
        raise AssertionError(f"{needle!r} not in {rel}")

    def check(self, as_of: date = AS_OF, **options: Any) -> Result:
        options.setdefault("cache_dir", None)
        return check(self.root, Options(as_of=as_of, **options))

    def exact(self, as_of: date = AS_OF, **options: Any) -> list[tuple[str, str, str, int, str]]:
        """Every finding of the run, as (rule, message key, path, line, subject), in report
        order. Tests compare the whole list (yamllint's ``RuleTestCase.check``), so a finding
        they did not expect, of any rule, fails them."""
        return [
            (f.rule, f.message, f.path, f.line, f.subject)
            for f in self.check(as_of, **options).findings
        ]

    def exact_full(
        self, as_of: date = AS_OF, **options: Any
    ) -> list[tuple[str, str, str, int, str, str, dict[str, Any]]]:
        """As :meth:`exact`, with each finding's área and message arguments, which the
        reporters show too (JSON, SARIF, the report by área): for tests of what a finding
        says, where a wrong or missing argument would print a wrong or broken message."""
        return [
            (f.rule, f.message, f.path, f.line, f.subject, f.area, dict(f.args))
            for f in self.check(as_of, **options).findings
        ]

    def findings(
        self, rule: str | None = None, as_of: date = AS_OF, **options: Any
    ) -> list[Finding]:
        result = self.check(as_of, **options)
        return [f for f in result.findings if rule is None or f.rule == rule]


@pytest.fixture
def inv(tmp_path: Path) -> Inv:
    root = tmp_path / "inventario"
    shutil.copytree(BASE, root)
    return Inv(root)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's cache or the repository's .ine-lint.yaml."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


def vendor(name: str) -> Path:
    """A schema from ../shared/vendor; in CI its absence is a failure, elsewhere a skip."""
    path = SHARED / "vendor" / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have shared/ beside the checkout")
        pytest.skip(f"{path} not available outside the project workspace")
    return path


def messages(findings: list[Finding], lang: str = "es") -> list[str]:
    return [f.text(lang) for f in findings]
