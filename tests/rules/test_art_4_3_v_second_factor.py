C = "cuentas/JDE01-AGS.yaml"


def test_compliant_and_spotify_exempt(inv):
    # The spotify account has no segundo_factor at all: its platform allows none.
    assert inv.findings("4.3.V") == []


def test_second_factor_off(inv):
    inv.patch(C, "      activo: true", "      activo: false")
    assert inv.exact_full() == [
        (
            "4.3.V",
            "r.2fa.off",
            C,
            inv.line_of(C, "activo: false"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"platform": "Facebook"},
        )
    ]


def test_second_factor_not_recorded(inv):
    inv.patch(
        C, "    segundo_factor:\n      activo: true\n      dispositivo: juan.perez@ine.mx\n", ""
    )
    assert inv.exact_full() == [
        (
            "4.3.V",
            "r.2fa.off",
            C,
            inv.line_of(C, "usuario: INEJDE01Ags"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"platform": "Facebook"},
        )
    ]


def test_on_the_suplentes_device(inv):
    inv.patch(C, "      dispositivo: juan.perez@ine.mx", "      dispositivo: ana.ruiz@ine.mx")
    assert inv.exact_full() == [
        (
            "4.3.V",
            "r.2fa.device",
            C,
            inv.line_of(C, "dispositivo: ana.ruiz"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"device": "ana.ruiz@ine.mx", "owner": "juan.perez@ine.mx"},
        )
    ]


def test_no_device_recorded(inv):
    inv.patch(C, "      dispositivo: juan.perez@ine.mx\n", "")
    assert inv.exact_full() == [
        (
            "4.3.V",
            "r.2fa.no_device",
            C,
            inv.line_of(C, "segundo_factor:") + 1,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"device": "", "owner": "juan.perez@ine.mx"},
        )
    ]


def test_no_current_propietaria_to_compare_with(inv):
    inv.path("designaciones/JDE01-AGS.yaml").unlink()
    assert [f for f in inv.exact_full() if f[0] == "4.3.V"] == [
        (
            "4.3.V",
            "r.2fa.no_owner",
            C,
            inv.line_of(C, "dispositivo: juan.perez"),
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {},
        )
    ]


def test_one_account_off_or_exempt_does_not_stop_the_others(inv):
    # JDE01-AGS's Facebook (off) and Spotify (exempt) come before JDE02-AGS's X account.
    c2 = "cuentas/JDE02-AGS.yaml"
    inv.patch(C, "      activo: true", "      activo: false")
    inv.patch(
        c2, "      dispositivo: claudia.macias@ine.mx", "      dispositivo: fernando.avila@ine.mx"
    )
    assert inv.exact() == [
        ("4.3.V", "r.2fa.off", C, inv.line_of(C, "activo: false"), "facebook/INEJDE01Ags"),
        ("4.3.V", "r.2fa.device", c2, inv.line_of(c2, "dispositivo: fernando"), "x/INEJDE02Ags"),
    ]


def test_threads_inherits_instagram(inv):
    inv.patch(
        "cuentas/JDE02-AGS.yaml",
        "  - red: x\n    usuario: INEJDE02Ags",
        "  - red: threads\n    usuario: INEJDE02Ags",
    )
    inv.patch("cuentas/JDE02-AGS.yaml", "      activo: true", "      activo: false")
    c2 = "cuentas/JDE02-AGS.yaml"
    assert inv.exact_full()[0] == (
        "4.3.V",
        "r.2fa.off",
        c2,
        inv.line_of(c2, "activo: false"),
        "threads/INEJDE02Ags",
        "JDE02-AGS",
        {"platform": "Threads"},
    )
    assert [f for f in inv.exact() if f[0] == "4.3.V"] == [inv.exact()[0]]


def test_second_factor_that_does_not_say_it_is_on(inv):
    inv.patch(C, "      activo: true\n", "")
    assert inv.exact() == [
        (
            "4.3.V",
            "r.2fa.off",
            C,
            inv.line_of(C, "dispositivo: juan.perez@ine.mx"),
            "facebook/INEJDE01Ags",
        )
    ]


def test_second_factor_off_is_reported_on_activo_wherever_the_key_is(inv):
    inv.patch(
        C,
        "      activo: true\n      dispositivo: juan.perez@ine.mx\n",
        "      dispositivo: juan.perez@ine.mx\n      activo: false\n",
    )
    assert inv.exact() == [
        ("4.3.V", "r.2fa.off", C, inv.line_of(C, "activo: false"), "facebook/INEJDE01Ags")
    ]
