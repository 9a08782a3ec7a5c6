"""Find, load, validate and model an inventory; check the references between its files."""

from __future__ import annotations

import errno
import os
import stat
import sys
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

from ine_lint import unknown as uk
from ine_lint.findings import REFERENCE, SCHEMA, YAML, Finding, Pos, finding, stamp
from ine_lint.loader import MAX_FILE_BYTES, LoadedFile, YMap, YSeq, load_text
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


#: What is not a regular file or a folder, by ``stat`` file type: never opened, never
#: followed (a link to /etc/passwd or /proc/self/environ, a FIFO that blocks, /dev/zero).
SPECIAL = ((stat.S_ISLNK, "yaml.symlink"), (stat.S_ISFIFO, "yaml.fifo"),
           (stat.S_ISCHR, "yaml.device"), (stat.S_ISBLK, "yaml.device"),
           (stat.S_ISSOCK, "yaml.socket"))


def special(mode: int) -> str | None:
    """The finding for an entry of this ``st_mode`` that is neither a file nor a folder."""
    return next((message for test, message in SPECIAL if test(mode)), None)


#: Never follow the last component, never block on a FIFO, never leak the descriptor.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


class Unreadable(Exception):
    """A path that is not a regular file of at most ``MAX_FILE_BYTES``: the finding's message
    key and arguments say why."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.reason, self.details = key, args


def read_regular(path: Path | str) -> bytes:
    """The bytes of a regular file (a link itself is never followed: O_NOFOLLOW; a FIFO opened
    by mistake never blocks: O_NONBLOCK), its size checked before reading and the read
    bounded; else ``Unreadable``. The one way ine-lint reads a file of the inventory."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise Unreadable("yaml.not_a_file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # the last component is a symbolic link
            raise Unreadable("yaml.symlink") from None
        raise Unreadable("yaml.unreadable", reason=exc.strerror or type(exc).__name__) from None
    try:
        info = os.fstat(fd)
        kind = special(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable("yaml.not_a_file")
        if kind is not None or not stat.S_ISREG(info.st_mode):
            raise Unreadable(kind or "yaml.device")
        if info.st_size > MAX_FILE_BYTES:
            raise Unreadable("yaml.too_large", size=info.st_size, limit=MAX_FILE_BYTES)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_FILE_BYTES + 1)  # grown since fstat: still bounded
    except OSError as exc:
        raise Unreadable("yaml.unreadable", reason=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)


