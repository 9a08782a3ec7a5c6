"""The package's modules import one another without a cycle.

Read with ``ast`` (nothing is imported): every import statement a module runs when it is
loaded, at its top level or under ``if``/``try`` there, including ``if TYPE_CHECKING:``
blocks, since a cycle there is one for the type checker and a trap for whoever moves the
import. That graph has no cycle at all.

Imports inside functions (the lazy ones that keep ``--help`` fast) are edges too, for the
second test: with them the graph is acyclic except through the few lazy imports listed in
``LAZY_BACK_EDGES``, each with the reason it is the right direction; the test also checks
that each is still lazy, still there, and still needed (without it there would be no cycle
to allow), so the list can neither rot nor grow by habit.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import ine_lint

PACKAGE = Path(ine_lint.__file__).parent


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("ine_lint", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


#: (importer, imported): lazy imports that close a cycle, and why each is allowed.
LAZY_BACK_EDGES: dict[tuple[str, str], str] = {
    ("ine_lint.messages", "ine_lint.rules"): (
        "The catalogue words every finding, and a provision's texts live in its own rule "
        "module (issue 12: a provision is its module, its policy entry and its test), which "
        "builds findings. Registering those texts when the engine loads the rules would make "
        "a finding's wording depend on import order (worded before ine_lint.rules is "
        "imported, its key would be unknown); so the catalogue reads the rule registry on "
        "the first lookup of a key it does not hold, when every module is loaded."
    ),
    ("ine_lint.messages", "ine_lint.policy"): (
        "What a provision asks (its «pide») is data of the policy catalogue, which the "
        "message of each finding quotes; the policy raises ConfigError, which the catalogue "
        "words. Read on the first finding about a provision, never at import."
    ),
    ("ine_lint.loader", "ine_lint.redact"): (
        "The loader asks redact for the secrets quoted by a file's keys and values "
        "(quoted_hits, merge_hits); redact names Inventory only for the type checker "
        "(Redactor.of), so at run time it needs neither inventory nor loader, and the "
        "cycle exists for mypy alone."
    ),
}


def _top_level(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            yield from _top_level(node.body)
            yield from _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from _top_level(block)


def _anywhere(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def imports(name: str, path: Path, known: dict[str, Path], lazy: bool = False) -> set[str]:
    """The package's modules that loading ``name`` loads directly (with the packages they
    are in, whose ``__init__`` runs first; its own packages excepted); with ``lazy``, also
    those its functions import when they run."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    body = ast.parse(path.read_text(encoding="utf-8")).body
    for node in _anywhere(body) if lazy else _top_level(body):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            while target:  # the module, then each package it is in
                if not (name == target or name.startswith(target + ".")):
                    found.add(target)
                target = target.rpartition(".")[0]
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def test_the_cycle_finder_finds_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"a"}}) == ["a", "a"]


def test_imports_are_read_from_the_module_level_only(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from ine_lint.findings import Finding\n"
        "from ine_lint import store, rules\n"
        "import ine_lint.rules.art_4_3_v_second_factor\n"
        "if TYPE_CHECKING:\n    from ine_lint.inventory import Inventory\n"
        "try:\n    import ine_lint.loader\nexcept ImportError:\n    pass\n"
        "def f():\n    from ine_lint import messages\n",
        encoding="utf-8",
    )
    assert imports("ine_lint.m", source, modules()) == {  # not ine_lint: its own package
        "ine_lint.findings",
        "ine_lint.store",
        "ine_lint.rules",
        "ine_lint.rules.art_4_3_v_second_factor",
        "ine_lint.inventory",
        "ine_lint.loader",
    }


def test_the_package_import_graph_is_acyclic():
    known = modules()
    assert {"ine_lint.check", "ine_lint.engine", "ine_lint.hookspecs", "ine_lint.rules"} <= set(
        known
    )
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert graph["ine_lint.engine"], "no import was read: the test would see nothing"
    cycle = find_cycle(graph)
    assert cycle is None, " → ".join(cycle)


def test_with_function_level_imports_only_the_listed_lazy_imports_close_a_cycle():
    known = modules()
    top = {name: imports(name, path, known) for name, path in known.items()}
    every = {name: imports(name, path, known, lazy=True) for name, path in known.items()}
    assert sum(map(len, every.values())) > sum(map(len, top.values())), "no lazy import read"
    allowed = set(LAZY_BACK_EDGES)
    for importer, imported in allowed:
        assert imported in every[importer], f"{importer} no longer imports {imported}"
        assert imported not in top[importer], f"{importer} imports {imported} at load"

    def without(edges: set[tuple[str, str]]) -> dict[str, set[str]]:
        return {a: {b for b in targets if (a, b) not in edges} for a, targets in every.items()}

    cycle = find_cycle(without(allowed))
    assert cycle is None, " → ".join(cycle)
    for edge in allowed:  # each is needed: allowing the others only leaves a cycle
        assert find_cycle(without(allowed - {edge})) is not None, f"{edge} closes no cycle"


def test_lazy_imports_are_read_inside_functions(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "def f():\n    from ine_lint import messages\n"
        "class C:\n    def g(self):\n        import ine_lint.store\n",
        encoding="utf-8",
    )
    assert imports("ine_lint.m", source, modules()) == set()
    assert imports("ine_lint.m", source, modules(), lazy=True) == {
        "ine_lint.messages",
        "ine_lint.store",
    }
