def test_file_name_differs_from_area(inv):
    inv.write("cuentas/JDE09-AGS.yaml", inv.text("cuentas/JDE02-AGS.yaml"))
    found = [f for f in inv.findings("referencia") if f.message == "ref.file_name"]
    assert [f.path for f in found] == ["cuentas/JDE09-AGS.yaml"]


def test_area_not_in_the_catalogue(inv):
    text = inv.text("cuentas/JDE02-AGS.yaml").replace("JDE02-AGS", "JDE05-AGS")
    inv.write("cuentas/JDE05-AGS.yaml", text.replace("INEJDE02Ags", "INEJDE05Ags"))
    found = inv.findings("referencia")
    assert [f.message for f in found] == ["ref.unknown_area"]
    assert found[0].line == 1


def test_responsiva_for_an_account_that_does_not_exist(inv):
    d = "designaciones/JDE01-AGS.yaml"
    inv.patch(d, "cuenta: spotify/inejde01ags", "cuenta: spotify/noexiste", 1)
    found = [f for f in inv.findings("referencia")]
    assert [f.message for f in found] == ["ref.unknown_account"]
    assert found[0].line == inv.line_of(d, "spotify/noexiste")


def test_register_entry_for_an_unknown_area(inv):
    inv.patch("correos-genericos.yaml", "    area: JDE02-AGS", "    area: JDE07-AGS")
    messages = {f.message for f in inv.findings("referencia")}
    assert "ref.unknown_area_register" in messages


def test_unknown_platform(inv):
    inv.patch("cuentas/JDE02-AGS.yaml", "  - red: x\n", "  - red: myspace\n")
    found = [f for f in inv.findings("referencia") if f.message == "ref.unknown_platform"]
    assert len(found) == 1


def test_duplicate_account(inv):
    text = inv.text("cuentas/JDE02-AGS.yaml")
    block = text.split("cuentas:\n", 1)[1]
    inv.write("cuentas/JDE02-AGS.yaml", text + block)
    found = [f for f in inv.findings("referencia") if f.message == "ref.duplicate_account"]
    assert len(found) == 1
