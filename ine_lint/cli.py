"""Stage 8, cli: parse options, build the pieces, run, map the result to an exit code.

Kept thin and the only module that imports click. Heavy modules are imported inside the
commands, so ``--help`` and ``rules`` start fast.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any

import click

from ine_lint import __version__
from ine_lint.today import as_of_from_env, today_in_mexico_city

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
#: ``config.CONFIG_NAME``, named here so that ``--help`` need not import the YAML loader.
CONFIG_NAME = ".ine-lint.yaml"
FORMATS = ("text", "conciso", "json", "sarif", "junit", "github", "gitlab", "auto")


#: The language of this run's own words (help, errors), chosen before click parses.
_LANG = ["es"]


def _as_of(_ctx: Any, _param: Any, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        from ine_lint.messages import ui

        raise click.BadParameter(ui("cli.bad_date", _LANG[0], value=value)) from None


def _early_language(argv: list[str]) -> str:
    """``--lang``, else the configuration's ``idioma``, else Spanish: known before click
    parses, so that ``--help`` and usage errors speak it too."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = (
            argv[i + 1]
            if arg == "--lang" and i + 1 < len(argv)
            else arg.partition("=")[2]
            if arg.startswith("--lang=")
            else None
        )
        if value in ("es", "en"):
            return value
    config: Path | None = None
    for i, arg in enumerate(argv):
        if arg == "--config" and i + 1 < len(argv):
            config = Path(argv[i + 1])
        elif arg.startswith("--config="):
            config = Path(arg.partition("=")[2])
    return _configured_language(config) or "es"


def _without_lang(args: list[str]) -> list[str]:
    """``args`` without ``--lang X`` / ``--lang=X``."""
    out: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            out.append(arg)
    return out


def _configured_language(config: Path | None = None) -> str | None:
    """``idioma`` of the configuration, read cheaply (the file is validated by ``check``)."""
    import re

    if config is None:
        here = Path.cwd()
        config = next(
            (f / CONFIG_NAME for f in (here, *here.parents) if (f / CONFIG_NAME).is_file()), None
        )
    try:
        with open(config, "rb") as handle:  # type: ignore[arg-type]
            text = handle.read(65536).decode("utf-8", "replace")
    except (OSError, TypeError):
        return None
    found = re.search(r"""^idioma:[ \t]*["']?(es|en)["']?[ \t]*(?:#.*)?$""", text, re.M)
    return found.group(1) if found else None


def _localise(group: click.Group, lang: str) -> None:
    """Help, metavars and click's own strings in ``lang``, from the catalogue."""
    from ine_lint.messages import CLICK_EN, CLICK_ES, UI, ui

    table = CLICK_ES if lang == "es" else CLICK_EN
    for name, module in list(sys.modules.items()):
        if name == "click" or name.startswith("click."):
            if hasattr(module, "_"):
                module._ = lambda text, t=table: t.get(text, text)  # type: ignore[attr-defined]
            if hasattr(module, "ngettext"):
                module.ngettext = (  # type: ignore[attr-defined]
                    lambda one, many, n, t=table: t.get(
                        one if n == 1 else many, one if n == 1 else many
                    )
                )
    commands: list[tuple[str, click.Command]] = [("main", group), *group.commands.items()]
    _localise_types([p for _, c in commands for p in c.params], table)
    group.subcommand_metavar = ui("metavar.command", lang)
    for name, command in commands:
        if f"help.{name}" in UI:
            command.help = ui(f"help.{name}", lang)
            command.short_help = None
        command.options_metavar = ui("metavar.options", lang)
        for param in command.params:
            # A command's own key first; the generic one names the same thing everywhere.
            for key in (f"help.{name}.{param.name}", f"help.{param.name}"):
                if isinstance(param, click.Option) and key in UI:
                    param.help = ui(key, lang)
                    break
            for key in (f"metavar.{name}.{param.name}", f"metavar.{param.name}"):
                if key in UI:
                    param.metavar = ui(key, lang)
                    break


