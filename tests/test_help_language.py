"""Every command's help and every usage error speak one language: Spanish, or English with
``--lang en`` or ``idioma: en``. The commands are walked from the CLI itself, so a new
command or option is covered the day it is added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from language import foreign_words

from ine_lint.cli import main


def commands(
    group: click.Group = main, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    """Every command and subcommand, with the words that reach it."""
    out: list[tuple[tuple[str, ...], click.Command]] = [(path, group)]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            out += commands(command, (*path, name))
        else:
            out.append(((*path, name), command))
    return out


COMMANDS = commands()


def run(args: list[str]) -> Any:
    return CliRunner().invoke(main, args, catch_exceptions=False, prog_name="ine-lint")


@pytest.fixture
def english_config(tmp_path, monkeypatch):
    (tmp_path / ".ine-lint.yaml").write_text("idioma: en\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def no_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_the_walk_sees_every_command():
    names = {p[-1] for p, _ in COMMANDS if p}
    assert {
        "check",
        "rules",
        "explain",
        "anexos",
        "listado",
        "reporte",
        "calendario",
        "linea-base",
        "nueva-area",
        "init",
        "esquemas",
    } <= names


def test_the_detector_tells_the_languages_apart():
    # A test that cannot fail is a defect: the detector must see each language's words.
    assert foreign_words("Muestra este mensaje y termina.", "en")
    assert foreign_words("Archivo de configuración.", "en")
    assert foreign_words("Show this message and exit.", "es")
    assert foreign_words("Usage: ine-lint check [OPCIONES]", "es")
    assert foreign_words("  [required]", "es") and foreign_words("[default: 30]", "es")
    assert foreign_words("  [obligatorio]", "en")
    assert foreign_words("Uso: ine-lint", "en")
    assert not foreign_words("Usage: ine-lint anexos [OPTIONS] [INVENTORY] --área", "en")
    assert not foreign_words("Include this entidad's junta local (AGS, CDMX).", "en")


@pytest.mark.parametrize("how", ["default", "--lang", "idioma"])
@pytest.mark.parametrize(
    "path,command", COMMANDS, ids=[" ".join(p) or "ine-lint" for p, _ in COMMANDS]
)
def test_help_speaks_one_language(path, command, how, request):
    args = [*path, "--help"]
    if how == "--lang":
        args += ["--lang", "en"]
    elif how == "idioma":
        request.getfixturevalue("english_config")
    else:
        request.getfixturevalue("no_config")
    lang = "es" if how == "default" else "en"
    r = run(args)
    assert r.exit_code == 0, r.output
    out = r.output
    assert out.startswith("Uso: " if lang == "es" else "Usage: ")
    assert foreign_words(out, lang) == [], out
    # Every option and argument has its help and metavar in this language, from the
    # catalogue: none is left to click's English default.
    for param in command.get_params(click.Context(command)):
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{' '.join(path)} {param.name} has no help"
            assert foreign_words(param.help, lang) == [], param.help
        if isinstance(param, click.Argument):
            assert param.metavar, f"{' '.join(path)} {param.name} has no metavar"


def usage_errors(path: tuple[str, ...], command: click.Command, tmp: Path) -> list[list[str]]:
    """Command lines that click must refuse, one of each kind the command can meet."""
    cases = [[*path, "--no-such-option"]]
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    required = [p for p in command.params if p.required]
    fill: list[str] = []
    for param in required:
        if isinstance(param, click.Argument):
            cases.append([*path, *fill])  # missing argument
            fill.append(str(tmp / "x"))
    for param in required:
        if isinstance(param, click.Option):
            cases.append([*path, *fill])  # missing option
            fill += [param.opts[0], str(tmp / "out")]
    if arguments and all(a.nargs > 0 for a in arguments) and path:
        cases.append([*path, *fill, "extra", "more"])
    for param in command.params:
        if not isinstance(param, click.Option) or param.hidden:
            continue
        name = param.opts[-1] if param.opts[-1].startswith("--") else param.opts[0]
        if param.is_flag:
            cases.append([*path, *fill, f"{name}=1"])
            continue
        cases.append([*path, *fill, name])  # an option without its value
        kind = param.type
        if isinstance(kind, click.Choice):
            cases.append([*path, *fill, name, "bogus"])
        elif isinstance(kind, click.IntRange):
            cases += [[*path, *fill, name, "9999"], [*path, *fill, name, "abc"]]
        elif isinstance(kind, click.Path) and not kind.dir_okay:
            cases.append([*path, *fill, name, str(tmp)])  # a folder where a file goes
        elif param.callback is not None and name in ("--as-of", "--designacion"):
            cases.append([*path, *fill, name, "2026-13-06"])
    for param in arguments:
        if isinstance(param.type, click.Path) and not param.type.file_okay:
            target = tmp / "a-file"
            target.write_text("", encoding="utf-8")
            cases.append([*path, str(target)])  # a file where a folder goes
    return cases


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(
    "path,command", [(p, c) for p, c in COMMANDS if p], ids=[" ".join(p) for p, _ in COMMANDS if p]
)
def test_every_usage_error_is_one_line_in_the_language(path, command, lang, tmp_path, monkeypatch):
    if lang == "en":
        (tmp_path / ".ine-lint.yaml").write_text("idioma: en\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cases = usage_errors(path, command, tmp_path)
    assert len(cases) >= 2
    for args in cases:
        if lang == "en" and "--config" in args:
            # A --config that cannot be read names no language: --lang does.
            args = [*path, "--lang", "en", *args[len(path) :]]
        r = run(args)
        text = r.stderr
        assert r.exit_code == 2, (args, r.output)
        assert r.stdout == "", args
        assert text.count("\n") == 1 and text.startswith("ine-lint: error: "), (args, text)
        assert foreign_words(text, lang) == [], (args, text)
        assert ("(vea «ine-lint " if lang == "es" else '(see "ine-lint ') in text, (args, text)


def test_ine_lints_own_rules_are_explained_in_the_language():
    # A provision is quoted verbatim (the Lineamientos are in Spanish only); ine-lint's own
    # rules (yaml, esquema, ...) are our prose, and speak English with --lang en.
    from ine_lint.catalog import all_rules, description, explain_text

    own = [
        spec for spec, _ in all_rules() if not spec.id[:1].isdigit() and spec.origin == "ine-lint"
    ]
    assert {"yaml", "esquema", "referencia", "supresion", "historial"} <= {s.id for s in own}
    for spec in own:
        out = explain_text(spec.id, "en")
        # Its own text, in English, where a provision's verbatim text would be.
        assert f"  > {spec.translations['en']}" in out and "Provision (text" not in out, out
        assert foreign_words(out, "en") == [], (spec.id, foreign_words(out, "en"))
        assert foreign_words(description(spec, "en"), "en") == [], spec.id
        assert description(spec, "es") == spec.text and f"  > {spec.text}" in explain_text(
            spec.id, "es"
        )
    # A provision has no rendering: the Lineamientos are quoted as written, in Spanish.
    provisions = [spec for spec, _ in all_rules() if spec.id[:1].isdigit()]
    assert provisions and all(not spec.translations for spec in provisions)
    assert "  > VIII. Cambiar la contraseña" in explain_text("4.3.VIII", "en")


def test_every_schema_pattern_is_explained_in_english():
    # The schemas' descriptions are Spanish (for the editor); an English finding about a
    # value of the wrong form must not quote them.
    import json as jsonlib

    from ine_lint.messages import PATTERN_HELP_EN
    from ine_lint.resources import data_dir

    patterns: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                patterns.add(node["pattern"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(data_dir("schemas").glob("*.schema.json")):
        walk(jsonlib.loads(path.read_text("utf-8")))
    assert len(patterns) >= 8
    assert patterns <= set(PATTERN_HELP_EN), patterns - set(PATTERN_HELP_EN)
    for text in PATTERN_HELP_EN.values():
        assert foreign_words(text, "en") == [], text


def test_a_config_value_of_the_wrong_form_is_told_in_english(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "areas.yaml").write_text("areas: []\n", encoding="utf-8")
    (tmp_path / ".ine-lint.yaml").write_text(
        "idioma: en\ninventario: .\nexcepciones:\n  - {regla: 4.3.V, area: X, motivo: m, "
        "autoriza: yo, vence: 2027-01-31}\n",
        encoding="utf-8",
    )
    r = run(["check", "--as-of", "2026-11-30"])
    assert r.exit_code == 2 and "INE/UNIDAD/number/year" in r.stderr
    assert foreign_words(r.stderr, "en") == [], r.stderr
