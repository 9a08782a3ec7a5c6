from datetime import date

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


def _fresh_incident(inv, detected: str) -> None:
    """The incident detected on ``detected``, with none of its actions recorded yet."""
    inv.patch(C, "detectado: 2026-05-08", f"detectado: {detected}")
    for line in ("        notificado_titular: 2026-05-08\n", "        contrasena_cambiada: 2026-05-08\n",
                 "        ticket_cau: CAU-2026-002210\n", "        notificado_cncs: 2026-05-11\n"):
        inv.patch(C, line, "")


def test_incident_recorded_the_day_it_is_detected_is_pending_not_a_violation(inv):
    # Friday 2026-11-27: the immediate actions are due by Saturday 28, CNCS by Monday 30.
    _fresh_incident(inv, "2026-11-27")
    assert inv.findings("4.3.IV", as_of=date(2026, 11, 27)) == []
    found = inv.findings("4.3.IV", as_of=date(2026, 11, 27), horizon=7)
    assert [(f.severity, f.message, dict(f.args)["missing"], dict(f.args)["due"])
            for f in found] == [
        ("info", "r.incident.pending", "notificado_titular, contrasena_cambiada, ticket_cau",
         "2026-11-28"),
        ("info", "r.incident.pending", "notificado_cncs", "2026-11-30")]


def test_each_action_is_missing_once_its_own_deadline_passed(inv):
    _fresh_incident(inv, "2026-11-27")
    found = inv.findings("4.3.IV", as_of=date(2026, 11, 30), horizon=7)
    assert [(f.severity, f.message, dict(f.args)["missing"]) for f in found] == [
        ("error", "r.incident.missing", "notificado_titular, contrasena_cambiada, ticket_cau"),
        ("info", "r.incident.pending", "notificado_cncs")]
    [f] = inv.findings("4.3.IV", as_of=date(2026, 12, 1))
    assert dict(f.args)["missing"] == ("notificado_titular, contrasena_cambiada, ticket_cau, "
                                       "notificado_cncs")
