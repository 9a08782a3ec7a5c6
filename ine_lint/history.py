"""The ``historial`` rule: the inventory's audit trail is append-only.

Password changes, incidents, reports to CNCS, designations and their responsivas, CNCS
lists, the mailbox register and an account's ``alta`` record what happened. Compared with a
base revision (``--base``), every entry there that the change deletes or alters is a finding
with its old value; a designation whose people change is reported as such (a change of
administrators is a new designation). Adding entries, and filling in a field that was empty
or absent, changes no record.

Values flagged by 4.3.VI are never printed: they show as «oculto», and taking one out is the
fix 4.3.VI asks for, not a rewrite of history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ine_lint.discovery import Unreadable, read_regular
from ine_lint.findings import Finding, Pos, finding, stamp
from ine_lint.loader import LoadedFile, YMap, YSeq, load_text

HISTORY = "historial"
HIDDEN = "«oculto»"
#: Longest old value shown in a message; longer ones are cut with an ellipsis.
MAX_SHOWN = 80

Line = tuple[int, int]


@dataclass(frozen=True)
class Baseline:
    """What a check compares with: the inventory's files at a base revision."""

    revision: str
    #: Inventory-relative path → bytes at the revision (regular files only).
    files: dict[str, bytes]
    #: What the change does to the configuration: (path shown, [changes]) or None.
    config_changes: tuple[str, tuple[str, ...]] | None = None
    #: The change as staged (``--staged``): inventory-relative path → bytes in git's index;
    #: None compares the working tree.
    staged: dict[str, bytes] | None = None


@dataclass
class Record:
    """One entry of the audit trail: its leaves with their positions."""

    label: str
    pos: Line
    leaves: dict[str, tuple[str, Line]]
    #: Lines where 4.3.VI saw something: values there are never shown.
    hidden: frozenset[int] = frozenset()
    #: Sub-records (responsivas of a designation) and summary of what the entry holds.
    children: dict[str, list[tuple[str, Record]]] = field(default_factory=dict)

    def shown(self, key: str) -> str:
        value, (line, _) = self.leaves[key]
        if line in self.hidden:
            return HIDDEN
        return value if len(value) <= MAX_SHOWN else value[: MAX_SHOWN - 1] + "…"

    def summary(self) -> str:
        return ", ".join(f"{k}: {self.shown(k)}" for k in self.leaves)


# ---------------------------------------------------------------- reading the records


def _canon(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(sorted(_canon(v) for v in value)) + "]"
    text = str(value).strip()
    # E-mail addresses and usernames compare case-insensitively (the contract).
    return text.casefold() if "@" in text and " " not in text else text


def _leaves(
    m: YMap, prefix: str = "", skip: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str, Line]]:
    for key, value in m.items():
        if key in skip:
            continue
        name = f"{prefix}{key}"
        where = m.vpos.get(key, m.kpos.get(key, m.pos))
        if isinstance(value, YMap):
            yield from _leaves(value, name + ".")
        elif isinstance(value, YSeq) and any(isinstance(v, (YMap, YSeq)) for v in value):
            for i, item in enumerate(value):
                if isinstance(item, YMap):
                    yield from _leaves(item, f"{name}[{i}].")
                else:
                    yield f"{name}[{i}]", _canon(item), value.ipos[i]
        else:
            yield name, _canon(value), where


def _record(
    label: str, m: YMap, hidden: frozenset[int], skip: frozenset[str] = frozenset()
) -> Record:
    return Record(label, m.pos, {k: (v, p) for k, v, p in _leaves(m, skip=skip)}, hidden)


def _maps(m: Any, key: str) -> list[YMap]:
    value = m.get(key) if isinstance(m, YMap) else None
    return [v for v in value if isinstance(v, YMap)] if isinstance(value, YSeq) else []


def _key(m: YMap, *names: str) -> str:
    return " ".join(_canon(m.get(n)) for n in names)


#: One list of records: (its path in the document, the record's id fields, a label prefix).
Lists = dict[str, list[tuple[str, Record]]]


