from datetime import date

import pytest

D = "designaciones/JDE01-AGS.yaml"


def add_change(inv, since: str, sent: str | None) -> None:
    """A second designation (a change of administrators) on ``since``, reported on ``sent``."""
    inv.add_designation(
        D,
        {
            "vigente_desde: 2025-11-03": f"vigente_desde: {since}",
            "    fecha_oficio: 2025-11-05\n": f"    fecha_oficio: {sent}\n" if sent else "",
        },
    )


def test_compliant(inv):
    assert inv.findings("4.2.V") == []


def test_quarterly_report_overdue(inv):
    # Latest report 2026-11-03 is due again on 2027-02-03.
    assert inv.findings("4.2.V", as_of=date(2027, 2, 3)) == []
    found = inv.findings("4.2.V", as_of=date(2027, 2, 4))
    assert {f.area for f in found} == {"JDE01-AGS", "JDE02-AGS"}
    [f] = [f for f in found if f.area == "JDE01-AGS"]
    assert f.message == "r.report.overdue"
    assert dict(f.args)["due"] == "2027-02-03"
    assert f.line == inv.line_of(D, "fecha: 2026-11-03")


def test_designation_oficio_counts_as_a_report(inv):
    inv.patch(D, "    fecha_oficio: 2025-11-05", "    fecha_oficio: 2026-11-10")
    assert [f.area for f in inv.findings("4.2.V", as_of=date(2027, 2, 10))] == ["JDE02-AGS"]


def test_no_report_at_all(inv):
    inv.update(
        D,
        lambda d: {
            **{k: v for k, v in d.items() if k != "informes"},
            "designaciones": [{**x, "fecha_oficio": None} for x in d["designaciones"]],
        },
    )
    inv.patch(D, "  fecha_oficio: null\n", "")
    assert [f.message for f in inv.findings("4.2.V")] == ["r.report.none"]


def test_report_without_forms(inv):
    inv.patch(
        D,
        "    fecha: 2026-11-03\n    adjunta_formatos: true",
        "    fecha: 2026-11-03\n    adjunta_formatos: false",
    )
    [f] = inv.findings("4.2.V")
    assert f.message == "r.report.no_forms" and f.line == inv.line_of(D, "adjunta_formatos: false")


@pytest.mark.parametrize(
    "sent,late",
    [
        ("2026-09-21", False),  # 4th business day
        ("2026-09-22", False),  # 5th: 16 Sep is a holiday
        ("2026-09-23", True),
    ],
)  # 6th
def test_change_within_five_business_days_across_16_september(inv, sent, late):
    add_change(inv, "2026-09-14", sent)
    expected = [
        (
            "4.2.V",
            "r.report.change_late",
            D,
            48,
            "JDE01-AGS",
            "JDE01-AGS",
            {"days": 5, "deadline": "2026-09-22", "sent": "2026-09-23", "since": "2026-09-14"},
        )
    ]
    assert inv.exact_full() == (expected if late else [])


def test_change_on_a_friday_before_a_long_weekend(inv):
    # Friday 2026-11-13; Monday 16 November is a holiday: the fifth business day is Monday
    # 23 November (17, 18, 19, 20, 23), not Friday 20.
    add_change(inv, "2026-11-13", "2026-11-23")
    assert inv.findings("4.2.V") == []
    inv.patch(D, "fecha_oficio: 2026-11-23", "fecha_oficio: 2026-11-24")
    [f] = inv.findings("4.2.V")
    assert dict(f.args)["deadline"] == "2026-11-23"


def test_configured_ine_non_working_day_extends_the_period(inv):
    add_change(inv, "2026-09-14", "2026-09-23")
    assert inv.findings("4.2.V")
    assert inv.findings("4.2.V", non_working_days=(date(2026, 9, 18),)) == []


