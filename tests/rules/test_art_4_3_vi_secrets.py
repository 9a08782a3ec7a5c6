from datetime import date
from typing import Any

import pytest
from conftest import AS_OF

C = "cuentas/JDE01-AGS.yaml"
SECRET = "Sup3rS3creta!2026"


def test_compliant_contract_keys_are_not_secrets(inv):
    # cambios_contrasena, contrasena_cambiada and the word in free text are not secrets.
    inv.patch(
        C,
        "descripcion: Inicio de sesión desde un dispositivo desconocido",
        "descripcion: Se cambió la contraseña y el token de sesión se cerró",
    )
    assert inv.findings("4.3.VI") == []


@pytest.mark.parametrize(
    "line",
    [
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
    ],
)
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
    inv.patch(
        "cuentas/JDE02-AGS.yaml",
        "vinculada_a: [facebook/INEJDE01Ags]",
        f"vinculada_a: [facebook/INEJDE01Ags, {ref}]",
    )
    inv.patch(
        "cuentas/JDE02-AGS.yaml",
        "url: https://x.com/INEJDE02Ags",
        "url: https://x.com/INEJuntaDistrital02AguascalientesOficial9",
    )
    assert inv.findings("4.3.VI") == []


def test_a_remembered_clean_line_does_not_hide_a_secret_line():
    """The scan remembers lines that hold a hint word but no secret; a line that does hold
    one is still found every time, before and after, and the clean one never is."""
    from ine_lint.secrets import scan

    text = "cargo: Vocal Secretario\nnotas: x\ncontrasena: hunter22\ncargo: Vocal Secretario\n"
    for _ in range(3):
        assert [(h.line, h.kind, h.term) for h in scan(text)] == [(3, "key", "contraseña")]
    assert scan("cargo: Vocal Secretario\n") == []


# ------------------------------------------------------------------ issue 10: recognition
PW = "Redes$2026.Bcs"


@pytest.mark.parametrize(
    "line",
    [
        "# contraseña = Xq7mPz2026\n",
        "# contraseña=Xq7mPz2026\n",
        "# contraseña:Xq7mPz2026\n",
        "# contraseña Xq7mPz2026\n",
        "# la contraseña es Xq7mPz2026\n",
        "# la contraseña nueva es Xq7mPz2026\n",
        "# password = Xq7mPz2026\n",
        "# password=Xq7mPz2026\n",
        "# pwd=Xq7mPz2026\n",
        "# pw: Xq7mPz2026\n",
        "# clave de acceso: Xq7mPz2026\n",
        "    contrasenia: Xq7mPz2026\n",
        "# códigos de recuperación: 4821 7730, 9104 2286\n",
        "# código de respaldo: 48217730\n",
        "    contrasen\u0303a: Xq7mPz2026\n",
        "    notas: JBSWYXDPEHPKQPXP\n",  # a seed with no digit 2-7 at all
        "    notas: JBSWYXDPEHPK3PXP\n",  # one digit
        f"    contrasena: '!{PW}'\n",
    ],
)
def test_forms_people_write(inv, line):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n" + line, 1)
    found = inv.findings("4.3.VI")
    assert [f.line for f in found] == [inv.line_of(C, line.strip()[:12])]


@pytest.mark.parametrize(
    "block",
    [
        "    contrasena:\n      Xq7mPz2026\n",
        "    codigos_recuperacion:\n      - 48217730\n      - 91042286\n",
        "    # códigos de recuperación:\n    #   4821 7730\n    #   9104 2286\n",
    ],
)
def test_values_on_the_following_lines(inv, block):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n" + block, 1)
    found = inv.findings("4.3.VI")
    assert [f.line for f in found] == [inv.line_of(C, block.strip().split("\n")[0])]


@pytest.mark.parametrize(
    "line",
    [
        "# último cambio de contraseña: 2026-10-13\n",
        "# contraseña: en resguardo de la titular\n",
        "# contraseña: pendiente\n",
        "# pin: no aplica\n",
        "# Token: revocado\n",
        "# contraseña: cambio notificado con oficio INE/CNCS/0456/2026\n",
        "# password: recuperación por redes.jlcol@ine.mx\n",
        "# restablecer la contraseña en https://x.com/INEJDE01Ags\n",
    ],
)
def test_harmless_notes_are_not_secrets(inv, line):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n" + line, 1)
    assert inv.findings("4.3.VI") == []


