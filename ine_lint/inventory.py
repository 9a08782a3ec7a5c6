"""Find, load, validate and model an inventory; check the references between its files."""

from __future__ import annotations

import os
import sys
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from ine_lint.findings import REFERENCE, SCHEMA, YAML, Finding, Pos, finding, stamp
from ine_lint.loader import LoadedFile, YMap, YSeq, load_text
from ine_lint.model import (
    Access,
    Account,
    Administrator,
    Area,
    AreaDesignations,
    CncsList,
    Designation,
    DesignationForm,
    FieldPositions,
    GenericMailbox,
    Incident,
    PasswordChange,
    Person,
    Report,
    Responsiva,
    SecondFactor,
    Signatures,
    account_key,
)

TOP_FILES = {"areas.yaml": "areas", "cncs.yaml": "cncs", "correos-genericos.yaml": "correos"}
AREA_DIRS = {"designaciones": "designaciones", "cuentas": "cuentas"}
YAML_SUFFIXES = (".yaml", ".yml")
#: The kinds of file of the contract; any other kind is read for secrets only.
KINDS = frozenset({*TOP_FILES.values(), *AREA_DIRS.values()})


@dataclass(frozen=True)
class SourceFile:
    rel: str
    kind: str
    path: Path


def is_inventory(root: Path) -> bool:
    return any((root / name).exists() for name in (*TOP_FILES, *AREA_DIRS))


def discover(root: Path) -> tuple[list[SourceFile], list[Finding]]:
    """The inventory's files, in a stable order; what cannot be a file becomes a finding."""
    files: list[SourceFile] = []
    problems: list[Finding] = []
    for name, kind in TOP_FILES.items():
        path = root / name
        if path.is_dir():
            problems.append(stamp(finding(Pos(name), "yaml.not_a_file"), YAML))
        elif path.exists() or path.is_symlink():
            files.append(SourceFile(name, kind, path))
    if not (root / "areas.yaml").exists():
        problems.append(stamp(finding(Pos("areas.yaml"), "ref.no_areas"), REFERENCE))
    for dirname, kind in AREA_DIRS.items():
        folder = root / dirname
        if not folder.is_dir():
            continue
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            problems.append(stamp(finding(Pos(dirname), "yaml.unreadable"), YAML))
            continue
        for entry in entries:
            if not entry.name.endswith(YAML_SUFFIXES) or entry.name.startswith("."):
                continue
            rel = f"{dirname}/{entry.name}"
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                problems.append(stamp(finding(Pos(rel), "yaml.not_a_file"), YAML))
                continue
            files.append(SourceFile(rel, kind, Path(entry.path)))
    return files, problems


def load_and_validate(source: SourceFile, raw: bytes) -> LoadedFile:
    """Parse, schema-check and model one file: everything that depends only on its bytes.

    The value tree is let go once the file's model objects are built from it, so what is
    kept, cached or sent between processes is the model, a fraction of the tree's size.
    """
    from ine_lint.schema import validate

    if source.kind not in KINDS:  # read for secrets only (ine_lint.scope)
        from ine_lint.loader import load_other

        return load_other(raw, source.rel, source.kind)
    loaded = load_text(raw, source.rel, source.kind)
    if loaded.data is not None:
        loaded.findings.extend(stamp(f, SCHEMA) for f in validate(source.kind, loaded.data,
                                                                    source.rel))
        _model(loaded, loaded.data)
        loaded.data = None
    return loaded


def _model(lf: LoadedFile, doc: YMap) -> None:
    b = _Builder(lf.path)
    if lf.kind in ("designaciones", "cuentas") and isinstance(doc.get("area"), str):
        lf.area = (doc["area"], *doc.vpos["area"])
    if lf.kind == "areas":
        lf.model = b.areas(doc, lf.path)
    elif lf.kind == "cncs":
        lf.model = b.cncs(doc, lf.path)
    elif lf.kind == "correos":
        lf.model = b.mailboxes(doc, lf.path)
    elif lf.kind == "designaciones":
        lf.model = b.designations(doc, lf.path)
    elif lf.kind == "cuentas":
        lf.model = b.accounts(doc, lf.path)
    lf.unmodelled = tuple(sorted(b.unmodelled))
    lf.dates = b.dates


