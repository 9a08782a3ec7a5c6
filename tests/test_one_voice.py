"""One voice: every text a user reads comes from the catalogue, in Spanish or English."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ine_lint import messages
from ine_lint.cli import main
from ine_lint.messages import COUNTS, MESSAGES, UI, lookup, render
from ine_lint.rules import RULES

PACKAGE = Path(__file__).resolve().parent.parent / "ine_lint"
ERRORS = {"IneLintError", "ConfigError", "InventoryError"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def run(*args: str, **kwargs: Any):
    return CliRunner().invoke(
        main, list(args), catch_exceptions=False, prog_name="ine-lint", **kwargs
    )


def test_every_key_is_in_both_languages_with_the_same_placeholders():
    entries = dict(MESSAGES)
    for module in RULES.values():
        entries.update(module.MESSAGES)
    for key, entry in entries.items():
        assert set(entry) == {"es", "en"}, key
        for part in (0, 1):
            assert placeholders(entry["es"][part]) == placeholders(entry["en"][part]), key
    for key, text in UI.items():
        assert set(text) == {"es", "en"}, key
        assert placeholders(text["es"]) == placeholders(text["en"]), key
    for key, forms in COUNTS.items():
        assert set(forms) == {"es", "en"}, key


def test_the_reports_own_words_are_in_both_languages_with_the_same_placeholders():
    """The HTML report and calendar keep their headings in ``ine_lint.report.texts``."""
    from ine_lint.report.texts import TEXTS

    assert set(TEXTS) == {"es", "en"} and len(TEXTS["es"]) > 20
    assert set(TEXTS["es"]) == set(TEXTS["en"])
    for key, text in TEXTS["es"].items():
        assert placeholders(text) == placeholders(TEXTS["en"][key]), key


def test_an_unknown_message_key_is_an_error_not_a_raw_key():
    with pytest.raises(KeyError):
        render("r.no.such.key", "es", {})
    with pytest.raises(KeyError):
        messages.ui("no.such.key", "es")


def _literal_keys() -> list[tuple[str, int, str, str]]:
    """(file, line, kind, key) of every catalogue key the package names literally."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = {"finding": 1, "ui": 0, "_say": 0, "render": 0, **dict.fromkeys(ERRORS, 0)}.get(
                name
            )
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            where = (path.relative_to(PACKAGE).as_posix(), node.lineno)
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.append((*where, name, arg.value))
            elif name in ERRORS and isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                out.append((*where, name, "<text built in code, not a catalogue key>"))
    return out


def test_every_key_the_package_names_is_in_the_catalogue():
    found = _literal_keys()
    assert len(found) > 50  # the scan sees the package
    missing = []
    for path, line, kind, key in found:
        known = lookup(key) is not None if kind in ("finding", "render") else key in UI
        if not known:
            missing.append(f"{path}:{line}: {kind}({key!r})")
    # Raise errors and build findings with a key of ine_lint/messages.py (UI or MESSAGES).
    assert missing == []


@pytest.mark.parametrize("command", [[], ["check"], ["rules"], ["explain"]])
def test_help_is_spanish_throughout(command):
    out = run(*command, "--help").output
    assert out.startswith("Uso: ine-lint") and "[OPCIONES]" in out
    assert "Opciones:" in out and "Muestra este mensaje y termina." in out
    for english in ("Usage:", "Options:", "Show this message", "[OPTIONS]", "Commands:"):
        assert english not in out


