"""``ine-lint reporte``: the HTML report, checked in a real browser and as data."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import read_png, run_chromium
from click.testing import CliRunner
from conftest import REPO

from ine_lint.check import Options, check
from ine_lint.cli import main
from ine_lint.config import load_config

AS_OF = "2026-11-27"
SAMPLE_AREAS = ["CNCS", "DECEYEC", "JLE-AGS", "JDE01-AGS", "JDE02-AGS", "JDE03-AGS", "JLE-COL"]
#: The sample as of 2026-11-27 with a 30-day horizon: every cell that is not green.
NOT_GREEN = {
    ("DECEYEC", "4.2.V"): ("red", "1"),
    ("JDE02-AGS", "4.3.VIII"): ("red", "1"),
    ("JDE03-AGS", "4.1.III"): ("red", "1"),
    ("JDE03-AGS", "4.2.V"): ("red", "1"),
    ("JDE03-AGS", "4.5.III"): ("red", "1"),
    ("JLE-AGS", "4.3.VII"): ("red", "1"),
    ("JLE-COL", "4.3.IV"): ("red", "1"),
    ("JLE-COL", "4.3.V"): ("red", "1"),
    # Passwords changed on 2026-10-06 fall due on 2026-12-06, within 30 days.
    ("CNCS", "4.3.VIII"): ("amber", ""),
    ("DECEYEC", "4.3.VIII"): ("amber", ""),
    ("JLE-AGS", "4.3.VIII"): ("amber", ""),
    ("JDE01-AGS", "4.3.VIII"): ("amber", ""),
    ("JDE03-AGS", "4.3.VIII"): ("amber", ""),
    ("JLE-COL", "4.3.VIII"): ("amber", ""),
}
RULES = [
    "4.1.III",
    "4.1.IV.1",
    "4.1.IV.2",
    "4.1.IV.3",
    "4.2.II",
    "4.2.III",
    "4.2.IV",
    "4.2.V",
    "4.3.I",
    "4.3.II",
    "4.3.III",
    "4.3.IV",
    "4.3.V",
    "4.3.VI",
    "4.3.VII",
    "4.3.VIII",
    "4.3.IX",
    "4.4.II",
    "4.5.III",
]


class Matrix(HTMLParser):
    """The semáforo as the browser built it: área → [(rule, state, text)], plus ids."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, list[tuple[str, str, str]]] = {}
        self.ids: set[str] = set()
        self.links: list[str] = []
        self._area: str | None = None
        self._cell: tuple[str, str] | None = None
        self._text = ""
        self._sr = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag == "tr" and "data-area" in a:
            self._area = a["data-area"]
            self.rows[self._area or ""] = []
        elif tag == "td" and self._area is not None and "data-rule" in a:
            self._cell = (a["data-rule"] or "", a["data-state"] or "")
            self._text = ""
        elif tag == "span" and self._cell is not None and a.get("class") == "sr":
            self._sr += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._sr:
            self._sr -= 1
        elif tag == "td" and self._cell is not None and self._area is not None:
            self.rows[self._area].append((*self._cell, self._text.strip()))
            self._cell = None
        elif tag == "tr":
            self._area = None

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self._cell is not None and not self._sr:
            self._text += data


def parse(html: str) -> Matrix:
    m = Matrix()
    m.feed(html)
    return m


def sample_repo(tmp_path: Path) -> Path:
    work = tmp_path / "repo"
    shutil.copytree(REPO / "inventories", work / "inventories")
    shutil.copy(REPO / ".ine-lint.yaml", work / ".ine-lint.yaml")
    return work


