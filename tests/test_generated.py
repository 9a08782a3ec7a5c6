"""ine_lint/generated/: shipped source that must match the data it was made from."""

from __future__ import annotations

import copy
import importlib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from ine_lint import build_tables, dates, schema
from ine_lint import policy as policy_mod
from ine_lint import store as store_mod
from ine_lint.generated import festivos
from ine_lint.loader import load_text
from ine_lint.memo import Memo

BASE = Path(__file__).resolve().parent / "data" / "base"
REGENERATE = "out of date: run python -m ine_lint.build_tables and commit the result"


def test_generated_modules_match_schemas_policies_and_holidays():
    import fastjsonschema

    expected = build_tables.sources()
    on_disk = {
        p.name: p.read_text(encoding="utf-8")
        for p in build_tables.GENERATED.glob("*.py")
        if p.name != "__init__.py"
    }
    assert set(on_disk) == set(expected)
    for kind in schema.SCHEMA_FILES:
        module = importlib.import_module(f"ine_lint.generated.esquema_{kind}")
        assert schema.schema_digest(kind) == module.SCHEMA_DIGEST, f"esquema_{kind}.py {REGENERATE}"
    assert on_disk["catalogo.py"] == expected["catalogo.py"], f"catalogo.py {REGENERATE}"
    assert on_disk["festivos.py"].split("\n#:")[1] == expected["festivos.py"].split("\n#:")[1], (
        f"festivos.py {REGENERATE} (holidays {festivos.HOLIDAYS_VERSION} → {version('holidays')})"
    )
    # The validators' text depends on fastjsonschema's version too; their behaviour is
    # checked against jsonschema below whatever the version.
    if f"(fastjsonschema {fastjsonschema.VERSION})" in on_disk["esquema_cuentas.py"]:
        for kind in schema.SCHEMA_FILES:
            name = f"esquema_{kind}.py"
            assert on_disk[name] == expected[name], f"{name} {REGENERATE}"


def _mutants(data: Any) -> list[Any]:
    """Copies of ``data`` with one thing wrong or changed: a key removed, a value of another
    type, an unknown key, a date that cannot exist, a list emptied."""
    out = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        items = (
            list(node.items())
            if isinstance(node, dict)
            else list(enumerate(node))
            if isinstance(node, list)
            else []
        )
        if isinstance(node, dict):
            out.append(_edit(data, path, lambda n: n.__setitem__("clave_desconocida", 1)))
        if isinstance(node, list) and node:
            out.append(_edit(data, path, lambda n: n.clear()))
        for key, value in items:
            if isinstance(node, dict):
                out.append(_edit(data, path, lambda n, k=key: n.pop(k)))
            others: tuple[object, ...] = (7, "x", None, True, [], {}, "2026-02-30")
            for other in others:
                out.append(_edit(data, path, lambda n, k=key, v=other: n.__setitem__(k, v)))
            walk(value, (*path, key))

    walk(data, ())
    return out


def _edit(data: Any, path: tuple[Any, ...], change: Any) -> Any:
    copied = copy.deepcopy(_plain(data))
    node = copied
    for step in path:
        node = node[step]
    change(node)
    return copied


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


@pytest.mark.parametrize("path", sorted(BASE.rglob("*.yaml")), ids=lambda p: p.name)
def test_shipped_validators_agree_with_jsonschema(path: Path):
    kind = {"areas": "areas", "cncs": "cncs", "correos-genericos": "correos"}.get(
        path.stem, path.parent.name
    )
    _agree(kind, load_text(path.read_bytes(), path.name, kind).data)


#: A configuration that uses every key of ``schemas/ine-lint.schema.json``.
FULL_CONFIG = """\
inventario: inventario/
idioma: en
dias_inhabiles: [2026-12-24, 2026-12-31]
seleccionar: [4.3, 4.3.VI]
ignorar:
  - 4.2.I
  - regla: 4.3.VIII
    motivo: En revisión
    autoriza: INE/CNCS/0456/2026
    vence: 2027-01-31
severidades:
  4.3.V: warning
  4.3.VII:
    severidad: info
    motivo: Transición
    autoriza: INE/UTSI/12/2026
    vence: 2027-02-28
falla_con: warning
excepciones:
  - regla: 4.3.V
    cuenta: youtube/INECivica
    motivo: Segundo factor en trámite
    autoriza: INE/CNCS/0456/2026
    vence: 2027-01-31
  - regla: 4.2
    area: JLE-AGS
    archivo: cuentas/JLE-AGS.yaml
    linea: 12
    motivo: Alta en curso
    autoriza: INE/JLE-AGS/7/2026
    vence: 2027-03-01
"""


def test_shipped_config_validator_agrees_with_jsonschema():
    # ``config._validate`` trusts it to skip jsonschema for a valid .ine-lint.yaml.
    _agree("config", load_text(FULL_CONFIG.encode(), ".ine-lint.yaml", "config").data)


