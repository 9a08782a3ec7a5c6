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
