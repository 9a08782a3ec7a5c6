R = "correos-genericos.yaml"


def test_compliant(inv):
    assert inv.findings("4.3.II") == []


def test_mailbox_of_another_area(inv):
    inv.patch("cuentas/JDE02-AGS.yaml", "correo: redes.jd02ags@ine.mx",
              "correo: redes.jd01ags@ine.mx")
    [f] = inv.findings("4.3.II")
    assert f.message == "r.request.other_area" and f.area == "JDE02-AGS"


def test_requested_by_someone_who_never_administered_the_area(inv):
    inv.patch(R, "solicitado_por: claudia.macias@ine.mx", "solicitado_por: juan.perez@ine.mx")
    [f] = inv.findings("4.3.II")
    assert f.message == "r.request.not_admin" and f.path == R
    assert f.line == inv.line_of(R, "solicitado_por: juan.perez@ine.mx", 2)


def test_former_administrator_may_have_requested_it(inv):
    d = "designaciones/JDE02-AGS.yaml"
    inv.add_designation(d, {"2025-11-03": "2026-06-01", "claudia.macias": "nueva.persona"})
    assert inv.findings("4.3.II") == []


def test_requester_not_recorded(inv):
    inv.patch(R, "    solicitado_por: claudia.macias@ine.mx\n", "")
    [f] = inv.findings("4.3.II")
    assert f.message == "r.request.unknown"
