"""Put the files' model objects together into an :class:`Inventory`, and check the
references between files: duplicates, unknown áreas, accounts and platforms, implausible
dates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ine_lint import unknown as uk
from ine_lint.discovery import AREA_DIRS, KINDS, stem
from ine_lint.findings import REFERENCE, SCHEMA, YAML, Finding, Pos, finding, stamp
from ine_lint.inventory import Inventory
from ine_lint.loader import LoadedFile
from ine_lint.model import Account, account_key
from ine_lint.unknown import Unknown

#: Dates outside [PLAUSIBLE_FROM, as-of date + PLAUSIBLE_AHEAD] are typos or forgeries
#: (``9999-12-31``): reported as ``esquema`` and kept away from every rule, whose
#: arithmetic on them would overflow or give advice about a century away.
PLAUSIBLE_FROM = date(2000, 1, 1)
PLAUSIBLE_AHEAD = timedelta(days=366)


def plausible_window(as_of: date) -> tuple[date, date]:
    """The first and last dates an inventory checked as of ``as_of`` can hold."""
    try:
        return PLAUSIBLE_FROM, as_of + PLAUSIBLE_AHEAD
    except OverflowError:
        return PLAUSIBLE_FROM, date.max


def _holds_date_outside(value: tuple[Any, ...], low: date, high: date) -> bool:
    """Whether a model object, or one inside it, holds a date outside [low, high]."""
    for item in value:
        if isinstance(item, date):
            if not low <= item <= high:
                return True
        elif isinstance(item, tuple) and _holds_date_outside(item, low, high):
            return True
    return False


def _without_implausible(model: Any, low: date, high: date, unmodelled: set[str]) -> Any:
    """The file's model without the objects that hold an implausible date: the file's
    accounts, áreas, lists, mailboxes, or a designations file's designations and reports.
    An account left out counts as written (``unmodelled``), so nothing else cascades."""
    if isinstance(model, list):
        kept = []
        for item in model:
            if not _holds_date_outside(item, low, high):
                kept.append(item)
            elif isinstance(item, Account):
                unmodelled.add(item.key)
        return kept
    changes = {
        name: tuple(x for x in value if not _holds_date_outside(x, low, high))
        for name, value in zip(model._fields, model, strict=True)
        if isinstance(value, tuple) and value and isinstance(value[0], tuple)
    }
    return model._replace(**changes)


#: The input a per-file kind stands for, when the whole file cannot be read.
_FILE_INPUT = {
    "areas": "areas",
    "cncs": "cncs",
    "correos": "correos",
    "designaciones": "designaciones",
    "cuentas": "cuentas",
}


def _file_unknowns(kind: str, area: str, pos: Pos) -> list[Unknown]:
    """What a whole file that cannot be used makes unknown."""
    name = _FILE_INPUT[kind]
    if kind in ("areas", "cncs", "correos"):
        return [uk.everywhere(name, pos, uk.FILE)]
    out = [uk.area_scope(area, name, pos, uk.FILE)]
    if kind == "cuentas":
        out.append(uk.everywhere("inventario.cuentas", pos, uk.FILE))
    return out


def build(
    root: Path,
    as_of: date,
    loaded: Iterable[LoadedFile],
    extra: Iterable[Finding] = (),
    platforms: Collection[str] = (),
) -> Inventory:
    """Put the files' model objects together and check the references between them."""
    inv = Inventory(root=root, as_of=as_of)
    inv.findings.extend(extra)
    for f in inv.findings:
        args = dict(f.args)
        if f.message == "ref.unexpected_entry" and args.get("kind") and not args.get("guess"):
            # A file of the contract left unread for its name: its facts are unknown.
            for area in (
                str(args.get("area_of") or "").split(",")
                if args["kind"] in AREA_DIRS.values()
                else [""]
            ):
                if area or args["kind"] not in AREA_DIRS.values():
                    inv.unknown.extend(_file_unknowns(args["kind"], area, f.pos))
    files = list(loaded)
    # (path, área, position of its ``area`` key) of each per-área file.
    area_files: list[tuple[str, str, Pos]] = []
    unmodelled: set[str] = set()
    have_areas = False
    area_first: dict[str, Pos] = {}
    account_first: dict[str, Pos] = {}
    oficio_first: dict[str, Pos] = {}
    today = as_of.toordinal()
    low, high = plausible_window(as_of)
    doubled = _doubled_files(files, inv)
    for lf in files:
        inv.files.append(lf)
        inv.findings.extend(lf.findings)
        inv.unknown.extend(lf.unknown)
        implausible = False
        for when, key, line, column in lf.dates.after(today) if lf.dates else ():
            where = Pos(lf.path, line, column)
            if when > high:
                implausible = True
                inv.findings.append(_implausible(where, key, when, low, high))
            else:
                inv.findings.append(
                    stamp(
                        finding(
                            where,
                            "schema.future_date",
                            key=key,
                            value=when.isoformat(),
                            as_of=as_of.isoformat(),
                        ),
                        SCHEMA,
                    )
                )
            inv.unknown.extend(_date_unknowns(lf, where))
        for when, key, line, column in lf.dates.before(low.toordinal()) if lf.dates else ():
            where = Pos(lf.path, line, column)
            implausible = True
            inv.findings.append(_implausible(where, key, when, low, high))
            inv.unknown.extend(_date_unknowns(lf, where))
        model = lf.model
        named = stem(lf.path)
        if model is None:
            causes = sorted(f.pos for f in lf.findings if f.rule in (YAML, SCHEMA, REFERENCE))
            if causes and lf.kind in KINDS:  # a file read for secrets only holds no facts
                inv.unknown.extend(_file_unknowns(lf.kind, named, causes[0]))
            continue
        if implausible:
            model = _without_implausible(model, low, high, unmodelled)
        unmodelled.update(lf.unmodelled)
        if lf.kind in AREA_DIRS:
            # A per-área file whose área is in doubt (named after another área, or one of
            # two files for it) is kept out of every área: its facts are unknown, and the
            # área it names must not look as if it had none.
            area = lf.area[0] if lf.area is not None else ""
            if lf.area is not None:
                area_files.append((lf.path, area, Pos(lf.path, lf.area[1], lf.area[2])))
            cause = doubled.get(lf.path)
            if cause is None and area != named:
                cause = (
                    Pos(lf.path, lf.area[1], lf.area[2])
                    if lf.area is not None
                    else min((f.pos for f in lf.findings if f.rule == SCHEMA), default=Pos(lf.path))
                )
            if cause is not None:
                for key in {named, area} - {""}:
                    inv.unknown.extend(_file_unknowns(lf.kind, key, cause))
                if lf.kind == "cuentas":
                    unmodelled.update(acc.key for acc in model)
                continue
        if lf.kind == "areas":
            have_areas = True
            for area in model:
                if area.key in inv.areas:
                    inv.findings.append(
                        _ref(
                            area.where("clave"),
                            "ref.duplicate_area",
                            key=area.key,
                            first=area_first[area.key].line,
                        )
                    )
                    continue
                inv.areas[area.key] = area
                area_first[area.key] = area.where("clave")
                _placeholder_titular(inv, area)
        elif lf.kind == "cncs":
            for lst in model:
                if lst.oficio in inv.cncs_lists:
                    # Which of the two is the list CNCS sent cannot be told.
                    where = lst.where("oficio")
                    inv.findings.append(
                        _ref(
                            where,
                            "ref.duplicate_oficio",
                            oficio=lst.oficio,
                            first=oficio_first[lst.oficio].line,
                        )
                    )
                    inv.unknown.append(uk.everywhere("cncs", where))
                    continue
                inv.cncs_lists[lst.oficio] = lst
                oficio_first[lst.oficio] = lst.where("oficio")
        elif lf.kind == "correos":
            for box in model:
                if box.email in inv.mailboxes:
                    inv.findings.append(
                        _ref(
                            box.where("correo"),
                            "ref.duplicate_mailbox",
                            email=box.email,
                            first=inv.mailboxes[box.email].pos.line,
                        )
                    )
                    continue
                inv.mailboxes[box.email] = box
        elif lf.kind == "designaciones":
            inv.designations[model.area] = model
        elif lf.kind == "cuentas":
            for acc in model:
                if acc.key in account_first:
                    first = account_first[acc.key]
                    inv.findings.append(
                        _ref(
                            acc.where("usuario"),
                            "ref.duplicate_account",
                            account=acc.ref,
                            first=f"{first.path}:{first.line}",
                            area=acc.area,
                            subject=acc.ref,
                        )
                    )
                    continue
                account_first[acc.key] = acc.where("usuario")
                inv.accounts.append(acc)
    _judge_guessed_names(inv, have_areas)
    _check_references(inv, area_files, unmodelled, have_areas, platforms)
    return inv


