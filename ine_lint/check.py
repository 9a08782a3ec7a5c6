"""The pipeline: files → load → validate → model → rules → findings → filter.

This is the library entry point (``check(root, options)``); the CLI only parses options and
reports the result.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ine_lint.config import Waiver, validity_limit
from ine_lint.errors import ConfigError, InventoryError
from ine_lint.findings import CORE_RULES, SEVERITY_RANK, Finding
from ine_lint.selection import matches, selected
from ine_lint.suppress import SECRETS

if TYPE_CHECKING:  # imported in check(), once the workers that parse the files are started
    from ine_lint.engine import RuleSet
    from ine_lint.history import Baseline
    from ine_lint.inventory import Inventory
    from ine_lint.policy import Policy

SUPPRESSION = "supresion"
HISTORY = "historial"
#: Message keys of the findings that say ine-lint itself failed (a rule that raised).
INTERNAL = "engine."


@dataclass
class Options:
    as_of: date
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: dict[str, str] = field(default_factory=dict)
    waivers: tuple[Waiver, ...] = ()
    non_working_days: tuple[date, ...] = ()
    horizon: int | None = None
    #: Report only findings in these inventory-relative paths (pre-commit); None = all.
    only_paths: frozenset[str] | None = None
    cache_dir: Path | None = None
    jobs: int | None = None
    #: Where a selector or severity came from in the configuration ("file:line"), for errors.
    origins: dict[str, str] = field(default_factory=dict)
    #: Entries of the configuration not applied for want of authority (``config.authorised``):
    #: reported whatever the configuration selects or ignores.
    config_findings: tuple[Finding, ...] = ()
    #: The base revision's files (``--base``): enables the ``historial`` rule.
    history: Baseline | None = None
    #: Strings no output may show besides what 4.3.VI finds in the inventory: the secrets
    #: of the configuration (``Config.hidden``).
    hidden: tuple[str, ...] = ()


@dataclass
class Result:
    root: Path
    as_of: date
    findings: list[Finding]
    suppressed: list[Finding]
    files: int
    ruleset: RuleSet
    policy: Policy
    #: The inventory as the rules saw it (the report shows its accounts and administrators).
    inventory: Inventory | None = None


def check(root: Path, options: Options) -> Result:
    """Check one inventory; never raises for what is inside its files."""
    # The pipeline allocates millions of small containers and frees them by reference
    # counting; none of them form cycles. Without this, the cyclic collector ran about once
    # per 700 of them and took a third of the time of loading a cached model.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _check(root, options)
    finally:
        if was_enabled:
            gc.enable()


def _check(root: Path, options: Options) -> Result:
    from ine_lint.discovery import discover, is_inventory
    from ine_lint.references import build

    if not root.is_dir():
        raise InventoryError("inventory.missing", path=root)
    if not is_inventory(root):
        raise InventoryError("inventory.not_inventory", path=root)
    if not (root / "areas.yaml").is_file():
        # Every provision rests on the catalogue of áreas: without it nothing can be judged,
        # and a commit that deletes it must not pass as "nothing to check".
        raise InventoryError("inventory.no_areas", path=root)
    from ine_lint.parallel import Loading
    from ine_lint.store import store

    sources, problems = discover(root)
    from ine_lint.scope import walk
    from ine_lint.warm import JudgedNames

    extra, names = walk(root, {s.rel for s in sources})
    sources = sources + extra
    cache = store(options.cache_dir)  # one for the run: names, files, snapshot, catalogue
    judged = JudgedNames(root, names, cache)
    named = judged.found
    # Workers, if any, start parsing now; this process meanwhile does what does not need
    # the files, then loads its part of them.
    loading = Loading(sources, cache, jobs=options.jobs, name_hits=[hit for _, hit in named])
    try:
        from ine_lint.context import Context
        from ine_lint.dates import BusinessCalendar, federal_holidays
        from ine_lint.engine import broken_plugin_findings, load_rules, run_rules
        from ine_lint.policy import load_policy

        policy = load_policy(store=cache)
        ruleset = load_rules(policy)
        _check_selectors(options, set(ruleset.rules) | set(CORE_RULES) | {SUPPRESSION, HISTORY})
        calendar = BusinessCalendar(options.non_working_days, federal_holidays)
        calendar.load_year(options.as_of.year)
        loaded = loading.finish()
    finally:
        loading.close()
    from ine_lint.secrets import hidden_values

    judged.keep(
        set(hidden_values([h for lf in loaded for h in lf.secrets] + [h for _, h in named]))
    )
    inventory = build(root, options.as_of, loaded, problems, policy.platforms)
    from ine_lint.redact import Redactor, settle_secrets

    settle_secrets(inventory, named)
    context = Context(as_of=options.as_of, calendar=calendar, horizon=options.horizon)
    wanted = [r for r in ruleset.rules if selected(r, options.select, options.ignore)]
    from ine_lint import unknown

    # Unknown is not absent: no rule may report what rests on a fact that could not be read,
    # and the finding that says why names what was not evaluated.
    reads = {rule_id: ruleset.rules[rule_id].reads for rule_id in wanted}
    found = unknown.annotate(list(inventory.findings), inventory.unknown, reads)
    found += unknown.apply(
        run_rules(ruleset, inventory, policy, context, wanted), inventory.unknown, reads
    )
    found += broken_plugin_findings(ruleset)
    if options.history is not None and selected(HISTORY, options.select, options.ignore):
        from ine_lint.history import findings as history_findings

        found += history_findings(options.history, root, [lf.path for lf in inventory.files])
    # A rule that failed checked nothing: that is reported whatever the selection, the
    # severities, the suppressions, the waivers or the files asked about, or a file that
    # makes a rule fail would hide its own violations.
    internal = [f for f in found if f.message.startswith(INTERNAL)]
    # The configuration inside the inventory is also read as one of its files.
    seen = {(f.path, f.line) for f in found if f.rule == SECRETS}
    internal += [
        f for f in options.config_findings if f.rule != SECRETS or (f.path, f.line) not in seen
    ]
    found = [_core_severity(f, policy) for f in found if not f.message.startswith(INTERNAL)]
    found = [
        f
        for f in found
        if f.rule not in CORE_RULES or selected(f.rule, options.select, options.ignore)
    ]
    defaults = {rule_id: rule.spec.severity for rule_id, rule in ruleset.rules.items()}
    found = [_override(f, options.severities, defaults.get(f.rule)) for f in found]
    found = _dedupe(found)
    active, suppressed = _suppress(found, inventory, ruleset, policy, options)
    active, waived = _waive(active, options)
    suppressed += waived
    if options.only_paths is not None:
        # What a change breaks may show in another file of the same área (a new suplente
        # makes cuentas/ findings), so every finding of the áreas touched is reported.
        from ine_lint.roots import reported_areas

        areas = reported_areas(options.only_paths)
        if areas is not None:
            active = [f for f in active if _touched(f, options.only_paths, areas)]
            suppressed = [f for f in suppressed if _touched(f, options.only_paths, areas)]
    active = _cap(active) + internal
    suppressed = _cap(suppressed)
    # Whatever 4.3.VI found is hidden in every other finding, whatever its format.
    redactor = Redactor.of(inventory, options.hidden)
    active = [redactor.finding(f) for f in active]
    suppressed = [redactor.finding(f) for f in suppressed]
    active.sort(key=Finding.sort_key)
    suppressed.sort(key=Finding.sort_key)
    return Result(
        root, options.as_of, active, suppressed, len(inventory.files), ruleset, policy, inventory
    )


#: At most this many findings of one rule in one file are listed; the rest are counted in
#: one finding (``limit.more``), so that a report stays a small multiple of its input.
MAX_PER_FILE_AND_RULE = 100


def _cap(found: list[Finding]) -> list[Finding]:
    """The first ``MAX_PER_FILE_AND_RULE`` findings of each rule in each file, in order,
    then one that says how many more there are, at the place of the first left out.

    A ``limit.more`` already in ``found`` (the loader counts duplicate keys past its own cap
    rather than building millions of findings) adds its count to its file and rule's."""
    from collections import Counter

    counted = [f for f in found if f.message == "limit.more"]
    if counted:
        found = [f for f in found if f.message != "limit.more"]
    counts = Counter((f.path, f.rule) for f in found)
    if not counted and max(counts.values(), default=0) <= MAX_PER_FILE_AND_RULE:
        return found
    out: list[Finding] = []
    left_out: dict[tuple[str, str], list[Finding]] = {}
    shown: Counter[tuple[str, str]] = Counter()
    for f in sorted(found, key=Finding.sort_key):
        key = (f.path, f.rule)
        if shown[key] < MAX_PER_FILE_AND_RULE:
            shown[key] += 1
            out.append(f)
        else:
            left_out.setdefault(key, []).append(f)
    extra: dict[tuple[str, str], list[Finding]] = {}
    for f in counted:
        extra.setdefault((f.path, f.rule), []).append(f)
    for key in list(left_out) + [k for k in extra if k not in left_out]:
        rest = left_out.get(key, []) + extra.get(key, [])
        count = sum(int(dict(f.args)["count"]) if f.message == "limit.more" else 1 for f in rest)
        worst = max(rest, key=lambda f: SEVERITY_RANK.get(f.severity, 3))
        first = min(rest, key=Finding.sort_key)
        out.append(
            Finding(
                pos=first.pos,
                message="limit.more",
                args=(("count", count), ("rule", key[1])),
                rule=key[1],
                severity=worst.severity,
                suppressed_by=worst.suppressed_by,
                note=tuple((k, v) for k, v in worst.note if k in ("waived", "expires")),
            )
        )
    return out


