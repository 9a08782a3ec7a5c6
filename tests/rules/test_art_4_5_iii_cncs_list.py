D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.exact() == []


def test_administrator_on_no_list(inv):
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")
    assert inv.exact() == [("4.5.III", "r.cncs.absent", D,
                            inv.line_of(D, "correo: ana.ruiz@ine.mx"), "ana.ruiz@ine.mx")]
    assert inv.findings("4.5.III")[0].severity == "warning"


def test_list_older_than_the_designation(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-02")
    inv.patch("correos-genericos.yaml", "asignado: 2025-11-17", "asignado: 2025-11-17")
    found = inv.findings("4.5.III")
    assert {f.message for f in found} == {"r.cncs.stale"} and len(found) == 4


def test_list_on_the_designation_day_counts(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-03")
    assert inv.exact() == []
