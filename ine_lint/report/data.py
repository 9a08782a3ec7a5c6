"""What the HTML report shows, computed from one check: no markup here.

The semáforo's rows are the áreas grouped as INE is organised (central offices; then each
state's junta local followed by its juntas distritales), its columns the provisions. A cell
is red when the área has active findings of that provision; grey when something the
provision reads (its rule's ``READS``) is unknown for the área, because a file, entry or
field could not be read (unknown is not absent: no green from what nobody could read);
amber when it complies but an obligation falls due within the horizon; green otherwise; and
"not applicable" for account provisions of an área without active accounts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ine_lint.dates import add_months
from ine_lint.findings import Finding
from ine_lint.model import account_key
from ine_lint.selection import rule_order
from ine_lint.unknown import ACCOUNT, ALL, AREA, Unknown, covers

if TYPE_CHECKING:
    from ine_lint.check import Result
    from ine_lint.inventory import Inventory
    from ine_lint.model import Account

RED, AMBER, GREY, GREEN, NA = "red", "amber", "grey", "green", "na"
VIOLATION = ("error", "warning")
ROTATION = "4.3.VIII"
#: Provisions about each active account: for an área without one there is nothing to judge.
ACCOUNT_SCOPED = frozenset(
    {
        "4.1.III",
        "4.1.IV.1",
        "4.1.IV.2",
        "4.1.IV.3",
        "4.2.II",
        "4.3.II",
        "4.3.III",
        "4.3.IV",
        "4.3.V",
        "4.3.VII",
        "4.3.VIII",
        "4.3.IX",
    }
)
#: Arguments of a notice that hold the date it falls due, by preference.
DUE_ARGS = ("due", "deadline", "limit")


def due_date(f: Finding) -> date | None:
    """The day a notice (``--horizon``) falls due, from its message arguments."""
    args = dict(f.args)
    for name in DUE_ARGS:
        value = args.get(name)
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return None


@dataclass
class Cell:
    rule: str
    state: str
    count: int = 0
    anchor: str = ""


@dataclass
class AccountRow:
    network: str
    user: str
    url: str | None
    active: bool
    retired: date | None
    last_change: date
    from_alta: bool
    next_due: date | None
    overdue: bool
    second_factor: str  # a key of the texts, formatted with ``sf_email``
    sf_email: str = ""
    violations: int = 0
    #: The rotation is past due but its finding is suppressed or waived: said, not flagged.
    excused: bool = False


@dataclass
class AdminRow:
    role: str
    name: str
    cargo: str
    email: str
    since: date


@dataclass
class Upcoming:
    due: date
    finding: Finding


@dataclass
class AreaView:
    key: str
    name: str
    kind: str
    entity: str | None
    anchor: str
    titular: str = ""
    titular_cargo: str = ""
    admins: list[AdminRow] = field(default_factory=list)
    accounts: list[AccountRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    upcoming: list[Upcoming] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    #: ``file:line`` of each root cause that left something of this área unknown.
    unknown_causes: list[str] = field(default_factory=list)
    applies: bool = True

    @property
    def violations(self) -> int:
        return sum(1 for f in self.findings if f.severity in VIOLATION)

    @property
    def evaluable(self) -> bool:
        return not any(c.state == GREY for c in self.cells)

    @property
    def complies(self) -> bool:
        return self.applies and self.violations == 0 and self.evaluable

    def findings_of(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]


@dataclass
class Group:
    """A heading of the semáforo: central offices, or one entidad."""

    label: str
    entity: str | None
    areas: list[AreaView]

    @property
    def complying(self) -> int:
        return sum(1 for a in self.areas if a.complies)

    @property
    def applicable(self) -> int:
        return sum(1 for a in self.areas if a.applies)


@dataclass
class Column:
    rule: str
    title: str


@dataclass
class Ranked:
    rule: str
    title: str
    areas: int


@dataclass
class ReportData:
    as_of: date
    horizon: int | None
    inventory: str
    columns: list[Column]
    groups: list[Group]
    general: list[Finding]
    ranking: list[Ranked]
    errors: int
    warnings: int
    notices: int
    suppressed: int
    accounts_total: int
    accounts_ok: int

    @property
    def areas(self) -> list[AreaView]:
        return [a for g in self.groups for a in g.areas]

    @property
    def areas_applicable(self) -> int:
        return sum(1 for a in self.areas if a.applies)

    @property
    def areas_ok(self) -> int:
        return sum(1 for a in self.areas if a.complies)

    @property
    def areas_grey(self) -> int:
        return sum(1 for a in self.areas if a.applies and not a.evaluable)


def _anchor(key: str, taken: set[str]) -> str:
    base = "area-" + (re.sub(r"[^A-Za-z0-9_-]", "_", key) or "_")
    anchor, n = base, 1
    while anchor in taken:
        n += 1
        anchor = f"{base}-{n}"
    taken.add(anchor)
    return anchor


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def file_areas(inventory: Inventory) -> dict[str, str]:
    """Inventory-relative path of each per-área file → the área it belongs to (its name)."""
    return {
        lf.path: _stem(lf.path) for lf in inventory.files if lf.kind in ("designaciones", "cuentas")
    }


def area_of(f: Finding, by_file: dict[str, str]) -> str:
    return f.area or by_file.get(f.path, "")


def build_report(result: Result, lang: str, inventory_label: str) -> ReportData:
    """Everything the report shows, from a check that kept its inventory."""
    inventory = result.inventory
    if inventory is None:
        raise ValueError("the check must keep its inventory for the report")
    policy = result.policy
    rules = sorted(result.ruleset.rules, key=rule_order)
    columns = [Column(r, _title(result, r, lang)) for r in rules]
    by_file = file_areas(inventory)
    findings_by_area: dict[str, list[Finding]] = defaultdict(list)
    general: list[Finding] = []
    for f in result.findings:
        key = area_of(f, by_file)
        (findings_by_area[key] if key else general).append(f)

    unknown = _unknown_by_area(inventory, by_file)
    reads = {r: result.ruleset.rules[r].reads for r in rules}
    months = int(policy.param(ROTATION, "max_meses")) if ROTATION in policy.rules else 2
    taken: set[str] = set()
    views: dict[str, AreaView] = {}
    order = list(inventory.areas)
    order += sorted(
        {k for k in findings_by_area if k not in inventory.areas}
        | {k for k in inventory.designations if k not in inventory.areas}
        | {a.area for a in inventory.accounts if a.area not in inventory.areas}
    )
    checked = set(inventory.checked_areas)
    excused = {
        account_key(f.subject) for f in result.suppressed if f.rule == ROTATION and f.subject
    }
    for key in order:
        area = inventory.areas.get(key)
        view = AreaView(
            key=key,
            name=area.name if area else key,
            kind=area.kind if area else "",
            entity=area.entity if area else None,
            anchor=_anchor(key, taken),
        )
        if area is not None and area.titular is not None:
            view.titular, view.titular_cargo = area.titular.name, area.titular.cargo
        _admins(view, inventory, key)
        accounts = sorted(
            inventory.accounts_by_area.get(key, ()),
            key=lambda a: (not a.active(inventory.as_of), a.network, a.user.lower()),
        )
        view.accounts = [_account_row(a, inventory, months, policy) for a in accounts]
        view.findings = sorted(findings_by_area.get(key, ()), key=_by_place)
        violations = Counter(
            account_key(f.subject) for f in view.findings if f.severity in VIOLATION and f.subject
        )
        for row, acc in zip(view.accounts, accounts, strict=True):
            row.violations = violations.get(acc.key, 0)
            if row.overdue and acc.key in excused:
                row.overdue, row.excused = False, True
        view.upcoming = sorted(
            (
                Upcoming(d, f)
                for f in view.findings
                if f.severity == "info" and (d := due_date(f)) is not None
            ),
            key=lambda u: (u.due, u.finding.rule, u.finding.subject),
        )
        mine = unknown.get(key, []) + unknown.get("", [])
        view.unknown_causes = sorted({f"{u.path}:{u.line}" for u in unknown.get(key, [])})
        has_accounts = bool(inventory.active_accounts_of(key))
        view.applies = key in checked or bool(view.findings) or bool(view.unknown_causes)
        view.cells = [_cell(view, c.rule, reads[c.rule], mine, has_accounts) for c in columns]
        views[key] = view

    groups = _group(list(views.values()), inventory, lang)
    ranking = sorted(
        (
            Ranked(
                c.rule,
                c.title,
                sum(
                    1
                    for v in views.values()
                    if any(f.rule == c.rule and f.severity in VIOLATION for f in v.findings)
                ),
            )
            for c in columns
        ),
        key=lambda r: (-r.areas, rule_order(r.rule)),
    )
    active = inventory.active_accounts()
    failing_accounts = {
        account_key(f.subject) for f in result.findings if f.severity in VIOLATION and f.subject
    }
    unsure = {u.key for u in inventory.unknown if u.scope == ACCOUNT}
    # An account complies fully only if every provision about accounts could judge it: an
    # unreadable designations file leaves its área's access and second factor unknown.
    account_reads = [reads[r] for r in rules if r in ACCOUNT_SCOPED]
    judged = [
        u
        for u in inventory.unknown
        if u.scope != ACCOUNT and any(r is None or covers(u.input, r) for r in account_reads)
    ]
    unsure_areas = {u.key for u in judged if u.scope == AREA}
    everywhere = any(u.scope == ALL for u in judged)
    accounts_ok = (
        0
        if everywhere
        else sum(
            1
            for a in active
            if a.key not in failing_accounts and a.key not in unsure and a.area not in unsure_areas
        )
    )
    severities = Counter(f.severity for f in result.findings)
    return ReportData(
        as_of=result.as_of,
        horizon=None,
        inventory=inventory_label,
        columns=columns,
        groups=groups,
        general=sorted(general, key=_by_place),
        ranking=[r for r in ranking if r.areas],
        errors=severities["error"],
        warnings=severities["warning"],
        notices=severities["info"],
        suppressed=len(result.suppressed),
        accounts_total=len(active),
        accounts_ok=accounts_ok,
    )


def _title(result: Result, rule: str, lang: str) -> str:
    spec = result.ruleset.rules[rule].spec
    return spec.title.get(lang) or spec.title.get("es", rule)


def _by_place(f: Finding) -> tuple[Any, ...]:
    return (f.path, f.line, f.column, f.rule)


def _unknown_by_area(inventory: Inventory, by_file: dict[str, str]) -> dict[str, list[Unknown]]:
    """The unknown facts of each área ("" for those that concern every área)."""
    out: dict[str, list[Unknown]] = defaultdict(list)
    for u in inventory.unknown:
        if u.scope == ALL:
            out[""].append(u)
        elif u.scope == AREA:
            out[u.key].append(u)
        else:
            account = inventory.accounts_by_key.get(u.key)
            out[account.area if account is not None else by_file.get(u.path, "")].append(u)
    return out


def rule_anchor(area_anchor: str, rule: str) -> str:
    """The id of an área's findings (or deadlines) of one provision."""
    return f"{area_anchor}--{re.sub(r'[^A-Za-z0-9]', '-', rule)}"