def _touched(f: Finding, paths: frozenset[str], areas: frozenset[str]) -> bool:
    if f.path in paths or f.path == "." or f.area in areas:
        return True
    parts = f.path.split("/")
    return len(parts) == 2 and parts[1].partition(".")[0] in areas


def _check_selectors(options: Options, known: set[str]) -> None:
    """A selector that matches no rule is a typo that would silently check nothing."""
    for kind, prefixes in (
        ("--select/seleccionar", options.select),
        ("--ignore/ignorar", options.ignore),
        ("severidades", tuple(options.severities)),
    ):
        for prefix in prefixes:
            if not any(matches(prefix, rule) for rule in known):
                origin = options.origins.get(prefix)
                error = ConfigError(
                    "config.no_match",
                    where=f"{origin}: " if origin else "",
                    kind=kind,
                    prefix=prefix,
                )
                error.hidden = options.hidden
                raise error


def _core_severity(f: Finding, policy: Policy) -> Finding:
    if f.severity:
        return f
    spec = policy.rules.get(f.rule)
    return replace(f, severity=spec.severity if spec else "error")


def _override(f: Finding, severities: dict[str, str], default: str | None = None) -> Finding:
    if f.severity == "info" and default not in (None, "info"):
        return f  # an upcoming deadline (--horizon) stays a notice whatever the override
    best = max((p for p in severities if matches(p, f.rule)), key=len, default=None)
    return replace(f, severity=severities[best]) if best is not None else f


