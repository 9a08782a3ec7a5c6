C = "cuentas/JDE02-AGS.yaml"


def test_compliant_link_to_inventoried_account(inv):
    assert inv.findings("4.1.IV.2") == []


def test_registered_through_an_external_account(inv):
    inv.patch(C, "registro: correo", "registro: cuenta_externa")
    assert inv.exact_full() == [
        (
            "4.1.IV.2",
            "r.external.registration",
            C,
            inv.line_of(C, "registro:"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"registration": "cuenta_externa"},
        )
    ]


def test_linked_to_an_account_outside_the_inventory(inv):
    inv.patch(
        C,
        "vinculada_a: [facebook/INEJDE01Ags]",
        "vinculada_a: [facebook/INEJDE01Ags, instagram/perfil.personal]",
    )
    assert inv.exact_full() == [
        (
            "4.1.IV.2",
            "r.external.link",
            C,
            inv.line_of(C, "vinculada_a:"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"link": "instagram/perfil.personal"},
        )
    ]
    [f] = inv.findings("4.1.IV.2")
    assert "instagram/perfil.personal" in f.text("es")


def test_link_compared_case_insensitively(inv):
    inv.patch(C, "vinculada_a: [facebook/INEJDE01Ags]", "vinculada_a: [facebook/inejde01ags]")
    assert inv.findings("4.1.IV.2") == []
