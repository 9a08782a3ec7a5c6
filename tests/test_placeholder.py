"""What ine-lint init leaves to capture («POR CAPTURAR») is a warning until it is captured,
and the titular it stands for is unknown, not absent."""

from __future__ import annotations

from click.testing import CliRunner

from ine_lint.cli import main

A = "areas.yaml"


def placeholder(inv, name: bool = True, email: bool = True) -> None:
    if name:
        inv.patch(A, "      nombre: María López Hernández\n", "      nombre: POR CAPTURAR\n")
    if email:
        inv.patch(A, "      correo: maria.lopez@ine.mx\n", "      correo: por.capturar@ine.mx\n")


def test_a_placeholder_titular_is_a_warning_saying_what_to_capture(inv):
    placeholder(inv)
    found = inv.findings()
    assert [(f.rule, f.severity, f.path, f.line, f.area) for f in found] == [
        ("esquema", "warning", A, 7, "JDE01-AGS")
    ]
    es, en = found[0].text("es"), found[0].text("en")
    assert "«POR CAPTURAR»" in es and "JDE01-AGS" in es
    assert "nombre" in es and "correo" in es and "titular" in es
    # The titular is unknown: her own access (maria.lopez@ine.mx) is not an intruder's.
    assert "4.1.III no se evaluó para JDE01-AGS" in es
    assert '"POR CAPTURAR"' in en and "4.1.III was not evaluated for JDE01-AGS" in en


def test_either_half_of_the_placeholder_is_enough(inv):
    placeholder(inv, name=False)
    [f] = inv.findings()
    assert (f.rule, f.severity, f.line) == ("esquema", "warning", 9)
    assert "por.capturar@ine.mx" in f.text("es")


def test_a_fresh_init_reports_every_titular_to_capture(tmp_path, monkeypatch):
    runner = CliRunner()
    r = runner.invoke(
        main, ["init", str(tmp_path / "repo"), "--entidad", "COL", "-q"], catch_exceptions=False
    )
    assert r.exit_code == 0, r.output
    monkeypatch.chdir(tmp_path / "repo")
    r = runner.invoke(
        main,
        ["check", "--as-of", "2026-11-27", "--format", "json", "--no-cache"],
        catch_exceptions=False,
    )
    import json

    found = json.loads(r.stdout)["findings"]
    areas = [
        f["area"]
        for f in found
        if f["rule"] == "esquema" and f["severity"] == "warning" and "POR CAPTURAR" in f["message"]
    ]
    assert areas == ["JLE-COL", "JDE01-COL", "JDE02-COL"]
    assert r.exit_code == 0  # warnings: a new repository is not a failing one
