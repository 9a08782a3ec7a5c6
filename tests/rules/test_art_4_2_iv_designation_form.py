D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.findings("4.2.IV") == []


def test_form_missing(inv):
    inv.patch(D, "    formato_designacion:\n      fecha: 2025-11-03\n"
                 "      firmas: {propietaria: true, suplente: true, titular: true}\n", "")
    [f] = inv.findings("4.2.IV")
    assert f.message == "r.form.missing" and f.line == inv.line_of(D, "vigente_desde")


def test_one_signature_missing(inv):
    inv.patch(D, "{propietaria: true, suplente: true, titular: true}",
              "{propietaria: true, suplente: true, titular: false}")
    [f] = inv.findings("4.2.IV")
    assert dict(f.args)["missing"] == "titular"
    assert f.line == inv.line_of(D, "titular: false")


def test_signature_key_absent(inv):
    inv.patch(D, "{propietaria: true, suplente: true, titular: true}",
              "{propietaria: true}")
    [f] = inv.findings("4.2.IV")
    assert dict(f.args)["missing"] == "suplente, titular"


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
        ("4.2.IV", "r.form.missing", D, inv.line_of(D, "vigente_desde: 2026-11-30"),
         "JDE01-AGS")]