def test_unreported_change_is_late_only_after_the_period(inv):
    add_change(inv, "2026-09-14", None)
    # Checked as of September, the November report would be a future date: an esquema
    # finding that leaves 4.2.V unevaluated for the área. Take it out.
    inv.patch(
        D,
        "  - oficio: INE/JDE01-AGS/0074/2026\n    fecha: 2026-11-03\n    adjunta_formatos: true\n",
        "",
    )

    # Checked in September, the October and November records of the fixture are future
    # dates (esquema); 4.2.V is judged all the same, since it reads none of them.
    future = [
        ("esquema", "schema.future_date", "cuentas/JDE01-AGS.yaml", 22, ""),
        ("esquema", "schema.future_date", "cuentas/JDE01-AGS.yaml", 24, ""),
        ("esquema", "schema.future_date", "cuentas/JDE01-AGS.yaml", 43, ""),
        ("esquema", "schema.future_date", "cuentas/JDE01-AGS.yaml", 45, ""),
        ("esquema", "schema.future_date", "cuentas/JDE02-AGS.yaml", 18, ""),
        ("esquema", "schema.future_date", "cuentas/JDE02-AGS.yaml", 20, ""),
        ("esquema", "schema.future_date", "designaciones/JDE02-AGS.yaml", 34, ""),
    ]
    assert inv.exact(as_of=date(2026, 9, 22)) == future
    assert inv.exact(as_of=date(2026, 9, 23)) == [
        *future[:6],
        ("4.2.V", "r.report.change_missing", D, 46, "JDE01-AGS"),
        future[6],
    ]


def test_first_designation_is_not_a_change(inv):
    inv.patch(D, "    fecha_oficio: 2025-11-05", "    fecha_oficio: 2025-12-20")
    assert inv.findings("4.2.V") == []


def test_horizon_announces_the_next_report(inv):
    found = inv.findings("4.2.V", as_of=date(2027, 1, 25), horizon=10)
    assert [(f.area, f.severity, dict(f.args)["due"]) for f in found] == [
        ("JDE01-AGS", "info", "2027-02-03"),
        ("JDE02-AGS", "info", "2027-02-03"),
    ]
    assert inv.findings("4.2.V", as_of=date(2027, 1, 20), horizon=10) == []


def test_report_that_does_not_say_it_attaches_the_forms(inv):
    inv.patch(D, "    fecha: 2026-11-03\n    adjunta_formatos: true\n", "    fecha: 2026-11-03\n")
    assert inv.exact() == [
        (
            "4.2.V",
            "r.report.no_forms",
            D,
            inv.line_of(D, "oficio: INE/JDE01-AGS/0074/2026"),
            "JDE01-AGS",
        )
    ]


def _mine(inv, **options):
    return [f for f in inv.exact_full(**options) if f[0] == "4.2.V"]


def test_overdue_and_due_soon_say_when_and_since_when(inv):
    # Both áreas reported last on 2026-11-03: due 2027-02-03.
    j1, j2 = "designaciones/JDE01-AGS.yaml", "designaciones/JDE02-AGS.yaml"
    l1, l2 = inv.line_of(j1, "fecha: 2026-11-03"), inv.line_of(j2, "fecha: 2026-11-03")
    assert _mine(inv, as_of=date(2027, 2, 4)) == [
        (
            "4.2.V",
            "r.report.overdue",
            j1,
            l1,
            "JDE01-AGS",
            "JDE01-AGS",
            {"due": "2027-02-03", "last": "2026-11-03", "months": 3},
        ),
        (
            "4.2.V",
            "r.report.overdue",
            j2,
            l2,
            "JDE02-AGS",
            "JDE02-AGS",
            {"due": "2027-02-03", "last": "2026-11-03", "months": 3},
        ),
    ]
    assert _mine(inv, as_of=date(2027, 1, 25), horizon=10) == [
        (
            "4.2.V",
            "r.report.due_soon",
            j1,
            l1,
            "JDE01-AGS",
            "JDE01-AGS",
            {"due": "2027-02-03", "last": "2026-11-03"},
        ),
        (
            "4.2.V",
            "r.report.due_soon",
            j2,
            l2,
            "JDE02-AGS",
            "JDE02-AGS",
            {"due": "2027-02-03", "last": "2026-11-03"},
        ),
    ]


