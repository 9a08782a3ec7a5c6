"""4.2.V: report every three months, and changes within 5 business days.

> V. Deberán informar cada tres meses y/o cuando existan cambios de las personas
> Administradoras de cuentas en un plazo no mayor a 5 días hábiles, adjuntando los formatos
> señalados en el numeral IV de este artículo.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ine_lint.dates import add_months
from ine_lint.findings import Finding, finding, notice
from ine_lint.messages import Example, Messages

if TYPE_CHECKING:
    from ine_lint.context import Context
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

ID = "4.2.V"
#: What the rule reads; a finding resting on one of these that could not be read is
#: dropped (ine_lint.unknown).
READS = ("designaciones.vigente_desde", "designaciones.fecha_oficio", "designaciones.informes")
TITLE = {
    "es": "Informe trimestral y cambios en 5 días hábiles",
    "en": "Quarterly report and changes within 5 business days",
}

MESSAGES: Messages = {
    "r.report.none": {
        "es": (
            "No consta ningún informe ni oficio del área {area} a la CNCS",
            "Envíe el informe con los Anexos 1 y 2 y regístrelo en informes",
        ),
        "en": (
            "No report or oficio from área {area} to CNCS is recorded",
            "Send the report with Anexos 1 and 2 and record it in informes",
        ),
    },
    "r.report.overdue": {
        "es": (
            "Último informe a la CNCS: {last}; el siguiente debía enviarse a más tardar el {due}",
            "Envíe el informe trimestral con los Anexos 1 y 2 y regístrelo en informes",
        ),
        "en": (
            "Latest report to CNCS: {last}; the next one was due by {due}",
            "Send the quarterly report with Anexos 1 and 2 and record it in informes",
        ),
    },
    "r.report.due_soon": {
        "es": (
            "Último informe a la CNCS: {last}; el siguiente vence el {due}",
            "Prepare el informe trimestral antes de esa fecha",
        ),
        "en": (
            "Latest report to CNCS: {last}; the next one is due on {due}",
            "Prepare the quarterly report before then",
        ),
    },
    "r.report.change_missing": {
        "es": (
            "El cambio de personas administradoras del {since} no tiene oficio a la CNCS; el "
            "plazo de {days} días hábiles venció el {deadline}",
            "Envíe el oficio con los Anexos 1 y 2 y registre fecha_oficio",
        ),
        "en": (
            "The change of administrators on {since} has no oficio to CNCS; the {days} "
            "business-day period ended on {deadline}",
            "Send the oficio with Anexos 1 and 2 and record fecha_oficio",
        ),
    },
    "r.report.change_due_soon": {
        "es": (
            "El cambio de personas administradoras del {since} debe informarse a la CNCS a más "
            "tardar el {deadline}",
            "Envíe el oficio con los Anexos 1 y 2 antes de esa fecha",
        ),
        "en": (
            "The change of administrators on {since} must be reported to CNCS by {deadline}",
            "Send the oficio with Anexos 1 and 2 before then",
        ),
    },
    "r.report.change_late": {
        "es": (
            "El cambio de personas administradoras del {since} se informó el {sent}; el "
            "plazo de {days} días hábiles vencía el {deadline}",
            "Informe los próximos cambios dentro del plazo",
        ),
        "en": (
            "The change of administrators on {since} was reported on {sent}; the {days} "
            "business-day period ended on {deadline}",
            "Report future changes within the period",
        ),
    },
    "r.report.no_forms": {
        "es": (
            "El informe {oficio} del {date} no consta que adjunte los Anexos 1 y 2",
            "Remita los formatos a la CNCS y registre adjunta_formatos: true",
        ),
        "en": (
            "Report {oficio} of {date} is not recorded as attaching Anexos 1 and 2",
            "Send the forms to CNCS and record adjunta_formatos: true",
        ),
    },
}

EXAMPLE = Example(
    "designaciones/JDE01-AGS.yaml", "r.report.overdue", {"last": "2026-05-04", "due": "2026-08-04"}
)


def ine_lint_check(inventory: Inventory, policy: Policy, context: Context) -> Iterator[Finding]:
    months = int(policy.param(ID, "meses_informe"))
    days = int(policy.param(ID, "dias_habiles_cambio"))
    as_of = context.as_of
    for key in inventory.checked_areas:
        group = inventory.designations.get(key)
        # Every oficio to CNCS counts as a report: the informes and each designation's oficio.
        dated = []
        if group is not None:
            dated += [(r.date, r.where("fecha")) for r in group.reports if r.date <= as_of]
            dated += [
                (d.oficio_date, d.where("fecha_oficio"))
                for d in group.designations
                if d.oficio_date is not None and d.oficio_date <= as_of
            ]
        if not dated:
            yield finding(
                inventory.area_position(key), "r.report.none", area=key, subject=key, months=months
            )
        else:
            last, where = max(dated, key=lambda item: (item[0], item[1].line))
            due = add_months(last, months)
            if as_of > due:
                yield finding(
                    where,
                    "r.report.overdue",
                    area=key,
                    subject=key,
                    last=last.isoformat(),
                    due=due.isoformat(),
                    months=months,
                )
            elif context.due_soon(due):
                yield notice(
                    finding(
                        where,
                        "r.report.due_soon",
                        area=key,
                        subject=key,
                        last=last.isoformat(),
                        due=due.isoformat(),
                    )
                )
        if group is None:
            continue
        past = [d for d in group.designations if d.since <= as_of]
        for change in past[1:]:
            deadline = context.calendar.add(change.since, days)
            since = change.since.isoformat()
            if change.oficio_date is None:
                if as_of > deadline:
                    yield finding(
                        change.where("vigente_desde"),
                        "r.report.change_missing",
                        area=key,
                        subject=key,
                        since=since,
                        deadline=deadline.isoformat(),
                        days=days,
                    )
                elif context.due_soon(deadline):
                    yield notice(
                        finding(
                            change.where("vigente_desde"),
                            "r.report.change_due_soon",
                            area=key,
                            subject=key,
                            since=since,
                            deadline=deadline.isoformat(),
                        )
                    )
            elif change.oficio_date > deadline:
                yield finding(
                    change.where("fecha_oficio"),
                    "r.report.change_late",
                    area=key,
                    subject=key,
                    since=since,
                    sent=change.oficio_date.isoformat(),
                    deadline=deadline.isoformat(),
                    days=days,
                )
        for report in group.reports:
            if report.date <= as_of and report.attaches_forms is not True:
                yield finding(
                    report.where("adjunta_formatos", "oficio"),
                    "r.report.no_forms",
                    area=key,
                    subject=key,
                    oficio=report.oficio,
                    date=report.date.isoformat(),
                )
