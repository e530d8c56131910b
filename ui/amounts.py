"""Amounts as people read them, the same on every page: thousands grouped and two decimals, with the separators
of the user's language (see core.formatting), e.g. 1,200,000.00 CZK or 1 200 000,00 CZK."""
from __future__ import annotations

from decimal import Decimal

from core.formatting import amount


def format_amount(value: Decimal | str | float | None, currency: str | None = "", language: str | None = None) -> str:
    """``value`` (a Decimal, or the text customs sent) grouped with two decimals; "" for no value."""
    return amount(value, currency, language)
