"""The national access code registration (E_ACC_COD) and its confirmation (E_ACC_RSP).

No public schema exists for this pair (spec 01 §1.5); the project's own is
resources/schemas/national-access-codes.xsd. The list of secondary codes replaces every
code registered before.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.messages.xml import (
    NATIONAL_NS,
    MessageHeader,
    Node,
    add,
    add_optional,
    code,
    format_datetime,
    format_flag,
    new_message,
    read_header,
    read_message,
    to_bytes,
)
from core.secrets import Secret

REGISTRATION = "E_ACC_COD"
CONFIRMATION = "E_ACC_RSP"


@dataclass
class AccessCodeRegistration:
    holder_tin: str
    office: str
    guarantee_type: str
    grn: str
    pac: Secret
    spks: list[Secret]
    new_pac: Secret | None = None


@dataclass
class RegistrationConfirmation:
    grn: str
    registered_at: datetime | None
    stored_count: int
    pac_changed: bool
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def build_registration(reg: AccessCodeRegistration, header: MessageHeader) -> bytes:
    root = new_message(REGISTRATION, NATIONAL_NS, header)
    add(add(root, "HolderOfTheGuarantee"), "identificationNumber", code(reg.holder_tin))
    add(add(root, "CustomsOfficeOfGuarantee"), "referenceNumber", code(reg.office))
    guarantee = add(root, "Guarantee")
    add(guarantee, "guaranteeType", code(reg.guarantee_type))
    add(guarantee, "GRN", code(reg.grn))
    add(add(root, "PrimaryAccessCode"), "accessCode", _code_of(reg.pac))
    if reg.new_pac is not None:
        add(add(root, "NewPrimaryAccessCode"), "accessCode", _code_of(reg.new_pac))
    for number, spk in enumerate(reg.spks, start=1):
        secondary = add(root, "SecondaryAccessCode")
        add(secondary, "sequenceNumber", str(number))
        add(secondary, "accessCode", _code_of(spk))
    return to_bytes(root)


def parse_registration(data: bytes) -> tuple[MessageHeader, AccessCodeRegistration]:
    root = read_message(data, REGISTRATION)
    guarantee = root.required("Guarantee")
    new_pac = root.optional("NewPrimaryAccessCode")
    registration = AccessCodeRegistration(
        holder_tin=root.required("HolderOfTheGuarantee").text("identificationNumber"),
        office=root.required("CustomsOfficeOfGuarantee").text("referenceNumber"),
        guarantee_type=guarantee.text("guaranteeType"),
        grn=guarantee.text("GRN"),
        pac=_secret(root.required("PrimaryAccessCode")),
        spks=[_secret(node) for node in root.all("SecondaryAccessCode")],
        new_pac=_secret(new_pac) if new_pac is not None else None,
    )
    return read_header(root), registration


def build_confirmation(conf: RegistrationConfirmation, header: MessageHeader) -> bytes:
    root = new_message(CONFIRMATION, NATIONAL_NS, header)
    add(add(root, "Guarantee"), "GRN", code(conf.grn))
    registration = add(root, "Registration")
    add_optional(registration, "registrationDateAndTime",
                 format_datetime(conf.registered_at) if conf.registered_at else None)
    add(registration, "storedCodes", str(conf.stored_count))
    add(registration, "primaryAccessCodeChanged", format_flag(conf.pac_changed))
    for number, error in enumerate(conf.errors, start=1):
        element = add(root, "Error")
        add(element, "sequenceNumber", str(number))
        add(element, "errorCode", code(error))
    return to_bytes(root)


def parse_confirmation(data: bytes) -> tuple[MessageHeader, RegistrationConfirmation]:
    root = read_message(data, CONFIRMATION)
    registration = root.required("Registration")
    confirmation = RegistrationConfirmation(
        grn=root.required("Guarantee").text("GRN"),
        registered_at=registration.optional_datetime("registrationDateAndTime"),
        stored_count=registration.integer("storedCodes"),
        pac_changed=registration.flag("primaryAccessCodeChanged"),
        errors=[node.text("errorCode") for node in root.all("Error")],
    )
    return read_header(root), confirmation


def _code_of(secret: Secret) -> str:
    return code(secret.reveal())


def _secret(node: Node) -> Secret:
    return Secret(node.text("accessCode"))
