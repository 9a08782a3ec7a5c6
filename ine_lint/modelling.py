"""One file's bytes → its findings and model objects: parse, schema-check, model.

Nothing here depends on the as-of date or on any other file, so the result can be kept
in the cache (``ine_lint.store``) and made in worker processes (``ine_lint.parallel``).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator
from datetime import date
from typing import Any

from ine_lint import unknown as uk
from ine_lint.discovery import KINDS, SourceFile, stem
from ine_lint.findings import SCHEMA, Pos, stamp
from ine_lint.loader import LoadedFile, YMap, YSeq, load_text
from ine_lint.memo import Memo
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
from ine_lint.unknown import Unknown


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
        flagged: list[tuple[tuple[Any, ...], Pos]] = []
        loaded.findings.extend(
            stamp(f, SCHEMA) for f in validate(source.kind, loaded.data, source.rel, flagged)
        )
        flagged += _duplicated(loaded)
        _model(loaded, loaded.data)
        loaded.unknown = tuple(_unknowns(loaded, loaded.data, flagged))
        loaded.data = None
    return loaded


def _unknowns(
    lf: LoadedFile, doc: YMap, flagged: list[tuple[tuple[Any, ...], Pos]]
) -> Iterator[Unknown]:
    """What each schema error of a file makes unknown, and for whom.

    An unknown or missing key flags the mapping that holds it: the misspelt name may be any
    of its fields, so the whole entry is in doubt.
    """
    area = doc.get("area")
    area = area if isinstance(area, str) and area else stem(lf.path)
    for path, pos in flagged:
        if lf.kind in ("areas", "cncs", "correos"):
            name = {"areas": "areas", "cncs": "cncs", "correos": "correos"}[lf.kind]
            entry = _entry(doc, path, "areas") if lf.kind == "areas" else None
            key = entry.get("clave") if isinstance(entry, YMap) else None
            if isinstance(key, str) and key:
                yield uk.area_scope(key, name, pos)
            else:
                yield uk.everywhere(name, pos)
        elif lf.kind == "designaciones":
            if len(path) >= 3 and path[0] == "designaciones" and path[2] != "vigente_desde":
                yield uk.area_scope(area, f"designaciones.{path[2]}", pos)
            elif path[:1] == ("informes",):
                yield uk.area_scope(area, "designaciones.informes", pos)
            else:  # the file, its área, or a whole designation (it may be the current one)
                yield uk.area_scope(area, "designaciones", pos)
        elif lf.kind == "cuentas":
            entry = _entry(doc, path, "cuentas")
            network = entry.get("red") if isinstance(entry, YMap) else None
            user = entry.get("usuario") if isinstance(entry, YMap) else None
            if not (isinstance(network, str) and isinstance(user, str) and network and user):
                # Which account it is cannot be told: the área's list is in doubt.
                yield uk.area_scope(area, "cuentas", pos)
                yield uk.everywhere("inventario.cuentas", pos)
                continue
            ref = f"{network.strip().lower()}/{user.strip().lstrip('@')}"
            field = path[2] if len(path) >= 3 else None
            name = (
                "cuentas"
                if field in (None, "red", "usuario", "alta", "baja")
                else f"cuentas.{field}"
            )
            yield uk.account_scope(account_key(ref), name, pos, label=ref)


def _duplicated(lf: LoadedFile) -> list[tuple[tuple[Any, ...], Pos]]:
    """The mappings that hold a key twice: which of the two values is right is unknown, so
    the whole mapping is (as for an unknown key). Found by the first key's line."""
    wanted = {
        (dict(f.args).get("key"), dict(f.args).get("first")): f.pos
        for f in lf.findings
        if f.message == "schema.duplicate_key"
    }
    if not wanted or lf.data is None:
        return []
    out: list[tuple[tuple[Any, ...], Pos]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), lf.data)]
    while stack:  # iterative: the tree may be as deep as the loader allows
        path, node = stack.pop()
        if isinstance(node, YMap):
            for key, (line, _) in node.kpos.items():
                pos = wanted.get((key, line))
                if pos is not None:
                    out.append((path, pos))
            stack.extend(((*path, k), v) for k, v in node.items())
        elif isinstance(node, YSeq):
            stack.extend(((*path, i), v) for i, v in enumerate(node))
    return out


def _entry(doc: YMap, path: tuple[Any, ...], list_key: str) -> Any:
    """The item of ``doc[list_key]`` a schema error's path goes through, if any."""
    if len(path) < 2 or path[0] != list_key or not isinstance(path[1], int):
        return None
    seq = doc.get(list_key)
    return seq[path[1]] if isinstance(seq, YSeq) and path[1] < len(seq) else None


