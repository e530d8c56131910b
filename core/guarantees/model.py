"""The guarantee record (spec 01 §1.3) and its field rules."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from decimal import Decimal, InvalidOperation

from core.errors import FieldError
from core.guarantees import types
from core.guarantees.grn import VOUCHER_TYPE, check_grn, normalise_grn
from core.i18n import translate

OFFICE_PATTERN = re.compile(r"[A-Z]{2}[A-Z0-9]{6}")
OTHER_REF_MAX = 35
AMOUNT_INTEGER_DIGITS = 14  # decimal 16,2
CURRENCY_PATTERN = re.compile(r"[A-Z]{3}")

# Fields written only from customs answers (read-only in the editor).
ANSWER_FIELDS = (
    "codes_registered_at", "reference_amount", "exposure", "balance", "usage_count", "currency_answer",
    "valid_from", "valid_to", "restrictions", "answered_at", "last_error_code", "last_error_text",
    "owner_answer", "guarantee_amount_answer", "usage_period",
)


@dataclass
class Guarantee:
    org_id: int
    type: str
    grn: str = ""
    id: int | None = None
    grn_override: bool = False
    other_ref: str = ""
    office: str = ""
    amount: Decimal | None = None
    currency: str = ""
    params_id: int | None = None
    description: str = ""
    codes_registered_at: str | None = None
    reference_amount: str | None = None
    exposure: str | None = None
    balance: str | None = None
    usage_count: int | None = None
    currency_answer: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    restrictions: str | None = None
    answered_at: str | None = None
    last_error_code: str | None = None
    last_error_text: str | None = None
    owner_answer: str | None = None
    guarantee_amount_answer: str | None = None
    usage_period: str | None = None
    version: int = 1  # as read: saving a record someone else saved meanwhile is refused

    @classmethod
    def from_row(cls, row) -> "Guarantee":
        data = {f.name: row[f.name] for f in fields(cls)}
        data["grn_override"] = bool(data["grn_override"])
        data["amount"] = Decimal(data["amount"]) if data["amount"] is not None else None
        return cls(**data)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["amount"] = format(self.amount, "f") if self.amount is not None else None
        return data

    def editable_columns(self) -> dict:
        data = self.as_dict()
        for name in ("id", "version", *ANSWER_FIELDS):
            data.pop(name)
        return data

    @property
    def reference(self) -> str:
        return self.grn or self.other_ref

    @property
    def label(self) -> str:
        reference = self.reference or translate("Guarantees", "(no reference)")
        if self.grn_override:
            return translate("Guarantees", "{reference} · type {type} · check digit overridden").format(
                reference=reference, type=self.type)
        return translate("Guarantees", "{reference} · type {type}").format(reference=reference, type=self.type)


def parse_amount(text: str) -> Decimal:
    """'1 234,50' or '1234.50' -> Decimal('1234.50'); raises ValueError with the rule."""
    cleaned = "".join(text.split()).replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "") if cleaned.rfind(".") > cleaned.rfind(",") else cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(translate(
            "Guarantees", "'{text}' is not an amount: use digits with up to 2 decimals, e.g. 150000.00.",
        ).format(text=text)) from None
    if not value.is_finite() or "e" in cleaned.lower():
        raise ValueError(translate(
            "Guarantees", "'{text}' is not an amount: write it out in digits, e.g. 150000.00.").format(text=text))
    return value


def normalise(g: Guarantee) -> Guarantee:
    g.type = g.type.strip().upper()
    g.grn = normalise_grn(g.grn)
    g.other_ref = g.other_ref.strip()
    g.office = "".join(g.office.split()).upper()
    g.currency = g.currency.strip().upper()
    return g


def field_errors(g: Guarantee) -> list[FieldError]:
    """Rules that need nothing but the record itself."""
    return [*_grn_errors(g), *_other_ref_errors(g), *_office_errors(g), *_amount_errors(g)]


def _grn_errors(g: Guarantee) -> list[FieldError]:
    if not types.needs_grn(g.type):
        if g.grn:
            return [FieldError("grn", translate(
                "Guarantees", "Guarantee type {type} has no GRN (only types 0, 1, 2, 4 and 9 do): clear the GRN field.",
            ).format(type=g.type))]
        return []
    if not g.grn:
        if g.type == VOUCHER_TYPE:
            message = translate("Guarantees", "Guarantee type {type} needs a GRN: enter the 24-character voucher "
                                              "guarantee reference number.")
        else:
            message = translate("Guarantees", "Guarantee type {type} needs a GRN: enter the 17-character guarantee "
                                              "reference number.")
        return [FieldError("grn", message.format(type=g.type))]
    check = check_grn(g.grn, g.type)
    if check.valid or (g.grn_override and check.only_check_digit_wrong):
        return []
    messages = check.errors
    if check.only_check_digit_wrong:
        messages = [translate("Guarantees", "{problem} To keep it anyway (training data only), use the explicit "
                                            "check-digit override.").format(problem=messages[0])]
    return [FieldError("grn", m) for m in messages]


def _other_ref_errors(g: Guarantee) -> list[FieldError]:
    rule = types.other_reference_rule(g.type)
    if rule == "required" and not g.other_ref:
        return [FieldError("other_ref", translate(
            "Guarantees", "Guarantee type {type} needs the other guarantee reference (EU condition C0130).",
        ).format(type=g.type))]
    if rule == "not allowed" and g.other_ref:
        return [FieldError("other_ref", translate(
            "Guarantees", "Guarantee type {type} takes no other guarantee reference (only types 3 and 8 do): clear the "
                          "field.").format(type=g.type))]
    if len(g.other_ref) > OTHER_REF_MAX:
        return [FieldError("other_ref", translate(
            "Guarantees", "The other guarantee reference has {length} characters; at most {most} are allowed.",
        ).format(length=len(g.other_ref), most=OTHER_REF_MAX))]
    return []


def _office_errors(g: Guarantee) -> list[FieldError]:
    if g.office and not OFFICE_PATTERN.fullmatch(g.office):
        return [FieldError("office", translate(
            "Guarantees", "'{office}' is not a customs office reference number: 2 country letters and 6 letters or "
                          "digits, e.g. CZ520101.").format(office=g.office))]
    return []


def _amount_errors(g: Guarantee) -> list[FieldError]:
    errors = []
    if g.amount is not None:
        sign, digits, exponent = g.amount.as_tuple()
        if g.amount <= 0:
            errors.append(FieldError("amount", translate(
                "Guarantees", "The amount must be greater than zero (or left empty).")))
        elif g.amount.adjusted() >= AMOUNT_INTEGER_DIGITS:
            errors.append(FieldError("amount", translate(
                "Guarantees", "The amount has at most {digits} digits before the decimal point.",
            ).format(digits=AMOUNT_INTEGER_DIGITS)))
        elif exponent < -2 and g.amount != g.amount.quantize(Decimal("0.01")):
            errors.append(FieldError("amount", translate("Guarantees", "The amount has at most 2 decimals.")))
        if not g.currency:
            errors.append(FieldError("currency", translate(
                "Guarantees", "An amount needs its currency (ISO 4217, e.g. CZK, EUR, PLN).")))
    if g.currency and not CURRENCY_PATTERN.fullmatch(g.currency):
        errors.append(FieldError("currency", translate(
            "Guarantees", "'{currency}' is not an ISO 4217 currency code (three letters, e.g. EUR).",
        ).format(currency=g.currency)))
    return errors