def _placeholder_titular(inv: Inventory, area: Any) -> None:
    """A titular still «POR CAPTURAR» (``ine-lint init``): a warning saying what to capture,
    and the titular unknown, so that her own access is not taken for an intruder's."""
    from ine_lint.model import PLACEHOLDER_EMAIL, PLACEHOLDER_NAME

    person = area.titular
    if person is None:
        return
    if " ".join(person.name.split()).upper() == PLACEHOLDER_NAME:
        value, pos = person.name, person.where("nombre")
    elif person.email == PLACEHOLDER_EMAIL:
        value, pos = person.email, person.where("correo")
    else:
        return
    inv.findings.append(
        replace(
            stamp(
                finding(pos, "schema.placeholder", area=area.key, subject=area.key, value=value),
                SCHEMA,
            ),
            severity="warning",
        )
    )
    inv.unknown.append(uk.area_scope(area.key, "areas.titular", pos))


def _judge_guessed_names(inv: Inventory, have_areas: bool) -> None:
    """``cuentas/JDE01-AGS`` (no extension) is that área's file when the área exists: an
    error whose facts are unknown, with the name it must have. Otherwise a stray file: a
    warning, with no guess (wrong advice costs more than none)."""
    for i, f in enumerate(inv.findings):
        args = dict(f.args)
        if f.message != "ref.unexpected_entry" or not args.get("guess"):
            continue
        area = str(args.get("area_of", ""))
        if not have_areas or area in inv.areas:
            inv.unknown.extend(_file_unknowns(str(args["kind"]), area, f.pos))
        else:
            inv.findings[i] = replace(
                f,
                severity="warning",
                args=tuple(
                    (k, "" if k in ("suggestion", "kind", "area_of") else v) for k, v in f.args
                ),
            )


