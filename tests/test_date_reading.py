"""Dates written another way: one reading function, used by the esquema finding's
did-you-mean and by --fix (which only writes a date that reads one way)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ine_lint import dates, fix, schema
from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"


@pytest.mark.parametrize(
    "text,iso,ambiguous",
    [
        ("6 de octubre de 2026", "2026-10-06", False),
        ("6 de Octubre del 2026", "2026-10-06", False),
        ("06 octubre 2026", "2026-10-06", False),
        ("6-oct-2026", "2026-10-06", False),
        ("1 de setiembre de 2026", "2026-09-01", False),
        ("1 de sept. de 2026", "2026-09-01", False),
        ("October 6, 2026", "2026-10-06", False),
        ("13/10/2026", "2026-10-13", False),
        ("10/13/2026", "2026-10-13", False),
        ("2026/10/5", "2026-10-05", False),
        ("2026.10.05", "2026-10-05", False),
        ("06/10/2026", "2026-10-06", True),  # día/mes as in Mexico; 10 June is possible too
        ("2026-13-06", None, False),  # year first with month 13: a typo as likely as a swap
        ("31 de febrero de 2026", None, False),
        ("6 de octubre", None, False),
        ("6 de octubrx de 2026", None, False),
        ("30/02/2026", None, False),
        ("hoy", None, False),
    ],
)
def test_one_reading_of_a_date_written_another_way(text, iso, ambiguous):
    assert dates.read_date(text) == (iso, ambiguous)


def test_schema_and_fix_read_dates_with_the_same_function():
    assert schema.read_date is dates.read_date and fix.read_date is dates.read_date


@pytest.mark.parametrize(
    "written,hint_es,hint_en",
    [
        ("6 de octubre de 2026", "; ¿quiso decir «2026-10-06»?", '; did you mean "2026-10-06"?'),
        (
            "06/10/2026",
            "; ¿quiso decir «2026-10-06» (día/mes/año)?",
            '; did you mean "2026-10-06" (day/month/year)?',
        ),
        ("6-oct-2026", "; ¿quiso decir «2026-10-06»?", '; did you mean "2026-10-06"?'),
    ],
)
def test_the_esquema_finding_says_which_date_was_meant(inv, written, hint_es, hint_en):
    inv.patch(C, "    alta: 2024-03-01\n", f"    alta: {written}\n")
    [f] = inv.findings("esquema")
    assert f.text("es").startswith(
        f"«alta» es «{written}», que no es una fecha AAAA-MM-DD válida{hint_es}"
    )
    assert f.text("en").startswith(
        f'"alta" is "{written}", which is not a valid YYYY-MM-DD date{hint_en}'
    )


@pytest.mark.parametrize("written", ["2026-13-06", "31 de febrero de 2026"])
def test_no_guess_where_the_date_cannot_be_told(inv, written):
    inv.patch(C, "    alta: 2024-03-01\n", f"    alta: {written}\n")
    [f] = inv.findings("esquema")
    assert "quiso decir" not in f.text("es") and "did you mean" not in f.text("en")
    assert written in f.text("es")


def test_fix_writes_a_spelt_out_date_and_leaves_a_two_way_one(inv):
    inv.patch(C, "    alta: 2024-03-01\n", "    alta: 1 de marzo de 2024  # oficio\n")
    inv.patch(C, "      - fecha: 2026-08-03\n", "      - fecha: 06/10/2026\n")
    r = CliRunner().invoke(
        main,
        [
            "check",
            str(inv.root),
            "--as-of",
            "2026-11-30",
            "--config",
            "/dev/null",
            "--no-cache",
            "--fix",
        ],
        catch_exceptions=False,
    )
    assert "    alta: 2024-03-01  # oficio\n" in inv.text(C)
    assert "      - fecha: 06/10/2026\n" in inv.text(C)
    assert "día/mes o mes/día" in r.output
