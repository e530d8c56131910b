"""Negative answers: guarantee not valid (CC055C), functional rejection (CC906C), XML rejection (CC917C)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.messages.xml import (
    NCTS_NS,
    PHASE_ID,
    MessageHeader,
    Node,
    add,
    add_optional,
    code,
    format_date,
    new_message,
    read_header,
    read_message,
    to_bytes,
)

GUARANTEE_NOT_VALID = "CC055C"
FUNCTIONAL_REJECTION = "CC906C"
XML_REJECTION = "CC917C"


@dataclass
class InvalidGuarantee:
    grn: str
    code: str
    text: str | None = None


@dataclass
class GuaranteeInvalidNotice:
    mrn: str
    accepted_on: date
    office_of_departure: str
    holder_tin: str | None
    guarantees: list[InvalidGuarantee]


@dataclass
class FunctionalError:
    pointer: str
    code: str
    reason: str
    original_value: str | None = None


@dataclass
class FunctionalRejection:
    errors: list[FunctionalError]
    lrn: str | None = None
    mrn: str | None = None


@dataclass
class XmlError:
    line: int
    column: int
    code: str
    text: str
    pointer: str | None = None
    original_value: str | None = None


@dataclass
class XmlRejection:
    errors: list[XmlError]


# ---- CC055C ------------------------------------------------------------------------------

def build_cc055c(notice: GuaranteeInvalidNotice, header: MessageHeader) -> bytes:
    root = new_message(GUARANTEE_NOT_VALID, NCTS_NS, header, PHASE_ID)
    operation = add(root, "TransitOperation")
    add(operation, "MRN", code(notice.mrn))
    add(operation, "declarationAcceptanceDate", format_date(notice.accepted_on))
    add(add(root, "CustomsOfficeOfDeparture"), "referenceNumber", code(notice.office_of_departure))
    holder = add(root, "HolderOfTheTransitProcedure")
    add_optional(holder, "identificationNumber", code(notice.holder_tin) if notice.holder_tin else None)
    for number, guarantee in enumerate(notice.guarantees, start=1):
        reference = add(root, "GuaranteeReference")
        add(reference, "sequenceNumber", str(number))
        add(reference, "GRN", code(guarantee.grn))
        reason = add(reference, "InvalidGuaranteeReason")
        add(reason, "code", code(guarantee.code))
        add_optional(reason, "text", guarantee.text)
    return to_bytes(root)


def parse_cc055c(data: bytes) -> tuple[MessageHeader, GuaranteeInvalidNotice]:
    """Later schema versions number the reasons and allow several per guarantee: each becomes one entry."""
    root = read_message(data, GUARANTEE_NOT_VALID)
    operation = root.required("TransitOperation")
    holder = root.optional("HolderOfTheTransitProcedure")
    guarantees = [guarantee for node in root.all("GuaranteeReference") for guarantee in _read_invalid(node)]
    if not guarantees:
        raise root.missing("GuaranteeReference")
    notice = GuaranteeInvalidNotice(
        mrn=operation.text("MRN"), accepted_on=operation.date("declarationAcceptanceDate"),
        office_of_departure=root.required("CustomsOfficeOfDeparture").text("referenceNumber"),
        holder_tin=holder.optional_text("identificationNumber") if holder else None,
        guarantees=guarantees,
    )
    return read_header(root), notice


def _read_invalid(node: Node) -> list[InvalidGuarantee]:
    grn = node.text("GRN")
    reasons = node.all("InvalidGuaranteeReason")
    if not reasons:
        raise node.missing("InvalidGuaranteeReason")
    return [InvalidGuarantee(grn=grn, code=reason.text("code"), text=reason.optional_text("text"))
            for reason in reasons]


# ---- CC906C ------------------------------------------------------------------------------

def build_cc906c(rejection: FunctionalRejection, header: MessageHeader) -> bytes:
    root = new_message(FUNCTIONAL_REJECTION, NCTS_NS, header, PHASE_ID)
    _add_lrn_mrn(add(root, "Header"), rejection.lrn, rejection.mrn)
    for error in rejection.errors:
        element = add(root, "FunctionalError")
        add(element, "errorPointer", error.pointer)
        add(element, "errorCode", code(error.code))
        add(element, "errorReason", code(error.reason))
        add_optional(element, "originalAttributeValue", error.original_value)
    return to_bytes(root)


def parse_cc906c(data: bytes) -> tuple[MessageHeader, FunctionalRejection]:
    root = read_message(data, FUNCTIONAL_REJECTION)
    header_node = root.optional("Header")
    errors = [
        FunctionalError(pointer=node.text("errorPointer"), code=node.text("errorCode"),
                        reason=node.text("errorReason"), original_value=node.optional_text("originalAttributeValue"))
        for node in root.all("FunctionalError")
    ]
    if not errors:
        raise root.missing("FunctionalError")
    rejection = FunctionalRejection(
        errors=errors,
        lrn=header_node.optional_text("LRN") if header_node else None,
        mrn=header_node.optional_text("MRN") if header_node else None,
    )
    return read_header(root), rejection


# ---- CC917C ------------------------------------------------------------------------------

def build_cc917c(rejection: XmlRejection, header: MessageHeader) -> bytes:
    root = new_message(XML_REJECTION, NCTS_NS, header, PHASE_ID)
    for error in rejection.errors:
        element = add(root, "XMLError")
        add(element, "errorLineNumber", str(error.line))
        add(element, "errorColumnNumber", str(error.column))
        add_optional(element, "errorPointer", error.pointer)
        add(element, "errorCode", code(error.code))
        add(element, "errorText", error.text)
        add_optional(element, "originalAttributeValue", error.original_value)
    return to_bytes(root)


def parse_cc917c(data: bytes) -> tuple[MessageHeader, XmlRejection]:
    root = read_message(data, XML_REJECTION)
    errors = [
        XmlError(line=node.integer("errorLineNumber"), column=node.integer("errorColumnNumber"),
                 code=node.text("errorCode"), text=node.text("errorText"),
                 pointer=node.optional_text("errorPointer"), original_value=node.optional_text("originalAttributeValue"))
        for node in root.all("XMLError")
    ]
    if not errors:
        raise root.missing("XMLError")
    return read_header(root), XmlRejection(errors=errors)


def _add_lrn_mrn(header, lrn: str | None, mrn: str | None) -> None:
    add_optional(header, "LRN", lrn.strip() if lrn else None)
    add_optional(header, "MRN", code(mrn) if mrn else None)
