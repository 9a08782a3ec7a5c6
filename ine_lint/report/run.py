"""The ``reporte`` and ``calendario`` commands, behind the CLI's option parsing.

They take the inventory and the options the way ``check`` does (configuration found upward,
``--as-of`` or ``INE_LINT_AS_OF`` or today in Mexico City), and always check the whole
inventory: a report of part of it would call the rest compliant.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from ine_lint.check import Options, Result, check
from ine_lint.config import Config, find_config, load_config
from ine_lint.errors import ConfigError

DEFAULT_HORIZON = 30


@dataclass
class Prepared:
    root: Path
    options: Options
    config: Config
    lang: str


def prepare(
    path: Path | None,
    as_of: date | None,
    config_path: Path | None,
    lang: str | None,
    horizon: int | None,
    no_cache: bool,
    today: Callable[[], date],
) -> Prepared:
    from ine_lint.roots import resolve_targets
    from ine_lint.store import default_cache_dir

    config_file = config_path or find_config(Path.cwd())
    if config_path is not None and not config_path.exists():
        raise ConfigError("cli.no_config", path=config_path)
    config = load_config(config_file) if config_file else Config()
    root, _only = resolve_targets((path,) if path is not None else (), config)
    if root is None:
        raise ConfigError("inventory.not_inside", path=path)
    options = Options(
        as_of=as_of or today(),
        select=config.select,
        ignore=config.ignore,
        severities=config.severities,
        waivers=config.waivers,
        non_working_days=config.non_working_days,
        horizon=DEFAULT_HORIZON if horizon is None else horizon,
        cache_dir=None if no_cache else default_cache_dir(),
        hidden=config.hidden,
    )
    return Prepared(root, options, config, lang or config.language or "es")


def refuse_inside(output: Path, root: Path) -> None:
    """Writing into the inventory would add a file the next check reports."""
    here = output.resolve()
    if root.resolve() in here.parents:
        raise ConfigError("cli.output_inside", path=output, root=root)


@contextmanager
def atomic_output(output: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """The file appears complete or not at all: a failed run never leaves half a report.

    What exists and is not a regular file (``/dev/stdout``, ``/dev/null``, a FIFO) is written
    as it is: replacing it would put a file where a device or pipe was.
    """
    mode = "wb" if binary else "w"
    kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": "\n"}
    try:
        special = not stat.S_ISREG(os.stat(output).st_mode)
    except OSError:
        special = False
    try:
        if special:
            with open(output, mode, **kwargs) as stream:
                yield stream
            return
        folder = output.parent if str(output.parent) else Path(".")
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=folder)
        try:
            with os.fdopen(fd, mode, **kwargs) as stream:
                yield stream
            os.chmod(tmp, 0o644)
            os.replace(tmp, output)
        except BaseException:
            with suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:  # no room, no permission, a folder that does not exist
        raise ConfigError("cli.cannot_write", path=output, reason=exc.strerror) from None


def _progress(length: int, label: str) -> Any:
    """click's progress bar on a terminal's stderr; nothing when stderr is redirected."""
    import click

    if not sys.stderr.isatty() or length <= 1:
        return None
    return click.progressbar(length=length, label=label, file=sys.stderr)


def reporte(prepared: Prepared, output: Path, weeks: int | None) -> Result:
    from ine_lint.redact import Redactor
    from ine_lint.report.data import build_report
    from ine_lint.report.history import NoHistory, Week, trend
    from ine_lint.report.html import render
    from ine_lint.report.texts import texts

    refuse_inside(output, prepared.root)
    bar = _progress(1 + (weeks or 0), texts(prepared.lang)["progress"])
    step: Callable[[], None] = (lambda: bar.update(1)) if bar is not None else (lambda: None)
    try:
        if bar is not None:
            bar.__enter__()
        result = check(prepared.root, prepared.options)
        step()
        history: list[Week] | NoHistory | None = None
        if weeks:
            try:
                history = trend(prepared.root, prepared.options, weeks, step)
            except NoHistory as exc:
                history = exc
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    data = build_report(result, prepared.lang, _label(prepared.root))
    data.horizon = prepared.options.horizon
    with atomic_output(output) as stream:
        render(
            data,
            prepared.lang,
            history,
            stream,
            Redactor.of(result.inventory, prepared.options.hidden).text
            if result.inventory is not None
            else None,
        )
    return result


def calendario(prepared: Prepared, output: Path, area: str | None) -> Result:
    from ine_lint.report.ics import write_calendar

    refuse_inside(output, prepared.root)
    result = check(prepared.root, prepared.options)
    inventory = result.inventory
    if (
        area is not None
        and inventory is not None
        and area not in inventory.areas
        and area not in inventory.designations
        and area not in inventory.accounts_by_area
    ):
        from ine_lint.documents.skeleton import closest
        from ine_lint.messages import ui

        known = sorted({*inventory.areas, *inventory.designations, *inventory.accounts_by_area})
        meant = closest(area, known)
        raise ConfigError(
            "cli.no_such_area",
            area=area,
            hint=ui("schema.did_you_mean", prepared.lang, suggestion=meant) if meant else "",
        )
    with atomic_output(output, binary=True) as stream:
        write_calendar(result, prepared.options, prepared.lang, area, stream)
    return result


def _label(root: Path) -> str:
    """The inventory as the user would name it: relative to here when inside, else absolute."""
    here, full = Path.cwd().resolve(), root.resolve()
    try:
        return full.relative_to(here).as_posix() or "."
    except ValueError:
        return full.as_posix()
