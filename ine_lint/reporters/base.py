"""What every reporter shares: display paths, messages in the chosen language, counts."""

from __future__ import annotations

import os
import posixpath
from collections import Counter
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ine_lint.display import printable
from ine_lint.findings import SEVERITIES, Finding
from ine_lint.selection import rule_order

if TYPE_CHECKING:
    from ine_lint.check import Result


class Reporter:
    """Writes a :class:`Result` to a stream. Subclasses implement :meth:`write`."""

    #: Whether the format can show colour (only text does).
    colour_capable = False
    #: Formats read by code hosts need paths relative to the repository's root.
    repository_relative = False

    def __init__(
        self,
        lang: str = "es",
        colour: bool = False,
        quiet: bool = False,
        show_suppressed: bool = False,
        base: Path | None = None,
        fail_on: str = "error",
    ) -> None:
        self.lang = lang
        #: The --fail-on threshold: formats that judge (JUnit) fail only at or above it.
        self.fail_on = fail_on
        self.colour = colour and self.colour_capable
        self.quiet = quiet
        self.show_suppressed = show_suppressed
        self.base = base or Path.cwd()

    def write(self, result: Result, stream: IO[str]) -> None:
        raise NotImplementedError

    # -- helpers

    def base_dir(self, result: Result) -> Path | None:
        """The folder paths are shown relative to; None means absolute paths.

        Formats for code hosts use the repository's root (the folder holding ``.git``) or,
        outside a repository, the inventory's parent: never an absolute path. The others use
        the current folder when the inventory is in it, and the inventory's root when the
        command runs inside it (from ``cuentas/``, ``cuentas/X.yaml`` as from the root);
        from elsewhere, absolute paths.
        """
        root = result.root.resolve()
        base = self.base.resolve()
        if self.repository_relative:
            base = _repository_root(root) or (base if _inside(root, base) else root.parent)
        elif _inside(base, root):
            base = root
        return base if _inside(root, base) else None

    def display_root(self, result: Result) -> str:
        """The inventory folder as the user would write it from the base folder."""
        return printable(self.raw_root(result))

    def raw_root(self, result: Result) -> str:
        base = self.base_dir(result)
        root = result.root.resolve()
        return root.as_posix() if base is None else Path(os.path.relpath(root, base)).as_posix()

    def path(self, result: Result, finding: Finding) -> str:
        """The finding's file as shown: control characters and bytes that are not UTF-8
        escaped, and never starting with ``::`` (a workflow command in a GitHub log)."""
        shown = printable(self.raw_path(result, finding))
        return "./" + shown if shown.startswith(":") else shown

    def raw_path(self, result: Result, finding: Finding) -> str:
        """The finding's file as it is on disk (a SARIF ``uri`` encodes it)."""
        root = self.raw_root(result)
        if finding.path in (".", ""):
            return root
        if finding.path.startswith("../"):  # beside the inventory (its configuration)
            return posixpath.normpath(f"{root}/{finding.path}")
        return finding.path if root == "." else f"{root}/{finding.path}"

    @staticmethod
    def show(text: str) -> str:
        """Text from the inventory (an área, an account, a suppression's reason), escaped."""
        return printable(text)

    def message(self, finding: Finding) -> str:
        return finding.text(self.lang)

    def reason(self, finding: Finding) -> str:
        """Why a finding does not count, in the user's language: a waiver is worded here
        from its note; an inline comment is quoted; a baseline's reason was worded by the
        command that set it."""
        from ine_lint.messages import ui

        notes = dict(finding.note)
        if "waived" in notes:
            return ui("status.waiver", self.lang, **notes)
        return finding.suppressed_by

    def title(self, result: Result, rule: str) -> str:
        spec = result.ruleset.rules.get(rule)
        spec_title = spec.spec.title if spec else None
        if spec_title is None:
            cat = result.policy.rules.get(rule)
            spec_title = cat.title if cat else {}
        return spec_title.get(self.lang) or spec_title.get("es") or rule

    def spec(self, result: Result, rule: str):  # type: ignore[no-untyped-def]
        entry = result.ruleset.rules.get(rule)
        return entry.spec if entry else result.policy.rules.get(rule)

    @staticmethod
    def summary(result: Result) -> dict[str, object]:
        by_severity = Counter(f.severity for f in result.findings)
        by_rule = Counter(f.rule for f in result.findings)
        return {
            "total": len(result.findings),
            "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
            "by_rule": dict(sorted(by_rule.items(), key=lambda kv: rule_order(kv[0]))),
            "suppressed": len(result.suppressed),
            "files": result.files,
        }


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _repository_root(path: Path) -> Path | None:
    for folder in (path, *path.parents):
        if (folder / ".git").exists():
            return folder
    return None


#: Message arguments that are line numbers: they move with unrelated edits.
LINE_ARGS = frozenset({"first", "target"})


def fingerprints(findings: list[Finding]) -> list[str]:
    """A stable id per finding: what it is about, never where in the file it now stands.

    Rule, file, subject and the message with its facts go in; the line and column do not, so
    an unrelated edit above a finding leaves its fingerprint alone. Findings that would share
    one get an occurrence number, so each stays unique.
    """
    import hashlib
    import json

    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        facts = json.dumps(
            [
                f.rule,
                f.path,
                f.subject,
                f.message,
                [[k, str(v)] for k, v in f.args if k not in LINE_ARGS],
            ],
            ensure_ascii=False,
        )
        base = hashlib.sha256(facts.encode("utf-8", "surrogateescape")).hexdigest()
        seen[base] += 1
        if seen[base] > 1:
            base = hashlib.sha256(f"{base}:{seen[base]}".encode()).hexdigest()
        out.append(base)
    return out
