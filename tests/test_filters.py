"""Choosing what counts: selection, severities, inline suppressions, waivers."""

from __future__ import annotations

import io
from datetime import date

import pytest

from ine_lint.config import Waiver
from ine_lint.selection import matches, selected

C = "cuentas/JDE01-AGS.yaml"


def break_two(inv):
    """A 4.1.III error and a 4.3.VII warning on the facebook account."""
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    inv.patch(
        C,
        "      - fecha: 2026-10-05\n        conforme_utsi: true",
        "      - fecha: 2026-10-05\n        conforme_utsi: false",
    )


@pytest.mark.parametrize(
    "prefix,rule,expected",
    [
        ("4.3", "4.3.I", True),
        ("4.3", "4.3.IX", True),
        ("4.3", "4.30", False),
        ("4.3", "4.30.I", False),
        ("4.3.", "4.3.V", True),
        ("4.1.IV", "4.1.IV.2", True),
        ("4.1.I", "4.1.IV.2", False),
        ("4.3.V", "4.3.VI", False),
        ("4", "4.5.III", True),
        ("esquema", "esquema", True),
    ],
)
def test_prefix_on_whole_segments(prefix, rule, expected):
    assert matches(prefix, rule) is expected


def test_longest_prefix_wins():
    assert selected("4.3.V", ["4.3"], ["4.3.VII"]) is True
    assert selected("4.3.VII", ["4.3"], ["4.3.VII"]) is False
    assert selected("4.3.V", ["4.3.V"], ["4.3"]) is True
    assert selected("4.2.V", ["4.3"], []) is False
    assert selected("4.2.V", [], ["4.3"]) is True


def test_select_and_ignore_in_a_run(inv):
    break_two(inv)
    assert {f.rule for f in inv.findings()} == {"4.1.III", "4.3.VII"}
    assert {f.rule for f in inv.findings(select=("4.3",))} == {"4.3.VII"}
    assert {f.rule for f in inv.findings(ignore=("4.3",))} == {"4.1.III"}
    assert {f.rule for f in inv.findings(select=("4.1.III", "4.3.VII"))} == {"4.1.III", "4.3.VII"}


def test_severity_override_by_prefix(inv):
    break_two(inv)
    found = inv.findings(severities={"4.3": "error", "4.1.III": "info"})
    assert {(f.rule, f.severity) for f in found} == {("4.1.III", "info"), ("4.3.VII", "error")}


def test_select_and_severities_from_the_config(inv, tmp_path):
    from click.testing import CliRunner

    from ine_lint.cli import main

    break_two(inv)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(
        "ignorar:\n  - {regla: 4.1, motivo: prueba, autoriza: INE/CNCS/0001/2026, "
        "vence: 2027-01-01}\nseveridades: {4.3.VII: error}\n"
    )
    r = CliRunner().invoke(
        main,
        ["check", str(inv.root), "--as-of", "2026-11-30", "--config", str(cfg), "--format", "json"],
        catch_exceptions=False,
    )
    assert r.exit_code == 1
    assert '"4.3.VII": 1' in r.output and "4.1.III" not in r.output


def test_inline_suppression_on_the_line(inv):
    break_two(inv)
    inv.patch(C, "      - x@ine.mx\n", "      - x@ine.mx  # ine-lint: ignorar 4.1.III -- prueba\n")
    result = inv.check()
    assert {f.rule for f in result.findings} == {"4.3.VII"}
    [s] = result.suppressed
    assert s.rule == "4.1.III" and "prueba" in s.suppressed_by


def test_inline_suppression_on_the_line_above(inv):
    break_two(inv)
    inv.patch(
        C, "      - x@ine.mx\n", "      # ine-lint: ignorar 4.1 -- prueba\n      - x@ine.mx\n"
    )
    assert {f.rule for f in inv.findings()} == {"4.3.VII"}


