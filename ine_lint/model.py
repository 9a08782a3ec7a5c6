"""Stage 3, model: typed, immutable objects built once from validated data.

Rules read these, never the YAML. Each object keeps the position of itself and of each of its
fields (``where(field)``), so a finding can point at the most specific node.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date as Day

from ine_lint.findings import Pos

#: A line and column packed into one int, ``line << COLUMN_BITS | column``, where a single
#: position is kept outside the model. A column cannot exceed the largest file the loader
#: reads (16 MB < 2**24).
COLUMN_BITS = 24
_COLUMN_MASK = (1 << COLUMN_BITS) - 1


def pack(line: int, column: int) -> int:
    return line << COLUMN_BITS | column


def unpack(packed: int) -> tuple[int, int]:
    return packed >> COLUMN_BITS, packed & _COLUMN_MASK


class FieldPositions(Mapping[str, Pos]):
    """Where an object of the inventory is written, and where each of its fields is.

    There is one per mapping of the inventory (hundreds of thousands at national scale), so
    it is kept small: the field names are a tuple shared by every object of the same shape,
    and each field's place is two small ints (lines below the object's own line, column),
    which Python keeps as shared objects. A ``Pos`` is made only when asked for.
    """

    __slots__ = ("column", "line", "names", "offsets", "path")

    def __init__(self, path: str, line: int, column: int, names: tuple[str, ...] = (),
                 offsets: tuple[int, ...] = ()) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.names = names
        self.offsets = offsets

    def __reduce__(self) -> tuple[type[FieldPositions], tuple[object, ...]]:
        return (FieldPositions, (self.path, self.line, self.column, self.names, self.offsets))

    def own(self) -> Pos:
        return Pos(self.path, self.line, self.column)

    def __getitem__(self, name: str) -> Pos:
        try:
            i = 2 * self.names.index(name)
        except ValueError:
            raise KeyError(name) from None
        return Pos(self.path, self.line + self.offsets[i], self.offsets[i + 1])

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Located:
    #: Where the object and each of its fields are written (``pos``, ``where``).
    at: FieldPositions = field(compare=False, repr=False)

    @property
    def pos(self) -> Pos:
        return self.at.own()

    @property
    def fields(self) -> FieldPositions:
        return self.at

    def __reduce__(self) -> tuple[type[Located], tuple[object, ...]]:
        # Rebuilt by calling the class with its fields in order. The default for a slotted
        # frozen dataclass sets each field from Python and made a cached model load ten
        # times slower than building it anew.
        cls = type(self)
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclass_fields(cls))
        return (cls, tuple([getattr(self, name) for name in names]))

    def where(self, *names: str) -> Pos:
        """Position of the first named field present, else of the object itself."""
        for name in names:
            if name in self.at.names:
                return self.at[name]
        return self.at.own()


@dataclass(frozen=True, slots=True)
class Person(Located):
    name: str = ""
    cargo: str = ""
    email: str = ""  # lower-cased


@dataclass(frozen=True, slots=True)
class Administrator(Person):
    level: str | None = None  # mando_superior | mando_medio | operativo
    link: str | None = None  # servidora_publica | prestadora_servicios
    adscription: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Area(Located):
    key: str = ""
    name: str = ""
    kind: str = ""
    entity: str | None = None
    titular: Person | None = None


@dataclass(frozen=True, slots=True)
class Signatures(Located):
    signed: tuple[str, ...] = ()  # the roles marked true

    def missing(self, roles: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(r for r in roles if r not in self.signed)


@dataclass(frozen=True, slots=True)
class DesignationForm(Located):
    date: Day | None = None
    signatures: Signatures | None = None


@dataclass(frozen=True, slots=True)
class Responsiva(Located):
    administrator: str = ""  # e-mail, lower-cased
    account: str = ""  # cuenta ref, red lower-cased, usuario as written
    cargo: str | None = None
    date: Day | None = None
    signatures: Signatures | None = None


@dataclass(frozen=True, slots=True)
class Designation(Located):
    area: str = ""
    since: Day = Day.min
    oficio: str | None = None
    oficio_date: Day | None = None
    owner: Administrator | None = None  # propietaria
    deputy: Administrator | None = None  # suplente
    form: DesignationForm | None = None
    responsivas: tuple[Responsiva, ...] = ()

    def administrators(self) -> Iterator[tuple[str, Administrator]]:
        if self.owner is not None:
            yield "propietaria", self.owner
        if self.deputy is not None:
            yield "suplente", self.deputy


@dataclass(frozen=True, slots=True)
class Report(Located):
    oficio: str = ""
    date: Day = Day.min
    attaches_forms: bool | None = None


@dataclass(frozen=True, slots=True)
class AreaDesignations(Located):
    area: str = ""
    designations: tuple[Designation, ...] = ()  # sorted by ``since``
    reports: tuple[Report, ...] = ()


@dataclass(frozen=True, slots=True)
class SecondFactor(Located):
    active: bool | None = None
    device: str | None = None


@dataclass(frozen=True, slots=True)
class PasswordChange(Located):
    date: Day = Day.min
    per_utsi: bool | None = None
    titular_notified: Day | None = None
    cau_ticket: str | None = None


@dataclass(frozen=True, slots=True)
class Incident(Located):
    detected: Day = Day.min
    description: str | None = None
    titular_notified: Day | None = None
    password_changed: Day | None = None
    cau_ticket: str | None = None
    cncs_notified: Day | None = None


@dataclass(frozen=True, slots=True)
class Access(Located):
    email: str = ""


@dataclass(frozen=True, slots=True)
class Account(Located):
    area: str = ""
    network: str = ""
    user: str = ""
    url: str | None = None
    opened: Day = Day.min
    retired: Day | None = None
    email: str | None = None
    registration: str | None = None
    linked_to: tuple[tuple[str, Pos], ...] = ()
    association_notified: Day | None = None
    second_factor: SecondFactor | None = None
    access: tuple[Access, ...] = ()
    password_changes: tuple[PasswordChange, ...] = ()  # sorted by date
    incidents: tuple[Incident, ...] = ()

    @property
    def ref(self) -> str:
        return f"{self.network}/{self.user}"

    @property
    def key(self) -> str:
        """The comparison key: usernames are compared case-insensitively."""
        return account_key(self.ref)

    def active(self, as_of: Day) -> bool:
        return self.retired is None or self.retired > as_of


def account_key(ref: str) -> str:
    return ref.strip().lstrip("@").lower()


@dataclass(frozen=True, slots=True)
class GenericMailbox(Located):
    email: str = ""
    area: str = ""
    assigned: Day = Day.min
    requested_by: str | None = None
    cncs_list: str | None = None


@dataclass(frozen=True, slots=True)
class CncsList(Located):
    oficio: str = ""
    date: Day = Day.min
    administrators: tuple[str, ...] = ()
