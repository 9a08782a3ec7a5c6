from datetime import date

C = "cuentas/JDE01-AGS.yaml"


def test_compliant_allows_administrators_and_titular(inv):
    assert inv.findings("4.1.III") == []


def test_unknown_person_with_access(inv):
    inv.patch(
        C, "      - maria.lopez@ine.mx\n", "      - maria.lopez@ine.mx\n      - intruso@ine.mx\n"
    )
    [f] = inv.findings("4.1.III")
    assert f.line == inv.line_of(C, "intruso@ine.mx")
    assert f.subject == "facebook/INEJDE01Ags"
    assert "intruso@ine.mx" in f.text("es") and "no es la propietaria" in f.text("es")


def test_former_administrator_still_has_access(inv):
    d = "designaciones/JDE01-AGS.yaml"
    # Ana is replaced on 2026-09-14; she keeps her access in cuentas/.
    inv.add_designation(
        d,
        {
            "vigente_desde: 2025-11-03": "vigente_desde: 2026-09-14",
            "ana.ruiz@ine.mx": "luis.mora@ine.mx",
        },
    )
    assert inv.exact() == [
        (
            "4.1.III",
            "r.access.former",
            C,
            inv.line_of(C, "- ana.ruiz@ine.mx"),
            "facebook/INEJDE01Ags",
        ),
        (
            "4.5.III",
            "r.cncs.absent",
            d,
            inv.line_of(d, "correo: luis.mora@ine.mx"),
            "luis.mora@ine.mx",
        ),
    ]


def test_retired_account_is_ignored(inv):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n")
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: 2024-03-01\n    baja: 2026-11-01\n")
    assert inv.findings("4.1.III") == []


def test_account_retired_on_as_of_is_retired(inv):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n")
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: 2024-03-01\n    baja: 2026-11-20\n")
    assert inv.findings("4.1.III", as_of=date(2026, 11, 20)) == []


def test_baja_after_as_of_is_unknown_not_active(inv):
    # A baja after the as-of date is an esquema finding (a typo or a forgery): whether the
    # account is active is unknown, so nobody is told to revoke an access over it.
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n")
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: 2024-03-01\n    baja: 2026-11-20\n")
    found = inv.findings(as_of=date(2026, 11, 19))
    assert [(f.rule, f.message) for f in found] == [("esquema", "schema.future_date")]
    assert "4.1.III" in found[0].text(
        "es"
    ) and "no se evaluaron para facebook/INEJDE01Ags" in found[0].text("es")


def test_email_case_is_ignored(inv):
    inv.patch(C, "      - ana.ruiz@ine.mx\n", "      - Ana.Ruiz@INE.mx\n")
    assert inv.findings("4.1.III") == []


def test_a_designation_effective_on_the_as_of_day_is_the_current_one(inv):
    # Ana is replaced by Luis from the as-of day itself: she is already a former one.
    d = "designaciones/JDE01-AGS.yaml"
    inv.add_designation(
        d,
        {
            "vigente_desde: 2025-11-03": "vigente_desde: 2026-11-30",
            "ana.ruiz@ine.mx": "luis.mora@ine.mx",
        },
    )
    assert inv.exact() == [
        (
            "4.1.III",
            "r.access.former",
            C,
            inv.line_of(C, "- ana.ruiz@ine.mx"),
            "facebook/INEJDE01Ags",
        ),
        # Luis is on no list CNCS sent (4.5.III); Juan continues, and his list still holds.
        (
            "4.5.III",
            "r.cncs.absent",
            d,
            inv.line_of(d, "correo: luis.mora@ine.mx"),
            "luis.mora@ine.mx",
        ),
    ]


def test_the_message_names_the_person_and_the_account(inv):
    inv.patch(
        C, "      - maria.lopez@ine.mx\n", "      - maria.lopez@ine.mx\n      - intruso@ine.mx\n"
    )
    assert inv.exact_full() == [
        (
            "4.1.III",
            "r.access.unknown",
            C,
            inv.line_of(C, "intruso@ine.mx"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"email": "intruso@ine.mx", "account": "facebook/INEJDE01Ags"},
        )
    ]


def test_an_area_without_designations_allows_only_its_titular(inv):
    # Nobody was ever designated for JDE02-AGS: its two accesos are unknown people, not
    # former administrators, and the rule does not stumble over the área's empty history.
    c = "cuentas/JDE02-AGS.yaml"
    inv.path("designaciones/JDE02-AGS.yaml").unlink()
    inv.patch(
        c,
        "      - fernando.avila@ine.mx\n",
        "      - fernando.avila@ine.mx\n      - ricardo.davila@ine.mx\n",
    )
    assert inv.exact() == [
        ("4.2.III", "r.admins.none", "areas.yaml", 10, "JDE02-AGS"),
        ("4.2.V", "r.report.none", "areas.yaml", 10, "JDE02-AGS"),
        ("4.3.II", "r.request.not_admin", "correos-genericos.yaml", 10, "x/INEJDE02Ags"),
        ("4.3.V", "r.2fa.no_owner", c, inv.line_of(c, "dispositivo:"), "x/INEJDE02Ags"),
        (
            "4.1.III",
            "r.access.unknown",
            c,
            inv.line_of(c, "- claudia.macias@ine.mx"),
            "x/INEJDE02Ags",
        ),
        (
            "4.1.III",
            "r.access.unknown",
            c,
            inv.line_of(c, "- fernando.avila@ine.mx"),
            "x/INEJDE02Ags",
        ),
    ]


def test_an_area_without_a_recorded_titular_is_not_judged(inv):
    # The titular is required: without it the área is unknown (esquema), and nobody's
    # access to its accounts is judged.
    inv.patch(
        "areas.yaml",
        "    titular:\n      nombre: Ricardo Dávila Romo\n"
        "      cargo: Vocal Ejecutivo\n      correo: ricardo.davila@ine.mx\n",
        "",
    )
    assert inv.exact() == [("esquema", "schema.required", "areas.yaml", 10, "")]
