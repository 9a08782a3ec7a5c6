"""Each input that plain safe_load mishandles becomes a finding with file and line."""

from __future__ import annotations

import pytest

from ine_lint.loader import MAX_DEPTH, load_text

C = "cuentas/JDE01-AGS.yaml"


def load(text: str | bytes, kind: str = "cuentas"):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return load_text(raw, "x.yaml", kind)


def only(loaded):
    assert len(loaded.findings) == 1, loaded.findings
    return loaded.findings[0]


def test_syntax_error_names_the_line():
    f = only(load("area: A\ncuentas:\n  - red: x\n   usuario: y\n"))
    assert (f.rule, f.line) == ("yaml", 4)


def test_non_utf8_bytes():
    f = only(load(b"area: A\n# caf\xe9\n"))
    assert (f.rule, f.message, f.line, f.column) == ("yaml", "yaml.encoding", 2, 6)


def test_byte_order_mark_and_crlf_simply_work():
    loaded = load(b"\xef\xbb\xbfarea: A\r\ncuentas: []\r\n")
    assert loaded.findings == [] and loaded.data == {"area": "A", "cuentas": []}
    assert loaded.data.vpos["cuentas"] == (2, 10)


def test_duplicate_key_is_a_schema_finding_at_the_second_key():
    loaded = load(
        "area: A\ncuentas:\n  - accesos: [a@ine.mx]\n    red: x\n    accesos: [b@ine.mx]\n"
    )
    f = only(loaded)
    assert (f.rule, f.message, f.line) == ("esquema", "schema.duplicate_key", 5)
    assert dict(f.args)["first"] == 3


def test_billion_laughs_is_refused():
    text = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n"
        for i in range(9)
    )
    f = only(load(text))
    assert (f.rule, f.message) == ("yaml", "yaml.alias_bomb")


def test_an_alias_counts_every_alias_inside_what_it_repeats():
    # Five mappings, each holding the previous one twice: the last stands for 2**5 copies
    # of the first, which is what 400 aliases of it must be charged (not its 5 nodes).
    text = "a0: &a0 {k: [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]}\n" + "".join(
        f"a{i}: &a{i} {{p: *a{i - 1}, q: *a{i - 1}}}\n" for i in range(1, 6)
    )
    assert load(text + "t: [" + ", ".join(["*a5"] * 10) + "]\n").findings == []
    f = only(load(text + "t: [" + ", ".join(["*a5"] * 12) + "]\n"))
    assert (f.message, f.line) == ("yaml.alias_bomb", 7)


def test_the_size_of_a_tree_deeper_than_the_nesting_limit_is_counted_without_recursion():
    # Aliases of aliases make a tree deeper than MAX_DEPTH (each one level deeper than what
    # it repeats), given enough other nodes in the file to pay for them.
    from ine_lint.loader import YSeq, _expanded_size

    tree = inner = YSeq((1, 1))
    for _ in range(5_000):
        inner.append(YSeq((1, 1)))
        inner = inner[0]
    inner += ["x" * 640, 7]
    shared = YSeq((1, 1))
    shared += [tree, tree]
    assert _expanded_size(shared, {}) == 1 + 2 * (5_001 + 11 + 1)


def test_a_few_aliases_are_fine():
    loaded = load("a: &x [1, 2]\nb: *x\n")
    assert loaded.findings == [] and loaded.data["b"] == [1, 2]


def test_recursive_alias_is_refused():
    f = only(load("a: &a [*a]\n"))
    assert f.message == "yaml.alias_unknown"


def test_twenty_thousand_nested_brackets():
    f = only(load("a: " + "[" * 20000 + "]" * 20000 + "\n"))
    assert (f.rule, f.message, f.line) == ("yaml", "yaml.depth", 1)


def test_deep_block_nesting():
    text = "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * 70 + "v: 1\n"
    f = only(load(text))
    assert f.message == "yaml.depth"


def test_impossible_date_is_a_finding_not_an_exception():
    from pathlib import Path

    from ine_lint.discovery import SourceFile
    from ine_lint.modelling import load_and_validate

    raw = b"area: A\ncuentas:\n  - red: x\n    usuario: u\n    alta: 2026-13-45\n    registro: correo\n"
    loaded = load_and_validate(SourceFile(C, "cuentas", Path(C)), raw)
    [f] = loaded.findings
    assert (f.rule, f.message, f.line) == ("esquema", "schema.date_value", 5)


@pytest.mark.parametrize(
    "text,message",
    [
        ("- a\n- b\n", "schema.not_mapping"),
        ("just text\n", "schema.not_mapping"),
        ("", "schema.empty"),
        ("# only a comment\n", "schema.empty"),
    ],
)
def test_top_level_not_a_mapping(text, message):
    f = only(load(text))
    assert (f.rule, f.message) == ("esquema", message)


def test_more_than_one_document():
    f = only(load("area: A\n---\narea: B\n"))
    assert (f.message, f.line) == ("yaml.multiple_documents", 2)


def test_python_tags_are_refused():
    f = only(load("area: !!python/object/apply:os.system ['true']\n"))
    assert (f.rule, f.message) == ("yaml", "yaml.tag")


def test_scalars_resolve_like_yaml_1_1():
    data = load("a: yes\nb: null\nc: 12\nd: 2026-01-15\ne: '2026-01-15'\nf: 1.5\n").data
    assert data == {"a": True, "b": None, "c": 12, "d": "2026-01-15", "e": "2026-01-15", "f": 1.5}


def test_one_broken_file_never_stops_the_others(inv):
    inv.write("cuentas/JDE02-AGS.yaml", "area: [\n")
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - intruso@ine.mx\n")
    found = inv.findings()
    assert {f.rule for f in found} >= {"yaml", "4.1.III"}


def test_model_objects_are_immutable_values_that_survive_a_pickle():
    import pickle
    from pathlib import Path

    from ine_lint.discovery import SourceFile
    from ine_lint.modelling import load_and_validate

    raw = (
        b"area: A\ncuentas:\n  - red: x\n    usuario: u\n    alta: 2026-01-15\n"
        b"    registro: correo\n    accesos: [a@ine.mx]\n"
    )
    [account] = load_and_validate(SourceFile(C, "cuentas", Path(C)), raw).model
    again = pickle.loads(pickle.dumps(account))
    assert again == account and hash(again) == hash(account) and len({account, again}) == 1
    assert type(again) is type(account) and again.where("alta").line == 5
    assert again.access[0].pos.line == 7 and again.pos.line == 3
    with pytest.raises(AttributeError):
        account.user = "otra"  # type: ignore[misc]
