D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.I") == []


def test_missing_responsiva(inv):
    text = inv.text(D)
    block = (
        "      - administradora: ana.ruiz@ine.mx\n        cuenta: spotify/inejde01ags\n"
        "        cargo: Jefa de Oficina de Seguimiento y Análisis\n"
        "        fecha: 2025-11-03\n        firmas: {administradora: true, titular: true}\n"
    )
    assert block in text
    inv.write(D, text.replace(block, ""))
    assert inv.exact_full() == [
        (
            "4.3.I",
            "r.responsiva.missing",
            D,
            inv.line_of(D, "correo: ana.ruiz@ine.mx"),
            "ana.ruiz@ine.mx",
            "JDE01-AGS",
            {"account": "spotify/inejde01ags", "email": "ana.ruiz@ine.mx", "role": "suplente"},
        )
    ]
    assert "spotify/inejde01ags" in inv.findings("4.3.I")[0].text("es")


def test_responsiva_not_signed_by_the_titular(inv):
    inv.patch(D, "{administradora: true, titular: true}", "{administradora: true, titular: false}")
    # Only the first responsiva (Juan's, for Facebook) is changed.
    assert inv.exact_full() == [
        (
            "4.3.I",
            "r.responsiva.unsigned",
            D,
            inv.line_of(D, "titular: false"),
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {
                "account": "facebook/INEJDE01Ags",
                "email": "juan.perez@ine.mx",
                "missing": "titular",
                "role": "propietaria",
            },
        )
    ]


def test_responsiva_without_firmas_lacks_both(inv):
    inv.patch(
        D,
        "        fecha: 2025-11-03\n        firmas: {administradora: true, titular: true}\n",
        "        fecha: 2025-11-03\n",
    )
    assert inv.exact_full() == [
        (
            "4.3.I",
            "r.responsiva.unsigned",
            D,
            inv.line_of(D, "- administradora: juan.perez"),
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {
                "account": "facebook/INEJDE01Ags",
                "email": "juan.perez@ine.mx",
                "missing": "administradora, titular",
                "role": "propietaria",
            },
        )
    ]


def _second_designation(inv, unsigned: int) -> None:
    """The same people designated again on 2026-09-14; Juan's Facebook responsiva is
    unsigned by the titular in designation ``unsigned`` (0: the first, 1: the second)."""
    import copy
    from datetime import date

    def change(doc):
        again = copy.deepcopy(doc["designaciones"][0])
        again.update(vigente_desde=date(2026, 9, 14), fecha_oficio=date(2026, 9, 15))
        doc["designaciones"].append(again)
        doc["designaciones"][unsigned]["responsivas"][0]["firmas"]["titular"] = False

    inv.update(D, change)


def test_signed_under_the_earlier_designation_though_unsigned_under_the_current(inv):
    _second_designation(inv, unsigned=1)
    assert inv.exact() == []


def test_signed_under_the_current_designation_though_unsigned_under_the_earlier(inv):
    _second_designation(inv, unsigned=0)
    assert inv.exact() == []


def test_no_responsiva_needed_for_a_retired_account(inv):
    inv.patch(D, "{administradora: true, titular: true}", "{administradora: false, titular: true}")
    inv.patch(
        "cuentas/JDE01-AGS.yaml",
        "    alta: 2024-03-01\n",
        "    alta: 2024-03-01\n    baja: 2026-01-01\n",
    )
    assert inv.findings("4.3.I") == []


def test_responsivas_signed_under_an_earlier_designation_still_count(inv):
    import copy
    from datetime import date

    def change(doc):
        again = copy.deepcopy(doc["designaciones"][0])
        again.update(
            vigente_desde=date(2026, 9, 14), fecha_oficio=date(2026, 9, 15), responsivas=[]
        )
        doc["designaciones"].append(again)

    inv.update(D, change)
    # The same people continue: nothing to report, 4.3.I included.
    assert inv.exact() == []


def test_an_area_without_active_accounts_does_not_stop_the_next(inv):
    # JDE01-AGS (first) has only retired accounts; JDE02-AGS's missing responsiva is reported.
    c1, d2 = "cuentas/JDE01-AGS.yaml", "designaciones/JDE02-AGS.yaml"
    inv.patch(c1, "    alta: 2024-03-01\n", "    alta: 2024-03-01\n    baja: 2026-01-01\n")
    inv.patch(c1, "    alta: 2024-04-22\n", "    alta: 2024-04-22\n    baja: 2026-01-01\n")
    inv.patch(
        d2,
        "      - administradora: fernando.avila@ine.mx\n        cuenta: x/INEJDE02Ags\n"
        "        fecha: 2025-11-03\n        firmas: {administradora: true, titular: true}\n",
        "",
    )
    assert [f for f in inv.exact() if f[0] == "4.3.I"] == [
        (
            "4.3.I",
            "r.responsiva.missing",
            d2,
            inv.line_of(d2, "correo: fernando.avila"),
            "fernando.avila@ine.mx",
        )
    ]


def test_an_area_whose_only_designation_is_future_is_not_judged(inv):
    # The vigente_desde after the as-of date is an esquema finding: the área has no known
    # current designation, and 4.3.I does not stumble over it.
    inv.patch(D, "vigente_desde: 2025-11-03", "vigente_desde: 2026-12-07")
    assert [f[0] for f in inv.exact()] == ["esquema"]
