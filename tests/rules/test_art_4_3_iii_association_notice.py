C = "cuentas/JDE02-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.III") == []


def test_not_reported(inv):
    inv.patch(C, "    asociacion_notificada: 2025-11-20\n", "")
    [f] = inv.findings("4.3.III")
    assert f.message == "r.association.missing" and f.line == inv.line_of(C, "usuario:")


def test_reported_before_the_mailbox_was_assigned(inv):
    inv.patch(C, "asociacion_notificada: 2025-11-20", "asociacion_notificada: 2025-11-16")
    [f] = inv.findings("4.3.III")
    assert dict(f.args)["assigned"] == "2025-11-17"


def test_reported_the_day_it_was_assigned(inv):
    inv.patch(C, "asociacion_notificada: 2025-11-20", "asociacion_notificada: 2025-11-17")
    assert inv.findings("4.3.III") == []
