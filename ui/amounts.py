"""Amounts as people read them, the same on every page: thousands grouped and two decimals, with the
separators of the user's locale (QLocale), e.g. 1,200,000.00 CZK or 1 200 000,00 CZK."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QLocale

CENT = Decimal("0.01")


def format_amount(value: Decimal | str | float | None, currency: str | None = "", locale: QLocale | None = None) -> str:
    """``value`` (a Decimal, or the text customs sent) grouped with two decimals; "" for no value. Text that is
    no number is shown as it came."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return f"{value} {currency or ''}".strip()
    locale = locale or QLocale()
    whole, _, cents = f"{abs(number):.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sign = locale.negativeSign() if number < 0 else ""
    text = f"{sign}{locale.groupSeparator().join(groups)}{locale.decimalPoint()}{cents}"
    return f"{text} {currency}" if currency else text
