"""`ine-lint nueva-area` and `ine-lint init`: skeletons that read back as the contract."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO

from ine_lint.check import Options, check
from ine_lint.cli import main

AS_OF = date(2026, 11, 30)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, prog_name="ine-lint")


def schema_keys(kind: str) -> set[str]:
    """Every property name anywhere in a schema."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                found.add(key)
                walk(value)
            for value in node.values():
                if isinstance(value, (dict, list)):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads((REPO / "schemas" / f"{kind}.schema.json").read_text("utf-8")))
    return found


def keys_in(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in keys_in(v)}
    if isinstance(node, list):
        return {k for v in node for k in keys_in(v)}
    return set()


def commented_keys(text: str) -> set[str]:
    """Keys of the items shown as comments (lists that start empty)."""
    return set(re.findall(r"^\s*#\s+(?:- )?([a-z_]+): ~$", text, re.M))


@pytest.fixture
def with_new_area(inv):
    inv.patch(
        "areas.yaml",
        "areas:\n",
        "areas:\n  - clave: JDE03-AGS\n"
        "    nombre: 03 Junta Distrital Ejecutiva en Aguascalientes\n"
        "    tipo: junta_distrital\n    entidad: AGS\n    titular:\n"
        "      nombre: Silvia Olivares Montoya\n      cargo: Vocal Ejecutiva\n"
        "      correo: silvia.olivares@ine.mx\n",
    )
    return inv


def test_nueva_area_writes_every_key_with_comments_and_modeline(with_new_area):
    inv = with_new_area
    r = run("nueva-area", "JDE03-AGS", str(inv.root), "--as-of", "2026-11-30")
    assert r.exit_code == 0, r.output
    assert "creado designaciones/JDE03-AGS.yaml" in r.stderr
    for kind in ("designaciones", "cuentas"):
        text = inv.text(f"{kind}/JDE03-AGS.yaml")
        data = yaml.safe_load(text)
        assert data["area"] == "JDE03-AGS"
        assert keys_in(data) | commented_keys(text) == schema_keys(kind)
        first = text.splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        target = first.split("=", 1)[1]
        assert target.endswith(f"{kind}.schema.json")
        # No exported schemas in this temporary repository: the installed one, as a file URI.
        assert target.startswith("file://")
        assert all(len(line) <= 100 for line in text.splitlines())
    text = comment_text(inv.text("designaciones/JDE03-AGS.yaml"))
    assert "Nivel — mando_superior, mando_medio u operativo" in text
    assert "Valores permitidos: mando_superior | mando_medio | operativo." in text
    assert "Vigente desde — Día en que estas personas asumieron el rol" in text
    assert "Formato AAAA-MM-DD." in text
    cuentas = comment_text(inv.text("cuentas/JDE03-AGS.yaml"))
    assert "Valores permitidos: correo | cuenta_externa | telefono | otro." in cuentas


def comment_text(text: str) -> str:
    """The comments, unwrapped."""
    return " ".join(
        line.strip()[1:].strip() for line in text.splitlines() if line.strip().startswith("#")
    )


def test_the_skeleton_cannot_pass_as_compliant(with_new_area):
    inv = with_new_area
    assert run("nueva-area", "JDE03-AGS", str(inv.root)).exit_code == 0
    result = check(inv.root, Options(as_of=AS_OF))
    mine = [f for f in result.findings if "JDE03-AGS" in f.path]
    assert mine and all(f.severity == "error" for f in mine)
    by_line = {(f.path, f.line) for f in mine if f.rule == "esquema"}
    # Each «~» placeholder is an error at its own line; nothing else is (not 4.3.VI).
    for kind in ("designaciones", "cuentas"):
        rel = f"{kind}/JDE03-AGS.yaml"
        lines = [
            n
            for n, line in enumerate(inv.text(rel).splitlines(), 1)
            if re.search(r"^\s*(- )?[a-z_]+: ~$|^\s*- ~$", line)
        ]
        assert lines and all((rel, n) in by_line for n in lines), (rel, lines, by_line)
    assert {f.rule for f in mine} == {"esquema"}
    assert (
        run("check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null").exit_code == 1
    )


def test_filled_in_it_checks_clean(with_new_area):
    """Filled with the values of a compliant área, the skeleton's keys are the contract."""
    inv = with_new_area
    assert run("nueva-area", "JDE03-AGS", str(inv.root)).exit_code == 0
    template = yaml.safe_load(inv.text("designaciones/JDE01-AGS.yaml").replace("JDE01", "JDE03"))
    skeleton = yaml.safe_load(inv.text("designaciones/JDE03-AGS.yaml"))
    assert keys_in(skeleton["designaciones"][0]) >= keys_in(template["designaciones"][0])


