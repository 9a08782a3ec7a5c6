"""Stage 3, model: typed, immutable objects built once from validated data.

Rules read these, never the YAML. Each object keeps the position of itself and of each of its
fields (``where(field)``), so a finding can point at the most specific node.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date as Day

from ine_lint.findings import Pos

#: A line and column packed into one int, ``line << COLUMN_BITS | column``: the model keeps
#: tens of thousands of positions, and one int costs a fraction of a tuple to keep, pickle
#: and load. A column cannot exceed the largest file the loader reads (16 MB < 2**24).
COLUMN_BITS = 24
_COLUMN_MASK = (1 << COLUMN_BITS) - 1


def pack(line: int, column: int) -> int:
    return line << COLUMN_BITS | column


def unpack(packed: int) -> tuple[int, int]:
    return packed >> COLUMN_BITS, packed & _COLUMN_MASK


class FieldPositions(Mapping[str, Pos]):
    """Positions of an object's fields, made into ``Pos`` only when asked for.

    Built for every mapping of the inventory, so it keeps packed ints: creating a ``Pos`` per
    field up front was a third of the model-building time.
    """

    __slots__ = ("_lines", "_path")

    def __init__(self, path: str, lines: Mapping[str, int]) -> None:
        self._path = path
        self._lines = lines

    def __reduce__(self) -> tuple[type[FieldPositions], tuple[str, Mapping[str, int]]]:
        return (FieldPositions, (self._path, self._lines))

    def __getitem__(self, name: str) -> Pos:
        packed = self._lines[name]
        return Pos(self._path, packed >> COLUMN_BITS, packed & _COLUMN_MASK)

    def __contains__(self, name: object) -> bool:
        return name in self._lines

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Located:
    pos: Pos
    fields: Mapping[str, Pos] = field(default_factory=dict, compare=False, repr=False)

    def __reduce__(self) -> tuple[type[Located], tuple[object, ...]]:
        # Rebuilt by calling the class with its fields in order. The default for a slotted
        # frozen dataclass sets each field from Python and made a cached model load ten
        # times slower than building it anew.
        cls = type(self)
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
        return (cls, tuple([getattr(self, name) for name in names]))

    def where(self, *names: str) -> Pos:
        """Position of the first named field present, else of the object itself."""
        for name in names:
            if name in self.fields:
                return self.fields[name]
        return self.pos


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
    signed: Mapping[str, bool] = field(default_factory=dict)

    def missing(self, roles: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(r for r in roles if self.signed.get(r) is not True)


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