def _classify(path: Path) -> str | None:
    """``file``, ``folder``, a ``special`` finding's message, or None if there is nothing."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return "file"  # unreadable: reading it says why
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return special(mode) or "yaml.device"


def discover(root: Path) -> tuple[list[SourceFile], list[Finding]]:
    """The inventory's files, in a stable order; what cannot be a file becomes a finding.

    Entries are classified with ``lstat``: a symbolic link, FIFO, device or socket is a
    finding naming it, and is neither followed nor opened.
    """
    files: list[SourceFile] = []
    problems: list[Finding] = []
    for name, kind in TOP_FILES.items():
        path = root / name
        found = _classify(path)
        if found == "folder":
            problems.append(stamp(finding(Pos(name), "yaml.not_a_file"), YAML))
        elif found == "file":
            files.append(SourceFile(name, kind, path))
        elif found is not None:
            problems.append(stamp(finding(Pos(name), found), YAML))
    for dirname, kind in AREA_DIRS.items():
        folder = root / dirname
        found = _classify(folder)
        if found not in ("folder", None, "file"):
            problems.append(stamp(finding(Pos(dirname), found), YAML))  # never followed
        if found != "folder":
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
            found = _classify(Path(entry.path))
            if found == "folder":
                problems.append(stamp(finding(Pos(rel), "yaml.not_a_file"), YAML))
            elif found == "file":
                files.append(SourceFile(rel, kind, Path(entry.path)))
            elif found is not None:
                problems.append(stamp(finding(Pos(rel), found), YAML))
    problems += unexpected_entries(root)
    return files, problems


#: At the root, besides the contract: the repository's own settings (git, CI, editor) are
#: hidden entries, and a README may explain the inventory to people.
ROOT_CONTRACT = (*TOP_FILES, *AREA_DIRS, ".ine-lint.yaml")
#: Inside designaciones/ and cuentas/, git's placeholder for a folder is expected too.
AREA_DIR_EXTRAS = (".gitkeep",)


def unexpected_entries(root: Path) -> list[Finding]:
    """Every entry under the root that is not part of the contract, as a finding naming it.

    Nothing may be left out in silence: ``cuentas/X.YAML``, ``correos_genericos.yaml`` or a
    folder ``cuenta/`` would otherwise only show as odd consequences elsewhere. A name close
    to a contract name is an error (a fact meant for the inventory is not read); anything
    else, a warning (it does not belong in the inventory).
    """
    out: list[Finding] = []
    try:
        top = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return out
    for entry in top:
        name = entry.name
        if name in ROOT_CONTRACT or name.startswith(".") or name.upper().startswith("README"):
            continue
        is_dir = _is_dir(entry)
        candidates = [n for n in ROOT_CONTRACT if not n.startswith(".")
                      and (n in AREA_DIRS) == is_dir]
        meant = _close(name, candidates, is_dir)
        kind, areas = "", ""
        if meant.rstrip("/") in TOP_FILES:
            kind = TOP_FILES[meant]
        elif meant.rstrip("/") in AREA_DIRS:
            # The folder's files are the áreas' facts, unread: each área's are unknown.
            kind = AREA_DIRS[meant.rstrip("/")]
            try:
                areas = ",".join(sorted(e.name.partition(".")[0] for e in os.scandir(entry.path)
                                        if e.name.lower().endswith(YAML_SUFFIXES)))
            except OSError:
                areas = ""
        out.append(_unexpected(name + ("/" if is_dir else ""), meant, kind=kind,
                               area_of=areas))
    for dirname, kind in AREA_DIRS.items():
        folder = root / dirname
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name) if folder.is_dir() \
                else []
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name in AREA_DIR_EXTRAS:
                continue
            is_dir = _is_dir(entry)
            if not is_dir and name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                continue  # a file of the contract (or a folder so named: yaml.not_a_file)
            if is_dir and name.endswith(YAML_SUFFIXES):
                continue
            rel = f"{dirname}/{name}" + ("/" if is_dir else "")
            stem, dot, suffix = name.partition(".")
            if not is_dir and dot and f".{suffix.lower()}" in YAML_SUFFIXES and stem:
                # X.YAML: the área's file, not read because of the case of its extension.
                out.append(_unexpected(rel, f"{dirname}/{stem}.{suffix.lower()}",
                                       kind=kind, area_of=stem))
            else:
                out.append(_unexpected(rel, ""))
    return out


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _close(name: str, candidates: list[str], is_dir: bool) -> str:
    import difflib

    lowered = {c.lower(): c for c in candidates}
    found = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.75)
    return lowered[found[0]] + ("/" if is_dir else "") if found else ""


def _unexpected(rel: str, suggestion: str, kind: str = "", area_of: str = "") -> Finding:
    f = stamp(finding(Pos(rel.rstrip("/")), "ref.unexpected_entry", entry=rel,
                      suggestion=suggestion, kind=kind, area_of=area_of), REFERENCE)
    return f if suggestion else replace(f, severity="warning")


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
        loaded.findings.extend(stamp(f, SCHEMA) for f in validate(source.kind, loaded.data,
                                                                    source.rel, flagged))
        flagged += _duplicated(loaded)
        _model(loaded, loaded.data)
        loaded.unknown = tuple(_unknowns(loaded, loaded.data, flagged))
        loaded.data = None
    return loaded


def _unknowns(lf: LoadedFile, doc: YMap,
              flagged: list[tuple[tuple[Any, ...], Pos]]) -> Iterator[Unknown]:
    """What each schema error of a file makes unknown, and for whom.

    An unknown or missing key flags the mapping that holds it: the misspelt name may be any
    of its fields, so the whole entry is in doubt.
    """
    area = doc.get("area")
    area = area if isinstance(area, str) and area else _stem(lf.path)
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
            name = "cuentas" if field in (None, "red", "usuario", "alta", "baja") \
                else f"cuentas.{field}"
            yield uk.account_scope(account_key(ref), name, pos, label=ref)


def _duplicated(lf: LoadedFile) -> list[tuple[tuple[Any, ...], Pos]]:
    """The mappings that hold a key twice: which of the two values is right is unknown, so
    the whole mapping is (as for an unknown key). Found by the first key's line."""
    wanted = {(dict(f.args).get("key"), dict(f.args).get("first")): f.pos
              for f in lf.findings if f.message == "schema.duplicate_key"}
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

    def before(self, ordinal: int) -> Iterator[tuple[date, str, int, int]]:
        """The dates earlier than ``ordinal``: (date, key, line, column)."""
        e = self.entries
        if not e or min(e[0::4]) >= ordinal:
            return
        for i in range(0, len(e), 4):
            if e[i] < ordinal:
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
    #: Facts that could not be read: no rule may report their absence (``unknown``).
    unknown: list[Unknown] = field(default_factory=list)

    def unknown_for(self, name: str, area: str = "",
                    scopes: tuple[str, ...] = (uk.ALL, uk.AREA)) -> bool:
        """Whether input ``name`` is unknown everywhere, or for ``area``."""
        return any(u.scope in scopes and (u.scope == uk.ALL or u.key == area)
                   and uk.covers(u.input, (name,)) for u in self.unknown)

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
    changes = {name: tuple(x for x in value if not _holds_date_outside(x, low, high))
               for name, value in zip(model._fields, model, strict=True)
               if isinstance(value, tuple) and value and isinstance(value[0], tuple)}
    return model._replace(**changes)


