"""Calendar arithmetic of the Lineamientos: business days and calendar months."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta


@cache
def _federal(year: int) -> frozenset[date]:
    import holidays

    # language="es" pins the holiday names; without it the package follows the machine locale.
    return frozenset(holidays.country_holidays("MX", years=year, language="es"))


class BusinessCalendar:
    """Monday to Friday, minus Mexico's federal holidays and INE's own non-working days."""

    def __init__(self, non_working: Iterable[date] = ()) -> None:
        self.non_working = frozenset(non_working)

    def is_business_day(self, day: date) -> bool:
        return (day.weekday() < 5 and day not in _federal(day.year)
                and day not in self.non_working)

    def add(self, start: date, days: int) -> date:
        """The Nth business day after ``start`` (``start`` itself is not counted)."""
        day = start
        remaining = days
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_business_day(day):
                remaining -= 1
        return day


def add_months(start: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 2026-01-31 + 1 month = 2026-02-28."""
    return start + relativedelta(months=months)
