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
    for line in (
        "        notificado_titular: 2026-05-08\n",
        "        contrasena_cambiada: 2026-05-08\n",
        "        ticket_cau: CAU-2026-002210\n",
        "        notificado_cncs: 2026-05-11\n",
    ):
        inv.patch(C, line, "")


def test_incident_recorded_the_day_it_is_detected_is_pending_not_a_violation(inv):
    # Friday 2026-11-27: the immediate actions are due by Saturday 28, CNCS by Monday 30.
    _fresh_incident(inv, "2026-11-27")
    assert inv.findings("4.3.IV", as_of=date(2026, 11, 27)) == []
    found = inv.findings("4.3.IV", as_of=date(2026, 11, 27), horizon=7)
    assert [
        (f.severity, f.message, dict(f.args)["missing"], dict(f.args)["due"]) for f in found
    ] == [
        (
            "info",
            "r.incident.pending",
            "notificado_titular, contrasena_cambiada, ticket_cau",
            "2026-11-28",
        ),
        ("info", "r.incident.pending", "notificado_cncs", "2026-11-30"),
    ]


def test_each_action_is_missing_once_its_own_deadline_passed(inv):
    _fresh_incident(inv, "2026-11-27")
    found = inv.findings("4.3.IV", as_of=date(2026, 11, 30), horizon=7)
    assert [(f.severity, f.message, dict(f.args)["missing"]) for f in found] == [
        ("error", "r.incident.missing", "notificado_titular, contrasena_cambiada, ticket_cau"),
        ("info", "r.incident.pending", "notificado_cncs"),
    ]
    [f] = inv.findings("4.3.IV", as_of=date(2026, 12, 1))
    assert dict(f.args)["missing"] == (
        "notificado_titular, contrasena_cambiada, ticket_cau, notificado_cncs"
    )


FB = ("cuentas/JDE01-AGS.yaml", "facebook/INEJDE01Ags", "JDE01-AGS")


def test_missing_slow_change_and_slow_cncs_say_what_and_when(inv):
    line = inv.line_of(C, "detectado:")
    inv.patch(C, "        ticket_cau: CAU-2026-002210\n", "")
    inv.patch(C, "contrasena_cambiada: 2026-05-08", "contrasena_cambiada: 2026-05-10")
    inv.patch(C, "notificado_cncs: 2026-05-11", "notificado_cncs: 2026-05-12")
    path, subject, area = FB
    assert inv.exact_full() == [
        (
            "4.3.IV",
            "r.incident.missing",
            path,
            line,
            subject,
            area,
            {"detected": "2026-05-08", "missing": "ticket_cau"},
        ),
        (
            "4.3.IV",
            "r.incident.slow_change",
            path,
            inv.line_of(C, "contrasena_cambiada:"),
            subject,
            area,
            {"changed": "2026-05-10", "detected": "2026-05-08", "limit": "2026-05-09"},
        ),
        (
            "4.3.IV",
            "r.incident.slow_cncs",
            path,
            inv.line_of(C, "notificado_cncs:"),
            subject,
            area,
            {"detected": "2026-05-08", "limit": "2026-05-11", "notified": "2026-05-12"},
        ),
    ]


def test_an_action_due_on_the_as_of_day_is_pending_not_missing(inv):
    # Detected Friday 2026-11-27: the immediate actions fall due on Saturday 28, CNCS on
    # Monday 30.
    _fresh_incident(inv, "2026-11-27")
    path, subject, area = FB
    line = inv.line_of(C, "detectado:")
    immediate = "notificado_titular, contrasena_cambiada, ticket_cau"
    assert inv.exact_full(as_of=date(2026, 11, 28), horizon=0) == [
        (
            "4.3.IV",
            "r.incident.pending",
            path,
            line,
            subject,
            area,
            {"detected": "2026-11-27", "due": "2026-11-28", "missing": immediate},
        )
    ]
    assert inv.exact_full(as_of=date(2026, 11, 29), horizon=1) == [
        (
            "4.3.IV",
            "r.incident.missing",
            path,
            line,
            subject,
            area,
            {"detected": "2026-11-27", "missing": immediate},
        ),
        (
            "4.3.IV",
            "r.incident.pending",
            path,
            line,
            subject,
            area,
            {"detected": "2026-11-27", "due": "2026-11-30", "missing": "notificado_cncs"},
        ),
    ]
    assert inv.exact_full(as_of=date(2026, 11, 29)) == [
        (
            "4.3.IV",
            "r.incident.missing",
            path,
            line,
            subject,
            area,
            {"detected": "2026-11-27", "missing": immediate},
        )
    ]


def test_missing_actions_are_reported_on_detectado_wherever_the_key_is(inv):
    inv.patch(
        C,
        "      - detectado: 2026-05-08\n        descripcion: Inicio de sesión desde un "
        "dispositivo desconocido\n",
        "      - descripcion: Inicio de sesión desde un dispositivo desconocido\n"
        "        detectado: 2026-05-08\n",
    )
    inv.patch(C, "        ticket_cau: CAU-2026-002210\n", "")
    assert inv.exact() == [
        ("4.3.IV", "r.incident.missing", C, inv.line_of(C, "detectado:"), "facebook/INEJDE01Ags")
    ]


def test_only_the_actions_not_yet_taken_are_pending(inv):
    _fresh_incident(inv, "2026-11-27")
    inv.patch(
        C, "        descripcion:", "        notificado_titular: 2026-11-27\n        descripcion:"
    )
    assert [f[6] for f in inv.exact_full(as_of=date(2026, 11, 27), horizon=7)] == [
        {
            "detected": "2026-11-27",
            "due": "2026-11-28",
            "missing": "contrasena_cambiada, ticket_cau",
        },
        {"detected": "2026-11-27", "due": "2026-11-30", "missing": "notificado_cncs"},
    ]