def test_the_latest_of_reports_and_oficios_is_the_last_report(inv):
    # A designation's oficio dated after the latest informe is the last report; an informe
    # after the as-of date does not count (it is an esquema finding).
    inv.patch(D, "    fecha_oficio: 2025-11-05", "    fecha_oficio: 2026-11-10")
    j2 = "designaciones/JDE02-AGS.yaml"
    assert _mine(inv, as_of=date(2027, 2, 11)) == [
        (
            "4.2.V",
            "r.report.overdue",
            D,
            inv.line_of(D, "fecha_oficio: 2026-11-10"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"due": "2027-02-10", "last": "2026-11-10", "months": 3},
        ),
        (
            "4.2.V",
            "r.report.overdue",
            j2,
            inv.line_of(j2, "fecha: 2026-11-03"),
            "JDE02-AGS",
            "JDE02-AGS",
            {"due": "2027-02-03", "last": "2026-11-03", "months": 3},
        ),
    ]


def test_late_change_says_when_it_was_sent_and_the_deadline(inv):
    add_change(inv, "2026-09-14", "2026-09-23")
    assert inv.exact_full() == [
        (
            "4.2.V",
            "r.report.change_late",
            D,
            inv.line_of(D, "fecha_oficio: 2026-09-23"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"days": 5, "deadline": "2026-09-22", "sent": "2026-09-23", "since": "2026-09-14"},
        )
    ]


def test_unreported_change_missing_and_due_soon(inv):
    add_change(inv, "2026-09-14", None)
    inv.patch(
        D,
        "  - oficio: INE/JDE01-AGS/0074/2026\n    fecha: 2026-11-03\n    adjunta_formatos: true\n",
        "",
    )
    line = inv.line_of(D, "vigente_desde: 2026-09-14")
    assert _mine(inv, as_of=date(2026, 9, 23)) == [
        (
            "4.2.V",
            "r.report.change_missing",
            D,
            line,
            "JDE01-AGS",
            "JDE01-AGS",
            {"days": 5, "deadline": "2026-09-22", "since": "2026-09-14"},
        )
    ]
    assert _mine(inv, as_of=date(2026, 9, 18), horizon=4) == [
        (
            "4.2.V",
            "r.report.change_due_soon",
            D,
            line,
            "JDE01-AGS",
            "JDE01-AGS",
            {"deadline": "2026-09-22", "since": "2026-09-14"},
        )
    ]
    assert _mine(inv, as_of=date(2026, 9, 18), horizon=3) == []


def test_report_without_forms_names_the_oficio_and_its_date(inv):
    inv.patch(
        D,
        "    fecha: 2026-11-03\n    adjunta_formatos: true",
        "    fecha: 2026-11-03\n    adjunta_formatos: false",
    )
    assert inv.exact_full() == [
        (
            "4.2.V",
            "r.report.no_forms",
            D,
            inv.line_of(D, "adjunta_formatos: false"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"date": "2026-11-03", "oficio": "INE/JDE01-AGS/0074/2026"},
        )
    ]


def test_no_report_at_all_names_the_period(inv):
    inv.update(
        D,
        lambda d: {
            **{k: v for k, v in d.items() if k != "informes"},
            "designaciones": [{**x, "fecha_oficio": None} for x in d["designaciones"]],
        },
    )
    inv.patch(D, "  fecha_oficio: null\n", "")
    # Reported at the top of the área's designations file.
    assert _mine(inv) == [("4.2.V", "r.report.none", D, 1, "JDE01-AGS", "JDE01-AGS", {"months": 3})]


