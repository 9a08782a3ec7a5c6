C = "cuentas/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.1.IV.1") == []


def test_mailbox_outside_ine_mx(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: inejde01ags@gmail.com")
    line = inv.line_of(C, "gmail.com")
    assert inv.exact_full() == [
        (
            "4.1.IV.1",
            "r.domain.outside",
            C,
            line,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"email": "inejde01ags@gmail.com", "domain": "ine.mx"},
        ),
        # Not in UTSI's register either.
        (
            "4.2.II",
            "r.generic.unregistered",
            C,
            line,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"email": "inejde01ags@gmail.com"},
        ),
    ]
    [f, _] = inv.findings()
    assert "inejde01ags@gmail.com" in f.text("es") and "ine.mx" in f.text("es")


def test_lookalike_domain_is_outside(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: redes.jd01ags@ine.mx.example.com")
    line = inv.line_of(C, "example.com")
    assert inv.exact() == [
        ("4.1.IV.1", "r.domain.outside", C, line, "facebook/INEJDE01Ags"),
        ("4.2.II", "r.generic.unregistered", C, line, "facebook/INEJDE01Ags"),
    ]


def test_missing_mailbox_is_reported_under_the_provision(inv):
    # Reported on the account's usuario, the line that names it; no esquema finding.
    inv.patch(C, "    correo: redes.jd01ags@ine.mx\n", "", 1)
    assert inv.exact_full() == [
        (
            "4.1.IV.1",
            "r.domain.missing",
            C,
            inv.line_of(C, "usuario: INEJDE01Ags"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"domain": "ine.mx"},
        )
    ]


def test_an_address_that_is_not_an_e_mail_is_an_esquema_finding_only(inv):
    # The schema admits exactly one "@": anything else is unknown, never judged here.
    for bad in ("redes.jd01ags", "redes@jd01ags@ine.mx"):
        inv.patch(C, "correo: redes.jd01ags@ine.mx", f"correo: {bad}")
        inv.patch(C, "      - maria.lopez@ine.mx\n", f"      - {bad}\n")
        assert inv.exact() == [
            ("esquema", "schema.pattern", C, inv.line_of(C, "correo:"), ""),
            ("esquema", "schema.pattern", C, inv.line_of(C, f"- {bad}"), ""),
        ]
        inv.patch(C, f"correo: {bad}", "correo: redes.jd01ags@ine.mx")
        inv.patch(C, f"      - {bad}\n", "      - maria.lopez@ine.mx\n")


def test_retired_account_is_ignored(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: x@gmail.com", 1)
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: 2024-03-01\n    baja: 2025-01-01\n")
    assert inv.findings("4.1.IV.1") == []


def test_a_domain_that_only_ends_like_ine_mx_is_outside(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: redes.jd01ags@notine.mx")
    line = inv.line_of(C, "notine.mx")
    assert inv.exact() == [
        ("4.1.IV.1", "r.domain.outside", C, line, "facebook/INEJDE01Ags"),
        ("4.2.II", "r.generic.unregistered", C, line, "facebook/INEJDE01Ags"),
    ]


def test_an_access_whose_domain_only_ends_like_ine_mx_is_outside(inv):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - maria.lopez@notine.mx\n")
    line = inv.line_of(C, "maria.lopez@notine.mx")
    # Not the titular recorded in areas.yaml (4.1.III) either: another person.
    assert inv.exact_full() == [
        (
            "4.1.III",
            "r.access.unknown",
            C,
            line,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"email": "maria.lopez@notine.mx", "account": "facebook/INEJDE01Ags"},
        ),
        (
            "4.1.IV.1",
            "r.domain.access",
            C,
            line,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {
                "email": "maria.lopez@notine.mx",
                "account": "facebook/INEJDE01Ags",
                "domain": "ine.mx",
            },
        ),
    ]