def _model(lf: LoadedFile, doc: YMap) -> None:
    b = _Builder(lf.path)
    if lf.kind in ("designaciones", "cuentas") and isinstance(doc.get("area"), str):
        lf.area = (doc["area"], *doc.vpos["area"])
    if lf.kind == "areas":
        lf.model = b.areas(doc)
    elif lf.kind == "cncs":
        lf.model = b.cncs(doc)
    elif lf.kind == "correos":
        lf.model = b.mailboxes(doc)
    elif lf.kind == "designaciones":
        lf.model = b.designations(doc)
    elif lf.kind == "cuentas":
        lf.model = b.accounts(doc)
    lf.unmodelled = tuple(sorted(b.unmodelled))
    lf.dates = b.dates


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

    def before(self, ordinal: int) -> Iterator[tuple[date, str, int, int]]:
        """The dates earlier than ``ordinal``: (date, key, line, column)."""
        e = self.entries
        if not e or min(e[0::4]) >= ordinal:
            return
        for i in range(0, len(e), 4):
            if e[i] < ordinal:
                yield date.fromordinal(e[i]), self.keys[e[i + 1]], e[i + 2], e[i + 3]


#: One tuple of field names per distinct set of them.
_SHAPES: Memo[tuple[str, ...], tuple[str, ...]] = Memo(10_000)


