"""GRN normalisation, format and check digit (spec 01 §1.4) against the real shared vectors."""
from __future__ import annotations

import csv
import re

import pytest
from unit_shared import GRN_VECTORS_CSV, GRN_VECTORS_MD

from core.guarantees.grn import (
    CHARACTER_VALUES,
    check_grn,
    compute_check_digit,
    normalise_grn,
    with_check_digit,
)


def _grn_rows() -> list[dict]:
    with GRN_VECTORS_CSV.open(newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if row["source"].startswith("GRN:")]


def _computed_check_digits() -> dict[str, int]:
    """The 'computed' column of the table in grn_vectors.md, for GRN rows."""
    table = {}
    for line in GRN_VECTORS_MD.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([0-9A-Z]+)`\s*\|\s*GRN\s*\|\s*\d+\s*\|\s*(\d)\s*\|\s*(\d)\s*\|\s*(true|false)\s*\|", line)
        if m:
            table[m.group(1)] = int(m.group(2))
    return table


GRN_ROWS = _grn_rows()
COMPUTED = _computed_check_digits()
VALID = [r["value"] for r in GRN_ROWS if r["valid"] == "true"]
INVALID = [r["value"] for r in GRN_ROWS if r["valid"] == "false"]


def test_vector_files_hold_the_documented_number_of_grns():
    assert (len(VALID), len(INVALID)) == (17, 14)
    assert set(COMPUTED) == set(VALID) | set(INVALID)


@pytest.mark.parametrize("grn", VALID)
def test_valid_vector_passes(grn):
    result = check_grn(grn)
    assert result.valid, result.errors
    assert result.errors == []
    assert result.expected_check_digit == COMPUTED[grn] == int(grn[16])


@pytest.mark.parametrize("grn", INVALID)
def test_invalid_vector_reports_expected_check_digit(grn):
    result = check_grn(grn)
    assert not result.valid
    assert result.check_digit_wrong
    assert result.only_check_digit_wrong
    assert result.expected_check_digit == COMPUTED[grn]
    assert f"{COMPUTED[grn]} was expected" in result.errors[0]


def test_letter_values_skip_multiples_of_eleven():
    assert [CHARACTER_VALUES[c] for c in "ABKLUVZ"] == [10, 12, 21, 23, 32, 34, 38]
    assert CHARACTER_VALUES["7"] == 7


def test_normalise_strips_spaces_and_upper_cases():
    assert normalise_grn(" 23gb 0000 0100 00854 ") == "23GB0000010000854"
    assert normalise_grn("23xi\t00000100002x7\n") == "23XI00000100002X7"


def test_lower_case_grn_with_spaces_is_valid():
    result = check_grn("22xi 0000 0100 002x 7")
    assert result.valid
    assert result.grn == "22XI00000100002X7"


def test_remainder_ten_gives_check_digit_zero():
    assert compute_check_digit("23XI00000100000D") == 0
    assert check_grn("23XI00000100000D0").valid
    assert with_check_digit("23XI00000100000D") == "23XI00000100000D0"


def test_published_example_names_expected_check_digit_seven():
    result = check_grn("01GB1234567890120")
    assert result.expected_check_digit == 7
    assert len(result.errors) == 1
    assert "'0' but 7 was expected" in result.errors[0]


def test_letter_in_the_year_points_at_the_character():
    result = check_grn("2AGB0000010000854")
    assert not result.valid
    assert result.errors == ["Character 2 ('A') must be a digit (year)."]
    assert not result.check_digit_wrong


def test_digit_in_the_country_points_at_the_character():
    result = check_grn("2301000001000085 4")
    assert "Character 3 ('0') must be a letter (country code)." in result.errors


def test_letter_as_check_digit_is_named():
    result = check_grn("23GB000001000085X")
    assert "Character 17 ('X') must be a digit (check digit)." in result.errors
    assert result.expected_check_digit == 4
    assert not result.only_check_digit_wrong


def test_empty_grn_is_reported():
    result = check_grn("   ")
    assert not result.valid
    assert "empty" in result.errors[0]


def test_voucher_grn_with_type_4_is_valid():
    assert check_grn("05DE3300BE0001067A001017", "4").valid


def test_voucher_suffix_is_not_covered_by_check_digit():
    assert check_grn("05DE3300BE0001067Z999999", "4").valid


def test_voucher_suffix_format_is_checked():
    result = check_grn("05DE3300BE00010671001017", "4")
    assert "Character 18 ('1') must be a letter (voucher suffix)." in result.errors


def test_type_4_refuses_a_17_character_grn():
    result = check_grn("23GB0000010000854", "4")
    assert not result.valid
    assert "this one has 17" in result.errors[0]
    assert "24" in result.errors[0]


@pytest.mark.parametrize("guarantee_type", ["0", "1", "2", "9"])
def test_non_voucher_types_refuse_a_24_character_grn(guarantee_type):
    result = check_grn("05DE3300BE0001067A001017", guarantee_type)
    assert result.errors == ["A GRN has 17 characters; this one has 24."]


@pytest.mark.parametrize("guarantee_type", ["0", "1", "2", "9"])
def test_non_voucher_types_accept_17_characters(guarantee_type):
    assert check_grn("23GB0000010000854", guarantee_type).valid


def test_wrong_length_without_type_names_both_lengths():
    result = check_grn("23GB000001000085")
    assert not result.valid
    assert "17 characters (24 for vouchers" in result.errors[0]
    assert "this one has 16" in result.errors[0]


def test_as_dict_has_the_cli_contract():
    assert check_grn("01GB1234567890120").as_dict() == {
        "grn": "01GB1234567890120",
        "valid": False,
        "errors": check_grn("01GB1234567890120").errors,
        "expected_check_digit": 7,
    }
