"""4.3.VI: a secret found anywhere is reported by place, never echoed, in any output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint.cli import main
from ine_lint.reporters import REPORTER_BY_NAME

SECRETS = {
    "password": "Zq9!vLr2#Tk7wPx4",
    "seed": "JBSWY3DPEHPK3PXP",
    "uri": "otpauth://totp/INE:redes?secret=GEZDGNBVGY3TQOJQ&issuer=INE",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWRlcyJ9.c2lnbmF0dXJlLXNlY3JldG8tMTIzNDU2Nzg",
    "token": "EAABwzLixnjYBAO3ZCmtZB9cZBq8ZCZAyp8ZCLZBNZAZB8v2xQ",
}


@pytest.fixture
def leaky(inv):
    c = "cuentas/JDE01-AGS.yaml"
    inv.patch(
        c,
        "    registro: correo\n",
        "    registro: correo\n"
        f"    contrasena: {SECRETS['password']}\n"  # unknown key: esquema too
        f"    codigo_recuperacion: {SECRETS['seed']}\n"
        f"    # respaldo: {SECRETS['uri']}\n",
        1,
    )
    inv.patch(
        c,
        "descripcion: Inicio de sesión desde un dispositivo desconocido",
        f"descripcion: Token filtrado {SECRETS['jwt']}",
    )
    # A secret as the value of a typed field (schema error) and in a file that is not YAML.
    inv.patch("cuentas/JDE02-AGS.yaml", "      activo: true", f"      activo: {SECRETS['token']}")
    inv.write("cuentas/ROTO.yaml", f"area: ROTO\ncuentas: [\n  password: {SECRETS['password']}\n")
    return inv


def assert_clean(text: str) -> None:
    for name, value in SECRETS.items():
        assert value not in text, f"{name} leaked"
        assert value[:12] not in text, f"start of {name} leaked"


def test_found_in_keys_values_comments_and_broken_files(leaky):
    found = leaky.findings("4.3.VI")
    assert len(found) >= 6
    assert "cuentas/ROTO.yaml" in {f.path for f in found}


@pytest.mark.parametrize("fmt", sorted(REPORTER_BY_NAME))
@pytest.mark.parametrize("lang", ["es", "en"])
def test_no_output_format_echoes_a_secret(leaky, fmt, lang):
    result = leaky.check()
    assert any(f.rule == "4.3.VI" for f in result.findings)
    stream = io.StringIO()
    REPORTER_BY_NAME[fmt](lang=lang, show_suppressed=True).write(result, stream)
    assert_clean(stream.getvalue())


def test_cli_output_errors_and_cache_hold_no_secret(leaky, tmp_path, monkeypatch):
    cache = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    for fmt in sorted(REPORTER_BY_NAME):
        r = CliRunner().invoke(
            main,
            [
                "check",
                str(leaky.root),
                "--format",
                fmt,
                "--as-of",
                "2026-11-30",
                "--config",
                "/dev/null",
            ],
            catch_exceptions=False,
        )
        assert r.exit_code == 1
        assert_clean(r.output)
    files = [p for p in Path(cache).rglob("*") if p.is_file()]
    assert files, "the cache was not written at all"
    for p in files:
        data = p.read_bytes()
        for value in SECRETS.values():
            assert value.encode() not in data, f"{p} holds a secret"


def test_config_errors_do_not_echo_values(tmp_path, inv):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"idioma: {SECRETS['password']}\n")
    r = CliRunner().invoke(
        main, ["check", str(inv.root), "--config", str(cfg)], catch_exceptions=False
    )
    assert r.exit_code == 2
    assert_clean(r.output)


# ------------------------------------------- issue 10, item 4: every other output too
#: Secrets of the shapes people paste into fields that hold names and codes.
RANDOM = "Gz6Rq2Hm8Wx4Tn"  # no symbol, 14 characters: too short for the scan of free text
GROUPED = "KRSX G5CT MVRX EZLU"
NAMED = "Zq8Lp3Wm9Rt2Yk7N"


@pytest.fixture
def pasted(inv, tmp_path):
    """Secrets in structured fields, a file name and the configuration's waiver."""
    inv.patch("designaciones/JDE01-AGS.yaml", "cargo: Vocal Secretario", f"cargo: {RANDOM}")
    inv.patch(
        "designaciones/JDE01-AGS.yaml",
        "cuenta: facebook/INEJDE01Ags",
        f"cuenta: facebook/{GROUPED}",
    )
    inv.write(f"cuentas/{NAMED}.yaml", "area: JDE01-AGS\ncuentas: []\n")
    config = tmp_path / "c.yaml"
    config.write_text(
        "excepciones:\n  - regla: 4.3.V\n    cuenta: facebook/INEJDE01Ags\n"
        "    motivo: la clave es Maguey88Kw3t, temporal\n"
        "    autoriza: INE/CNCS/0456/2026\n    vence: 2027-01-31\n",
        encoding="utf-8",
    )
    return inv, config