def _localise_types(params: list[click.Parameter], table: dict[str, str]) -> None:
    """The names click gives its path types when it builds them (at import, in English),
    which its errors then print: «Archivo '/tmp' es una carpeta»."""
    for param in params:
        kind = param.type
        if isinstance(kind, click.Path):
            name = (
                "path"
                if kind.file_okay == kind.dir_okay
                else "file"
                if kind.file_okay
                else "directory"
            )
            kind.name = table.get(name, name)


def _show_version(ctx: click.Context) -> None:
    from ine_lint.messages import ui

    click.echo(ui("cli.version", _LANG[0], version=__version__))
    ctx.exit()


def _help_in_language(option: click.Option | None) -> click.Option | None:
    from ine_lint.messages import ui

    if option is not None:  # click builds it once, in English
        option.help = ui("help.help", _LANG[0])
    return option


class _Command(click.Command):
    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_in_language(super().get_help_option(ctx))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            # Some of click's parser errors name no command: the hint must name this one.
            if exc.ctx is None:
                exc.ctx = ctx
            raise


class _Group(click.Group):
    """``ine-lint`` alone runs ``check``; errors end in one line and exit code 2."""

    command_class = _Command

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_in_language(super().get_help_option(ctx))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # «ine-lint» is «ine-lint check», with every option and path of check: anything that
        # is not a subcommand or the group's own --help/--version goes to check.
        own = ("-h", "--help", "--version")
        bare = _without_lang(args)
        if bare and bare[0] in own:
            # «ine-lint --help --lang en»: the language was taken before parsing.
            args = bare
        elif args and args[0] not in self.commands and args[0] not in own:
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from ine_lint.display import printable
        from ine_lint.errors import IneLintError
        from ine_lint.messages import ui

        argv = kwargs.get("args") if "args" in kwargs else args[0] if args else None
        lang = _LANG[0] = _early_language(list(sys.argv[1:] if argv is None else argv))
        _localise(self, lang)
        try:
            # standalone_mode=False: errors come back here to become one line and exit 2.
            return super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[call-overload]
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx is not None else "ine-lint"
            # One line whatever the user typed: a value is echoed with its controls escaped.
            click.echo(
                ui(
                    "cli.usage",
                    lang,
                    message=printable(exc.format_message()),
                    command=printable(command),
                ),
                err=True,
            )
            sys.exit(EXIT_USAGE)
        except click.ClickException as exc:
            click.echo(ui("cli.error", lang, message=printable(exc.format_message())), err=True)
            sys.exit(EXIT_USAGE)
        except click.exceptions.Abort:
            click.echo(ui("cli.interrupted", lang), err=True)
            sys.exit(EXIT_USAGE)
        except IneLintError as exc:
            click.echo(ui("cli.error", lang, message=exc.text(lang)), err=True)
            sys.exit(EXIT_USAGE)
        except BrokenPipeError:  # ``ine-lint rules | head -1``: the reader has what it wanted
            _silence_stdout()
            sys.exit(EXIT_OK)
        except KeyboardInterrupt:
            sys.exit(EXIT_USAGE)
        except Exception as exc:  # never a traceback for the user
            if os.environ.get("INE_LINT_DEBUG"):
                raise
            click.echo(ui("cli.internal", lang, error=type(exc).__name__), err=True)
            sys.exit(EXIT_USAGE)


