"""The deadline of a paper movement: the working day after taking over the goods, by the public holidays of the
country of destination (and of the office's region). Every expected date below is worked out from the calendar
by hand: the weekday of each date and the holidays of that year are in the comments."""
from __future__ import annotations

from datetime import date

import pytest

from core.continuity.working_days import country_errors, region_code, working_day_after


@pytest.mark.parametrize(("country", "taken_over", "deadline"), [
    ("CZ", date(2026, 11, 10), date(2026, 11, 11)),  # Tue -> Wed (11 Nov is no holiday in CZ)
    ("CZ", date(2026, 10, 9), date(2026, 10, 12)),  # Fri -> Mon
    ("CZ", date(2026, 10, 10), date(2026, 10, 12)),  # Sat -> Mon
    ("DE", date(2026, 10, 11), date(2026, 10, 12)),  # Sun -> Mon
    ("PL", date(2026, 10, 16), date(2026, 10, 19)),  # Fri -> Mon
])
def test_the_next_working_day_skips_the_weekend(country, taken_over, deadline):
    assert working_day_after(taken_over, country) == deadline


@pytest.mark.parametrize(("country", "taken_over", "deadline"), [
    # Easter 2026 is Sunday 5 April: Good Friday 3 April, Easter Monday 6 April
    ("CZ", date(2026, 4, 2), date(2026, 4, 7)),  # Thu -> (Good Friday, Sat, Sun, Easter Monday) -> Tue
    ("DE", date(2026, 4, 2), date(2026, 4, 7)),  # the same in Germany, nationwide
    ("PL", date(2026, 4, 2), date(2026, 4, 3)),  # Good Friday is a working day in Poland
    ("PL", date(2026, 4, 3), date(2026, 4, 7)),  # Fri -> (Sat, Easter Sunday, Easter Monday) -> Tue
])
def test_easter(country, taken_over, deadline):
    assert working_day_after(taken_over, country) == deadline


def test_czech_christmas_holds_three_days():
    # 2026: 24 Dec Thu, 25 Dec Fri, 26 Dec Sat, 27 Dec Sun -> Monday 28 December
    assert working_day_after(date(2026, 12, 23), "CZ") == date(2026, 12, 28)


def test_christmas_eve_is_a_working_day_in_germany():
    # 24 Dec 2026 (Thu) is no public holiday in Germany; 25 Dec (Fri) and 26 Dec (Sat) are
    assert working_day_after(date(2026, 12, 23), "DE") == date(2026, 12, 24)
    assert working_day_after(date(2026, 12, 24), "DE") == date(2026, 12, 28)


@pytest.mark.parametrize(("country", "taken_over", "deadline"), [
    ("CZ", date(2026, 10, 27), date(2026, 10, 29)),  # Tue -> 28 Oct (Wed, independence day) -> Thu
    ("DE", date(2025, 10, 2), date(2025, 10, 6)),  # Thu -> 3 Oct 2025 (Fri, German unity day), weekend -> Mon
    ("PL", date(2026, 11, 10), date(2026, 11, 12)),  # Tue -> 11 Nov (Wed, independence day) -> Thu
    ("PL", date(2027, 4, 30), date(2027, 5, 4)),  # Fri -> 1 May Sat, 2 May Sun, 3 May 2027 (Mon, constitution day) -> Tue
    ("CZ", date(2027, 10, 27), date(2027, 10, 29)),  # Wed -> 28 Oct 2027 (Thu) -> Fri
])
def test_national_days(country, taken_over, deadline):
    assert working_day_after(taken_over, country) == deadline


@pytest.mark.parametrize(("region", "deadline"), [
    ("NW", date(2026, 6, 5)),  # North Rhine-Westphalia keeps Corpus Christi (Thu 4 June 2026) -> Fri
    ("BY", date(2026, 6, 5)),  # so does Bavaria
    ("HH", date(2026, 6, 4)),  # Hamburg does not: Thu
    ("", date(2026, 6, 4)),  # region unknown: the national holidays only
])
def test_corpus_christi_counts_only_where_the_region_keeps_it(region, deadline):
    assert working_day_after(date(2026, 6, 3), "DE", region) == deadline  # Wed 3 June 2026


@pytest.mark.parametrize(("region", "deadline"), [
    ("HH", date(2025, 11, 3)),  # Hamburg keeps Reformation Day (Fri 31 Oct 2025): Sat, Sun -> Mon
    ("NW", date(2025, 10, 31)),  # North Rhine-Westphalia does not: Fri
])
def test_reformation_day_in_some_federal_states(region, deadline):
    assert working_day_after(date(2025, 10, 30), "DE", region) == deadline  # Thu 30 Oct 2025


def test_country_codes_are_checked_against_the_holiday_calendars():
    assert country_errors("DE") == [] and country_errors("PL") == []
    assert [e.field for e in country_errors("XX")] == ["country"]
    assert "No public holiday calendar" in country_errors("XX")[0].message
    assert "not a country code" in country_errors("Deutschland")[0].message


def test_regions_are_spelt_as_the_calendar_spells_them():
    assert region_code("DE", "nw") == "NW"
    assert region_code("DE", "XX") is None
    assert region_code("CZ", "NW") is None
