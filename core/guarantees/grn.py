"""The Guarantee Reference Number: normalisation, format and ISO 6346 check digit.

17 characters: 2 digits year, 2 letters country, 12 capitals/digits, 1 check digit.
Type 4 (vouchers) adds a voucher suffix of one letter and six digits (24 characters);
the suffix is not covered by the check digit.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from core.i18n import QT_TRANSLATE_NOOP, translate

GRN_LENGTH = 17
VOUCHER_GRN_LENGTH = 24
VOUCHER_TYPE = "4"
GRN_PATTERN = re.compile(r"[0-9]{2}[A-Z]{2}[A-Z0-9]{12}[0-9]([A-Z][0-9]{6})?")

# What each position must hold, for pointing at the first wrong character.
_POSITION_RULES = (
    [(string.digits, QT_TRANSLATE_NOOP("Guarantees", "a digit (year)"))] * 2
    + [(string.ascii_uppercase, QT_TRANSLATE_NOOP("Guarantees", "a letter (country code)"))] * 2
    + [(string.ascii_uppercase + string.digits,
        QT_TRANSLATE_NOOP("Guarantees", "a capital letter or digit (serial number)"))] * 12
    + [(string.digits, QT_TRANSLATE_NOOP("Guarantees", "a digit (check digit)"))]
    + [(string.ascii_uppercase, QT_TRANSLATE_NOOP("Guarantees", "a letter (voucher suffix)"))]
    + [(string.digits, QT_TRANSLATE_NOOP("Guarantees", "a digit (voucher number)"))] * 6
)


def _letter_values() -> dict[str, int]:
    """A=10 upward, skipping multiples of 11 (A10 B12 ... K21 L23 ... U32 V34 ... Z38)."""
    values, value = {}, 10
    for letter in string.ascii_uppercase:
        if value % 11 == 0:
            value += 1
        values[letter] = value
        value += 1
    return values


CHARACTER_VALUES = {**{d: int(d) for d in string.digits}, **_letter_values()}


def normalise_grn(text: str) -> str:
    return "".join(text.split()).upper()


def compute_check_digit(body: str) -> int:
    """Check digit over ``body`` (the characters before it): sum(value * 2^i) mod 11, 10 -> 0."""
    total = sum(CHARACTER_VALUES[c] << i for i, c in enumerate(body))
    return total % 11 % 10


def with_check_digit(first16: str) -> str:
    """Complete a 16-character GRN body with its check digit."""
    return first16 + str(compute_check_digit(first16))


@dataclass
class GrnCheck:
    grn: str
    errors: list[str] = field(default_factory=list)
    expected_check_digit: int | None = None
    check_digit_wrong: bool = False

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def only_check_digit_wrong(self) -> bool:
        """Well-formed but failing the check digit: may be saved as an explicit training override."""
        return self.check_digit_wrong and len(self.errors) == 1

    def as_dict(self) -> dict:
        return {
            "grn": self.grn,
            "valid": self.valid,
            "errors": self.errors,
            "expected_check_digit": self.expected_check_digit,
        }


def check_grn(text: str, guarantee_type: str | None = None) -> GrnCheck:
    grn = normalise_grn(text)
    result = GrnCheck(grn=grn)
    if not grn:
        result.errors.append(translate("Guarantees",
                                       "The GRN is empty: enter the 17-character guarantee reference number."))
        return result
    length_error = _length_error(grn, guarantee_type)
    if length_error:
        result.errors.append(length_error)
    bad_position = _first_bad_position(grn)
    if bad_position is not None:
        allowed, meaning = _POSITION_RULES[bad_position]
        #: {meaning} says what the position holds, e.g. "a letter (country code)"
        result.errors.append(translate("Guarantees", "Character {position} ('{character}') must be {meaning}.").format(
            position=bad_position + 1, character=grn[bad_position], meaning=translate("Guarantees", meaning)))
    if len(grn) >= GRN_LENGTH and _first_bad_position(grn[:16]) is None:
        expected = compute_check_digit(grn[:16])
        result.expected_check_digit = expected
        given = grn[16]
        if given != str(expected):
            result.check_digit_wrong = True
            result.errors.append(translate(
                "Guarantees", "The check digit (character 17) is '{given}' but {expected} was expected for {body}: "
                              "one of the first 16 characters or the check digit is mistyped.",
            ).format(given=given, expected=expected, body=grn[:16]))
    return result


def _length_error(grn: str, guarantee_type: str | None) -> str | None:
    if guarantee_type == VOUCHER_TYPE:
        if len(grn) != VOUCHER_GRN_LENGTH:
            return translate("Guarantees", "A voucher GRN (type 4) has {length} characters: the 17-character GRN "
                                           "plus a letter and six digits; this one has {found}.").format(
                length=VOUCHER_GRN_LENGTH, found=len(grn))
        return None
    if guarantee_type is not None:
        if len(grn) != GRN_LENGTH:
            return translate("Guarantees", "A GRN has {length} characters; this one has {found}.").format(
                length=GRN_LENGTH, found=len(grn))
        return None
    if len(grn) not in (GRN_LENGTH, VOUCHER_GRN_LENGTH):
        return translate("Guarantees", "A GRN has {length} characters ({voucher_length} for vouchers, type 4); "
                                       "this one has {found}.").format(
            length=GRN_LENGTH, voucher_length=VOUCHER_GRN_LENGTH, found=len(grn))
    return None


def _first_bad_position(grn: str) -> int | None:
    for i, c in enumerate(grn[: len(_POSITION_RULES)]):
        allowed, _ = _POSITION_RULES[i]
        if c not in allowed:
            return i
    return None
