"""Judging a change rather than a state: ``--base``, ``--nuevos``, baselines.

The configuration and any baseline file are read from the base revision, never from the
change under review: a pull request cannot weaken the checks that judge it. What the change
does to the configuration is reported as a notice instead.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ine_lint.config import CONFIG_NAME, Config, load_config
from ine_lint.errors import ConfigError
from ine_lint.findings import Finding
from ine_lint.gitrev import Revision
from ine_lint.history import Baseline
from ine_lint.messages import ui

if TYPE_CHECKING:
    from ine_lint.check import Options, Result

BASELINE_VERSION = 1
#: Longest value shown when listing what changes in the configuration.
_SHOWN = 60


def config_at(
    revision: Revision, config_file: Path | None, cwd: Path, explicit: bool
) -> tuple[Config, Path | None, bytes | None]:
    """The configuration as it is at ``revision``: (config, its path, its bytes there).

    The file is looked for where it would be found in the working tree: the given one, or
    ``.ine-lint.yaml`` in the current folder or the nearest one above it. A file named with
    ``--config`` outside the repository is not part of the change and is read from disk.
    """
    candidates: list[Path] = []
    if explicit and config_file is not None:
        candidates = [config_file]
    else:
        here = cwd.resolve()
        for folder in (here, *here.parents):
            candidates.append(folder / CONFIG_NAME)
            if folder == revision.top:
                break
    for path in candidates:
        rel = revision.rel(path)
        if rel is None:
            if explicit:
                return load_config(path), path, None
            continue
        raw = revision.read(rel)
        if raw is not None:
            return load_config(path.resolve(), raw=raw), path, raw
    return Config(), None, None


def config_changes(old_raw: bytes | None, new_path: Path | None) -> tuple[str, ...]:
    """What the working tree's configuration changes, key by key, compared with the base."""
    from ine_lint.loader import load_text
    from ine_lint.redact import Redactor
    from ine_lint.secrets import hidden_values

    found: list[Any] = []

    def plain(raw: bytes | None) -> dict[str, Any]:
        if not raw:
            return {}
        loaded = load_text(raw, CONFIG_NAME, "config")
        found.extend(loaded.secrets)
        data = loaded.data
        return {str(k): _plain(v) for k, v in data.items()} if data is not None else {}

    new_raw: bytes | None = None
    if new_path is not None:
        try:
            new_raw = new_path.read_bytes()[: 1024 * 1024]
        except OSError:
            new_raw = None
    if old_raw == new_raw:
        return ()
    old, new = plain(old_raw), plain(new_raw)
    if not new and new_raw and new_raw.strip():
        return (CONFIG_NAME + ": ?",)  # unreadable now: its change is still a change
    # Never a secret back: what 4.3.VI sees in either version is hidden before it is cut.
    hide = Redactor(hidden_values(found)).text
    out = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            before, after = (_short(_plain(side.get(key, "—"), hide)) for side in (old, new))
            out.append(f"{hide(key)}: {before} → {after}")
    return tuple(out)


def _plain(value: Any, hide: Callable[[str], str] | None = None) -> Any:
    if isinstance(value, dict):
        return {(hide or str)(str(k)): _plain(v, hide) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, hide) for v in value]
    if hide is not None and isinstance(value, str):
        return hide(value)
    return value


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def baseline(
    revision: Revision,
    root: Path,
    shown_config: str | None,
    changes: tuple[str, ...],
    lang: str,
    staged: bool = False,
) -> Baseline:
    """The inventory's files at the revision (and, with ``staged``, in git's index)."""
    rel = revision.rel(root)
    if rel is None:
        raise ConfigError(ui("git.outside", lang).format(root=root, top=revision.top))
    prefix = "" if rel == "." else rel + "/"

    def inside(files: dict[str, bytes]) -> dict[str, bytes]:
        return {
            path[len(prefix) :]: data for path, data in files.items() if path.startswith(prefix)
        }

    note = (shown_config, changes) if changes and shown_config else None
    return Baseline(
        revision.name,
        inside(revision.read_tree(rel)),
        note,
        staged=inside(revision.read_index(rel)) if staged else None,
    )


def findings_at(revision_files: dict[str, bytes], options: Options) -> Result:
    """Check the inventory as it was: its files written to a private temporary folder."""
    from ine_lint.check import check

    with tempfile.TemporaryDirectory(prefix="ine-lint-base-") as tmp:
        top = Path(tmp) / "inventario"
        top.mkdir()
        for rel, data in revision_files.items():
            parts = rel.split("/")
            if any(p in ("", ".", "..") for p in parts):
                continue  # git never stores such paths; refuse them all the same
            target = top.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        return check(top, replace(options, history=None, only_paths=None))


def fingerprint_set(result: Result) -> set[str]:
    from ine_lint.reporters.base import fingerprints

    return set(fingerprints(result.findings))


def keep_new(result: Result, known: set[str], reason: str) -> Result:
    """Only the findings whose fingerprint is not in ``known``; the others count as known."""
    from ine_lint.reporters.base import fingerprints

    active: list[Finding] = []
    old: list[Finding] = []
    for f, fp in zip(result.findings, fingerprints(result.findings), strict=True):
        if fp in known:
            old.append(replace(f, suppressed_by=reason))
        else:
            active.append(f)
    suppressed = sorted(result.suppressed + old, key=Finding.sort_key)
    return replace(result, findings=active, suppressed=suppressed)


def write_baseline(result: Result, path: Path) -> int:
    """The fingerprints of every finding now, with what each is, to review in a diff."""
    from ine_lint.reporters.base import fingerprints

    entries = [
        {"fingerprint": fp, "rule": f.rule, "path": f.path, "subject": f.subject}
        for f, fp in zip(result.findings, fingerprints(result.findings), strict=True)
    ]
    doc = {"version": BASELINE_VERSION, "as_of": result.as_of.isoformat(), "findings": entries}
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(doc, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    os.replace(tmp, path)
    return len(entries)


def read_baseline(raw: bytes, shown: str, lang: str) -> set[str]:
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("version") != BASELINE_VERSION:
            raise ValueError
        return {str(e["fingerprint"]) for e in doc["findings"]}
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise ConfigError(ui("baseline.invalid", lang).format(path=shown)) from None
