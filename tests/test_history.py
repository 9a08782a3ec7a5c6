"""--base: the change judged against its base revision (historial, configuration, --nuevos)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import BASE, Inv

from ine_lint.cli import main

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="needs the git program (Debian package git)"
)

C = "inventario/cuentas/JDE01-AGS.yaml"
D = "inventario/designaciones/JDE01-AGS.yaml"
AS_OF = "2026-11-30"


def git(repo, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@ine.mx",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@ine.mx",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository whose first commit is the compliant inventory; cwd at its root."""
    top = tmp_path / "repo"
    shutil.copytree(BASE, top / "inventario")
    (top / ".ine-lint.yaml").write_text("inventario: inventario/\n", encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "base")
    monkeypatch.chdir(top)
    return Inv(top)


def run(*args: str):
    return CliRunner().invoke(
        main, ["check", "--as-of", AS_OF, "--no-cache", *args], catch_exceptions=False
    )


def history(*args: str, lang: str = "es") -> list[dict[str, Any]]:
    r = run("--base", "main", "--format", "json", "--lang", lang, *args)
    assert r.exit_code in (0, 1), r.output
    return [f for f in json.loads(r.output)["findings"] if f["rule"] == "historial"]


def test_an_unchanged_tree_and_new_entries_are_clean(repo):
    assert history() == []
    # Appending a password change, an incident, a report: the trail grows, nothing is lost.
    repo.patch(
        C,
        "    incidentes:\n",
        "      - fecha: 2026-11-27\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-11-27\n    incidentes:\n",
    )
    repo.patch(
        D,
        "    fecha: 2026-11-03\n    adjunta_formatos: true\n",
        "    fecha: 2026-11-03\n    adjunta_formatos: true\n"
        "  - oficio: INE/JDE01-AGS/0099/2026\n    fecha: 2026-11-27\n"
        "    adjunta_formatos: true\n",
    )
    assert history() == []


def test_reordering_and_filling_in_a_missing_fact_change_no_record(repo):
    text = repo.text(C)
    first = "      - fecha: 2026-08-03\n        conforme_utsi: true\n        notificado_titular: 2026-08-03\n"
    second = (
        "      - fecha: 2026-10-05\n        conforme_utsi: true\n        notificado_titular: 2026-10-05\n"
        "        ticket_cau: CAU-2026-004512\n"
    )
    repo.write(C, text.replace(first + second, second + first))
    repo.patch(
        C,
        "        notificado_titular: 2026-08-03\n",
        "        notificado_titular: 2026-08-03\n        ticket_cau: CAU-2026-003001\n",
    )
    assert history() == []


def test_a_deleted_password_change_is_reported_with_its_old_value(repo):
    repo.patch(
        C,
        "      - fecha: 2026-08-03\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-08-03\n",
        "",
    )
    [f] = history()
    assert f["severity"] == "error"
    assert f["path"] == C and f["line"] == repo.line_of(C, "cambios_contrasena:")
    assert f["subject"] == "facebook/INEJDE01Ags"
    assert "2026-08-03" in f["message"] and "cambios_contrasena" in f["message"]
    assert "main" in f["message"]
    r = run("--base", "main")
    assert r.exit_code == 1


def test_an_altered_incident_shows_old_and_new(repo):
    repo.patch(C, "        notificado_cncs: 2026-05-11\n", "        notificado_cncs: 2026-05-08\n")
    [f] = history()
    assert f["line"] == repo.line_of(C, "notificado_cncs: 2026-05-08")
    assert "notificado_cncs: 2026-05-11 → 2026-05-08" in f["message"]
    [en] = history(lang="en")
    assert en["message"].startswith("A record present at main was altered")


