"""Nothing dropped in silence: every entry under the root is the contract or a finding."""

from __future__ import annotations

D = "designaciones/JDE01-AGS.yaml"
C = "cuentas/JDE01-AGS.yaml"


def listed(found):  # type: ignore[no-untyped-def]
    return [(f.path, f.rule, f.severity, f.message, dict(f.args).get("suggestion")) for f in found]


def test_compliant_inventory_with_repository_files_is_clean(inv):
    inv.write(".git/HEAD", "ref: refs/heads/main\n")
    inv.write(".pre-commit-config.yaml", "repos: []\n")
    inv.write(".ine-lint.yaml", "idioma: es\n")
    inv.write("README.md", "Inventario\n")
    inv.write("cuentas/.gitkeep", "")
    assert inv.findings() == []


def test_upper_case_extension_is_named_and_its_area_unknown(inv):
    inv.path(C).rename(inv.path("cuentas/JDE01-AGS.YAML"))
    found = inv.findings()
    assert listed(found) == [
        (
            "cuentas/JDE01-AGS.YAML",
            "referencia",
            "error",
            "ref.unexpected_entry",
            "cuentas/JDE01-AGS.yaml",
        )
    ]
    text = found[0].text("es")
    assert "¿quiso decir «cuentas/JDE01-AGS.yaml»?" in text
    assert "no se evaluaron para JDE01-AGS" in text


def test_misnamed_register_is_named_and_nothing_is_unregistered(inv):
    inv.path("correos-genericos.yaml").rename(inv.path("correos_genericos.yaml"))
    found = inv.findings()
    # Without the register every account's mailbox would look unregistered (4.2.II).
    assert listed(found) == [
        (
            "correos_genericos.yaml",
            "referencia",
            "error",
            "ref.unexpected_entry",
            "correos-genericos.yaml",
        )
    ]
    assert "4.2.II" in found[0].text("es")


def test_misnamed_folder(inv):
    inv.path("cuentas").rename(inv.path("cuenta"))
    found = inv.findings()
    assert listed(found) == [("cuenta", "referencia", "error", "ref.unexpected_entry", "cuentas/")]
    assert "«cuenta/»" in found[0].text("es")


def test_stray_file_is_a_warning_without_a_guess(inv):
    inv.write("notas.txt", "pendientes\n")
    inv.write("designaciones/JDE01-AGS.yaml.bak", "x\n")
    found = inv.findings()
    assert listed(found) == [
        ("designaciones/JDE01-AGS.yaml.bak", "referencia", "warning", "ref.unexpected_entry", ""),
        ("notas.txt", "referencia", "warning", "ref.unexpected_entry", ""),
    ]
    assert "quiso decir" not in found[1].text("es")


def test_two_files_for_one_area_is_one_error_naming_both(inv):
    # The .yml is full of level breaches: it must not be dropped in silence.
    text = inv.text(D).replace("nivel: mando_medio", "nivel: operativo")
    inv.write("designaciones/JDE01-AGS.yml", text)
    found = inv.findings()
    assert listed(found) == [
        ("designaciones/JDE01-AGS.yml", "referencia", "error", "ref.duplicate_file", None)
    ]
    message = found[0].text("es")
    assert "designaciones/JDE01-AGS.yaml" in message and "designaciones/JDE01-AGS.yml" in message
    assert "no se evaluaron para JDE01-AGS" in message


def test_one_oficio_twice_is_an_error_naming_both(inv):
    text = inv.text("cncs.yaml")
    inv.write("cncs.yaml", text + text.split("listados_utsi:\n", 1)[1])
    found = inv.findings()
    assert [(f.path, f.rule, f.message) for f in found] == [
        ("cncs.yaml", "referencia", "ref.duplicate_oficio")
    ]
    assert dict(found[0].args)["first"] == inv.line_of("cncs.yaml", "oficio:")
    assert found[0].line == inv.line_of("cncs.yaml", "oficio:", nth=2)
