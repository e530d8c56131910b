"""The summary declaration for temporary storage (ATLAS CUSPRL): a header and up to 9,999 positions.

Fields are named by their JSON path (``presenter.tin``, ``contact.phone``); the same names are the
columns of the store (dots become underscores), the keys of the headless commands and the field names
in every error. The German names are those of the ATLAS field description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from core.guarantees.grn import CHARACTER_VALUES, compute_check_digit

MAX_POSITIONS = 9999


class Status(StrEnum):
    """Status der Bearbeitung: what customs hold of the declaration."""

    NONE = "none"
    EARLY = "Vorzeitig"
    PARTIAL = "Teilweise"
    FINAL = "Endgültig"

    @property
    def label(self) -> str:
        return {"none": "none", "Vorzeitig": "early", "Teilweise": "partial", "Endgültig": "final"}[self.value]


class Kind(StrEnum):
    """Art der Anmeldung."""

    VSA = "VSA"  # create (early, pre-lodged)
    VSM = "VSM"  # modify
    ESA = "ESA"  # confirm presentation
    ESV = "ESV"  # create and confirm every position

    @property
    def label(self) -> str:
        return {"VSA": "create", "VSM": "modify", "ESA": "confirm", "ESV": "create and confirm all"}[self.value]


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the JSON path
    label: str
    german: str
    required: bool = False
    max_length: int = 70
    kind: str = "text"  # text, date, integer, decimal, code

    @property
    def column(self) -> str:
        return self.name.replace(".", "_")


def _f(name: str, label: str, german: str, required: bool = False, max_length: int = 70, kind: str = "text"):
    return FieldSpec(name, label, german, required, max_length, kind)


HEADER_FIELDS: tuple[FieldSpec, ...] = (
    _f("sender.tin", "Sender TIN", "Nachrichtenübermittler (TIN)", True, 17),
    _f("sender.branch", "Sender branch", "Nachrichtenübermittler (Niederlassungsnummer)", True, 4),
    _f("identification", "Identified by", "Art der Identifikation", True, 3, "code"),
    _f("reference", "Reference number", "Bezugsnummer", False, 35),
    _f("transport_number", "Transport number", "Nummer der Beförderung", False, 35),
    _f("arrival_date", "Arrival date", "Ankunftsdatum", False, 10, "date"),
    _f("place_of_loading", "Place of loading", "Abgangsstelle/Beladeort", False, 35),
    _f("previous_document_type", "Previous document type", "Vorpapierart", False, 4, "code"),
    _f("previous_document_number", "Previous document number", "Vorpapiernummer", False, 35),
    _f("transport_mode", "Mode of transport", "Verkehrszweig", True, 1, "code"),
    _f("presenter.tin", "Presenter TIN", "Gestellender (TIN)", True, 17),
    _f("presenter.branch", "Presenter branch", "Gestellender (Niederlassungsnummer)", True, 4),
    _f("presenter.name", "Presenter name", "Gestellender (Name)", True),
    _f("presenter.street", "Presenter street", "Gestellender (Straße und Hausnummer)", True),
    _f("presenter.postcode", "Presenter postcode", "Gestellender (Postleitzahl)", True, 9),
    _f("presenter.city", "Presenter city", "Gestellender (Ort)", True, 35),
    _f("presenter.country", "Presenter country", "Gestellender (Land)", True, 2, "code"),
    _f("representative.tin", "Representative TIN", "Vertreter (TIN)", False, 17),
    _f("representative.branch", "Representative branch", "Vertreter (Niederlassungsnummer)", False, 4),
    _f("office_of_presentation", "Office of presentation", "Dienststelle der Gestellung", True, 8, "code"),
    _f("presentation_date", "Presentation date", "Datum der Gestellung", False, 10, "date"),
    _f("contact.name", "Contact name", "Ansprechpartner Firma (Name)", False, 35),
    _f("contact.position", "Contact position", "Ansprechpartner Firma (Stellung in der Firma)", False, 35),
    _f("contact.phone", "Contact phone", "Ansprechpartner Firma (Telefonnummer)", False, 35),
    _f("additional_information", "Additional information", "Zusätzliche Angaben", False, 512),
)

POSITION_FIELDS: tuple[FieldSpec, ...] = (
    _f("number", "Position", "Positionsnummer", True, 4, "integer"),
    _f("specific_reference", "Specific reference", "Spezifische Referenz", True, 35),
    _f("specific_reference_kind", "Reference kind", "Art der spezifischen Referenz", True, 4, "code"),
    _f("custodian.tin", "Custodian TIN", "Verwahrer (TIN)", False, 17),
    _f("custodian.branch", "Custodian branch", "Verwahrer (Niederlassungsnummer)", False, 4),
    _f("custody_place", "Place of custody", "Verwahrort (Code)", False, 35),
    _f("description", "Goods description", "Warenbezeichnung", True, 280),
    _f("package_kind", "Package kind", "Packstückart", True, 2, "code"),
    _f("packages", "Packages", "Anzahl der Packstücke", True, 8, "integer"),
    _f("gross_mass", "Gross mass (kg)", "Rohmasse", True, 16, "decimal"),
    _f("customs_status", "Customs status", "Zollrechtlicher Status", True, 1, "code"),
)

HEADER = {f.name: f for f in HEADER_FIELDS}
POSITION = {f.name: f for f in POSITION_FIELDS}
PRESENTER_FIELDS = tuple(f.name for f in HEADER_FIELDS if f.name.startswith("presenter."))
CONTACT_FIELDS = ("contact.name", "contact.position", "contact.phone")
MANIFEST_FIELDS = ("transport_number", "arrival_date", "place_of_loading", "previous_document_type")

IDENTIFICATIONS = {"REG": "registration number (MRN)", "MID": "manifest id"}
TRANSPORT_MODES = {"1": "sea", "2": "rail", "3": "road", "4": "air", "5": "post", "7": "fixed installation",
                   "8": "inland waterway", "9": "own propulsion"}
CUSTOMS_STATUSES = {"N": "non-Union goods", "U": "Union goods"}
REFERENCE_KINDS = {"AWB": "air waybill", "MAWB": "master air waybill", "BL": "bill of lading",
                   "CMR": "CMR consignment note", "CIM": "CIM consignment note", "OTH": "other"}
PREVIOUS_DOCUMENT_TYPES = {"MAWB": "master air waybill", "FLI": "flight manifest", "MAN": "cargo manifest",
                           "ENS": "entry summary declaration", "OTH": "other"}
CODES = {"identification": IDENTIFICATIONS, "transport_mode": TRANSPORT_MODES, "customs_status": CUSTOMS_STATUSES,
         "specific_reference_kind": REFERENCE_KINDS, "previous_document_type": PREVIOUS_DOCUMENT_TYPES}

MRN_PATTERN = re.compile(r"\d{2}[A-Z]{2}[A-Z0-9]{12}U[0-9]")


def mrn_errors(mrn: str) -> list[str]:
    """An MRN of a summary declaration: 18 characters, procedure letter U at 17, ISO 6346 check digit at 18."""
    if len(mrn) != 18:
        return [f"An MRN has 18 characters; {mrn!r} has {len(mrn)}."]
    if not MRN_PATTERN.fullmatch(mrn) or any(c not in CHARACTER_VALUES for c in mrn[:17]):
        return [f"{mrn} is not an MRN of a summary declaration: 2 digits (year), 2 letters (country), 12 letters "
                "or digits, the procedure letter U and a check digit."]
    expected = compute_check_digit(mrn[:17])
    if int(mrn[17]) != expected:
        return [f"The check digit of {mrn} is wrong: it should be {expected}."]
    return []


def new_mrn(year: int, country: str, serial: str) -> str:
    body = f"{year % 100:02d}{country}{serial:0>12}U"
    return body + str(compute_check_digit(body))


@dataclass
class Position:
    values: dict[str, object] = field(default_factory=dict)  # by field name; "" or None when empty
    confirmed: bool = False

    @property
    def number(self) -> int:
        return int(self.values.get("number") or 0)

    def get(self, name: str) -> object:
        return self.values.get(name)

    def same_data(self, other: Position) -> bool:
        return all(normalised(self.get(f.name)) == normalised(other.get(f.name)) for f in POSITION_FIELDS)


@dataclass
class Declaration:
    header: dict[str, object] = field(default_factory=dict)
    positions: list[Position] = field(default_factory=list)
    status: Status = Status.NONE
    mrn: str | None = None
    id: int | None = None

    def get(self, name: str) -> object:
        return self.header.get(name)

    def position(self, number: int) -> Position | None:
        return next((p for p in self.positions if p.number == number), None)

    @property
    def manifest_id(self) -> tuple[str, ...]:
        return tuple(str(normalised(self.get(name)) or "") for name in MANIFEST_FIELDS)


def normalised(value: object) -> object:
    """Values compared as customs compare them: surrounding spaces and empty values do not count."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Decimal):
        return value.normalize()
    return value