@click.group(
    cls=_Group,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _show_version(ctx) if value else None,
)
@click.pass_context
def main(ctx: click.Context) -> None:
    """The ``ine-lint`` group (its help text is ``help.main`` of the catalogue)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(check)


#: Set by :func:`run`: the process ends with ``os._exit`` as soon as the command is over.
_ENDS_PROCESS = [False]


def _without_gc(command: Any) -> Any:
    """Run ``command`` with the cyclic garbage collector off, as ``check.check`` runs.

    The modules a check imports allocate hundreds of thousands of objects, and a check keeps
    the whole model alive to the end: switched back on afterwards, the collector's first pass
    walked all of it (a 0.013-0.020 s pass over 82,000 objects, then a full one of 0.005 s,
    in a warm lean 1× run; ten times that at 10×) just before the process ended. So when the
    process ends right after (``run``), it is left off; called as a function (tests,
    programs), ``main`` leaves it as it found it."""
    import functools
    import gc

    @functools.wraps(command)
    def run_it(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return command(*args, **kwargs)
        finally:
            if was_enabled and not _ENDS_PROCESS[0]:
                gc.enable()

    return run_it


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--as-of", "as_of", callback=_as_of)
@click.option("--format", "fmt", type=click.Choice(FORMATS), multiple=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--report", "reports", multiple=True)
@click.option("--lang", type=click.Choice(["es", "en"]))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--select", multiple=True)
@click.option("--ignore", multiple=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]))
@click.option("--horizon", type=click.IntRange(0, 366))
@click.option("--show-suppressed", is_flag=True)
@click.option("--no-cache", is_flag=True)
@click.option("--jobs", type=click.IntRange(1, 64))
@click.option("--staged", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@click.option("--base", "base_rev")
@click.option("--nuevos", is_flag=True)
@click.option("--linea-base", "baseline_in", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--fix", "fix", is_flag=True)
@click.option("--diff", "diff", is_flag=True)
@click.option(
    "--escribir-linea-base",
    "baseline_out",
    hidden=True,
    type=click.Path(dir_okay=False, path_type=Path),
)
@_without_gc
def check(
    paths: tuple[Path, ...],
    as_of: date | None,
    fmt: tuple[str, ...],
    output: Path | None,
    reports: tuple[str, ...],
    lang: str | None,
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    horizon: int | None,
    show_suppressed: bool,
    no_cache: bool,
    jobs: int | None,
    quiet: bool,
    staged: bool = False,
    base_rev: str | None = None,
    nuevos: bool = False,
    baseline_in: Path | None = None,
    baseline_out: Path | None = None,
    fix: bool = False,
    diff: bool = False,
) -> None:
    """Check the inventory, or the given files within it (help: ``help.check``)."""
    from ine_lint.check import Options, fails
    from ine_lint.check import check as run_check
    from ine_lint.config import Config, fail_on_threshold, find_config, load_config
    from ine_lint.errors import ConfigError
    from ine_lint.reporters import REPORTER_BY_NAME
    from ine_lint.roots import resolve_targets
    from ine_lint.store import default_cache_dir

    fmt_main = _one_format(fmt, lang)
    extra = _parse_reports(reports, output, lang)
    if nuevos and not base_rev:
        raise click.UsageError(_say("baseline.needs_base", lang))
    config_file = config_path or find_config(Path.cwd())
    if config_path is not None and not config_path.exists() and not base_rev:
        raise ConfigError("cli.no_config", path=config_path)
    revision = None
    if base_rev:
        from ine_lint import ci
        from ine_lint.gitrev import resolve

        # The repository holding what is checked: the first PATH, else the current folder.
        revision = resolve(paths[0] if paths else Path.cwd(), base_rev, lang or "es")
        # The checks that judge a change are the base's, never the change's own.
        config, base_config_path, base_config_raw = ci.config_at(
            revision, config_file, Path.cwd(), explicit=config_path is not None
        )
    else:
        config = load_config(config_file) if config_file else Config()
    if staged:
        from ine_lint.roots import staged_paths

        if paths:
            raise click.UsageError(_say("staged.with_paths", lang))
        paths = staged_paths(Path.cwd())
        if not paths:
            # Nothing staged: not a commit but «pre-commit run --all-files» (CI): everything.
            if not quiet:
                click.echo(_say("staged.nothing", lang), err=True)
            staged = False
    root, only = resolve_targets(paths, config, staged=staged)
    if root is None:  # --staged: the commit touches no file of an inventory
        if not quiet:
            click.echo(_say("staged.outside", lang or config.language), err=True)
        sys.exit(EXIT_OK)
    _refuse_output(root, [output, *(t for _, t in extra)], lang)
    language = lang or config.language or "es"
    when = as_of or as_of_from_env() or today_in_mexico_city()
    from ine_lint.config import authorised

    # Switching a provision off or down in the configuration needs a waiver's authority.
    config_select, config_ignore, config_severities, config_findings = authorised(
        config, when, root
    )
    hidden = config.hidden
    if revision is not None:
        config_findings, hidden = _working_config_secrets(
            config_path or find_config(Path.cwd()), root, config_findings, hidden
        )
        from ine_lint import branch_secrets

        # A secret added and removed again within the branch is still pushed.
        config_findings = [*config_findings, *branch_secrets.findings(revision, root)]
    options = Options(
        as_of=when,
        select=_split(select) or config_select,
        ignore=_split(ignore) + config.ignore + config_ignore,
        severities={**config.severities, **config_severities},
        config_findings=tuple(config_findings),
        waivers=config.waivers,
        non_working_days=config.non_working_days,
        horizon=horizon,
        only_paths=only,
        cache_dir=None if no_cache else _usable_cache(default_cache_dir(), language),
        jobs=jobs,
        origins=config.origins,
        hidden=hidden,
    )
    sarif = "sarif" in {fmt_main, *(f for f, _ in extra)}
    if sarif and (only is not None or nuevos or baseline_in is not None):
        # Uploaded, a SARIF of part of the findings would close every alert in the rest.
        raise ConfigError(
            _say(
                "ci.sarif_partial",
                language,
                what=_say(
                    "ci.sarif_partial.files" if only is not None else "ci.sarif_partial.new",
                    language,
                ),
            )
        )
    if fix or diff:
        _fix(root, only, write=not diff, lang=language, quiet=quiet)
    known: set[str] | None = None
    known_reason = ""
    if baseline_in is not None:
        known, known_reason = _read_baseline(baseline_in, revision, language)
    if revision is not None:
        from ine_lint import ci

        shown = None
        current_config = config_path or find_config(Path.cwd())
        if base_config_path is not None or current_config is not None:
            where = current_config or base_config_path
            assert where is not None
            shown = os.path.relpath(where.resolve(), root.resolve()).replace(os.sep, "/")
        changes = ci.config_changes(base_config_raw, current_config)
        # With --staged the commit is what enters the record: its index, not the tree.
        options.history = ci.baseline(revision, root, shown, changes, language, staged=staged)
    result = run_check(root, options)
    if revision is not None and nuevos:
        from ine_lint import ci

        assert options.history is not None
        before = ci.findings_at(options.history.files, options)
        result = ci.keep_new(
            result,
            ci.fingerprint_set(before),
            _say("baseline.known_rev", language, rev=revision.name),
        )
    if known is not None:
        from ine_lint import ci

        result = ci.keep_new(result, known, known_reason)
    if baseline_out is not None:
        from ine_lint import ci

        n = ci.write_baseline(result, baseline_out)
        if not quiet:
            click.echo(_say("baseline.written", language, n=n, path=baseline_out), err=True)
        sys.exit(EXIT_OK)
    threshold = fail_on_threshold(fail_on, config)
    if fmt_main == "auto":
        fmt_main = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    for kind, target in extra:
        _write_report(
            REPORTER_BY_NAME[kind],
            result,
            target,
            lang=language,
            quiet=quiet,
            show_suppressed=show_suppressed,
            fail_on=threshold,
        )
    verdict = EXIT_FINDINGS if fails(result, threshold) else EXIT_OK
    try:
        _write_report(
            REPORTER_BY_NAME[fmt_main],
            result,
            output,
            lang=language,
            quiet=quiet,
            show_suppressed=show_suppressed,
            fail_on=threshold,
        )
    except BrokenPipeError:  # ``ine-lint check | head -1``: quietly, with the run's verdict
        _silence_stdout()
        sys.exit(verdict)
    sys.exit(verdict)


def _fix(root: Path, only: frozenset[str] | None, write: bool, lang: str, quiet: bool) -> None:
    """--fix: correct, list each change on stderr, go on to check. --diff: show and stop."""
    from ine_lint.fix import describe, fix_inventory

    changes, diffs = fix_inventory(root, only, write=write)
    if not write:
        for text in diffs:
            click.echo(text, nl=False)
    for key, args in describe(changes):
        if key == "fix.space" and quiet:
            continue
        click.echo(_say(key, lang, **args), err=True)
    edits = [c for c in changes if c.kind not in ("ambiguous", "unreadable", "tab_ambiguous")]
    if write and not quiet:
        click.echo(
            _say("fix.summary", lang, n=len(edits), files=len({c.path for c in edits})), err=True
        )
    if not write:
        sys.exit(EXIT_FINDINGS if diffs else EXIT_OK)


def _working_config_secrets(
    current: Path | None, root: Path, found: list[Any], hidden: tuple[str, ...]
) -> tuple[list[Any], tuple[str, ...]]:
    """With ``--base`` the checks are the base's configuration, but the working tree's is
    part of the change: 4.3.VI reads that one, so a secret a pull request writes into its
    own ``.ine-lint.yaml`` is an error there, and hidden, like in any other file."""
    from ine_lint.config import secret_findings, working_secrets
    from ine_lint.secrets import hidden_values

    if current is None or not current.is_file():
        return found, hidden
    shown = os.path.relpath(current.resolve(), root.resolve()).replace(os.sep, "/")
    hits = working_secrets(current)
    kept = [f for f in found if not (f.rule == "4.3.VI" and f.path == shown)]
    return kept + secret_findings(shown, hits), (*hidden, *hidden_values(hits))


def _read_baseline(path: Path, revision: Any, lang: str) -> tuple[set[str], str]:
    """A baseline file's fingerprints; under --base, as the file is at the base revision."""
    from ine_lint import ci
    from ine_lint.errors import ConfigError

    raw: bytes | None = None
    rel = revision.rel(path) if revision is not None else None
    if rel is not None:
        raw = revision.read(rel)  # the change under review cannot widen its own baseline
    else:
        try:
            raw = path.read_bytes()
        except OSError:
            raw = None
    if raw is None and rel is not None:
        raise ConfigError(_say("baseline.missing_at_rev", lang, path=path, rev=revision.name))
    if raw is None:
        raise ConfigError(_say("baseline.missing", lang, path=path))
    return ci.read_baseline(raw, str(path), lang), _say("baseline.known_file", lang, path=path)