def test_every_kind_of_record_is_kept(repo):
    repo.patch(C, "    alta: 2024-03-01\n", "    alta: 2024-03-02\n")
    repo.patch(
        D,
        "      - administradora: ana.ruiz@ine.mx\n        cuenta: spotify/inejde01ags\n"
        "        cargo: Jefa de Oficina de Seguimiento y Análisis\n        fecha: 2025-11-03\n"
        "        firmas: {administradora: true, titular: true}\n",
        "",
    )
    repo.patch(
        D,
        "  - oficio: INE/JDE01-AGS/0037/2026\n    fecha: 2026-08-31\n    adjunta_formatos: true\n",
        "",
    )
    repo.patch("inventario/cncs.yaml", "      - fernando.avila@ine.mx\n", "")
    repo.patch(
        "inventario/correos-genericos.yaml",
        "    asignado: 2025-11-17\n",
        "    asignado: 2025-11-18\n",
    )
    found = history()
    got = sorted((f["path"].split("/", 1)[1], f["message"].split(":")[0]) for f in found)
    assert len(found) == 5, found
    messages = " ".join(f["message"] for f in found)
    for fact in (
        "alta: 2024-03-01 → 2024-03-02",
        "spotify/inejde01ags",
        "INE/JDE01-AGS/0037/2026",
        "− fernando.avila@ine.mx",
        "asignado: 2025-11-17 → 2025-11-18",
    ):
        assert fact in messages, (fact, got)


def test_signatures_taken_back_and_whole_records_deleted(repo):
    repo.patch(
        D,
        "        fecha: 2025-11-03\n        firmas: {administradora: true, titular: true}\n",
        "        fecha: 2025-11-03\n        firmas: {administradora: false, titular: true}\n",
    )
    [f] = history()
    assert "firmas.administradora: true → false" in f["message"]
    assert f["line"] == repo.line_of(D, "administradora: false")
    # The área's designations file deleted: each designation and informe, once, at its
    # old line (its responsivas go with their designation).
    old = (BASE / "designaciones" / "JDE01-AGS.yaml").read_text(encoding="utf-8").splitlines()
    starts = [
        n
        for n, line in enumerate(old, start=1)
        if line.startswith(("  - vigente_desde:", "  - oficio:"))
    ]
    repo.path(D).unlink()
    found = history()
    assert len(found) == 3 and {f["path"] for f in found} == {D}
    assert sorted(f["line"] for f in found) == starts


def test_an_edited_id_is_one_finding_not_one_per_entry_under_it(repo):
    repo.patch(D, "  - vigente_desde: 2025-11-03\n", "  - vigente_desde: 2025-11-04\n")
    [f] = history()
    assert "vigente_desde: 2025-11-03 → 2025-11-04" in f["message"]
    repo.patch(D, "  - vigente_desde: 2025-11-04\n", "  - vigente_desde: 2025-11-03\n")
    # A handle renamed on the platform: the account's records stay, under its new name.
    repo.patch(C, "    usuario: INEJDE01Ags\n", "    usuario: INEJDE01Ags_\n")
    assert history() == []
    repo.patch(C, "        notificado_cncs: 2026-05-11\n", "        notificado_cncs: 2026-05-08\n")
    [f] = history()
    assert "notificado_cncs: 2026-05-11 → 2026-05-08" in f["message"]


def test_a_deleted_account_is_one_finding_not_one_per_entry(repo):
    text = repo.text(C)
    repo.write(C, text[: text.index("  - red: spotify")])
    [f] = history()
    assert "spotify/inejde01ags" in f["message"] and "2024-04-22" in f["message"]


def test_a_past_designation_whose_people_change(repo):
    repo.patch(D, "      correo: ana.ruiz@ine.mx\n", "      correo: rosa.nava@ine.mx\n")
    [f] = history()
    assert f["line"] == repo.line_of(D, "correo: rosa.nava@ine.mx")
    assert "ana.ruiz@ine.mx → rosa.nava@ine.mx" in f["message"]
    assert "designación nueva" in f["message"]


