"""The command as a user meets it: options, outputs, exit codes, messages."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from ine_lint.cli import main
from ine_lint.policy import load_policy


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def test_clean_inventory_exits_0(inv):
    r = run("check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null")
    assert r.exit_code == 0
    assert "Sin hallazgos." in r.output


def test_error_findings_exit_1_with_text_lines(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    r = run("check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null")
    assert r.exit_code == 1
    line = inv.line_of("cuentas/JDE01-AGS.yaml", "- x@ine.mx")
    assert re.search(rf"cuentas/JDE01-AGS\.yaml:{line}:9  4\.1\.III  error  ", r.output)
    assert "Por artículo: 4.1.III 1" in r.output
    assert "\x1b[" not in r.output  # not a terminal: no colour


def test_warnings_only_exit_0_unless_fail_on_warning(inv):
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")
    base = ("check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null")
    assert run(*base).exit_code == 0
    assert run(*base, "--fail-on", "warning").exit_code == 1
    assert run(*base, "--fail-on", "never").exit_code == 0


def test_json_contract(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    r = run(
        "check", str(inv.root), "--as-of", "2026-11-30", "--format", "json", "--config", "/dev/null"
    )
    doc = json.loads(r.output)
    assert set(doc) == {"version", "as_of", "inventory", "findings", "summary"}
    assert doc["version"] == 1 and doc["as_of"] == "2026-11-30"
    [f] = doc["findings"]
    assert set(f) == {"rule", "severity", "path", "line", "column", "area", "subject", "message"}
    assert f["rule"] == "4.1.III" and f["subject"] == "facebook/INEJDE01Ags"
    assert f["path"].endswith("cuentas/JDE01-AGS.yaml") and f["area"] == "JDE01-AGS"
    assert doc["summary"]["by_severity"] == {"error": 1, "warning": 0, "info": 0}
    assert doc["summary"]["by_rule"] == {"4.1.III": 1}


def test_english_on_request(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    r = run(
        "check", str(inv.root), "--as-of", "2026-11-30", "--lang", "en", "--config", "/dev/null"
    )
    assert "has access to facebook/INEJDE01Ags" in r.output and "4.1.III asks:" in r.output
    cfg = inv.root.parent / "c.yaml"
    cfg.write_text("idioma: en\n")
    r = run("check", str(inv.root), "--as-of", "2026-11-30", "--config", str(cfg))
    assert "has access" in r.output


def test_output_file(inv, tmp_path):
    out = tmp_path / "informe.json"
    r = run(
        "check",
        str(inv.root),
        "--as-of",
        "2026-11-30",
        "--format",
        "json",
        "--output",
        str(out),
        "--config",
        "/dev/null",
    )
    assert r.exit_code == 0 and r.output == ""
    assert json.loads(out.read_text())["findings"] == []


def test_missing_inventory_is_exit_2_one_line(tmp_path):
    r = run("check", str(tmp_path / "nada"), "--config", "/dev/null")
    assert r.exit_code == 2
    assert r.output.count("\n") == 1 and "no existe" in r.output
    assert "Traceback" not in r.output


def test_folder_that_is_not_an_inventory(tmp_path):
    (tmp_path / "vacio").mkdir()
    r = run("check", str(tmp_path / "vacio"), "--config", "/dev/null")
    assert r.exit_code == 2 and "no es un inventario" in r.output


def test_bad_option_is_exit_2(inv):
    assert run("check", str(inv.root), "--as-of", "mañana").exit_code == 2
    assert run("check", str(inv.root), "--format", "pdf").exit_code == 2


@pytest.mark.parametrize(
    "config,expected",
    [
        ("idioma: fr\n", "idioma"),
        (
            "excepciones:\n  - regla: 4.3.V\n    cuenta: x/y\n    motivo: m\n    vence: 2027-01-01\n",
            "autoriza",
        ),
        (
            "excepciones:\n  - regla: 4.3.V\n    motivo: m\n    autoriza: INE/CNCS/0456/2026\n"
            "    vence: 2027-01-01\n",
            "area, cuenta o archivo",
        ),
        ("inventario: [\n", "YAML"),
        ("idoma: es\n", "idioma"),
    ],
)
def test_unusable_config_is_exit_2_naming_file_and_line(inv, config, expected):
    cfg = inv.root.parent / ".ine-lint.yaml"
    cfg.write_text(config)
    r = run("check", str(inv.root), "--config", str(cfg))
    assert r.exit_code == 2
    assert expected in r.output and ".ine-lint.yaml:" in r.output


def test_config_found_upward_gives_the_inventory(inv, monkeypatch):
    (inv.root.parent / ".ine-lint.yaml").write_text(f"inventario: {inv.root.name}\n")
    sub = inv.root.parent / "sub" / "dir"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    r = run("check", "--as-of", "2026-11-30")
    assert r.exit_code == 0 and "7 archivos revisados" in r.output
    r = run()  # ``ine-lint`` alone is ``ine-lint check`` (today's date: findings may appear)
    assert "7 archivos revisados" in r.output


def test_default_inventory_is_the_inventories_folder(inv, monkeypatch):
    work = inv.root.parent
    inv.root.rename(work / "inventories")
    monkeypatch.chdir(work)
    r = run("check", "--as-of", "2026-11-30", "--config", "/dev/null")
    assert r.exit_code == 0 and "7 archivos revisados" in r.output


def test_rules_lists_every_provision():
    r = run("rules")
    ids = {line.split()[0] for line in r.output.splitlines()[2:] if line.strip()}
    assert ids >= set(load_policy().rules)
    assert "sin implementar" not in r.output


@pytest.mark.parametrize("rule_id", sorted(load_policy().rules))
def test_explain_every_rule(rule_id):
    r = run("explain", rule_id)
    spec = load_policy().rules[rule_id]
    assert r.exit_code == 0
    assert spec.text in r.output
    assert "Ejemplo de hallazgo:" in r.output and f"  {rule_id}  " in r.output
    assert "Cómo corregir:" in r.output
    for name in spec.params:
        assert f"  {name}: " in r.output


def test_explain_unknown_rule():
    r = run("explain", "9.9")
    assert r.exit_code == 2 and "ine-lint rules" in r.output


def test_colour_only_on_a_terminal_without_no_color(inv):
    from ine_lint.cli import use_colour
    from ine_lint.reporters.text import TextReporter

    class Tty:
        def isatty(self):
            return True

    assert use_colour(Tty(), {}) is True  # type: ignore[arg-type]
    assert use_colour(Tty(), {"NO_COLOR": ""}) is False  # type: ignore[arg-type]
    assert use_colour(__import__("io").StringIO(), {}) is False

    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    import io

    stream = io.StringIO()
    TextReporter(colour=True).write(inv.check(), stream)
    assert "\x1b[31merror\x1b[0m" in stream.getvalue()


def test_check_leaves_the_garbage_collector_as_it_found_it_unless_the_process_ends(inv):
    """``run`` ends the process right after the command, so the collector stays off there
    (switched back on, its first pass would walk the whole model for nothing); called as
    a function, ``main`` must leave it on."""
    import gc

    from ine_lint import cli

    assert gc.isenabled()
    for _ in range(2):
        run("check", str(inv.root), "--as-of", "2026-11-30")
        assert gc.isenabled()
    try:
        cli._ENDS_PROCESS[0] = True
        run("check", str(inv.root), "--as-of", "2026-11-30")
        assert not gc.isenabled()
    finally:
        cli._ENDS_PROCESS[0] = False
        gc.enable()
