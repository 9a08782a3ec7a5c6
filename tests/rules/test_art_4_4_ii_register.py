R = "correos-genericos.yaml"


def test_compliant(inv):
    assert inv.findings("4.4.II") == []


def test_not_a_generic_name(inv):
    inv.patch(R, "  - correo: redes.jd02ags@ine.mx", "  - correo: claudia.macias@ine.mx")
    inv.patch(
        "cuentas/JDE02-AGS.yaml", "correo: redes.jd02ags@ine.mx", "correo: claudia.macias@ine.mx"
    )
    c = "cuentas/JDE02-AGS.yaml"
    assert inv.exact_full() == [
        (
            "4.4.II",
            "r.register.name",
            R,
            inv.line_of(R, "claudia.macias@ine.mx"),
            "claudia.macias@ine.mx",
            "JDE02-AGS",
            {"email": "claudia.macias@ine.mx", "example": "redes.jd00ags@ine.mx"},
        ),
        # A person's mailbox is not a generic one either (4.2.II).
        (
            "4.2.II",
            "r.generic.personal",
            c,
            inv.line_of(c, "correo: claudia"),
            "x/INEJDE02Ags",
            "JDE02-AGS",
            {"email": "claudia.macias@ine.mx", "role": "propietaria"},
        ),
    ]


def test_unknown_list(inv):
    inv.patch(R, "listado_cncs: INE/CNCS/0188/2025", "listado_cncs: INE/CNCS/9999/2025")
    assert inv.exact_full() == [
        (
            "4.4.II",
            "r.register.unknown_list",
            R,
            inv.line_of(R, "INE/CNCS/9999/2025"),
            "redes.jd01ags@ine.mx",
            "JDE01-AGS",
            {"email": "redes.jd01ags@ine.mx", "oficio": "INE/CNCS/9999/2025"},
        )
    ]


def test_list_dated_after_the_assignment(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-18")

    def after(email, area, nth):
        return (
            "4.4.II",
            "r.register.list_after",
            R,
            inv.line_of(R, "listado_cncs:", nth),
            email,
            area,
            {
                "assigned": "2025-11-17",
                "email": email,
                "list_date": "2025-11-18",
                "oficio": "INE/CNCS/0188/2025",
            },
        )

    assert inv.exact_full() == [
        after("redes.jd01ags@ine.mx", "JDE01-AGS", 1),
        after("redes.jd02ags@ine.mx", "JDE02-AGS", 2),
    ]


def test_requester_not_on_the_list(inv):
    inv.patch("cncs.yaml", "      - claudia.macias@ine.mx\n", "")
    assert [f for f in inv.exact_full() if f[0] == "4.4.II"] == [
        (
            "4.4.II",
            "r.register.not_listed",
            R,
            inv.line_of(R, "solicitado_por: claudia"),
            "redes.jd02ags@ine.mx",
            "JDE02-AGS",
            {
                "email": "redes.jd02ags@ine.mx",
                "oficio": "INE/CNCS/0188/2025",
                "requester": "claudia.macias@ine.mx",
            },
        )
    ]


def test_list_not_recorded(inv):
    inv.patch(R, "    listado_cncs: INE/CNCS/0188/2025\n", "", 1)
    assert inv.exact_full() == [
        (
            "4.4.II",
            "r.register.no_list",
            R,
            inv.line_of(R, "correo: redes.jd01ags"),
            "redes.jd01ags@ine.mx",
            "JDE01-AGS",
            {"email": "redes.jd01ags@ine.mx"},
        )
    ]


def test_an_entry_without_a_list_does_not_stop_the_others(inv):
    # The first entry names no list; the second's requester is on none: both are reported.
    inv.patch("cncs.yaml", "      - claudia.macias@ine.mx\n", "")
    inv.patch(R, "    listado_cncs: INE/CNCS/0188/2025\n", "", 1)
    assert [f[1] for f in inv.exact() if f[0] == "4.4.II"] == [
        "r.register.no_list",
        "r.register.not_listed",
    ]


def test_an_entry_with_an_unknown_list_does_not_stop_the_others(inv):
    inv.patch("cncs.yaml", "      - claudia.macias@ine.mx\n", "")
    inv.patch(R, "listado_cncs: INE/CNCS/0188/2025", "listado_cncs: INE/CNCS/9999/2025", 1)
    assert [f[1] for f in inv.exact() if f[0] == "4.4.II"] == [
        "r.register.unknown_list",
        "r.register.not_listed",
    ]


def test_list_dated_the_day_of_the_assignment_backs_it(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-17")
    assert inv.exact() == []


def test_a_name_finding_is_on_correo_wherever_the_key_is(inv):
    inv.patch(
        R,
        "  - correo: redes.jd02ags@ine.mx\n    area: JDE02-AGS\n",
        "  - area: JDE02-AGS\n    correo: jd02ags@ine.mx\n",
    )
    inv.patch("cuentas/JDE02-AGS.yaml", "correo: redes.jd02ags@ine.mx", "correo: jd02ags@ine.mx")
    assert inv.exact() == [
        ("4.4.II", "r.register.name", R, inv.line_of(R, "correo: jd02ags"), "jd02ags@ine.mx")
    ]
