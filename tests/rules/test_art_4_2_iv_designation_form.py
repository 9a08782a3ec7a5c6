D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.2.IV") == []


def test_form_missing(inv):
    inv.patch(
        D,
        "    formato_designacion:\n      fecha: 2025-11-03\n"
        "      firmas: {propietaria: true, suplente: true, titular: true}\n",
        "",
    )
    assert inv.exact_full() == [
        (
            "4.2.IV",
            "r.form.missing",
            D,
            inv.line_of(D, "vigente_desde"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"since": "2025-11-03"},
        )
    ]


def test_one_signature_missing(inv):
    inv.patch(
        D,
        "{propietaria: true, suplente: true, titular: true}",
        "{propietaria: true, suplente: true, titular: false}",
    )
    assert inv.exact_full() == [
        (
            "4.2.IV",
            "r.form.unsigned",
            D,
            inv.line_of(D, "titular: false"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"missing": "titular", "since": "2025-11-03"},
        )
    ]


def test_signature_key_absent(inv):
    inv.patch(D, "{propietaria: true, suplente: true, titular: true}", "{propietaria: true}")
    assert inv.exact_full() == [
        (
            "4.2.IV",
            "r.form.unsigned",
            D,
            inv.line_of(D, "firmas: {propietaria: true}"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"missing": "suplente, titular", "since": "2025-11-03"},
        )
    ]


def test_form_without_signatures_lacks_all_three(inv):
    inv.patch(
        D,
        "      fecha: 2025-11-03\n      firmas: {propietaria: true, suplente: true, "
        "titular: true}\n",
        "      fecha: 2025-11-03\n",
    )
    assert inv.exact_full() == [
        (
            "4.2.IV",
            "r.form.unsigned",
            D,
            inv.line_of(D, "formato_designacion:") + 1,
            "JDE01-AGS",
            "JDE01-AGS",
            {"missing": "propietaria, suplente, titular", "since": "2025-11-03"},
        )
    ]


def test_each_designation_of_an_area_is_judged(inv):
    # The first designation lacks its form; the later one (Ana replaced by Luis) lacks
    # the titular's signature: both are reported.
    inv.add_designation(
        D,
        {
            "vigente_desde: 2025-11-03": "vigente_desde: 2026-09-14",
            "fecha_oficio: 2025-11-05": "fecha_oficio: 2026-09-15",
            "ana.ruiz@ine.mx": "luis.mora@ine.mx",
            "titular: true}": "titular: false}",
        },
    )
    inv.patch(
        D,
        "    formato_designacion:\n      fecha: 2025-11-03\n"
        "      firmas: {propietaria: true, suplente: true, titular: true}\n",
        "",
    )
    assert [f for f in inv.exact_full() if f[0] == "4.2.IV"] == [
        (
            "4.2.IV",
            "r.form.missing",
            D,
            inv.line_of(D, "vigente_desde: 2025-11-03"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"since": "2025-11-03"},
        ),
        (
            "4.2.IV",
            "r.form.unsigned",
            D,
            inv.line_of(D, "titular: false}"),
            "JDE01-AGS",
            "JDE01-AGS",
            {"missing": "titular", "since": "2026-09-14"},
        ),
    ]


def test_designation_effective_on_the_as_of_day_needs_its_form(inv):
    import copy
    from datetime import date

    def change(doc):
        again = copy.deepcopy(doc["designaciones"][0])
        again.update(vigente_desde=date(2026, 11, 30), fecha_oficio=date(2026, 11, 30))
        del again["formato_designacion"]
        doc["designaciones"].append(again)

    inv.update(D, change)
    assert inv.exact() == [
        ("4.2.IV", "r.form.missing", D, inv.line_of(D, "vigente_desde: 2026-11-30"), "JDE01-AGS")
    ]


def test_a_missing_form_is_reported_on_vigente_desde_wherever_it_is(inv):
    # The designation's keys in another order: the finding is on vigente_desde's line.
    inv.patch(
        D,
        "  - vigente_desde: 2025-11-03\n    oficio: INE/JDE01-AGS/0231/2025\n",
        "  - oficio: INE/JDE01-AGS/0231/2025\n    vigente_desde: 2025-11-03\n",
    )
    inv.patch(
        D,
        "    formato_designacion:\n      fecha: 2025-11-03\n"
        "      firmas: {propietaria: true, suplente: true, titular: true}\n",
        "",
    )
    assert inv.exact() == [
        ("4.2.IV", "r.form.missing", D, inv.line_of(D, "vigente_desde:"), "JDE01-AGS")
    ]
