D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.2.III") == []


def test_no_current_designation(inv):
    inv.path(D).unlink()
    found = inv.findings("4.2.III")
    assert [(f.message, f.area) for f in found] == [("r.admins.none", "JDE01-AGS")]


def test_designation_dated_after_as_of_is_unknown_not_missing(inv):
    # A vigente_desde after the as-of date is a typo or a forgery: the área may well have a
    # current designation, so 4.2.III says nothing and the esquema finding says why.
    inv.patch(D, "vigente_desde: 2025-11-03", "vigente_desde: 2026-12-01")
    found = inv.findings()
    assert [(f.rule, f.message) for f in found] == [("esquema", "schema.future_date")]
    assert "4.2.III" in found[0].text("es")


def test_missing_suplente(inv):
    text = inv.text(D)
    start = text.index("    suplente:")
    end = text.index("    formato_designacion:")
    inv.write(D, text[:start] + text[end:])
    [f] = inv.findings("4.2.III")
    assert f.message == "r.admins.missing_role" and dict(f.args)["role"] == "suplente"


def test_same_person_in_both_roles(inv):
    inv.patch(D, "      correo: ana.ruiz@ine.mx", "      correo: juan.perez@ine.mx")
    [f] = inv.findings("4.2.III")
    assert f.message == "r.admins.same_person"


def test_adscripcion_of_another_area(inv):
    inv.patch(D, "      adscripcion: JDE01-AGS", "      adscripcion: JDE02-AGS")
    [f] = inv.findings("4.2.III")
    assert f.message == "r.admins.adscription" and f.line == inv.line_of(D, "JDE02-AGS")


def test_propietaria_at_operativo_level(inv):
    inv.patch(D, "nivel: mando_medio", "nivel: operativo")
    [f] = inv.findings("4.2.III")
    assert f.message == "r.admins.level" and dict(f.args)["role"] == "propietaria"


def test_suplente_at_mando_superior_level(inv):
    inv.patch(D, "nivel: operativo", "nivel: mando_superior")
    [f] = inv.findings("4.2.III")
    assert dict(f.args)["role"] == "suplente"


def test_boundary_levels_allowed(inv):
    inv.patch(D, "nivel: mando_medio", "nivel: mando_superior")
    inv.patch(D, "nivel: operativo", "nivel: mando_medio")
    assert inv.findings("4.2.III") == []


def test_missing_level_is_reported_here_not_as_schema(inv):
    inv.patch(D, "      nivel: mando_medio\n", "")
    [f] = inv.findings("4.2.III")
    assert f.message == "r.admins.no_level"
    assert inv.findings("esquema") == []


def test_latest_designation_on_or_before_as_of_is_current(inv):
    inv.add_designation(D, {"2025-11-03": "2026-12-15", "nivel: mando_medio": "nivel: operativo"})
    # The future designation is a schema error (future date) but not the current one.
    assert inv.findings("4.2.III") == []


def test_administrator_must_be_an_institutional_person(inv):
    # Ana recorded everywhere with a personal mailbox: designation, accesos, CNCS list.
    for rel in ("designaciones/JDE01-AGS.yaml", "cuentas/JDE01-AGS.yaml", "cncs.yaml"):
        inv.write(rel, inv.text(rel).replace("ana.ruiz@ine.mx", "ana.ruiz@gmail.com"))
    found = inv.findings()
    c = "cuentas/JDE01-AGS.yaml"
    assert sorted((f.path, f.line, f.rule, f.message) for f in found) == sorted([
        (D, inv.line_of(D, "correo: ana.ruiz@gmail.com"), "4.2.III",
         "r.admins.not_institutional"),
        *((c, inv.line_of(c, "- ana.ruiz@gmail.com", n), "4.1.IV.1", "r.domain.access")
          for n in range(1, inv.text(c).count("- ana.ruiz@gmail.com") + 1))])
    assert "fuera del dominio institucional ine.mx" in found[0].text("es") or \
        "fuera del dominio" in found[-1].text("es")