def test_suppression_two_lines_above_does_not_apply(inv):
    break_two(inv)
    inv.patch(
        C,
        "      - ana.ruiz@ine.mx\n      - x@ine.mx\n",
        "      # ine-lint: ignorar 4.1.III -- prueba\n      - ana.ruiz@ine.mx\n      - x@ine.mx\n",
    )
    found = inv.findings()
    assert "4.1.III" in {f.rule for f in found}
    assert [f.message for f in found if f.rule == "supresion"] == ["filter.unused"]


def test_suppression_without_reason_is_a_finding_and_does_not_apply(inv):
    break_two(inv)
    inv.patch(C, "      - x@ine.mx\n", "      - x@ine.mx  # ine-lint: ignorar 4.1.III\n")
    found = inv.findings()
    assert "4.1.III" in {f.rule for f in found}
    [s] = [f for f in found if f.rule == "supresion"]
    assert s.message == "filter.no_reason" and s.line == inv.line_of(C, "ignorar 4.1.III")


def test_unused_suppression_is_reported(inv):
    inv.patch(C, "    accesos:\n", "    accesos:  # ine-lint: ignorar 4.3.V -- ya no hace falta\n")
    [f] = inv.findings()
    assert (f.rule, f.message, f.severity) == ("supresion", "filter.unused", "warning")


def test_unused_suppression_not_reported_when_its_rule_did_not_run(inv):
    inv.patch(C, "    accesos:\n", "    accesos:  # ine-lint: ignorar 4.3.V -- motivo\n")
    assert inv.findings(ignore=("4.3.V",)) == []


def test_suppression_naming_an_unknown_rule(inv):
    inv.patch(C, "    accesos:\n", "    accesos:  # ine-lint: ignorar 4.30 -- motivo\n")
    messages = {f.message for f in inv.findings()}
    assert "filter.unknown_rule" in messages


def waiver(**kw):
    base = dict(
        rule="4.1.III", reason="motivo", authority="INE/CNCS/0456/2026", expires=date(2026, 12, 1)
    )
    return Waiver(**{**base, **kw})


def test_waiver_applies_until_the_day_before_it_expires(inv):
    break_two(inv)
    w = (waiver(account="facebook/inejde01ags"),)
    assert {f.rule for f in inv.findings(waivers=w)} == {"4.3.VII"}
    result = inv.check(as_of=date(2026, 11, 30), waivers=w)
    assert [f.rule for f in result.suppressed] == ["4.1.III"]
    assert "INE/CNCS/0456/2026" in result.suppressed[0].suppressed_by


def test_waiver_expired_on_its_day_and_says_so(inv):
    break_two(inv)
    w = (waiver(account="facebook/INEJDE01Ags"),)
    found = [f for f in inv.findings(as_of=date(2026, 12, 1), waivers=w) if f.rule == "4.1.III"]
    assert len(found) == 1
    assert "La excepción INE/CNCS/0456/2026 venció el 2026-12-01" in found[0].text("es")


@pytest.mark.parametrize(
    "scope,covered",
    [
        ({"area": "JDE01-AGS"}, True),
        ({"area": "JDE02-AGS"}, False),
        ({"file": C}, True),
        ({"file": "cuentas/JDE02-AGS.yaml"}, False),
        ({"account": "x/INEJDE02Ags"}, False),
    ],
)
def test_waiver_scope(inv, scope, covered):
    break_two(inv)
    w = (waiver(rule="4.1", **scope),)
    assert ("4.1.III" not in {f.rule for f in inv.findings(waivers=w)}) is covered


