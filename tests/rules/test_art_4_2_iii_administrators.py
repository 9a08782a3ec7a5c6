D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.2.III") == []


def test_no_current_designation(inv):
    inv.path(D).unlink()
    assert [f for f in inv.exact_full() if f[0] == "4.2.III"] == [
        (
            "4.2.III",
            "r.admins.none",
            "areas.yaml",
            inv.line_of("areas.yaml", "JDE01-AGS"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"as_of": "2026-11-30"},
        )
    ]


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
    assert inv.exact_full() == [
        # Ana still has access, and is no longer an administrator.
        (
            "4.1.III",
            "r.access.unknown",
            "cuentas/JDE01-AGS.yaml",
            16,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"account": "facebook/INEJDE01Ags", "email": "ana.ruiz@ine.mx"},
        ),
        (
            "4.2.III",
            "r.admins.missing_role",
            D,
            inv.line_of(D, "vigente_desde:"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"role": "suplente", "since": "2025-11-03"},
        ),
    ]


def test_missing_propietaria(inv):
    text = inv.text(D)
    start = text.index("    propietaria:")
    end = text.index("    suplente:")
    inv.write(D, text[:start] + text[end:])
    assert [f for f in inv.exact_full() if f[0] == "4.2.III"] == [
        (
            "4.2.III",
            "r.admins.missing_role",
            D,
            inv.line_of(D, "vigente_desde:"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"role": "propietaria", "since": "2025-11-03"},
        )
    ]


def test_same_person_in_both_roles(inv):
    inv.patch(D, "      correo: ana.ruiz@ine.mx", "      correo: juan.perez@ine.mx")
    assert inv.exact_full() == [
        (
            "4.1.III",
            "r.access.unknown",
            "cuentas/JDE01-AGS.yaml",
            16,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"account": "facebook/INEJDE01Ags", "email": "ana.ruiz@ine.mx"},
        ),
        (
            "4.2.III",
            "r.admins.same_person",
            D,
            inv.line_of(D, "correo: juan.perez", 2),
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {"email": "juan.perez@ine.mx"},
        ),
    ]


def test_adscripcion_of_another_area(inv):
    inv.patch(D, "      adscripcion: JDE01-AGS", "      adscripcion: JDE02-AGS")
    assert inv.exact_full() == [
        (
            "4.2.III",
            "r.admins.adscription",
            D,
            inv.line_of(D, "JDE02-AGS"),
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {"adscription": "JDE02-AGS", "name": "Juan Pérez Gómez", "role": "propietaria"},
        )
    ]


def test_missing_adscripcion(inv):
    inv.patch(D, "      adscripcion: JDE01-AGS\n      correo: ana", "      correo: ana")
    assert inv.exact_full() == [
        (
            "4.2.III",
            "r.admins.no_adscription",
            D,
            inv.line_of(D, "nombre: Ana"),
            "ana.ruiz@ine.mx",
            "JDE01-AGS",
            {"name": "Ana Ruiz Soto", "role": "suplente"},
        )
    ]


def test_propietaria_at_operativo_level(inv):
    inv.patch(D, "nivel: mando_medio", "nivel: operativo")
    assert inv.exact_full() == [
        (
            "4.2.III",
            "r.admins.level",
            D,
            inv.line_of(D, "nivel: operativo"),
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {
                "allowed": "mando_medio, mando_superior",
                "level": "operativo",
                "name": "Juan Pérez Gómez",
                "role": "propietaria",
            },
        )
    ]


def test_suplente_at_mando_superior_level(inv):
    inv.patch(D, "nivel: operativo", "nivel: mando_superior")
    assert inv.exact_full() == [
        (
            "4.2.III",
            "r.admins.level",
            D,
            inv.line_of(D, "nivel: mando_superior"),
            "ana.ruiz@ine.mx",
            "JDE01-AGS",
            {
                "allowed": "mando_medio, operativo",
                "level": "mando_superior",
                "name": "Ana Ruiz Soto",
                "role": "suplente",
            },
        )
    ]


