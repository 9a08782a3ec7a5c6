D = "designaciones/JDE01-AGS.yaml"


def test_compliant(inv):
    assert inv.exact() == []


def test_administrator_on_no_list(inv):
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")
    assert inv.exact_full() == [
        (
            "4.5.III",
            "r.cncs.absent",
            D,
            inv.line_of(D, "correo: ana.ruiz@ine.mx"),
            "ana.ruiz@ine.mx",
            "JDE01-AGS",
            {"email": "ana.ruiz@ine.mx", "latest": "", "role": "suplente", "since": "2025-11-03"},
        )
    ]
    assert inv.findings("4.5.III")[0].severity == "warning"


def test_list_older_than_the_designation(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-02")
    inv.patch("correos-genericos.yaml", "asignado: 2025-11-17", "asignado: 2025-11-17")
    d2 = "designaciones/JDE02-AGS.yaml"

    def stale(path, email, role):
        return (
            "4.5.III",
            "r.cncs.stale",
            path,
            inv.line_of(path, f"correo: {email}"),
            email,
            path.split("/")[1][:-5],
            {"email": email, "latest": "2025-11-02", "role": role, "since": "2025-11-03"},
        )

    assert inv.exact_full() == [
        stale(D, "juan.perez@ine.mx", "propietaria"),
        stale(D, "ana.ruiz@ine.mx", "suplente"),
        stale(d2, "claudia.macias@ine.mx", "propietaria"),
        stale(d2, "fernando.avila@ine.mx", "suplente"),
    ]


def test_a_stale_finding_names_the_latest_list(inv):
    # Juan is on two lists, both older than his designation: the newer one is named.
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-02")
    inv.patch(
        "cncs.yaml",
        "listados_utsi:\n",
        "listados_utsi:\n  - oficio: INE/CNCS/0090/2024\n    fecha: 2024-05-06\n"
        "    administradoras:\n      - juan.perez@ine.mx\n",
    )
    [juan] = [f for f in inv.exact_full() if f[4] == "juan.perez@ine.mx"]
    assert juan[6]["latest"] == "2025-11-02"


def test_list_on_the_designation_day_counts(inv):
    inv.patch("cncs.yaml", "fecha: 2025-11-10", "fecha: 2025-11-03")
    assert inv.exact() == []


def _new_suplente(inv, since: str = "2026-09-14") -> None:
    """A new designation on ``since`` where only the suplente changes (Ana → Luis)."""
    d = "designaciones/JDE01-AGS.yaml"
    inv.add_designation(
        d,
        {
            "vigente_desde: 2025-11-03": f"vigente_desde: {since}",
            "fecha_oficio: 2025-11-05": f"fecha_oficio: {since}",
            "ana.ruiz@ine.mx": "luis.mora@ine.mx",
        },
    )
    inv.patch(
        "cncs.yaml",
        "listados_utsi:\n",
        "listados_utsi:\n  - oficio: INE/CNCS/0301/2026\n    fecha: 2026-09-20\n"
        "    administradoras:\n      - luis.mora@ine.mx\n",
    )


def test_propietaria_who_stays_on_needs_no_new_list(inv):
    _new_suplente(inv)
    # Only 4.1.III: Ana, no longer suplente, still has access.
    assert inv.exact_full() == [
        (
            "4.1.III",
            "r.access.former",
            "cuentas/JDE01-AGS.yaml",
            16,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"account": "facebook/INEJDE01Ags", "email": "ana.ruiz@ine.mx"},
        )
    ]