def _shared(keys: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple for each distinct set of field names, however many objects have it."""
    found = _SHAPES.get(keys)
    if found is None:
        found = _SHAPES.keep(keys, tuple(sys.intern(k) for k in keys))
    return found


#: One ``date`` per distinct text: an inventory repeats a few thousand dates tens of thousands
#: of times, and shared objects are parsed, kept and pickled once.
_DATES: Memo[str, tuple[date, int]] = Memo(100_000)


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

    def date(self, m: YMap, key: str) -> date | None:
        value = m.get(key)
        if not isinstance(value, str) or len(value) != 10:
            return None
        known = _DATES.get(value)
        if known is None:
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                return None
            known = _DATES.keep(value, (parsed, parsed.toordinal()))
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
        return (
            sys.intern(value.strip().lower()) if isinstance(value, str) and "@" in value else None
        )

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

    def person(self, m: Any) -> Person | None:
        if not isinstance(m, YMap):
            return None
        return Person(
            at=self.at(m),
            name=self.text(m, "nombre") or "",
            cargo=self.text(m, "cargo") or "",
            email=self.email(m, "correo") or "",
        )

    def administrator(self, m: Any) -> Administrator | None:
        if not isinstance(m, YMap):
            return None
        return Administrator(
            at=self.at(m),
            name=self.text(m, "nombre") or "",
            cargo=self.text(m, "cargo") or "",
            email=self.email(m, "correo") or "",
            level=self.text(m, "nivel"),
            link=self.text(m, "vinculo"),
            adscription=self.text(m, "adscripcion"),
            phone=self.text(m, "telefono_institucional"),
        )

    def signatures(self, m: Any) -> Signatures | None:
        if not isinstance(m, YMap):
            return None
        return Signatures(
            at=self.at(m), signed=_shared(tuple(k for k, v in m.items() if v is True))
        )

    # -- files

    def areas(self, doc: YMap) -> list[Area]:
        out = []
        for m in self.maps(doc, "areas"):
            key = self.text(m, "clave")
            if key is None:
                continue
            out.append(
                Area(
                    at=self.at(m),
                    key=key,
                    name=self.text(m, "nombre") or "",
                    kind=self.text(m, "tipo") or "",
                    entity=self.text(m, "entidad"),
                    titular=self.person(m.get("titular")),
                )
            )
        return out

    def cncs(self, doc: YMap) -> list[CncsList]:
        out = []
        for m in self.maps(doc, "listados_utsi"):
            oficio, when = self.text(m, "oficio"), self.date(m, "fecha")
            if oficio is None or when is None:
                continue
            admins = m.get("administradoras")
            emails = (
                tuple(a.strip().lower() for a in admins if isinstance(a, str))
                if isinstance(admins, YSeq)
                else ()
            )
            out.append(CncsList(at=self.at(m), oficio=oficio, date=when, administrators=emails))
        return out

    def mailboxes(self, doc: YMap) -> list[GenericMailbox]:
        out = []
        for m in self.maps(doc, "correos_genericos"):
            email, area, assigned = (
                self.email(m, "correo"),
                self.text(m, "area"),
                self.date(m, "asignado"),
            )
            if email is None or area is None or assigned is None:
                continue
            out.append(
                GenericMailbox(
                    at=self.at(m),
                    email=email,
                    area=area,
                    assigned=assigned,
                    requested_by=self.email(m, "solicitado_por"),
                    cncs_list=self.text(m, "listado_cncs"),
                )
            )
        return out

    def designations(self, doc: YMap) -> AreaDesignations:
        area = self.text(doc, "area") or ""
        items = []
        for m in self.maps(doc, "designaciones"):
            since = self.date(m, "vigente_desde")
            if since is None:
                continue
            form = None
            fm = m.get("formato_designacion")
            if isinstance(fm, YMap):
                form = DesignationForm(
                    at=self.at(fm),
                    date=self.date(fm, "fecha"),
                    signatures=self.signatures(fm.get("firmas")),
                )
            responsivas = []
            for r in self.maps(m, "responsivas"):
                admin, account = self.email(r, "administradora"), self.text(r, "cuenta")
                if admin is None or account is None:
                    continue
                responsivas.append(
                    Responsiva(
                        at=self.at(r),
                        administrator=admin,
                        account=account,
                        cargo=self.text(r, "cargo"),
                        date=self.date(r, "fecha"),
                        signatures=self.signatures(r.get("firmas")),
                    )
                )
            items.append(
                Designation(
                    at=self.at(m),
                    area=area,
                    since=since,
                    oficio=self.text(m, "oficio"),
                    oficio_date=self.date(m, "fecha_oficio"),
                    owner=self.administrator(m.get("propietaria")),
                    deputy=self.administrator(m.get("suplente")),
                    form=form,
                    responsivas=tuple(responsivas),
                )
            )
        reports = []
        for m in self.maps(doc, "informes"):
            when = self.date(m, "fecha")
            if when is None:
                continue
            reports.append(
                Report(
                    at=self.at(m),
                    oficio=self.text(m, "oficio") or "",
                    date=when,
                    attaches_forms=self.flag(m, "adjunta_formatos"),
                )
            )
        items.sort(key=lambda d: (d.since, d.at.line))
        reports.sort(key=lambda r: (r.date, r.at.line))
        return AreaDesignations(
            at=self.at(doc), area=area, designations=tuple(items), reports=tuple(reports)
        )

    def accounts(self, doc: YMap) -> list[Account]:
        area = self.text(doc, "area") or ""
        out = []
        for m in self.maps(doc, "cuentas"):
            network, user, opened = (
                self.text(m, "red"),
                self.text(m, "usuario"),
                self.date(m, "alta"),
            )
            if network is None or user is None or opened is None:
                if network and user:
                    self.unmodelled.add(account_key(f"{network}/{user}"))
                continue
            linked = m.get("vinculada_a")
            links = (
                tuple(
                    (v, Pos(self.path, *linked.ipos[i]))
                    for i, v in enumerate(linked)
                    if isinstance(v, str)
                )
                if isinstance(linked, YSeq)
                else ()
            )
            sf = m.get("segundo_factor")
            second = (
                SecondFactor(
                    at=self.at(sf),
                    active=self.flag(sf, "activo"),
                    device=self.email(sf, "dispositivo"),
                )
                if isinstance(sf, YMap)
                else None
            )
            access_seq = m.get("accesos")
            access = (
                tuple(
                    Access(
                        at=FieldPositions(self.path, *access_seq.ipos[i]),
                        email=sys.intern(v.strip().lower()),
                    )
                    for i, v in enumerate(access_seq)
                    if isinstance(v, str)
                )
                if isinstance(access_seq, YSeq)
                else ()
            )
            changes = sorted(
                (
                    PasswordChange(
                        at=self.at(c),
                        date=d,
                        per_utsi=self.flag(c, "conforme_utsi"),
                        titular_notified=self.date(c, "notificado_titular"),
                        cau_ticket=self.text(c, "ticket_cau"),
                    )
                    for c in self.maps(m, "cambios_contrasena")
                    if (d := self.date(c, "fecha")) is not None
                ),
                key=lambda c: (c.date, c.at.line),
            )
            incidents = tuple(
                Incident(
                    at=self.at(i),
                    detected=d,
                    description=self.text(i, "descripcion"),
                    titular_notified=self.date(i, "notificado_titular"),
                    password_changed=self.date(i, "contrasena_cambiada"),
                    cau_ticket=self.text(i, "ticket_cau"),
                    cncs_notified=self.date(i, "notificado_cncs"),
                )
                for i in self.maps(m, "incidentes")
                if (d := self.date(i, "detectado")) is not None
            )
            out.append(
                Account(
                    at=self.at(m),
                    area=area,
                    network=network.lower(),
                    user=user.lstrip("@"),
                    url=self.text(m, "url"),
                    opened=opened,
                    retired=self.date(m, "baja"),
                    email=self.email(m, "correo"),
                    registration=self.text(m, "registro"),
                    linked_to=links,
                    association_notified=self.date(m, "asociacion_notificada"),
                    second_factor=second,
                    access=access,
                    password_changes=tuple(changes),
                    incidents=incidents,
                )
            )
        return out
