"""4.2.V: report every three months, and changes within 5 business days.

> V. Deberán informar cada tres meses y/o cuando existan cambios de las personas
> Administradoras de cuentas en un plazo no mayor a 5 días hábiles, adjuntando los formatos
> señalados en el numeral IV de este artículo.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ine_lint import hookimpl
from ine_lint.dates import add_months
from ine_lint.findings import Finding, finding, notice

ID = "4.2.V"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("designaciones.vigente_desde", "designaciones.fecha_oficio",
         "designaciones.informes")


@hookimpl
def ine_lint_rule(policy: Any) -> Any:
    return policy.rule(ID)


@hookimpl
def ine_lint_check(inventory: Any, policy: Any, context: Any) -> Iterator[Finding]:
    months = int(policy.param(ID, "meses_informe"))
    days = int(policy.param(ID, "dias_habiles_cambio"))
    as_of = context.as_of
    for key in inventory.checked_areas:
        group = inventory.designations.get(key)
        # Every oficio to CNCS counts as a report: the informes and each designation's oficio.
        dated = []
        if group is not None:
            dated += [(r.date, r.where("fecha")) for r in group.reports if r.date <= as_of]
            dated += [(d.oficio_date, d.where("fecha_oficio")) for d in group.designations
                      if d.oficio_date is not None and d.oficio_date <= as_of]
        if not dated:
            yield finding(inventory.area_position(key), "r.report.none", area=key,
                          subject=key, months=months)
        else:
            last, where = max(dated, key=lambda item: (item[0], item[1].line))
            due = add_months(last, months)
            if as_of > due:
                yield finding(where, "r.report.overdue", area=key, subject=key,
                              last=last.isoformat(), due=due.isoformat(), months=months)
            elif context.due_soon(due):
                yield notice(finding(where, "r.report.due_soon", area=key, subject=key,
                                    last=last.isoformat(), due=due.isoformat()))
        if group is None:
            continue
        past = [d for d in group.designations if d.since <= as_of]
        for change in past[1:]:
            deadline = context.calendar.add(change.since, days)
            since = change.since.isoformat()
            if change.oficio_date is None:
                if as_of > deadline:
                    yield finding(change.where("vigente_desde"), "r.report.change_missing",
                                  area=key, subject=key, since=since,
                                  deadline=deadline.isoformat(), days=days)
                elif context.due_soon(deadline):
                    yield notice(finding(change.where("vigente_desde"),
                                        "r.report.change_due_soon", area=key, subject=key,
                                        since=since, deadline=deadline.isoformat()))
            elif change.oficio_date > deadline:
                yield finding(change.where("fecha_oficio"), "r.report.change_late", area=key,
                              subject=key, since=since, sent=change.oficio_date.isoformat(),
                              deadline=deadline.isoformat(), days=days)
        for report in group.reports:
            if report.date <= as_of and report.attaches_forms is not True:
                yield finding(report.where("adjunta_formatos", "oficio"),
                              "r.report.no_forms", area=key, subject=key,
                              oficio=report.oficio, date=report.date.isoformat())