def _account_id(m: YMap) -> str:
    return f"{_canon(m.get('red'))}/{_canon(m.get('usuario')).lstrip('@').casefold()}"


def _account_label(m: YMap) -> str:
    return f"{_canon(m.get('red'))}/{_canon(m.get('usuario')).lstrip('@')}"


def records(kind: str, doc: YMap, hidden: frozenset[int]) -> Lists:
    """The file's audit-trail lists, each as (id, record) in file order.

    A list's name is what a message shows: the contract's own keys, so it reads the same
    in both languages.
    """
    out: Lists = {}

    def add(
        name: str,
        items: list[YMap],
        ident: Callable[[YMap], str],
        label: str,
        skip: frozenset[str] = frozenset(),
    ) -> None:
        out[name] = [(ident(m), _record(f"{label} {ident(m)}", m, hidden, skip)) for m in items]

    if kind == "cuentas":
        for acc in _maps(doc, "cuentas"):
            ref, label = _account_id(acc), _account_label(acc)
            out.setdefault("cuentas", []).append(
                (
                    ref,
                    Record(
                        label,
                        acc.pos,
                        {k: (v, p) for k, v, p in _leaves(acc) if k == "alta"},
                        hidden,
                    ),
                )
            )
            add(
                f"{ref} › cambios_contrasena",
                _maps(acc, "cambios_contrasena"),
                lambda m: _key(m, "fecha"),
                "fecha",
            )
            add(
                f"{ref} › incidentes",
                _maps(acc, "incidentes"),
                lambda m: _key(m, "detectado"),
                "detectado",
            )
    elif kind == "designaciones":
        designations = _maps(doc, "designaciones")
        add(
            "designaciones",
            designations,
            lambda m: _key(m, "vigente_desde"),
            "vigente_desde",
            skip=frozenset({"responsivas"}),
        )
        for d in designations:
            since = _key(d, "vigente_desde")
            add(
                f"designaciones › vigente_desde {since} › responsivas",
                _maps(d, "responsivas"),
                lambda m: _key(m, "administradora", "cuenta"),
                "",
            )
        add("informes", _maps(doc, "informes"), lambda m: _key(m, "oficio"), "oficio")
    elif kind == "cncs":
        add("listados_utsi", _maps(doc, "listados_utsi"), lambda m: _key(m, "oficio"), "oficio")
    elif kind == "correos":
        add(
            "correos_genericos",
            _maps(doc, "correos_genericos"),
            lambda m: _key(m, "correo"),
            "correo",
        )
    return out


def _container(doc: YMap | None, name: str) -> Line | None:
    """Where a list stands in the current file, for findings about entries it lost."""
    if doc is None:
        return None
    parts = name.split(" › ")
    node: Any = doc
    at: Line | None = doc.pos
    if parts[0].count("/") == 1 and len(parts) > 1:  # an account's list
        acc = next((a for a in _maps(doc, "cuentas") if _account_id(a) == parts[0]), None)
        if acc is None:
            return doc.kpos.get("cuentas", doc.pos)
        node, at, parts = acc, acc.pos, parts[1:]
    elif parts[0] == "designaciones" and len(parts) > 1:
        since = parts[1].split(" ", 1)[1]
        d = next(
            (x for x in _maps(doc, "designaciones") if _key(x, "vigente_desde") == since), None
        )
        if d is None:
            return doc.kpos.get("designaciones", doc.pos)
        node, at, parts = d, d.pos, parts[2:]
    for part in parts:
        if isinstance(node, YMap) and part in node:
            at = node.kpos.get(part, at)
            node = node[part]
        else:
            break
    return at


# ---------------------------------------------------------------- comparing


def _covers(new: Record, old: Record) -> bool:
    """``new`` keeps every fact of ``old`` (it may add facts, or fill in empty ones)."""
    for key, (value, _) in old.leaves.items():
        if value in ("null", "") or old.leaves[key][1][0] in old.hidden:
            continue
        if key not in new.leaves or new.leaves[key][0] != value:
            return False
    return True


