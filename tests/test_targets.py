"""Files given on the command line: the whole inventory is checked, their findings shown."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from ine_lint.cli import main


def run_json(*paths: str) -> tuple[int, list[dict[str, Any]]]:
    r = CliRunner().invoke(
        main,
        ["check", *paths, "--as-of", "2026-11-30", "--format", "json", "--config", "/dev/null"],
        catch_exceptions=False,
    )
    return r.exit_code, json.loads(r.output)["findings"] if r.output.startswith("{") else []


def break_both(inv):
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    inv.patch("cncs.yaml", "      - fernando.avila@ine.mx\n", "")


def test_split_calls_give_the_same_answer_as_one(inv):
    break_both(inv)
    a = str(inv.path("cuentas/JDE01-AGS.yaml"))
    b = str(inv.path("designaciones/JDE02-AGS.yaml"))
    code_all, together = run_json(a, b)
    code_a, first = run_json(a)
    code_b, second = run_json(b)
    key = lambda f: (f["path"], f["line"], f["rule"])  # noqa: E731
    assert sorted(map(key, together)) == sorted(map(key, first + second))
    assert {f["rule"] for f in first} == {"4.1.III"}
    assert {f["rule"] for f in second} == {"4.5.III"}  # a finding from a cross-file check
    assert (code_all, code_a, code_b) == (1, 1, 0)


def test_a_file_outside_any_inventory_is_exit_2_with_one_line(inv, tmp_path):
    other = tmp_path / "otro.yaml"
    other.write_text("a: 1\n")
    r = CliRunner().invoke(
        main, ["check", str(other), "--config", "/dev/null"], catch_exceptions=False
    )
    assert r.exit_code == 2
    assert r.output.count("\n") == 1 and "no está dentro de ningún inventario" in r.output


def test_a_file_reports_every_file_of_its_area(inv):
    # A new suplente in designaciones/ breaks cuentas/ of the same área: reported.
    inv.patch(
        "designaciones/JDE01-AGS.yaml",
        "      correo: ana.ruiz@ine.mx",
        "      correo: luis.mora@ine.mx",
    )
    inv.patch("cuentas/JDE02-AGS.yaml", "      - fernando.avila@ine.mx\n", "      - x@ine.mx\n")
    code, found = run_json(str(inv.path("designaciones/JDE01-AGS.yaml")))
    assert code == 1
    assert any(
        f["path"].endswith("/cuentas/JDE01-AGS.yaml") and f["rule"] == "4.1.III" for f in found
    )
    assert all(f["area"] == "JDE01-AGS" for f in found)


def test_a_shared_file_reports_everything(inv):
    inv.patch("cuentas/JDE02-AGS.yaml", "      - fernando.avila@ine.mx\n", "      - x@ine.mx\n")
    for shared in ("cncs.yaml", "areas.yaml", "correos-genericos.yaml"):
        code, found = run_json(str(inv.path(shared)))
        assert code == 1
        assert [f["path"].rsplit("/", 2)[-2:] for f in found] == [["cuentas", "JDE02-AGS.yaml"]]


def test_folder_inside_an_inventory_checks_the_whole(inv):
    break_both(inv)
    _, found = run_json(str(inv.path("cuentas")))
    assert {f["rule"] for f in found} == {"4.1.III", "4.5.III"}