#: The input a per-file kind stands for, when the whole file cannot be read.
_FILE_INPUT = {"areas": "areas", "cncs": "cncs", "correos": "correos",
               "designaciones": "designaciones", "cuentas": "cuentas"}


def _file_unknowns(kind: str, area: str, pos: Pos) -> list[Unknown]:
    """What a whole file that cannot be used makes unknown."""
    name = _FILE_INPUT[kind]
    if kind in ("areas", "cncs", "correos"):
        return [uk.everywhere(name, pos, uk.FILE)]
    out = [uk.area_scope(area, name, pos, uk.FILE)]
    if kind == "cuentas":
        out.append(uk.everywhere("inventario.cuentas", pos, uk.FILE))
    return out


def build(root: Path, as_of: date, loaded: Iterable[LoadedFile], extra: Iterable[Finding] = (),
          platforms: Collection[str] = ()) -> Inventory:
    """Put the files' model objects together and check the references between them."""
    inv = Inventory(root=root, as_of=as_of)
    inv.findings.extend(extra)
    for f in inv.findings:
        args = dict(f.args)
        if f.message == "ref.unexpected_entry" and args.get("kind"):
            # A file of the contract left unread for its name: its facts are unknown.
            for area in str(args.get("area_of") or "").split(",") \
                    if args["kind"] in AREA_DIRS.values() else [""]:
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
                inv.findings.append(stamp(finding(
                    where, "schema.implausible_date", key=key, value=when.isoformat(),
                    low=low.isoformat(), high=high.isoformat()), SCHEMA))
            else:
                inv.findings.append(stamp(finding(
                    where, "schema.future_date", key=key,
                    value=when.isoformat(), as_of=as_of.isoformat()), SCHEMA))
            inv.unknown.extend(_date_unknowns(lf, where))
        for when, key, line, column in lf.dates.before(low.toordinal()) if lf.dates else ():
            where = Pos(lf.path, line, column)
            implausible = True
            inv.findings.append(stamp(finding(
                where, "schema.implausible_date", key=key, value=when.isoformat(),
                low=low.isoformat(), high=high.isoformat()), SCHEMA))
            inv.unknown.extend(_date_unknowns(lf, where))
        model = lf.model
        stem = _stem(lf.path)
        if model is None:
            causes = sorted(f.pos for f in lf.findings if f.rule in (YAML, SCHEMA, REFERENCE))
            if causes and lf.kind in KINDS:  # a file read for secrets only holds no facts
                inv.unknown.extend(_file_unknowns(lf.kind, stem, causes[0]))
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
            if cause is None and area != stem:
                cause = Pos(lf.path, lf.area[1], lf.area[2]) if lf.area is not None \
                    else min((f.pos for f in lf.findings if f.rule == SCHEMA),
                             default=Pos(lf.path))
            if cause is not None:
                for key in {stem, area} - {""}:
                    inv.unknown.extend(_file_unknowns(lf.kind, key, cause))
                if lf.kind == "cuentas":
                    unmodelled.update(acc.key for acc in model)
                continue
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
                if lst.oficio in inv.cncs_lists:
                    # Which of the two is the list CNCS sent cannot be told.
                    where = lst.where("oficio")
                    inv.findings.append(_ref(where, "ref.duplicate_oficio", oficio=lst.oficio,
                                             first=oficio_first[lst.oficio].line))
                    inv.unknown.append(uk.everywhere("cncs", where))
                    continue
                inv.cncs_lists[lst.oficio] = lst
                oficio_first[lst.oficio] = lst.where("oficio")
        elif lf.kind == "correos":
            for box in model:
                if box.email in inv.mailboxes:
                    inv.findings.append(_ref(box.where("correo"), "ref.duplicate_mailbox",
                                             email=box.email,
                                             first=inv.mailboxes[box.email].pos.line))
                    continue
                inv.mailboxes[box.email] = box
        elif lf.kind == "designaciones":
            inv.designations[model.area] = model
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
    _check_references(inv, area_files, unmodelled, have_areas, platforms)
    return inv