def _changes(old: Record, new: Record) -> list[tuple[str, Line | None]]:
    """Each fact of ``old`` that ``new`` drops or changes, with where the new one stands."""
    out: list[tuple[str, Line | None]] = []
    for key, (value, (line, _)) in old.leaves.items():
        if value in ("null", "") or line in old.hidden:
            continue
        if key not in new.leaves:
            out.append((key, None))
        elif new.leaves[key][0] != value:
            out.append((key, new.leaves[key][1]))
    return out


@dataclass
class _Side:
    path: str
    kind: str
    doc: YMap | None
    hidden: frozenset[int]


def compare(base: _Side, current: _Side | None, revision: str, area: str) -> list[Finding]:
    old_lists = records(base.kind, base.doc, base.hidden) if base.doc is not None else {}
    new_lists = (
        records(current.kind, current.doc, current.hidden)
        if current is not None and current.doc is not None
        else {}
    )
    path = current.path if current is not None else base.path
    labels = {ident: rec.label for ident, rec in old_lists.get("cuentas", [])}

    def display(name: str) -> str:
        head, sep, rest = name.partition(" › ")
        return labels.get(head, head) + sep + rest

    out: list[Finding] = []
    gone: set[str] = set()  # accounts and designations deleted whole: not their every entry
    #: An account or designation kept in its place under a new id (an edit of its id):
    #: its entries are looked for under the new one, not reported lost one by one.
    renamed: dict[str, str] = {}
    for name, old_entries in old_lists.items():
        if any(name.startswith(g + " › ") for g in gone):
            continue
        now_name = next(
            (
                new + name[len(old) :]
                for old, new in renamed.items()
                if name.startswith(old + " › ")
            ),
            name,
        )
        new_entries = list(new_lists.get(now_name, []))
        unmatched: list[tuple[str, Record, int]] = []
        free = list(range(len(new_entries)))
        old_ids = {ident for ident, _ in old_entries}
        # First the entries kept as they were (in any order), then the altered ones by id.
        for index, (ident, old) in enumerate(old_entries):
            hit = next(
                (i for i in free if new_entries[i][0] == ident and _covers(new_entries[i][1], old)),
                None,
            )
            if hit is None:
                unmatched.append((ident, old, index))
            else:
                free.remove(hit)
        for ident, old, index in unmatched:
            same = next((i for i in free if new_entries[i][0] == ident), None)
            if same is None and index in free and new_entries[index][0] not in old_ids:
                same = index  # the entry in the same place, under a new id: an edit
            where_list = _container(current.doc if current else None, now_name)
            if same is not None:
                free.remove(same)
                new = new_entries[same][1]
                if new_entries[same][0] != ident and name in ("cuentas", "designaciones"):
                    prefix = "" if name == "cuentas" else "designaciones › vigente_desde "
                    renamed[prefix + ident] = prefix + new_entries[same][0]
                changed = _changes(old, new)
                if not changed:
                    continue
                at = next((p for _, p in changed if p is not None), new.pos)
                out.append(_altered(path, at, display(name), old, new, changed, revision, area))
            else:
                if name == "cuentas":
                    gone.add(ident)
                elif name == "designaciones":
                    gone.add(f"designaciones › vigente_desde {ident}")
                at = where_list or old.pos
                out.append(
                    stamp(
                        finding(
                            Pos(path, *at),
                            "history.deleted",
                            area=area,
                            subject=display(name).split(" › ")[0] if "/" in name else "",
                            rev=revision,
                            list=display(name),
                            record=old.label.strip(),
                            old=old.summary() or old.label,
                        ),
                        HISTORY,
                    )
                )
    return out


_PEOPLE = ("propietaria.correo", "suplente.correo")


