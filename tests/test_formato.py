"""docs/formato.md is generated from the schemas and kept in sync with them."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("formato", REPO / "scripts" / "formato.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_field_reference_is_in_sync_with_the_schemas():
    current = (REPO / "docs" / "formato.md").read_text(encoding="utf-8")
    assert current == generator().render(), (
        "docs/formato.md is out of date: run python scripts/formato.py"
    )


def test_the_reference_says_what_a_newcomer_needs():
    text = generator().render()
    rows = {
        line.split(" | ")[0].strip("| `"): line
        for line in text.splitlines()
        if line.startswith("| `")
    }
    assert (
        "`mando_superior`, `mando_medio`, `operativo`" in rows["designaciones[].propietaria.nivel"]
    )
    assert "`servidora_publica`, `prestadora_servicios`" in rows["designaciones[].suplente.vinculo"]
    assert "`correo`, `cuenta_externa`, `telefono`, `otro`" in rows["cuentas[].registro"]
    assert "`organo_central`, `junta_local`, `junta_distrital`" in rows["areas[].tipo"]
    assert "| correo |" in rows["cuentas[].segundo_factor.dispositivo"]
    assert "Correo de la persona" in rows["cuentas[].segundo_factor.dispositivo"]
    assert "Las claves se escriben sin acentos" in text
    assert "empiezan con `redes.`" in text
    # Every field of every schema is listed: required ones say so.
    assert "| `cuentas[].alta` | fecha | sí |" in text
    assert "| `cuentas[].baja` | fecha o null | no |" in text


def test_a_schema_change_shows_in_the_reference(tmp_path, monkeypatch):
    module = generator()
    before = module.render()
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    for path in (REPO / "schemas").glob("*.json"):
        text = path.read_text(encoding="utf-8")
        if path.name == "cuentas.schema.json":
            text = text.replace(
                "Nombre de usuario en la red, sin @ inicial.",
                "Nombre de usuario, tal como aparece en la red.",
            )
        (schemas / path.name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(module, "SCHEMAS", schemas)
    after = module.render()
    assert after != before and "tal como aparece en la red" in after
