"""4.3.VI from an attacker's side: what the red-team round found, each pinned.

Every case is a way a pull request's author could get a secret printed, cached or past the
check: a value YAML builds from escapes or folded lines (in no source line as written), a
value ine-lint re-cases before quoting it, a file named after a secret loaded by a document
command, a path in an error that stops the run, the pull request's own configuration.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from ine_lint.cli import main
from ine_lint.reporters import REPORTER_BY_NAME

SECRET = "Tz9#qLm4Vw2x"
#: What a grep for the secret looks for: its longest run of letters and digits, any case.
CORE = "qlm4vw2x"


def leaked(text: str) -> bool:
    return CORE in text.lower()


def outputs(inv) -> str:
    """Every format in both languages, suppressed findings included."""
    result = inv.check()
    out = []
    for fmt in sorted(REPORTER_BY_NAME):
        for lang in ("es", "en"):
            stream = io.StringIO()
            REPORTER_BY_NAME[fmt](lang=lang, show_suppressed=True).write(result, stream)
            out.append(stream.getvalue())
    return "\n".join(out)


def cache_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


ESCAPED = "".join(f"\\x{ord(c):02x}" for c in SECRET)


@pytest.mark.parametrize(
    ("rel", "old", "new"),
    [
        # Escapes: the parsed value is the secret, no line holds it as written.
        ("cuentas/JDE01-AGS.yaml", "area: JDE01-AGS", f'area: "{ESCAPED}"'),
        ("cuentas/JDE01-AGS.yaml", "usuario: INEJDE01Ags", f'usuario: "{ESCAPED}"'),
        ("cuentas/JDE01-AGS.yaml", "red: facebook", 'red: "Tz9\\x23qLm4Vw2x"'),
        ("areas.yaml", "  - clave: JDE01-AGS", f'  - clave: "{ESCAPED}"'),
        (
            "cuentas/JDE01-AGS.yaml",
            "    usuario: INEJDE01Ags",
            f'    "{ESCAPED}": 1\n    usuario: INEJDE01Ags',
        ),
        # A double-quoted line break escaped: the two halves are joined with nothing between.
        (
            "designaciones/JDE01-AGS.yaml",
            "cuenta: facebook/INEJDE01Ags",
            'cuenta: "facebook/Tz9#qL\\\n          m4Vw2x"',
        ),
        ("cuentas/JDE01-AGS.yaml", "area: JDE01-AGS", 'area: "Tz9#qL\\\n  m4Vw2x"'),
        # Re-cased by ine-lint before it is quoted (a red is compared in lower case).
        ("cuentas/JDE01-AGS.yaml", "red: facebook", f"red: {SECRET}"),
    ],
    ids=[
        "area-escaped",
        "usuario-escaped",
        "red-escaped",
        "clave-escaped",
        "key-escaped",
        "cuenta-folded",
        "area-folded",
        "red-recased",
    ],
)
def test_values_yaml_or_ine_lint_rewrite_are_found_and_hidden(
    inv, tmp_path, monkeypatch, rel, old, new
):
    inv.patch(rel, old, new)
    found = inv.findings("4.3.VI")
    assert any(f.path == rel and f.severity == "error" for f in found), found
    assert not leaked(outputs(inv))
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    for _ in range(2):  # cold, then warm
        r = CliRunner().invoke(
            main, ["check", str(inv.root), "--format", "json", "--as-of", "2026-11-30"]
        )
        assert not leaked(r.output)
    assert CORE.encode() not in cache_bytes(home).lower()


def test_an_escaped_ordinary_value_is_no_secret(inv):
    # Escapes alone are no reason: an accent written as an escape is an ordinary name.
    inv.patch("areas.yaml", "nombre: Ricardo Dávila Romo", 'nombre: "Ricardo D\\u00e1vila Romo"')
    assert inv.findings("4.3.VI") == []


def test_document_commands_do_not_cache_a_file_named_after_a_secret(inv, tmp_path, monkeypatch):
    inv.write(f"cuentas/{SECRET}.yaml", "area: JDE01-AGS\ncuentas: []\n")
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    out = tmp_path / "salida"
    out.mkdir()
    for args in (
        ["listado", "-o", str(out / "l.csv")],
        ["reporte", "-o", str(out / "r.html")],
        ["calendario", "-o", str(out / "c.ics")],
    ):
        r = CliRunner().invoke(main, [*args, str(inv.root), "--as-of", "2026-11-30"])
        assert not leaked(r.output)
        assert CORE.encode() not in cache_bytes(home).lower(), args


@pytest.mark.parametrize("name", ["Maguey88Kw3t", "maguey88kw3t"])
def test_a_folder_named_like_a_secret_a_file_holds_is_not_kept_among_clean_names(
    inv, tmp_path, monkeypatch, name
):
    # Letters and digits alone are no secret in a name (a public username looks the same),
    # but a file's content shows this one is a password: the cache keeps no copy of it,
    # in any case, under any of its folders' names.
    inv.write("notas.txt", "contraseña: Maguey88Kw3t\n")
    inv.write(f"{name}/LEEME.txt", "carpeta de respaldo\n")
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    for _ in range(2):  # the first run writes the names; the second reads and keeps them
        r = CliRunner().invoke(main, ["check", str(inv.root), "--as-of", "2026-11-30"])
        assert "88kw3t" not in r.output.lower()
        assert b"88kw3t" not in cache_bytes(home).lower()
    assert any((home / "ine-lint").rglob("*")), "the run wrote no cache at all"


def test_an_error_that_stops_the_run_hides_a_secret_in_a_path_and_names_the_rest(inv, tmp_path):
    config = tmp_path / ".ine-lint.yaml"
    config.write_text(f"inventario: {inv.root.name}/{SECRET}\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--config", str(config), "--as-of", "2026-11-30"])
    assert r.exit_code == 2
    assert not leaked(r.output)
    assert inv.root.name in r.output  # the rest of the path still says where


def test_an_error_on_a_latin1_configuration_names_the_file(tmp_path, inv):
    config = tmp_path / ".ine-lint.yaml"
    config.write_bytes("idioma: es\n# contrase\xf1a: Gq7Lp3Kw9Zr2\n".encode("latin-1"))
    r = CliRunner().invoke(
        main, ["check", str(inv.root), "--config", str(config), "--as-of", "2026-11-30"]
    )
    assert r.exit_code == 2
    assert "Gq7Lp3Kw9Zr2" not in r.output
    assert ".ine-lint.yaml" in r.output, r.output


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _branch(inv, monkeypatch) -> Path:
    """The inventory in a repository: ``main`` as it is, the branch ``pr`` checked out."""
    repo: Path = inv.root.parent
    (repo / ".ine-lint.yaml").write_text(f"inventario: {inv.root.name}/\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "pr")
    monkeypatch.chdir(repo)
    return repo


@pytest.mark.parametrize("line", ["contrasena: Hk3#vWq8Lp2z", "aaa: Hk3#vWq8Lp2z"])
def test_base_reads_the_pull_requests_own_configuration_for_secrets(inv, line, monkeypatch):
    repo = _branch(inv, monkeypatch)
    with (repo / ".ine-lint.yaml").open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    _git(repo, "commit", "-qam", "pr")
    r = CliRunner().invoke(
        main, ["check", "--base", "main", "--format", "conciso", "--as-of", "2026-11-30"]
    )
    assert "Hk3#vWq8Lp2z" not in r.output
    assert "vWq8Lp2z" not in r.output
    assert any(
        ln.startswith(".ine-lint.yaml:2:") and " 4.3.VI error " in ln
        for ln in r.output.splitlines()
    ), r.output
    assert r.exit_code == 1


def _leak_then_remove(repo: Path, notes: Path, text: str) -> None:
    """Two commits on the branch: ``notes`` written with ``text``, then emptied of it."""
    notes.write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "leak")
    notes.write_text("pendientes\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "oops")


def test_base_reports_a_secret_added_and_removed_within_the_branch(inv, monkeypatch):
    repo = _branch(inv, monkeypatch)
    notes = inv.root / "notas.txt"
    _leak_then_remove(repo, notes, "contraseña: Hk3#vWq8Lp2z\n")
    for fmt in ("conciso", "sarif", "json"):
        r = CliRunner().invoke(
            main, ["check", "--base", "main", "--format", fmt, "--as-of", "2026-11-30"]
        )
        assert "vWq8Lp2z" not in r.output
        assert r.exit_code == 1
    lines = [ln for ln in r.output.splitlines() if "notas.txt" in ln]
    r = CliRunner().invoke(
        main, ["check", "--base", "main", "--format", "conciso", "--as-of", "2026-11-30"]
    )
    hits = [ln for ln in r.output.splitlines() if " 4.3.VI error " in ln]
    assert len(hits) == 1 and "notas.txt" in hits[0], r.output
    assert lines
    # Without the removal it is reported where it is, once, not again as history.
    notes.write_text("contraseña: Hk3#vWq8Lp2z\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "back")
    r = CliRunner().invoke(
        main, ["check", "--base", "main", "--format", "conciso", "--as-of", "2026-11-30"]
    )
    hits = [ln for ln in r.output.splitlines() if " 4.3.VI error " in ln]
    assert len(hits) == 1 and "historia" not in hits[0], r.output


def _branch_4_3_vi(*extra: str) -> list[str]:
    r = CliRunner().invoke(
        main,
        ["check", "--base", "main", "--format", "conciso", "--as-of", "2026-11-30", *extra],
    )
    assert "vWq8Lp2z" not in r.output
    return [ln for ln in r.output.splitlines() if " 4.3.VI " in ln]


def test_an_added_line_that_looks_like_a_diff_header_hides_nothing(inv, monkeypatch):
    # In ``git log -p`` an added line ``++ x`` reads ``+++ x``: only a file's header names
    # a file, so the lines after it still belong to the file they were added to.
    repo = _branch(inv, monkeypatch)
    _leak_then_remove(
        repo, inv.root / "notas.txt", "++ /dev/null\n++ b/otro.txt\ncontraseña: Hk3#vWq8Lp2z\n"
    )
    hits = _branch_4_3_vi()
    assert len(hits) == 1 and "notas.txt" in hits[0] and " error " in hits[0], hits


def test_a_branch_longer_than_is_read_says_so(inv, monkeypatch):
    from ine_lint import branch_secrets

    repo = _branch(inv, monkeypatch)
    _leak_then_remove(
        repo, inv.root / "notas.txt", "relleno\n" * 200 + "contraseña: Hk3#vWq8Lp2z\n"
    )
    # Read in full: the secret is found, and nothing says the history was cut.
    hits = _branch_4_3_vi()
    assert len(hits) == 1 and "notas.txt" in hits[0], hits
    # Cut before the secret: no error, and an info notice that the rest was not read.
    monkeypatch.setattr(branch_secrets, "MAX_LOG_BYTES", 400)
    hits = _branch_4_3_vi("--lang", "en")
    assert len(hits) == 1 and " info " in hits[0] and "exceed 400 bytes" in hits[0], hits


def test_a_branch_git_cannot_read_says_so(inv, monkeypatch):
    repo = _branch(inv, monkeypatch)
    (inv.root / "notas.txt").write_text("pendientes\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "notes")
    # The branch's last commit loses its tree (a broken clone): its diff cannot be read.
    tree = subprocess.run(
        ["git", "rev-parse", "HEAD^{tree}"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    (repo / ".git" / "objects" / tree[:2] / tree[2:]).unlink()
    hits = _branch_4_3_vi("--lang", "en")
    assert len(hits) == 1 and " info " in hits[0] and "git could not read it" in hits[0], hits


def test_reading_the_branch_runs_no_textconv_driver(inv, monkeypatch, tmp_path):
    # A repository may name a diff driver in .gitattributes; ``git log -p`` would run the
    # command configured for it. The branch's diff is read as stored, running nothing.
    repo = _branch(inv, monkeypatch)
    ran = tmp_path / "ran"
    _git(repo, "config", "diff.evil.textconv", f"sh -c 'touch {ran}; cat \"$1\"' -")
    (inv.root / ".gitattributes").write_text("*.txt diff=evil\n", encoding="utf-8")
    _leak_then_remove(repo, inv.root / "notas.txt", "contraseña: Hk3#vWq8Lp2z\n")
    hits = _branch_4_3_vi()
    assert len(hits) == 1 and "notas.txt" in hits[0], hits
    assert not ran.exists()


@pytest.mark.parametrize("name", ["contraseñas.txt", "notas\tviejas.txt", 'mis "claves".txt'])
def test_a_file_git_quotes_in_its_diff_is_still_read(inv, monkeypatch, name):
    # git writes such a path as "b/contrase\303\261as.txt": unquoted, not skipped.
    repo = _branch(inv, monkeypatch)
    _leak_then_remove(repo, inv.root / name, "contraseña: Hk3#vWq8Lp2z\n")
    hits = _branch_4_3_vi()
    assert len(hits) == 1 and " error " in hits[0], hits


def test_a_folder_now_a_link_out_of_the_inventory_is_not_read(inv, monkeypatch, tmp_path):
    # The branch added the secret under notas/, then made notas a link to a folder outside
    # that holds the same line: that file is not read, so the secret counts as removed.
    repo = _branch(inv, monkeypatch)
    notes = inv.root / "notas" / "a.txt"
    notes.parent.mkdir()
    notes.write_text("contraseña: Hk3#vWq8Lp2z\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "leak")
    outside = tmp_path / "fuera"
    outside.mkdir()
    (outside / "a.txt").write_text("contraseña: Hk3#vWq8Lp2z\n", encoding="utf-8")
    _git(repo, "rm", "-rq", str(notes.parent))
    (inv.root / "notas").symlink_to(outside)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "link")
    hits = [h for h in _branch_4_3_vi() if "historia" in h]
    assert len(hits) == 1 and "notas/a.txt" in hits[0], hits
