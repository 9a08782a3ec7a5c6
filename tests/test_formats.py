"""Each output format, checked against the real format's schema and the consumer's rules."""

from __future__ import annotations

import io
import json

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
    inv.patch(D, "      nivel: operativo\n      vinculo: servidora_publica\n"
                 "      adscripcion: JDE01-AGS\n", "      vinculo: servidora_publica\n")
    inv.patch(C, "    accesos:\n", "    # ine-lint: ignorar 4.3.V -- sin motivo real\n    accesos:\n")
    inv.patch(C, "      activo: true\n", "      activo: false  # ine-lint: ignorar 4.3.V -- prueba\n")
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
        return {(r["ruleId"], r["partialFingerprints"]["ineLintFinding/v1"])
                for r in doc["runs"][0]["results"]}

    before = prints(broken.check())
    assert prints(broken.check()) == before  # stable across runs
    broken.write(C, "# Comentario agregado arriba.\n\n" + broken.text(C))
    after_doc = json.loads(render(broken.check(), "sarif"))
    lines = {r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in after_doc["runs"][0]["results"]}
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
    assert len(list(root.iter("failure"))) == len(broken.check().findings)
    assert any((name or "").endswith("#2") for _, name in cases)


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
    r = CliRunner().invoke(main, ["check", str(inv.root), "--format", "auto", "--as-of",
                                  "2026-11-30", "--config", "/dev/null"],
                           catch_exceptions=False)
    assert r.output.startswith("::error file=")
    monkeypatch.delenv("GITHUB_ACTIONS")
    r = CliRunner().invoke(main, ["check", str(inv.root), "--format", "auto", "--as-of",
                                  "2026-11-30", "--config", "/dev/null"],
                           catch_exceptions=False)
    assert not r.output.startswith("::")