def _date_unknowns(lf: LoadedFile, where: Pos) -> Iterator[Unknown]:
    """What a date after the as-of date makes unknown: the entry it belongs to."""
    at = (where.line, where.column)

    def holds(obj: Any) -> bool:
        return obj is not None and any((p.line, p.column) == at for p in
                                       (obj.at[name] for name in obj.at.names))

    if lf.kind in ("areas", "cncs", "correos"):
        yield uk.everywhere(_FILE_INPUT[lf.kind], where)
    elif lf.kind == "cuentas":
        for acc in lf.model or ():
            if holds(acc):
                name = "cuentas.asociacion_notificada" if acc.at["asociacion_notificada"] == \
                    where and "asociacion_notificada" in acc.at else "cuentas"
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
        yield uk.area_scope(group.area or _stem(lf.path), name, where)


def _doubled_files(files: list[LoadedFile], inv: Inventory) -> dict[str, Pos]:
    """Two files for one área in the same folder (``X.yaml`` beside ``X.yml``): an error
    naming both, and neither is used. Returns path → the position of that finding."""
    by_area: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lf in files:
        if lf.kind in AREA_DIRS:
            by_area[(lf.kind, _stem(lf.path))].append(lf.path)
    out: dict[str, Pos] = {}
    for (_, area), paths in sorted(by_area.items()):
        if len(paths) < 2:
            continue
        paths.sort()
        where = Pos(paths[-1])
        inv.findings.append(_ref(where, "ref.duplicate_file", files=" y ".join(paths),
                                 area=area, subject=area))
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


def _stem(path: str) -> str:
    """``cuentas/JDE01-AGS.yaml`` → ``JDE01-AGS``."""
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _ref(pos: Pos, message: str, **args: Any) -> Finding:
    area, subject = args.pop("area", ""), args.pop("subject", "")
    return stamp(finding(pos, message, area=area, subject=subject, **args), REFERENCE)


def _check_references(inv: Inventory, area_files: list[tuple[str, str, Pos]],
                      unmodelled: set[str], have_areas: bool,
                      platforms: Collection[str]) -> None:
    for path, area, pos in area_files:
        if area != _stem(path):
            inv.findings.append(_ref(pos, "ref.file_name", area=area, file=_stem(path)))
        if have_areas and area not in inv.areas and not inv.unknown_for("areas"):
            import difflib

            close = difflib.get_close_matches(area, sorted(inv.areas), n=1, cutoff=0.75)
            inv.findings.append(_ref(pos, "ref.unknown_area", area=area,
                                     suggestion=close[0] if close else ""))
    # An account on a platform not in the catalogue: which account it is, is unknown
    # (``twitter/X`` may be the ``x/X`` a responsiva names).
    unsure: set[tuple[str, str]] = set()
    for acc in inv.accounts:
        if acc.network not in platforms:
            where = acc.where("red")
            inv.findings.append(_ref(where, "ref.unknown_platform",
                                     network=acc.network, known=", ".join(sorted(platforms)),
                                     suggestion=_platform_meant(acc.network, platforms),
                                     area=acc.area, subject=acc.ref))
            inv.unknown.append(uk.account_scope(acc.key, "cuentas", where, label=acc.ref))
            unsure.add((acc.area, acc.user.lower()))
    # An área whose accounts are unknown would make every responsiva look dangling.
    for group in inv.designations.values():
        if inv.unknown_for("cuentas", area=group.area, scopes=(uk.AREA,)):
            continue
        for d in group.designations:
            for r in d.responsivas:
                key = account_key(r.account)
                if key in inv.accounts_by_key or key in unmodelled or \
                        (group.area, key.rpartition("/")[2]) in unsure:
                    continue
                inv.findings.append(_ref(r.where("cuenta"), "ref.unknown_account",
                                         account=r.account, area=group.area,
                                         subject=r.account))
    if have_areas:
        for box in inv.mailboxes.values():
            if box.area not in inv.areas:
                inv.findings.append(_ref(box.where("area"), "ref.unknown_area_register",
                                         area=box.area, email=box.email, subject=box.email))