# -- JSON in and out ---------------------------------------------------------------------------------

def flatten(data: dict, specs: tuple[FieldSpec, ...]) -> dict[str, object]:
    """``{"presenter": {"tin": …}}`` → ``{"presenter.tin": …}`` for the fields of ``specs``."""
    flat = {}
    for spec in specs:
        node: object = data
        for part in spec.name.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        flat[spec.name] = node
    return flat


def nest(flat: dict[str, object], specs: tuple[FieldSpec, ...]) -> dict:
    nested: dict = {}
    for spec in specs:
        value = flat.get(spec.name)
        parts = spec.name.split(".")
        node = nested
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _json_value(value)
    return nested


def _json_value(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def parse_value(spec: FieldSpec, raw: object) -> tuple[object, str | None]:
    """(value, problem): the raw JSON or pasted value as stored, or why it is not acceptable."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return "", None
    if spec.kind == "integer":
        try:
            number = int(str(raw).strip())
        except ValueError:
            return raw, f"{spec.label} is a whole number."
        return number, None
    if spec.kind == "decimal":
        try:
            amount = Decimal(str(raw).strip().replace(",", "."))
        except InvalidOperation:
            return raw, f"{spec.label} is a number such as 1250.5."
        if not amount.is_finite() or amount < 0 or amount.as_tuple().exponent < -3:
            return raw, f"{spec.label} is a positive number with at most 3 decimals."
        return amount, None
    text = str(raw).strip()
    if spec.kind == "date":
        try:
            return date.fromisoformat(text).isoformat(), None
        except ValueError:
            return text, f"{spec.label} is a date written YYYY-MM-DD."
    if spec.kind == "code":
        text = text.upper()
        known = CODES.get(spec.name)
        if known is not None and text not in known:
            return text, f"{spec.label} is one of {', '.join(known)}."
    if len(text) > spec.max_length:
        return text, f"{spec.label} has at most {spec.max_length} characters."
    return text, None