def _agree(kind: str, data: Any) -> None:
    """The shipped and the freshly compiled validator of ``kind`` say what jsonschema says
    of ``data`` and of each of its mutants, and both verdicts occur."""
    assert data is not None
    assert schema.validator(kind).is_valid(_plain(data))
    shipped = schema._shipped_fast(kind)
    compiled = schema._compile_fast(kind)
    full = schema.validator(kind)
    cases = [_plain(data), *_mutants(data)]
    verdicts = set()
    for case in cases:
        answers = []
        for fast in (shipped, compiled):
            try:
                fast(case)
                answers.append(True)
            except schema.Invalid:
                answers.append(False)
        answers.append(full.is_valid(case))
        assert len(set(answers)) == 1, (kind, case)
        verdicts.add(answers[0])
    assert verdicts == {True, False}  # both verdicts were exercised


def test_an_edited_schema_is_compiled_here_and_never_cached(tmp_path, monkeypatch):
    import fastjsonschema

    module = importlib.import_module("ine_lint.generated.esquema_cuentas")
    monkeypatch.setattr(module, "SCHEMA_DIGEST", "another schema")
    schema.fast_validator.cache_clear()
    compiled = []
    real = fastjsonschema.compile_to_code
    monkeypatch.setattr(
        fastjsonschema, "compile_to_code", lambda *a, **k: compiled.append(1) or real(*a, **k)
    )
    valid = {"area": "A", "cuentas": []}
    assert schema.fast_validator("cuentas")(valid) == valid
    assert schema.fast_validator("cuentas")(valid) == valid and compiled == [1]
    with pytest.raises(schema.Invalid):
        schema.fast_validator("cuentas")({"cuentas": []})
    schema.fast_validator.cache_clear()
    monkeypatch.setattr(module, "SCHEMA_DIGEST", schema.schema_digest("cuentas"))
    assert schema.fast_validator("cuentas")(valid) == valid and compiled == [1]


def test_shipped_catalogue_is_the_one_in_policies(tmp_path, monkeypatch):
    store = store_mod.store(tmp_path / "c")
    monkeypatch.setattr(policy_mod, "_LOADED", Memo(16))
    read = policy_mod._load(
        policy_mod.data_dir("policies"), policy_mod.policy_digest(policy_mod.data_dir("policies"))
    )
    monkeypatch.setattr(policy_mod, "_load", lambda *a: pytest.fail("policies/ read again"))
    shipped = policy_mod.load_policy(store=store)
    assert shipped.rules == read.rules and shipped.platforms == read.platforms
    assert shipped.digest == read.digest
    assert not list((tmp_path / "c").rglob("*/*/*")), "nothing to keep: it ships"


def test_an_edited_catalogue_is_read_then_kept(tmp_path, monkeypatch):
    from ine_lint.generated import catalogo

    store = store_mod.store(tmp_path / "c")
    monkeypatch.setattr(catalogo, "DIGEST", "another catalogue")
    monkeypatch.setattr(policy_mod, "_LOADED", Memo(16))
    loaded = policy_mod.load_policy(store=store)
    [entry] = [p for p in (tmp_path / "c" / "compilado").rglob("*") if p.is_file()]
    monkeypatch.setattr(policy_mod, "_LOADED", Memo(16))
    monkeypatch.setattr(policy_mod, "_load", lambda *a: pytest.fail("loaded again"))
    cached = policy_mod.load_policy(store=store)
    assert cached.digest == loaded.digest and cached.rules == loaded.rules
    assert cached.platforms == loaded.platforms
    entry.write_bytes(entry.read_bytes()[:-3])  # truncated: loaded anew
    monkeypatch.setattr(policy_mod, "_LOADED", Memo(16))
    calls = []
    monkeypatch.setattr(policy_mod, "_load", lambda *a: calls.append(1) or loaded)
    assert policy_mod.load_policy(store=store) is loaded and calls == [1]


def test_holidays_of_shipped_years_are_never_computed(inv, monkeypatch):
    from conftest import AS_OF

    from ine_lint.check import Options, check

    years: list[int] = []
    real = dates.computed_federal_holidays
    monkeypatch.setattr(dates, "computed_federal_holidays", lambda y: years.append(y) or real(y))
    dates.federal_holidays.cache_clear()
    check(inv.root, Options(as_of=AS_OF))
    assert years == []
    assert AS_OF.year - 5 >= build_tables.FIRST_YEAR and AS_OF.year + 20 <= build_tables.LAST_YEAR
    later = build_tables.LAST_YEAR + 1
    assert dates.federal_holidays(later) == real(later) and years == [later]
    assert dates.federal_holidays(2026) == real(2026)
    dates.federal_holidays.cache_clear()


def test_a_check_without_cache_builds_none_of_it():
    """What ships is what a run uses: neither the schema compiler nor the holidays package
    is imported, and the catalogue's YAML is not read."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from ine_lint.check import Options, check\n"
        "from ine_lint import policy\n"
        "policy._load = None  # reading policies/ would fail\n"
        f"r = check(__import__('pathlib').Path({str(BASE)!r}), Options("
        "as_of=__import__('datetime').date(2026, 11, 30)))\n"
        "assert r.files == 7 and not r.findings, r.findings\n"
        "print(sorted(m for m in ('fastjsonschema', 'holidays', 'jsonschema')"
        " if m in sys.modules))"
    )
    r = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert r.stdout.strip() == "[]", r.stdout + r.stderr
