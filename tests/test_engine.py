"""Rule packs are discovered through entry points, exactly like the built-in rules."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint.cli import main

PACK = '''
"""A rule pack's rule, written exactly like a built-in one."""
from ine_lint.findings import finding
from ine_lint.messages import Example

ID = "X.1"
TITLE = {"es": "Cuentas de demostración", "en": "Demo accounts"}
MESSAGES = {
    "x.demo.checked": {
        "es": ("Cuenta {subject} revisada por el paquete", "Nada que hacer"),
        "en": ("Account {subject} checked by the pack", "Nothing to do")},
}
EXAMPLE = Example("cuentas/X.yaml", "x.demo.checked", {"subject": "x/demo"})
POLICY = {"severidad": "warning", "texto": "Regla de ejemplo de un paquete externo.",
          "comprueba": {"es": "Nada"}, "corrige": {"es": "Nada"}}


def ine_lint_check(inventory):
    for account in inventory.active_accounts():
        yield finding(account.where("usuario"), "x.demo.checked", area=account.area,
                      subject=account.ref)
'''

BROKEN = """
from ine_lint import hookimpl

ID = "X.2"
TITLE = {"es": "Regla rota"}
POLICY = {"severidad": "error", "texto": "t", "comprueba": {"es": "c"}, "corrige": {"es": "f"}}


@hookimpl
def ine_lint_check(inventory):
    raise ZeroDivisionError("secreto-que-no-debe-salir")
"""

#: A module with no policy entry of its own and none in policies/: it cannot be described.
UNDESCRIBED = """
ID = "X.3"
TITLE = {"es": "Sin entrada de catálogo"}


def ine_lint_check(inventory):
    return []
"""


@pytest.fixture
def rule_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site"
    (site / "paquete_demo").mkdir(parents=True)
    (site / "paquete_demo" / "__init__.py").write_text("")
    (site / "paquete_demo" / "regla.py").write_text(PACK)
    (site / "paquete_demo" / "rota.py").write_text(BROKEN)
    (site / "paquete_demo" / "sin_politica.py").write_text(UNDESCRIBED)
    info = site / "paquete_demo-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: paquete-demo\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        textwrap.dedent("""\
        [ine_lint]
        demo = paquete_demo.regla
        rota = paquete_demo.rota
        sin_politica = paquete_demo.sin_politica
        """)
    )
    monkeypatch.syspath_prepend(str(site))
    return site


def test_pack_rule_is_listed(rule_pack):
    out = CliRunner().invoke(main, ["rules"], catch_exceptions=False).output
    line = next(line for line in out.splitlines() if line.startswith("X.1"))
    assert "Cuentas de demostración" in line and "warning" in line and "[demo]" in line


def test_pack_findings_appear_and_a_broken_rule_is_one_finding(inv, rule_pack):
    result = inv.check()
    demo = [f for f in result.findings if f.rule == "X.1"]
    assert len(demo) == 3 and {f.severity for f in demo} == {"warning"}
    assert (
        demo[0].text("es") == "Cuenta facebook/INEJDE01Ags revisada por el paquete. Nada que hacer."
    )
    assert demo[0].text("en") == "Account facebook/INEJDE01Ags checked by the pack. Nothing to do."
    broken = [f for f in result.findings if f.rule == "X.2"]
    assert len(broken) == 1 and broken[0].message == "engine.rule_crashed"
    assert "ZeroDivisionError" in broken[0].text("es")
    assert "secreto-que-no-debe-salir" not in broken[0].text("es")
    # The built-in rules still ran.
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    assert any(f.rule == "4.1.III" for f in inv.check().findings)


def test_rule_ids_come_from_the_engine_not_the_rule(inv, rule_pack):
    assert {f.rule for f in inv.check().findings} == {"X.1", "X.2", "ine-lint"}


def test_a_pack_without_a_policy_entry_is_reported_and_the_others_run(inv, rule_pack):
    result = inv.check()
    [broken] = [f for f in result.findings if f.rule == "ine-lint"]
    assert broken.message == "engine.plugin_broken"
    assert dict(broken.args)["plugin"] == "sin_politica"
    assert "X.3" not in result.ruleset.rules and "X.1" in result.ruleset.rules


def test_pack_explain_shows_its_example(rule_pack):
    out = CliRunner().invoke(main, ["explain", "X.1"], catch_exceptions=False).output
    assert "cuentas/X.yaml:12:5  X.1  warning  Cuenta x/demo revisada por el paquete." in out


def _distribution(site: Path, name: str, entry_points: str, suffix: str = ".dist-info") -> None:
    info = site / f"{name}-0.1{suffix}"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))


def test_packs_are_looked_for_only_where_a_distribution_may_declare_one(tmp_path, monkeypatch):
    # importlib.metadata is imported only when some distribution may declare the group;
    # naming ine_lint elsewhere (a console script) is not declaring a pack.
    from ine_lint import engine

    monkeypatch.setattr("sys.path", [str(tmp_path / "none"), str(tmp_path / "site")])
    _distribution(
        tmp_path / "site",
        "otra",
        """\
        [console_scripts]
        ine_lint = ine_lint.cli:run
        [ine_lint_extra]
        x = y
        """,
    )
    assert not engine._may_declare_packs()
    assert engine._pack_entry_points() == []
    _distribution(
        tmp_path / "site", "paquete", "[ ine_lint ]\r\ndemo = paquete.regla\r\n", suffix=".EGG-INFO"
    )
    assert engine._may_declare_packs()
    # Where it cannot look (a zip file on sys.path), importlib.metadata is asked.
    monkeypatch.setattr("sys.path", [str(tmp_path / "none")])
    assert not engine._may_declare_packs()
    (tmp_path / "paquetes.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    monkeypatch.setattr("sys.path", [str(tmp_path / "paquetes.zip")])
    assert engine._may_declare_packs()


def test_provision_ids_match_the_spec():
    import re

    from conftest import SHARED

    spec = SHARED / "spec" / "provisions.md"
    if not spec.exists():
        pytest.skip("shared/spec not available")
    ids = set(re.findall(r"^\| `(?:3\.d` / `)?([0-9][0-9.IVX]*)`", spec.read_text(), re.M))
    from ine_lint.policy import load_policy

    assert ids == {r for r in load_policy().rules if r[0].isdigit()}
