"""Calendar arithmetic of the Lineamientos: business days and calendar months."""

from __future__ import annotations

import re
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

    def __init__(
        self, non_working: Iterable[date] = (), federal: HolidaySource = federal_holidays
    ) -> None:
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


# ------------------------------------------------------------ dates written another way
#: Month names as INE writes them in a date («6 de octubre de 2026»); documents and reports
#: print them, the date reader below reads them.
SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
#: Month names and abbreviations, Spanish (as INE writes dates: «6 de octubre de 2026») and
#: English, without accents.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("enero", "ene", "january", "jan"),
            ("febrero", "feb", "february"),
            ("marzo", "mar", "march"),
            ("abril", "abr", "april", "apr"),
            ("mayo", "may"),
            ("junio", "jun", "june"),
            ("julio", "jul", "july"),
            ("agosto", "ago", "august", "aug"),
            ("septiembre", "setiembre", "sep", "sept", "set", "september"),
            ("octubre", "oct", "october"),
            ("noviembre", "nov", "november"),
            ("diciembre", "dic", "december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"(\d{1,4})([-/. ])(\d{1,2})\2(\d{1,4})")
_SPELT = re.compile(r"(\d{1,2})[\s./-]*(?:de\s+)?([a-z]+)\.?[\s./-]*(?:del?\s+)?(\d{4})")
_SPELT_US = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def looks_like_date(text: str) -> bool:
    """Whether ``text`` has the shape of a date (so a message may show it back)."""
    plain = _plain(text)
    return bool(_NUMERIC.fullmatch(plain) or _SPELT.fullmatch(plain) or _SPELT_US.fullmatch(plain))


def read_date(text: str) -> tuple[str | None, bool]:
    """A date written another way, as ``YYYY-MM-DD``, and whether it also reads otherwise.

    ``6 de octubre de 2026``, ``6-oct-2026``, ``13/10/2026``, ``10/13/2026`` and
    ``2026/10/5`` read one way. ``06/10/2026`` reads day/month as in Mexico (2026-10-06) but
    could be 10 June: it comes back with ``True``, so that ``--fix`` leaves it and a message
    names the order it assumed. Year first, the order is year-month-day only: ``2026-13-06``
    is a typo as likely as a swap, and gets no reading; nor does an impossible date.
    """
    plain = _plain(text)
    numeric = _NUMERIC.fullmatch(plain)
    if numeric is not None:
        a, _, b, c = numeric.groups()
        if len(a) == 4:
            return _iso(int(a), int(b), int(c)), False
        if len(c) != 4:
            return None, False
        mexican = _iso(int(c), int(b), int(a))
        american = _iso(int(c), int(a), int(b))
        if mexican and american and mexican != american:
            return mexican, True
        return mexican or american, False
    spelt = _SPELT.fullmatch(plain)
    if spelt is not None:
        day, month, year = spelt.groups()
    else:
        us = _SPELT_US.fullmatch(plain)
        if us is None:
            return None, False
        month, day, year = us.groups()
    number = _MONTHS.get(month)
    return (_iso(int(year), number, int(day)) if number else None), False


def _plain(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFD", text.strip().lower())
    return "".join(c for c in folded if unicodedata.category(c) != "Mn")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
