C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.IX") == []


def test_not_reported_to_the_titular(inv):
    inv.patch(C, "        notificado_titular: 2026-10-30\n", "")
    [f] = inv.findings("4.3.IX")
    assert f.message == "r.notice.missing" and f.line == inv.line_of(C, "fecha: 2026-10-30")


def test_notice_dated_before_the_change(inv):
    inv.patch(C, "notificado_titular: 2026-10-30", "notificado_titular: 2026-10-29")
    [f] = inv.findings("4.3.IX")
    assert f.message == "r.notice.early"
