"""Which lines the 4.3.VI scanner reads: the verbs of access, which must end a word."""

from __future__ import annotations

import pytest

from ine_lint.secrets import _Scanner


def lines_read(text: str) -> list[int]:
    raw = text.encode("utf-8")
    return [raw.count(b"\n", 0, start) + 1 for start in _Scanner(text)._candidate_starts()]


@pytest.mark.parametrize(
    "line",
    [
        "para entrar usa la del correo",
        "Se entra con la de siempre",
        "acceso: la del jefe",
        "ACCEDER con la del jefe",
        "ingresar",
        "notas (acceso)",
        "x_acceso y",
        "1acceso",
    ],
)
def test_a_verb_of_access_makes_its_line_read(line):
    assert lines_read(f"area: A\n{line}\nfin: 1\n") == [2]


@pytest.mark.parametrize(
    "line",
    [
        "accesos del área",
        "accesorios",
        "ingresaron",
        "entraron",
        "accederlo",
    ],
)
def test_the_same_letters_followed_by_more_letters_do_not(line):
    assert lines_read(f"area: A\n{line}\nfin: 1\n") == []


def test_every_line_with_a_stem_is_read_once_even_after_a_rejected_one():
    text = "accesos y acceso\naccesorios\nentrar\nxx entrar, acceso\nacceso"
    assert lines_read(text) == [1, 3, 4, 5]
