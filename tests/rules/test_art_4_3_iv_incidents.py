C = "cuentas/JDE01-AGS.yaml"


def test_compliant_friday_incident_reported_on_monday(inv):
    # Detected Friday 2026-05-08; CNCS notified Monday 11 May, the next business day.
    assert inv.findings("4.3.IV") == []


def test_missing_actions(inv):
    inv.patch(C, "        ticket_cau: CAU-2026-002210\n", "")
    inv.patch(C, "        notificado_cncs: 2026-05-11\n", "")
    [f] = inv.findings("4.3.IV")
    assert dict(f.args)["missing"] == "ticket_cau, notificado_cncs"
    assert f.line == inv.line_of(C, "detectado:")


def test_password_changed_late(inv):
    inv.patch(C, "contrasena_cambiada: 2026-05-08", "contrasena_cambiada: 2026-05-09")
    assert inv.findings("4.3.IV") == []
    inv.patch(C, "contrasena_cambiada: 2026-05-09", "contrasena_cambiada: 2026-05-10")
    [f] = inv.findings("4.3.IV")
    assert f.message == "r.incident.slow_change"


def test_cncs_notified_two_business_days_later(inv):
    inv.patch(C, "notificado_cncs: 2026-05-11", "notificado_cncs: 2026-05-12")
    [f] = inv.findings("4.3.IV")
    assert f.message == "r.incident.slow_cncs" and dict(f.args)["limit"] == "2026-05-11"
    assert f.line == inv.line_of(C, "notificado_cncs")
