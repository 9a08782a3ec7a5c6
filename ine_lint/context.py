"""What a rule needs to know besides the inventory and the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ine_lint.dates import BusinessCalendar


@dataclass(frozen=True)
class Context:
    """The as-of date, the business-day calendar and the deadline horizon of a run."""

    as_of: date
    calendar: BusinessCalendar = field(default_factory=BusinessCalendar)
    #: Report obligations falling due within this many days as ``info`` (``--horizon``).
    horizon: int | None = None

    def due_soon(self, due: date) -> bool:
        return (
            self.horizon is not None
            and self.as_of <= due
            and (due - self.as_of).days <= self.horizon
        )
