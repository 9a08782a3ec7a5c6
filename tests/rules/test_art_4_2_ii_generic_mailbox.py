import pytest

C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.2.II") == []


@pytest.mark.parametrize(
    "email,role",
    [
        ("claudia.macias@ine.mx", "propietaria"),
        ("ana.ruiz@ine.mx", "suplente"),
        ("maria.lopez@ine.mx", "titular"),
    ],
)
def test_a_persons_mailbox_anywhere_in_the_inventory(inv, email, role):
    inv.patch(C, "correo: redes.jd02ags@ine.mx", f"correo: {email}")
    assert inv.exact_full() == [
        (
            "4.2.II",
            "r.generic.personal",
            C,
            inv.line_of(C, f"correo: {email}"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": email, "role": role},
        )
    ]


def test_generic_looking_mailbox_not_in_the_register(inv):
    inv.patch(C, "correo: redes.jd02ags@ine.mx", "correo: redes.otra@ine.mx")
    assert inv.exact_full() == [
        (
            "4.2.II",
            "r.generic.unregistered",
            C,
            inv.line_of(C, "correo: redes.otra@ine.mx"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": "redes.otra@ine.mx"},
        )
    ]


def test_an_account_without_mailbox_does_not_stop_the_others(inv):
    # JDE01-AGS's Facebook account comes first: it has no correo (4.1.IV.1 says so), and
    # JDE02-AGS's account, after it, is still judged.
    first = "cuentas/JDE01-AGS.yaml"
    inv.patch(first, "    correo: redes.jd01ags@ine.mx\n", "", 1)
    inv.patch(C, "correo: redes.jd02ags@ine.mx", "correo: claudia.macias@ine.mx")
    assert inv.exact() == [
        (
            "4.1.IV.1",
            "r.domain.missing",
            first,
            inv.line_of(first, "usuario: INEJDE01Ags"),
            "facebook/INEJDE01Ags",
        ),
        ("4.2.II", "r.generic.personal", C, inv.line_of(C, "correo: claudia"), "x/INEJDE02Ags"),
    ]
