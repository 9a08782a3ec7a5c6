"""Stage 4, rules: gather the rules (built-in and rule packs) and run each one in isolation."""

from __future__ import annotations

import inspect
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib.machinery import PathFinder
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pluggy

from ine_lint import PROJECT, hookspecs
from ine_lint.context import Context
from ine_lint.findings import ENGINE, Finding, Pos, finding
from ine_lint.messages import lookup
from ine_lint.policy import Policy, RuleSpec, spec_from_entry

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

__all__ = ["Context", "Rule", "RuleSet", "broken_plugin_findings", "load_rules", "run_rules"]

BUILTIN = "ine-lint"


class _PluginManager(pluggy.PluginManager):
    """Takes a rule module's ``ine_lint_*`` functions as hook implementations without a
    decorator (as pytest does with ``pytest_*``): rule logic stays in plain functions, which
    a mutation tool can mutate. ``@ine_lint.hookimpl`` still works for packs that use it."""

    def parse_hookimpl_opts(self, plugin: object, name: str) -> Any:
        opts = super().parse_hookimpl_opts(plugin, name)
        if (
            opts is None
            and name.startswith("ine_lint_")
            and inspect.isfunction(getattr(plugin, name, None))
        ):
            opts = {
                "wrapper": False,
                "hookwrapper": False,
                "optionalhook": False,
                "tryfirst": False,
                "trylast": False,
                "specname": None,
            }
        return opts


@dataclass
class Rule:
    spec: RuleSpec
    module: ModuleType
    #: pluggy's record of the module's ``ine_lint_check``.
    check: Any

    @property
    def reads(self) -> tuple[str, ...] | None:
        """The inputs the rule declares (``READS`` in its module); None: not declared, so
        taken as everything about the área or account a finding names."""
        declared = getattr(self.module, "READS", None)
        if isinstance(declared, (tuple, list)) and all(isinstance(n, str) for n in declared):
            return tuple(declared)
        return None


@dataclass
class RuleSet:
    rules: dict[str, Rule]
    #: Plugins that could not be loaded or described: (name, reason: a ``pack.*`` text key
    #: of the catalogue, its arguments).
    broken: list[tuple[str, str, dict[str, str]]]


def load_rules(policy: Policy) -> RuleSet:
    """The built-in rules, then the installed rule packs, keyed by rule id."""
    from ine_lint import messages
    from ine_lint.rules import RULES

    pm = _PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    rules: dict[str, Rule] = {}
    broken: list[tuple[str, str, dict[str, str]]] = []
    candidates: list[tuple[str, str, ModuleType]] = [
        (BUILTIN, module.__name__, module) for module in RULES.values()
    ]
    for ep in _pack_entry_points():
        try:
            module = ep.load()
        except Exception as exc:  # a broken third-party pack must not stop the others
            broken.append((ep.name, "pack.error", _error(exc)))
            continue
        if isinstance(module, ModuleType):
            candidates.append((ep.name, ep.name, module))
        else:
            broken.append((ep.name, "pack.not_module", {}))
    for origin, name, module in candidates:
        if pm.is_registered(module) or pm.has_plugin(name):
            continue  # the same distribution seen twice on sys.path
        try:
            spec = _describe(module, policy)
        except _Undescribed as exc:
            broken.append((name, exc.key, exc.values))
            continue
        except Exception as exc:
            broken.append((name, "pack.error", _error(exc)))
            continue
        if spec.id in rules:
            broken.append((name, "pack.duplicate", {"rule": spec.id}))
            continue
        try:
            pm.register(module, name=name)
        except Exception as exc:
            broken.append((name, "pack.error", _error(exc)))
            continue
        impl = next((i for i in pm.hook.ine_lint_check.get_hookimpls() if i.plugin is module), None)
        if impl is None:
            broken.append((name, "pack.no_check", {}))
            continue
        if origin != BUILTIN:
            messages.register(getattr(module, "MESSAGES", {}))
        rules[spec.id] = Rule(replace(spec, origin=origin), module, impl)
    return RuleSet(rules, broken)


def _pack_entry_points() -> list[Any]:
    """The entry points of the installed rule packs (group ``ine_lint``), by name.

    Importing ``importlib.metadata`` costs a warm run about a tenth of its time (30 ms, most
    of it the ``email`` package), and most installations have no pack: it is imported only
    when a distribution on ``sys.path`` may declare the group.
    """
    if not _may_declare_packs():
        return []
    from importlib.metadata import entry_points

    return sorted(entry_points(group=PROJECT), key=lambda e: e.name)