def _cell(
    view: AreaView,
    rule: str,
    reads: tuple[str, ...] | None,
    unknown: list[Unknown],
    has_accounts: bool,
) -> Cell:
    mine = view.findings_of(rule)
    red = sum(1 for f in mine if f.severity in VIOLATION)
    anchor = rule_anchor(view.anchor, rule)
    if red:
        return Cell(rule, RED, red, anchor)
    # A rule that declares nothing is taken to read everything (as the engine does).
    if any(reads is None or covers(u.input, reads) for u in unknown):
        return Cell(rule, GREY, 0, view.anchor)
    if not view.applies or (rule in ACCOUNT_SCOPED and not has_accounts):
        return Cell(rule, NA, 0, view.anchor)
    soon = sum(1 for f in mine if f.severity == "info")
    if soon:
        return Cell(rule, AMBER, soon, anchor)
    return Cell(rule, GREEN, 0, view.anchor)


def _admins(view: AreaView, inventory: Inventory, key: str) -> None:
    current = inventory.current_designation(key)
    if current is None:
        return
    for role, person in current.administrators():
        view.admins.append(AdminRow(role, person.name, person.cargo, person.email, current.since))


def _account_row(account: Account, inventory: Inventory, months: int, policy: Any) -> AccountRow:
    as_of = inventory.as_of
    changes = [c for c in account.password_changes if c.date <= as_of]
    last, from_alta = (changes[-1].date, False) if changes else (account.opened, True)
    active = account.active(as_of)
    due = add_months(last, months) if active else None
    sf, sf_email = "sf_unknown", ""
    platform = policy.platform(account.network)
    factor = account.second_factor
    if platform is not None and not platform.second_factor:
        sf = "sf_na"
    elif factor is not None and factor.active is False:
        sf = "sf_off"
    elif factor is not None and factor.active:
        sf = "sf_on"
        current = inventory.current_designation(account.area)
        device = factor.device or ""
        if current is not None and current.owner is not None and device == current.owner.email:
            sf = "sf_on_owner"
        elif current is not None and current.deputy is not None and device == current.deputy.email:
            sf = "sf_on_deputy"
        elif device:
            sf, sf_email = "sf_on_other", device
    name = platform.name if platform is not None else account.network
    return AccountRow(
        network=name,
        user=account.user,
        url=account.url,
        active=active,
        retired=account.retired if not active else None,
        last_change=last,
        from_alta=from_alta,
        next_due=due,
        overdue=due is not None and as_of > due,
        second_factor=sf,
        sf_email=sf_email,
    )


