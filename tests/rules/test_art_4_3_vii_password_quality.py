C = "cuentas/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.VII") == []


def test_change_not_per_utsi(inv):
    inv.patch(
        C,
        "      - fecha: 2026-10-05\n        conforme_utsi: true",
        "      - fecha: 2026-10-05\n        conforme_utsi: false",
    )
    assert inv.exact_full() == [
        (
            "4.3.VII",
            "r.quality",
            C,
            inv.line_of(C, "conforme_utsi: false"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"date": "2026-10-05"},
        )
    ]
    [f] = inv.findings("4.3.VII")
    assert f.severity == "warning"


def test_change_without_the_field(inv):
    inv.patch(
        C, "      - fecha: 2026-10-05\n        conforme_utsi: true\n", "      - fecha: 2026-10-05\n"
    )
    assert inv.exact_full() == [
        (
            "4.3.VII",
            "r.quality",
            C,
            inv.line_of(C, "- fecha: 2026-10-05"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"date": "2026-10-05"},
        )
    ]


def test_change_without_the_field_is_reported_on_fecha_wherever_the_key_is(inv):
    inv.patch(
        C,
        "      - fecha: 2026-10-05\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-10-05\n",
        "      - notificado_titular: 2026-10-05\n        fecha: 2026-10-05\n",
    )
    assert inv.exact() == [
        ("4.3.VII", "r.quality", C, inv.line_of(C, "fecha: 2026-10-05"), "facebook/INEJDE01Ags")
    ]