def test_boundary_levels_allowed(inv):
    inv.patch(D, "nivel: mando_medio", "nivel: mando_superior")
    inv.patch(D, "nivel: operativo", "nivel: mando_medio")
    assert inv.findings("4.2.III") == []


def test_missing_level_is_reported_here_not_as_schema(inv):
    inv.patch(D, "      nivel: mando_medio\n", "")
    assert inv.exact_full() == [
        (
            "4.2.III",
            "r.admins.no_level",
            D,
            inv.line_of(D, "nombre: Juan"),
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {
                "allowed": "mando_medio, mando_superior",
                "name": "Juan Pérez Gómez",
                "role": "propietaria",
            },
        )
    ]


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
    assert sorted((f.path, f.line, f.rule, f.message) for f in found) == sorted(
        [
            (
                D,
                inv.line_of(D, "correo: ana.ruiz@gmail.com"),
                "4.2.III",
                "r.admins.not_institutional",
            ),
            *(
                (c, inv.line_of(c, "- ana.ruiz@gmail.com", n), "4.1.IV.1", "r.domain.access")
                for n in range(1, inv.text(c).count("- ana.ruiz@gmail.com") + 1)
            ),
        ]
    )
    assert "fuera del dominio institucional ine.mx" in found[0].text(
        "es"
    ) or "fuera del dominio" in found[-1].text("es")


def test_a_domain_that_only_ends_like_ine_mx_is_not_institutional(inv):
    inv.patch(D, "      correo: ana.ruiz@ine.mx\n", "      correo: ana.ruiz@notine.mx\n")
    assert [f for f in inv.exact_full() if f[0] == "4.2.III"] == [
        (
            "4.2.III",
            "r.admins.not_institutional",
            D,
            inv.line_of(D, "ana.ruiz@notine.mx"),
            "ana.ruiz@notine.mx",
            "JDE01-AGS",
            {
                "domain": "ine.mx",
                "email": "ana.ruiz@notine.mx",
                "name": "Ana Ruiz Soto",
                "role": "suplente",
            },
        )
    ]


def test_an_area_without_designation_does_not_stop_the_next(inv):
    # JDE01-AGS (first) has no designations file; JDE02-AGS's propietaria has a wrong level.
    d2 = "designaciones/JDE02-AGS.yaml"
    inv.path(D).unlink()
    inv.patch(d2, "nivel: mando_medio", "nivel: operativo")
    assert [f[:2] + f[4:5] for f in inv.exact() if f[0] == "4.2.III"] == [
        ("4.2.III", "r.admins.none", "JDE01-AGS"),
        ("4.2.III", "r.admins.level", "claudia.macias@ine.mx"),
    ]


def test_a_missing_propietaria_does_not_stop_judging_the_suplente(inv):
    text = inv.text(D)
    inv.write(D, text[: text.index("    propietaria:")] + text[text.index("    suplente:") :])
    inv.patch(D, "nivel: operativo", "nivel: mando_superior")
    assert [f[:2] + f[4:5] for f in inv.exact() if f[0] == "4.2.III"] == [
        ("4.2.III", "r.admins.missing_role", "JDE01-AGS"),
        ("4.2.III", "r.admins.level", "ana.ruiz@ine.mx"),
    ]


def test_a_missing_role_is_reported_on_vigente_desde_wherever_it_is(inv):
    # The designation's keys in another order: the finding is on vigente_desde's line, not on
    # the first line of the entry.
    inv.patch(
        D,
        "  - vigente_desde: 2025-11-03\n    oficio: INE/JDE01-AGS/0231/2025\n",
        "  - oficio: INE/JDE01-AGS/0231/2025\n    vigente_desde: 2025-11-03\n",
    )
    text = inv.text(D)
    inv.write(
        D, text[: text.index("    suplente:")] + text[text.index("    formato_designacion:") :]
    )
    assert [f for f in inv.exact() if f[0] == "4.2.III"] == [
        ("4.2.III", "r.admins.missing_role", D, inv.line_of(D, "vigente_desde:"), "JDE01-AGS")
    ]
