from datetime import date

from ine_lint.dates import BusinessCalendar, add_months


def test_fifth_business_day_across_16_september():
    assert BusinessCalendar().add(date(2026, 9, 14), 5) == date(2026, 9, 22)


def test_weekends_and_ine_days():
    cal = BusinessCalendar([date(2026, 12, 24)])
    assert cal.add(date(2026, 12, 23), 1) == date(2026, 12, 28)  # 24 INE, 25 holiday, weekend
    assert BusinessCalendar().add(date(2026, 12, 23), 1) == date(2026, 12, 24)


def test_calendar_months_clamp_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 9, 30), 2) == date(2026, 11, 30)



def test_holidays_come_from_the_source_given():
    day = date(2026, 9, 14)  # a Monday
    assert BusinessCalendar().is_business_day(day)
    assert not BusinessCalendar(federal=lambda year: frozenset({day})).is_business_day(day)
