C = "cuentas/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.1.IV.1") == []


def test_mailbox_outside_ine_mx(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: inejde01ags@gmail.com")
    [f] = inv.findings("4.1.IV.1")
    assert f.line == inv.line_of(C, "gmail.com")
    assert "inejde01ags@gmail.com" in f.text("es") and "ine.mx" in f.text("es")


def test_lookalike_domain_is_outside(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: redes.jd01ags@ine.mx.example.com")
    assert len(inv.findings("4.1.IV.1")) == 1


def test_missing_mailbox_is_reported_under_the_provision(inv):
    inv.patch(C, "    correo: redes.jd01ags@ine.mx\n", "", 1)
    [f] = inv.findings("4.1.IV.1")
    assert f.message == "r.domain.missing"
    assert inv.findings("esquema") == []


def test_retired_account_is_ignored(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: x@gmail.com", 1)
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: 2024-03-01\n    baja: 2025-01-01\n")
    assert inv.findings("4.1.IV.1") == []


def test_a_domain_that_only_ends_like_ine_mx_is_outside(inv):
    inv.patch(C, "correo: redes.jd01ags@ine.mx", "correo: redes.jd01ags@notine.mx")
    line = inv.line_of(C, "notine.mx")
    assert inv.exact() == [
        ("4.1.IV.1", "r.domain.outside", C, line, "facebook/INEJDE01Ags"),
        ("4.2.II", "r.generic.unregistered", C, line, "facebook/INEJDE01Ags")]


def test_an_access_whose_domain_only_ends_like_ine_mx_is_outside(inv):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - maria.lopez@notine.mx\n")
    line = inv.line_of(C, "maria.lopez@notine.mx")
    # Not the administrator recorded in the designation (4.1.III) either: another person.
    assert inv.exact() == [
        ("4.1.III", "r.access.unknown", C, line, "facebook/INEJDE01Ags"),
        ("4.1.IV.1", "r.domain.access", C, line, "facebook/INEJDE01Ags")]
