"""--fix and --diff: mechanical corrections only, line by line, reported, idempotent."""

from __future__ import annotations

from click.testing import CliRunner

from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"
D = "designaciones/JDE01-AGS.yaml"


def run(inv, *args: str):
    return CliRunner().invoke(
        main,
        [
            "check",
            str(inv.root),
            "--as-of",
            "2026-11-30",
            "--config",
            "/dev/null",
            "--no-cache",
            *args,
        ],
        catch_exceptions=False,
    )


def test_each_mechanical_fix_keeps_comments_order_and_quotes(inv):
    clean_c, clean_d = inv.text(C), inv.text(D)
    inv.patch(C, "  - red: facebook\n", "  - red: Facebook   # la principal\n")
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: '13/03/2024'  \n")
    inv.patch(C, "  - red: spotify\n", '  - red: "Spotify"\n')
    inv.patch(D, "      adscripcion: JDE01-AGS\n", "      adscripción: JDE01-AGS\n")
    inv.patch(D, "    fecha: 2026-08-31\n", "    fecha: 31/08/2026\t\n")
    r = run(inv, "--fix")
    assert r.exit_code == 0, r.output
    assert inv.text(D) == clean_d
    assert inv.text(C) == clean_c.replace(
        "  - red: facebook\n", "  - red: facebook   # la principal\n"
    ).replace("    alta: 2024-03-01\n", "    alta: '2024-03-13'\n").replace(
        "  - red: spotify\n", '  - red: "spotify"\n'
    )
    for told in (
        "adscripción",
        "Facebook → facebook",
        "'13/03/2024' → '2024-03-13'",
        "31/08/2026 → 2026-08-31",
        "espacios al final",
    ):
        assert told in r.output, told
    assert "Sin hallazgos." in r.output
    again = run(inv, "--fix")
    assert again.exit_code == 0 and "0 cambios en 0 archivos" in again.output


def test_aliases_and_dates_that_read_one_way(inv):
    inv.patch(C, "  - red: spotify\n", "  - red: Twitter\n")
    inv.patch(C, "      - fecha: 2026-08-03\n", "      - fecha: 08/13/2026\n")  # only Aug 13
    inv.patch(
        C, "        notificado_titular: 2026-08-03\n", "        notificado_titular: 03/04/2026\n"
    )  # 3 April or 4 March
    inv.patch(
        C, "        contrasena_cambiada: 2026-05-08\n", "        contrasena_cambiada: 30/02/2026\n"
    )  # no such day: left to esquema
    inv.patch(
        C, "        notificado_cncs: 2026-05-11\n", '        notificado_cncs: "2026/5/11"\n'
    )  # year first: one reading
    r = run(inv, "--diff")
    assert r.exit_code == 1
    assert "+  - red: x\n" in r.output and "+      - fecha: 2026-08-13\n" in r.output
    assert "03/04/2026" in r.output and "día/mes o mes/día" in r.output
    assert "+        notificado_titular" not in r.output
    assert '+        notificado_cncs: "2026-05-11"\n' in r.output
    assert "30/02/2026" not in r.output.split("+++")[-1].split("\n+")[-1]
    assert "Twitter" in inv.text(C)  # --diff writes nothing


def test_tabs_only_where_one_reading_is_valid(inv):
    inv.patch(
        C, "    accesos:\n      - juan.perez@ine.mx\n", "    accesos:\n\t  - juan.perez@ine.mx\n"
    )
    r = run(inv, "--fix")
    assert "tabuladores" in r.output
    assert "    accesos:\n      - juan.perez@ine.mx\n" in inv.text(C)
    assert r.exit_code == 0, r.output


def test_secret_lines_and_block_scalars_are_never_touched(inv):
    secret = "Hunter2!xQ9#zz"
    inv.patch(C, "    accesos:\n", f"    contraseña: {secret}  \n    accesos:\n")
    inv.patch(
        C,
        "        descripcion: Inicio de sesión desde un dispositivo desconocido\n",
        "        descripcion: |\n          Inicio de sesión   \n          desconocido\n",
    )
    before = inv.text(C)
    r = run(inv, "--diff")
    assert secret not in r.output
    assert r.exit_code == 0  # nothing mechanical to do
    r = run(inv, "--fix", "--lang", "en")
    assert inv.text(C) == before and secret not in r.output


def test_diff_context_hides_secret_lines(inv):
    secret = "Hunter2!xQ9#zz"
    inv.patch(C, "    accesos:\n", f"    password: {secret}\n    accesos:\n")
    inv.patch(C, "      activo: true\n", "      activo: true   \n")
    r = run(inv, "--diff")
    assert r.exit_code == 1 and "«oculto»" in r.output and secret not in r.output


def test_a_fix_that_would_break_the_file_is_not_made(inv, monkeypatch):
    from ine_lint import fix

    inv.patch(C, "  - red: facebook\n", "  - red: Facebook\n")
    before = inv.text(C)
    real = fix.fix_text

    def breaking(text, path, tab_width=None):
        new, changes = real(text, path, tab_width)
        return (new + "  : [\n" if path == C else new), changes

    monkeypatch.setattr(fix, "fix_text", breaking)
    changes, diffs = fix.fix_inventory(inv.root, None, write=True)
    assert inv.text(C) == before and diffs == []
    assert [c.kind for c in changes if c.path == C] == ["unreadable"]


def test_only_the_given_files_and_english(inv):
    inv.patch(C, "  - red: facebook\n", "  - red: FACEBOOK\n")
    inv.patch(D, "      adscripcion: JDE01-AGS\n", "      adscripción: JDE01-AGS\n")
    r = CliRunner().invoke(
        main,
        [
            "check",
            str(inv.path(C)),
            "--as-of",
            "2026-11-30",
            "--config",
            "/dev/null",
            "--fix",
            "--lang",
            "en",
        ],
        catch_exceptions=False,
    )
    assert "value FACEBOOK → facebook" in r.output and "1 changes in 1 files" in r.output
    assert "adscripción" in inv.text(D)
