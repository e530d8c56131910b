"""Numbers, amounts and dates as the user's language writes them, the same on every page and in every command
(Babel's CLDR data): 1,200,000.00 CZK in English, 1 200 000,00 CZK in Czech, 1.200.000,00 CZK in German.

The language is the one installed for translation (:mod:`core.i18n`) unless one is given.
"""
from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING

from core.i18n import LOCALES, current_language

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported where it is used: the window paints before anything is formatted.

CENT = Decimal("0.01")


def locale_of(language: str | None = None) -> Locale:
    return _locale(LOCALES.get(language or current_language(), LOCALES["en"]))


@functools.cache
def _locale(name: str) -> Locale:
    """Parsed once: a table formats an amount per cell."""
    from babel import Locale

    return Locale.parse(name)


def integer(value: int, language: str | None = None) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_of(language), group_separator=True)


def amount(value: Decimal | str | float | None, currency: str | None = "", language: str | None = None) -> str:
    """``value`` (a Decimal, or the text customs sent) grouped with two decimals; "" for no value. Text that is no
    number is shown as it came."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return f"{value} {currency or ''}".strip()
    from babel.numbers import format_decimal

    text = format_decimal(number, format="#,##0.00", locale=locale_of(language))
    return f"{text} {currency}" if currency else text


def day(value: date | None, language: str | None = None) -> str:
    """A date in digits with the whole year: 2026-12-02 in English (ISO 8601, as customs write it), 2. 12. 2026,
    02.12.2026, 2.12.2026."""
    if value is None:
        return ""
    language = language or current_language()
    if language == "en":
        return value.isoformat()[:10]
    from babel.dates import format_skeleton

    return format_skeleton("yMMdd", value, locale=locale_of(language))


def moment(value: datetime | None, language: str | None = None, seconds: bool = False) -> str:
    """A date and time of day as written at the given moment (no time zone is converted): 2026-12-02 09:05 in
    English, 02.12.2026 09:05 in German."""
    if value is None:
        return ""
    time = f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"
    return f"{day(value.date(), language)} {time}"


def weekday(value: date, language: str | None = None) -> str:
    """The day of the week, abbreviated: Tue, út, Di., wt."""
    from babel.dates import format_date

    return format_date(value, "EEE", locale=locale_of(language))
