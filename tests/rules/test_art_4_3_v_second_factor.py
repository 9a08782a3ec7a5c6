C = "cuentas/JDE01-AGS.yaml"


def test_compliant_and_spotify_exempt(inv):
    # The spotify account has no segundo_factor at all: its platform allows none.
    assert inv.findings("4.3.V") == []


def test_second_factor_off(inv):
    inv.patch(C, "      activo: true", "      activo: false")
    [f] = inv.findings("4.3.V")
    assert f.message == "r.2fa.off" and f.line == inv.line_of(C, "activo: false")


def test_second_factor_not_recorded(inv):
    inv.patch(C, "    segundo_factor:\n      activo: true\n      dispositivo: juan.perez@ine.mx\n",
              "")
    [f] = inv.findings("4.3.V")
    assert f.message == "r.2fa.off"


def test_on_the_suplentes_device(inv):
    inv.patch(C, "      dispositivo: juan.perez@ine.mx", "      dispositivo: ana.ruiz@ine.mx")
    [f] = inv.findings("4.3.V")
    assert f.message == "r.2fa.device" and dict(f.args)["owner"] == "juan.perez@ine.mx"


def test_threads_inherits_instagram(inv):
    inv.patch("cuentas/JDE02-AGS.yaml", "  - red: x\n    usuario: INEJDE02Ags",
              "  - red: threads\n    usuario: INEJDE02Ags")
    inv.patch("cuentas/JDE02-AGS.yaml", "      activo: true", "      activo: false")
    assert len(inv.findings("4.3.V")) == 1


def test_second_factor_that_does_not_say_it_is_on(inv):
    inv.patch(C, "      activo: true\n", "")
    assert inv.exact() == [("4.3.V", "r.2fa.off", C,
                            inv.line_of(C, "dispositivo: juan.perez@ine.mx"),
                            "facebook/INEJDE01Ags")]
