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
from core.i18n import QT_TRANSLATE_NOOP, translate

MAX_POSITIONS = 9999


class Status(StrEnum):
    """Status der Bearbeitung: what customs hold of the declaration."""

    NONE = "none"
    EARLY = "Vorzeitig"
    PARTIAL = "Teilweise"
    FINAL = "Endgültig"

    @property
    def label(self) -> str:
        """The status in the user's language."""
        return translate("Suma", self.english_label)

    @property
    def english_label(self) -> str:
        """The status in English, as records keep it: none, early, partial, final."""
        return _STATUS_LABELS[self.value]


class Kind(StrEnum):
    """Art der Anmeldung."""

    VSA = "VSA"  # create (early, pre-lodged)
    VSM = "VSM"  # modify
    ESA = "ESA"  # confirm presentation
    ESV = "ESV"  # create and confirm every position

    @property
    def label(self) -> str:
        """What the kind does, in the user's language."""
        return translate("Suma", _KIND_LABELS[self.value])


_STATUS_LABELS = {"none": QT_TRANSLATE_NOOP("Suma", "none"), "Vorzeitig": QT_TRANSLATE_NOOP("Suma", "early"),
                  "Teilweise": QT_TRANSLATE_NOOP("Suma", "partial"), "Endgültig": QT_TRANSLATE_NOOP("Suma", "final")}
_KIND_LABELS = {"VSA": QT_TRANSLATE_NOOP("Suma", "create"), "VSM": QT_TRANSLATE_NOOP("Suma", "modify"),
                "ESA": QT_TRANSLATE_NOOP("Suma", "confirm"), "ESV": QT_TRANSLATE_NOOP("Suma", "create and confirm all")}


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the JSON path
    english_label: str  # translated where shown: label
    german: str
    required: bool = False
    max_length: int = 70
    kind: str = "text"  # text, date, integer, decimal, code

    @property
    def label(self) -> str:
        """The field's name in the user's language."""
        return translate("Suma", self.english_label)

    @property
    def column(self) -> str:
        return self.name.replace(".", "_")


def _f(name: str, english_label: str, german: str, required: bool = False, max_length: int = 70, kind: str = "text"):
    return FieldSpec(name, english_label, german, required, max_length, kind)


HEADER_FIELDS: tuple[FieldSpec, ...] = (
    _f("sender.tin", QT_TRANSLATE_NOOP("Suma", "Sender TIN"), "Nachrichtenübermittler (TIN)", True, 17),
    _f("sender.branch", QT_TRANSLATE_NOOP("Suma", "Sender branch"),
       "Nachrichtenübermittler (Niederlassungsnummer)", True, 4),
    _f("identification", QT_TRANSLATE_NOOP("Suma", "Identified by"), "Art der Identifikation", True, 3, "code"),
    _f("reference", QT_TRANSLATE_NOOP("Suma", "Reference number"), "Bezugsnummer", False, 35),
    _f("transport_number", QT_TRANSLATE_NOOP("Suma", "Transport number"), "Nummer der Beförderung", False, 35),
    _f("arrival_date", QT_TRANSLATE_NOOP("Suma", "Arrival date"), "Ankunftsdatum", False, 10, "date"),
    _f("place_of_loading", QT_TRANSLATE_NOOP("Suma", "Place of loading"), "Abgangsstelle/Beladeort", False, 35),
    _f("previous_document_type", QT_TRANSLATE_NOOP("Suma", "Previous document type"), "Vorpapierart", False, 4, "code"),
    _f("previous_document_number", QT_TRANSLATE_NOOP("Suma", "Previous document number"), "Vorpapiernummer", False, 35),
    _f("transport_mode", QT_TRANSLATE_NOOP("Suma", "Mode of transport"), "Verkehrszweig", True, 1, "code"),
    _f("presenter.tin", QT_TRANSLATE_NOOP("Suma", "Presenter TIN"), "Gestellender (TIN)", True, 17),
    _f("presenter.branch", QT_TRANSLATE_NOOP("Suma", "Presenter branch"),
       "Gestellender (Niederlassungsnummer)", True, 4),
    _f("presenter.name", QT_TRANSLATE_NOOP("Suma", "Presenter name"), "Gestellender (Name)", True),
    _f("presenter.street", QT_TRANSLATE_NOOP("Suma", "Presenter street"), "Gestellender (Straße und Hausnummer)", True),
    _f("presenter.postcode", QT_TRANSLATE_NOOP("Suma", "Presenter postcode"), "Gestellender (Postleitzahl)", True, 9),
    _f("presenter.city", QT_TRANSLATE_NOOP("Suma", "Presenter city"), "Gestellender (Ort)", True, 35),
    _f("presenter.country", QT_TRANSLATE_NOOP("Suma", "Presenter country"), "Gestellender (Land)", True, 2, "code"),
    _f("representative.tin", QT_TRANSLATE_NOOP("Suma", "Representative TIN"), "Vertreter (TIN)", False, 17),
    _f("representative.branch", QT_TRANSLATE_NOOP("Suma", "Representative branch"),
       "Vertreter (Niederlassungsnummer)", False, 4),
    _f("office_of_presentation", QT_TRANSLATE_NOOP("Suma", "Office of presentation"),
       "Dienststelle der Gestellung", True, 8, "code"),
    _f("presentation_date", QT_TRANSLATE_NOOP("Suma", "Presentation date"), "Datum der Gestellung", False, 10, "date"),
    _f("contact.name", QT_TRANSLATE_NOOP("Suma", "Contact name"), "Ansprechpartner Firma (Name)", False, 35),
    _f("contact.position", QT_TRANSLATE_NOOP("Suma", "Contact position"),
       "Ansprechpartner Firma (Stellung in der Firma)", False, 35),
    _f("contact.phone", QT_TRANSLATE_NOOP("Suma", "Contact phone"), "Ansprechpartner Firma (Telefonnummer)", False, 35),
    _f("additional_information", QT_TRANSLATE_NOOP("Suma", "Additional information"),
       "Zusätzliche Angaben", False, 512),
)

