"""The inventory as the rules see it: every file's model objects, indexed once.

Found by ``ine_lint.discovery``, each file modelled by ``ine_lint.modelling``, put together
and cross-checked by ``ine_lint.references``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from ine_lint import unknown as uk
from ine_lint.findings import Finding, Pos
from ine_lint.loader import LoadedFile
from ine_lint.model import Account, Area, AreaDesignations, CncsList, Designation, GenericMailbox
from ine_lint.unknown import Unknown


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

    def unknown_for(
        self, name: str, area: str = "", scopes: tuple[str, ...] = (uk.ALL, uk.AREA)
    ) -> bool:
        """Whether input ``name`` is unknown everywhere, or for ``area``."""
        return any(
            u.scope in scopes
            and (u.scope == uk.ALL or u.key == area)
            and uk.covers(u.input, (name,))
            for u in self.unknown
        )

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
