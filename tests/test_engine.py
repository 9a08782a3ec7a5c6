"""Rule packs are discovered through entry points, exactly like the built-in rules."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint.cli import main

PACK = '''
from ine_lint import hookimpl
from ine_lint.findings import finding
from ine_lint.policy import RuleSpec

ID = "X.1"


@hookimpl
def ine_lint_rule(policy):
    return RuleSpec(id=ID, title={"es": "Cuentas de demostración", "en": "Demo accounts"},
                    severity="warning", text="Regla de ejemplo de un paquete externo.",
                    checks={"es": "Nada"}, fix={"es": "Nada"})


@hookimpl
def ine_lint_check(inventory):
    for account in inventory.active_accounts():
        yield finding(account.where("usuario"), "Cuenta {subject} revisada por el paquete",
                      area=account.area, subject=account.ref)
'''

BROKEN = '''
from ine_lint import hookimpl
from ine_lint.policy import RuleSpec


@hookimpl
def ine_lint_rule(policy):
    return RuleSpec(id="X.2", title={"es": "Regla rota"}, severity="error", text="t",
                    checks={"es": "c"}, fix={"es": "f"})


@hookimpl
def ine_lint_check(inventory):
    raise ZeroDivisionError("secreto-que-no-debe-salir")
'''


@pytest.fixture
def rule_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site"
    (site / "paquete_demo").mkdir(parents=True)
    (site / "paquete_demo" / "__init__.py").write_text("")
    (site / "paquete_demo" / "regla.py").write_text(PACK)
    (site / "paquete_demo" / "rota.py").write_text(BROKEN)
    info = site / "paquete_demo-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: paquete-demo\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(textwrap.dedent("""\
        [ine_lint]
        demo = paquete_demo.regla
        rota = paquete_demo.rota
        """))
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
    assert "revisada por el paquete" in demo[0].text("es")
    broken = [f for f in result.findings if f.rule == "X.2"]
    assert len(broken) == 1 and broken[0].message == "engine.rule_crashed"
    assert "ZeroDivisionError" in broken[0].text("es")
    assert "secreto-que-no-debe-salir" not in broken[0].text("es")
    # The built-in rules still ran.
    inv.patch("cuentas/JDE01-AGS.yaml", "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    assert any(f.rule == "4.1.III" for f in inv.check().findings)


def test_rule_ids_come_from_the_engine_not_the_rule(inv, rule_pack):
    assert {f.rule for f in inv.check().findings} == {"X.1", "X.2"}


def test_every_provision_has_a_registered_module():
    from ine_lint.engine import load_rules
    from ine_lint.policy import load_policy

    policy = load_policy()
    provisions = {r for r in policy.rules if r[0].isdigit()}
    assert set(load_rules(policy).rules) >= provisions
    assert len(provisions) == 19


def test_provision_ids_match_the_spec():
    import re

    from conftest import SHARED

    spec = SHARED / "spec" / "provisions.md"
    if not spec.exists():
        pytest.skip("shared/spec not available")
    ids = set(re.findall(r"^\| `(?:3\.d` / `)?([0-9][0-9.IVX]*)`", spec.read_text(), re.M))
    from ine_lint.policy import load_policy

    assert ids == {r for r in load_policy().rules if r[0].isdigit()}