def test_a_ticket_in_an_incident_and_a_public_username_are_not_secrets(inv):
    inv.patch(
        C,
        "descripcion: Inicio de sesión desde un dispositivo desconocido",
        "descripcion: Inicio de sesión desconocido. Cambio de contraseña: ticket CAU-2026-001234",
    )
    text = inv.text(C)
    user = text.split("usuario: ", 1)[1].split("\n", 1)[0]
    long_user = "INEJuntaDistrital01BajaCaliforniaSur"
    inv.write(
        C,
        text.replace(f"usuario: {user}", f"usuario: {long_user}", 1).replace(
            f"/{user}", f"/{long_user}", 1
        )
        + f"# cuenta anterior: {long_user}\n",
    )
    assert inv.findings("4.3.VI") == []


def test_a_password_written_as_a_key(inv):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n    Xq7mPz2026: null\n", 1)
    [f] = inv.findings("4.3.VI")
    assert "Xq7mPz2026" not in f.text("es")


# ----------------------------------------------------------------------- issue 10: scope
@pytest.mark.parametrize(
    "rel",
    [
        "notas.txt",
        "LEEME.md",
        "notas.yaml",
        "cuentas/.notas.yaml",
        "cuentas/NOTAS.YAML",
        "cuentas/JDE01-AGS.yaml.bak",
        "cuentas/sub/x.yaml",
        ".oculto/y",
    ],
)
def test_every_file_under_the_root_is_read(inv, rel):
    inv.write(rel, f"recordatorio\ncontraseña: {PW}\n")
    found = [f for f in inv.findings("4.3.VI") if f.path == rel]
    assert [f.line for f in found] == [2]
    assert all(PW not in f.text("es") for f in found)


