"""A waiver's authority is an INE oficio, and it lasts at most a year from the check date."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, prog_name="ine-lint")


def judged(inv, config: str, as_of: str = "2026-11-30", lang: str = "es"):
    cfg = inv.root.parent / ".ine-lint.yaml"
    cfg.write_text(config, encoding="utf-8")
    return cli(
        "check",
        str(inv.root),
        "--as-of",
        as_of,
        "--config",
        str(cfg),
        "--format",
        "json",
        "--lang",
        lang,
    )


def entry(kind: str, authority: str, expires: str) -> str:
    auth = f"motivo: prueba, autoriza: {authority}, vence: {expires}"
    if kind == "excepciones":
        return f"excepciones:\n  - {{regla: 4.1.III, area: JDE01-AGS, {auth}}}\n"
    if kind == "ignorar":
        return f"ignorar:\n  - {{regla: 4.1.III, {auth}}}\n"
    return f"severidades:\n  4.1.III: {{severidad: info, {auth}}}\n"


KINDS = ["excepciones", "ignorar", "severidades"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "authority",
    [
        "yo",
        "o",
        "CNCS/0456/2026",
        "INE/CNCS/2026",
        "INE/cncs/0456/2026",
        "INE/CNCS/0456/26",
        "oficio INE/CNCS/0456/2026",
    ],
)
def test_autoriza_must_be_an_ine_oficio(inv, kind, authority):
    r = judged(inv, entry(kind, authority, "2027-01-31"))
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 2  # the heading, then one line: the entry's
    assert ".ine-lint.yaml:2: «autoriza»" in r.stderr
    assert "INE/CNCS/0456/2026" in r.stderr  # what an oficio looks like


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "authority",
    [
        "INE/CNCS/0456/2026",
        "INE/DECEYEC/0231/2025",
        "INE/JDE01-AGS/VE/0231/2025",
        "INE/UTSI/12345/2026",
    ],
)
def test_oficios_as_ine_writes_them_are_accepted(inv, kind, authority):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    r = judged(inv, entry(kind, authority, "2027-01-31"))
    assert r.exit_code in (0, 1), r.output
    found = json.loads(r.stdout)["findings"]
    assert not [f for f in found if f["path"].endswith(".ine-lint.yaml")]
    assert "4.1.III" not in {f["rule"] for f in found if f["severity"] == "error"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_waiver_lasts_at_most_a_year_from_the_as_of_date(inv, kind):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    # A year to the day still applies ...
    r = judged(inv, entry(kind, "INE/CNCS/0456/2026", "2027-11-30"))
    found = json.loads(r.stdout)["findings"]
    assert not [f for f in found if f["path"].endswith(".ine-lint.yaml")]
    assert ("4.1.III", "error") not in {(f["rule"], f["severity"]) for f in found}
    # ... a day more does not: the entry is not applied and its line is an esquema error.
    for far in ("2027-12-01", "2099-12-31"):
        r = judged(inv, entry(kind, "INE/CNCS/0456/2026", far), lang="en")
        assert r.exit_code == 1
        found = json.loads(r.stdout)["findings"]
        assert ("4.1.III", "error") in {(f["rule"], f["severity"]) for f in found}
        [refused] = [f for f in found if f["path"].endswith(".ine-lint.yaml")]
        assert (refused["rule"], refused["severity"], refused["line"]) == ("esquema", "error", 2)
        assert f"expires on {far}" in refused["message"]
        assert "at most one year" in refused["message"] and "2027-11-30" in refused["message"]
