"""4.3.VI's grammar, beside the measured corpus: the forms a blind probe found missing (each
a class of phrasing, here one example of each), the harmless notes written the same way,
and the shortcuts of the scan, each checked against the slow path it stands for.

Failure messages name the case's index, never the text (it holds a password-like string).
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ine_lint import secrets
from ine_lint.secrets import HIDDEN_KIND, scan, scan_name

SECRET_FORMS = [
    # the value, then more words
    "# contraseña: Maguey88Kw3t (no compartir)",
    "# contraseña: Maguey88Kw3t, cambiada hoy",
    "# contraseña: Maguey88Kw3t - no compartir",
    "# contraseña: Maguey88Kw3t desde el 2026-10-06",
    "# contraseña: girasol, no compartir",
    # words between the label and its colon
    "# contraseña del correo redes.x@ine.mx: Maguey88Kw3t",
    "# la clave es la de siempre: Ags2019",
    "# la clave del face es votalibre",
    # a space, a quote or another mark as the only separator
    "# contraseña Gato.Negro.Luna",
    "# password MiPerroFirulais",
    "# contraseña «Maguey88Kw3t»",
    "# contraseña “Maguey88Kw3t”",
    "# NIP 4829",
    "# nip del celular 4821",
    "# códigos de verificación 551203 889104 774201",
    "# contraseña ig; Cenzontle-2026",
    # the value written into a key, between the label and the colon
    "PIN 9769598: x",
    "  - nip 4821:",
    "contraseña Maguey88Kw3t: cuenta de fb",
    "# Contraseña | Jacaranda2026+",
    # verbs
    "# se cambió la contraseña a Maguey88Kw3x",
    "# cambié el password por Gato.Negro.Luna",
    "# le puse de contraseña Maguey88Kw3t",
    "# la nueva contraseña quedó como Maguey88Kw3t",
    "descripcion: Password cambiado a Nahual.Negro.08",
    "# para entrar usar Tortuga.Lora.19",
    # '#' inside a password; a seed in groups
    "Tapir#2026kq",
    "    notas: Tapir#2026kq",
    "# 2FA key: SOEM-IHXT-YTP7-DWOR",
    "# respaldo -> BJDNR7AW KWTODZKO MLHUZPMI MJSJV7AB",
    "x: *AAAAA2AAAAAAAAAA",
    "# changed the password to Piloncillo_44",
    "# password reset to Atole*Champurrado",
    "# ya quedó la nueva: Tejate_Oaxaca_5",
    "codigo_desbloqueo: '0913'",
    "Tuna.Roja: contraseña de la cuenta de fb",
    "remoto: https://redes:Nopal2026x@git.ine.mx/i.git",
    '"password": "Nopal2026",',
    "# the password is now BlueAgave509",
    # values on the following lines
    "clave_acceso: |\n  Pitaya.Amarilla.5",
    "contraseñas:\n  instagram: Sotol.Chihuahua.9",
    "# codigos de respaldo google\n# 1. 7928 5471\n# 2. 6577 6815",
    # a table's column, and an API key of 40 hex digits after its label
    "| red | contraseña |\n|---|---|\n| fb | Gato.Negro.77 |",
    "# api key: 4b1e0c9d2a7f3e6b8c5d1a0f9e8d7c6b5a4f3e2d",
    # labels typed wrong, the ñ lost, glued to a platform, dot leaders
    "# contrsaeña: Maguey88Kw3t",
    "# contraseÃ±a = Maguey88Kw3t",
    "# CONTRASE?A: Maguey88Kw3t",
    "passwordTikTok: Maguey88Kw3t",
    "# pass word: Maguey88Kw3t",
    "# clave de acceso........ Maguey88Kw3t",
    # PINs: a parenthesis or many words before the colon, digits in groups
    "# PIN (el de la SIM nueva, no el viejo): 4417",
    "# nip de acceso del teléfono de la oficina de redes = 7302",
    "# el NIP quedó en 58 21 04",
    # quoted passphrases, with or without a separator
    "# password: 'el nopal de mi casa'",
    "# contraseña “sol de otoño en Tepic”",
    # codes: a bare ``código``, groups joined by dashes, a flow list, ``backup``
    "# código 4410 9921 (el último que queda)",
    "# códigos que quedan: 3310-7765 9921-0045",
    'codigos_respaldo: ["55120931", "77301245"]',
    "# Instagram backup: K2PQ7ZRT9WXA, 8MNB3VCX6LKJ",
    "contrasena: {fb: Chayote.Verde.8}",
    # a user and a password together
    "# mesa.ayuda@ine.mx:Tejocote.44x",
    "# credenciales: soporte.redes@ine.mx | Guayaba#Rosa3",
    "# acceso: INEJDE05Ags - Pitahaya_Blanca_7",
    "# soporte.redes@ine.mx   Guayaba.Rosa.33",
    # prose
    "# ya se restableció y ahora es Copal_Humo_12",
    "# they reset it to Amaranto_55",
    "# pongan la de siempre, Tule.Arbol.2000",
    "# contraseña modificada ayer a Huizache_Sur_3",
    "# pwd actualizada -> ahora Mamey.Rojo.81",
    # the value on a later line: after a blank line, or after a label broken across lines
    "contrasena:\n\n    Garambullo.Azul.4",
    "# la contraseña\n# es Jamaica_Flor_29",
    # a password written as a key, commented out or in an área code's shape
    "# Cempasuchil.77: password de tiktok",
    "CERRO-88: clave nueva de fb",
    "# tapir2025: password",
    # other spellings and separators, more verbs, a table's row of label and value
    "# psswd: Maguey88Kw3t",
    "# contraseña ⇒ Maguey88Kw3t",
    "# contraseña — Maguey88Kw3t",
    "# contraseña :: Maguey88Kw3t",
    "# CONTRASEÃ‘A: Maguey88Kw3t",
    "# redes@ine.mx -> Maguey88Kw3t",
    "# la cambiaron por Maguey88Kw3t",
    "# ingresa con Maguey88Kw3t",
    "pwd:\n\n\n  Maguey88Kw3t",
    "| contraseña | Maguey88Kw3t |\n| pin | 4821 |",
    # a label and its values in a block of text, as indented as each other
    "    descripcion: |\n      Códigos de respaldo:\n      5521 0934\n      7730 1288",
    "    descripcion: |\n      password:\n      Maguey88Kw3t",
]

HARMLESS = [
    # a key that names what it is about, with no value in it
    "pin del celular: no aplica",
    "contraseña de la cuenta INEColima: en resguardo de la titular",
    "  4.3.VII: error",
    "# códigos de respaldo 2026: pendientes",
    "# cambio de contraseña 2026: pendiente",
    "pin 2026: no aplica",
    "# último cambio de contraseña: 2026-10-13",
    "# contraseña: en resguardo de la titular",
    "# contraseña: pendiente",
    "# pin: no aplica",
    "# Token: revocado",
    "Cambio de contraseña: ticket CAU-2026-001234",
    "# Cambios de contraseña: Cambios de contraseña documentados en el oficio INE/JLE/0012/2026",
    "# la contraseña se cambió el 2026-10-13 y se informó a la titular",
    # A reference to another credential names no secret: nothing to rotate because of it.
    "# contraseña: la misma que el correo institucional",
    "# contraseña de la cuenta INEColima",
    "# contraseña de WhatsApp Business",
    "# se cambió la contraseña a petición de la titular",
    "# cambié el password por seguridad",
    "# la nueva contraseña quedó como pidió UTSI",
    "# le puse la fecha de hoy al oficio",
    "    descripcion: La titular recibió aviso del cambio de contraseña (4.3.IX)",
    "# ultimo cambio de pwd 04-ago-2026, siguiente en octubre",
    "a: &a [*b, *b, *b]",
    "lol9: &lol9 [*lol8,*lol8,*lol8,*lol8]",
    "x2: &anc1 [*ref2,*ref2]",
    "# ver issue #123",
    "#Elecciones2027 #INE",
    "# la clave del área es JDE03-AGS",
    "# contraseña actualizada en el sistema SIRED2026",
    "Contraseña de la titular\nRosa Torres, Vocal Secretaria",
    "contrasena:\n  fecha: 2026-10-01\n  responsable: Rosa Torres",
    "# quedó pendiente: ver oficio",
    "# código postal 28000, Colima",
    "# pin: Convocatoria",
    "# token: OAuth",
    "# la contraseña es segura",
    "# password: LastPass",
    "# contraseña cambiada: 06.10.2026",
    "# contraseña vence: 15/12",
    "# contraseña: ******** (oculta)",
    "Facebook: contraseña en resguardo",
    # public ids and checksums, by their shape or the word before them
    "# corregido en el commit 4b1e0c9d2a7f3e6b8c5d1a0f9e8d7c6b5a4f3e2d",
    "# sha256 del anexo: " + "3c" * 32,
    "# folio en línea 1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    "# canal UCx7Rk2Qm9Tz4Wp1Ln8Vb3Hd",
    "# build id aB3dE5fG7hJ9kL1mN3pQ5rS7",
    # a status word in the value's place
    "# pwd: listo",
    "# contraseña = sin cambio",
    # a table whose header only mentions a password
    "| cuenta | fecha de cambio de contraseña |\n|---|---|\n| X | 2026-10-06 |",
    "## Cambios de contraseña\n\n| Mes | Fecha |\n|---|---|\n| oct | 2026-10-06 |",
    # the same words as the new forms, with nothing secret after them
    "# código postal: 20000",
    "# código de conducta 2026",
    "# palabra clave: #EleccionesLimpias2027",
    "# acceso: juan.perez@ine.mx",
    "# juan.perez@ine.mx ext. 4102",
    "# contraseña: [se entrega en sobre]",
    "# claves de área: JDE04-AGS, JDE05-AGS",
    "JDE01-AGS: clave del área",
    "# password: 'pendiente de asignar'",
    "# contraseña 'de la cuenta de X'",
    "duplicate keys, aliases that expand, non-UTF-8 bytes",
    "# es la de siempre: la titular firma los anexos",
    "# token id: 1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    "# sha256 de la contraseña anterior: " + "3c" * 32,
    "| módulo | killed, first pass |\n|---|---:|\n| rules | 1,267 (91.5 %) |",
    "# la cambiaron por la tarde",
    "# contraseña — pendiente",
    "# seccion2: contraseñas",
    "    descripcion: |\n      Se cambió la contraseña:\n      se avisó a la titular el mismo día",
    "    contrasena:\n    usuario: Maguey88Kw3t",
]


def _reported(text: str) -> bool:
    return any(h.kind != HIDDEN_KIND for h in scan(text + "\n"))


@pytest.mark.parametrize("index", range(len(SECRET_FORMS)))
def test_forms_a_blind_probe_found(index):
    found = _reported(SECRET_FORMS[index])  # asserted apart, so pytest never shows the text
    assert found, f"secret form #{index} not found"


@pytest.mark.parametrize("index", range(len(HARMLESS)))
def test_harmless_notes_written_the_same_way(index):
    flagged = _reported(HARMLESS[index])
    assert not flagged, f"harmless note #{index} flagged"


def test_a_public_username_after_a_label_is_dropped_when_the_inventory_publishes_it():
    line = "# contraseña de la cuenta oficial INEJuntaDistrital01BajaCaliforniaSur\n"
    assert scan(line, public={"INEJuntaDistrital01BajaCaliforniaSur"}) == []


def test_a_file_named_after_a_password_with_a_hash():
    [hit] = scan_name("cuentas/Tapir#2026kq.yaml")
    hides_stem_and_name = {"Tapir#2026kq", "Tapir#2026kq.yaml"} <= set(hit.values)
    assert hides_stem_and_name
    assert scan_name("cuentas/respaldo #2.yaml") == []


def test_a_file_name_whose_words_are_joined_by_underscores_or_dashes():
    """``contrasena_fb_X.txt`` reads as ``contrasena fb X``; a year there dates the file."""
    [hit] = scan_name("respaldos/contrasena_fb_jaguar691zq.txt")
    assert "jaguar691zq" in hit.values
    [hit] = scan_name("semilla-OCNAUU44G7CIATJGI3AJDG43QUHC3VXM.txt")
    assert "OCNAUU44G7CIATJGI3AJDG43QUHC3VXM" in hit.values
    for harmless in (
        "notas/cambios-de-contrasena-2026.md",
        "respaldos/pin-2026.txt",
        "cuentas/politica_contraseñas.txt",
        "cuentas/JDE01-AGS.yaml.bak",
    ):
        assert scan_name(harmless) == [], harmless


def test_a_public_id_quoted_by_another_finding_is_not_a_secret():
    """A field's words are shape-tested alone (``looks_secret``): a commit, a checksum or a
    UUID there is published, like in free text."""
    for word in (
        "9c1f3e7a2b4d6f8e0a1c3b5d7f9e2a4c6b8d0f1e",
        "3c" * 32,
        "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    ):
        assert not secrets.looks_secret(word), word
    assert secrets.looks_secret("Gz6Rq2Hm8Wx4Tn5K")


def test_the_values_of_a_sentence_with_two_passwords_are_both_hidden():
    [hit] = scan("# contraseña: Nopal2026 (antes: Maguey2025x)\n")
    hides_both = {"Nopal2026", "Maguey2025x"} <= set(hit.values)
    assert hides_both


def _typos(word: str) -> set[str]:
    """``word`` with one letter (not the first) dropped, doubled, or swapped with the next."""
    out = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return out - {word}


@pytest.mark.parametrize("label", ["contraseña", "contrasena", "contraseñas", "password"])
def test_every_common_typo_of_a_label_is_read_through_the_line_filter(label):
    """A label typed wrong is recognised (``_typo_label``), and the cheap search that picks
    the lines worth reading (``_STEMS``) lets every such line through: the shortcut never
    hides what the full reading finds."""
    missed = sorted(
        typo
        for typo in _typos(label)
        if not _reported(f"# {typo}: Maguey88Kw3t") or not _reported(f"{typo} = Maguey88Kw3t")
    )
    assert not missed, missed


# --------------------------------------------------------- shortcuts equal the slow path
_KEY = st.lists(
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12), min_size=1, max_size=6
).map("_".join)


@settings(max_examples=400, deadline=None)
@given(
    key=_KEY,
    number=st.one_of(st.none(), st.integers(0, 10**9)),
    value=st.text(string.ascii_letters + string.digits + "~.", min_size=1, max_size=3),
    indent=st.sampled_from(["", "    ", "  - "]),
)
def test_a_line_skipped_as_trivial_holds_nothing_by_the_full_reading(key, number, value, indent):
    """``clave_12: 1`` lines are skipped with one C match (200,000 such keys took seconds):
    the full reading of every skipped line finds nothing either."""
    if number is not None:
        key = f"{key}_{number}"
    line = f"{indent}{key}: {value}"
    trivial = secrets._TRIVIAL.fullmatch(line)
    if trivial is None or not secrets._plain_key(trivial.group(1)):
        return
    hit, _ = secrets._Scanner(line + "\n")._line(line, 1, len(line))
    assert hit is None


def test_long_keys_that_may_be_tokens_are_not_skipped():
    for key in ("ghp_" + "a1b2c3d4e5" * 3, "jbswyxdpehpkqpxpzz", "a_1_b_2_c_3_d_4_e_5_f_6"):
        line = f"{key}: 1"
        trivial = secrets._TRIVIAL.fullmatch(line)
        assert trivial is None or not secrets._plain_key(trivial.group(1))


#: The line filter's stems written plainly, one literal per branch: the grouped pattern of
#: ``secrets._STEMS`` (faster: a byte is tried against one branch) must pick the same lines.
_STEMS_PLAIN = re.compile(
    b"contr|contas|conras|cotras|contars|trase|rasen|rase\xc3\xb1"
    b"|rtase|pass|pasw|assw|sasw|pssw|psaw|pw|psw|clave|pin|nip|digo|recovery|backup|token|secret"
    b"|semilla|seed|llave|key|puse|qued(?:o|\xc3\xb3)(?![a-z])|entrar(?![a-z])"
    b"|ingresar(?![a-z])|acceder(?![a-z])|se entra|acceso(?![a-z])|ahora es|now |deje"
    b"|changed|set it|reset it|updated it|siempre|credencial|credential|la cambi|lo cambi"
    b"|ingresa con|ingrese con|ingresen con|entra con|entre con|entren con|accede con"
)


def _lines_hit(pattern: re.Pattern[bytes], text: bytes) -> set[int]:
    return {text.rfind(b"\n", 0, m.start()) for m in pattern.finditer(text)}


_STEM_TEXT = st.lists(
    st.sampled_from(
        [
            b"contrasena",
            b"contr",
            b"pass",
            b"pw",
            b"entra con",
            b"entrar",
            b"acceso",
            b"accesos",
            b"la cambi",
            b"qued\xc3\xb3",
            b"quedo",
            b"quedos",
            b"now ",
            b"rase\xc3\xb1",
            b"key",
            b"credenci",
            b"set it",
            b"se entra",
            b"ingresa con",
            b"digo",
            b"\n",
            b" ",
            b"x",
            b"a",
            b"c",
            b"e",
            b"s",
            b"t",
            b"p",
            b"o",
            b"n",
            b"r",
        ]
    ),
    max_size=40,
).map(b"".join)


@settings(max_examples=500, deadline=None)
@given(_STEM_TEXT)
def test_the_grouped_stems_pick_the_lines_the_plain_stems_pick(text):
    assert _lines_hit(secrets._STEMS, text) == _lines_hit(_STEMS_PLAIN, text)


def test_the_grouped_stems_pick_the_same_lines_on_every_corpus():
    for path in sorted((Path(__file__).parent / "data" / "secrets").glob("*.jsonl")):
        text = path.read_bytes().lower()
        assert _lines_hit(secrets._STEMS, text) == _lines_hit(_STEMS_PLAIN, text), path.name


def _slow_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(max_codepoint=0x2FF) | st.sampled_from("\u0303İﬁß"), max_size=16))
def test_the_quick_fold_is_the_fold(text):
    assert secrets.fold(text) == _slow_fold(text)
    folded, where = secrets._fold_map(text)
    assert folded == _slow_fold(text)
    assert where is None or len(where) == len(folded)


def _slow_is_random(body: str) -> bool:
    classes = [(c.islower(), c.isupper(), c.isdigit()) for c in body]
    if len({k for k in classes if any(k)}) < 2:
        return False
    if all(c in "0123456789abcdef" for c in body) or all(c in "0123456789ABCDEF" for c in body):
        return len(body) >= 32
    ratio = sum(1 for a, b in itertools.pairwise(classes) if a != b) / len(body)
    letters = [c for c in body if c.isalpha()]
    vowels = sum(c in "AEIOUaeiou" for c in letters) / len(letters) if letters else 0.0
    return ratio >= 0.4 or (ratio >= 0.3 and vowels < 0.25)


@settings(max_examples=500, deadline=None)
@given(st.text(string.ascii_letters + string.digits + "+/_-=", min_size=1, max_size=60))
def test_the_quick_random_measure_is_the_measure(body):
    assert secrets._is_random(body) == _slow_is_random(body)
