from datetime import date

C = "cuentas/JDE02-AGS.yaml"


def set_last_change(inv, when: str) -> None:
    inv.patch(
        C,
        "      - fecha: 2026-10-30\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-10-30",
        f"      - fecha: {when}\n        conforme_utsi: true\n        notificado_titular: {when}",
    )


def test_compliant(inv):
    assert inv.findings("4.3.VIII") == []


def test_exactly_two_calendar_months_is_in_time(inv):
    set_last_change(inv, "2026-09-30")
    assert inv.exact() == []


def test_one_day_more_is_late(inv):
    set_last_change(inv, "2026-09-29")
    assert inv.exact_full() == [
        (
            "4.3.VIII",
            "r.rotation.late",
            C,
            inv.line_of(C, "fecha: 2026-09-29"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"last": "2026-09-29", "due": "2026-11-29", "months": 2},
        )
    ]
    [f] = inv.findings("4.3.VIII")
    assert dict(f.args) == {"last": "2026-09-29", "due": "2026-11-29", "months": 2}
    assert f.line == inv.line_of(C, "fecha: 2026-09-29")
    assert "2026-09-29" in f.text("es") and "2026-11-29" in f.text("es")


def test_month_end_clamps(inv):
    # 2026-12-31 + 2 months = 2027-02-28: in time on the 28th, late on 1 March.
    set_last_change(inv, "2026-12-31")

    # In 2027 the fixture's other accounts and reports are late too; they stay as they are.
    others = [
        ("4.3.VIII", "r.rotation.late", "cuentas/JDE01-AGS.yaml", 22, "facebook/INEJDE01Ags"),
        ("4.3.VIII", "r.rotation.late", "cuentas/JDE01-AGS.yaml", 43, "spotify/inejde01ags"),
    ]
    reports = [
        ("4.2.V", "r.report.overdue", "designaciones/JDE01-AGS.yaml", 51, "JDE01-AGS"),
        ("4.2.V", "r.report.overdue", "designaciones/JDE02-AGS.yaml", 34, "JDE02-AGS"),
    ]
    assert inv.exact(as_of=date(2027, 2, 28)) == others + reports
    found = inv.exact_full(as_of=date(2027, 3, 1))
    assert [f[:5] for f in found] == [
        *others,
        ("4.3.VIII", "r.rotation.late", C, 18, "x/INEJDE02Ags"),
        *reports,
    ]
    assert found[2][6] == {"due": "2027-02-28", "last": "2026-12-31", "months": 2}


def test_no_documented_change_counts_from_alta(inv):
    inv.patch(
        C,
        "    cambios_contrasena:\n      - fecha: 2026-10-30\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-10-30\n",
        "",
    )
    assert inv.exact_full() == [
        (
            "4.3.VIII",
            "r.rotation.never",
            C,
            inv.line_of(C, "alta:"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"last": "2019-03-11", "due": "2019-05-11", "months": 2},
        )
    ]


def test_retired_account_is_ignored(inv):
    set_last_change(inv, "2026-01-01")
    inv.patch(C, "    alta: 2019-03-11\n", "    alta: 2019-03-11\n    baja: 2026-11-30\n")
    assert inv.findings("4.3.VIII") == []


def test_horizon_announces_upcoming_rotation(inv):
    found = inv.findings("4.3.VIII", horizon=7)
    assert [(f.subject, f.severity, dict(f.args)["due"]) for f in found] == [
        ("facebook/INEJDE01Ags", "info", "2026-12-05"),
        ("spotify/inejde01ags", "info", "2026-12-05"),
    ]
    assert inv.findings("4.3.VIII", horizon=4) == []


def test_a_change_dated_on_the_as_of_day_counts(inv):
    # The only documented change is today's: the account is in time, not "never changed".
    set_last_change(inv, "2026-11-30")
    assert inv.exact() == []