def _date_unknowns(lf: LoadedFile, where: Pos) -> Iterator[Unknown]:
    """What a date after the as-of date makes unknown: the entry it belongs to."""
    at = (where.line, where.column)

    def holds(obj: Any) -> bool:
        return obj is not None and any(
            (p.line, p.column) == at for p in (obj.at[name] for name in obj.at.names)
        )

    if lf.kind in ("areas", "cncs", "correos"):
        yield uk.everywhere(_FILE_INPUT[lf.kind], where)
    elif lf.kind == "cuentas":
        for acc in lf.model or ():
            if holds(acc):
                name = (
                    "cuentas.asociacion_notificada"
                    if acc.at["asociacion_notificada"] == where
                    and "asociacion_notificada" in acc.at
                    else "cuentas"
                )
            elif any(holds(c) for c in acc.password_changes):
                name = "cuentas.cambios_contrasena"
            elif any(holds(i) for i in acc.incidents):
                name = "cuentas.incidentes"
            else:
                continue
            yield uk.account_scope(acc.key, name, where, label=acc.ref)
            return
    elif lf.kind == "designaciones" and lf.model is not None:
        group = lf.model
        name = "designaciones"
        if any(holds(r) for r in group.reports):
            name = "designaciones.informes"
        for d in group.designations:
            if holds(d) and d.at["vigente_desde"] != where:
                name = "designaciones.fecha_oficio"
            elif holds(d.form):
                name = "designaciones.formato_designacion"
            elif any(holds(r) for r in d.responsivas):
                name = "designaciones.responsivas"
        yield uk.area_scope(group.area or stem(lf.path), name, where)


