from datetime import date

from ine_lint.dates import BusinessCalendar, add_months, computed_federal_holidays


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


def test_computed_holidays_are_those_of_the_ley_federal_del_trabajo():
    # Article 74: 1 January, the first Monday of February, the third Monday of March, 1 May,
    # 16 September, the third Monday of November, 25 December, and 1 October of the years
    # the federal executive changes hands (2030).
    assert computed_federal_holidays(2030) == {
        date(2030, 1, 1),
        date(2030, 2, 4),
        date(2030, 3, 18),
        date(2030, 5, 1),
        date(2030, 9, 16),
        date(2030, 10, 1),
        date(2030, 11, 18),
        date(2030, 12, 25),
    }
    assert date(2031, 10, 1) not in computed_federal_holidays(2031)


def test_each_year_is_asked_of_the_source_once():
    asked: list[int] = []

    def source(year: int) -> frozenset[date]:
        asked.append(year)
        return frozenset({date(year, 9, 16)})

    cal = BusinessCalendar(federal=source)
    cal.load_year(2026)
    cal.load_year(2026)
    assert asked == [2026]
    # Loaded ahead, the year is not asked again; another year is asked once, when first met.
    assert not cal.is_business_day(date(2026, 9, 16))
    assert cal.is_business_day(date(2026, 9, 17))
    assert asked == [2026]
    assert not cal.is_business_day(date(2027, 9, 16))
    assert cal.is_business_day(date(2027, 9, 17))
    assert asked == [2026, 2027]


def test_a_date_written_another_way_reads_the_same_with_a_stray_accent():
    from ine_lint.dates import looks_like_date, read_date

    assert (
        read_date("6 de óctubre de 2026")
        == read_date("6 de octubre de 2026")
        == ("2026-10-06", False)
    )
    assert looks_like_date("6 de óctubre de 2026")


def test_what_does_not_look_like_a_date():
    from ine_lint.dates import looks_like_date, read_date

    assert looks_like_date("October 6, 2026") and not looks_like_date("pendiente")
    # A two-digit year is not read (nor taken as ambiguous).
    assert read_date("6/10/26") == (None, False)
