C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.IX") == []


def test_not_reported_to_the_titular(inv):
    inv.patch(C, "        notificado_titular: 2026-10-30\n", "")
    assert inv.exact_full() == [
        (
            "4.3.IX",
            "r.notice.missing",
            C,
            inv.line_of(C, "fecha: 2026-10-30"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"date": "2026-10-30"},
        )
    ]


def test_notice_dated_before_the_change(inv):
    inv.patch(C, "notificado_titular: 2026-10-30", "notificado_titular: 2026-10-29")
    assert inv.exact_full() == [
        (
            "4.3.IX",
            "r.notice.early",
            C,
            inv.line_of(C, "notificado_titular: 2026-10-29"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"date": "2026-10-30", "notified": "2026-10-29"},
        )
    ]


def test_notice_after_the_change_is_in_time(inv):
    inv.patch(C, "notificado_titular: 2026-10-30", "notificado_titular: 2026-10-31")
    assert inv.exact() == []


def test_a_missing_notice_is_reported_on_fecha_wherever_the_key_is(inv):
    inv.patch(
        C,
        "      - fecha: 2026-10-30\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-10-30\n",
        "      - conforme_utsi: true\n        fecha: 2026-10-30\n",
    )
    assert inv.exact() == [
        ("4.3.IX", "r.notice.missing", C, inv.line_of(C, "fecha: 2026-10-30"), "x/INEJDE02Ags")
    ]
