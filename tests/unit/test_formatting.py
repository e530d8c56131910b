"""Numbers, amounts and dates as each language writes them (core.formatting, one formatter for every page)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from core.formatting import amount, day, integer, moment, weekday

WRITTEN = {  # language: (amount, integer, day, moment with seconds, weekday)
    "en": ("-1,200,000.51 CZK", "12,345", "2026-12-02", "2026-12-02 09:05:07", "Wed"),
    "cs": ("-1\xa0200\xa0000,51 CZK", "12\xa0345", "2. 12. 2026", "2. 12. 2026 09:05:07", "st"),
    "de": ("-1.200.000,51 CZK", "12.345", "02.12.2026", "02.12.2026 09:05:07", "Mi."),
    "pl": ("-1\xa0200\xa0000,51 CZK", "12\xa0345", "2.12.2026", "2.12.2026 09:05:07", "śr."),
}


@pytest.mark.parametrize("language", sorted(WRITTEN))
def test_each_language_writes_numbers_amounts_and_dates_its_own_way(language):
    written = (amount(Decimal("-1200000.505"), "CZK", language), integer(12345, language),
               day(date(2026, 12, 2), language), moment(datetime(2026, 12, 2, 9, 5, 7), language, seconds=True),
               weekday(date(2026, 12, 2), language))
    assert written == WRITTEN[language]


def test_no_value_is_written_as_nothing_and_text_that_is_no_number_as_it_came():
    assert amount(None, "CZK") == amount("", "CZK") == day(None) == moment(None) == ""
    assert amount("n/a", "CZK") == "n/a CZK"