def test_refuses_to_overwrite(with_new_area):
    inv = with_new_area
    inv.write("cuentas/JDE03-AGS.yml", "area: JDE03-AGS\ncuentas: []\n")
    r = run("nueva-area", "JDE03-AGS", str(inv.root))
    assert r.exit_code == 2
    assert r.stderr.strip() == "ine-lint: error: cuentas/JDE03-AGS.yml ya existe; no se sobrescribe"
    assert not inv.path("designaciones/JDE03-AGS.yaml").exists()  # nothing half-made
    assert inv.text("cuentas/JDE03-AGS.yml") == "area: JDE03-AGS\ncuentas: []\n"
    r = run("nueva-area", "JDE01-AGS", str(inv.root))
    assert r.exit_code == 2 and "designaciones/JDE01-AGS.yaml ya existe" in r.stderr


@pytest.mark.parametrize(
    ("clave", "hint"), [("JDE1-AGS", "JDE01-AGS"), ("jde02-ags", "JDE02-AGS"), ("ZZZZ", None)]
)
def test_refuses_a_clave_not_in_areas_with_the_closest(inv, clave, hint):
    r = run("nueva-area", clave, str(inv.root))
    assert r.exit_code == 2
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1
    assert f"la clave «{clave}» no está en areas.yaml" in line
    assert (f"¿quiso decir «{hint}»?" in line) if hint else "quiso decir" not in line
    assert not inv.path(f"cuentas/{clave}.yaml").exists()


def test_english_messages(inv):
    r = run("nueva-area", "JDE1-AGS", str(inv.root), "--lang", "en")
    assert r.exit_code == 2
    assert 'clave "JDE1-AGS" is not in areas.yaml; did you mean "JDE01-AGS"?' in r.stderr


# --------------------------------------------------------------------------- init


def test_init_empty_checks_clean_and_holds_every_file(tmp_path):
    repo = tmp_path / "repo"
    r = run("init", str(repo))
    assert r.exit_code == 0, r.output
    files = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if p.is_file())
    assert files == [
        ".github/workflows/ine-lint.yml",
        ".ine-lint.yaml",
        ".pre-commit-config.yaml",
        ".vscode/ine-lint/areas.schema.json",
        ".vscode/ine-lint/cncs.schema.json",
        ".vscode/ine-lint/correos-genericos.schema.json",
        ".vscode/ine-lint/cuentas.schema.json",
        ".vscode/ine-lint/designaciones.schema.json",
        ".vscode/ine-lint/ine-lint.schema.json",
        "inventario/areas.yaml",
        "inventario/cncs.yaml",
        "inventario/correos-genericos.yaml",
    ]
    # The same schemas ``ine-lint esquemas`` exports.
    assert run("esquemas", str(tmp_path / "exported")).exit_code == 0
    for path in (tmp_path / "exported").iterdir():
        assert (repo / ".vscode/ine-lint" / path.name).read_bytes() == path.read_bytes()
    # Without a selection, only the CNCS: the contract wants at least one área, and the CNCS
    # is in every inventory (it keeps the lists).
    areas = yaml.safe_load((repo / "inventario/areas.yaml").read_text("utf-8"))["areas"]
    assert [a["clave"] for a in areas] == ["CNCS"]
    result = check(repo / "inventario", Options(as_of=AS_OF))
    # Nothing wrong but what is left to capture: the CNCS's titular (a warning).
    assert [(f.rule, f.severity, f.message, f.area) for f in result.findings] == [
        ("esquema", "warning", "schema.placeholder", "CNCS")
    ]