def _refuse_output(root: Path, targets: list[Path | None], lang: str | None) -> None:
    """A report must never overwrite or join the inventory it judges: not inside its root
    (the next check would read it), not over an existing YAML file."""
    from ine_lint.errors import ConfigError

    inside = root.resolve()
    for target in targets:
        if target is None:
            continue
        here = target.resolve()
        if inside == here or inside in here.parents:
            raise ConfigError("output.inside", path=target, root=root)
        if here.suffix.lower() in (".yaml", ".yml") and here.exists():
            raise ConfigError("output.yaml", path=target)


def _say(key: str, lang: str | None, **args: Any) -> str:
    from ine_lint.messages import ui

    return ui(key, lang or "es").format(**args)


def _one_format(values: tuple[str, ...], lang: str | None) -> str:
    """``--format`` once: repeated, click would silently keep only the last."""
    if len(values) > 1:
        raise click.UsageError(
            _say("ci.format_repeated", lang, n=len(values), values=", ".join(values))
        )
    return values[0] if values else "text"


def _parse_reports(
    values: tuple[str, ...], output: Path | None, lang: str | None
) -> list[tuple[str, Path]]:
    """``--report FORMAT=PATH`` pairs; two reports never share a file."""
    out: list[tuple[str, Path]] = []
    seen: set[Path] = set() if output is None else {output.resolve()}
    known = [f for f in FORMATS if f != "auto"]
    for value in values:
        kind, sep, target = value.partition("=")
        kind = kind.strip()
        if not sep or not target:
            raise click.UsageError(_say("ci.report_syntax", lang, value=value))
        if kind not in known:
            raise click.UsageError(
                _say("ci.report_format", lang, value=value, kind=kind, known=", ".join(known))
            )
        path = Path(target)
        if path.resolve() in seen:
            raise click.UsageError(_say("ci.report_same_file", lang, value=value, target=target))
        seen.add(path.resolve())
        out.append((kind, path))
    return out


