"""Anexo 1 (designation form, 4.2.IV) and Anexo 2 (responsiva, 4.2.IV and 4.3.I) as
print-ready PDFs, letter size, with the Lineamientos' own words (``anexos.yaml`` here)
and the inventory's facts filled in where the original leaves a line.

fpdf2 is imported only when a PDF is written. Output is deterministic: the creation date is
the designation's ``vigente_desde`` and nothing else in the file depends on the clock, so the
same inventory gives the same bytes (a PDF can be committed and diffed).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ine_lint.dates import SPANISH_MONTHS
from ine_lint.errors import InventoryError
from ine_lint.messages import doc_text

if TYPE_CHECKING:
    from fpdf import FPDF

    from ine_lint.inventory import Inventory
    from ine_lint.model import Account, Administrator, Designation

BLANK = "_" * 28  # the line the original leaves to fill by hand
SHORT_BLANK = "_" * 14

#: Where Unicode TrueType fonts are installed (Debian/Ubuntu fonts-dejavu-core, Fedora,
#: Arch, Homebrew, Windows), regular and bold, best first.
FONT_CANDIDATES: tuple[tuple[str, str], ...] = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/local/share/fonts/DejaVuSans.ttf", "/usr/local/share/fonts/DejaVuSans-Bold.ttf"),
    ("/opt/homebrew/share/fonts/DejaVuSans.ttf", "/opt/homebrew/share/fonts/DejaVuSans-Bold.ttf"),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
        "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)
#: Environment variable naming a folder with ``Regular`` and ``Bold`` TTFs to use instead.
FONT_ENV = "INE_LINT_FUENTE"


@cache
def texts() -> dict[str, Any]:
    """The verbatim texts of the Anexos."""
    import yaml

    # Beside this module, not in policies/: the catalogue's digest covers that folder, and
    # the Anexos' text is not part of the rules.
    loaded: dict[str, Any] = yaml.safe_load(
        (Path(__file__).with_name("anexos.yaml")).read_text("utf-8")
    )
    return loaded


def long_date(day: date) -> str:
    """``14 de septiembre de 2026``, as an INE form writes a date."""
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


def find_font() -> tuple[str, str] | None:
    """A regular and a bold Unicode TTF, or None (then the PDF falls back to Helvetica)."""
    folder = os.environ.get(FONT_ENV)
    if folder:
        base = Path(folder)
        regular = sorted(base.glob("*Regular*.ttf")) or sorted(
            p
            for p in base.glob("*.ttf")
            if "bold" not in p.name.lower()
            and "italic" not in p.name.lower()
            and "oblique" not in p.name.lower()
        )
        bold = sorted(
            p
            for p in base.glob("*Bold*.ttf")
            if "italic" not in p.name.lower() and "oblique" not in p.name.lower()
        )
        if regular and bold:
            return str(regular[0]), str(bold[0])
    for regular_path, bold_path in FONT_CANDIDATES:
        if os.path.isfile(regular_path) and os.path.isfile(bold_path):
            return regular_path, bold_path
    return None


# --------------------------------------------------------------------------- what to write


@dataclass(frozen=True)
class PersonFields:
    """One administrator as the Anexo 1 shows them: None where the inventory has nothing."""

    nombre: str | None
    cargo: str | None
    correo: str | None
    telefono_institucional: str | None


@dataclass(frozen=True)
class Anexo1:
    area: str
    area_name: str
    since: date
    date: date | None
    people: dict[str, PersonFields | None]  # propietaria, suplente
    titular: tuple[str | None, str | None]  # nombre, cargo
    filename: str


@dataclass(frozen=True)
class Anexo2:
    area: str
    area_name: str
    since: date
    date: date | None
    role: str
    nombre: str | None
    cargo: str | None
    account: str  # as the sentence names it
    titular: tuple[str | None, str | None]
    filename: str


@dataclass
class Plan:
    """The documents of one área's designation, and what had to be left blank."""

    area: str
    since: date
    documents: list[Anexo1 | Anexo2] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _safe(text: str) -> str:
    """A file-name part: ASCII letters, digits, dot, dash and underscore only."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-.") or "x"


def pick_designation(inventory: Inventory, area: str, since: date | None, lang: str) -> Designation:
    """The área's designation in force (or the one with that ``vigente_desde``)."""
    if area not in inventory.areas and area not in inventory.designations:
        from ine_lint.documents.skeleton import closest

        hint = closest(area, sorted(set(inventory.areas) | set(inventory.designations)))
        raise InventoryError(doc_text("unknown_area", lang, area=area, hint=hint))
    group = inventory.designations.get(area)
    designations = group.designations if group is not None else ()
    if since is None:
        current = inventory.current_designation(area)
        if current is None:
            raise InventoryError(
                doc_text("no_current", lang, area=area, as_of=inventory.as_of.isoformat())
            )
        return current
    for designation in designations:
        if designation.since == since:
            return designation
    known = ", ".join(d.since.isoformat() for d in designations) or "—"
    raise InventoryError(
        doc_text("unknown_designation", lang, area=area, since=since.isoformat(), known=known)
    )