def test_interrupted_designation_needs_a_new_list(inv):
    # Juan is replaced in between, then designated again: his old list no longer covers him.
    d = "designaciones/JDE01-AGS.yaml"
    inv.add_designation(
        d,
        {
            "vigente_desde: 2025-11-03": "vigente_desde: 2026-03-02",
            "fecha_oficio: 2025-11-05": "fecha_oficio: 2026-03-02",
            "juan.perez@ine.mx": "rosa.diaz@ine.mx",
        },
    )
    _new_suplente(inv)
    assert inv.exact_full() == [
        (
            "4.1.III",
            "r.access.former",
            "cuentas/JDE01-AGS.yaml",
            16,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"account": "facebook/INEJDE01Ags", "email": "ana.ruiz@ine.mx"},
        ),
        (
            "4.5.III",
            "r.cncs.stale",
            D,
            98,
            "juan.perez@ine.mx",
            "JDE01-AGS",
            {
                "email": "juan.perez@ine.mx",
                "latest": "2025-11-10",
                "role": "propietaria",
                "since": "2026-09-14",
            },
        ),
    ]


def test_a_change_of_role_needs_a_new_list(inv):
    # Ana goes from suplente to propietaria: the list that named her as suplente is older.
    d = "designaciones/JDE01-AGS.yaml"
    inv.add_designation(
        d,
        {
            "vigente_desde: 2025-11-03": "vigente_desde: 2026-09-14",
            "fecha_oficio: 2025-11-05": "fecha_oficio: 2026-09-14",
            "      correo: juan.perez@ine.mx": "      correo: tmp@ine.mx",
            "      correo: ana.ruiz@ine.mx": "      correo: luis.mora@ine.mx",
        },
    )
    inv.patch(d, "      correo: tmp@ine.mx", "      correo: ana.ruiz@ine.mx")
    c = "cuentas/JDE01-AGS.yaml"
    luis = {"email": "luis.mora@ine.mx", "role": "suplente"}
    assert inv.exact_full() == [
        (
            "4.3.V",
            "r.2fa.device",
            c,
            13,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"device": "juan.perez@ine.mx", "owner": "ana.ruiz@ine.mx"},
        ),
        (
            "4.1.III",
            "r.access.former",
            c,
            15,
            "facebook/INEJDE01Ags",
            "JDE01-AGS",
            {"account": "facebook/INEJDE01Ags", "email": "juan.perez@ine.mx"},
        ),
        (
            "4.1.III",
            "r.access.former",
            c,
            41,
            "spotify/inejde01ags",
            "JDE01-AGS",
            {"account": "spotify/inejde01ags", "email": "juan.perez@ine.mx"},
        ),
        (
            "4.5.III",
            "r.cncs.stale",
            d,
            55,
            "ana.ruiz@ine.mx",
            "JDE01-AGS",
            {
                "email": "ana.ruiz@ine.mx",
                "latest": "2025-11-10",
                "role": "propietaria",
                "since": "2026-09-14",
            },
        ),
        (
            "4.3.I",
            "r.responsiva.missing",
            d,
            63,
            "luis.mora@ine.mx",
            "JDE01-AGS",
            {"account": "facebook/INEJDE01Ags", **luis},
        ),
        (
            "4.3.I",
            "r.responsiva.missing",
            d,
            63,
            "luis.mora@ine.mx",
            "JDE01-AGS",
            {"account": "spotify/inejde01ags", **luis},
        ),
        (
            "4.5.III",
            "r.cncs.absent",
            d,
            63,
            "luis.mora@ine.mx",
            "JDE01-AGS",
            {"latest": "", "since": "2026-09-14", **luis},
        ),
    ]


def test_an_area_without_current_designation_does_not_stop_the_next(inv):
    # JDE01-AGS's only designation starts after the as-of date (an esquema finding: the
    # área is not judged); JDE02-AGS, after it, still is.
    inv.patch(D, "vigente_desde: 2025-11-03", "vigente_desde: 2026-12-07")
    inv.patch("cncs.yaml", "      - fernando.avila@ine.mx\n", "")
    d2 = "designaciones/JDE02-AGS.yaml"
    assert [f for f in inv.exact() if f[0] == "4.5.III"] == [
        (
            "4.5.III",
            "r.cncs.absent",
            d2,
            inv.line_of(d2, "correo: fernando.avila"),
            "fernando.avila@ine.mx",
        )
    ]
