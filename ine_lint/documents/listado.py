"""The list of current administrators (4.5.III: CNCS generates and keeps it; 4.5.I and 4.2.IV:
it goes to UTSI), one row per person and área, as CSV (UTF-8 with BOM, so Excel reads the
accents right) or XLSX (openpyxl, imported only here)."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ine_lint.messages import doc_text

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory

#: Every column, in order; ``UTSI_COLUMNS`` are what UTSI needs to assign mailboxes (4.4.II).
COLUMNS = (
    "clave_area",
    "area",
    "rol",
    "nombre",
    "cargo",
    "nivel",
    "correo",
    "telefono_institucional",
    "vigente_desde",
    "oficio_designacion",
    "correos_genericos",
    "cuentas",
    "hallazgos",
)
UTSI_COLUMNS = (
    "clave_area",
    "area",
    "rol",
    "nombre",
    "cargo",
    "correo",
    "telefono_institucional",
    "correos_genericos",
)
#: The provisions whose findings mark a person in the ``hallazgos`` column.
MARKED_RULES = ("4.2.III", "4.5.III")
SEPARATOR = "; "


@dataclass(frozen=True)
class Row:
    #: A column's value; lists (mailboxes, accounts, provisions) are tuples, joined by the
    #: writer: "; " in a CSV cell, one per line in a wrapped XLSX cell.
    values: dict[str, str | tuple[str, ...]]

    def text(self, column: str, separator: str = SEPARATOR) -> str:
        value = self.values[column]
        return value if isinstance(value, str) else separator.join(value)


def rows(
    inventory: Inventory,
    flagged: dict[tuple[str, str], list[str]],
    unknown: dict[str, set[str]] | None = None,
    lang: str = "es",
) -> list[Row]:
    """One row per administrator of each área's designation in force on the as-of date.

    ``flagged`` maps (área, correo or nombre) to the provisions found against that person;
    ``unknown`` maps an área ("" for all) to the marked provisions the check could not
    evaluate there, which the column says instead of an empty cell that reads as "none".
    """
    unknown = unknown or {}
    out: list[Row] = []
    mailboxes: dict[str, list[str]] = {}
    for mailbox in inventory.mailboxes.values():
        mailboxes.setdefault(mailbox.area, []).append(mailbox.email)
    for key in sorted(inventory.designations):
        designation = inventory.current_designation(key)
        if designation is None:
            continue
        area = inventory.areas.get(key)
        accounts = sorted(a.ref for a in inventory.active_accounts_of(key))
        for role, person in designation.administrators():
            found = flagged.get((key, person.email or person.name), [])
            unread = (unknown.get(key, set()) | unknown.get("", set())) - set(found)
            marks = [*found, *unread]
            out.append(
                Row(
                    {
                        "clave_area": key,
                        "area": area.name if area is not None else "",
                        "rol": role,
                        "nombre": person.name,
                        "cargo": person.cargo,
                        "nivel": person.level or "",
                        "correo": person.email,
                        "telefono_institucional": person.phone or "",
                        "vigente_desde": designation.since.isoformat(),
                        "oficio_designacion": designation.oficio or "",
                        "correos_genericos": tuple(sorted(mailboxes.get(key, []))),
                        "cuentas": tuple(accounts),
                        "hallazgos": tuple(
                            rule if rule in found else doc_text("not_evaluated", lang, rule=rule)
                            for rule in sorted(set(marks), key=MARKED_RULES.index)
                        ),
                    }
                )
            )
    return out


def flagged_people(findings: list[tuple[str, str, str]]) -> dict[tuple[str, str], list[str]]:
    """(rule, área, subject) of the check's findings → who is marked with what."""
    out: dict[tuple[str, str], list[str]] = {}
    for rule, area, subject in findings:
        if rule in MARKED_RULES and subject:
            out.setdefault((area, subject.lower() if "@" in subject else subject), []).append(rule)
    return out


def unevaluated(notes: list[dict[str, object]]) -> dict[str, set[str]]:
    """From the root-cause findings' notes: área ("" for every área) → marked provisions
    that were not evaluated there."""
    out: dict[str, set[str]] = {}
    for note in notes:
        parts = note.get("not_evaluated")
        if not isinstance(parts, (tuple, list)):
            continue
        for rules, _plural, scope, whom in parts:
            marked = {r.strip() for r in str(rules).split(",")} & set(MARKED_RULES)
            for key in [""] if scope == "all" else str(whom).split(", "):
                out.setdefault(key, set()).update(marked)
    return out


def headers(columns: tuple[str, ...], lang: str) -> list[str]:
    return [doc_text(f"col.{c}", lang) for c in columns]


def write_csv(path: Path, columns: tuple[str, ...], data: list[Row], lang: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(headers(columns, lang))
    for row in data:
        writer.writerow([row.text(c) for c in columns])
    # The BOM tells Excel the file is UTF-8; without it accents come out garbled.
    _atomic(path, buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(
    path: Path, columns: tuple[str, ...], data: list[Row], lang: str, as_of: date
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = doc_text("sheet", lang, as_of=as_of.isoformat())[:31]
    names = headers(columns, lang)
    sheet.append(names)
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    for row in data:
        sheet.append([row.text(c, "\n") for c in columns])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap if "\n" in str(cell.value or "") else top
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="7B1E5A")
    edge = Side(style="thin", color="404040")
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=False)
        cell.border = Border(bottom=edge)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(data) + 1}"
    for index, column in enumerate(columns, start=1):
        lines = [line for row in data for line in row.text(column, "\n").split("\n")]
        # Wide enough for the longest line (and the filter button beside the header).
        longest = max((len(t) for t in lines), default=0)
        header_room = len(names[index - 1]) + 4
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(longest + 2, header_room, 8), 80
        )
    moment = datetime(as_of.year, as_of.month, as_of.day)
    book.properties.creator = "ine-lint"
    book.properties.title = sheet.title
    book.properties.created = moment
    book.properties.modified = moment
    buffer = io.BytesIO()
    book.save(buffer)
    # openpyxl stamps «modified» with the moment of the save; put the as-of date back.
    from openpyxl.packaging.core import DocumentProperties
    from openpyxl.xml.constants import ARC_CORE
    from openpyxl.xml.functions import tostring

    core = DocumentProperties(
        creator="ine-lint", title=sheet.title, created=moment, modified=moment
    )
    xml = tostring(core.to_tree())
    _atomic(
        path,
        _stamped(
            buffer.getvalue(),
            as_of,
            {ARC_CORE: xml.encode("utf-8") if isinstance(xml, str) else xml},
        ),
    )


def _stamped(data: bytes, as_of: date, replace: dict[str, bytes]) -> bytes:
    """The workbook's ZIP with every entry dated ``as_of`` instead of the moment of the run
    (and the ``replace`` entries swapped in), so the same inventory gives the same bytes: a
    list can be committed and diffed."""
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, (as_of.year, as_of.month, as_of.day, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, replace.get(info.filename) or source.read(info.filename))
    return out.getvalue()


def _atomic(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a half-written list is worse than none."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