def accounts_for(inventory: Inventory, area: str, designation: Designation) -> list[Account]:
    """The accounts an Anexo 2 is due for: those active on the as-of date for the designation
    in force; for an earlier one, those active at some time while it was in force."""
    group = inventory.designations.get(area)
    later = [d.since for d in (group.designations if group else ()) if d.since > designation.since]
    accounts = inventory.accounts_by_area.get(area, [])
    if not later or min(later) > inventory.as_of:
        chosen = [a for a in accounts if a.active(inventory.as_of) and a.opened <= inventory.as_of]
    else:
        end = min(later) - timedelta(days=1)
        chosen = [
            a
            for a in accounts
            if a.opened <= end and (a.retired is None or a.retired > designation.since)
        ]
    return sorted(chosen, key=lambda a: (a.network, a.user.lower()))


def plan(
    inventory: Inventory, area: str, since: date | None, lang: str, platform_names: dict[str, str]
) -> Plan:
    """What to write for one área: the Anexo 1 and one Anexo 2 per administrator and account."""
    designation = pick_designation(inventory, area, since, lang)
    area_obj = inventory.areas.get(area)
    area_name = area_obj.name if area_obj is not None else area
    titular = (
        (area_obj.titular.name or None, area_obj.titular.cargo or None)
        if area_obj is not None and area_obj.titular is not None
        else (None, None)
    )
    out = Plan(area, designation.since)
    stamp = designation.since.isoformat()
    where = doc_text("where", lang, area=area, since=stamp)

    def missing(what: str) -> None:
        out.warnings.append(f"{where}: {doc_text('missing', lang, what=what)}")

    if titular[0] is None:
        missing(doc_text("f.titular", lang))
    people: dict[str, PersonFields | None] = {}
    admins = dict(designation.administrators())
    for role in ("propietaria", "suplente"):
        person = admins.get(role)
        if person is None:
            people[role] = None
            missing(doc_text(f"f.{role}", lang))
            continue
        fields = _person_fields(person)
        for name in ("nombre", "cargo", "correo", "telefono_institucional"):
            if getattr(fields, name) is None:
                missing(doc_text(f"f.{name}", lang) + " " + doc_text(f"of.{role}", lang))
        people[role] = fields
    form = designation.form
    form_date = form.date if form is not None else None
    if form_date is None:
        missing(doc_text("f.fecha_anexo1", lang))
    out.documents.append(
        Anexo1(
            area,
            area_name,
            designation.since,
            form_date,
            people,
            titular,
            f"{_safe(area)}_{stamp}_anexo1.pdf",
        )
    )
    # A responsiva signed under an earlier designation still holds for the same person and
    # account (people who stay on do not sign again): the latest one up to this designation.
    group = inventory.designations.get(area)
    responsivas = {
        (r.administrator, account_key_of(r.account)): r
        for d in (group.designations if group else ())
        if d.since <= designation.since
        for r in d.responsivas
    }
    for account in accounts_for(inventory, area, designation):
        label = _account_label(account, platform_names)
        for role, person in designation.administrators():
            responsiva = responsivas.get((person.email, account.key))
            cargo = (
                responsiva.cargo
                if responsiva is not None and responsiva.cargo
                else person.cargo or None
            )
            day = responsiva.date if responsiva is not None else None
            who = person.name or person.email or doc_text(f"f.{role}", lang)
            if not person.name:
                missing(doc_text("f.nombre", lang) + " " + doc_text(f"of.{role}", lang))
            if cargo is None:
                missing(doc_text("f.cargo", lang) + " " + doc_text(f"of.{role}", lang))
            if day is None:
                missing(doc_text("f.fecha_anexo2", lang, who=who, account=account.ref))
            person_part = _safe(person.email.split("@")[0] if person.email else role)
            name = (
                f"{_safe(area)}_{stamp}_anexo2_{person_part}_{_safe(account.network)}"
                f"_{_safe(account.user)}.pdf"
            )
            out.documents.append(
                Anexo2(
                    area,
                    area_name,
                    designation.since,
                    day,
                    role,
                    person.name or None,
                    cargo,
                    label,
                    titular,
                    name,
                )
            )
    # Each blank is reported once, however many documents leave it.
    out.warnings = list(dict.fromkeys(out.warnings))
    return out