def test_git_folder_is_not_read_and_a_binary_file_is_a_notice(inv):
    inv.write(".git/config", f"password = {PW}\n")
    inv.path("logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + f"pwd: {PW}".encode())
    found = inv.check().findings
    assert not [f for f in found if f.path.startswith(".git")]
    [notice] = [f for f in found if f.path == "logo.png" and f.rule == "4.3.VI"]
    assert (notice.rule, notice.severity) == ("4.3.VI", "info")


def test_a_latin1_file_is_scanned_before_its_encoding_finding(inv):
    raw = (
        inv.path(C)
        .read_bytes()
        .replace(
            b"    registro: correo\n",
            "    registro: correo\n    # contraseña: Xq7mPz2026\n".encode("latin-1"),
            1,
        )
    )
    inv.path(C).write_bytes(raw)
    rules = [(f.rule, f.line) for f in inv.findings()]
    line = raw.split(b"\n").index("    # contraseña: Xq7mPz2026".encode("latin-1")) + 1
    assert ("4.3.VI", line) in rules and "yaml" in {r for r, _ in rules}


def test_a_file_named_after_a_secret(inv):
    inv.write(f"cuentas/contraseña={PW}.txt", "nada\n")
    found = inv.check().findings
    [f] = [f for f in found if f.rule == "4.3.VI"]
    assert f.message == "r.secret.in_name"
    assert any(g.rule != "4.3.VI" and g.path == f.path for g in found)  # shown, redacted
    assert all(PW not in g.path and PW not in g.text("es") for g in found)


# -------------------------------------------------------- issue 10: suppression and advice
@pytest.mark.parametrize("rules", ["4.3.VI", "4", "4.3", "4.3.VI, 4.3.VIII"])
def test_inline_ignore_of_4_3_vi_is_an_error_and_the_finding_stays(inv, rules):
    inv.patch(
        C,
        "    registro: correo\n",
        f"    registro: correo\n    # ine-lint: ignorar {rules} -- temporal\n"
        "    contrasena: Xq7mPz2026\n",
        1,
    )
    result = inv.check()
    secret = [f for f in result.findings if f.rule == "4.3.VI"]
    assert {f.message for f in secret} == {"r.secret.key", "r.secret.inline_ignore"}
    assert all(f.severity == "error" for f in secret)
    assert not [f for f in result.suppressed if f.rule == "4.3.VI"]


def test_only_a_waiver_naming_file_and_line_silences_it(inv):
    from ine_lint.config import Waiver

    inv.patch(C, "    registro: correo\n", "    registro: correo\n    contrasena: Xq7mPz2026\n", 1)
    line = inv.line_of(C, "contrasena: Xq7mPz2026")
    base: dict[str, Any] = dict(
        rule="4.3.VI",
        reason="falso positivo",
        authority="INE/CNCS/0456/2026",
        expires=date(2027, 1, 31),
    )
    for loose in (
        Waiver(**base, file=C),
        Waiver(**base, area="JDE01-AGS"),
        Waiver(**base, file=C, file_line=line + 1),
    ):
        assert inv.findings("4.3.VI", waivers=(loose,)), loose
    exact = Waiver(**base, file=C, file_line=line)
    assert inv.findings("4.3.VI", waivers=(exact,)) == []


def test_advice_in_order_in_both_languages(inv):
    inv.patch(C, "    registro: correo\n", "    registro: correo\n    contrasena: Xq7mPz2026\n", 1)
    [f] = inv.findings("4.3.VI")
    es, en = f.text("es"), f.text("en")
    steps_es = ["CAU", "titular", "4.3.IX", "git filter-repo --replace-text", "contraseña cambiada"]
    steps_en = ["CAU", "titular", "4.3.IX", "git filter-repo --replace-text", "changed password"]
    assert [es.index(s) for s in steps_es] == sorted(es.index(s) for s in steps_es)
    assert [en.index(s) for s in steps_en] == sorted(en.index(s) for s in steps_en)


def test_an_unreadable_other_file_makes_no_fact_unknown(inv):
    """A file read for secrets only holds no fact of the model: if it cannot be read, that
    is its own finding, and nothing becomes unknown for the rules."""
    from ine_lint.findings import YAML, Pos, finding, stamp
    from ine_lint.loader import LoadedFile
    from ine_lint.references import build

    broken = LoadedFile("notas.txt", "otro")
    broken.findings.append(
        stamp(finding(Pos("notas.txt"), "yaml.unreadable", reason="EACCES"), YAML)
    )
    built = build(inv.root, AS_OF, [broken])
    assert built.unknown == []
    assert [f.path for f in built.findings if f.message == "yaml.unreadable"] == ["notas.txt"]


def _vi(inv) -> list[tuple[Any, ...]]:
    """4.3.VI's findings with their column, which says where on the line the secret is."""
    return [
        (f.message, f.path, f.line, f.column, f.subject, dict(f.args))
        for f in inv.check().findings
        if f.rule == "4.3.VI"
    ]


def test_the_finding_points_at_the_label_and_names_it(inv):
    inv.patch(
        C, "    registro: correo\n", f"    registro: correo\n    notas: la clave es {SECRET}\n", 1
    )
    assert _vi(inv) == [("r.secret.key", C, inv.line_of(C, "notas:"), 15, C, {"term": "clave"})]


def test_a_value_only_hidden_does_not_stop_the_scan_of_the_file(inv):
    # contrasena_cambiada holding a word is hidden from other findings, not reported; a
    # password further down the same file still is.
    inv.patch(C, "contrasena_cambiada: 2026-05-08", "contrasena_cambiada: hunter22")
    inv.patch(C, "  - red: spotify\n", f"  - red: spotify\n    password: {SECRET}\n")
    assert _vi(inv) == [
        ("r.secret.key", C, inv.line_of(C, "password:"), 5, C, {"term": "password"})
    ]


def test_a_file_name_finding_is_on_its_first_line_and_names_the_term(inv):
    inv.write(f"cuentas/contraseña={PW}.txt", "nada\n")
    assert _vi(inv) == [
        ("r.secret.in_name", "cuentas/«oculto»", 1, 1, "cuentas/«oculto»", {"term": "contraseña"})
    ]