def test_a_genuine_correction_needs_an_inline_suppression_with_its_reason(repo):
    repo.patch(
        C,
        "        notificado_cncs: 2026-05-11\n",
        "        notificado_cncs: 2026-05-08  # ine-lint: ignorar historial\n",
    )
    assert len(history()) == 1  # without a reason it does not apply
    repo.patch(
        C,
        "# ine-lint: ignorar historial\n",
        "# ine-lint: ignorar historial -- el oficio CNCS/0321 dice 8 de mayo\n",
    )
    assert history() == []
    r = run("--base", "main", "--show-suppressed", "--format", "json")
    [s] = [f for f in json.loads(r.output)["suppressed"] if f["rule"] == "historial"]
    assert "oficio CNCS/0321" in s["suppressed_by"]


def test_the_configuration_is_read_from_the_base(repo):
    repo.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    # (An authorised entry: an unauthorised one would not apply even without --base.)
    repo.write(
        ".ine-lint.yaml",
        "inventario: inventario/\nignorar:\n  - {regla: 4.1.III, "
        "motivo: prueba, autoriza: INE/CNCS/0001/2026, vence: 2027-06-30}\n",
    )
    r = run("--base", "main", "--format", "json")
    findings = json.loads(r.output)["findings"]
    assert r.exit_code == 1
    assert [f["rule"] for f in findings if f["rule"] == "4.1.III"] == ["4.1.III"]
    [note] = [f for f in findings if f["rule"] == "historial"]
    assert note["severity"] == "info" and note["path"] == ".ine-lint.yaml"
    assert "ignorar" in note["message"] and "INE/CNCS/0001/2026" in note["message"]
    # Without --base the change's own configuration applies, as before.
    assert run().exit_code == 0


def test_nuevos_reports_only_what_the_change_brings(repo):
    repo.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")  # old debt
    git(repo.root, "commit", "-qam", "debt")
    repo.patch(C, "      - ana.ruiz@ine.mx\n", "      - y@ine.mx\n")  # the change
    r = run("--base", "main", "--nuevos", "--format", "json")
    doc = json.loads(r.output)
    assert r.exit_code == 1
    subjects = [f["message"] for f in doc["findings"] if f["rule"] == "4.1.III"]
    assert len(subjects) == 1 and "y@ine.mx" in subjects[0]
    assert doc["summary"]["suppressed"] >= 1
    r = run("--base", "main", "--nuevos", "--format", "sarif")
    assert r.exit_code == 2 and "sarif" in r.output
    r = run("--nuevos")
    assert r.exit_code == 2 and "--base" in r.output


def test_a_revision_that_does_not_exist_is_exit_2_with_one_line(repo, tmp_path, monkeypatch):
    for rev in ("no-such-branch", "--output=/tmp/x", "main\nx"):
        r = run("--base", rev)
        assert r.exit_code == 2, rev
        assert len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output
    outside = tmp_path / "plain"
    shutil.copytree(BASE, outside / "inventario")
    monkeypatch.chdir(outside)
    r = run("inventario", "--base", "main")
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1