def _write_report(reporter: Any, result: Any, target: Path | None, **options: Any) -> None:
    """One report to a file, or to stdout (with colour on a terminal) when target is None.

    A file is written whole or not at all: to a temporary file beside it, renamed over it at
    the end, so a failure (a full disk) leaves the previous report as it was. A device or a
    FIFO (``/dev/null``, ``/dev/full``) is written directly. Any write error is one line
    (``ConfigError``, exit 2); a closed pipe raises ``BrokenPipeError`` for the caller.
    """
    import stat

    from ine_lint.display import printable
    from ine_lint.errors import ConfigError

    lang = options.get("lang")

    def failed(exc: OSError, where: object) -> ConfigError:
        return ConfigError(
            _say(
                "ci.cannot_write",
                lang,
                target=printable(str(where)),
                reason=exc.strerror or type(exc).__name__,
            )
        )

    if target is None:
        try:
            reporter(colour=use_colour(sys.stdout, os.environ), **options).write(result, sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # stdout on a full disk, or /dev/full
            _silence_stdout()
            raise failed(exc, "<stdout>") from None
        return
    try:
        info: os.stat_result | None = os.stat(target)
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        try:
            with open(target, "w", encoding="utf-8", newline="\n") as stream:
                reporter(colour=False, **options).write(result, stream)
        except OSError as exc:
            raise failed(exc, target) from None
        return
    import tempfile  # here: with shutil, bz2 and lzma, 3-4 ms that stdout does not need

    folder = target.absolute().parent
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            reporter(colour=False, **options).write(result, stream)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        raise failed(exc, target) from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what could not be
    written (a closed pipe, a full disk) does not print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _usable_cache(cache_dir: Path | None, lang: str) -> Path | None:
    """The cache folder, unless others could plant entries in it (then one line, no cache)."""
    from ine_lint.display import printable
    from ine_lint.messages import ui
    from ine_lint.store import check_root

    if cache_dir is None:
        return None
    if check_root(cache_dir) == "cache.foreign":
        click.echo(ui("cache_foreign", lang).format(path=printable(str(cache_dir))), err=True)
        return None
    return cache_dir


def use_colour(stream: IO[str], environ: Any) -> bool:
    """Colour on a terminal, unless NO_COLOR is set to anything (no-color.org)."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty and "NO_COLOR" not in environ


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


@main.command()
@click.option("--lang", type=click.Choice(["es", "en"]))
def rules(lang: str | None) -> None:
    """List the rules (help: ``help.rules``)."""
    from tabulate import tabulate

    from ine_lint.catalog import all_rules
    from ine_lint.messages import ui

    lang = lang or _configured_language() or "es"
    rows = []
    for spec, status in all_rules():
        note = ui("rules.missing", lang) if status == "missing" else ""
        origin = "" if spec.origin == "ine-lint" else f" [{spec.origin}]"
        rows.append(
            (
                spec.id,
                (spec.title.get(lang) or spec.title.get("es", "")) + note + origin,
                spec.severity,
            )
        )
    headers = ui("rules.header", lang).split("|")
    click.echo(tabulate(rows, headers=headers, tablefmt="simple"))


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(["es", "en"]))
def explain(rule_id: str, lang: str | None) -> None:
    """Explain a rule, or list a group's (help: ``help.explain``)."""
    from ine_lint.catalog import explain_text

    click.echo(explain_text(rule_id, lang or _configured_language() or "es"))


# ------------------------------------------------------------ documents (anexos, listado,
# nueva-area, init): the work is in ine_lint.documents; here only the options. Help texts and
# metavars come from the catalogue (help.<command>.<param>, metavar.<param>).
def _document_options(command: Any) -> Any:
    """The ``check`` options that apply to a document: date, configuration, language."""
    command = click.option("--lang", type=click.Choice(["es", "en"]))(command)
    command = click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path)
    )(command)
    return click.option("--as-of", "as_of", callback=_as_of)(command)


