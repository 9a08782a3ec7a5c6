"""Upcoming obligations as an iCalendar file: one all-day event each.

The events are the check's own ``--horizon`` notices (password rotation 4.3.VIII, the
quarterly report and unreported changes of administrators 4.2.V, and any other notice a rule
gives with its due date), plus the waivers of the configuration that expire within the
horizon. Nothing is computed twice: what the calendar says is what ``check --horizon`` says.

Each event's UID is derived from what the obligation is, not from when it falls due, so a
calendar that imports the file again updates the event instead of adding a second one: the
next password change of an account keeps its UID when the password is changed and the date
moves.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import IO, TYPE_CHECKING

from ine_lint.config import Waiver
from ine_lint.display import printable
from ine_lint.findings import Finding
from ine_lint.report.data import area_of, due_date, file_areas
from ine_lint.report.texts import texts
from ine_lint.rules.art_4_3_iv_incidents import REQUIRED as INCIDENT_ACTIONS

if TYPE_CHECKING:
    from ine_lint.check import Options, Result

#: Arguments that say when, not what: they move while the obligation stays the same.
MOVING_ARGS = frozenset({"last", "due"})
UID_DOMAIN = "ine-lint"


def obligation_uid(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


#: Which deadline each action of an incident answers to (at once, or CNCS's business day).
DEADLINE_OF_ACTION = {key: kind for key, _attr, kind in INCIDENT_ACTIONS}


def finding_uid(f: Finding, area: str) -> str:
    identity = []
    for k, v in f.args:
        if k in MOVING_ARGS:
            continue
        if k == "missing" and f.message == "r.incident.pending":
            # The actions still pending shrink as they are done: the obligation is the
            # incident's deadline they answer to, not which of them are left.
            actions = (a.strip() for a in str(v).split(","))
            k, v = "deadline", ",".join(sorted({DEADLINE_OF_ACTION.get(a, a) for a in actions}))
        identity.append(f"{k}={v}")
    return obligation_uid("aviso", f.rule, f.message, area, f.subject, *identity)


def waiver_uid(w: Waiver) -> str:
    return obligation_uid(
        "excepcion", w.rule, w.area or "", w.account or "", w.file or "", w.authority
    )


class Obligation:
    """One event: its UID, day, summary, description and área."""

    __slots__ = ("area", "day", "description", "rule", "summary", "uid")

    def __init__(
        self, uid: str, day: date, rule: str, area: str, summary: str, description: str
    ) -> None:
        self.uid, self.day, self.rule, self.area = uid, day, rule, area
        self.summary, self.description = summary, description


def obligations(
    result: Result, options: Options, lang: str, area: str | None = None
) -> list[Obligation]:
    """What falls due from the as-of date to the end of the horizon, by day."""
    t = texts(lang)
    horizon = options.horizon or 0
    end = options.as_of + timedelta(days=horizon)
    by_file = file_areas(result.inventory) if result.inventory is not None else {}
    out: list[Obligation] = []
    for f in result.findings:
        day = due_date(f) if f.severity == "info" else None
        if day is None or not options.as_of <= day <= end:
            continue
        where = area_of(f, by_file)
        if area is not None and where != area:
            continue
        title = _title(result, f.rule, lang)
        subject = printable(f.subject or where)
        summary = f"{f.rule} · {subject}: {title}" if subject else f"{f.rule}: {title}"
        # Inventory text is shown escaped: a newline in it must not forge a line of the event.
        description = "\n".join(
            [printable(f.text(lang)), t["file_line"].format(where=printable(f"{f.path}:{f.line}"))]
        )
        out.append(Obligation(finding_uid(f, where), day, f.rule, where, summary, description))
    for w in options.waivers:
        if not options.as_of <= w.expires <= end:
            continue
        covered = [f for f in result.suppressed if w.covers(f.rule, f.area, f.subject, f.path)]
        areas = {area_of(f, by_file) for f in covered} | ({w.area} if w.area else set())
        if area is not None and area not in areas:
            continue
        what = printable(w.account or w.area or w.file or "")
        summary = t["waiver_summary"].format(rule=w.rule, authority=printable(w.authority))
        if what:
            summary += f" ({what})"
        # The waiver's motivo is free text and is not repeated: only the oficio and the date.
        lines = [
            t["waiver_desc"].format(authority=printable(w.authority), date=w.expires.isoformat())
        ]
        lines += [
            t["waiver_covers"].format(what=printable(f"{f.path}:{f.line} {f.text(lang)}"))
            for f in covered
        ]
        out.append(
            Obligation(
                waiver_uid(w),
                w.expires,
                w.rule,
                area if area is not None else ",".join(sorted(areas)),
                summary,
                "\n".join(lines),
            )
        )
    out.sort(key=lambda o: (o.day, o.rule, o.summary, o.uid))
    return out


def _title(result: Result, rule: str, lang: str) -> str:
    found = result.ruleset.rules.get(rule)
    if found is None:
        return rule
    return found.spec.title.get(lang) or found.spec.title.get("es", rule)


def write_calendar(
    result: Result, options: Options, lang: str, area: str | None, stream: IO[bytes]
) -> None:
    import icalendar

    t = texts(lang)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//ine-lint//calendario//" + lang.upper())
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", t["cal_name"] + (f" · {area}" if area else ""))
    cal.add("x-wr-caldesc", t["cal_desc"])
    # The stamp is the as-of date, not the clock: the same inventory and date give the same
    # file, byte for byte.
    stamp = datetime.combine(options.as_of, datetime.min.time(), tzinfo=UTC)
    # Findings come redacted; a waiver's fields (its account, its file) are hidden here.
    from ine_lint.redact import Redactor

    hide = (
        Redactor.of(result.inventory, options.hidden).text
        if result.inventory is not None
        else Redactor(options.hidden).text
    )
    for o in obligations(result, options, lang, area):
        event = icalendar.Event()
        event.add("uid", o.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", o.day)
        event.add("dtend", o.day + timedelta(days=1))
        event.add("summary", hide(o.summary))
        event.add("description", hide(o.description))
        event.add("categories", [o.rule])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    stream.write(cal.to_ical())