def test_the_repository_is_the_one_holding_the_path(repo, tmp_path, monkeypatch):
    repo.patch(C, "        notificado_cncs: 2026-05-11\n", "        notificado_cncs: 2026-05-08\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    r = run(str(repo.path("inventario")), "--base", "main", "--format", "json")
    assert [f["rule"] for f in json.loads(r.output)["findings"]] == ["historial"]


def test_secrets_are_never_shown_and_taking_one_out_is_no_rewrite(repo):
    secret = "JBSWY3DPEHPK3PXPQ9ZX7WTR"
    repo.patch(
        C,
        "        notificado_cncs: 2026-05-11\n",
        f"        notificado_cncs: 2026-05-11\n        contrasena_nueva: {secret}\n",
    )
    git(repo.root, "commit", "-qam", "a leak")
    # Removing the leaked value is what 4.3.VI asks: no historial finding for it.
    repo.patch(C, f"        contrasena_nueva: {secret}\n", "")
    r = run("--base", "main", "--format", "json")
    assert secret not in r.output
    assert [f for f in json.loads(r.output)["findings"] if f["rule"] == "historial"] == []
    # Deleting the whole incident: reported, the secret shown as «oculto».
    git(repo.root, "checkout", "-q", "HEAD", "--", C)
    text = repo.text(C)
    repo.write(C, text[: text.index("    incidentes:\n")] + text[text.index("  - red: spotify") :])
    for fmt in ("text", "json", "junit", "github", "gitlab"):
        r = run("--base", "main", "--format", fmt)
        assert r.exit_code == 1 and secret not in r.output, fmt
    [f] = history()
    assert "«oculto»" in f["message"] and "2026-05-08" in f["message"]


def test_baseline_for_repositories_without_history(repo, tmp_path):
    repo.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    out = tmp_path / "linea-base.json"
    r = CliRunner().invoke(
        main,
        ["linea-base", "--output", str(out), "--as-of", AS_OF, "--no-cache"],
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [e["rule"] for e in doc["findings"]] == ["4.1.III"]
    assert run("--linea-base", str(out)).exit_code == 0
    repo.patch(C, "      - ana.ruiz@ine.mx\n", "      - y@ine.mx\n")
    r = run("--linea-base", str(out), "--format", "json")
    assert r.exit_code == 1
    assert [f["rule"] for f in json.loads(r.output)["findings"]] == ["4.1.III"]
    assert "y@ine.mx" in json.loads(r.output)["findings"][0]["message"]
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    r = run("--linea-base", str(bad))
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1


def test_a_baseline_in_the_repository_is_read_from_the_base(repo):
    repo.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    assert (
        CliRunner()
        .invoke(main, ["linea-base", "-o", "linea-base.json", "--as-of", AS_OF, "--no-cache"])
        .exit_code
        == 0
    )
    git(repo.root, "add", "-A")
    git(repo.root, "commit", "-qm", "baseline")
    repo.patch(C, "      - ana.ruiz@ine.mx\n", "      - y@ine.mx\n")
    # The change widens the baseline to hide its own finding: the base's file is used.
    assert (
        CliRunner()
        .invoke(main, ["linea-base", "-o", "linea-base.json", "--as-of", AS_OF, "--no-cache"])
        .exit_code
        == 0
    )
    assert run("--linea-base", "linea-base.json").exit_code == 0
    assert run("--base", "main", "--linea-base", "linea-base.json").exit_code == 1
    # A baseline the change itself brings is not at the base: refused, saying why.
    git(repo.root, "mv", "linea-base.json", "otra.json")
    r = run("--base", "main", "--linea-base", "otra.json")
    assert r.exit_code == 2 and "main" in r.output and len(r.output.strip().splitlines()) == 1


def test_symlinks_at_the_base_are_never_followed(repo, tmp_path):
    from ine_lint.gitrev import resolve

    (tmp_path / "secreto.txt").write_text("fuera del repositorio\n", encoding="utf-8")
    os.symlink(tmp_path / "secreto.txt", repo.path("inventario/cuentas/X.yaml"))
    git(repo.root, "add", "-A")
    git(repo.root, "commit", "-qm", "symlink")
    files = resolve(repo.root, "HEAD").read_tree("inventario")
    assert "inventario/cuentas/JDE01-AGS.yaml" in files
    assert "inventario/cuentas/X.yaml" not in files


def test_staged_compares_what_the_commit_records(repo):
    entry = (
        "      - fecha: 2026-08-03\n        conforme_utsi: true\n"
        "        notificado_titular: 2026-08-03\n"
    )
    clean = repo.text(C)
    repo.patch(C, entry, "")
    git(repo.root, "add", C)  # the commit would delete the entry...
    repo.write(C, clean)  # ...though the working tree still has it
    assert history() == []
    [f] = history("--staged")
    assert "2026-08-03" in f["message"] and f["path"] == C
    # And the other way round: the tree lost it, the commit (a comment elsewhere) does not.
    git(repo.root, "add", C)
    repo.write("inventario/cncs.yaml", "# Listados\n" + repo.text("inventario/cncs.yaml"))
    git(repo.root, "add", "inventario/cncs.yaml")
    repo.patch(C, entry, "")
    assert len(history()) == 1
    assert history("--staged") == []