@main.command()
@click.argument("inventario", required=False, type=click.Path(path_type=Path))
@click.option("--area", "areas", multiple=True)
@click.option("--todas", "all_areas", is_flag=True)
@click.option("--designacion", "since", callback=_as_of)
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True)
@_document_options
def anexos(
    inventario: Path | None,
    areas: tuple[str, ...],
    all_areas: bool,
    since: date | None,
    output: Path,
    quiet: bool,
    as_of: date | None,
    config_path: Path | None,
    lang: str | None,
) -> None:
    """The Anexos of a designation as PDF (help: ``help.anexos``)."""
    from ine_lint.documents.commands import run_anexos

    sys.exit(
        run_anexos(inventario, areas, all_areas, since, output, as_of, lang, config_path, quiet)
    )


@main.command()
@click.argument("inventario", required=False, type=click.Path(path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path))
@click.option("--para-utsi", "for_utsi", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@_document_options
def listado(
    inventario: Path | None,
    output: Path,
    for_utsi: bool,
    quiet: bool,
    as_of: date | None,
    config_path: Path | None,
    lang: str | None,
) -> None:
    """The administrators in office as CSV or XLSX (help: ``help.listado``)."""
    from ine_lint.documents.commands import run_listado

    sys.exit(run_listado(inventario, output, for_utsi, as_of, lang, config_path, quiet))


# ------------------------------------------------------------------ reporte and calendario


def _report_prepare(
    inventario: Path | None,
    as_of: date | None,
    config_path: Path | None,
    lang: str | None,
    horizon: int | None,
    no_cache: bool,
    output: Path | None,
    suffix: str,
) -> tuple[Any, Path]:
    from ine_lint.errors import ConfigError
    from ine_lint.report.run import prepare

    if output is None:
        raise ConfigError("cli.missing_output", suffix=suffix)
    return prepare(
        inventario,
        as_of or as_of_from_env(),
        config_path,
        lang,
        horizon,
        no_cache,
        today_in_mexico_city,
    ), output


@main.command()
@click.argument("inventario", required=False, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--horizon", type=click.IntRange(0, 366))
@click.option("--historia", type=click.IntRange(1, 260))
@click.option("--as-of", "as_of", callback=_as_of)
@click.option("--lang", type=click.Choice(["es", "en"]))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-cache", is_flag=True)
def reporte(
    inventario: Path | None,
    output: Path | None,
    horizon: int | None,
    historia: int | None,
    as_of: date | None,
    lang: str | None,
    config_path: Path | None,
    no_cache: bool,
) -> None:
    """The HTML compliance report (help: ``help.reporte``)."""
    from ine_lint.report.run import reporte as run_reporte

    prepared, path = _report_prepare(
        inventario, as_of, config_path, lang, horizon, no_cache, output, ".html"
    )
    run_reporte(prepared, path, historia)


@main.command()
@click.argument("inventario", required=False, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--horizon", type=click.IntRange(0, 366))
@click.option("--area")
@click.option("--as-of", "as_of", callback=_as_of)
@click.option("--lang", type=click.Choice(["es", "en"]))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-cache", is_flag=True)
def calendario(
    inventario: Path | None,
    output: Path | None,
    horizon: int | None,
    area: str | None,
    as_of: date | None,
    lang: str | None,
    config_path: Path | None,
    no_cache: bool,
) -> None:
    """Upcoming obligations as iCalendar (help: ``help.calendario``)."""
    from ine_lint.report.run import calendario as run_calendario

    prepared, path = _report_prepare(
        inventario, as_of, config_path, lang, horizon, no_cache, output, ".ics"
    )
    run_calendario(prepared, path, area)


def _baseline_command() -> click.Command:
    """``linea-base``: ``check``'s options, but the findings go to a baseline file."""
    # What shapes the findings applies; what shapes a report or the exit code does not.
    skip = {
        "fmt",
        "output",
        "reports",
        "baseline_out",
        "baseline_in",
        "nuevos",
        "base_rev",
        "fix",
        "diff",
        "fail_on",
        "show_suppressed",
    }
    params: list[click.Parameter] = [p for p in check.params if p.name not in skip]
    params.append(
        click.Option(
            ["--output", "-o", "baseline_out"],
            required=True,
            type=click.Path(dir_okay=False, path_type=Path),
        )
    )

    @click.pass_context
    def run(ctx: click.Context, /, **kwargs: Any) -> None:
        """Record today's findings (help: ``help.linea-base``)."""
        ctx.invoke(
            check, fmt=(), output=None, reports=(), fail_on=None, show_suppressed=False, **kwargs
        )

    return _Command("linea-base", params=params, callback=run)


main.add_command(_baseline_command())


@main.command("nueva-area")
@click.argument("clave")
@click.argument("inventario", required=False, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True)
@_document_options
def nueva_area(
    clave: str,
    inventario: Path | None,
    quiet: bool,
    as_of: date | None,
    config_path: Path | None,
    lang: str | None,
) -> None:
    """A new área's two files, to fill in (help: ``help.nueva-area``)."""
    from ine_lint.documents.commands import run_nueva_area

    sys.exit(run_nueva_area(clave, inventario, as_of, lang, config_path, quiet))


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--oficinas-centrales", "central", is_flag=True)
@click.option("--entidad", "states", multiple=True)
@click.option("--sin-distritales", is_flag=True)
@click.option("--lang", type=click.Choice(["es", "en"]))
@click.option("--quiet", "-q", is_flag=True)
def init(
    directory: Path,
    central: bool,
    states: tuple[str, ...],
    sin_distritales: bool,
    lang: str | None,
    quiet: bool,
) -> None:
    """A new inventory repository (help: ``help.init``)."""
    from ine_lint.documents.commands import run_init

    sys.exit(run_init(directory, central, states, not sin_distritales, lang, quiet))


@main.command()
@click.argument("carpeta", type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(["es", "en"]))
def esquemas(carpeta: Path, lang: str | None) -> None:
    """Export the JSON Schemas for editors (help: ``help.esquemas``)."""
    from ine_lint.errors import ConfigError
    from ine_lint.schemas_export import SCHEMA_FOR, export

    if carpeta.exists() and not carpeta.is_dir():
        raise ConfigError(_say("schemas.not_a_folder", lang, path=carpeta))
    try:
        written = export(carpeta)
    except OSError as exc:
        raise ConfigError(
            _say("ci.cannot_write", lang, target=carpeta, reason=exc.strerror)
        ) from None
    for path, changed in written:
        key = "schemas.written" if changed else "schemas.unchanged"
        click.echo(_say(key, lang, path=path, files=SCHEMA_FOR.get(path.name, "")))


def run() -> None:
    """The ``ine-lint`` command: :func:`main`, then the process ends at once.

    Once the output is flushed nothing is left to do, yet the interpreter's teardown would
    free every object of the run one by one (0.02 s for a national inventory, more for a
    large one) and wait for nothing else; nor is the garbage collector switched back on
    after a check (``_without_gc``). Only the command ends this way: :func:`main` stays an
    ordinary function for tests and for programs that call it.
    """
    _ENDS_PROCESS[0] = True
    try:
        main()
        code: object = None
    except SystemExit as exc:
        code = exc.code
    if code is None:
        status = EXIT_OK
    elif isinstance(code, int):
        status = code
    else:  # as sys.exit does with a message
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe, a full disk: the output is incomplete
            status = EXIT_USAGE
    os._exit(status)
