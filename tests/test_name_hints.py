"""A per-área file or an --area written almost right gets a did-you-mean to the right name."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"
D = "designaciones/JDE01-AGS.yaml"


def listed(found):  # type: ignore[no-untyped-def]
    return [(f.path, f.rule, f.severity, f.message, dict(f.args).get("suggestion")) for f in found]


@pytest.mark.parametrize(
    "rel,name",
    [
        (C, "cuentas/JDE01-AGS"),
        (D, "designaciones/JDE01-AGS"),
        (C, "cuentas/jde01-ags"),
        (C, "cuentas/JDE01-AGS.ymal"),
    ],
)
def test_a_file_without_its_extension_is_named_with_the_right_one(inv, rel, name):
    inv.path(rel).rename(inv.path(name))
    found = inv.findings()
    expected = rel  # the área's key in capitals, with .yaml
    assert listed(found) == [(name, "referencia", "error", "ref.unexpected_entry", expected)]
    text = found[0].text("es")
    assert f"¿quiso decir «{expected}»?" in text
    assert "no se evaluaron para JDE01-AGS" in text  # its facts are unknown, not absent
    assert f'did you mean "{expected}"?' in found[0].text("en")


def test_a_file_named_in_lower_case_is_told_its_name(inv):
    inv.path(C).rename(inv.path("cuentas/jde01-ags.yml"))
    found = [f for f in inv.findings() if f.message == "ref.file_name"]
    assert [f.path for f in found] == ["cuentas/jde01-ags.yml"]
    assert "¿quiso decir «cuentas/JDE01-AGS.yaml»?" in found[0].text("es")
    assert 'did you mean "cuentas/JDE01-AGS.yaml"?' in found[0].text("en")


@pytest.fixture
def sample(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    shutil.copytree(repo / "inventories", tmp_path / "inventories")
    shutil.copy(repo / ".ine-lint.yaml", tmp_path / ".ine-lint.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "lang,hint", [("es", "¿quiso decir «JDE03-AGS»?"), ("en", 'did you mean "JDE03-AGS"?')]
)
@pytest.mark.parametrize("written", ["JDE3-AGS", "jde03-ags", "JDE03AGS"])
def test_calendario_with_a_misspelt_area_says_which_was_meant(sample, lang, hint, written):
    r = CliRunner().invoke(
        main,
        [
            "calendario",
            "--as-of",
            "2026-11-27",
            "-o",
            str(sample / "plazos.ics"),
            "--area",
            written,
            "--lang",
            lang,
        ],
        catch_exceptions=False,
    )
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert written in r.stderr and hint in r.stderr
    assert not (sample / "plazos.ics").exists()


def test_calendario_with_an_area_nothing_resembles_has_no_guess(sample):
    r = CliRunner().invoke(
        main,
        [
            "calendario",
            "--as-of",
            "2026-11-27",
            "-o",
            str(sample / "plazos.ics"),
            "--area",
            "ZZZZZZZ",
        ],
        catch_exceptions=False,
    )
    assert r.exit_code == 2 and "quiso decir" not in r.stderr
