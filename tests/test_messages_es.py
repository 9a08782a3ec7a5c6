"""Messages a Spanish speaker can act on: the cause, at its line, never the file's content."""

from __future__ import annotations

import pytest

from ine_lint.loader import load_text

C = "cuentas/JDE01-AGS.yaml"
SECRET = "Zq9#kLm2vX"


def syntax(text: str) -> tuple[int, int, str, str]:
    [f] = load_text(text.encode("utf-8"), C, "cuentas").findings
    return f.line, f.column, f.message, f.text("es")


HEAD = "area: JDE01-AGS\ncuentas:\n  - red: facebook\n"


def test_tab_in_indentation_is_named_at_its_line():
    line, column, key, text = syntax(HEAD + "\tusuario: INEJDE01Ags\n")
    assert (line, column, key) == (4, 1, "yaml.tab")
    assert "tabulador" in text


def test_missing_colon_is_reported_on_its_own_line():
    line, _, key, text = syntax(HEAD + f"    usuario {SECRET}\n    alta: 2024-03-01\n")
    assert (line, key) == (4, "yaml.missing_colon")
    assert "Falta «:»" in text and SECRET not in text


def test_unclosed_quote_is_reported_where_it_opens_not_at_the_end():
    body = [f"    nota{i}: x" for i in range(30)]
    text = HEAD + f'    usuario: "{SECRET}\n' + "\n".join(body) + "\n"
    assert text.count("\n") > 30
    line, _, key, message = syntax(text)
    assert (line, key) == (4, "yaml.unclosed_quote")
    assert "abierta en la línea 4" in message and SECRET not in message


def test_unclosed_quote_closed_by_a_later_quote_is_still_found():
    text = HEAD + f'    usuario: "{SECRET}\n    alta: 2024-03-01\n  - red: "x"\n    usuario: y\n'
    line, _, key, message = syntax(text)
    assert (line, key) == (4, "yaml.unclosed_quote") and SECRET not in message


@pytest.mark.parametrize("bad", ["     usuario: y\n", "   usuario: y\n", " - red: x\n"])
def test_inconsistent_indentation(bad):
    line, _, key, text = syntax(HEAD + "    alta: 2024-03-01\n" + bad)
    assert (line, key) == (5, "yaml.indent")
    assert "Sangría inconsistente" in text


def test_colon_inside_a_value():
    line, _, key, text = syntax(HEAD + f"    url: https: //{SECRET}\n")
    assert (line, key) == (4, "yaml.colon_in_value") and SECRET not in text


def test_reserved_first_character():
    line, _, key, text = syntax(HEAD + "    usuario: @INEJDE01Ags\n")
    assert (line, key) == (4, "yaml.reserved_char") and "«@»" in text
    assert "INEJDE01Ags" not in text


def test_no_syntax_message_is_in_english_or_quotes_the_file():
    texts = [
        HEAD + f"    usuario: [{SECRET}\n",
        HEAD + f"    usuario: {{{SECRET}\n",
        HEAD + f"  usuario: {SECRET}\n   - x\n",
    ]
    for text in texts:
        _, _, key, message = syntax(text)
        assert key.startswith("yaml.") and SECRET not in message
        for english in ("expected", "found", "while", "could not"):
            assert english not in message


@pytest.mark.parametrize(
    "written,meant",
    [
        ("13/10/2026", "2026-10-13"),
        ("10/13/2026", "2026-10-13"),
        ("2026/10/5", "2026-10-05"),
        ("13-10-2026", "2026-10-13"),
        ("2026-10-5", "2026-10-05"),
        ("05/10/2026", "2026-10-05» (día/mes/año)"),  # Mexico's order, said to be assumed
        ("31/02/2026", ""),
        ("13/10/26", ""),
    ],
)
def test_date_shows_what_was_found_and_the_date_it_must_mean(inv, written, meant):
    inv.patch(C, "      - fecha: 2026-10-05", f"      - fecha: {written}")
    [f] = inv.findings()
    assert (f.rule, f.message) == ("esquema", "schema.date_value")
    text = f.text("es")
    assert f"«{written}»" in text
    hint = f"¿quiso decir «{meant}?" if "»" in meant else f"¿quiso decir «{meant}»?"
    assert (hint in text) if meant else ("quiso decir" not in text)


def test_a_date_field_holding_something_else_is_not_shown_back(inv):
    inv.patch(C, "      - fecha: 2026-10-05", f"      - fecha: {SECRET}")
    found = inv.findings()
    # The esquema finding, and 4.3.VI since '#' counts as a password's symbol.
    assert sorted(f.rule for f in found) == ["4.3.VI", "esquema"]
    for f in found:
        assert SECRET not in f.text("es") and SECRET not in f.text("en")


@pytest.mark.parametrize(
    "old,new,meant,rule",
    [
        ("  - red: facebook", "  - red: Facebook", "facebook", "esquema"),
        ("  - red: facebook", "  - red: twitter", "x", "referencia"),
        ("  - red: facebook", "  - red: instagran", "instagram", "referencia"),
    ],
)
def test_platform_suggestions(inv, old, new, meant, rule):
    inv.patch(C, old, new)
    found = [f for f in inv.findings() if f.path == C]
    assert [f.rule for f in found] == [rule]
    assert f"¿quiso decir «{meant}»?" in found[0].text("es")


def test_level_written_with_a_space(inv):
    inv.patch("designaciones/JDE01-AGS.yaml", "nivel: mando_medio", "nivel: mando medio")
    [f] = inv.findings()
    assert f.message == "schema.enum" and "¿quiso decir «mando_medio»?" in f.text("es")


def test_activo_si_is_one_finding(inv):
    inv.patch(C, "      activo: true", "      activo: sí")
    [f] = inv.findings()
    assert (f.rule, f.message) == ("esquema", "schema.type")
    assert "¿quiso decir «true»?" in f.text("es")
    assert "4.3.V no se evaluó para facebook/INEJDE01Ags" in f.text("es")