# --------------------------------------------------------------------------- model building


class DatesRead:
    """The dates a file holds, with their keys and places, in a flat array of ints: a
    national inventory has hundreds of thousands of dates, and checking them against the
    as-of date must not need a tuple for each."""

    __slots__ = ("entries", "keys", "latest")

    def __init__(self, latest: int, keys: tuple[str, ...], entries: array[int]) -> None:
        self.latest = latest  # ordinal of the latest date, 0 if none
        self.keys = keys
        self.entries = entries  # ordinal, key index, line, column; one date after another

    def __reduce__(self) -> tuple[type[DatesRead], tuple[object, ...]]:
        return (DatesRead, (self.latest, self.keys, self.entries))

    def after(self, ordinal: int) -> Iterator[tuple[date, str, int, int]]:
        """The dates later than ``ordinal``: (date, key, line, column)."""
        if self.latest <= ordinal:
            return
        e = self.entries
        for i in range(0, len(e), 4):
            if e[i] > ordinal:
                yield date.fromordinal(e[i]), self.keys[e[i + 1]], e[i + 2], e[i + 3]


_SHAPES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared(keys: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple for each distinct set of field names, however many objects have it."""
    found = _SHAPES.get(keys)
    if found is None:
        if len(_SHAPES) >= 10_000:
            _SHAPES.clear()
        found = _SHAPES[keys] = tuple(sys.intern(k) for k in keys)
    return found


#: One ``date`` per distinct text: an inventory repeats a few thousand dates tens of thousands
#: of times, and shared objects are parsed, kept and pickled once.
_DATES: dict[str, tuple[date, int]] = {}


class _Builder:
    """Turns one validated tree into model objects; never trusts a field the schema flagged.

    Nothing here depends on the as-of date, so the result can be cached: every date read is
    noted (``dates``), and whether it lies in the future is decided when the inventory is put
    together.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        #: Accounts written in the file but left out of the model for a schema error.
        self.unmodelled: set[str] = set()
        #: Every date read, for ``schema.future_date``: ordinal, key, line, column, flat.
        self._dates: list[int] = []
        self._date_keys: dict[str, int] = {}

    @property
    def dates(self) -> DatesRead:
        entries = array("q", self._dates)
        return DatesRead(max(entries[0::4], default=0), tuple(self._date_keys), entries)

    def at(self, m: YMap) -> FieldPositions:
        line, column = m.pos
        keys = tuple(m.vpos)
        offsets: list[int] = []
        for value_line, value_column in m.vpos.values():
            offsets += (value_line - line, value_column)
        return FieldPositions(self.path, line, column, _shared(keys), tuple(offsets))

    def date(self, m: YMap, key: str, path: str) -> date | None:
        value = m.get(key)
        if not isinstance(value, str) or len(value) != 10:
            return None
        known = _DATES.get(value)
        if known is None:
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                return None
            if len(_DATES) >= 100_000:
                _DATES.clear()
            known = _DATES[value] = (parsed, parsed.toordinal())
        index = self._date_keys.setdefault(key, len(self._date_keys))
        self._dates += (known[1], index, *m.vpos[key])
        return known[0]

    # Texts are interned: the same names, cargos, e-mails and account references recur across
    # the whole inventory, and one copy of each is enough.
    @staticmethod
    def text(m: YMap, key: str) -> str | None:
        value = m.get(key)
        return sys.intern(value) if isinstance(value, str) and value else None

    @staticmethod
    def email(m: YMap, key: str) -> str | None:
        value = m.get(key)
        return sys.intern(value.strip().lower()) if isinstance(value, str) and "@" in value \
            else None

    @staticmethod
    def flag(m: YMap, key: str) -> bool | None:
        value = m.get(key)
        return value if isinstance(value, bool) else None

    @staticmethod
    def maps(m: YMap, key: str) -> Iterator[YMap]:
        seq = m.get(key)
        if isinstance(seq, YSeq):
            for item in seq:
                if isinstance(item, YMap):
                    yield item

    def person(self, m: Any, path: str) -> Person | None:
        if not isinstance(m, YMap):
            return None
        return Person(at=self.at(m),
                      name=self.text(m, "nombre") or "", cargo=self.text(m, "cargo") or "",
                      email=self.email(m, "correo") or "")

    def administrator(self, m: Any, path: str) -> Administrator | None:
        if not isinstance(m, YMap):
            return None
        return Administrator(
            at=self.at(m), name=self.text(m, "nombre") or "",
            cargo=self.text(m, "cargo") or "", email=self.email(m, "correo") or "",
            level=self.text(m, "nivel"), link=self.text(m, "vinculo"),
            adscription=self.text(m, "adscripcion"), phone=self.text(m, "telefono_institucional"))

    def signatures(self, m: Any, path: str) -> Signatures | None:
        if not isinstance(m, YMap):
            return None
        return Signatures(at=self.at(m),
                          signed=_shared(tuple(k for k, v in m.items() if v is True)))

    # -- files

    def areas(self, doc: YMap, path: str) -> list[Area]:
        out = []
        for m in self.maps(doc, "areas"):
            key = self.text(m, "clave")
            if key is None:
                continue
            out.append(Area(at=self.at(m), key=key,
                            name=self.text(m, "nombre") or "", kind=self.text(m, "tipo") or "",
                            entity=self.text(m, "entidad"),
                            titular=self.person(m.get("titular"), path)))
        return out

    def cncs(self, doc: YMap, path: str) -> list[CncsList]:
        out = []
        for m in self.maps(doc, "listados_utsi"):
            oficio, when = self.text(m, "oficio"), self.date(m, "fecha", path)
            if oficio is None or when is None:
                continue
            admins = m.get("administradoras")
            emails = tuple(a.strip().lower() for a in admins if isinstance(a, str)) \
                if isinstance(admins, YSeq) else ()
            out.append(CncsList(at=self.at(m),
                                oficio=oficio, date=when, administrators=emails))
        return out

    def mailboxes(self, doc: YMap, path: str) -> list[GenericMailbox]:
        out = []
        for m in self.maps(doc, "correos_genericos"):
            email, area, assigned = (self.email(m, "correo"), self.text(m, "area"),
                                     self.date(m, "asignado", path))
            if email is None or area is None or assigned is None:
                continue
            out.append(GenericMailbox(
                at=self.at(m), email=email, area=area,
                assigned=assigned, requested_by=self.email(m, "solicitado_por"),
                cncs_list=self.text(m, "listado_cncs")))
        return out

    def designations(self, doc: YMap, path: str) -> AreaDesignations:
        area = self.text(doc, "area") or ""
        items = []
        for m in self.maps(doc, "designaciones"):
            since = self.date(m, "vigente_desde", path)
            if since is None:
                continue
            form = None
            fm = m.get("formato_designacion")
            if isinstance(fm, YMap):
                form = DesignationForm(at=self.at(fm),
                                       date=self.date(fm, "fecha", path),
                                       signatures=self.signatures(fm.get("firmas"), path))
            responsivas = []
            for r in self.maps(m, "responsivas"):
                admin, account = self.email(r, "administradora"), self.text(r, "cuenta")
                if admin is None or account is None:
                    continue
                responsivas.append(Responsiva(
                    at=self.at(r), administrator=admin,
                    account=account, cargo=self.text(r, "cargo"), date=self.date(r, "fecha", path),
                    signatures=self.signatures(r.get("firmas"), path)))
            items.append(Designation(
                at=self.at(m), area=area, since=since,
                oficio=self.text(m, "oficio"), oficio_date=self.date(m, "fecha_oficio", path),
                owner=self.administrator(m.get("propietaria"), path),
                deputy=self.administrator(m.get("suplente"), path), form=form,
                responsivas=tuple(responsivas)))
        reports = []
        for m in self.maps(doc, "informes"):
            when = self.date(m, "fecha", path)
            if when is None:
                continue
            reports.append(Report(at=self.at(m),
                                  oficio=self.text(m, "oficio") or "", date=when,
                                  attaches_forms=self.flag(m, "adjunta_formatos")))
        items.sort(key=lambda d: (d.since, d.at.line))
        reports.sort(key=lambda r: (r.date, r.at.line))
        return AreaDesignations(at=self.at(doc),
                                area=area, designations=tuple(items), reports=tuple(reports))

    def accounts(self, doc: YMap, path: str) -> list[Account]:
        area = self.text(doc, "area") or ""
        out = []
        for m in self.maps(doc, "cuentas"):
            network, user, opened = (self.text(m, "red"), self.text(m, "usuario"),
                                     self.date(m, "alta", path))
            if network is None or user is None or opened is None:
                if network and user:
                    self.unmodelled.add(account_key(f"{network}/{user}"))
                continue
            linked = m.get("vinculada_a")
            links = tuple((v, Pos(path, *linked.ipos[i])) for i, v in enumerate(linked)
                          if isinstance(v, str)) if isinstance(linked, YSeq) else ()
            sf = m.get("segundo_factor")
            second = SecondFactor(at=self.at(sf),
                                  active=self.flag(sf, "activo"),
                                  device=self.email(sf, "dispositivo")) \
                if isinstance(sf, YMap) else None
            access_seq = m.get("accesos")
            access = tuple(Access(at=FieldPositions(path, *access_seq.ipos[i]),
                                  email=sys.intern(v.strip().lower()))
                           for i, v in enumerate(access_seq) if isinstance(v, str)) \
                if isinstance(access_seq, YSeq) else ()
            changes = sorted(
                (PasswordChange(at=self.at(c), date=d,
                                per_utsi=self.flag(c, "conforme_utsi"),
                                titular_notified=self.date(c, "notificado_titular", path),
                                cau_ticket=self.text(c, "ticket_cau"))
                 for c in self.maps(m, "cambios_contrasena")
                 if (d := self.date(c, "fecha", path)) is not None),
                key=lambda c: (c.date, c.at.line))
            incidents = tuple(
                Incident(at=self.at(i), detected=d,
                         description=self.text(i, "descripcion"),
                         titular_notified=self.date(i, "notificado_titular", path),
                         password_changed=self.date(i, "contrasena_cambiada", path),
                         cau_ticket=self.text(i, "ticket_cau"),
                         cncs_notified=self.date(i, "notificado_cncs", path))
                for i in self.maps(m, "incidentes")
                if (d := self.date(i, "detectado", path)) is not None)
            out.append(Account(
                at=self.at(m), area=area,
                network=network.lower(), user=user.lstrip("@"), url=self.text(m, "url"),
                opened=opened, retired=self.date(m, "baja", path), email=self.email(m, "correo"),
                registration=self.text(m, "registro"), linked_to=links,
                association_notified=self.date(m, "asociacion_notificada", path),
                second_factor=second, access=access, password_changes=tuple(changes),
                incidents=incidents))
        return out


# --------------------------------------------------------------------------- the inventory


@dataclass
class Inventory:
    """The whole inventory as the rules see it, indexed once."""

    root: Path
    as_of: date
    files: list[LoadedFile] = field(default_factory=list)
    areas: dict[str, Area] = field(default_factory=dict)
    designations: dict[str, AreaDesignations] = field(default_factory=dict)
    accounts: list[Account] = field(default_factory=list)
    mailboxes: dict[str, GenericMailbox] = field(default_factory=dict)
    cncs_lists: dict[str, CncsList] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    #: (path, hit) for each entry under the root whose name holds a secret (4.3.VI).
    name_secrets: list[tuple[str, Any]] = field(default_factory=list)

    def active_accounts(self, as_of: date | None = None) -> list[Account]:
        when = as_of or self.as_of
        if when == self.as_of:
            return self._active
        return [a for a in self.accounts if a.active(when)]

    @cached_property
    def _active(self) -> list[Account]:
        return [a for a in self.accounts if a.active(self.as_of)]

    @cached_property
    def accounts_by_key(self) -> dict[str, Account]:
        return {a.key: a for a in self.accounts}

    @cached_property
    def accounts_by_area(self) -> dict[str, list[Account]]:
        out: dict[str, list[Account]] = defaultdict(list)
        for a in self.accounts:
            out[a.area].append(a)
        return dict(out)

    def active_accounts_of(self, area: str) -> list[Account]:
        return [a for a in self.accounts_by_area.get(area, ()) if a.active(self.as_of)]

    @cached_property
    def _current(self) -> dict[str, Designation]:
        out = {}
        for key, area in self.designations.items():
            current = None
            for d in area.designations:  # sorted by ``since``
                if d.since <= self.as_of:
                    current = d
            if current is not None:
                out[key] = current
        return out

    @cached_property
    def checked_areas(self) -> list[str]:
        """Áreas the designation provisions apply to: with a designations file or active
        accounts (an área with neither has nothing to administer)."""
        return sorted(set(self.designations) | {a.area for a in self._active})

    def area_position(self, key: str) -> Pos:
        """Where to report something about an área as a whole."""
        group = self.designations.get(key)
        if group is not None:
            return group.pos
        area = self.areas.get(key)
        if area is not None:
            return area.where("clave")
        accounts = self.active_accounts_of(key)
        return accounts[0].pos if accounts else Pos("areas.yaml")

    def current_designation(self, area: str) -> Designation | None:
        return self._current.get(area)

    @cached_property
    def people_emails(self) -> dict[str, str]:
        """Every person's e-mail in the inventory → the role it was found in."""
        out: dict[str, str] = {}
        for area in self.areas.values():
            if area.titular and area.titular.email:
                out.setdefault(area.titular.email, "titular")
        for group in self.designations.values():
            for d in group.designations:
                for role, person in d.administrators():
                    if person.email:
                        out.setdefault(person.email, role)
        return out

    @cached_property
    def administrators_ever(self) -> dict[str, set[str]]:
        """área → e-mails of everyone who was ever its propietaria or suplente."""
        out: dict[str, set[str]] = defaultdict(set)
        for key, group in self.designations.items():
            for d in group.designations:
                for _, person in d.administrators():
                    if person.email:
                        out[key].add(person.email)
        return dict(out)

    @cached_property
    def cncs_lists_by_person(self) -> dict[str, list[CncsList]]:
        out: dict[str, list[CncsList]] = defaultdict(list)
        for lst in self.cncs_lists.values():
            for email in lst.administrators:
                out[email].append(lst)
        return dict(out)


def build(root: Path, as_of: date, loaded: Iterable[LoadedFile], extra: Iterable[Finding] = (),
          platforms: Collection[str] = ()) -> Inventory:
    """Put the files' model objects together and check the references between them."""
    inv = Inventory(root=root, as_of=as_of)
    inv.findings.extend(extra)
    # (path, área, position of its ``area`` key) of each per-área file.
    area_files: list[tuple[str, str, Pos]] = []
    unread: set[str] = set()  # áreas whose cuentas file could not be read
    unmodelled: set[str] = set()
    have_areas = False
    area_first: dict[str, Pos] = {}
    account_first: dict[str, Pos] = {}
    today = as_of.toordinal()
    for lf in loaded:
        inv.files.append(lf)
        inv.findings.extend(lf.findings)
        for when, key, line, column in lf.dates.after(today) if lf.dates else ():
            inv.findings.append(stamp(finding(
                Pos(lf.path, line, column), "schema.future_date", key=key,
                value=when.isoformat(), as_of=as_of.isoformat()), SCHEMA))
        model = lf.model
        if model is None:
            if lf.kind == "cuentas":
                unread.add(_stem(lf.path))
            continue
        unmodelled.update(lf.unmodelled)
        if lf.area is not None:
            area, line, column = lf.area
            area_files.append((lf.path, area, Pos(lf.path, line, column)))
        if lf.kind == "areas":
            have_areas = True
            for area in model:
                if area.key in inv.areas:
                    inv.findings.append(_ref(area.where("clave"), "ref.duplicate_area",
                                             key=area.key, first=area_first[area.key].line))
                    continue
                inv.areas[area.key] = area
                area_first[area.key] = area.where("clave")
        elif lf.kind == "cncs":
            for lst in model:
                inv.cncs_lists.setdefault(lst.oficio, lst)
        elif lf.kind == "correos":
            for box in model:
                if box.email in inv.mailboxes:
                    inv.findings.append(_ref(box.where("correo"), "ref.duplicate_mailbox",
                                             email=box.email,
                                             first=inv.mailboxes[box.email].pos.line))
                    continue
                inv.mailboxes[box.email] = box
        elif lf.kind == "designaciones":
            if model.area:
                inv.designations.setdefault(model.area, model)
        elif lf.kind == "cuentas":
            for acc in model:
                if acc.key in account_first:
                    first = account_first[acc.key]
                    inv.findings.append(_ref(acc.where("usuario"), "ref.duplicate_account",
                                             account=acc.ref, first=f"{first.path}:{first.line}",
                                             area=acc.area, subject=acc.ref))
                    continue
                account_first[acc.key] = acc.where("usuario")
                inv.accounts.append(acc)
    _check_references(inv, area_files, unmodelled, unread, have_areas, platforms)
    return inv


def _stem(path: str) -> str:
    """``cuentas/JDE01-AGS.yaml`` → ``JDE01-AGS``."""
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _ref(pos: Pos, message: str, **args: Any) -> Finding:
    area, subject = args.pop("area", ""), args.pop("subject", "")
    return stamp(finding(pos, message, area=area, subject=subject, **args), REFERENCE)


def _check_references(inv: Inventory, area_files: list[tuple[str, str, Pos]],
                      unmodelled: set[str], unread: set[str], have_areas: bool,
                      platforms: Collection[str]) -> None:
    for path, area, pos in area_files:
        if area != _stem(path):
            inv.findings.append(_ref(pos, "ref.file_name", area=area, file=_stem(path)))
        if have_areas and area not in inv.areas:
            inv.findings.append(_ref(pos, "ref.unknown_area", area=area))
    # An área whose cuentas file could not be read would make every responsiva look dangling.
    for group in inv.designations.values():
        if group.area in unread:
            continue
        for d in group.designations:
            for r in d.responsivas:
                key = account_key(r.account)
                if key not in inv.accounts_by_key and key not in unmodelled:
                    inv.findings.append(_ref(r.where("cuenta"), "ref.unknown_account",
                                             account=r.account, area=group.area,
                                             subject=r.account))
    if have_areas:
        for box in inv.mailboxes.values():
            if box.area not in inv.areas:
                inv.findings.append(_ref(box.where("area"), "ref.unknown_area_register",
                                         area=box.area, email=box.email, subject=box.email))
    for acc in inv.accounts:
        if acc.network not in platforms:
            inv.findings.append(_ref(acc.where("red"), "ref.unknown_platform",
                                     network=acc.network, known=", ".join(sorted(platforms)),
                                     area=acc.area, subject=acc.ref))

