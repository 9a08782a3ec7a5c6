R = "correos-genericos.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.II") == []


def test_mailbox_of_another_area(inv):
    inv.patch(
        "cuentas/JDE02-AGS.yaml", "correo: redes.jd02ags@ine.mx", "correo: redes.jd01ags@ine.mx"
    )
    c = "cuentas/JDE02-AGS.yaml"
    assert inv.exact_full() == [
        (
            "4.3.II",
            "r.request.other_area",
            c,
            inv.line_of(c, "correo: redes.jd01ags"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": "redes.jd01ags@ine.mx", "owner": "JDE01-AGS"},
        )
    ]


def test_requested_by_someone_who_never_administered_the_area(inv):
    inv.patch(R, "solicitado_por: claudia.macias@ine.mx", "solicitado_por: juan.perez@ine.mx")
    assert inv.exact_full() == [
        (
            "4.3.II",
            "r.request.not_admin",
            R,
            inv.line_of(R, "solicitado_por: juan.perez", 2),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": "redes.jd02ags@ine.mx", "requester": "juan.perez@ine.mx"},
        )
    ]


def test_former_administrator_may_have_requested_it(inv):
    d = "designaciones/JDE02-AGS.yaml"
    inv.add_designation(d, {"2025-11-03": "2026-06-01", "claudia.macias": "nueva.persona"})
    assert inv.findings("4.3.II") == []


def test_requester_not_recorded(inv):
    inv.patch(R, "    solicitado_por: claudia.macias@ine.mx\n", "")
    assert inv.exact_full() == [
        (
            "4.3.II",
            "r.request.unknown",
            R,
            inv.line_of(R, "correo: redes.jd02ags"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": "redes.jd02ags@ine.mx"},
        )
    ]


def test_an_account_of_another_area_or_unregistered_does_not_stop_the_others(inv):
    # JDE01-AGS's accounts come first: Facebook's mailbox is not in the register (4.2.II),
    # Spotify's is JDE02-AGS's; JDE02-AGS's own account is still judged after them.
    c1 = "cuentas/JDE01-AGS.yaml"
    inv.patch(c1, "correo: redes.jd01ags@ine.mx", "correo: redes.otra@ine.mx")
    inv.patch(c1, "correo: redes.jd01ags@ine.mx", "correo: redes.jd02ags@ine.mx")
    inv.patch(R, "solicitado_por: claudia.macias@ine.mx", "solicitado_por: juan.perez@ine.mx")
    assert [f for f in inv.exact() if f[0] == "4.3.II"] == [
        (
            "4.3.II",
            "r.request.not_admin",
            R,
            inv.line_of(R, "solicitado_por: juan.perez", 2),
            "x/INEJDE02Ags",
        ),
        (
            "4.3.II",
            "r.request.other_area",
            c1,
            inv.line_of(c1, "correo: redes.jd02ags"),
            "spotify/inejde01ags",
        ),
    ]


def test_an_area_never_designated_has_no_one_who_may_request(inv):
    inv.path("designaciones/JDE02-AGS.yaml").unlink()
    assert [f for f in inv.exact_full() if f[0] == "4.3.II"] == [
        (
            "4.3.II",
            "r.request.not_admin",
            R,
            inv.line_of(R, "solicitado_por: claudia"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": "redes.jd02ags@ine.mx", "requester": "claudia.macias@ine.mx"},
        )
    ]