def assert_hidden(text: str) -> None:
    for value in (RANDOM, GROUPED, GROUPED.replace(" ", ""), NAMED, "Maguey88Kw3t"):
        assert value not in text, value


def test_structured_fields_are_4_3_vi_and_hidden_everywhere(pasted):
    inv, config = pasted
    runner = CliRunner()
    for fmt in sorted(REPORTER_BY_NAME):
        r = runner.invoke(
            main,
            [
                "check",
                str(inv.root),
                "--format",
                fmt,
                "--as-of",
                "2026-11-30",
                "--config",
                str(config),
                "--show-suppressed",
            ],
            catch_exceptions=False,
        )
        assert r.exit_code == 1
        assert_hidden(r.output)
    found = inv.findings("4.3.VI")
    assert {f.path for f in found} >= {"designaciones/JDE01-AGS.yaml"}
    assert any(f.message == "r.secret.in_name" for f in found)


def test_documents_and_calendar_hide_them(pasted, tmp_path):
    inv, config = pasted
    runner = CliRunner()
    out = tmp_path / "salida"
    out.mkdir()
    for args in (
        ["reporte", "-o", str(out / "r.html")],
        ["calendario", "-o", str(out / "c.ics")],
        ["listado", "-o", str(out / "l.csv")],
    ):
        r = runner.invoke(
            main,
            [*args, str(inv.root), "--as-of", "2026-11-30", "--config", str(config)],
            catch_exceptions=False,
        )
        assert r.exit_code == 0, r.output
        assert_hidden(r.output)
    for written in out.iterdir():
        assert_hidden(written.read_text(encoding="utf-8"))


def test_fix_and_diff_name_no_secret(pasted):
    inv, _ = pasted
    inv.write(f"cuentas/{NAMED}.yaml", "area: JDE01-AGS\ncuentas: []   \n")
    runner = CliRunner()
    r = runner.invoke(
        main, ["check", str(inv.root), "--diff", "--config", "/dev/null"], catch_exceptions=False
    )
    assert "«oculto»" in r.output
    assert_hidden(r.output)
    r = runner.invoke(
        main,
        ["check", str(inv.root), "--fix", "--config", "/dev/null", "--as-of", "2026-11-30"],
        catch_exceptions=False,
    )
    assert_hidden(r.output)


def test_a_waiver_reason_and_suppression_reason_are_hidden(inv, tmp_path):
    inv.patch(
        C := "cuentas/JDE01-AGS.yaml",
        "    alta: 2024-03-01",
        "    # ine-lint: ignorar 4.1.III -- la contraseña era Maguey88Kw3t\n    alta: 2024-03-01",
    )
    r = CliRunner().invoke(
        main,
        [
            "check",
            str(inv.root),
            "--format",
            "sarif",
            "--as-of",
            "2026-11-30",
            "--config",
            "/dev/null",
        ],
        catch_exceptions=False,
    )
    assert "Maguey88Kw3t" not in r.output
    assert inv.line_of(C, "Maguey88Kw3t") in {f.line for f in inv.findings("4.3.VI")}