def test_init_with_the_real_structure(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    r = run("init", str(repo), "--oficinas-centrales", "--entidad", "ags,col", "--entidad", "CDMX")
    assert r.exit_code == 0, r.output
    areas = yaml.safe_load((repo / "inventario/areas.yaml").read_text("utf-8"))["areas"]
    claves = [a["clave"] for a in areas]
    assert claves[:2] == ["CNCS", "DERFE"] and "DECEYEC" in claves and "UTSI" in claves
    assert claves.count("JLE-AGS") == 1 and "JDE03-AGS" in claves and "JDE04-AGS" not in claves
    assert "JDE02-COL" in claves and "JDE03-COL" not in claves
    assert "JDE22-CDMX" in claves and "JDE23-CDMX" not in claves
    assert len(claves) == 17 + (1 + 3) + (1 + 2) + (1 + 22)
    jde = next(a for a in areas if a["clave"] == "JDE01-AGS")
    assert jde["nombre"] == "01 Junta Distrital Ejecutiva en Aguascalientes"
    assert jde["tipo"] == "junta_distrital" and jde["entidad"] == "AGS"
    # From the repository root, as a user would: .ine-lint.yaml points at the inventory.
    monkeypatch.chdir(repo)
    r = run("check", "--as-of", "2026-11-30")
    assert r.exit_code == 0, r.output
    # ... and nueva-area then finds the exported schemas for its modeline.
    assert run("nueva-area", "JDE01-AGS", "-q").exit_code == 0
    first = (repo / "inventario/designaciones/JDE01-AGS.yaml").read_text("utf-8").splitlines()[0]
    assert (
        first == "# yaml-language-server: $schema=../../.vscode/ine-lint/designaciones.schema.json"
    )


def test_init_all_states_gives_the_300_districts(tmp_path):
    r = run("init", str(tmp_path / "r"), "--entidad", "todas")
    assert r.exit_code == 0, r.output
    areas = yaml.safe_load((tmp_path / "r/inventario/areas.yaml").read_text("utf-8"))["areas"]
    assert sum(a["tipo"] == "junta_distrital" for a in areas) == 300
    assert sum(a["tipo"] == "junta_local" for a in areas) == 32
    r = run("init", str(tmp_path / "s"), "--entidad", "todas", "--sin-distritales")
    areas = yaml.safe_load((tmp_path / "s/inventario/areas.yaml").read_text("utf-8"))["areas"]
    assert len(areas) == 32


def test_init_precommit_and_workflow_use_this_repository(tmp_path):
    from ine_lint import __version__

    repo = tmp_path / "repo"
    assert run("init", str(repo)).exit_code == 0
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    config = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text("utf-8"))
    [entry] = config["repos"]
    assert entry["rev"] == f"v{__version__}"
    assert {h["id"] for h in entry["hooks"]} <= {h["id"] for h in hooks}
    workflow = yaml.safe_load((repo / ".github/workflows/ine-lint.yml").read_text("utf-8"))
    steps = workflow["jobs"]["ine-lint"]["steps"]
    assert any("ine-lint check" in s.get("run", "") for s in steps)
    assert any(f"@v{__version__}" in s.get("run", "") for s in steps)


def test_init_refuses_to_overwrite_and_unknown_states(tmp_path):
    repo = tmp_path / "repo"
    (repo / "inventario").mkdir(parents=True)
    (repo / "inventario" / "areas.yaml").write_text("areas: []\n", "utf-8")
    r = run("init", str(repo))
    assert r.exit_code == 2 and "areas.yaml ya existe; init no sobrescribe nada" in r.stderr
    assert not (repo / ".ine-lint.yaml").exists()
    r = run("init", str(tmp_path / "x"), "--entidad", "AGU")
    assert r.exit_code == 2
    assert "entidad desconocida «AGU»; ¿quiso decir «AGS»?" in r.stderr
    assert not (tmp_path / "x").exists()


def test_the_ci_workflow_is_valid_for_github(tmp_path):
    """Validated with check-jsonschema's own copy of the GitHub workflow schema, when there."""
    pytest.importorskip("check_jsonschema")
    import subprocess
    import sys

    repo = tmp_path / "repo"
    assert run("init", str(repo)).exit_code == 0
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(repo / ".github/workflows/ine-lint.yml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--schemafile",
            str(repo / ".vscode/ine-lint/ine-lint.schema.json"),
            str(repo / ".ine-lint.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("command", ["anexos", "listado", "nueva-area", "init"])
def test_help_in_spanish_and_english_from_the_catalogue(command):
    es = run(command, "--help").output
    en = run(command, "--lang", "en", "--help").output
    assert es.startswith(f"Uso: ine-lint {command} [OPCIONES]")
    assert en.startswith(f"Usage: ine-lint {command} [OPTIONS]")
    options = ("--lang",) if command == "init" else ("--as-of", "--config", "--lang")
    for option in options:
        assert option in es and option in en, (command, option)
    for english in ("Usage:", "Options:", "[required]", "Show this message"):
        assert english not in es, (command, english)
    for spanish in ("Uso:", "Opciones:", "obligatorio", "Muestra este mensaje"):
        assert spanish not in en, (command, spanish)


def test_a_missing_option_is_one_line():
    r = run("anexos", "--area", "JDE01-AGS")
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and "--output" in r.stderr
