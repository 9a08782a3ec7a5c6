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
    inv.patch(c, "    registro: correo\n",
              "    registro: correo\n"
              f"    contrasena: {SECRETS['password']}\n"           # unknown key: esquema too
              f"    codigo_recuperacion: {SECRETS['seed']}\n"
              f"    # respaldo: {SECRETS['uri']}\n", 1)
    inv.patch(c, "descripcion: Inicio de sesión desde un dispositivo desconocido",
              f"descripcion: Token filtrado {SECRETS['jwt']}")
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
        r = CliRunner().invoke(main, ["check", str(leaky.root), "--format", fmt,
                                      "--as-of", "2026-11-30", "--config", "/dev/null"],
                               catch_exceptions=False)
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
    r = CliRunner().invoke(main, ["check", str(inv.root), "--config", str(cfg)],
                           catch_exceptions=False)
    assert r.exit_code == 2
    assert_clean(r.output)
