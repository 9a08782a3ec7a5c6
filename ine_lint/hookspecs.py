"""The hooks a rule pack implements. Every rule, built-in or third-party, is such a plugin.

A rule pack is a module registered under the entry-point group ``ine_lint``::

    [project.entry-points.ine_lint]
    mi_regla = "mi_paquete.mi_regla"

Each module implements both hooks below with ``@ine_lint.hookimpl``. ine-lint never imports
Python from the inventory it checks: only installed entry points are loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

from ine_lint import PROJECT

if TYPE_CHECKING:
    from ine_lint.engine import Context
    from ine_lint.findings import Finding
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy, RuleSpec

hookspec = pluggy.HookspecMarker(PROJECT)


@hookspec
def ine_lint_rule(policy: Policy) -> RuleSpec:
    """Describe the one rule this plugin implements.

    Built-in rules return their entry of the policy catalogue (``policy.rule(ID)``); a
    third-party pack returns a :class:`ine_lint.policy.RuleSpec` of its own. The ``id`` is
    what findings, ``--select``, suppressions and waivers use. ``ine-lint rules`` and
    ``ine-lint explain`` show what this returns.

    The engine calls this hook on each plugin separately: results are not combined.
    """
    raise NotImplementedError


@hookspec
def ine_lint_check(inventory: Inventory, policy: Policy, context: Context) -> Iterable[Finding]:
    """Yield the findings of this plugin's rule on the whole inventory.

    :param inventory: the modelled inventory; read it through its typed objects and indexes
        (``active_accounts()``, ``current_designation()``, ...), never the YAML.
    :param policy: the catalogue: thresholds through ``policy.param(rule_id, name)``.
    :param context: the as-of date, the business-day calendar and the deadline horizon.

    Each finding is built with :func:`ine_lint.findings.finding`. The engine stamps the
    plugin's rule id onto every finding, and its severity unless the rule chose ``info``
    (upcoming deadlines), so a rule cannot mislabel itself. The engine calls each plugin
    separately: an exception in one becomes a single finding naming that rule, and the other
    rules still run.
    """
    raise NotImplementedError
