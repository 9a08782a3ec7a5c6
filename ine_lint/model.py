"""Stage 3, model: typed, immutable objects built once from validated data.

Rules read these, never the YAML. Each object keeps the position of itself and of each of its
fields (``where(field)``), so a finding can point at the most specific node.

The objects are named tuples: immutable, small, and rebuilt from the cache by one call in C
per object (a national inventory has hundreds of thousands of them, and a frozen dataclass
is rebuilt by setting each field from Python). Each class is the tuple of its fields
(``_...Fields``) plus ``Located``, which gives every one of them ``pos`` and ``where``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date as Day
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from ine_lint.findings import Pos


class FieldPositions(Mapping[str, Pos]):
    """Where an object of the inventory is written, and where each of its fields is.

    There is one per mapping of the inventory (hundreds of thousands at national scale), so
    it is kept small: the field names are a tuple shared by every object of the same shape,
    and each field's place is two small ints (lines below the object's own line, column),
    which Python keeps as shared objects. A ``Pos`` is made only when asked for.
    """

    __slots__ = ("column", "line", "names", "offsets", "path")

    def __init__(
        self,
        path: str,
        line: int,
        column: int,
        names: tuple[str, ...] = (),
        offsets: tuple[int, ...] = (),
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.names = names
        self.offsets = offsets

    def __reduce__(self) -> tuple[type[FieldPositions], tuple[object, ...]]:
        return (FieldPositions, (self.path, self.line, self.column, self.names, self.offsets))

    def own(self) -> Pos:
        return Pos(self.path, self.line, self.column)

    def _key(self) -> tuple[object, ...]:
        return (self.path, self.line, self.column, self.names, self.offsets)

    # By value, so that model objects (tuples holding one) compare and hash by value.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldPositions) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

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


class Located:
    """What every object of the model has: where it is written, and where each field is."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def at(self) -> FieldPositions: ...

    @property
    def pos(self) -> Pos:
        return self.at.own()

    @property
    def fields(self) -> FieldPositions:
        return self.at

    def where(self, *names: str) -> Pos:
        """Position of the first named field present, else of the object itself."""
        for name in names:
            if name in self.at.names:
                return self.at[name]
        return self.at.own()

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # tuple.__new__ is called from C with the fields as they are: no Python per object.
        return (tuple.__new__, (type(self), tuple(self)))  # type: ignore[arg-type]


#: What ``ine-lint init`` writes where a titular is still to be captured: a check reports it
#: until it is replaced (``references``), so a new repository cannot pass with it.
PLACEHOLDER_NAME = "POR CAPTURAR"
PLACEHOLDER_EMAIL = "por.capturar@ine.mx"


class _PersonFields(NamedTuple):
    at: FieldPositions
    name: str = ""
    cargo: str = ""
    email: str = ""  # lower-cased


class Person(_PersonFields, Located):
    __slots__ = ()


class _AdministratorFields(NamedTuple):
    at: FieldPositions
    name: str = ""
    cargo: str = ""
    email: str = ""  # lower-cased
    level: str | None = None  # mando_superior | mando_medio | operativo
    link: str | None = None  # servidora_publica | prestadora_servicios
    adscription: str | None = None
    phone: str | None = None


class Administrator(_AdministratorFields, Located):
    """A propietaria or suplente: a person, with what the Lineamientos ask of one."""

    __slots__ = ()


class _AreaFields(NamedTuple):
    at: FieldPositions
    key: str = ""
    name: str = ""
    kind: str = ""
    entity: str | None = None
    titular: Person | None = None


class Area(_AreaFields, Located):
    __slots__ = ()


class _SignaturesFields(NamedTuple):
    at: FieldPositions
    signed: tuple[str, ...] = ()  # the roles marked true


