"""Working days per country: Monday to Friday that is not a public holiday, nationally or in the region.

The public holidays come from the ``holidays`` library (national days, Easter, Christmas, and the regional days
of a federal state or voivodeship when the region is known), never from a list kept by hand.
"""
from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING

from core.errors import FieldError
from core.i18n import translate

if TYPE_CHECKING:
    import holidays

SATURDAY = 5


@functools.cache
def supported_countries() -> dict[str, tuple[str, ...]]:
    """Country code -> the codes of its regions the holiday calendar knows."""
    import holidays  # here: every command builds the services, few compute a deadline

    return {country: tuple(regions) for country, regions in holidays.list_supported_countries().items()}


def country_errors(country: str, field: str = "country") -> list[FieldError]:
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        return [FieldError(field, translate("Continuity", "'{country}' is not a country code: give the ISO 3166 "
                                                          "two-letter code of the country of destination, e.g. CZ, "
                                                          "DE or PL.").format(country=country))]
    if country.upper() not in supported_countries():
        return [FieldError(field, translate(
            "Continuity", "No public holiday calendar is known for the country {country}, so the working day after "
                          "taking over the goods cannot be computed: check the country code of the office of "
                          "destination (e.g. CZ, DE, PL).").format(country=country.upper()))]
    return []


def region_code(country: str, region: str) -> str | None:
    """The region as the holiday calendar spells it ('nw' -> 'NW'), or None when ``country`` has no such region."""
    wanted = region.strip().casefold()
    for known in supported_countries().get(country.upper(), ()):
        if known.casefold() == wanted:
            return known
    return None


def regions_of(country: str) -> tuple[str, ...]:
    return supported_countries().get(country.upper(), ())


@functools.lru_cache(maxsize=64)
def _calendar(country: str, region: str) -> holidays.HolidayBase:
    import holidays

    return holidays.country_holidays(country, subdiv=region or None)


def is_working_day(day: date, country: str, region: str = "") -> bool:
    return day.weekday() < SATURDAY and day not in _calendar(country.upper(), region)


def working_day_after(day: date, country: str, region: str = "") -> date:
    """The first working day after ``day`` in ``country`` (and ``region``, a code of :func:`regions_of`)."""
    following = day + timedelta(days=1)
    while not is_working_day(following, country, region):
        following += timedelta(days=1)
    return following


def holiday_name(day: date, country: str, region: str = "") -> str | None:
    return _calendar(country.upper(), region).get(day)