POSITION_FIELDS: tuple[FieldSpec, ...] = (
    _f("number", QT_TRANSLATE_NOOP("Suma", "Position"), "Positionsnummer", True, 4, "integer"),
    _f("specific_reference", QT_TRANSLATE_NOOP("Suma", "Specific reference"), "Spezifische Referenz", True, 35),
    _f("specific_reference_kind", QT_TRANSLATE_NOOP("Suma", "Reference kind"),
       "Art der spezifischen Referenz", True, 4, "code"),
    _f("custodian.tin", QT_TRANSLATE_NOOP("Suma", "Custodian TIN"), "Verwahrer (TIN)", False, 17),
    _f("custodian.branch", QT_TRANSLATE_NOOP("Suma", "Custodian branch"), "Verwahrer (Niederlassungsnummer)", False, 4),
    _f("custody_place", QT_TRANSLATE_NOOP("Suma", "Place of custody"), "Verwahrort (Code)", False, 35),
    _f("description", QT_TRANSLATE_NOOP("Suma", "Goods description"), "Warenbezeichnung", True, 280),
    _f("package_kind", QT_TRANSLATE_NOOP("Suma", "Package kind"), "Packstückart", True, 2, "code"),
    _f("packages", QT_TRANSLATE_NOOP("Suma", "Packages"), "Anzahl der Packstücke", True, 8, "integer"),
    _f("gross_mass", QT_TRANSLATE_NOOP("Suma", "Gross mass (kg)"), "Rohmasse", True, 16, "decimal"),
    _f("customs_status", QT_TRANSLATE_NOOP("Suma", "Customs status"), "Zollrechtlicher Status", True, 1, "code"),
)

HEADER = {f.name: f for f in HEADER_FIELDS}
POSITION = {f.name: f for f in POSITION_FIELDS}
PRESENTER_FIELDS = tuple(f.name for f in HEADER_FIELDS if f.name.startswith("presenter."))
CONTACT_FIELDS = ("contact.name", "contact.position", "contact.phone")
MANIFEST_FIELDS = ("transport_number", "arrival_date", "place_of_loading", "previous_document_type")

# The codes of a field and what each means (in English: translate("Suma", meaning) where shown).
IDENTIFICATIONS = {"REG": QT_TRANSLATE_NOOP("Suma", "registration number (MRN)"),
                   "MID": QT_TRANSLATE_NOOP("Suma", "manifest id")}