def _dedupe(found: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for f in found:
        key = (f.rule, f.pos, f.message, f.args, f.subject)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _suppress(
    found: list[Finding], inventory: Inventory, ruleset: RuleSet, policy: Policy, options: Options
) -> tuple[list[Finding], list[Finding]]:
    """Apply the inline suppressions (``ine_lint.suppress``): the findings they leave, the
    findings they cover, and what is wrong with them as findings of their own."""
    from ine_lint import suppress

    files = [(lf.path, lf.directives) for lf in inventory.files]
    known = set(ruleset.rules) | set(CORE_RULES) | {SUPPRESSION, HISTORY}
    covering = suppress.coverage(files)
    active, suppressed, used = suppress.apply(found, covering)
    ran = [r for r in (*ruleset.rules, *CORE_RULES) if selected(r, options.select, options.ignore)]
    if selected(SECRETS, options.select, options.ignore):
        active += [f for path, ds in files for d in ds for f in suppress.secret_ignores(path, d)]
    if selected(SUPPRESSION, options.select, options.ignore):
        notes = [
            f for path, ds in files for d in ds for f in suppress.directive_problems(path, d, known)
        ]
        notes += suppress.unused(covering, used, ran)
        spec = policy.rules[SUPPRESSION]
        active += [
            _override(replace(n, rule=SUPPRESSION, severity=spec.severity), options.severities)
            for n in notes
        ]
    return active, suppressed


def _waive(found: list[Finding], options: Options) -> tuple[list[Finding], list[Finding]]:
    if not options.waivers:
        return found, []
    # A waiver reaching more than a year past the as-of date is not applied (``authorised``
    # reports it at its line).
    limit = validity_limit(options.as_of)
    waivers = [w for w in options.waivers if w.expires <= limit]
    active, waived = [], []
    for f in found:
        waiver = next(
            (w for w in waivers if w.covers(f.rule, f.area, f.subject, f.path, f.line)), None
        )
        if waiver is None:
            active.append(f)
        elif options.as_of < waiver.expires:
            waived.append(
                replace(
                    f,
                    # Data, not words: reporters word it in the user's language from the
                    # note (``Reporter.reason``).
                    suppressed_by=f"{waiver.authority} {waiver.expires.isoformat()}",
                    note=(("waived", waiver.authority), ("expires", waiver.expires.isoformat())),
                )
            )
        else:
            active.append(
                replace(
                    f, note=(("waiver", waiver.authority), ("expired", waiver.expires.isoformat()))
                )
            )
    return active, waived


def fails(result: Result, fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK.get(f.severity, 3) >= threshold for f in result.findings)
