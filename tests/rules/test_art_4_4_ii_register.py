R = "correos-genericos.yaml"


def test_compliant(inv):
    assert inv.findings("4.4.II") == []


def test_not_a_generic_name(inv):
    inv.patch(R, "  - correo: redes.jd02ags@ine.mx", "  - correo: claudia.macias@ine.mx")
    inv.patch("cuentas/JDE02-AGS.yaml", "correo: redes.jd02ags@ine.mx",
              "correo: claudia.macias@ine.mx")
    names = [f for f in inv.findings("4.4.II") if f.message == "r.register.name"]
    assert len(names) == 1 and names[0].line == inv.line_of(R, "claudia.macias@ine.mx")


def test_unknown_list(inv):
    inv.patch(R, "listado_cncs: INE/CNCS/0188/2025", "listado_cncs: INE/CNCS/9999/2025")
    [f] = inv.findings("4.4.II")
    assert f.message == "r.register.unknown_list"


def test_list_dated_after_the_assignment(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-18")
    found = inv.findings("4.4.II")
    assert {f.message for f in found} == {"r.register.list_after"} and len(found) == 2


def test_requester_not_on_the_list(inv):
    inv.patch("cncs.yaml", "      - claudia.macias@ine.mx\n", "")
    found = [f for f in inv.findings("4.4.II") if f.message == "r.register.not_listed"]
    assert len(found) == 1 and found[0].line == inv.line_of(R, "solicitado_por: claudia")


def test_list_not_recorded(inv):
    inv.patch(R, "    listado_cncs: INE/CNCS/0188/2025\n", "", 1)
    [f] = inv.findings("4.4.II")
    assert f.message == "r.register.no_list"


def test_list_dated_the_day_of_the_assignment_backs_it(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-17")
    assert inv.exact() == []