def account_key_of(ref: str) -> str:
    from ine_lint.model import account_key

    return account_key(ref)


def _person_fields(person: Administrator) -> PersonFields:
    return PersonFields(
        person.name or None, person.cargo or None, person.email or None, person.phone or None
    )


def _account_label(account: Account, platform_names: dict[str, str]) -> str:
    platform = platform_names.get(account.network, account.network)
    # The URL is left out: an unbreakable run in a justified sentence spreads it apart, and
    # usuario and platform already name the account.
    return f"{account.user} de {platform}"


# --------------------------------------------------------------------------- PDF


class _Writer:
    """One letter-size page per document, in the Lineamientos' layout."""

    MARGIN = 25.0
    BODY = 11.0

    def __init__(self, fonts: tuple[str, str] | None, created: date, title: str) -> None:
        from fpdf import FPDF

        pdf: FPDF = FPDF(orientation="P", unit="mm", format="letter")
        pdf.set_margins(self.MARGIN, 20, self.MARGIN)
        pdf.set_auto_page_break(True, margin=10)
        if fonts is not None:
            pdf.add_font("Texto", "", fonts[0])
            pdf.add_font("Texto", "B", fonts[1])
            self.family = "Texto"
        else:
            self.family = "Helvetica"
        self.unicode = fonts is not None
        pdf.set_creation_date(datetime(created.year, created.month, created.day, tzinfo=UTC))
        pdf.set_title(title)
        pdf.set_author("Instituto Nacional Electoral")
        pdf.set_creator("ine-lint")
        pdf.set_lang("es-MX")
        pdf.add_page()
        self.pdf = pdf

    @property
    def width(self) -> float:
        return float(self.pdf.w) - 2 * self.MARGIN

    def t(self, text: str) -> str:
        """Text the font can show: the core font knows only Latin-1."""
        if self.unicode:
            return text
        text = unicodedata.normalize("NFC", text)
        return text.encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)

    def centred(self, text: str, size: float, bold: bool = True, gap: float = 1.5) -> None:
        self.font(size, bold)
        self.pdf.multi_cell(0, size * 0.5, self.t(text), align="C", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(gap)

    def header(self, annex: str, name: str) -> None:
        self.centred(texts()["encabezado"], 13, gap=2)
        self.centred(annex, 12, gap=6)
        self.centred(name, 11.5, gap=6)

    def date_line(self, label: str, day: date | None) -> None:
        self.font(self.BODY)
        value = long_date(day) if day is not None else SHORT_BLANK
        self.pdf.multi_cell(
            0, 6, self.t(f"{label} {value}"), align="R", new_x="LMARGIN", new_y="NEXT"
        )
        self.pdf.ln(4)

    def paragraph(self, parts: list[tuple[str, bool]], gap: float = 4) -> None:
        """A justified paragraph; ``parts`` are (text, bold) runs."""
        pdf = self.pdf
        with (
            pdf.text_columns(text_align="J", line_height=1.35) as columns,
            columns.paragraph() as par,
        ):
            for text, bold in parts:
                self.font(self.BODY, bold)
                par.write(self.t(text))
        pdf.ln(gap)

    def field_row(self, label: str, value: str | None) -> None:
        pdf = self.pdf
        label_width = 54.0
        self.font(self.BODY)
        y = pdf.get_y()
        pdf.set_x(self.MARGIN + 6)
        pdf.cell(label_width - 6, 7, self.t(label))
        pdf.set_xy(self.MARGIN + label_width, y)
        self.font(self.BODY, bold=value is not None)
        pdf.multi_cell(
            self.width - label_width,
            7,
            self.t(value or ""),
            border="B",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(1.5)

    def signatures(self, blocks: list[tuple[str, list[str]]]) -> None:
        """Signature blocks side by side: a line, the caption, then who signs."""
        pdf = self.pdf
        gap = 8.0
        count = len(blocks)
        width = (self.width - gap * (count - 1)) / count
        # Room to sign above the line; the blocks sit low on the page, as on the original.
        top = max(pdf.get_y() + 22, float(pdf.h) - 72)
        if top + 30 > float(pdf.h) - 10:
            pdf.add_page()
            top = float(pdf.y) + 22
        for i, (caption, names) in enumerate(blocks):
            x = self.MARGIN + i * (width + gap)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.3)
            pdf.line(x, top, x + width, top)
            pdf.set_xy(x, top + 1.5)
            self.font(9, bold=True)
            pdf.multi_cell(width, 4.3, self.t(caption), align="C", new_x="LEFT", new_y="NEXT")
            self.font(9)
            for name in names:
                pdf.set_x(x)
                pdf.multi_cell(width, 4.3, self.t(name), align="C", new_x="LEFT", new_y="NEXT")

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def render_anexo1(doc: Anexo1, fonts: tuple[str, str] | None) -> bytes:
    text = texts()["anexo_1"]
    w = _Writer(fonts, doc.since, f"{text['titulo']} {doc.area} {doc.since.isoformat()}")
    w.header(text["titulo"], text["nombre"])
    w.date_line(text["fecha"], doc.date)
    w.paragraph([(text["parrafo"], False)])
    for role in ("propietaria", "suplente"):
        w.font(w.BODY, bold=True)
        w.pdf.cell(0, 7, w.t(text["roles"][role]), new_x="LMARGIN", new_y="NEXT")
        person = doc.people.get(role)
        for key in ("nombre", "cargo", "correo", "telefono_institucional"):
            value = getattr(person, key) if person is not None else None
            w.field_row(text["campos"][key], value)
        w.pdf.ln(3)
    signers = text["firmas"]
    owner, deputy = doc.people.get("propietaria"), doc.people.get("suplente")
    w.signatures(
        [
            (signers["propietaria"], [owner.nombre or BLANK if owner else BLANK]),
            (signers["suplente"], [deputy.nombre or BLANK if deputy else BLANK]),
            (
                signers["titular"],
                [
                    doc.titular[0] or BLANK,
                    *([doc.titular[1]] if doc.titular[1] else []),
                    doc.area_name,
                ],
            ),
        ]
    )
    return w.output()


def render_anexo2(doc: Anexo2, fonts: tuple[str, str] | None) -> bytes:
    text = texts()["anexo_2"]
    w = _Writer(fonts, doc.since, f"{text['titulo']} {doc.area} {doc.since.isoformat()}")
    w.header(text["titulo"], text["nombre"])
    w.date_line(text["fecha"], doc.date)
    w.paragraph(
        _sentence(
            text["parrafo"],
            {"nombre": doc.nombre or BLANK, "cargo": doc.cargo or BLANK, "cuenta": doc.account},
        )
    )
    w.paragraph([(text["responsabilidad"], False)])
    w.paragraph([(text["compromisos_intro"], False)], gap=2)
    for number, item in text["compromisos"]:
        w.font(w.BODY)
        y = w.pdf.get_y()
        w.pdf.set_x(w.MARGIN + 4)
        w.pdf.cell(10, 6, w.t(number))
        w.pdf.set_xy(w.MARGIN + 14, y)
        w.pdf.multi_cell(w.width - 14, 6, w.t(item), align="J", new_x="LMARGIN", new_y="NEXT")
        w.pdf.ln(1.5)
    signers = text["firmas"]
    w.signatures(
        [
            (signers["administradora"], [doc.nombre or BLANK, doc.cargo or BLANK]),
            (signers["titular"], [doc.titular[0] or BLANK, doc.area_name]),
        ]
    )
    return w.output()


def _sentence(template: str, values: dict[str, str]) -> list[tuple[str, bool]]:
    """The template's text as runs, with each filled value in bold."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append((values[piece], not values[piece].startswith("_")))
        elif piece:
            parts.append((piece, False))
    return parts


def write(plans: list[Plan], output: Path) -> Iterator[Path]:
    """Write every planned document into ``output``; yields each path written."""
    fonts = find_font()
    output.mkdir(parents=True, exist_ok=True)
    for area_plan in plans:
        for doc in area_plan.documents:
            data = (
                render_anexo1(doc, fonts) if isinstance(doc, Anexo1) else render_anexo2(doc, fonts)
            )
            path = output / doc.filename
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
            yield path
