"""The hook a rule implements, and what else a rule module declares.

Every rule is a module. The built-in ones are listed in ``ine_lint.rules``; a third-party
rule pack registers each of its modules under the entry-point group ``ine_lint``::

    [project.entry-points.ine_lint]
    mi_regla = "mi_paquete.mi_regla"

and writes it exactly like a built-in one:

``ID`` (str)
    The rule id that findings, ``--select``, suppressions and waivers use (``4.3.VIII``).
``TITLE`` (dict[str, str])
    Its title in Spanish (``es``, required) and English (``en``).
``MESSAGES`` (:data:`ine_lint.messages.Messages`)
    Its catalogue entries: key → language → (facts, action).
``EXAMPLE`` (:class:`ine_lint.messages.Example`, optional)
    A finding ``ine-lint explain`` shows.
``READS`` (tuple[str, ...], optional)
    The inputs its findings rest on (``cuentas.cambios_contrasena``, ``designaciones``,
    ``cncs``…; see :mod:`ine_lint.unknown`). A finding about an área or account whose input
    could not be read is dropped, and the root-cause finding names the rule as not
    evaluated. Without it, the rule is taken to read everything about them.
``POLICY`` (dict, only for a rule with no entry in ``policies/lineamientos.yaml``)
    Its catalogue entry, in the same shape: ``severidad``, ``texto``, ``comprueba``,
    ``corrige`` and optionally ``pide`` and ``parametros``.
``ine_lint_check``
    The hook below, a plain function (``@ine_lint.hookimpl`` is accepted, not needed).

ine-lint never imports Python from the inventory it checks: only the built-in rules and
installed entry points are loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

from ine_lint import PROJECT

if TYPE_CHECKING:
    from ine_lint.context import Context
    from ine_lint.findings import Finding
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

hookspec = pluggy.HookspecMarker(PROJECT)


@hookspec
def ine_lint_check(inventory: Inventory, policy: Policy, context: Context) -> Iterable[Finding]:
    """Yield the findings of this module's rule on the whole inventory.

    :param inventory: the modelled inventory; read it through its typed objects and indexes
        (``active_accounts()``, ``current_designation()``, ...), never the YAML.
    :param policy: the catalogue: thresholds through ``policy.param(rule_id, name)``.
    :param context: the as-of date, the business-day calendar and the deadline horizon.

    An implementation takes any subset of these parameters, by name. Each finding is built
    with :func:`ine_lint.findings.finding` and a key of the module's ``MESSAGES``. The engine
    stamps the module's rule id onto every finding, and its severity unless the rule chose
    ``info`` (upcoming deadlines, :func:`ine_lint.findings.notice`), so a rule cannot
    mislabel itself. The engine calls each module separately, never through the combined
    hook: an exception in one becomes a single finding naming that rule, and the other rules
    still run.
    """
    raise NotImplementedError
