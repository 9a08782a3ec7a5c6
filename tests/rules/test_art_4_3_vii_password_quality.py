C = "cuentas/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.VII") == []


def test_change_not_per_utsi(inv):
    inv.patch(C, "      - fecha: 2026-10-05\n        conforme_utsi: true",
              "      - fecha: 2026-10-05\n        conforme_utsi: false")
    [f] = inv.findings("4.3.VII")
    assert f.severity == "warning" and f.line == inv.line_of(C, "conforme_utsi: false")


def test_change_without_the_field(inv):
    inv.patch(C, "      - fecha: 2026-10-05\n        conforme_utsi: true\n",
              "      - fecha: 2026-10-05\n")
    [f] = inv.findings("4.3.VII")
    assert f.line == inv.line_of(C, "- fecha: 2026-10-05")
