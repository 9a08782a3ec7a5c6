"""`ine-lint listado`: the CSV read back with csv, the XLSX with openpyxl."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from ine_lint.cli import main

openpyxl = pytest.importorskip("openpyxl")

SAMPLE = REPO / "inventories"
HEADERS = [
    "Clave del área",
    "Área",
    "Rol",
    "Nombre",
    "Cargo",
    "Nivel",
    "Correo electrónico",
    "Teléfono institucional",
    "Vigente desde",
    "Oficio de designación",
    "Correos genéricos del área",
    "Cuentas del área",
    "Hallazgos (4.2.III, 4.5.III)",
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_of_the_sample_one_row_per_person_and_area(tmp_path):
    out = tmp_path / "listado.csv"
    r = run("listado", str(SAMPLE), "--as-of", "2026-11-27", "--output", str(out))
    assert r.exit_code == 0, r.output
    rows = read_csv(out)
    assert list(rows[0]) == HEADERS
    assert len(rows) == 14  # seven áreas, propietaria and suplente each
    assert [(row["Clave del área"], row["Rol"]) for row in rows[:2]] == [
        ("CNCS", "propietaria"),
        ("CNCS", "suplente"),
    ]
    diana = next(row for row in rows if row["Nombre"] == "Diana Ruvalcaba Lara")
    assert diana == {
        "Clave del área": "JDE03-AGS",
        "Área": "03 Junta Distrital Ejecutiva en Aguascalientes",
        "Rol": "suplente",
        "Nombre": "Diana Ruvalcaba Lara",
        "Cargo": "Jefa de Oficina de Seguimiento y Análisis",
        "Nivel": "operativo",
        "Correo electrónico": "diana.ruvalcaba@ine.mx",
        "Teléfono institucional": "449 918 3300 ext. 3307",
        "Vigente desde": "2026-09-14",
        "Oficio de designación": "INE/JDE03-AGS/0412/2026",
        "Correos genéricos del área": "redes.jd03ags@ine.mx",
        "Cuentas del área": "facebook/INEJDE03Ags; x/INEJDE03Ags",
        "Hallazgos (4.2.III, 4.5.III)": "4.5.III",
    }
    # The sample's 4.5.III warning is JDE03-AGS's new suplente (Arturo stayed on as
    # propietaria, and the 2025 list covers him); nobody else is marked.
    marked = {row["Nombre"] for row in rows if row["Hallazgos (4.2.III, 4.5.III)"]}
    assert marked == {"Diana Ruvalcaba Lara"}
    assert "Pedro Soto Esquivel" not in {row["Nombre"] for row in rows}
    assert "personas administradoras vigentes al 2026-11-27" in r.stderr


def test_as_of_picks_the_designation_in_force(tmp_path):
    out = tmp_path / "antes.csv"
    assert run("listado", str(SAMPLE), "--as-of", "2026-09-01", "-o", str(out)).exit_code == 0
    rows = read_csv(out)
    names = {row["Nombre"] for row in rows if row["Clave del área"] == "JDE03-AGS"}
    assert names == {"Arturo Jiménez Castañeda", "Pedro Soto Esquivel"}


def test_marks_come_from_the_real_check(inv, tmp_path):
    out = tmp_path / "l.csv"
    assert run("listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(out)).exit_code == 0
    assert not any(row["Hallazgos (4.2.III, 4.5.III)"] for row in read_csv(out))
    inv.patch(
        "designaciones/JDE01-AGS.yaml", "      nivel: operativo\n", "      nivel: mando_superior\n"
    )
    inv.patch("cncs.yaml", "      - juan.perez@ine.mx\n", "")
    assert run("listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(out)).exit_code == 0
    marks = {row["Nombre"]: row["Hallazgos (4.2.III, 4.5.III)"] for row in read_csv(out)}
    assert marks["Ana Ruiz Soto"] == "4.2.III"  # a suplente cannot be mando superior
    assert marks["Juan Pérez Gómez"] == "4.5.III"  # on no CNCS list
    assert [k for k, v in marks.items() if v] == ["Juan Pérez Gómez", "Ana Ruiz Soto"]


def test_a_waived_finding_does_not_mark(inv, tmp_path):
    inv.patch("cncs.yaml", "      - juan.perez@ine.mx\n", "")
    config = tmp_path / "c.yaml"
    config.write_text(
        "excepciones:\n  - regla: 4.5.III\n    area: JDE01-AGS\n"
        "    motivo: Listado en trámite\n    autoriza: INE/CNCS/1/2026\n"
        "    vence: 2027-01-31\n",
        "utf-8",
    )
    out = tmp_path / "l.csv"
    r = run(
        "listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(out), "--config", str(config)
    )
    assert r.exit_code == 0, r.output
    assert not any(row["Hallazgos (4.2.III, 4.5.III)"] for row in read_csv(out))


def test_xlsx_header_styled_frozen_filtered_and_fitted(tmp_path):
    out = tmp_path / "listado.xlsx"
    r = run("listado", str(SAMPLE), "--as-of", "2026-11-27", "-o", str(out))
    assert r.exit_code == 0, r.output
    sheet = openpyxl.load_workbook(out).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == HEADERS
    assert len(values) == 15
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M15"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet["A1"].fill.fill_type == "solid"
    for index, column in enumerate(zip(*values, strict=True), start=1):
        letter = openpyxl.utils.get_column_letter(index)
        width = sheet.column_dimensions[letter].width
        longest = max(len(line) for v in column for line in str(v or "").split("\n"))
        assert longest <= width <= max(longest + 6, 12), (letter, width, longest)
    # Several accounts: one per line of a wrapped cell.
    cncs = sheet["L2"]
    assert cncs.value.split("\n")[:2] == ["facebook/INEComunicacion", "instagram/inecomunicacion"]
    assert cncs.alignment.wrap_text
    # Same rows as the CSV, where lists are joined by "; ".
    csv_out = tmp_path / "listado.csv"
    run("listado", str(SAMPLE), "--as-of", "2026-11-27", "-o", str(csv_out))
    assert [[(v or "").replace("\n", "; ") for v in row] for row in values[1:]] == [
        list(row.values()) for row in read_csv(csv_out)
    ]


def test_para_utsi_keeps_what_utsi_needs_in_english(tmp_path):
    out = tmp_path / "utsi.xlsx"
    r = run(
        "listado",
        str(SAMPLE),
        "--as-of",
        "2026-11-27",
        "-o",
        str(out),
        "--para-utsi",
        "--lang",
        "en",
    )
    assert r.exit_code == 0, r.output
    values = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert list(values[0]) == [
        "Área key",
        "Área",
        "Role",
        "Name",
        "Position (cargo)",
        "E-mail",
        "Institutional phone",
        "Área's generic mailboxes",
    ]
    assert (
        "JLE-COL",
        "Junta Local Ejecutiva en Colima",
        "suplente",
        "Iván Zamora Ceballos",
        "Jefe de Oficina de Seguimiento y Análisis",
        "ivan.zamora@ine.mx",
        "312 316 1800 ext. 4108",
        "redes.jlcol@ine.mx",
    ) in values
    assert "administrators in office on 2026-11-27" in r.stderr


@pytest.mark.parametrize("name", ["listado.txt", "listado"])
def test_other_extensions_are_exit_2(tmp_path, name):
    r = run("listado", str(SAMPLE), "--as-of", "2026-11-27", "-o", str(tmp_path / name))
    assert r.exit_code == 2
    assert r.stderr.strip().endswith("la extensión debe ser .csv o .xlsx")
    assert len(r.stderr.strip().splitlines()) == 1


def test_unwritable_output_is_exit_2(tmp_path):
    r = run(
        "listado",
        str(SAMPLE),
        "--as-of",
        "2026-11-27",
        "-o",
        str(tmp_path / "no" / "hay" / "l.csv"),
    )
    assert r.exit_code == 2
    assert "no se puede escribir" in r.stderr


def test_output_that_is_a_folder_is_exit_2(tmp_path):
    folder = tmp_path / "l.csv"
    folder.mkdir()
    r = run("listado", str(SAMPLE), "--as-of", "2026-11-27", "-o", str(folder))
    assert r.exit_code == 2
    assert (
        r.stderr.strip() == f"ine-lint: error: {folder}: es una carpeta; indique un archivo "
        ".csv o .xlsx"
    )


def test_an_unreadable_file_is_announced_not_silently_left_out(inv, tmp_path):
    inv.write("designaciones/JDE02-AGS.yaml", "area: JDE02-AGS\ndesignaciones: [\n")
    out = tmp_path / "l.csv"
    r = run("listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert "designaciones/JDE02-AGS.yaml tiene errores de lectura o de esquema (1)" in r.stderr
    assert {row["Clave del área"] for row in read_csv(out)} == {"JDE01-AGS"}


@pytest.mark.parametrize("name", ["listado.csv", "cuentas/listado.xlsx"])
def test_output_inside_the_inventory_is_exit_2(inv, name):
    # The list inside the root would be an entry the next ``check`` reports.
    target = inv.root / name
    r = run("listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(target))
    assert r.exit_code == 2
    assert r.stderr.startswith("ine-lint: error: ") and len(r.stderr.strip().splitlines()) == 1
    assert "dentro del inventario" in r.stderr
    assert not target.exists()


def test_a_person_whose_marks_could_not_be_evaluated_is_not_left_blank(inv, tmp_path):
    # Unknown is not absent: with an unreadable nivel, 4.2.III and 4.5.III were not
    # evaluated for the área, and an empty cell would read as "no finding".
    inv.patch("designaciones/JDE01-AGS.yaml", "      nivel: operativo\n", "      nivel: jefe\n")
    out = tmp_path / "l.csv"
    r = run("listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(out))
    assert r.exit_code == 0, r.output
    marks = {row["Nombre"]: row["Hallazgos (4.2.III, 4.5.III)"] for row in read_csv(out)}
    assert marks["Ana Ruiz Soto"] == "4.2.III no evaluado; 4.5.III no evaluado"
    assert marks["Juan Pérez Gómez"] == "4.2.III no evaluado; 4.5.III no evaluado"
    assert not any(v for k, v in marks.items() if k not in ("Ana Ruiz Soto", "Juan Pérez Gómez"))
    en = tmp_path / "en.csv"
    assert (
        run(
            "listado", str(inv.root), "--as-of", "2026-11-30", "-o", str(en), "--lang", "en"
        ).exit_code
        == 0
    )
    rows = read_csv(en)
    assert {
        row["Findings (4.2.III, 4.5.III)"] for row in rows if row["Name"] == "Ana Ruiz Soto"
    } == {"4.2.III not evaluated; 4.5.III not evaluated"}


def test_xlsx_same_inventory_same_bytes_whatever_the_clock(tmp_path, monkeypatch):
    # Like the Anexos, the list can be committed and diffed: the ZIP entries carry the as-of
    # date, not the moment of the run.
    import time
    import zipfile

    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run("listado", str(SAMPLE), "--as-of", "2026-11-27", "-o", str(first)).exit_code == 0
    later = time.time() + 3 * 86400 + 7
    monkeypatch.setattr(time, "time", lambda: later)
    assert run("listado", str(SAMPLE), "--as-of", "2026-11-27", "-o", str(second)).exit_code == 0
    with zipfile.ZipFile(first) as book:
        assert {info.date_time for info in book.infolist()} == {(2026, 11, 27, 0, 0, 0)}
        core = book.read("docProps/core.xml").decode()
    assert core.count("2026-11-27T00:00:00Z") == 2  # created and modified: the as-of date
    assert openpyxl.load_workbook(first).properties.modified.date().isoformat() == "2026-11-27"
    assert first.read_bytes() == second.read_bytes()
