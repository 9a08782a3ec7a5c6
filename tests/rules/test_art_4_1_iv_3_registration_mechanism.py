import pytest

C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.1.IV.3") == []


@pytest.mark.parametrize("mechanism", ["telefono", "otro"])
def test_mechanism_without_institutional_link(inv, mechanism):
    inv.patch(C, "registro: correo", f"registro: {mechanism}")
    assert inv.exact_full() == [
        (
            "4.1.IV.3",
            "r.mechanism",
            C,
            inv.line_of(C, "registro:"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"registration": mechanism},
        )
    ]
    [f] = inv.findings("4.1.IV.3")
    assert mechanism in f.text("es")


def test_external_account_is_4_1_iv_2_not_3(inv):
    inv.patch(C, "registro: correo", "registro: cuenta_externa")
    assert inv.findings("4.1.IV.3") == []