class Signatures(_SignaturesFields, Located):
    __slots__ = ()

    def missing(self, roles: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(r for r in roles if r not in self.signed)


class _DesignationFormFields(NamedTuple):
    at: FieldPositions
    date: Day | None = None
    signatures: Signatures | None = None


class DesignationForm(_DesignationFormFields, Located):
    __slots__ = ()


class _ResponsivaFields(NamedTuple):
    at: FieldPositions
    administrator: str = ""  # e-mail, lower-cased
    account: str = ""  # cuenta ref, red lower-cased, usuario as written
    cargo: str | None = None
    date: Day | None = None
    signatures: Signatures | None = None


class Responsiva(_ResponsivaFields, Located):
    __slots__ = ()


class _DesignationFields(NamedTuple):
    at: FieldPositions
    area: str = ""
    since: Day = Day.min
    oficio: str | None = None
    oficio_date: Day | None = None
    owner: Administrator | None = None  # propietaria
    deputy: Administrator | None = None  # suplente
    form: DesignationForm | None = None
    responsivas: tuple[Responsiva, ...] = ()


class Designation(_DesignationFields, Located):
    __slots__ = ()

    def administrators(self) -> Iterator[tuple[str, Administrator]]:
        if self.owner is not None:
            yield "propietaria", self.owner
        if self.deputy is not None:
            yield "suplente", self.deputy


class _ReportFields(NamedTuple):
    at: FieldPositions
    oficio: str = ""
    date: Day = Day.min
    attaches_forms: bool | None = None


class Report(_ReportFields, Located):
    __slots__ = ()


class _AreaDesignationsFields(NamedTuple):
    at: FieldPositions
    area: str = ""
    designations: tuple[Designation, ...] = ()  # sorted by ``since``
    reports: tuple[Report, ...] = ()


class AreaDesignations(_AreaDesignationsFields, Located):
    __slots__ = ()


class _SecondFactorFields(NamedTuple):
    at: FieldPositions
    active: bool | None = None
    device: str | None = None


class SecondFactor(_SecondFactorFields, Located):
    __slots__ = ()


class _PasswordChangeFields(NamedTuple):
    at: FieldPositions
    date: Day = Day.min
    per_utsi: bool | None = None
    titular_notified: Day | None = None
    cau_ticket: str | None = None


class PasswordChange(_PasswordChangeFields, Located):
    __slots__ = ()


class _IncidentFields(NamedTuple):
    at: FieldPositions
    detected: Day = Day.min
    description: str | None = None
    titular_notified: Day | None = None
    password_changed: Day | None = None
    cau_ticket: str | None = None
    cncs_notified: Day | None = None


class Incident(_IncidentFields, Located):
    __slots__ = ()


class _AccessFields(NamedTuple):
    at: FieldPositions
    email: str = ""


class Access(_AccessFields, Located):
    __slots__ = ()


class _AccountFields(NamedTuple):
    at: FieldPositions
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


class Account(_AccountFields, Located):
    __slots__ = ()

    @property
    def ref(self) -> str:
        return f"{self.network}/{self.user}"

    @property
    def key(self) -> str:
        """The comparison key: usernames are compared case-insensitively."""
        return account_key(self.ref)

    def active(self, as_of: Day) -> bool:
        return self.retired is None or self.retired > as_of


@lru_cache(maxsize=1 << 16)
def account_key(ref: str) -> str:
    """``red/usuario`` as accounts are compared: trimmed, without ``@``, in lower case.

    Remembered: rules and reference checks ask for the same keys tens of thousands of times.
    """
    return ref.strip().lstrip("@").lower()


class _GenericMailboxFields(NamedTuple):
    at: FieldPositions
    email: str = ""
    area: str = ""
    assigned: Day = Day.min
    requested_by: str | None = None
    cncs_list: str | None = None


class GenericMailbox(_GenericMailboxFields, Located):
    __slots__ = ()


class _CncsListFields(NamedTuple):
    at: FieldPositions
    oficio: str = ""
    date: Day = Day.min
    administrators: tuple[str, ...] = ()


class CncsList(_CncsListFields, Located):
    __slots__ = ()