def _doubled_files(files: list[LoadedFile], inv: Inventory) -> dict[str, Pos]:
    """Two files for one área in the same folder (``X.yaml`` beside ``X.yml``): an error
    naming both, and neither is used. Returns path → the position of that finding."""
    by_area: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lf in files:
        if lf.kind in AREA_DIRS:
            by_area[(lf.kind, stem(lf.path))].append(lf.path)
    out: dict[str, Pos] = {}
    for (_, area), paths in sorted(by_area.items()):
        if len(paths) < 2:
            continue
        paths.sort()
        where = Pos(paths[-1])
        inv.findings.append(
            _ref(where, "ref.duplicate_file", files=" y ".join(paths), area=area, subject=area)
        )
        for path in paths:
            out[path] = where
    return out


#: Former or common names of catalogued platforms (Twitter is X since 2023).
PLATFORM_ALIASES = {"twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube"}


def _platform_meant(network: str, platforms: Collection[str]) -> str:
    import difflib

    alias = PLATFORM_ALIASES.get(network, "")
    if alias in platforms:
        return alias
    close = difflib.get_close_matches(network, sorted(platforms), n=1, cutoff=0.75)
    return close[0] if close else ""


def _ref(pos: Pos, message: str, **args: Any) -> Finding:
    area, subject = args.pop("area", ""), args.pop("subject", "")
    return stamp(finding(pos, message, area=area, subject=subject, **args), REFERENCE)


def _check_references(
    inv: Inventory,
    area_files: list[tuple[str, str, Pos]],
    unmodelled: set[str],
    have_areas: bool,
    platforms: Collection[str],
) -> None:
    for path, area, pos in area_files:
        if area != stem(path):
            # jde01-ags.yml holding JDE01-AGS: only the case is off, so the name is certain.
            folder = path.rpartition("/")[0]
            meant = f"{folder}/{area}.yaml" if stem(path).upper() == area else ""
            inv.findings.append(
                _ref(pos, "ref.file_name", area=area, file=stem(path), suggestion=meant)
            )
        if have_areas and area not in inv.areas and not inv.unknown_for("areas"):
            import difflib

            close = difflib.get_close_matches(area, sorted(inv.areas), n=1, cutoff=0.75)
            inv.findings.append(
                _ref(pos, "ref.unknown_area", area=area, suggestion=close[0] if close else "")
            )
    # An account on a platform not in the catalogue: which account it is, is unknown
    # (``twitter/X`` may be the ``x/X`` a responsiva names).
    unsure: set[tuple[str, str]] = set()
    for acc in inv.accounts:
        if acc.network not in platforms:
            where = acc.where("red")
            inv.findings.append(
                _ref(
                    where,
                    "ref.unknown_platform",
                    network=acc.network,
                    known=", ".join(sorted(platforms)),
                    suggestion=_platform_meant(acc.network, platforms),
                    area=acc.area,
                    subject=acc.ref,
                )
            )
            inv.unknown.append(uk.account_scope(acc.key, "cuentas", where, label=acc.ref))
            unsure.add((acc.area, acc.user.lower()))
    # An área whose accounts are unknown would make every responsiva look dangling.
    for group in inv.designations.values():
        if inv.unknown_for("cuentas", area=group.area, scopes=(uk.AREA,)):
            continue
        for d in group.designations:
            for r in d.responsivas:
                key = account_key(r.account)
                if (
                    key in inv.accounts_by_key
                    or key in unmodelled
                    or (group.area, key.rpartition("/")[2]) in unsure
                ):
                    continue
                inv.findings.append(
                    _ref(
                        r.where("cuenta"),
                        "ref.unknown_account",
                        account=r.account,
                        area=group.area,
                        subject=r.account,
                    )
                )
    if have_areas:
        for box in inv.mailboxes.values():
            if box.area not in inv.areas:
                inv.findings.append(
                    _ref(
                        box.where("area"),
                        "ref.unknown_area_register",
                        area=box.area,
                        email=box.email,
                        subject=box.email,
                    )
                )


def _implausible(where: Pos, key: str, when: date, low: date, high: date) -> Finding:
    """A date before 2000 or too far past the as-of date: an ``esquema`` finding."""
    return stamp(
        finding(
            where,
            "schema.implausible_date",
            key=key,
            value=when.isoformat(),
            low=low.isoformat(),
            high=high.isoformat(),
        ),
        SCHEMA,
    )
