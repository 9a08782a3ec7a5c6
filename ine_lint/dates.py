"""Calendar arithmetic of the Lineamientos: business days and calendar months."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

#: year → Mexico's federal holidays that year.
HolidaySource = Callable[[int], frozenset[date]]


@cache
def federal_holidays(year: int) -> frozenset[date]:
    """Mexico's federal holidays in ``year``: shipped for the years around today
    (``ine_lint.generated.festivos``), computed by the ``holidays`` package for others."""
    from ine_lint.generated.festivos import DIAS

    shipped = DIAS.get(year)
    if shipped is None:
        return computed_federal_holidays(year)
    return frozenset(date(year, month, day) for month, day in shipped)


def computed_federal_holidays(year: int) -> frozenset[date]:
    """What the ``holidays`` package says (importing it and computing a year takes about
    0.1 s, hence the shipped table)."""
    import holidays

    # Only the dates are kept, so the language of the holiday names does not matter.
    return frozenset(holidays.country_holidays("MX", years=year))


class BusinessCalendar:
    """Monday to Friday, minus Mexico's federal holidays and INE's own non-working days.

    ``federal`` gives each year's holidays (by default :func:`federal_holidays`).
    """

    def __init__(self, non_working: Iterable[date] = (),
                 federal: HolidaySource = federal_holidays) -> None:
        self.non_working = frozenset(non_working)
        self._federal = federal
        self._years: dict[int, frozenset[date]] = {}

    def load_year(self, year: int) -> None:
        """Have the holidays of ``year`` at hand (the first year costs the most to get)."""
        if year not in self._years:
            self._years[year] = self._federal(year)

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.non_working:
            return False
        year = self._years.get(day.year)
        if year is None:
            year = self._years[day.year] = self._federal(day.year)
        return day not in year

    def add(self, start: date, days: int) -> date:
        """The Nth business day after ``start`` (``start`` itself is not counted)."""
        day = start
        remaining = days
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_business_day(day):
                remaining -= 1
        return day


@lru_cache(maxsize=1 << 16)
def add_months(start: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 2026-01-31 + 1 month = 2026-02-28.

    Remembered: the rules ask for the same few thousand dates over and over.
    """
    return start + relativedelta(months=months)
