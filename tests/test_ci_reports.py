"""Every report in one run: --format drives stdout, --report FORMAT=PATH adds files."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def base(inv):
    return ("check", str(inv.root), "--as-of", "2026-11-30", "--config", "/dev/null")


def test_reports_in_one_run_equal_separate_runs(inv, tmp_path):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    r = run(
        *base(inv),
        "--format",
        "github",
        "--report",
        f"sarif={tmp_path / 'a.sarif'}",
        "--report",
        f"junit={tmp_path / 'a.xml'}",
        "--report",
        f"gitlab={tmp_path / 'cq.json'}",
    )
    assert r.exit_code == 1
    assert r.output.startswith("::error file=")
    for fmt, name in (("sarif", "a.sarif"), ("junit", "a.xml"), ("gitlab", "cq.json")):
        alone = run(*base(inv), "--format", fmt)
        assert (tmp_path / name).read_text(encoding="utf-8") == alone.output, fmt
    assert json.loads((tmp_path / "cq.json").read_text(encoding="utf-8"))


def test_format_given_twice_is_an_error(inv):
    r = run(*base(inv), "--format", "sarif", "--format", "text")
    assert r.exit_code == 2
    assert "--format" in r.output and "--report" in r.output


def test_bad_report_values(inv, tmp_path):
    for value in ("sarif", "sarif=", "pdf=x.pdf", "auto=x.txt"):
        r = run(*base(inv), "--report", value)
        assert r.exit_code == 2, value
        assert value in r.output
    same = str(tmp_path / "x")
    r = run(*base(inv), "--output", same, "--report", f"json={same}")
    assert r.exit_code == 2 and "x" in r.output
    r = run(*base(inv), "--report", f"json={same}", "--report", f"sarif={same}")
    assert r.exit_code == 2
    r = run(*base(inv), "--lang", "en", "--report", "pdf=x")
    assert "unknown format" in r.output


def test_junit_report_follows_fail_on(inv, tmp_path):
    inv.patch("cncs.yaml", "      - ana.ruiz@ine.mx\n", "")  # warnings only
    out = tmp_path / "j.xml"
    assert run(*base(inv), "--report", f"junit={out}").exit_code == 0
    assert "<failure" not in out.read_text(encoding="utf-8")
    assert run(*base(inv), "--fail-on", "warning", "--report", f"junit={out}").exit_code == 1
    assert "<failure" in out.read_text(encoding="utf-8")


def test_sarif_refused_for_some_files(inv, tmp_path):
    for args in (("--format", "sarif"), ("--report", f"sarif={tmp_path / 's'}")):
        r = run("check", str(inv.path(C)), "--as-of", "2026-11-30", "--config", "/dev/null", *args)
        assert r.exit_code == 2
        assert "sarif" in r.output and len(r.output.strip().splitlines()) == 1
        assert not (tmp_path / "s").exists()
    # The whole inventory as a folder is fine.
    assert run(*base(inv), "--format", "sarif").exit_code == 0
