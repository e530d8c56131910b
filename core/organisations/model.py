"""The organisation record and its rules (spec 01 §1.2)."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

from core.errors import FieldError, ValidationError
from core.i18n import translate

EORI_PATTERN = re.compile(r"[A-Z]{2}[A-Z0-9]{1,15}")
COUNTRY_PATTERN = re.compile(r"[A-Z]{2}")
BRANCH_PATTERN = re.compile(r"[0-9]{4}")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
NAME_MAX = 70


@dataclass
class Organisation:
    name: str
    eori: str
    country: str
    id: int | None = None
    branch: str = "0000"
    street: str = ""
    postcode: str = ""
    city: str = ""
    contact: str = ""
    email: str = ""
    phone: str = ""
    note: str = ""
    is_principal: bool = True
    is_representative: bool = False
    version: int = 1  # as read: saving a record someone else saved meanwhile is refused

    @classmethod
    def from_row(cls, row) -> "Organisation":
        data = {f.name: row[f.name] for f in fields(cls)}
        data["is_principal"] = bool(data["is_principal"])
        data["is_representative"] = bool(data["is_representative"])
        return cls(**data)

    def as_dict(self) -> dict:
        return asdict(self)

    def columns(self) -> dict:
        data = self.as_dict()
        data.pop("id")
        data.pop("version")
        return data

    @property
    def label(self) -> str:
        return f"{self.name} ({self.eori})"


def normalise_eori(text: str) -> str:
    return "".join(text.split()).upper()


def normalise(org: Organisation) -> Organisation:
    org.name = org.name.strip()
    org.eori = normalise_eori(org.eori)
    org.country = org.country.strip().upper()
    org.branch = org.branch.strip() or "0000"
    org.email = org.email.strip()
    return org


def validate_organisation(org: Organisation) -> list[FieldError]:
    errors = []
    if not org.name:
        errors.append(FieldError("name", translate(
            "Organisations", "The name is required: enter the company's registered name.")))
    elif len(org.name) > NAME_MAX:
        errors.append(FieldError("name", translate(
            "Organisations", "The name has {length} characters; customs accept at most {most}.").format(
                length=len(org.name), most=NAME_MAX)))
    errors += eori_errors(org.eori)
    if not COUNTRY_PATTERN.fullmatch(org.country):
        errors.append(FieldError("country", translate(
            "Organisations", "The country must be an ISO 3166 two-letter code, e.g. CZ, DE or PL.")))
    if not BRANCH_PATTERN.fullmatch(org.branch):
        errors.append(FieldError("branch", translate(
            "Organisations", "The branch number has exactly 4 digits (0000 for the head office).")))
    if org.email and not EMAIL_PATTERN.fullmatch(org.email):
        errors.append(FieldError("email", translate(
            "Organisations", "'{email}' is not an e-mail address (name@example.com).").format(email=org.email)))
    return errors


def eori_errors(eori: str, field: str = "eori") -> list[FieldError]:
    if not eori:
        return [FieldError(field, translate(
            "Organisations", "The EORI/TIN is required: the 2-letter country prefix and up to 15 letters or digits, "
                             "e.g. CZ25596641."))]
    if len(eori) > 17:
        return [FieldError(field, translate(
            "Organisations", "The EORI/TIN has {length} characters; at most 17 are allowed (2-letter country prefix + "
                             "up to 15).").format(length=len(eori)))]
    if not eori[:2].isalpha() or not eori[:2].isascii():
        return [FieldError(field, translate(
            "Organisations", "The EORI/TIN must start with the 2-letter country prefix (e.g. CZ, DE, PL); '{prefix}' "
                             "is not one.").format(prefix=eori[:2]))]
    if not EORI_PATTERN.fullmatch(eori):
        return [FieldError(field, translate(
            "Organisations", "After the country prefix the EORI/TIN may hold only letters A–Z and digits (1 to 15 of "
                             "them)."))]
    return []


def check_organisation(org: Organisation) -> Organisation:
    errors = validate_organisation(normalise(org))
    if errors:
        raise ValidationError(errors)
    return org