def _natural(key: str) -> tuple[tuple[int, int | str], ...]:
    """JDE2-X before JDE10-X: numbers compare as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", key) if part
    )


def _group(views: Iterable[AreaView], inventory: Inventory, lang: str) -> list[Group]:
    from ine_lint.report.texts import ENTIDADES, texts

    t = texts(lang)
    central: list[AreaView] = []
    by_entity: dict[str, list[AreaView]] = {}
    other: list[AreaView] = []
    for v in views:
        if v.kind in ("junta_local", "junta_distrital") and v.entity:
            by_entity.setdefault(v.entity, []).append(v)
        elif v.key in inventory.areas:
            central.append(v)
        else:
            other.append(v)
    groups = [Group(t["central"], None, central)] if central else []
    # States in INE's (INEGI's) order; an abbreviation it does not know goes last.
    order = {abbr: i for i, abbr in enumerate(ENTIDADES)}
    for entity in sorted(by_entity, key=lambda e: (order.get(e, len(order)), e)):
        members = by_entity[entity]
        # The junta local heads its state; the distritales follow in district order.
        members.sort(key=lambda v: (v.kind != "junta_local", _natural(v.key)))
        groups.append(Group(f"{ENTIDADES.get(entity, entity)} ({entity})", entity, members))
    if other:
        groups.append(Group(t["uncatalogued"], None, other))
    return groups