def reporte(work: Path, *args: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(work)
    return CliRunner().invoke(main, ["reporte", *args], catch_exceptions=False)


@pytest.fixture
def sample_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    work = sample_repo(tmp_path)
    out = tmp_path / "reporte.html"
    r = reporte(
        work, "--as-of", AS_OF, "--horizon", "30", "--output", str(out), monkeypatch=monkeypatch
    )
    assert r.exit_code == 0, r.output
    return out


def expected_state(area: str, rule: str) -> tuple[str, str]:
    state, count = NOT_GREEN.get((area, rule), ("green", ""))
    symbol = {"red": "✖", "amber": "▲", "green": "✓"}[state]
    return state, f"{symbol} {count}".strip()


def test_browser_builds_one_row_per_area_with_the_right_cells(sample_report, tmp_path):
    done = run_chromium(sample_report, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = parse(done.stdout.decode("utf-8"))
    assert list(dom.rows) == SAMPLE_AREAS
    for area, cells in dom.rows.items():
        assert [c[0] for c in cells] == RULES
        for rule, state, text in cells:
            assert (state, text) == expected_state(area, rule), (area, rule)
    # Every link of the page lands on something in the page.
    assert dom.links and all(h.startswith("#") and h[1:] in dom.ids for h in dom.links)


def test_screenshot_is_not_blank_and_shows_the_traffic_light(sample_report, tmp_path):
    shot = tmp_path / "shot.png"
    done = run_chromium(
        sample_report, tmp_path / "profile", f"--screenshot={shot}", "--window-size=900,700"
    )
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == (900, 700)
    pixels: dict[bytes, int] = {}
    for row in rows[::2]:
        for i in range(0, len(row), 3 * 2):
            px = row[i : i + 3]
            pixels[px] = pixels.get(px, 0) + 1
    total = sum(pixels.values())
    background = max(pixels.values())
    assert background < 0.8 * total, "the page is mostly one colour"
    assert len(pixels) > 200, "too few colours for text, cards and a matrix"

    def near(rgb: tuple[int, int, int]) -> int:
        return sum(n for px, n in pixels.items() if all(abs(px[k] - rgb[k]) <= 6 for k in range(3)))

    assert near((0x8A, 0x1C, 0x5E)) > 1000  # the header band
    assert near((0xDF, 0xF3, 0xE5)) > 100  # green cells
    assert near((0xFF, 0xF1, 0xC9)) > 20  # amber cells


def test_report_is_self_contained(sample_report):
    html = sample_report.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert "@import" not in html and "url(" not in html
    refs = re.findall(r'\b(?:href|src|xlink:href)="([^"]*)"', html)
    assert refs and all(r.startswith("#") for r in refs)
    assert not re.search(r"https?://", html.split("</style>")[1])


def test_accessible_tables_and_print_stylesheet(sample_report):
    html = sample_report.read_text(encoding="utf-8")
    assert html.count("<caption") >= 2 + len(SAMPLE_AREAS)
    assert '<th scope="row"' in html and '<th scope="col"' in html
    assert "@media print" in html and "break-before: page" in html
    # A state is never told by colour alone: each cell has a symbol and words for readers.
    dom = parse(html)
    assert all(text for cells in dom.rows.values() for _, _, text in cells)
    assert html.count('<span class="sr"> incumple</span>') == 8


def test_area_detail_lists_administrators_accounts_findings_and_deadlines(sample_report):
    html = sample_report.read_text(encoding="utf-8")
    section = html.split('id="area-JDE02-AGS"')[1].split('<section class="area"')[0]
    assert "Propietaria" in section and "Suplente" in section
    assert "INEJDE02Ags" in section and "inejde02ags" in section
    assert "2026-09-15" in section and "2026-11-15 ✖ vencido" in section  # facebook, late
    assert "cuentas/JDE02-AGS.yaml:22" in section
    assert "2026-12-06" in section  # instagram's next change, within the horizon
    assert 'id="area-JDE02-AGS--4-3-VIII"' in section
    # The Threads account's rotation is suppressed on purpose: shown, not flagged.
    cncs = html.split('id="area-CNCS"')[1].split('<section class="area"')[0]
    assert "no cuenta: suprimido o exceptuado" in cncs and "vencido" not in cncs


def test_headline_figures(sample_report):
    text = " ".join(parse(sample_report.read_text(encoding="utf-8")).texts)
    text = re.sub(r"\s+", " ", text)
    assert "2 de 7 Áreas que cumplen" in text  # CNCS and JDE01-AGS
    assert "6 Errores" in text and "2 Advertencias" in text
    assert "21 Plazos próximos" in text


def test_english(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    out = tmp_path / "report.html"
    r = reporte(work, "--as-of", AS_OF, "--lang", "en", "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Traffic light by área and provision" in html
    assert "Latest password change" in html and "Último cambio" not in html


def test_file_error_makes_cells_grey_not_green(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    (work / "inventories/cuentas/JDE01-AGS.yaml").write_text("cuentas: [\n", encoding="utf-8")
    out = tmp_path / "r.html"
    r = reporte(work, "--as-of", AS_OF, "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    rows = parse(html).rows
    grey = {rule for rule, state, _ in rows["JDE01-AGS"] if state == "grey"}
    # Exactly what the file's root-cause finding says was not evaluated for the área.
    assert grey == {
        "4.1.III",
        "4.1.IV.1",
        "4.1.IV.2",
        "4.1.IV.3",
        "4.2.II",
        "4.3.I",
        "4.3.II",
        "4.3.III",
        "4.3.IV",
        "4.3.V",
        "4.3.VII",
        "4.3.VIII",
        "4.3.IX",
    }
    assert all(text == "?" for rule, state, text in rows["JDE01-AGS"] if state == "grey")
    cause = re.search(r"cuentas/JDE01-AGS.yaml:2</span></td><td>.*?</td><td>(.*?)</td>", html)
    assert cause is not None and "no se evaluaron para JDE01-AGS" in cause.group(1)
    assert all(rule in cause.group(1) for rule in grey)
    # What reads only designations, the register or the CNCS lists is still judged.
    assert {r: s for r, s, _ in rows["JDE01-AGS"]}["4.2.V"] == "green"
    # 4.1.IV.2 checks links against every account: unknown everywhere until the file is fixed.
    for area, cells in rows.items():
        states = {r: s for r, s, _ in cells}
        assert states["4.1.IV.2"] == "grey", area
        if area != "JDE01-AGS":
            assert states["4.3.V"] in ("green", "red"), area
    assert "lo que no se pudo leer está en cuentas/JDE01-AGS.yaml:2" in html
    assert "7 áreas no evaluables" in html


def test_untrusted_text_is_escaped(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    areas = work / "inventories/areas.yaml"
    areas.write_text(
        areas.read_text(encoding="utf-8").replace(
            "nombre: Junta Local Ejecutiva en Colima",
            'nombre: "<script>alert(1)</script><img src=x>"',
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    r = reporte(work, "--as-of", AS_OF, "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_usage_errors_are_one_line_and_exit_2(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    monkeypatch.chdir(work)
    runner = CliRunner()
    for args in (
        ["reporte", "--as-of", AS_OF],
        ["reporte", "no-existe", "-o", str(tmp_path / "r.html")],
        ["reporte", "-o", "inventories/r.html", "--as-of", AS_OF],
        ["calendario", "--as-of", AS_OF],
        ["calendario", "-o", str(tmp_path / "c.ics"), "--area", "NADA"],
    ):
        r = runner.invoke(main, args)
        assert r.exit_code == 2, (args, r.output)
        assert len(r.output.strip().splitlines()) == 1, (args, r.output)
        assert r.output.startswith("ine-lint: error: ")
    assert not (work / "inventories/r.html").exists()


def test_inventory_found_as_check_finds_it_and_no_progress_when_redirected(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    sub = work / "inventories" / "cuentas"
    monkeypatch.chdir(sub)  # .ine-lint.yaml above names the inventory
    monkeypatch.setenv("INE_LINT_AS_OF", AS_OF)
    out = tmp_path / "r.html"
    r = CliRunner().invoke(main, ["reporte", "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0 and r.output == ""
    assert len(parse(out.read_text(encoding="utf-8")).rows) == len(SAMPLE_AREAS)


# ------------------------------------------------------------------ trend from git history


def git(cwd: Path, *args: str, when: str | None = None) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@ine.mx",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@ine.mx",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(cwd),
    }
    if when:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{when}T12:00:00-06:00"
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True, timeout=60
    ).stdout


def trend_rows(html: str) -> list[tuple[str, ...]]:
    table = html.split('id="tendencia"')[1].split("</section>")[0]
    body = table.split("<tbody>")[1].split("</tbody>")[0]
    out = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        out.append(
            tuple(
                re.sub(r"<[^>]+>", "", c).strip()
                for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            )
        )
    return out


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_trend_checks_each_weeks_last_commit_as_of_that_day(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    git(work, "init", "-q", "-b", "main")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "inventario", when="2026-11-10")
    # A week later someone breaks an access list; the next week it is fixed.
    bad = work / "inventories/cuentas/JDE01-AGS.yaml"
    original = bad.read_text(encoding="utf-8")
    bad.write_text(
        original.replace("accesos:\n", "accesos:\n      - intruso@ine.mx\n", 1), encoding="utf-8"
    )
    git(work, "commit", "-q", "-am", "acceso de más", when="2026-11-18")
    bad.write_text(original, encoding="utf-8")
    git(work, "commit", "-q", "-am", "corregido", when="2026-11-25")
    out = tmp_path / "r.html"
    r = reporte(work, "--as-of", AS_OF, "--historia", "4", "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    rows = trend_rows(out.read_text(encoding="utf-8"))
    days = [(date(2026, 11, 27) - timedelta(days=7 * k)).isoformat() for k in (3, 2, 1, 0)]
    assert [row[0] for row in rows] == days
    assert rows[0][1:] == ("sin commits todavía",)
    # Each week: the same counts as checking that commit's files as of that day.
    waived = load_config(work / ".ine-lint.yaml").waivers
    commits = git(work, "log", "--format=%H %cs").split()
    by_day = dict(zip(commits[1::2], commits[0::2], strict=True))
    for row, day, commit_day in zip(
        rows[1:], days[1:], ("2026-11-10", "2026-11-18", "2026-11-25"), strict=True
    ):
        sha = by_day[commit_day]
        assert row[1] == sha[:10]
        export = tmp_path / f"x-{commit_day}"
        export.mkdir()
        subprocess.run(
            ["git", "-C", str(work), "archive", "-o", str(export / "a.tar"), sha],
            check=True,
            timeout=60,
        )
        shutil.unpack_archive(export / "a.tar", export, filter="data")
        res = check(
            export / "inventories",
            Options(
                as_of=date.fromisoformat(day),
                horizon=30,
                waivers=waived,
                non_working_days=(date(2026, 12, 24), date(2026, 12, 31)),
                cache_dir=None,
            ),
        )
        counts = [
            sum(1 for f in res.findings if f.severity == s) for s in ("error", "warning", "info")
        ]
        assert [int(x) for x in row[2:]] == counts, (day, row)
    assert int(rows[2][2]) == int(rows[3][2]) + 1  # the week of the extra access
    assert "<svg" in out.read_text(encoding="utf-8").split('id="tendencia"')[1]


def test_trend_without_git_repository_says_so(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    out = tmp_path / "r.html"
    r = reporte(work, "--as-of", AS_OF, "--historia", "8", "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    section = out.read_text(encoding="utf-8").split('id="tendencia"')[1].split("</section>")[0]
    assert (
        "No hay tendencia: el inventario no está en un repositorio git" in section
        or "No hay tendencia: git no está instalado" in section
    )
    assert "<svg" not in section


def test_jinja2_and_icalendar_are_imported_only_by_these_commands():
    code = (
        "import sys\nfrom ine_lint.cli import main\n"
        "try:\n    main(['check', 'inventories', '--as-of', '2026-11-27', '-q'])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in ('jinja2', 'icalendar') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_control_characters_from_the_inventory_are_shown_escaped(tmp_path, monkeypatch):
    work = sample_repo(tmp_path)
    areas = work / "inventories/areas.yaml"
    areas.write_text(
        areas.read_text(encoding="utf-8").replace(
            "nombre: Junta Local Ejecutiva en Colima",
            'nombre: "Junta\\u202eLocal\\x1b[2J en Colima"',
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    r = reporte(work, "--as-of", AS_OF, "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "\x1b" not in html and "\u202e" not in html
    assert "Junta\\u202eLocal\\x1b[2J en Colima" in html


def test_progress_bar_only_on_a_terminal(monkeypatch):
    from ine_lint.report import run

    class Tty:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stderr", Tty(False))
    assert run._progress(5, "x") is None
    monkeypatch.setattr(sys, "stderr", Tty(True))
    assert run._progress(5, "x") is not None
    assert run._progress(1, "x") is None  # a single step is not worth a bar


def test_printed_report_gives_each_area_its_own_page(sample_report, tmp_path):
    pdf = tmp_path / "reporte.pdf"
    done = run_chromium(
        sample_report, tmp_path / "profile", f"--print-to-pdf={pdf}", "--no-pdf-header-footer"
    )
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    # The overview takes at least one page; then one or more per área.
    assert pages >= 1 + len(SAMPLE_AREAS), pages


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_history_never_follows_an_inventory_folder_committed_as_a_symlink(tmp_path):
    from ine_lint.report.history import export

    work = tmp_path / "repo"
    work.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "areas.yaml").write_text("areas: []\n", encoding="utf-8")
    (work / "inventories").symlink_to(outside)
    git(work, "init", "-q", "-b", "main")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "enlace", when="2026-11-20")
    sha = git(work, "rev-parse", "HEAD").strip()
    root = export(work, "inventories", sha, tmp_path / "export")
    assert not root.is_symlink() and list(root.iterdir()) == []


def test_states_in_ine_order_junta_local_first_then_districts_by_number(tmp_path):
    from ine_lint.report.data import build_report

    root = tmp_path / "inv"
    (root / "cuentas").mkdir(parents=True)
    lines = ["areas:"]
    # Written in a scrambled order on purpose.
    for key, kind, entity in [
        ("JDE10-COL", "junta_distrital", "COL"),
        ("JDE2-COL", "junta_distrital", "COL"),
        ("JLE-COL", "junta_local", "COL"),
        ("JDE01-AGS", "junta_distrital", "AGS"),
        ("DERFE", "organo_central", None),
        ("JLE-AGS", "junta_local", "AGS"),
        ("CNCS", "organo_central", None),
    ]:
        lines += [f"  - clave: {key}", f"    nombre: Área {key}", f"    tipo: {kind}"]
        if entity:
            lines.append(f"    entidad: {entity}")
        lines += [
            "    titular:",
            "      nombre: Persona Titular",
            "      cargo: Titular",
            f"      correo: titular.{key.lower()}@ine.mx",
        ]
    (root / "areas.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check(root, Options(as_of=date(2026, 11, 27), cache_dir=None))
    data = build_report(result, "es", "inv")
    assert [(g.label, [a.key for a in g.areas]) for g in data.groups] == [
        ("Oficinas centrales", ["DERFE", "CNCS"]),
        ("Aguascalientes (AGS)", ["JLE-AGS", "JDE01-AGS"]),
        ("Colima (COL)", ["JLE-COL", "JDE2-COL", "JDE10-COL"]),
    ]


def test_english_group_summaries_are_english(tmp_path, monkeypatch):
    # Each state's row group says how many of its áreas comply; in English too.
    work = sample_repo(tmp_path)
    out = tmp_path / "report.html"
    r = reporte(work, "--as-of", AS_OF, "--lang", "en", "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    text = re.sub(r"\s+", " ", " ".join(parse(out.read_text(encoding="utf-8")).texts))
    assert "Aguascalientes (AGS) · 1 of 4 comply" in text
    assert "cumplen" not in text


def test_a_secret_in_an_inventory_value_never_reaches_the_report(tmp_path, monkeypatch):
    # 4.3.VI hides what it finds in every finding; the report also shows inventory values
    # (names, cargos, e-mails) as they are, and those must be hidden the same way.
    work = sample_repo(tmp_path)
    token = "AKIAIOSFODNN7QWERTYZ"
    designation = work / "inventories/designaciones/JLE-COL.yaml"
    designation.write_text(
        designation.read_text(encoding="utf-8").replace(
            "cargo: Vocal Secretaria\n      nivel", f'cargo: "Vocal {token}"\n      nivel', 1
        ),
        encoding="utf-8",
    )
    areas = work / "inventories/areas.yaml"
    areas.write_text(
        areas.read_text(encoding="utf-8").replace(
            "nombre: Junta Local Ejecutiva en Colima", f'nombre: "Junta {token}"'
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    r = reporte(work, "--as-of", AS_OF, "-o", str(out), monkeypatch=monkeypatch)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert 'data-rule="4.3.VI" data-state="red"' in html  # 4.3.VI did see it
    assert token not in html
    assert "Vocal «oculto»" in html and "Junta «oculto»" in html


def test_accounts_whose_provisions_could_not_be_evaluated_do_not_count_as_complying(
    tmp_path, monkeypatch
):
    # JDE01-AGS's designations cannot be read: who may access its accounts (4.1.III) and on
    # whose device their second factor must be (4.3.V) are unknown, so none of its three
    # accounts "complies fully" (unknown is not absent), as its área does not.
    work = sample_repo(tmp_path)
    out = tmp_path / "r.html"

    def headline() -> str:
        r = reporte(work, "--as-of", AS_OF, "-o", str(out), monkeypatch=monkeypatch)
        assert r.exit_code == 0, r.output
        text = re.sub(r"\s+", " ", " ".join(parse(out.read_text(encoding="utf-8")).texts))
        found = re.search(r"(\d+ de \d+) Áreas que cumplen (\d+) de 23 Cuentas que cumplen", text)
        assert found is not None
        return f"{found.group(1)} áreas, {found.group(2)} cuentas"

    intact = int(headline().split(", ")[1].split()[0])
    (work / "inventories/designaciones/JDE01-AGS.yaml").write_text(
        "area: JDE01-AGS\ndesignaciones: [\n", encoding="utf-8"
    )
    assert headline() == f"1 de 7 áreas, {intact - 3} cuentas"
    # A file every área depends on (areas.yaml, read by 4.1.III for the titulares).
    (work / "inventories/areas.yaml").write_text("areas:\n  - clave: [\n", encoding="utf-8")
    assert headline() == "0 de 7 áreas, 0 cuentas"


@pytest.mark.parametrize("order", ["link_first", "file_first"])
def test_history_never_writes_through_a_symlink_of_a_crafted_tree(tmp_path, order):
    # git accepts a tree holding a symlink and a folder (or a file) of the same name. Exported
    # naively, the folder's files land wherever the symlink points: a file write outside the
    # temporary folder, from the history a pull request author controls.
    from ine_lint.report.history import export

    work = tmp_path / "repo"
    work.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    git(work, "init", "-q", "-b", "main")

    def put(data: bytes) -> str:
        return (
            subprocess.run(
                ["git", "hash-object", "-w", "--stdin"],
                cwd=work,
                input=data,
                capture_output=True,
                check=True,
            )
            .stdout.decode()
            .strip()
        )

    def tree(lines: list[str]) -> str:
        return (
            subprocess.run(
                ["git", "mktree"],
                cwd=work,
                capture_output=True,
                check=True,
                input="".join(f"{line}\n" for line in lines).encode(),
            )
            .stdout.decode()
            .strip()
        )

    owned, link = put(b"owned\n"), put(str(outside).encode())
    victim = outside / "victim.yaml"
    victim.write_text("intact\n", encoding="utf-8")
    folder = tree([f"100644 blob {owned}\tescrito.yaml"])
    entries = [
        f"120000 blob {link}\tzz",
        f"040000 tree {folder}\tzz",
        f"120000 blob {put(str(victim).encode())}\tareas.yaml",
        f"100644 blob {owned}\tareas.yaml",
    ]
    if order == "file_first":
        entries = entries[1::-1] + entries[:1:-1]
    inventory = tree(entries)
    top = tree([f"040000 tree {inventory}\tinventories"])
    sha = git(work, "commit-tree", top, "-m", "x").strip()
    root = export(work, "inventories", sha, tmp_path / "export")
    assert sorted(p.name for p in outside.iterdir()) == ["victim.yaml"]
    assert victim.read_text(encoding="utf-8") == "intact\n"
    assert (tmp_path / "export").resolve() in root.resolve().parents or root.resolve() == (
        tmp_path / "export/inventories"
    ).resolve()