def test_show_suppressed_counts(inv):
    from click.testing import CliRunner

    from ine_lint.cli import main

    break_two(inv)
    inv.patch(C, "      - x@ine.mx\n", "      - x@ine.mx  # ine-lint: ignorar 4.1.III -- prueba\n")
    args = ["check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null"]
    r = CliRunner().invoke(main, args, catch_exceptions=False)
    assert "; 1 suprimido o exceptuado." in r.output
    assert "4.1.III" not in r.output.split("Resumen")[0]
    r = CliRunner().invoke(main, [*args, "--show-suppressed"], catch_exceptions=False)
    lines = [line for line in r.output.splitlines() if ".yaml:" in line]
    # The suppressed finding is marked in a column of its own; the summary counts only the
    # other line, and says the suppressed one is shown.
    [suppressed] = [line for line in lines if "4.1.III" in line]
    assert suppressed.split("  ")[1:4] == ["4.1.III", "error", "suprimido"]
    assert suppressed.endswith("[# ine-lint: ignorar 4.1.III -- prueba]")
    counted = [line for line in lines if line.split("  ")[3] != "suprimido"]
    assert [line.split("  ")[1:3] for line in counted] == [["4.3.VII", "warning"]]
    assert (
        "Resumen: 0 errores, 1 advertencia, 0 avisos; 7 archivos revisados; "
        "1 suprimido o exceptuado (mostrados)." in r.output
    )
    assert r.exit_code == 0  # only the 4.3.VII warning counts


def test_given_files_report_the_findings_of_their_areas(inv):
    break_two(inv)
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")
    inv.patch("cuentas/JDE02-AGS.yaml", "      - fernando.avila@ine.mx\n", "      - y@ine.mx\n")
    everything = {(f.path, f.rule) for f in inv.findings()}
    # A shared file can change any área's findings: everything is reported.
    assert {
        (f.path, f.rule) for f in inv.findings(only_paths=frozenset({"cncs.yaml"}))
    } == everything
    # An área's file: its own findings and those of the área's other files, no other área's.
    only = frozenset({"designaciones/JDE01-AGS.yaml"})
    assert {(f.path, f.rule) for f in inv.findings(only_paths=only)} == {
        ("designaciones/JDE01-AGS.yaml", "4.5.III"),
        (C, "4.1.III"),
        (C, "4.3.VII"),
    }
    assert ("cuentas/JDE02-AGS.yaml", "4.1.III") in everything


def test_severity_override_leaves_upcoming_deadlines_as_notices(inv):
    found = inv.findings("4.3.VIII", horizon=7, severities={"4.3": "warning"})
    assert found and {f.severity for f in found} == {"info"}


@pytest.mark.parametrize(
    "option", [("--select", "4.30"), ("--ignore", "4.3.X"), ("--select", "4.3.VIII.1")]
)
def test_a_selector_that_matches_no_rule_is_an_error(inv, option):
    from click.testing import CliRunner

    from ine_lint.cli import main

    r = CliRunner().invoke(
        main, ["check", str(inv.root), *option, "--config", "/dev/null"], catch_exceptions=False
    )
    assert r.exit_code == 2 and option[1] in r.output


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_waivers_reason_is_worded_in_the_chosen_language_in_every_format(inv, lang):
    """The reason a waived finding does not count is worded by the reporter (text, JSON,
    SARIF), in the run's language; the finding itself carries only the waiver's data."""
    import json

    from ine_lint.reporters.json import JsonReporter
    from ine_lint.reporters.sarif import SarifReporter
    from ine_lint.reporters.text import TextReporter

    break_two(inv)
    result = inv.check(as_of=date(2026, 11, 30), waivers=(waiver(account="facebook/inejde01ags"),))
    [waived] = result.suppressed
    assert not any(w in waived.suppressed_by for w in ("excepción", "vence", "waiver"))
    expected = {
        "es": "excepción INE/CNCS/0456/2026 (vence 2026-12-01)",
        "en": "waiver INE/CNCS/0456/2026 (expires 2026-12-01)",
    }[lang]
    outputs = {}
    for name, cls in (("text", TextReporter), ("json", JsonReporter), ("sarif", SarifReporter)):
        stream = io.StringIO()
        cls(lang=lang, show_suppressed=True).write(result, stream)
        outputs[name] = stream.getvalue()
    assert f"[{expected}]" in outputs["text"]
    assert [s["suppressed_by"] for s in json.loads(outputs["json"])["suppressed"]] == [expected]
    [entry] = [
        r for r in json.loads(outputs["sarif"])["runs"][0]["results"] if r.get("suppressions")
    ]
    assert entry["suppressions"] == [{"kind": "external", "justification": expected}]