def test_help_in_english_with_lang_or_idioma(tmp_path, monkeypatch):
    out = run("check", "--lang", "en", "--help").output
    assert out.startswith("Usage: ine-lint check [OPTIONS] [PATH]...")
    assert "Show this message and exit." in out and "As-of date" in out
    assert "Uso:" not in out and "Fecha de revisión" not in out
    (tmp_path / ".ine-lint.yaml").write_text("idioma: en\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = run("--help").output
    assert out.startswith("Usage: ine-lint [OPTIONS] COMMAND [ARGS]...")
    assert "Checks an inventory" in out and "Commands:" in out
    assert "Lists the rules" in out


def test_a_bad_option_is_one_line_in_the_users_language():
    r = run("check", "--formato", "json")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith("ine-lint: error: No existe la opción «--formato».")
    assert r.stderr.rstrip().endswith("(vea «ine-lint check --help»)")
    r = run("check", "--lang", "en", "--format", "xml")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert r.stderr.startswith("ine-lint: error: Invalid value for '--format': 'xml'")
    assert r.stderr.rstrip().endswith('(see "ine-lint check --help")')


def test_rules_honours_idioma(tmp_path, monkeypatch):
    (tmp_path / ".ine-lint.yaml").write_text("idioma: en  # English\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = run("rules").output
    assert out.split()[:3] == ["rule", "title", "severity"]
    assert "Password changed at least every two months" in out
    assert "Cambio de contraseña" not in out
    assert run("rules", "--lang", "es").output.split()[:3] == ["regla", "título", "severidad"]


def test_counts_agree_in_number(inv):
    args = ["check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null"]
    out = run(*args).output
    assert (
        "Resumen: 0 errores, 0 advertencias, 0 avisos; 7 archivos revisados; "
        "0 suprimidos o exceptuados." in out
    )
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")
    out = run(*args).output
    assert "Resumen: 1 error, 1 advertencia, 0 avisos; 7 archivos revisados; " in out
    out = run(*args, "--lang", "en").output
    assert "Summary: 1 error, 1 warning, 0 notices; 7 files checked; 0 suppressed or waived." in out


def test_rule_ids_are_case_insensitive_and_a_group_lists_its_provisions():
    assert run("explain", "4.3.viii").output == run("explain", "4.3.VIII").output
    out = run("explain", "4.1.iv").output
    ids = re.findall(r"^  (4\.\S+)  ", out, re.M)
    assert ids == ["4.1.IV.1", "4.1.IV.2", "4.1.IV.3"]
    r = run("explain", "4.9")
    assert r.exit_code == 2 and "no existe la regla 4.9" in r.stderr


def test_selection_is_case_insensitive(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    assert {f.rule for f in inv.findings(select=("4.1.iii",))} == {"4.1.III"}
    assert inv.findings(select=("4.1",), ignore=("4.1.Iii",)) == []


def test_config_errors_carry_file_and_line(inv, tmp_path):
    config = tmp_path / "conf.yaml"
    config.write_text("idioma: es\nseleccionar:\n  - 4.3\n  - 4.9\n", encoding="utf-8")
    r = run("check", str(inv.root), "--config", str(config))
    assert r.exit_code == 2
    assert (
        r.stderr == f"ine-lint: error: {config}:4: --select/seleccionar: ninguna regla "
        "corresponde a «4.9» (vea ine-lint rules)\n"
    )
    config.write_text(
        "idioma: en\nseveridades:\n  4.3.VIII: error\n  4.3.XX: warning\n", encoding="utf-8"
    )
    r = run("check", str(inv.root), "--config", str(config))
    assert (
        r.stderr == f"ine-lint: error: {config}:4: severidades: no rule matches "
        '"4.3.XX" (see ine-lint rules)\n'
    )
    config.write_text("idioma: en\nfalla_con: [x]\n", encoding="utf-8")
    r = run("check", str(inv.root), "--config", str(config))
    assert r.exit_code == 2 and f"{config}:2: " in r.stderr and "invalid configuration" in r.stderr


def test_schema_findings_speak_english(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "    alta: 2024-03-01", "    alta: [2024-03-01]")
    [f] = [f for f in inv.findings("esquema")]
    assert f.text("en").startswith('"alta" must be text, not a list.')
    assert f.text("es").startswith("«alta» debe ser texto, no una lista.")


def test_concise_format_is_one_short_line_per_finding(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")
    r = run(
        "check",
        str(inv.root),
        "--as-of",
        "2026-11-30",
        "--config",
        "/dev/null",
        "--format",
        "conciso",
    )
    lines = r.output.splitlines()
    line = inv.line_of("cuentas/JDE01-AGS.yaml", "- x@ine.mx")
    assert lines[0] == (
        f"{inv.root}/cuentas/JDE01-AGS.yaml:{line}:9: 4.1.III error "
        "x@ine.mx tiene acceso a facebook/INEJDE01Ags y no es la propietaria, "
        "la suplente ni la persona titular del área JDE01-AGS"
    )
    assert re.fullmatch(
        r".*designaciones/JDE01-AGS\.yaml:\d+:\d+: 4\.5\.III warning \S.*", lines[1]
    )
    assert lines[2:] == ["Total: 2 hallazgos."]
    assert r.exit_code == 1


def test_the_cli_looks_for_the_configuration_by_its_real_name():
    from ine_lint import cli, config

    assert cli.CONFIG_NAME == config.CONFIG_NAME


def test_the_kind_of_credential_is_worded_in_english():
    """4.3.VI names what a label says the value is (contraseña, clave de acceso...): a word
    of ours, said in English with ``--lang en``, for every term the scanner gives."""
    from ine_lint import secrets
    from ine_lint.messages import SECRET_TERMS_EN

    terms = {term for _, term, _ in secrets._LABELS}
    assert terms and terms == set(SECRET_TERMS_EN)
    for term in terms:
        for key in ("r.secret.key", "r.secret.in_name"):
            en = render(key, "en", {"term": term, "subject": "x"})
            assert SECRET_TERMS_EN[term] in en
            assert term in render(key, "es", {"term": term, "subject": "x"})
    assert "labelled access key" in render("r.secret.key", "en", {"term": "clave de acceso"})