def _altered(
    path: str,
    at: Line,
    name: str,
    old: Record,
    new: Record,
    changed: list[tuple[str, Line | None]],
    revision: str,
    area: str,
) -> Finding:
    people = [k for k, _ in changed if k in _PEOPLE]
    subject = name.split(" › ")[0] if "/" in name else ""
    if name == "designaciones" and people:
        now = ", ".join(f"{k.split('.')[0]}: {old.shown(k)} → {_shown_new(new, k)}" for k in people)
        return stamp(
            finding(
                Pos(path, *at),
                "history.people",
                area=area,
                subject=subject,
                rev=revision,
                record=old.label.strip(),
                changes=now,
            ),
            HISTORY,
        )
    listed = "; ".join(_change(old, new, k) for k, _ in changed)
    return stamp(
        finding(
            Pos(path, *at),
            "history.altered",
            area=area,
            subject=subject,
            rev=revision,
            list=name,
            record=old.label.strip(),
            changes=listed,
        ),
        HISTORY,
    )


def _change(old: Record, new: Record, key: str) -> str:
    """``key: old → new``; for a list, only the items taken out and put in."""
    before, after = old.shown(key), _shown_new(new, key)
    was_raw, (old_line, _) = old.leaves[key]
    now_raw, (new_line, _) = new.leaves.get(key, ("", (0, 0)))
    if (
        was_raw.startswith("[")
        and now_raw.startswith("[")
        and old_line not in old.hidden
        and new_line not in new.hidden
    ):
        was = was_raw[1:-1].split(", ") if was_raw != "[]" else []
        now = now_raw[1:-1].split(", ") if now_raw != "[]" else []
        parts = [f"− {_cut(x)}" for x in was if x not in now]
        parts += [f"+ {_cut(x)}" for x in now if x not in was]
        return f"{key}: {', '.join(parts[:10])}{', …' if len(parts) > 10 else ''}"
    return f"{key}: {before} → {after}"


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _shown_new(new: Record, key: str) -> str:
    if key not in new.leaves:
        return "—"
    return new.shown(key)


# ---------------------------------------------------------------- the inventory


AUDIT_KINDS = ("cncs", "correos", "designaciones", "cuentas")


def kind_of(rel: str) -> str | None:
    from ine_lint.discovery import AREA_DIRS, TOP_FILES, YAML_SUFFIXES

    if rel in TOP_FILES:
        return TOP_FILES[rel]
    folder, _, name = rel.partition("/")
    if (
        folder in AREA_DIRS
        and "/" not in name
        and name.endswith(YAML_SUFFIXES)
        and not name.startswith(".")
    ):
        return AREA_DIRS[folder]
    return None


def _side(rel: str, kind: str, raw: bytes) -> _Side:
    loaded: LoadedFile = load_text(raw, rel, kind)
    return _Side(rel, kind, loaded.data, frozenset(h.line for h in loaded.secrets))


def _read_current(path: Path) -> bytes | None:
    """The file as it is now: a regular file, never through a symlink, bounded."""
    try:
        return read_regular(path)
    except Unreadable:
        return None


def findings(baseline: Baseline, root: Path, current_paths: list[str]) -> list[Finding]:
    """Every audit-trail entry at the base revision that the working tree deletes or alters."""
    out: list[Finding] = []
    current = set(current_paths if baseline.staged is None else baseline.staged)
    for rel in sorted(baseline.files):
        kind = kind_of(rel)
        if kind not in AUDIT_KINDS:
            continue
        now: _Side | None = None
        raw: bytes | None = None
        if rel in current:
            raw = _read_current(root / rel) if baseline.staged is None else baseline.staged.get(rel)
            if raw is None or raw == baseline.files[rel]:
                continue  # unchanged (most files of a change): nothing can be lost
        base = _side(rel, kind, baseline.files[rel])
        if base.doc is None:
            continue  # unreadable at the base: nothing known to have been recorded
        if raw is not None:
            now = _side(rel, kind, raw)
            if now.doc is None:
                continue  # unreadable now: its own yaml finding says so; unknown ≠ deleted
        area = str(base.doc.get("area", "")) if kind in ("cuentas", "designaciones") else ""
        out.extend(compare(base, now, baseline.revision, area))
    if baseline.config_changes is not None:
        shown, changes = baseline.config_changes
        out.append(
            Finding(
                Pos(shown),
                "history.config",
                args=(("changes", "; ".join(changes)), ("rev", baseline.revision)),
                rule=HISTORY,
                severity="info",
            )
        )
    return out