#: A section header naming the group in an ``entry_points.txt``, allowing more spaces and
#: brackets than ``importlib.metadata`` does: this may only say yes too often.
_GROUP_HEADER = re.compile(
    rb"^[ \t]*\[+[ \t]*" + PROJECT.encode() + rb"[ \t]*\]+[ \t\r]*$", re.MULTILINE
)


def _may_declare_packs() -> bool:
    """Whether ``importlib.metadata`` might find an entry point of the group: some
    ``*.dist-info`` or ``*.egg-info`` folder on ``sys.path`` declares it, or distributions
    may come from where this does not look (a zip file on the path, another finder)."""
    if any(
        getattr(finder, "find_distributions", None) is not None and finder is not PathFinder
        for finder in sys.meta_path
    ):
        return True
    for entry in sys.path:
        folder = entry or "."
        if not isinstance(folder, str):
            return True
        try:
            with os.scandir(folder) as listing:
                names = [
                    e.name for e in listing if e.name.lower().endswith((".dist-info", ".egg-info"))
                ]
        except NotADirectoryError:
            return True  # a zip file or an egg: importlib.metadata reads inside it
        except OSError:
            continue  # missing or unreadable: importlib.metadata skips it too
        for name in names:
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), "rb") as handle:
                    if _GROUP_HEADER.search(handle.read()):
                        return True
            except OSError:
                continue
    return False


class _Undescribed(Exception):
    def __init__(self, key: str, **values: str) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def _error(exc: BaseException) -> dict[str, str]:
    return {"error": f"{type(exc).__name__}: {exc}"}


def _describe(module: ModuleType, policy: Policy) -> RuleSpec:
    """A rule's catalogue entry: its policy entry (``policies/lineamientos.yaml``, or the
    pack's own ``POLICY``) with the module's ``TITLE``."""
    rule_id = getattr(module, "ID", None)
    if not isinstance(rule_id, str) or not rule_id:
        raise _Undescribed("pack.bad_id")
    title = getattr(module, "TITLE", None)
    if not isinstance(title, Mapping) or not title.get("es"):
        raise _Undescribed("pack.bad_title")
    spec = policy.rules.get(rule_id)
    if spec is None:
        entry = getattr(module, "POLICY", None)
        if not isinstance(entry, Mapping):
            raise _Undescribed("pack.no_policy", rule=rule_id)
        try:
            spec = spec_from_entry({"id": rule_id, **entry})
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _Undescribed("pack.bad_policy", **_error(exc)) from None
        if spec.severity not in ("error", "warning", "info"):
            raise _Undescribed("pack.bad_policy", error=f"severidad: {spec.severity}")
    return replace(spec, title=dict(title))


def run_rules(
    ruleset: RuleSet,
    inventory: Inventory,
    policy: Policy,
    context: Context,
    only: Iterable[str] | None = None,
) -> list[Finding]:
    """Run each rule on its own; a rule that raises becomes one finding naming it."""
    wanted = set(only) if only is not None else None
    out: list[Finding] = []
    values = {"inventory": inventory, "policy": policy, "context": context}
    for rule_id, rule in ruleset.rules.items():
        if wanted is not None and rule_id not in wanted:
            continue
        kwargs = {name: values[name] for name in rule.check.argnames}
        try:
            produced = list(rule.check.function(**kwargs) or ())
        except Exception as exc:
            import traceback  # only when a rule fails

            frame = traceback.extract_tb(exc.__traceback__)[-1]
            out.append(
                replace(
                    finding(
                        Pos("."),
                        "engine.rule_crashed",
                        rule_id=rule_id,
                        error=f"{type(exc).__name__} ({frame.filename.rsplit('/', 1)[-1]}:"
                        f"{frame.lineno})",
                    ),
                    rule=rule_id,
                    severity="error",
                )
            )
            continue
        for item in produced:
            if not isinstance(item, Finding) or lookup(item.message) is None:
                out.append(
                    replace(
                        finding(Pos("."), "engine.rule_bad_result", rule_id=rule_id),
                        rule=rule_id,
                        severity="error",
                    )
                )
                break
            severity = item.severity if item.severity == "info" else rule.spec.severity
            out.append(replace(item, rule=rule_id, severity=severity))
    return out


def broken_plugin_findings(ruleset: RuleSet) -> list[Finding]:
    return [
        replace(
            finding(Pos("."), "engine.plugin_broken", plugin=name, reason=reason, **values),
            rule=ENGINE,
            severity="error",
        )
        for name, reason, values in ruleset.broken
    ]
