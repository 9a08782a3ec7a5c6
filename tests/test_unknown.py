"""Unknown is not absent: one input mistake gives its own finding and nothing derived from it.

Each test makes one realistic mistake in the compliant base inventory and asserts the exact
list of findings: the root cause only, saying which provisions it kept from being evaluated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ine_lint.findings import Finding

D = "designaciones/JDE01-AGS.yaml"
C = "cuentas/JDE01-AGS.yaml"
DESIGNATION_RULES = "4.1.III, 4.2.III, 4.2.IV, 4.2.V, 4.3.I, 4.3.II, 4.3.V, 4.5.III"


def listed(found: list[Finding]) -> list[tuple[str, str, int, str]]:
    return [(f.path, f.rule, f.line, f.message) for f in found]


@pytest.fixture(params=["cold", "warm"])
def run(request: pytest.FixtureRequest, inv, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Each case cold and from the cache: what is unknown must survive being cached."""

    def go(**options):  # type: ignore[no-untyped-def]
        if request.param == "cold":
            return inv.findings(**options)
        cache = tmp_path / "cache"
        inv.findings(cache_dir=cache, **options)
        assert [p for p in cache.rglob("*") if p.is_file()], "nothing was cached"
        return inv.findings(cache_dir=cache, **options)

    return go


def test_latin1_designations_file(inv, run):
    text = inv.text(D)
    assert "á" in text
    inv.path(D).write_bytes(text.encode("latin-1"))
    found = run()
    assert [(f.path, f.rule, f.message) for f in found] == [(D, "yaml", "yaml.encoding")]
    assert (
        found[0]
        .text("es")
        .endswith(
            f"{DESIGNATION_RULES} no se evaluaron para JDE01-AGS hasta corregir este archivo."
        )
    )
    assert (
        found[0]
        .text("en")
        .endswith(f"{DESIGNATION_RULES} were not evaluated for JDE01-AGS until this file is fixed.")
    )


def test_misspelt_vigente_desde(inv, run):
    inv.patch(D, "vigente_desde: 2025-11-03", "vigente_dsde: 2025-11-03")
    found = run()
    line = inv.line_of(D, "vigente_dsde")
    assert listed(found) == [(D, "esquema", line, "schema.unknown_key")]
    text = found[0].text("es")
    assert "¿quiso decir «vigente_desde»?" in text
    assert f"{DESIGNATION_RULES} no se evaluaron para JDE01-AGS hasta corregir este dato" in text


def test_file_named_after_another_area(inv, run):
    inv.patch(D, "area: JDE01-AGS", "area: JDE01-AGUASCALIENTES")
    found = run()
    line = inv.line_of(D, "area:")
    assert listed(found) == [
        (D, "referencia", line, "ref.file_name"),
        (D, "referencia", line, "ref.unknown_area"),
    ]
    assert (
        f"{DESIGNATION_RULES} no se evaluaron para JDE01-AGS, JDE01-AGUASCALIENTES "
        "hasta corregir este archivo"
    ) in found[0].text("es")


def test_cuenta_for_cuentas(inv, run):
    inv.patch(C, "cuentas:", "cuenta:")
    found = run()
    assert listed(found) == [(C, "esquema", inv.line_of(C, "cuenta:"), "schema.unknown_key")]
    text = found[0].text("es")
    assert "no se evaluaron para JDE01-AGS" in text and "4.1.III" in text
    assert "4.1.IV.2 no se evaluó para todo el inventario" in text


def test_bad_date_of_the_latest_password_change(inv, run):
    # The latest change (2026-10-05) is unreadable: the 2026-08-03 one must not stand in for
    # it ("no documenta ningún cambio desde …").
    inv.patch(C, "      - fecha: 2026-10-05", "      - fecha: 13/10/2026")
    found = run()
    line = inv.line_of(C, "13/10/2026")
    assert listed(found) == [(C, "esquema", line, "schema.date_value")]
    assert (
        "4.3.VII, 4.3.VIII, 4.3.IX no se evaluaron para facebook/INEJDE01Ags hasta "
        "corregir este dato"
    ) in found[0].text("es")


def test_future_date_of_the_latest_password_change(inv, run):
    inv.patch(C, "      - fecha: 2026-10-05", "      - fecha: 2026-12-05")
    found = run()
    assert listed(found) == [(C, "esquema", inv.line_of(C, "2026-12-05"), "schema.future_date")]
    assert "4.3.VIII" in found[0].text("es")


def test_unreadable_accounts_file_leaves_responsivas_alone(inv, run):
    inv.write(C, "area: JDE01-AGS\ncuentas:\n  - red: [facebook\n")
    found = run()
    assert [(f.path, f.rule) for f in found] == [(C, "yaml")]
    assert "no se evaluaron para JDE01-AGS" in found[0].text("es")


def test_unknown_fact_only_blocks_its_own_area(inv):
    # Another área's finding is still reported while JDE01-AGS's designations are unknown.
    inv.patch(D, "vigente_desde: 2025-11-03", "vigente_dsde: 2025-11-03")
    other = "cuentas/JDE02-AGS.yaml"
    inv.patch(other, "accesos:\n", "accesos:\n      - intruso@ine.mx\n")
    found = inv.findings()
    assert [(f.path, f.rule) for f in found] == [(other, "4.1.III"), (D, "esquema")]


def test_core_findings_come_first_within_a_file(inv):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n")
    inv.patch(C, "    registro: correo\n", "    registro: correo\n    comentario: x\n", count=2)
    found = inv.findings()
    assert [f.rule for f in found][:1] == ["esquema"]


def test_duplicate_key_makes_its_entry_unknown(inv, run):
    # Two «activo» in one second factor: which one holds cannot be told, so no 4.3.V.
    inv.patch(C, "      activo: true\n", "      activo: false\n      activo: true\n")
    found = run()
    assert [(f.path, f.rule, f.message) for f in found] == [(C, "esquema", "schema.duplicate_key")]
    assert "4.3.V no se evaluó para facebook/INEJDE01Ags" in found[0].text("es")
