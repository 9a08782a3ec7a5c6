C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.III") == []


def test_not_reported(inv):
    inv.patch(C, "    asociacion_notificada: 2025-11-20\n", "")
    assert inv.exact_full() == [
        (
            "4.3.III",
            "r.association.missing",
            C,
            inv.line_of(C, "usuario:"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {},
        )
    ]


def test_reported_before_the_mailbox_was_assigned(inv):
    inv.patch(C, "asociacion_notificada: 2025-11-20", "asociacion_notificada: 2025-11-16")
    assert inv.exact_full() == [
        (
            "4.3.III",
            "r.association.early",
            C,
            inv.line_of(C, "asociacion_notificada:"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"assigned": "2025-11-17", "email": "redes.jd02ags@ine.mx", "notified": "2025-11-16"},
        )
    ]


def test_an_account_not_reported_does_not_stop_the_others(inv):
    c1 = "cuentas/JDE01-AGS.yaml"
    inv.patch(c1, "    asociacion_notificada: 2025-11-20\n", "", 1)
    inv.patch(C, "asociacion_notificada: 2025-11-20", "asociacion_notificada: 2025-11-16")
    assert inv.exact() == [
        (
            "4.3.III",
            "r.association.missing",
            c1,
            inv.line_of(c1, "usuario: INEJDE01Ags"),
            "facebook/INEJDE01Ags",
        ),
        (
            "4.3.III",
            "r.association.early",
            C,
            inv.line_of(C, "asociacion_notificada:"),
            "x/INEJDE02Ags",
        ),
    ]


def test_reported_the_day_it_was_assigned(inv):
    inv.patch(C, "asociacion_notificada: 2025-11-20", "asociacion_notificada: 2025-11-17")
    assert inv.findings("4.3.III") == []
