import pytest

C = "cuentas/JDE01-AGS.yaml"
SECRET = "Sup3rS3creta!2026"


def test_compliant_contract_keys_are_not_secrets(inv):
    # cambios_contrasena, contrasena_cambiada and the word in free text are not secrets.
    inv.patch(C, "descripcion: Inicio de sesión desde un dispositivo desconocido",
              "descripcion: Se cambió la contraseña y el token de sesión se cerró")
    assert inv.findings("4.3.VI") == []


@pytest.mark.parametrize("line", [
    f"    contrasena: {SECRET}\n",
    f"    contraseña: {SECRET}\n",
    f"    password: '{SECRET}'\n",
    f"    clave_acceso: {SECRET}\n",
    f"    codigo_recuperacion: {SECRET}\n",
    f"    totp: {SECRET}\n",
    f"    Token de acceso: {SECRET}\n",
    "    notas: otpauth://totp/INE:redes?secret=JBSWY3DPEHPK3PXP&issuer=INE\n",
    "    notas: JBSW Y3DP EHPK 3PXP\n",
    "    notas: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9\n",
    "    notas: EAABwzLixnjYBAO3ZCmtZB9cZBq8ZCZAyp8ZCLZBNZAZB8v2xQ\n",
    f"    # contraseña: {SECRET}\n",
])
def test_secret_by_key_or_shape(inv, line):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n" + line, 1)
    [f] = inv.findings("4.3.VI")
    assert f.line == inv.line_of(C, line.strip().split(":")[0].strip())
    assert SECRET not in f.text("es") and "JBSW" not in f.text("es")


def test_secret_in_a_file_that_is_not_yaml(inv):
    inv.write("cuentas/JDE02-AGS.yaml", f"area: JDE02-AGS\ncuentas: [\npassword: {SECRET}\n")
    found = inv.findings("4.3.VI")
    assert [f.line for f in found] == [3]


def test_empty_secret_key_holds_nothing(inv):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n    password: null\n", 1)
    assert inv.findings("4.3.VI") == []


def test_long_account_references_and_urls_are_not_tokens(inv):
    ref = "instagram/INEJuntaDistrital01Aguascalientes2"
    inv.patch("cuentas/JDE02-AGS.yaml", "vinculada_a: [facebook/INEJDE01Ags]",
              f"vinculada_a: [facebook/INEJDE01Ags, {ref}]")
    inv.patch("cuentas/JDE02-AGS.yaml", "url: https://x.com/INEJDE02Ags",
              "url: https://x.com/INEJuntaDistrital02AguascalientesOficial9")
    assert inv.findings("4.3.VI") == []


def test_a_remembered_clean_line_does_not_hide_a_secret_line():
    """The scan remembers lines that hold a hint word but no secret; a line that does hold
    one is still found every time, before and after, and the clean one never is."""
    from ine_lint.secrets import scan

    text = "cargo: Vocal Secretario\nnotas: x\ncontrasena: hunter22\ncargo: Vocal Secretario\n"
    for _ in range(3):
        assert [(h.line, h.kind, h.term) for h in scan(text)] == [(3, "key", "contraseña")]
    assert scan("cargo: Vocal Secretario\n") == []
