"""Stage 4, rules: load the rule plugins and run each one in isolation."""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib.metadata import entry_points
from typing import Any

import pluggy

from ine_lint import PROJECT, hookspecs
from ine_lint.dates import BusinessCalendar
from ine_lint.findings import ENGINE, Finding, Pos, finding
from ine_lint.policy import Policy, RuleSpec

BUILTIN_PREFIX = "ine_lint.rules."


@dataclass(frozen=True)
class Context:
    """What a rule needs to know besides the inventory and the catalogue."""

    as_of: date
    calendar: BusinessCalendar = field(default_factory=BusinessCalendar)
    #: Report obligations falling due within this many days as ``info`` (``--horizon``).
    horizon: int | None = None

    def due_soon(self, due: date) -> bool:
        return self.horizon is not None and self.as_of <= due and \
            (due - self.as_of).days <= self.horizon


@dataclass
class Rule:
    spec: RuleSpec
    plugin: Any
    check: Any

    @property
    def reads(self) -> tuple[str, ...] | None:
        """The inputs the rule declares (``READS`` in its module); None: not declared, so
        taken as everything about the área or account a finding names."""
        declared = getattr(self.plugin, "READS", None)
        if isinstance(declared, (tuple, list)) and all(isinstance(n, str) for n in declared):
            return tuple(declared)
        return None


@dataclass
class RuleSet:
    rules: dict[str, Rule]
    #: Plugins that could not be loaded or described: (name, reason).
    broken: list[tuple[str, str]]


def load_rules(policy: Policy) -> RuleSet:
    """Every installed rule plugin, keyed by its rule id."""
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    broken: list[tuple[str, str]] = []
    for ep in sorted(entry_points(group=PROJECT), key=lambda e: e.name):
        if pm.has_plugin(ep.name):
            continue  # the same distribution seen twice on sys.path
        try:
            pm.register(ep.load(), name=ep.name)
        except Exception as exc:  # a broken third-party pack must not stop the others
            broken.append((ep.name, f"{type(exc).__name__}: {exc}"))
    rules: dict[str, Rule] = {}
    describe = {impl.plugin: impl for impl in pm.hook.ine_lint_rule.get_hookimpls()}
    for impl in pm.hook.ine_lint_check.get_hookimpls():
        name = pm.get_name(impl.plugin) or repr(impl.plugin)
        meta = describe.get(impl.plugin)
        if meta is None:
            broken.append((name, "no implementa ine_lint_rule"))
            continue
        try:
            spec = meta.function(policy=policy)
        except Exception as exc:
            broken.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        if not isinstance(spec, RuleSpec):
            broken.append((name, "ine_lint_rule no devolvió un RuleSpec"))
            continue
        if spec.id in rules:
            broken.append((name, f"la regla {spec.id} ya está registrada"))
            continue
        module = getattr(impl.plugin, "__name__", "")
        origin = "ine-lint" if module.startswith(BUILTIN_PREFIX) else name
        rules[spec.id] = Rule(replace(spec, origin=origin), impl.plugin, impl)
    return RuleSet(rules, broken)


def run_rules(ruleset: RuleSet, inventory: Any, policy: Policy, context: Context,
              only: Iterable[str] | None = None) -> list[Finding]:
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
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            out.append(replace(
                finding(Pos("."), "engine.rule_crashed", rule_id=rule_id,
                        error=f"{type(exc).__name__} ({frame.filename.rsplit('/', 1)[-1]}:"
                              f"{frame.lineno})"),
                rule=rule_id, severity="error"))
            continue
        for item in produced:
            if not isinstance(item, Finding):
                out.append(replace(finding(Pos("."), "engine.rule_bad_result",
                                           rule_id=rule_id), rule=rule_id, severity="error"))
                break
            severity = item.severity if item.severity == "info" else rule.spec.severity
            out.append(replace(item, rule=rule_id, severity=severity))
    return out


def broken_plugin_findings(ruleset: RuleSet) -> list[Finding]:
    return [replace(finding(Pos("."), "engine.plugin_broken", plugin=name, reason=reason),
                    rule=ENGINE, severity="error") for name, reason in ruleset.broken]