def test_a_change_is_reported_on_vigente_desde_wherever_the_key_is(inv):
    add_change(inv, "2026-09-14", None)
    inv.patch(
        D,
        "  - oficio: INE/JDE01-AGS/0074/2026\n    fecha: 2026-11-03\n    adjunta_formatos: true\n",
        "",
    )
    # The new designation's keys in another order: vigente_desde is not its first line.
    inv.patch(
        D,
        "  - vigente_desde: 2026-09-14\n    oficio: INE/JDE01-AGS/0231/2025\n",
        "  - oficio: INE/JDE01-AGS/0231/2025\n    vigente_desde: 2026-09-14\n",
    )
    line = inv.line_of(D, "vigente_desde: 2026-09-14")
    assert [f[:4] for f in _mine(inv, as_of=date(2026, 9, 23))] == [
        ("4.2.V", "r.report.change_missing", D, line)
    ]
    assert [f[:4] for f in _mine(inv, as_of=date(2026, 9, 18), horizon=4)] == [
        ("4.2.V", "r.report.change_due_soon", D, line)
    ]


def test_a_change_effective_on_the_as_of_day_is_announced(inv):
    add_change(inv, "2026-11-30", None)
    assert _mine(inv, horizon=7) == [
        (
            "4.2.V",
            "r.report.change_due_soon",
            D,
            inv.line_of(D, "vigente_desde: 2026-11-30"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"deadline": "2026-12-07", "since": "2026-11-30"},
        )
    ]


def test_a_report_without_the_forms_key_is_reported_on_its_oficio(inv):
    inv.patch(
        D,
        "  - oficio: INE/JDE01-AGS/0074/2026\n    fecha: 2026-11-03\n    adjunta_formatos: true\n",
        "  - fecha: 2026-11-03\n    oficio: INE/JDE01-AGS/0074/2026\n",
    )
    assert inv.exact() == [
        (
            "4.2.V",
            "r.report.no_forms",
            D,
            inv.line_of(D, "oficio: INE/JDE01-AGS/0074/2026"),
            "JDE01-AGS",
        )
    ]


def test_a_report_or_oficio_dated_on_the_as_of_day_counts(inv):
    # As of 2027-02-04 the 2026-11-03 reports are overdue, unless one is sent that day.
    j2 = "designaciones/JDE02-AGS.yaml"
    as_of = date(2027, 2, 4)
    overdue_j2 = (
        "4.2.V",
        "r.report.overdue",
        j2,
        inv.line_of(j2, "fecha: 2026-11-03"),
        "JDE02-AGS",
    )
    inv.patch(
        D,
        "    fecha: 2026-11-03\n    adjunta_formatos: true\n",
        "    fecha: 2026-11-03\n    adjunta_formatos: true\n"
        "  - oficio: INE/JDE01-AGS/0010/2027\n    fecha: 2027-02-04\n"
        "    adjunta_formatos: false\n",
    )
    # Counted as the last report, and judged for its forms.
    assert [f for f in inv.exact(as_of=as_of) if f[0] == "4.2.V"] == [
        ("4.2.V", "r.report.no_forms", D, inv.line_of(D, "adjunta_formatos: false"), "JDE01-AGS"),
        overdue_j2,
    ]
    inv.patch(
        D,
        "  - oficio: INE/JDE01-AGS/0010/2027\n    fecha: 2027-02-04\n    adjunta_formatos: false\n",
        "",
    )
    inv.patch(D, "    fecha_oficio: 2025-11-05", "    fecha_oficio: 2027-02-04")
    assert [f for f in inv.exact(as_of=as_of) if f[0] == "4.2.V"] == [overdue_j2]


def test_an_area_without_designations_does_not_stop_the_next(inv):
    # JDE01-AGS (first) has accounts but no designations file; JDE02-AGS is still judged.
    j2 = "designaciones/JDE02-AGS.yaml"
    inv.path(D).unlink()
    inv.patch(j2, "    adjunta_formatos: true", "    adjunta_formatos: false")
    assert [f[:2] + f[4:5] for f in inv.exact() if f[0] == "4.2.V"] == [
        ("4.2.V", "r.report.none", "JDE01-AGS"),
        ("4.2.V", "r.report.no_forms", "JDE02-AGS"),
    ]
