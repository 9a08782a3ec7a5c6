"""`ine-lint anexos`: the PDFs read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO, SHARED

from ine_lint.cli import main

pypdf = pytest.importorskip("pypdf")

SAMPLE = REPO / "inventories"
SEED = SHARED / "seed" / "lineamientos-cuentas-redes-sociales.txt"
TEXTS = yaml.safe_load((REPO / "ine_lint" / "documents" / "anexos.yaml").read_text("utf-8"))


class Ran:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = code, stdout, stderr


def run(*args: str) -> Ran:
    """The command in this process (as ``ine-lint`` would run it), stdout and stderr apart."""
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return Ran(r.exit_code, r.stdout, r.stderr)


def flat(text: str) -> str:
    """Whitespace folded: PDF extraction breaks lines where the page does."""
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return flat(" ".join(page.extract_text() for page in reader.pages))


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"{SEED} not available outside the project workspace")
    return flat(SEED.read_text("utf-8"))


def verbatim_pieces(node: object) -> list[str]:
    """Every fixed text of the Anexos, split where a value is filled in."""
    if isinstance(node, dict):
        return [p for v in node.values() for p in verbatim_pieces(v)]
    if isinstance(node, list):
        return [p for v in node for p in verbatim_pieces(v)]
    return [flat(p) for p in re.split(r"\{\w+\}", str(node)) if flat(p)]


def test_the_texts_are_the_lineamientos_own_words():
    seed = seed_text()
    for piece in verbatim_pieces(TEXTS):
        assert piece in seed, piece


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("anexos")
    with pytest.MonkeyPatch.context() as mp:  # not the developer's cache
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        r = run(
            "anexos",
            str(SAMPLE),
            "--area",
            "JDE03-AGS",
            "--as-of",
            "2026-11-27",
            "--output",
            str(out),
        )
    assert r.returncode == 0, r.stderr
    return out, r.stderr


def test_one_anexo_1_and_an_anexo_2_per_administrator_and_active_account(sample_out):
    out, _ = sample_out
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "JDE03-AGS_2026-09-14_anexo1.pdf",
        "JDE03-AGS_2026-09-14_anexo2_arturo.jimenez_facebook_INEJDE03Ags.pdf",
        "JDE03-AGS_2026-09-14_anexo2_arturo.jimenez_x_INEJDE03Ags.pdf",
        "JDE03-AGS_2026-09-14_anexo2_diana.ruvalcaba_facebook_INEJDE03Ags.pdf",
        "JDE03-AGS_2026-09-14_anexo2_diana.ruvalcaba_x_INEJDE03Ags.pdf",
    ]
    for path in out.iterdir():
        assert pages(path) == 1, path.name  # one letter-size page each
        box = pypdf.PdfReader(path).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # letter


def test_anexo_1_has_the_verbatim_text_and_the_designation_values(sample_out):
    out, _ = sample_out
    text = pdf_text(out / "JDE03-AGS_2026-09-14_anexo1.pdf")
    for piece in verbatim_pieces(TEXTS["encabezado"]) + verbatim_pieces(TEXTS["anexo_1"]):
        assert piece in text, piece
    # Values of the designation in force on 2026-11-27 (the suplente changed on 2026-09-14).
    for value in (
        "Fecha: 14 de septiembre de 2026",
        "Nombre: Arturo Jiménez Castañeda",
        "Cargo: Vocal Secretario",
        "Correo electrónico: arturo.jimenez@ine.mx",
        "Teléfono institucional: 449 918 3300 ext. 3301",
        "Nombre: Diana Ruvalcaba Lara",
        "Cargo: Jefa de Oficina de Seguimiento y Análisis",
        "Correo electrónico: diana.ruvalcaba@ine.mx",
        "Silvia Olivares Montoya",
    ):
        assert value in text, value
    assert "Pedro Soto" not in text
    assert (
        text.index("Propietaria")
        < text.index("Arturo")
        < text.index("Suplente")
        < text.index("Diana")
    )


def test_anexo_2_fills_name_cargo_and_account_in_its_sentence(sample_out):
    out, _ = sample_out
    text = pdf_text(out / "JDE03-AGS_2026-09-14_anexo2_diana.ruvalcaba_x_INEJDE03Ags.pdf")
    for piece in verbatim_pieces(TEXTS["encabezado"]) + verbatim_pieces(TEXTS["anexo_2"]):
        assert piece in text, piece
    assert (
        "Nacional Electoral, yo Diana Ruvalcaba Lara, que a la fecha de la presente ocupo "
        "el cargo de Jefa de Oficina de Seguimiento y Análisis, asumo la responsabilidad"
    ) in text
    assert "de la cuenta INEJDE03Ags de X, así como las contraseñas" in text
    assert "Fecha: 14 de septiembre de 2026" in text  # her responsiva's date
    for number in ("I.", "II.", "III.", "IV."):
        assert f" {number} " in f" {text} "
    # Arturo stayed on: his responsiva signed under the earlier designation still holds.
    arturo = pdf_text(out / "JDE03-AGS_2026-09-14_anexo2_arturo.jimenez_facebook_INEJDE03Ags.pdf")
    assert "Fecha: 3 de noviembre de 2025" in arturo
    assert "yo Arturo Jiménez Castañeda," in arturo and "cuenta INEJDE03Ags de Facebook" in arturo


def test_complete_designation_gives_no_warning(sample_out):
    _, stderr = sample_out
    assert "aviso" not in stderr


def test_same_inventory_same_bytes_and_creation_date_from_the_designation(tmp_path, sample_out):
    out, _ = sample_out
    again = tmp_path / "again"
    r = run(
        "anexos",
        str(SAMPLE),
        "--area",
        "JDE03-AGS",
        "--as-of",
        "2026-11-28",
        "-o",
        str(again),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    for path in out.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name
    meta = pypdf.PdfReader(out / "JDE03-AGS_2026-09-14_anexo1.pdf").metadata
    assert meta["/CreationDate"].startswith("D:20260914")


def test_an_earlier_designation_and_its_accounts(tmp_path):
    r = run(
        "anexos",
        str(SAMPLE),
        "--area",
        "JDE03-AGS",
        "--designacion",
        "2025-11-03",
        "--as-of",
        "2026-11-27",
        "-o",
        str(tmp_path),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    text = pdf_text(tmp_path / "JDE03-AGS_2025-11-03_anexo1.pdf")
    assert "Nombre: Pedro Soto Esquivel" in text
    assert "Fecha: 3 de noviembre de 2025" in text
    assert (tmp_path / "JDE03-AGS_2025-11-03_anexo2_pedro.soto_x_INEJDE03Ags.pdf").exists()


def test_missing_fields_are_blank_lines_and_warnings(inv, tmp_path):
    inv.patch(
        "designaciones/JDE01-AGS.yaml",
        '      telefono_institucional: "449 910 0000 ext. 3105"\n',
        "",
    )
    inv.patch("designaciones/JDE01-AGS.yaml", "      cargo: Vocal Secretario\n", "", count=1)
    r = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path / "out"),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    warnings = r.stderr.strip().splitlines()
    assert any("teléfono institucional de la suplente" in w for w in warnings), warnings
    assert all(
        w.startswith("ine-lint: aviso: JDE01-AGS, designación del 2025-11-03: ") for w in warnings
    ), warnings
    text = pdf_text(tmp_path / "out" / "JDE01-AGS_2025-11-03_anexo1.pdf")
    assert "Teléfono institucional: 449 910 0000 ext. 3101" in text
    # The suplente's phone line is left empty for the pen: the next label follows at once.
    assert re.search(r"Teléfono institucional: Firma Administrador", text), text
    # The responsiva keeps the cargo the inventory has for it, so no blank there.
    anexo2 = pdf_text(
        tmp_path / "out" / "JDE01-AGS_2025-11-03_anexo2_juan.perez_facebook_INEJDE01Ags.pdf"
    )
    assert "ocupo el cargo de Vocal Secretario" in anexo2


def test_missing_name_in_the_sentence_is_a_line_to_fill(inv, tmp_path):
    inv.patch("designaciones/JDE01-AGS.yaml", "        cargo: Vocal Secretario\n", "")
    inv.patch("designaciones/JDE01-AGS.yaml", "      cargo: Vocal Secretario\n", "")
    r = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path),
        "-q",
        "--lang",
        "en",
    )
    assert r.returncode == 0, r.stderr
    assert (
        "ine-lint: warning: JDE01-AGS, designation of 2025-11-03: the cargo of the "
        "propietaria is not in the inventory" in r.stderr
    )
    text = pdf_text(tmp_path / "JDE01-AGS_2025-11-03_anexo2_juan.perez_facebook_INEJDE01Ags.pdf")
    assert re.search(r"ocupo el cargo de _{10,}, asumo", text), text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--area", "JDE01-AG"), "«JDE01-AG» no está en el inventario; ¿quiso decir «JDE01-AGS»?"),
        (("--area", "jde01-ags"), "¿quiso decir «JDE01-AGS»?"),
        (
            ("--area", "JDE01-AGS", "--designacion", "2024-01-01"),
            "no tiene una designación con vigente_desde 2024-01-01 (tiene: 2025-11-03)",
        ),
        (("--area", "JDE01-AGS", "--designacion", "2024-13-01"), "2024-13-01"),
        ((), "indique al menos un --area CLAVE, o --todas"),
        (("--area", "JDE01-AGS", "--todas"), "se excluyen"),
    ],
)
def test_usage_errors_are_exit_2_with_one_line(inv, tmp_path, args, needle):
    out = tmp_path / "out"
    r = run("anexos", str(inv.root), *args, "--as-of", "2026-11-30", "-o", str(out))
    assert r.returncode == 2
    assert needle in r.stderr
    if args and args[0] == "--area" and "--todas" not in args and "13" not in args[-1]:
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not out.exists() or not any(out.iterdir())  # nothing half-written


def test_no_designation_in_force(inv, tmp_path):
    r = run(
        "anexos", str(inv.root), "--area", "JDE01-AGS", "--as-of", "2025-01-01", "-o", str(tmp_path)
    )
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "ine-lint: error: el área JDE01-AGS no tiene designación "
        "vigente al 2025-01-01 (use --designacion AAAA-MM-DD)"
    )


def test_todas_and_several_areas(inv, tmp_path):
    r = run(
        "anexos", str(inv.root), "--todas", "--as-of", "2026-11-30", "-o", str(tmp_path / "a"), "-q"
    )
    assert r.returncode == 0, r.stderr
    both = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--area",
        "JDE02-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path / "b"),
        "-q",
    )
    assert both.returncode == 0, both.stderr
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert {n.split("_")[0] for n in names} == {"JDE01-AGS", "JDE02-AGS"}
    assert sum("anexo1" in n for n in names) == 2


def test_inventory_found_as_check_finds_it(inv, tmp_path, monkeypatch):
    (inv.root.parent / ".ine-lint.yaml").write_text("inventario: inventario/\n", "utf-8")
    monkeypatch.chdir(inv.root.parent)
    r = run(
        "anexos", "--area", "JDE01-AGS", "--as-of", "2026-11-30", "-o", str(tmp_path / "o"), "-q"
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o" / "JDE01-AGS_2025-11-03_anexo1.pdf").exists()


def test_accents_and_other_scripts_survive(inv, tmp_path):
    inv.patch("designaciones/JDE01-AGS.yaml", "Ana Ruiz Soto", "Ñuñoa Güemes Ærø Łódź")
    r = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    if "Helvetica" in r.stderr:
        pytest.skip("no Unicode TrueType font on this machine (Debian: fonts-dejavu-core)")
    assert "Nombre: Ñuñoa Güemes Ærø Łódź" in pdf_text(tmp_path / "JDE01-AGS_2025-11-03_anexo1.pdf")


def _render(pdf: Path, prefix: Path) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed (Debian package poppler-utils)")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-singlefile", "-png", str(pdf), str(prefix)],
        check=True,
        timeout=120,
    )
    return prefix.with_suffix(".png")


@pytest.mark.parametrize(
    "name",
    [
        "JDE03-AGS_2026-09-14_anexo1.pdf",
        "JDE03-AGS_2026-09-14_anexo2_diana.ruvalcaba_x_INEJDE03Ags.pdf",
    ],
)
def test_each_anexo_renders_to_a_page_with_ink_where_the_text_is(sample_out, tmp_path, name):
    from PIL import Image  # fpdf2 depends on Pillow

    out, _ = sample_out
    png = _render(out / name, tmp_path / "page")
    image = Image.open(png).convert("L")
    width, height = image.size
    assert abs(width / height - 8.5 / 11) < 0.01  # letter, portrait
    values = image.tobytes()  # one byte per pixel in mode L
    dark = [(i % width, i // width) for i, v in enumerate(values) if v < 128]
    assert len(dark) > 0.01 * width * height  # not blank
    # Ink inside the margins only, from the top quarter (header) to the lower third
    # (signature blocks): a print-ready page, not text run off the edge.
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    assert min(xs) > 0.05 * width and max(xs) < 0.95 * width
    assert min(ys) < 0.15 * height and max(ys) > 0.7 * height


def test_without_a_unicode_font_helvetica_and_a_warning(inv, tmp_path, monkeypatch):
    from ine_lint.documents import anexos

    monkeypatch.setattr(anexos, "FONT_CANDIDATES", ())
    monkeypatch.delenv(anexos.FONT_ENV, raising=False)
    r = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    assert "fonts-dejavu-core" in r.stderr and "Helvetica" in r.stderr
    text = pdf_text(tmp_path / "JDE01-AGS_2025-11-03_anexo1.pdf")
    assert "Nombre: Juan Pérez Gómez" in text  # Latin-1 still has the Spanish letters
    assert "Teléfono institucional:" in text


def test_font_folder_from_the_environment(inv, tmp_path, monkeypatch):
    from ine_lint.documents import anexos

    found = anexos.find_font()
    if found is None:
        pytest.skip("no TrueType font installed (Debian: fonts-dejavu-core)")
    folder = tmp_path / "fuentes"
    folder.mkdir()
    shutil.copy(found[0], folder / "Mia-Regular.ttf")
    shutil.copy(found[1], folder / "Mia-Bold.ttf")
    monkeypatch.setenv(anexos.FONT_ENV, str(folder))
    assert anexos.find_font() == (str(folder / "Mia-Regular.ttf"), str(folder / "Mia-Bold.ttf"))


def test_output_that_is_a_file_is_exit_2(inv, tmp_path):
    target = tmp_path / "ocupado"
    target.write_text("x", "utf-8")
    r = run(
        "anexos", str(inv.root), "--area", "JDE01-AGS", "--as-of", "2026-11-30", "-o", str(target)
    )
    assert r.returncode == 2
    assert r.stderr.startswith("ine-lint: error: ") and len(r.stderr.strip().splitlines()) == 1


def test_check_and_help_never_import_the_document_libraries():
    probe = (
        "import sys, ine_lint.cli as c\n"
        "from click.testing import CliRunner\n"
        "CliRunner().invoke(c.main, ['--help'])\n"
        "CliRunner().invoke(c.main, ['check', sys.argv[1], '--as-of', '2026-11-27',"
        " '--no-cache'])\n"
        "print(sorted(m for m in ('fpdf', 'openpyxl', 'PIL', 'fontTools')"
        " if m in sys.modules))"
    )
    import sys

    r = subprocess.run(
        [sys.executable, "-c", probe, str(SAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.stdout.strip() == "[]", r.stdout + r.stderr


def test_an_unreadable_designations_file_is_not_a_missing_designation(inv, tmp_path):
    inv.write("designaciones/JDE01-AGS.yaml", "area: JDE01-AGS\ndesignaciones: [\n")
    r = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path / "o"),
    )
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "ine-lint: error: designaciones/JDE01-AGS.yaml no se pudo leer: "
        "corríjalo (ine-lint check) antes de generar los Anexos"
    )


def test_schema_errors_in_the_area_files_are_announced(inv, tmp_path):
    inv.patch("designaciones/JDE01-AGS.yaml", "      nivel: operativo\n", "      nivel: jefe\n")
    r = run(
        "anexos",
        str(inv.root),
        "--area",
        "JDE01-AGS",
        "--as-of",
        "2026-11-30",
        "-o",
        str(tmp_path / "o"),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    assert (
        "ine-lint: aviso: designaciones/JDE01-AGS.yaml tiene errores de lectura o de "
        "esquema (1)" in r.stderr
    )


@pytest.mark.parametrize("where", ["anexos", "designaciones/firmas", "."])
def test_output_inside_the_inventory_is_exit_2_and_writes_nothing(inv, where):
    # A PDF inside the root is an entry the next ``check`` reports (referencia, 4.3.VI).
    target = inv.root / where
    before = sorted(p.relative_to(inv.root) for p in inv.root.rglob("*"))
    r = run(
        "anexos", str(inv.root), "--area", "JDE01-AGS", "--as-of", "2026-11-30", "-o", str(target)
    )
    assert r.returncode == 2
    assert r.stderr.startswith("ine-lint: error: ") and len(r.stderr.strip().splitlines()) == 1
    assert "dentro del inventario" in r.stderr
    assert sorted(p.relative_to(inv.root) for p in inv.root.rglob("*")) == before
