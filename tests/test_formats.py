"""Each output format, checked against the real format's schema and the consumer's rules."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import vendor

from ine_lint.policy import load_policy
from ine_lint.reporters import REPORTER_BY_NAME
from ine_lint.reporters.github import escape_data, escape_property

C = "cuentas/JDE01-AGS.yaml"
D = "designaciones/JDE01-AGS.yaml"


def render(result, fmt: str, **kw) -> str:
    stream = io.StringIO()
    REPORTER_BY_NAME[fmt](**kw).write(result, stream)
    return stream.getvalue()


@pytest.fixture
def broken(inv):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n      - y@ine.mx\n")
    # Two findings of one rule on one node (same line and column, same subject).
    inv.patch(
        D,
        "      nivel: operativo\n      vinculo: servidora_publica\n      adscripcion: JDE01-AGS\n",
        "      vinculo: servidora_publica\n",
    )
    inv.patch(
        C, "    accesos:\n", "    # ine-lint: ignorar 4.3.V -- sin motivo real\n    accesos:\n"
    )
    inv.patch(
        C, "      activo: true\n", "      activo: false  # ine-lint: ignorar 4.3.V -- prueba\n"
    )
    return inv


def test_sarif_validates_against_the_sarif_2_1_0_schema(broken):
    import jsonschema

    schema = json.loads(vendor("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    doc = json.loads(render(broken.check(), "sarif"))
    jsonschema.Draft4Validator(schema).validate(doc)
    [run] = doc["runs"]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["4.3.VIII"]["fullDescription"]["text"] == load_policy().rules["4.3.VIII"].text
    assert rules["4.3.VII"]["defaultConfiguration"]["level"] == "warning"
    assert {"text", "markdown"} <= set(rules["4.1.III"]["help"])
    for result in run["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "file:")) and "\\" not in uri
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    suppressed = [r for r in run["results"] if "suppressions" in r]
    assert len(suppressed) == 1 and suppressed[0]["ruleId"] == "4.3.V"
    assert suppressed[0]["suppressions"][0]["kind"] == "inSource"
    fps = [r["partialFingerprints"]["ineLintFinding/v1"] for r in run["results"]]
    assert len(set(fps)) == len(fps)


def test_sarif_fingerprints_survive_an_unrelated_edit(broken):
    def prints(result):
        doc = json.loads(render(result, "sarif"))
        return {
            (r["ruleId"], r["partialFingerprints"]["ineLintFinding/v1"])
            for r in doc["runs"][0]["results"]
        }

    before = prints(broken.check())
    assert prints(broken.check()) == before  # stable across runs
    broken.write(C, "# Comentario agregado arriba.\n\n" + broken.text(C))
    after_doc = json.loads(render(broken.check(), "sarif"))
    lines = {
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in after_doc["runs"][0]["results"]
    }
    assert prints(broken.check()) == before and lines  # lines moved, fingerprints did not


def test_sarif_within_github_limits(broken):
    doc = json.loads(render(broken.check(), "sarif"))
    run = doc["runs"][0]
    assert len(run["results"]) <= 25_000 and len(run["tool"]["driver"]["rules"]) <= 25_000
    for r in run["results"]:
        assert len(r["locations"]) <= 10 and len(r["message"]["text"]) < 10_000


def test_junit_validates_and_every_case_is_unique(broken):
    import xmlschema

    text = render(broken.check(), "junit")
    xmlschema.XMLSchema(str(vendor("junit.xsd"))).validate(text)
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text)
    cases = [(c.get("classname"), c.get("name")) for c in root.iter("testcase")]
    assert len(cases) == len(set(cases))
    errors = [f for f in broken.check().findings if f.severity == "error"]
    assert len(list(root.iter("failure"))) == len(errors) < len(broken.check().findings)
    # Two findings of one rule on one node: told apart by what they say, not by a line.
    pair = sorted(
        name or "" for _, name in cases if (name or "").startswith("4.2.III inventario/" + D)
    )
    assert pair == [
        f"4.2.III inventario/{D} ana.ruiz@ine.mx (no_adscription)",
        f"4.2.III inventario/{D} ana.ruiz@ine.mx (no_level)",
    ]


def test_junit_clean_inventory_still_has_a_test(inv):
    import xmlschema

    text = render(inv.check(), "junit")
    xmlschema.XMLSchema(str(vendor("junit.xsd"))).validate(text)
    assert "<failure" not in text and "<testcase" in text


def test_github_escaping():
    assert escape_data("50% listo\r\nsegunda") == "50%25 listo%0D%0Asegunda"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_errors_come_first_then_a_summary(broken):
    broken.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")  # a warning (4.5.III)
    out = render(broken.check(), "github").splitlines()
    commands = [line for line in out if line.startswith("::")]
    kinds = [line[2:].split(" ", 1)[0] for line in commands]
    assert kinds == sorted(kinds, key=["error", "warning", "notice"].index)
    assert "warning" in kinds
    first = commands[0]
    assert first.startswith("::error file=")
    props = first.split("::")[1]
    assert ",line=" in props and ",col=" in props and ",title=" in props
    assert out[-1].startswith("Por artículo") or out[-2].startswith("Resumen")


def test_gitlab_code_quality(broken):
    issues = json.loads(render(broken.check(), "gitlab"))
    assert issues and len({i["fingerprint"] for i in issues}) == len(issues)
    for issue in issues:
        assert issue["description"].startswith(issue["check_name"] + ": ")
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert not issue["location"]["path"].startswith("/")
        assert issue["location"]["lines"]["begin"] >= 1
    assert {i["severity"] for i in issues if i["check_name"] == "4.1.III"} == {"critical"}


def test_auto_picks_github_in_actions(inv, monkeypatch):
    from click.testing import CliRunner

    from ine_lint.cli import main

    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    r = CliRunner().invoke(
        main,
        [
            "check",
            str(inv.root),
            "--format",
            "auto",
            "--as-of",
            "2026-11-30",
            "--config",
            "/dev/null",
        ],
        catch_exceptions=False,
    )
    assert r.output.startswith("::error file=")
    monkeypatch.delenv("GITHUB_ACTIONS")
    r = CliRunner().invoke(
        main,
        [
            "check",
            str(inv.root),
            "--format",
            "auto",
            "--as-of",
            "2026-11-30",
            "--config",
            "/dev/null",
        ],
        catch_exceptions=False,
    )
    assert not r.output.startswith("::")


# ---------------------------------------------------------------- CI consumers (issue 13)


def _junit_cases(text: str) -> dict[tuple[str, str], bool]:
    """(classname, name) → failed, as junitparser (what CI report parsers do) reads them."""
    from junitparser import Failure, JUnitXml

    xml = JUnitXml.fromstring(text)
    out = {}
    for suite in xml:
        for case in suite:
            out[(case.classname, case.name)] = any(isinstance(r, Failure) for r in case.result)
    return out


def test_junit_names_follow_a_finding_that_moves(broken):
    before = _junit_cases(render(broken.check(), "junit"))
    for _, name in before:
        assert ":" not in name.split(" ", 1)[0] or name.startswith("ine-lint")
        assert not any(
            part.count(":") == 1 and part.replace(":", "").isdigit() for part in name.split()
        )
    # The fact that tells two findings on one account apart is in the name, not the line.
    assert ("inventario/" + C, f"4.1.III inventario/{C} facebook/INEJDE01Ags (x@ine.mx)") in before
    broken.write(C, "# Dos líneas agregadas arriba.\n\n" + broken.text(C))
    assert _junit_cases(render(broken.check(), "junit")) == before


def test_junit_findings_below_fail_on_are_not_failures(broken):
    broken.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")  # a 4.5.III warning
    result = broken.check()
    severities = {f.severity for f in result.findings}
    assert {"error", "warning"} <= severities
    for fail_on, failing in (
        ("error", {"error"}),
        ("warning", {"error", "warning"}),
        ("never", set()),
    ):
        cases = _junit_cases(render(result, "junit", fail_on=fail_on))
        assert len(cases) == len(result.findings)
        assert sum(cases.values()) == sum(1 for f in result.findings if f.severity in failing)
    warn = next(f for f in result.findings if f.severity == "warning")
    text = render(result, "junit", fail_on="error")
    assert warn.text("es").split(".")[0] in text  # still listed, as a passing case's output


def test_sarif_rules_link_help_and_rate_4_3_vi(broken):
    broken.patch(C, "    accesos:\n", "    password: Hunter2!xQ9#zz\n    accesos:\n")
    doc = json.loads(render(broken.check(), "sarif"))
    [run] = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")
    for rule in driver["rules"]:
        assert rule["helpUri"].startswith(driver["informationUri"])
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["4.3.VI"]["properties"]["security-severity"] == "9.0"
    assert "security" in rules["4.3.VI"]["properties"]["tags"]
    assert "security-severity" not in rules["4.3.VIII"]["properties"]
    # The workflow's category decides the analysis: codeql-action fills it only when absent.
    assert "automationDetails" not in run
    assert "Hunter2" not in json.dumps(doc)


def test_sarif_cap_keeps_the_most_severe_and_says_so(broken, monkeypatch):
    from ine_lint.reporters import sarif

    broken.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")  # warnings sorted first by path
    result = broken.check()
    errors = [f for f in result.findings if f.severity == "error"]
    # Cut in place order, a warning would have taken an error's place.
    by_place = sorted(result.findings, key=lambda f: f.sort_key())
    assert any(f.severity != "error" for f in by_place[: len(errors)])
    monkeypatch.setattr(sarif, "MAX_RESULTS", len(errors) + 1)
    doc = json.loads(render(result, "sarif"))
    results = doc["runs"][0]["results"]
    assert len(results) == len(errors) + 1
    assert results[0]["ruleId"] == "ine-lint" and "omite" in results[0]["message"]["text"]
    assert {r["level"] for r in results[1:]} == {"error"}
    rules = [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
    assert results[0]["ruleIndex"] == rules.index("ine-lint")


def test_sarif_accepted_by_check_jsonschema(broken, tmp_path):
    """The real validator, on the vendored SARIF 2.1.0 schema (no network)."""
    import subprocess
    import sys

    out = tmp_path / "r.sarif"
    out.write_text(render(broken.check(), "sarif"), encoding="utf-8")
    cli = Path(sys.executable).with_name("check-jsonschema")
    r = subprocess.run(
        [str(cli), "--schemafile", str(vendor("sarif-schema-2.1.0.json")), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