TRANSPORT_MODES = {"1": QT_TRANSLATE_NOOP("Suma", "sea"), "2": QT_TRANSLATE_NOOP("Suma", "rail"),
                   "3": QT_TRANSLATE_NOOP("Suma", "road"), "4": QT_TRANSLATE_NOOP("Suma", "air"),
                   "5": QT_TRANSLATE_NOOP("Suma", "post"), "7": QT_TRANSLATE_NOOP("Suma", "fixed installation"),
                   "8": QT_TRANSLATE_NOOP("Suma", "inland waterway"), "9": QT_TRANSLATE_NOOP("Suma", "own propulsion")}
CUSTOMS_STATUSES = {"N": QT_TRANSLATE_NOOP("Suma", "non-Union goods"), "U": QT_TRANSLATE_NOOP("Suma", "Union goods")}
REFERENCE_KINDS = {"AWB": QT_TRANSLATE_NOOP("Suma", "air waybill"),
                   "MAWB": QT_TRANSLATE_NOOP("Suma", "master air waybill"),
                   "BL": QT_TRANSLATE_NOOP("Suma", "bill of lading"),
                   "CMR": QT_TRANSLATE_NOOP("Suma", "CMR consignment note"),
                   "CIM": QT_TRANSLATE_NOOP("Suma", "CIM consignment note"), "OTH": QT_TRANSLATE_NOOP("Suma", "other")}
PREVIOUS_DOCUMENT_TYPES = {"MAWB": QT_TRANSLATE_NOOP("Suma", "master air waybill"),
                           "FLI": QT_TRANSLATE_NOOP("Suma", "flight manifest"),
                           "MAN": QT_TRANSLATE_NOOP("Suma", "cargo manifest"),
                           "ENS": QT_TRANSLATE_NOOP("Suma", "entry summary declaration"),
                           "OTH": QT_TRANSLATE_NOOP("Suma", "other")}
CODES = {"identification": IDENTIFICATIONS, "transport_mode": TRANSPORT_MODES, "customs_status": CUSTOMS_STATUSES,
         "specific_reference_kind": REFERENCE_KINDS, "previous_document_type": PREVIOUS_DOCUMENT_TYPES}

MRN_PATTERN = re.compile(r"\d{2}[A-Z]{2}[A-Z0-9]{12}U[0-9]")


def mrn_errors(mrn: str) -> list[str]:
    """An MRN of a summary declaration: 18 characters, procedure letter U at 17, ISO 6346 check digit at 18."""
    if len(mrn) != 18:
        return [translate("Suma", "An MRN has 18 characters; {mrn} has {count}.").format(mrn=repr(mrn),
                                                                                         count=len(mrn))]
    if not MRN_PATTERN.fullmatch(mrn) or any(c not in CHARACTER_VALUES for c in mrn[:17]):
        return [translate("Suma", "{mrn} is not an MRN of a summary declaration: 2 digits (year), 2 letters "
                                  "(country), 12 letters or digits, the procedure letter U and a check digit.")
                .format(mrn=mrn)]
    expected = compute_check_digit(mrn[:17])
    if int(mrn[17]) != expected:
        return [translate("Suma", "The check digit of {mrn} is wrong: it should be {expected}.").format(
            mrn=mrn, expected=expected)]
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
            return raw, translate("Suma", "{field} is a whole number.").format(field=spec.label)
        return number, None
    if spec.kind == "decimal":
        try:
            amount = Decimal(str(raw).strip().replace(",", "."))
        except InvalidOperation:
            return raw, translate("Suma", "{field} is a number such as 1250.5.").format(field=spec.label)
        if not amount.is_finite() or amount < 0 or amount.as_tuple().exponent < -3:
            return raw, translate("Suma", "{field} is a positive number with at most 3 decimals.").format(
                field=spec.label)
        return amount, None
    text = str(raw).strip()
    if spec.kind == "date":
        try:
            return date.fromisoformat(text).isoformat(), None
        except ValueError:
            return text, translate("Suma", "{field} is a date written YYYY-MM-DD.").format(field=spec.label)
    if spec.kind == "code":
        text = text.upper()
        known = CODES.get(spec.name)
        if known is not None and text not in known:
            return text, translate("Suma", "{field} is one of {codes}.").format(field=spec.label,
                                                                                codes=", ".join(known))
    if len(text) > spec.max_length:
        return text, translate("Suma", "{field} has at most {count} characters.").format(field=spec.label,
                                                                                         count=spec.max_length)
    return text, None
