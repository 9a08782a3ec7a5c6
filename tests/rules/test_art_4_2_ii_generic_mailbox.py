import pytest

C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.2.II") == []


@pytest.mark.parametrize("email,role", [("claudia.macias@ine.mx", "propietaria"),
                                        ("ana.ruiz@ine.mx", "suplente"),
                                        ("maria.lopez@ine.mx", "titular")])
def test_a_persons_mailbox_anywhere_in_the_inventory(inv, email, role):
    inv.patch(C, "correo: redes.jd02ags@ine.mx", f"correo: {email}")
    [f] = inv.findings("4.2.II")
    assert f.message == "r.generic.personal" and dict(f.args)["role"] == role
    assert f.line == inv.line_of(C, f"correo: {email}")


def test_generic_looking_mailbox_not_in_the_register(inv):
    inv.patch(C, "correo: redes.jd02ags@ine.mx", "correo: redes.otra@ine.mx")
    [f] = inv.findings("4.2.II")
    assert f.message == "r.generic.unregistered"
