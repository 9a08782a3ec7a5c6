"""Schema errors as findings an analyst can act on, at the offending node."""

from __future__ import annotations

import json
from datetime import date

from conftest import REPO

C = "cuentas/JDE01-AGS.yaml"


def test_unknown_key_suggests_the_closest(inv):
    inv.patch(C, "    accesos:\n", "    acesos:\n")
    [f] = inv.findings("esquema")
    assert f.line == inv.line_of(C, "acesos:") and f.column == 5
    assert "¿quiso decir «accesos»?" in f.text("es")
    assert 'did you mean "accesos"?' in f.text("en")


def test_missing_required_field(inv):
    inv.patch(C, "    registro: correo\n", "", 1)
    [f] = inv.findings("esquema")
    assert f.message == "schema.required" and dict(f.args)["key"] == "registro"
    assert f.line == inv.line_of(C, "- red: facebook")


def test_wrong_type(inv):
    inv.patch(C, "      activo: true", "      activo: si")
    [f] = inv.findings("esquema")
    assert f.message == "schema.type" and f.line == inv.line_of(C, "activo: si")
    assert "true o false" in f.text("es")


def test_value_outside_the_enumeration(inv):
    inv.patch(C, "registro: correo", "registro: whatsapp", 1)
    [f] = inv.findings("esquema")
    assert f.message == "schema.enum" and "cuenta_externa" in f.text("es")
    assert "whatsapp" not in f.text("es")  # values from the file are not echoed


def test_date_in_the_future(inv):
    inv.patch(C, "fecha: 2026-10-05", "fecha: 2026-12-05", 1)
    found = inv.findings("esquema")
    assert [f.message for f in found] == ["schema.future_date"]
    assert found[0].line == inv.line_of(C, "2026-12-05")
    assert inv.findings("esquema", as_of=date(2026, 12, 5)) == []


def test_quoted_date_is_accepted_and_impossible_one_is_not(inv):
    inv.patch(C, "alta: 2024-03-01", "alta: '2024-03-01'")
    assert inv.findings("esquema") == []
    inv.patch(C, "alta: '2024-03-01'", "alta: '2024-02-30'")
    [f] = inv.findings("esquema")
    assert f.message == "schema.date_value" and "quiso decir" not in f.text("es")


def test_entidad_required_for_juntas(inv):
    inv.patch("areas.yaml", "    entidad: AGS\n", "", 1)
    [f] = inv.findings("esquema")
    assert dict(f.args)["key"] == "entidad"


def test_every_schema_property_has_spanish_title_and_description():
    def walk(node, where):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert prop.get("title") and prop.get("description"), f"{where}/{name}"
                walk(prop, f"{where}/{name}")
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key], f"{where}/{key}")
            if node.get("type") == "object" and "properties" in node:
                assert node.get("additionalProperties") is False, where

    schemas = sorted((REPO / "schemas").glob("*.schema.json"))
    assert len(schemas) == 6
    for path in schemas:
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