def test_horizon_includes_its_last_day_and_the_due_day_itself(inv):
    facebook = inv.line_of("cuentas/JDE01-AGS.yaml", "fecha: 2026-10-05")
    spotify = inv.line_of("cuentas/JDE01-AGS.yaml", "fecha: 2026-10-05", 2)
    args = {"last": "2026-10-05", "due": "2026-12-05"}
    expected = [
        (
            "4.3.VIII",
            "r.rotation.due_soon",
            "cuentas/JDE01-AGS.yaml",
            facebook,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            args,
        ),
        (
            "4.3.VIII",
            "r.rotation.due_soon",
            "cuentas/JDE01-AGS.yaml",
            spotify,
            "spotify/inejde01ags",
            "JDE01-AGS",
            args,
        ),
    ]
    # Due 2026-12-05: exactly 5 days after the as-of date, then on the due day itself.
    assert inv.exact_full(horizon=5) == expected
    assert inv.exact_full(as_of=date(2026, 12, 5), horizon=0) == expected
    assert inv.exact(horizon=4) == []


def test_password_changed_during_an_incident_counts_as_a_change(inv):
    set_last_change(inv, "2026-09-01")
    inv.patch(
        C,
        "    cambios_contrasena:\n",
        "    incidentes:\n"
        "      - detectado: 2026-10-20\n"
        "        descripcion: Sesión abierta desde otro país\n"
        "        notificado_titular: 2026-10-20\n"
        "        contrasena_cambiada: 2026-10-20\n"
        "        ticket_cau: CAU-2026-007001\n"
        "        notificado_cncs: 2026-10-20\n"
        "    cambios_contrasena:\n",
    )
    assert inv.exact_full() == []
    # Two months after that change, the incident's date is the one that fell due.
    late = {"due": "2026-12-05", "last": "2026-10-05", "months": 2}
    assert inv.exact_full(as_of=date(2026, 12, 21)) == [
        (
            "4.3.VIII",
            "r.rotation.late",
            "cuentas/JDE01-AGS.yaml",
            22,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            late,
        ),
        (
            "4.3.VIII",
            "r.rotation.late",
            "cuentas/JDE01-AGS.yaml",
            43,
            "spotify/inejde01ags",
            "JDE01-AGS",
            late,
        ),
        (
            "4.3.VIII",
            "r.rotation.late",
            C,
            inv.line_of(C, "contrasena_cambiada: 2026-10-20"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"due": "2026-12-20", "last": "2026-10-20", "months": 2},
        ),
    ]


def test_of_two_changes_on_the_same_day_the_later_line_is_named(inv):
    # Two documented changes on the same day: the finding points at the later line.
    set_last_change(inv, "2026-09-20")
    inv.patch(
        C,
        "    cambios_contrasena:\n",
        "    cambios_contrasena:\n      - fecha: 2026-09-20\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-09-20\n",
    )
    assert inv.exact() == [
        ("4.3.VIII", "r.rotation.late", C, inv.line_of(C, "fecha: 2026-09-20", 2), "x/INEJDE02Ags")
    ]


def test_late_is_reported_on_fecha_wherever_the_key_is(inv):
    inv.patch(
        C,
        "      - fecha: 2026-10-30\n        conforme_utsi: true\n",
        "      - conforme_utsi: true\n        fecha: 2026-09-29\n",
    )
    assert inv.exact() == [
        ("4.3.VIII", "r.rotation.late", C, inv.line_of(C, "fecha: 2026-09-29"), "x/INEJDE02Ags")
    ]


INCIDENT = (
    "    incidentes:\n"
    "      - detectado: {day}\n"
    "        descripcion: Sesión abierta desde otro país\n"
    "        notificado_titular: {day}\n"
    "{changed}"
    "        ticket_cau: CAU-2026-007001\n"
    "        notificado_cncs: {day}\n"
    "    cambios_contrasena:\n"
)


def test_a_password_changed_in_an_incident_on_the_as_of_day_counts(inv):
    set_last_change(inv, "2026-09-01")
    inv.patch(
        C,
        "    cambios_contrasena:\n",
        INCIDENT.format(day="2026-11-30", changed="        contrasena_cambiada: 2026-11-30\n"),
    )
    assert inv.exact() == []


def test_an_incident_without_a_password_change_is_not_a_change(inv):
    # Detected on the as-of day, its password not changed yet (not late either): the
    # documented change of 2026-09-29 is the last one.
    set_last_change(inv, "2026-09-29")
    inv.patch(C, "    cambios_contrasena:\n", INCIDENT.format(day="2026-11-30", changed=""))
    assert inv.exact() == [
        ("4.3.VIII", "r.rotation.late", C, inv.line_of(C, "fecha: 2026-09-29"), "x/INEJDE02Ags")
    ]
