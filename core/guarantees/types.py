"""What each guarantee type requires (EU code lists CL286 / conditions C0130, rule R261)."""
from __future__ import annotations

from core.i18n import translate

GRN_TYPES = frozenset("01249")  # CL286: types identified by a GRN (and an access code)
OTHER_REFERENCE_REQUIRED = frozenset("8")  # C0130
OTHER_REFERENCE_OPTIONAL = frozenset("3")
PAC_TYPES = frozenset("01")  # a primary access code exists; SPKs are registered electronically
GUARANTOR_SPK_TYPES = frozenset("24")  # one SPK given by the guarantor, never registered
NO_BALANCE_QUERY_TYPES = frozenset("24")  # R261: query kinds 2 and 3 not allowed


def needs_grn(guarantee_type: str) -> bool:
    return guarantee_type in GRN_TYPES


def other_reference_rule(guarantee_type: str) -> str:
    """'required', 'optional' or 'not allowed'."""
    if guarantee_type in OTHER_REFERENCE_REQUIRED:
        return "required"
    if guarantee_type in OTHER_REFERENCE_OPTIONAL:
        return "optional"
    return "not allowed"


def has_pac(guarantee_type: str) -> bool:
    return guarantee_type in PAC_TYPES


def why_no_balance(guarantee_type: str) -> str | None:
    """Why customs cannot be asked for the balance of a guarantee of this type, or None when they can."""
    if guarantee_type in NO_BALANCE_QUERY_TYPES:
        return translate("Guarantees", "customs do not give the balance of a type {type} guarantee (EU rule "
                                       "R261)").format(type=guarantee_type)
    if not needs_grn(guarantee_type):
        return translate("Guarantees", "a type {type} guarantee has no GRN to ask customs about").format(
            type=guarantee_type)
    return None


def max_spks(guarantee_type: str) -> int:
    if guarantee_type in GUARANTOR_SPK_TYPES:
        return 1
    if guarantee_type in GRN_TYPES:
        return 999
    return 0
